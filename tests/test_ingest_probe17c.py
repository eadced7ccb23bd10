"""Seventeenth probe, web pages, Markdown and text: the sixteenth round's leftovers.

- CalHR's core competencies page marks its levels two ways: "Level 1: Novice" headings under
  each key skill of its first competency, then bold "Level 1 – Novice" lines over lists under
  the others, which stand over their levels with no key-skill heading. The bold lines were read
  as no level and those competencies' statements went nowhere (10 of 22 read). Now both marks
  are one level (compared by number and name: ``ingest/samelevels.py``), and a heading one rank
  up that holds its levels directly is a competency (``ingest/shallowcomps.py``).
- Edinburgh Napier's Word framework numbers its competency headings ("1. Communication") and
  leads into each grade table with "Effective behaviour according to grades:": the number stayed
  in the name and the lead-in in the description. Now the number is kept as the source's
  numbering when every competency heading is numbered so ("1.01 Written communication", a code,
  stays), and the lead-in is reported as not read (``ingest/compnames.py``).
- A side and its stem on one plain line ("Effective behaviours — You can:") read as one stem of
  its own words, every statement effective. Now the line is the side's name over its stem, in
  Markdown, HTML and plain text (``ingest/sidelines.py``).

The pages below are self-written in the publishers' shapes (CalHR's licence is unclear).
"""

from __future__ import annotations

from pathlib import Path

import pytest

import compkit

DATA = Path(__file__).parent / "data" / "ingest" / "probe17-web"


def _cells(fw) -> dict[tuple[str, str], list[str]]:
    comps = {c.id: c.name for c in fw.competency_records}
    levels = {lv.id: lv.name for lv in fw.level_records}
    out: dict[tuple[str, str], list[str]] = {}
    for i in fw.indicator_records:
        out.setdefault((comps[i.competency], levels[i.level]), []).append(i.text)
    return out


def test_levels_marked_two_ways_on_one_page_are_one_set_of_levels():
    got = compkit.ingest(DATA / "two-level-marks.html")
    fw = got.framework
    assert [lv.name for lv in fw.level_records] == [
        "Level 1: Novice",
        "Level 2: Basic",
        "Level 3: Intermediate",
    ]
    cells = _cells(fw)
    assert cells["Flexibility", "Level 2: Basic"] == [
        "Responds calmly to a change of plan.",
        "Uses a known method to cope with pressure.",
    ]
    assert cells["Speaking Up", "Level 3: Intermediate"] == [
        "Presents a case to another unit and answers its questions."
    ]
    assert cells["Joint Work", "Level 1: Novice"] == [
        "Asks colleagues for help and facts when a task needs them."
    ]
    assert len(fw.indicator_records) == 15
    said = [n.message for n in got.report.notes]
    assert any("'Flexibility' holds its levels" in m for m in said)
    assert sum("'Speaking Up' holds its levels" in m for m in said) == 1


def test_the_same_shape_in_markdown(tmp_path):
    page = tmp_path / "core.md"
    page.write_text(
        "# Core Competencies\n\n## Partnering\n\n### Joint Work\n\n"
        "#### Level 1: Novice\n\nAsks colleagues for help.\n\n#### Level 2: Basic\n\n"
        "Offers help unasked.\n\n### Networking\n\n#### Level 1: Novice\n\nKeeps good terms.\n\n"
        "#### Level 2: Basic\n\nMakes contacts beyond the unit.\n\n## Flexibility\n\n"
        "**Level 1 – Novice**\n\n- Accepts another way.\n\n**Level 2 – Basic**\n\n"
        "- Responds calmly to change.\n",
        encoding="utf-8",
    )
    cells = _cells(compkit.ingest(page).framework)
    assert cells["Flexibility", "Level 2: Basic"] == ["Responds calmly to change."]
    assert cells["Networking", "Level 1: Novice"] == ["Keeps good terms."]
    assert sum(map(len, cells.values())) == 6


def test_a_heading_over_competency_headings_is_not_read_as_a_competency():
    fw = compkit.ingest(DATA / "two-level-marks.html").framework
    assert "Partnering" not in [c.name for c in fw.competency_records]


def test_a_competency_one_rank_up_keeps_its_description():
    fw = compkit.ingest(DATA / "two-level-marks.html").framework
    said = {c.name: c.description for c in fw.competency_records}
    assert said["Flexibility"] == "Works well when plans, people or places change."
    assert said["Speaking Up"] == "Shares views and facts clearly with any audience."


