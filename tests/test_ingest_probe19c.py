"""Nineteenth probe, C: frameworks that arrive as Word documents.

- Level names merged over the same sub-columns under each ("Behaviours | Examples"): every
  column under a level's name is that level's, a column of examples beside the behaviours is
  reported, not read (was: the first column under each level read, the others "All levels",
  and the sub-column names a competency of their own).
- A column of grade lines ("GS-01-04 – Level 2", the US Department of the Interior's model) is
  read as role profiles, not statements; with no statement anywhere, the document is refused in
  words naming the roles.

The grids are self-written; the DOI table is the fifteenth round's public-domain page.
"""

from __future__ import annotations

import html
import re
from pathlib import Path

import pytest

import compkit
from compkit.ingest import IngestError

DOI = Path(__file__).parent / "data" / "ingest" / "probe15-docs" / "doi-ibc-competencies.html"


def _merged_levels(path: Path, subs: list[str]) -> Path:
    """Competency | Level 1 | Level 2, each level merged over ``subs``; two competencies."""
    import docx

    said = [
        ["Shares what they know", "Ran a brown-bag session", "Hoards what they know"],
        ["Builds links with other teams", "Set up a guild", "Works in a silo"],
        ["Finishes work on time", "Shipped the first release", "Misses deadlines"],
        ["Plans a month of work", "Wrote the roadmap", "Plans a day at a time"],
    ]
    n = len(subs)
    d = docx.Document()
    d.add_heading("Team Skills Framework", 1)
    t = d.add_table(rows=4, cols=1 + 2 * n)
    t.style = "Table Grid"
    t.cell(0, 0).text = "Competency"
    t.cell(0, 1).text = "Level 1"
    t.cell(0, 1 + n).text = "Level 2"
    for k, sub in enumerate(subs * 2):
        t.cell(1, 1 + k).text = sub
    for r, comp in ((2, "Teamwork"), (3, "Delivery")):
        t.cell(r, 0).text = comp
        for lv in range(2):
            for k in range(n):
                t.cell(r, 1 + lv * n + k).text = said[(r - 2) * 2 + lv][k]
    t.cell(0, 1).merge(t.cell(0, n))
    t.cell(0, 1 + n).merge(t.cell(0, 2 * n))
    t.cell(0, 0).merge(t.cell(1, 0))
    d.save(path)
    return path


def _cells(fw) -> list[tuple[str, str, str]]:
    return sorted(
        (fw.competency(i.competency).name, fw.level(i.level).name, i.text)
        for i in fw.indicator_records
    )


def test_examples_beside_behaviours_under_each_level_are_reported_not_read(tmp_path):
    result = compkit.ingest(_merged_levels(tmp_path / "pairs.docx", ["Behaviours", "Examples"]))
    fw = result.framework
    assert _cells(fw) == [
        ("Delivery", "Level 1", "Finishes work on time"),
        ("Delivery", "Level 2", "Plans a month of work"),
        ("Teamwork", "Level 1", "Shares what they know"),
        ("Teamwork", "Level 2", "Builds links with other teams"),
    ]
    unused = [n.message for n in result.report.notes if n.kind == "unused"]
    assert unused == [
        "the 'Examples' columns under each level (4 cells, the first 'Ran a brown-bag "
        "session'): beside the 'Behaviours' columns, not statements; not read"
    ]


def test_two_kinds_of_statement_under_each_level_are_both_the_levels(tmp_path):
    path = _merged_levels(tmp_path / "ks.docx", ["Knowledge", "Skills", "Evidence"])
    fw = compkit.ingest(path).framework
    assert [lv.name for lv in fw.level_records] == ["Level 1", "Level 2"]
    assert [c.name for c in fw.competency_records] == ["Teamwork", "Delivery"]
    assert _cells(fw) == [
        ("Delivery", "Level 1", "Finishes work on time"),
        ("Delivery", "Level 1", "Shipped the first release"),
        ("Delivery", "Level 2", "Plans a month of work"),
        ("Delivery", "Level 2", "Wrote the roadmap"),
        ("Teamwork", "Level 1", "Ran a brown-bag session"),
        ("Teamwork", "Level 1", "Shares what they know"),
        ("Teamwork", "Level 2", "Builds links with other teams"),
        ("Teamwork", "Level 2", "Set up a guild"),
    ]


