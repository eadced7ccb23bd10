"""compkit's own renders and Markdown ladders read back right (round 18, W1).

A competency in no group beside grouped ones (:mod:`compkit.ingest.markedcomps`).
"""

import html
import re
from pathlib import Path

import pytest
import yaml

import compkit
from compkit.ingest import ingest

DATA = Path(__file__).parent / "data"


def _ungrouped(tmp_path):
    data = yaml.safe_load((DATA / "clustered.yaml").read_text(encoding="utf-8"))
    data["competencies"].append(
        {
            "id": "writing",
            "name": "Writing clearly",
            "indicators": [
                {"id": "w1", "level": "practitioner", "text": "Writes plain letters to people."}
            ],
        }
    )
    path = tmp_path / "ungrouped.yaml"
    path.write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")
    return compkit.load(path)


def _cells(fw):
    return sorted(
        (fw.competency(i.competency).name, fw.level(i.level).name, i.text, i.polarity)
        for i in fw.indicator_records
    )


def _groups(fw):
    names = {g.id: g.name for g in fw.group_records}
    return sorted((c.name, names.get(c.group)) for c in fw.competency_records)


@pytest.mark.parametrize("fmt", ["md", "html", "docx"])
@pytest.mark.parametrize("layout", ["competency", "level"])
def test_a_competency_in_no_group_beside_grouped_ones_comes_back(fmt, layout, tmp_path):
    fw = _ungrouped(tmp_path)
    got = ingest(compkit.render(fw, tmp_path / f"u.{fmt}", layout=layout)).framework
    assert [lv.name for lv in got.level_records] == [lv.name for lv in fw.level_records]
    assert _cells(got) == _cells(fw)  # 17 of 17, each in its cell
    assert _groups(got) == _groups(fw)  # 'Writing clearly' in no group, and no group itself


@pytest.mark.parametrize("fmt", ["md", "html", "docx"])
@pytest.mark.parametrize("layout", ["competency", "level"])
def test_most_competencies_in_no_group_come_back(fmt, layout, tmp_path):
    """One competency grouped, three not: the grouped one keeps its rank, the others move."""
    data = yaml.safe_load((DATA / "clustered.yaml").read_text(encoding="utf-8"))
    for comp in data["competencies"]:
        if comp["id"] != "caring":
            comp.pop("group")
    data["groups"] = [g for g in data["groups"] if g["id"] == "people"]
    (tmp_path / "most.yaml").write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")
    fw = compkit.load(tmp_path / "most.yaml")
    got = ingest(compkit.render(fw, tmp_path / f"m.{fmt}", layout=layout)).framework
    assert [lv.name for lv in got.level_records] == [lv.name for lv in fw.level_records]
    assert _cells(got) == _cells(fw)


# A level's title line under its heading, over its list (:mod:`compkit.ingest.leveltitles`,
# :func:`compkit.ingest.cellheadlines.level_titles`)

TITLES = DATA / "ingest_probe18w1" / "level_titles.md"
LEVELS = ["Level 1 — Starter", "Level 2 — Carer", "Level 3 — Practitioner", "Level 4 — Lead"]


def _statements(fw):
    return sorted(i.text for i in fw.indicator_records)


def _listed(path):
    return sorted(
        line[2:] for line in path.read_text(encoding="utf-8").splitlines() if line[:2] == "- "
    )


@pytest.mark.parametrize("hints", [{}, {"levels": LEVELS}])
def test_a_level_title_line_is_the_levels_description(hints):
    got = ingest(TITLES, **hints).framework
    assert _statements(got) == _listed(TITLES)  # 18 of 18, no title among them
    assert [c.name for c in got.competency_records] == [
        "Working with people",
        "Keeping people safe",
    ]
    assert [(lv.name, lv.description) for lv in got.level_records] == [
        ("Level 1 — Starter", "Learning the routines."),
        ("Level 2 — Carer", "Works alone on routine visits"),
        ("Level 3 — Practitioner", "Leads small teams."),
        ("Level 4 — Lead", "Runs a whole service"),
    ]
    said = ingest(TITLES, **hints).report.to_frame().message
    assert said.str.contains("stand over their level's title line").any()


def _as_html(lines):
    out = []
    for line in lines:
        head = re.match(r"^(#+) (.*)", line)
        if head:
            out.append(f"<h{len(head[1])}>{html.escape(head[2])}</h{len(head[1])}>")
        elif line.startswith("- "):
            out.append(f"<ul><li>{html.escape(line[2:])}</li></ul>")
        elif line.strip():
            out.append(f"<p>{html.escape(line)}</p>")
    return "<html><body>\n" + "\n".join(out) + "\n</body></html>\n"


