"""Round 15 probe of document tables: group rows written as sentences, a "Subcompetency" column.

Mended (each test fails on the code before):

- the APHL/CDC laboratory competency guidelines (public domain; rows in
  ``tests/data/ingest/probe15-pdf/aphl-communication.csv``) set each competency as a sentence
  across the table ("1. Communication technique competencies deploy formal written and oral
  communication strategies."), over its subcompetencies' rows ("1.01 Written communication |
  <Beginner> | ... | <Expert>"). A group row was read only when it was a label (12 words at
  most): the longer ones stood among the named rows, the first column lost its names and read
  as a level "Subcompetency", the names statements. A row alone across the table (merged, or
  its other cells blank, as a PDF or Markdown table writes it) of up to 40 words is now a group
  row when a named row follows it (``ingest/groupcells.py``), and "Subcompetency" over the
  names is a header of the names' column (``ingest/doctables.py``). Word and PDF read alike:
  9 groups, 22 competencies, 88 statements at 4 levels (Word, HTML and PDF were 4 competencies
  named after the short group rows, 115 statements, 27 of them at a level "Subcompetency").
- a row's name that a PDF cell wraps onto three lines ("8.02 Communication to educate" /
  "and" / "inform") under a header naming the names' column is a name, as on one line.

Kept: short group rows (HSE's "Management standard: Demands", Medium's groups) read as they
did, from Word and PDF; a long row merged across a table with no named row under it (a note),
right under a group's name (its description) or a short name beside blank cells (a competency
left blank) is no group row.
"""

from __future__ import annotations

import html
import re
import shutil
from collections import Counter
from pathlib import Path

import pytest

import compkit
from compkit.testing import chromium_pdf, fixture_script

docx = pytest.importorskip("docx")

DATA = Path(__file__).parent / "data"
HERE = DATA / "ingest" / "probe15-groups"
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
LEVELS = ("beginner", "competent", "proficient", "expert")


MAKE = fixture_script(HERE / "make_aphl.py")
ROWS = MAKE.rows()


def _shape(fw) -> tuple[list[str], list[tuple[str, str]], Counter]:
    """Levels, (group, competency) in order, and (competency, level, text) statements."""
    groups = {g.id: g.name for g in fw.group_records}
    comps = {c.id: c.name for c in fw.competency_records}
    levels = {lv.id: lv.name for lv in fw.level_records}
    members = [(groups.get(c.group), c.name) for c in fw.competency_records]
    said = Counter(
        (comps[i.competency], levels[i.level], " ".join(i.text.split()))
        for i in fw.indicator_records
    )
    return list(levels.values()), members, said


def _want() -> tuple[list[str], list[tuple[str, str]], Counter]:
    members = [
        (r["competency_text"], f"{r['subcompetency_value']} {r['subcompetency_text']}")
        for r in ROWS
    ]
    said = Counter(
        (f"{r['subcompetency_value']} {r['subcompetency_text']}", lv.capitalize(),
         " ".join(r[lv].split()))
        for r in ROWS for lv in LEVELS
    )  # fmt: skip
    return [lv.capitalize() for lv in LEVELS], members, said


@pytest.mark.parametrize("suffix", ["docx", "html"])
def test_aphl_competencies_across_the_table_group_its_subcompetencies(suffix):
    # the fixture as make_aphl.py writes it: 9 group rows across the table, 6 of them longer
    # than 12 words; was 4 competencies named after the short group rows, 115 statements
    fw = compkit.ingest(HERE / f"aphl-communication.{suffix}").framework
    assert _shape(fw) == _want()


def test_aphl_built_afresh_reads_the_same(tmp_path):
    path = MAKE.write_docx(tmp_path / "aphl.docx", ROWS)
    fw = compkit.ingest(path).framework
    levels, members, said = _shape(fw)
    assert "Subcompetency" not in levels
    assert len({g for g, _ in members}) == 9 and len(members) == 22
    assert sum(said.values()) == 88


@pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed")
def test_aphl_printed_to_pdf_reads_as_the_word_table(tmp_path):
    # Chromium prints the group rows as a first cell with blank cells beside it; was 115
    # statements in 4 competencies named after the short group rows, 27 at "Subcompetency"
    style = (
        "@page{size:letter landscape;margin:1.5cm} body{font-family:serif;font-size:9pt}"
        "table{border-collapse:collapse;width:100%} td,th{border:1px solid #999;"
        "vertical-align:top;padding:3px;text-align:left;width:20%} tr{break-inside:avoid}"
    )  # rows kept whole: this tests group rows (a row split by a page break: probe15_split)
    page = MAKE.write_html(tmp_path / "aphl.html", ROWS)
    page.write_text(
        page.read_text(encoding="utf-8").replace("<head>", f"<head><style>{style}</style>"),
        encoding="utf-8",
    )
    pdf = chromium_pdf(page)
    if pdf is None:
        pytest.skip("Chromium printed no PDF here")
    levels, members, said = _shape(compkit.ingest(pdf).framework)
    want_levels, want_members, want_said = _want()
    assert (levels, members) == (want_levels, want_members)
    # the source's own line-end hyphens ("tai- lored") read joined where the PDF's line ends
    # fall elsewhere: compared without them
    assert _joined(said) == _joined(want_said)


def _joined(said: Counter) -> Counter:
    return Counter((c, lv, re.sub(r"(\w)- (\w)", r"\1\2", t)) for (c, lv, t), n in said.items()
                   for _ in range(n))  # fmt: skip