def _doi_docx(path: Path, *, behaviours: bool = False) -> Path:
    """The DOI page's table as pasted into Word: a paragraph per line of each cell."""
    import docx

    page = DOI.read_text(encoding="utf-8")
    grid = [
        [[html.unescape(x).strip() for x in c.split("<br>")] for c in re.findall(r"<t[hd]>(.*?)</t[hd]>", row, flags=re.S)]
        for row in re.findall(r"<tr>(.*?)</tr>", page, flags=re.S)
    ]  # fmt: skip
    if behaviours:  # a self-written statement beside each competency
        grid = [[*row[:2], ["Behaviours"] if r == 0 else [f"Acts on {row[0][0]}."], row[2]]
                for r, row in enumerate(grid)]  # fmt: skip
    d = docx.Document()
    d.add_heading("Competency Model", 1)
    d.add_paragraph("Approved by the Competency Modeling Validation Review Board on May 19, 2015.")
    table = d.add_table(rows=len(grid), cols=len(grid[0]))
    for r, row in enumerate(grid):
        for c, lines in enumerate(row):
            cell = table.cell(r, c)
            cell.text = lines[0]
            for line in lines[1:]:
                cell.add_paragraph(line)
    d.save(path)
    return path


def test_grade_lines_alone_are_refused_naming_the_roles(tmp_path):
    with pytest.raises(IngestError) as err:
        compkit.ingest(_doi_docx(tmp_path / "doi.docx"))
    assert str(err.value) == str(tmp_path / "doi.docx") + (
        ": no statements to read: the document holds role profiles only, 3 roles "
        "(GS-01-04, GS-05-06, GS-07-08) each needing a level of 6 competencies (Level 2, "
        "Level 3, Level 5), and no behaviour or indicator under a competency and a level; "
        "expected statements (a framework's behaviours) beside or below the competencies"
    )


def test_grade_lines_beside_statements_are_not_statements(tmp_path):
    result = compkit.ingest(_doi_docx(tmp_path / "doi.docx", behaviours=True))
    fw = result.framework
    texts = [i.text for i in fw.indicator_records]
    assert len(texts) == 6
    assert texts[0] == "Acts on Analytical Thinking."
    assert not [t for t in texts if t.startswith("GS-")]
    said = [n.message for n in result.report.notes if "role profiles" in n.message]
    assert said == [
        "the 'Proficiency Level' column lists a level for each grade (GS-01-04, GS-05-06, "
        "GS-07-08): read as role profiles, not statements"
    ]


def _attributes(path: Path, *, grid: bool = True) -> Path:
    """Attributes over "**Level A:** summary", "Positive indicators" and a list; a grade grid.

    The shape of the University of Cambridge's behavioural attributes (levels A to D, one
    attribute defined at level A only, a grid of the level each grade needs); the text is
    self-written.
    """
    import docx

    attrs = {
        "Communication": {
            "A": ("Speaks for the organisation.", ["Presents to senior boards.", "Sets how news travels."]),
            "B": ("Speaks for the department.", ["Explains complex issues simply."]),
            "C": ("Speaks for the team.", ["Adapts style to the audience."]),
        },
        "Valuing diversity": {"A": ("Treats everyone fairly.", ["Challenges exclusion."])},
    }  # fmt: skip
    d = docx.Document()
    d.add_heading("Attributes Framework", 0)
    for n, (name, levels) in enumerate(attrs.items(), 1):
        d.add_heading(f"Attribute {n}: {name}", 1)
        for code, (summary, items) in levels.items():
            p = d.add_paragraph()
            p.add_run(f"Level {code}:").bold = True
            p.add_run(f" {summary}")
            d.add_paragraph().add_run("Positive indicators").italic = True
            for item in items:
                d.add_paragraph(item, style="List Bullet")
    if grid:
        d.add_heading("Attributes by grade", 1)
        rows = [["Grade", "Communication", "Valuing diversity"], ["Grade 1", "C", "A"],
                ["Grade 9", "A", "A"]]  # fmt: skip
        table = d.add_table(rows=3, cols=3)
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                table.cell(r, c).text = text
    d.save(path)
    return path


