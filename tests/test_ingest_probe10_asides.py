"""Tenth probe, a level's note set apart from its list: a fact about the level, no statement.

Two unrelated ladders put under each level, apart from its list of statements, an emphasised
label, a colon and a fact about the people at that level:

- Sarah Drasner, career-ladders (github.com/sdras/career-ladders, pages/engineering.vue at
  ae054cf), MIT licence: after each level's list, "*Experience*: Typically requires a minimum
  of 2 years of professional experience." (set in ``<em><strong>``): as a web page and as
  Markdown, 6 of its 60 statements were these notes. Quoted: two levels' first statements and
  notes.
- matthewod11-stack/HRSkills, ``skills/career-path-planner/references/career-ladders.md`` (all
  rights reserved: only its labels and two tenure notes, a few words each, are quoted to show
  the shape; the statements below are compkit's own): "**Typical Tenure:** 12-24 months
  before IC2" under each level was read as a competency "Typical Tenure", 3 of 47 statements.
  Its "**Scope:** ... (1-3 months)" is a dimension of the ladder and stays a competency.
"""

from __future__ import annotations

import compkit

_DRASNER = (
    ("Engineer I", "Completes clearly-defined tasks and communicates when something is blocking.",
     "No previous experience required."),
    ("Engineer II", "Is considerate of others on the team and tries to support other people "
     "in their work.", "Typically requires a minimum of 2 years of professional experience."),
)  # fmt: skip


def _statements(fw) -> list[str]:
    return [i.text for i in fw.indicator_records]


def test_experience_note_after_a_levels_list_is_its_description_in_markdown(tmp_path):
    text = "# Engineering Career Ladder\n\n" + "".join(
        f"## {level}\n\n- {statement}\n- Reviews code.\n\n_**Experience**: {note}_\n\n"
        for level, statement, note in _DRASNER
    )
    path = tmp_path / "engineering.md"
    path.write_text(text, encoding="utf-8")
    result = compkit.ingest(path)
    fw = result.framework
    assert not any(s.startswith("Experience") for s in _statements(fw))
    assert len(_statements(fw)) == 4
    assert [lv.description for lv in fw.level_records] == [f"Experience: {n}" for *_, n in _DRASNER]
    notes = result.report.to_frame()
    said = notes[notes.message.str.contains("notes on their levels")]
    assert said["where"].tolist() == ["lines 8, 15"]


def test_experience_note_after_a_levels_list_is_its_description_on_a_web_page(tmp_path):
    body = "".join(
        f"<div><h2>{level}</h2><ul><li>{statement}</li><li>Reviews code.</li></ul>\n<p>\n<em\n"
        f"><strong>Experience</strong>: {note}</em\n>\n</p></div>\n"
        for level, statement, note in _DRASNER
    )
    page = f"<html><head><title>Ladder</title></head><body><h1>Ladder</h1>\n{body}</body></html>"
    path = tmp_path / "engineering.html"
    path.write_text(page, encoding="utf-8")
    fw = compkit.ingest(path).framework
    assert len(_statements(fw)) == 4
    assert fw.level_records[1].description == f"Experience: {_DRASNER[1][2]}"


def _hrskills(label: str, values: tuple[str, str]) -> str:
    text = "# Career Ladder Frameworks\n\n## Engineering Career Ladder\n\n"
    for n, value in enumerate(values, 1):
        text += f"### IC{n} - Engineer\n\n**Scope:** Features and small projects ({n}-3 months)\n\n"
        text += f"**Autonomy:** Works with guidance at step {n}\n\n**Technical Skills:**\n"
        text += f"- Writes tested code at step {n}\n- Reviews code at step {n}\n\n"
        text += f"**{label}:** {value}\n\n---\n\n"
    return text


def test_typical_tenure_under_each_level_is_no_competency(tmp_path):
    path = tmp_path / "career-ladders.md"
    path.write_text(
        _hrskills("Typical Tenure", ("12-24 months before IC2", "2-3 years before IC3")),
        encoding="utf-8",
    )
    result = compkit.ingest(path)
    fw = result.framework
    assert [c.name for c in fw.competency_records] == ["Scope", "Autonomy", "Technical Skills"]
    assert [lv.description for lv in fw.level_records] == [
        "Typical Tenure: 12-24 months before IC2",
        "Typical Tenure: 2-3 years before IC3",
    ]
    assert "Features and small projects (1-3 months)" in _statements(fw)


def test_a_recurring_label_whose_values_state_no_time_stays_a_competency(tmp_path):
    path = tmp_path / "career-ladders.md"
    path.write_text(
        _hrskills("Customer Experience", ("Answers customers kindly", "Resolves complaints")),
        encoding="utf-8",
    )
    fw = compkit.ingest(path).framework
    assert "Customer Experience" in [c.name for c in fw.competency_records]
    assert "Resolves complaints" in _statements(fw)


def test_markdown_holding_only_an_html_table_reads(tmp_path):
    """Teleport's SRE levels page is nothing but an HTML table (a crash once: no block has lines).

    Text from Teleport's engineering levels (gravitational/teleport, Apache-2.0), two cells.
    """
    path = tmp_path / "sre.md"
    cells = (
        "Takes direction from the team to configure, automate, and troubleshoot systems",
        "Works closely with a tech lead to execute on defined tasks",
        "Sets the direction for configuring and troubleshooting systems",
        "Works across teams to plan projects",
    )
    rows = "".join(
        f"<tr><td>{level}</td><td>{a}</td><td><ul><li>{b}</li></ul></td></tr>\n"
        for level, a, b in ((1, *cells[:2]), (2, *cells[2:]))
    )
    path.write_text(
        "<table>\n<tr><th>Level/Skill</th><th>Scope</th><th>Collaboration</th></tr>\n"
        f"{rows}</table>\n",
        encoding="utf-8",
    )
    fw = compkit.ingest(path).framework
    assert sorted(_statements(fw)) == sorted(cells[1::2])  # "Scope" is each level's description
    assert [lv.description for lv in fw.level_records] == list(cells[::2])