def _table(tmp_path, head: list[str], rows: list[list[str] | str], name="t.docx") -> Path:
    """A Word table: a str is a row merged across the table, a list a row of cells."""
    document = docx.Document()
    document.add_heading("Framework", 1)
    table = document.add_table(rows=1, cols=len(head))
    for cell, text in zip(table.rows[0].cells, head, strict=True):
        cell.text = text
    for row in rows:
        cells = table.add_row().cells
        if isinstance(row, str):
            cells[0].merge(cells[-1]).text = row
        else:
            for cell, text in zip(cells, row, strict=True):
                first, *more = text.split("\n")  # a paragraph a line
                cell.text = first
                for line in more:
                    cell.add_paragraph(line)
    document.save(tmp_path / name)
    return tmp_path / name


def _grid_rows(fw) -> list[list[str] | str]:
    """A framework as rows under its groups: each group merged across, then its competencies."""
    groups = {g.id: g.name for g in fw.group_records}
    out: list[list[str] | str] = []
    last = None
    for comp in fw.competency_records:
        if comp.group != last:
            last = comp.group
            out.append(groups[comp.group])
        out.append(
            [comp.name]
            + [
                "\n".join(
                    i.text
                    for i in fw.indicator_records
                    if i.competency == comp.id and i.level == lv.id
                )
                for lv in fw.level_records
            ]
        )
    return out


@pytest.mark.parametrize("name", ["medium-snowflake", "gds-tech-career-path"])
def test_short_group_rows_of_other_frameworks_read_as_before(tmp_path, name):
    source = compkit.load(DATA / "corpus" / f"{name}.yaml")
    head = ["Competency", *(lv.name for lv in source.level_records)]
    fw = compkit.ingest(_table(tmp_path, head, _grid_rows(source))).framework
    got, want = _shape(fw), _shape(source)
    stated = {c for c, _, _ in want[2]}  # (a competency with no statement is no row)
    assert got[1] == [(g, c) for g, c in want[1] if c in stated]  # each in its group
    assert sum((got[2] & want[2]).values()) == sum(want[2].values())


SENTENCE = (
    "Communication technique competencies deploy formal written and oral communication "
    "strategies to reach each audience."
)
NAMED = [["1.01 Written communication", "Identifies key messages.", "Establishes content."]]


def test_a_long_row_under_the_last_named_row_is_no_group(tmp_path):
    # a note across the foot of the table: nothing named under it
    fw = compkit.ingest(
        _table(tmp_path, ["Subcompetency", "Beginner", "Expert"], [*NAMED, SENTENCE])
    ).framework
    assert not fw.group_records
    assert SENTENCE not in [c.name for c in fw.competency_records]


def test_a_long_row_under_a_groups_name_is_no_group(tmp_path):
    rows = ["Communication", SENTENCE, *NAMED]
    fw = compkit.ingest(_table(tmp_path, ["Subcompetency", "Beginner", "Expert"], rows)).framework
    assert SENTENCE not in [g.name for g in fw.group_records]


def test_a_subcompetency_header_names_long_row_names(tmp_path):
    # names of 13 to 25 words under "Sub-competency" are names, not statements at a level
    # "Sub-competency" (was: two levels "Sub-competency", "Beginner", ...)
    name = (
        "Use of written and oral communication strategies tailored to the target audience "
        "in all laboratory settings"
    )
    rows = [[name, "Identifies key messages.", "Establishes content."], *NAMED]
    fw = compkit.ingest(_table(tmp_path, ["Sub-competency", "Beginner", "Expert"], rows)).framework
    assert [lv.name for lv in fw.level_records] == ["Beginner", "Expert"]
    assert [c.name for c in fw.competency_records] == [name, NAMED[0][0]]


def test_markdown_group_rows_written_as_sentences(tmp_path):
    lines = ["| Subcompetency | Beginner | Expert |", "|---|---|---|"]
    lines += [f"| {SENTENCE} | | |"] + ["| " + " | ".join(r) + " |" for r in NAMED]
    lines += ["| Oral strategies are tailored to the audience of each message. | | |"]
    lines += ["| 2.01 Oral communication | Speaks clearly. | Coaches others. |"]
    lines += ["| 2.02 Presentations | Presents a draft. | Revises others' drafts. |"]
    path = tmp_path / "t.md"
    path.write_text("# Framework\n\n" + "\n".join(lines) + "\n", encoding="utf-8")
    fw = compkit.ingest(path).framework
    assert [g.name for g in fw.group_records] == [
        SENTENCE,
        "Oral strategies are tailored to the audience of each message.",
    ]
    assert [c.name for c in fw.competency_records] == [
        NAMED[0][0],
        "2.01 Oral communication",
        "2.02 Presentations",
    ]
    assert [lv.name for lv in fw.level_records] == ["Beginner", "Expert"]


def test_hse_group_rows_in_a_word_table_read_as_before(tmp_path):
    source = compkit.load(DATA / "corpus" / "hse-stress-competencies.yaml")
    raw = (DATA / "corpus" / "raw" / "hse-stress-competencies.txt").read_text(encoding="utf-8")
    fw = compkit.ingest(_html_doc(tmp_path, raw)).framework
    assert _shape(fw)[1] == _shape(source)[1]


def _html_doc(tmp_path, body: str) -> Path:
    path = tmp_path / "page.html"
    path.write_text(
        f'<html><head><meta charset="utf-8"></head><body><h1>{html.escape("Stress")}</h1>'
        f"{body}</body></html>",
        encoding="utf-8",
    )
    return path