def test_a_bold_level_name_and_colon_opens_its_level_over_a_side_and_list(tmp_path):
    result = compkit.ingest(_attributes(tmp_path / "attributes.docx", grid=False))
    fw = result.framework
    assert [lv.name for lv in fw.level_records] == ["Level A", "Level B", "Level C"]
    assert sorted((c, lv, t, p) for c, lv, t, p in (
        (fw.competency(i.competency).name, fw.level(i.level).name, i.text, i.polarity)
        for i in fw.indicator_records
    )) == [
        ("Communication", "Level A", "Presents to senior boards.", "effective"),
        ("Communication", "Level A", "Sets how news travels.", "effective"),
        ("Communication", "Level B", "Explains complex issues simply.", "effective"),
        ("Communication", "Level C", "Adapts style to the audience.", "effective"),
        ("Valuing diversity", "Level A", "Challenges exclusion.", "effective"),
    ]  # fmt: skip
    assert "Positive indicators" not in [i.text for i in fw.indicator_records]
    # each level's line over its side and list titles the level: the competency's description
    assert fw.competency_records[0].description.split("\n\n") == [
        "Speaks for the organisation.",
        "Speaks for the department.",
        "Speaks for the team.",
    ]


def test_a_grid_of_level_codes_by_grade_is_role_profiles(tmp_path):
    result = compkit.ingest(_attributes(tmp_path / "attributes.docx"))
    fw = result.framework
    needs = {
        r.name: {fw.competency(c).name: fw.level(lv).name for c, lv in r.requires}
        for r in fw.role_records
    }
    assert needs == {
        "Grade 1": {"Communication": "Level C", "Valuing diversity": "Level A"},
        "Grade 9": {"Communication": "Level A", "Valuing diversity": "Level A"},
    }
    assert len(fw.indicator_records) == 5
    # Grade 1 needs level C and Grade 9 level A: the levels were printed highest first
    assert [lv.name for lv in fw.level_records] == ["Level C", "Level B", "Level A"]
    assert any("printed highest first" in n.message for n in result.report.notes)


def _tracked(path: Path) -> Path:
    """A draft with tracked changes left in: words and a statement inserted, words deleted."""
    import docx
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    d = docx.Document()
    d.add_heading("Team Framework", 1)
    d.add_heading("Communication", 2)

    def item(*parts: tuple[str, str]) -> None:
        p = d.add_paragraph(style="List Bullet")
        for n, (kind, text) in enumerate(parts):
            run = OxmlElement("w:r")
            t = OxmlElement("w:delText" if kind == "del" else "w:t")
            t.set(qn("xml:space"), "preserve")
            t.text = text
            run.append(t)
            if kind:
                change = OxmlElement(f"w:{kind}")
                change.set(qn("w:id"), str(n))
                change.set(qn("w:author"), "Editor")
                change.append(run)
                run = change
            p._p.append(run)

    for level, items in (
        ("Level 1", [[("", "Listens to others "), ("ins", "carefully "), ("", "and asks.")],
                     [("", "Writes "), ("del", "long "), ("", "reports.")],
                     [("ins", "Shares updates every week.")]]),
        ("Level 2", [[("", "Presents to other teams.")], [("del", "Chairs meetings badly.")]]),
    ):  # fmt: skip
        d.add_heading(level, 3)
        for parts in items:
            item(*parts)
    d.save(path)
    return path


def test_tracked_changes_left_in_are_read_as_accepted(tmp_path):
    result = compkit.ingest(_tracked(tmp_path / "draft.docx"))
    assert _cells(result.framework) == [
        ("Communication", "Level 1", "Listens to others carefully and asks."),
        ("Communication", "Level 1", "Shares updates every week."),
        ("Communication", "Level 1", "Writes reports."),
        ("Communication", "Level 2", "Presents to other teams."),
    ]
    said = [n.message for n in result.report.notes if "tracked" in n.message]
    assert said == ["tracked changes left in, read as accepted (2 insertions, 2 deletions)"]