def _napier(path: Path) -> Path:
    import docx

    doc = docx.Document()
    doc.add_heading("Behavioural competencies", 1)
    for n, name in ((1, "Communication"), (2, "Leading by example")):
        doc.add_heading(f"{n}. {name}", 2)
        doc.add_paragraph(f"What {name.lower()} means here, in the writer's words.")
        doc.add_paragraph("Effective behaviour according to grades:")
        table = doc.add_table(rows=2, cols=3)
        for c, head in enumerate(["Grades 1-3", "Grades 4-6", "Grades 7 & above"]):
            table.cell(0, c).text = head
            table.cell(1, c).text = f"Shows {name.lower()} in {head.lower()}."
    doc.save(path)
    return path


def test_numbered_competency_headings_keep_their_numbers_beside_the_names(tmp_path):
    got = compkit.ingest(_napier(tmp_path / "napier.docx"))
    comps = got.framework.competency_records
    assert [c.name for c in comps] == ["Communication", "Leading by example"]
    assert [c.source.numbers for c in comps] == [(1,), (2,)]
    assert comps[0].description == "What communication means here, in the writer's words."
    assert any(
        "'Effective behaviour according to grades:' introduces the table" in n.message
        for n in got.report.notes
    )
    assert len(got.framework.indicator_records) == 6


def test_numbered_headings_among_unnumbered_ones_keep_their_numbers(tmp_path):
    page = tmp_path / "mixed.md"
    page.write_text(
        "# F\n\n## 1. Communication\n\n### Level 1\n\n- Talks clearly.\n\n"
        "## Analysis\n\n### Level 1\n\n- Weighs the facts.\n",
        encoding="utf-8",
    )
    names = [c.name for c in compkit.ingest(page).framework.competency_records]
    assert names == ["1. Communication", "Analysis"]


SIDED = [
    ("Courage", "Senior", "Speaks up early.", "Stays silent."),
    ("Courage", "Principal", "Speaks for the team.", "Blames others."),
    ("Care", "Senior", "Checks in with people.", "Ignores stress."),
]


def _sided(path: Path) -> Path:
    good = "Effective behaviours — Effective leaders:"
    bad = "Ineffective behaviours — Less effective leaders:"
    if path.suffix == ".html":
        parts, seen = ["<html><body><h1>Values</h1>"], set()
        for comp, level, g, b in SIDED:
            parts += [f"<h2>{comp}</h2>"] * (comp not in seen)
            seen.add(comp)
            parts.append(f"<h3>{level}</h3><p>{good}</p><ul><li>{g}</li></ul>")
            parts.append("<p><strong>Ineffective behaviours</strong> – Less effective leaders:</p>")
            parts.append(f"<ul><li>{b}</li></ul>")
        path.write_text("".join(parts) + "</body></html>", encoding="utf-8")
    elif path.suffix == ".md":
        parts, seen = ["# Values", ""], set()
        for comp, level, g, b in SIDED:
            parts += [f"## {comp}", ""] * (comp not in seen)
            seen.add(comp)
            parts += [f"### {level}", "", good, "", f"- {g}", "", bad, "", f"- {b}", ""]
        path.write_text("\n".join(parts), encoding="utf-8")
    else:
        parts, seen = [], set()
        for comp, level, g, b in SIDED:
            parts += [comp.upper(), ""] * (comp not in seen)
            seen.add(comp)
            parts += [f"Level: {level}", "", good, "", f"• {g}", "", bad, "", f"• {b}", ""]
        path.write_text("\n".join(parts), encoding="utf-8")
    return path


@pytest.mark.parametrize("suffix", [".md", ".html", ".txt"])
def test_a_side_and_its_stem_on_one_line_mark_the_side(tmp_path, suffix):
    got = compkit.ingest(_sided(tmp_path / f"sided{suffix}"))
    fw = got.framework
    want = [(t, side) for *_, g, b in SIDED for t, side in ((g, "effective"), (b, "ineffective"))]
    assert [(i.text, i.polarity) for i in fw.indicator_records] == want
    assert got.document["stem"] == {
        "effective": "Effective leaders:",
        "ineffective": "Less effective leaders:",
    }
    assert any("naming a side and its stem at once" in n.message for n in got.report.notes)


@pytest.mark.parametrize(
    "line",
    ["Level 2 — Practitioner:", "Effective - but slow.", "- Effective behaviours — You can:"],
)
def test_other_dashed_lines_are_no_side_and_stem(line):
    from compkit.ingest.sidelines import side_and_stem

    assert side_and_stem(line) is None