def _as_docx(lines, path):
    import docx

    doc = docx.Document()
    for line in lines:
        head = re.match(r"^(#+) (.*)", line)
        if head:
            doc.add_heading(head[2], level=len(head[1]) - 1 if len(head[1]) > 1 else 0)
        elif line.startswith("- "):
            doc.add_paragraph(line[2:], style="List Bullet")
        elif line.strip():
            doc.add_paragraph(line)
    doc.save(path)


@pytest.mark.parametrize("fmt", ["html", "docx"])
def test_a_level_title_line_in_a_web_page_or_word(fmt, tmp_path):
    lines = TITLES.read_text(encoding="utf-8").splitlines()
    path = tmp_path / f"titles.{fmt}"
    if fmt == "html":
        path.write_text(_as_html(lines), encoding="utf-8")
    else:
        _as_docx(lines, path)
    got = ingest(path).framework
    assert _statements(got) == _listed(TITLES)  # were 10 (web page) and 26 (Word) for 18
    assert [lv.description for lv in got.level_records][2] == "Leads small teams."


def test_a_title_differing_per_competency_is_the_competencys(tmp_path):
    text = TITLES.read_text(encoding="utf-8")
    at = text.index("## Keeping people safe")
    tail = text[at:].replace("Leads small teams.", "Keeps a team safe.")
    tail = tail.replace("Works alone on routine visits", "Spots risks on a visit")
    (tmp_path / "differ.md").write_text(text[:at] + tail, encoding="utf-8")
    got = ingest(tmp_path / "differ.md").framework
    assert _statements(got) == _listed(TITLES)
    safe = next(c for c in got.competency_records if c.name == "Keeping people safe")
    assert "Keeps a team safe." in safe.description
    assert "Spots risks on a visit" in safe.description


def test_a_plain_line_over_each_list_under_a_level_is_still_a_competency(tmp_path):
    """Two short lines or more under a level heading, each over its list: competencies."""
    text = "# Ladder\n\n" + "".join(
        f"## Level {n}\n\nDrafting\n\n- Drafts {n} pages\n- Checks {n} facts\n\n"
        f"Editing\n\n- Edits {n} pages\n- Cuts {n} words\n\n"
        for n in (1, 2, 3)
    )
    (tmp_path / "ladder.md").write_text(text, encoding="utf-8")
    got = ingest(tmp_path / "ladder.md").framework
    assert sorted(c.name for c in got.competency_records) == ["Drafting", "Editing"]
    assert len(got.indicator_records) == 12


# Guidance beside a ladder in the levels' own tier (:mod:`compkit.ingest.straysections`)

MATRIX = DATA / "ingest_probe18w1" / "devmatrix" / "ic_matrix.md"
G_LEVELS = [
    "G5 – Software Engineer",
    "G6 – Senior Software Engineer ⭐ (Mid-Level Hire)",
    "G7 – Staff Software Engineer ⭐⭐ (Senior Hire)",
]
DIMENSIONS = ["Technical Scope", "Execution", "Communication", "Team Leadership"]


def _ladder_items(path):
    """The list items above the guidance section: the matrix's statements."""
    text = path.read_text(encoding="utf-8").split("## Using This Matrix")[0]
    text = text.split("## G5")[1]
    return sorted(line[2:] for line in text.splitlines() if line.startswith("- "))


@pytest.mark.parametrize("hints", [{}, {"levels": G_LEVELS}])
def test_a_guidance_section_after_the_ladder_is_set_aside(hints):
    result = ingest(MATRIX, **hints)
    got = result.framework
    assert _statements(got) == _ladder_items(MATRIX)  # 53 of 53
    assert [lv.name for lv in got.level_records] == G_LEVELS
    assert [c.name for c in got.competency_records] == [*DIMENSIONS, "Vision and Growth"]
    said = result.report.to_frame().message
    assert said.str.contains("'Using This Matrix During Evaluation' among the levels").any()


def test_a_section_sharing_the_levels_headings_is_no_stray(tmp_path):
    """A fourth level with fewer dimensions than the others is still a level."""
    text = MATRIX.read_text(encoding="utf-8").split("## Using This Matrix")[0]
    text += "## G8 – Principal Engineer\n\n### Technical Scope\n- Sets technical direction\n"
    (tmp_path / "g8.md").write_text(text, encoding="utf-8")
    got = ingest(tmp_path / "g8.md").framework
    assert [lv.name for lv in got.level_records][-1] == "G8 – Principal Engineer"
    assert len(got.indicator_records) == 54