def test_a_table_inside_a_level_cell_is_read_in_place(tmp_path):
    import docx

    d = docx.Document()
    d.add_heading("Nested Framework", 1)
    t = d.add_table(rows=3, cols=3)
    for c, text in enumerate(["Competency", "Level 1", "Level 2"]):
        t.cell(0, c).text = text
    t.cell(1, 0).text, t.cell(2, 0).text = "Teamwork", "Delivery"
    t.cell(1, 1).text = "Shares what they know."
    inner = t.cell(1, 2).add_table(rows=2, cols=1)  # a level's behaviours as a table
    inner.cell(0, 0).text = "Builds links with other teams."
    inner.cell(1, 0).text = "Mentors new starters."
    t.cell(2, 1).text, t.cell(2, 2).text = "Finishes work on time.", "Plans a month of work."
    d.save(tmp_path / "nested.docx")
    result = compkit.ingest(tmp_path / "nested.docx")
    assert _cells(result.framework) == [
        ("Delivery", "Level 1", "Finishes work on time."),
        ("Delivery", "Level 2", "Plans a month of work."),
        ("Teamwork", "Level 1", "Shares what they know."),
        ("Teamwork", "Level 2", "Builds links with other teams."),
        ("Teamwork", "Level 2", "Mentors new starters."),
    ]
    assert not [n for n in result.report.notes if n.kind == "undefined"]
    said = [n.message for n in result.report.notes if "inside table cells" in n.message]
    assert said == [
        "tables inside table cells read as their cells' paragraphs, row by row (1 table, the "
        "first here)"
    ]


def test_a_text_box_in_the_text_is_read_after_its_paragraph(tmp_path):
    import docx
    from lxml import etree

    w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    mc = "http://schemas.openxmlformats.org/markup-compatibility/2006"
    box = "<w:txbxContent><w:p><w:r><w:t>Communication means sharing.</w:t></w:r></w:p></w:txbxContent>"
    d = docx.Document()
    d.add_heading("Team Framework", 1)
    d.add_heading("Communication", 2)
    d.add_paragraph()._p.append(etree.fromstring(
        f'<w:r xmlns:w="{w}" xmlns:mc="{mc}"><mc:AlternateContent><mc:Choice Requires="wps">'
        f"<w:drawing>{box}</w:drawing></mc:Choice><mc:Fallback><w:pict>{box}</w:pict>"
        "</mc:Fallback></mc:AlternateContent></w:r>"
    ))  # fmt: skip
    d.add_heading("Level 1", 3)
    d.add_paragraph("Listens to others.", style="List Bullet")
    d.save(tmp_path / "boxed.docx")
    result = compkit.ingest(tmp_path / "boxed.docx")
    assert [i.text for i in result.framework.indicator_records] == ["Listens to others."]
    desc = result.framework.competency("communication").description
    assert desc == "Communication means sharing."  # the box, once (its VML copy dropped)
    said = [n.message for n in result.report.notes if "text box" in n.message]
    assert said == [
        "1 text box read after the paragraph holding it ('Communication means sharing.')"
    ]


def test_sides_under_each_merged_level_keep_both_level_and_side(tmp_path):
    path = _merged_levels(tmp_path / "sides.docx", ["Effective", "Examples", "Ineffective"])
    fw = compkit.ingest(path).framework
    assert sorted(
        (fw.competency(i.competency).name, fw.level(i.level).name, i.polarity, i.text)
        for i in fw.indicator_records
    ) == [
        ("Delivery", "Level 1", "effective", "Finishes work on time"),
        ("Delivery", "Level 1", "ineffective", "Misses deadlines"),
        ("Delivery", "Level 2", "effective", "Plans a month of work"),
        ("Delivery", "Level 2", "ineffective", "Plans a day at a time"),
        ("Teamwork", "Level 1", "effective", "Shares what they know"),
        ("Teamwork", "Level 1", "ineffective", "Hoards what they know"),
        ("Teamwork", "Level 2", "effective", "Builds links with other teams"),
        ("Teamwork", "Level 2", "ineffective", "Works in a silo"),
    ]
