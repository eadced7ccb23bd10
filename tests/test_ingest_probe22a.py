"""Round 22 probe of frameworks arriving as PDF (helper A).

Mended (each test fails on the code before):

- a grid whose cells mostly list items with no full stops ("bare" items: a line in capitals
  under a line with no stop opens the next item) split a cell of sentences at a capitalised
  name its line wrapped before: the GDS career path printed from Word, "You actively help" /
  "Delivery and Product managers in planning ...", read as two statements (30 of 35 in
  place). A cell whose last line ends with a full stop lists sentences: the bare items' rule
  is not applied there (``pdfcells.cell_grid``);
- a header of bands over the level columns ("Foundation" merged over "Discover | Explore",
  as the European EntreComp framework prints its eight levels in four stages) read the bands
  as the levels, each over two columns, and the names under them as statements. The line
  under such a header names the columns when every band starts where one of its names
  starts: those names are the levels, the bands said in the report, the corner over the
  rows' names emptied (``ingest/pdfbands.py``). EntreComp laid out so from its public text
  (4 competences, 85 statements) 0 → 85 of 85 in place; the self-written
  ``probe22-pdf/make_bands.py`` 0 → 16 of 16. A heading set larger than the text right
  over the next table's header ends the table above: it was read as a group row there,
  holding nothing (``find_tables``);
- rows holding only a name at a page's top, the names centred as a browser sets a ``<th>``,
  ended the table as headings (their lines stood right of the names column's start): the
  GDS career path printed with the browser's own header style read 24 of 35 (the pair
  programming row lost after the page break) → 35 of 35; a name row is now any lone line
  within the names column (``pdfnamerows.name_rows``), the steps between lines still
  telling the rows apart;
- a line-end hyphen the dictionary would drop ("trade-" "offs": "tradeoffs") is kept where the
  text writes the two parts apart elsewhere ("the trade offs between"): the author hyphenates
  or spaces the compound, never closes it (``pdfcells.join_lines``; GDS as a Word grid
  31 → 32 of 35).
"""

from __future__ import annotations

from pathlib import Path

import compkit
from compkit.ingest.pdfcells import cell_grid
from compkit.testing import fixture_script


def _texts(grid):
    return [[[p.text for p in cell["paras"]] for cell in row] for row in grid[1:]]


def test_a_cell_of_sentences_in_a_table_of_bare_items_keeps_a_name_wrapped_to_a_line():
    # was: ['You actively help', 'Delivery and Product managers plan.']
    head = [[("Junior", 0)], [("Mid", 0)], [("Senior", 0)], [("Lead", 0)]]
    body = [
        [("Learning just as", 1), ("much as adding", 2), ("value", 3), ("Has enough", 4),
         ("knowledge to", 5), ("make decisions", 6)],
        [("Seeks out feedback from", 1), ("peers", 2), ("Uses tools daily", 3)],
        [("Shares plans", 1), ("with peers", 2)],
        [("You actively help", 1), ("Delivery and Product", 2), ("managers plan.", 3)],
    ]  # fmt: skip
    grid = cell_grid([head, body], (lambda n: (1, n + 1), set()), "T", prose=True)
    assert _texts(grid) == [
        [
            ["Learning just as much as adding value", "Has enough knowledge to make decisions"],
            ["Seeks out feedback from peers", "Uses tools daily"],
            ["Shares plans with peers"],
            ["You actively help Delivery and Product managers plan."],
        ]
    ]


def test_a_header_of_bands_over_the_level_columns_reads_the_names_under_them_as_levels():
    # was: levels 'Strand', 'Foundation', 'Intermediate', 'Advanced' (each band's two columns
    # one level, the names under them read as the first row's statements): 0 of 16 in place
    data = Path(__file__).parent / "data" / "ingest" / "probe22-pdf"
    made = fixture_script(data / "make_bands.py")
    result = compkit.ingest(data / "bands.pdf")
    fw = result.framework
    assert [lv.name for lv in fw.level_records] == made.LEVELS
    levels = {lv.id: lv.name for lv in fw.level_records}
    comps = {c.id: c for c in fw.competency_records}
    groups = {g.id: g.name for g in fw.group_records}
    read = sorted((comps[i.competency].name, levels[i.level], i.text) for i in fw.indicator_records)
    want = sorted(
        (strand, level, text)
        for strands in made.GRID.values()
        for strand, cells in strands.items()
        for level, text in zip(made.LEVELS, cells, strict=True)
        if text
    )
    assert read == want
    # each table's heading groups its strands (was: the second heading, right over its
    # table's header, read as a group row of the first table holding no statement)
    assert {c.name: groups[c.group] for c in comps.values()} == {
        strand: comp for comp, strands in made.GRID.items() for strand in strands
    }
    notes = " ".join(e.message for e in result.report.notes)
    assert "'Foundation' over Notice, Try; 'Intermediate' over Practise, Adapt" in notes
    assert "the rows' names under 'Strand'" in notes


def test_rows_holding_only_a_centred_name_at_a_page_top_are_rows_of_the_table():
    # was: 'Handling incidents calmly Choosing suppliers Looking after users', one name over
    # the last row's statements (a browser centres a <th> row name: the names' lines stood
    # right of the column's start, so they were not read as rows holding only a name)
    data = Path(__file__).parent / "data" / "ingest" / "probe22-pdf"
    made = fixture_script(data / "make_namerows.py")
    result = compkit.ingest(data / "namerows.pdf")
    fw = result.framework
    levels = {lv.id: lv.name for lv in fw.level_records}
    comps = {c.id: c.name for c in fw.competency_records}
    read = sorted((comps[i.competency], levels[i.level], i.text) for i in fw.indicator_records)
    want = sorted(
        (comp, level, text)
        for comp, cells in made.GRID.items()
        for level, texts in zip(made.LEVELS, cells or [[]] * len(made.LEVELS), strict=True)
        for text in texts
    )
    assert read == want
    notes = " ".join(e.message for e in result.report.notes)
    for name in ("Handling incidents calmly", "Choosing suppliers"):
        assert f"'{name}' was read as a competency but holds no statement" in notes


def test_a_line_end_hyphen_is_kept_where_the_text_writes_the_parts_apart():
    # was: 'often tradeoffs introduce' (the dictionary knows "tradeoffs"), in a table that
    # writes "the trade offs between": the GDS career path printed from Word
    from compkit.ingest.pdfcells import join_lines, words_of

    words = words_of(["You understand the trade offs between various implementations"])
    assert join_lines("often trade-", "offs introduce", words) == "often trade-offs introduce"
    # a word the text writes whole is still joined whole
    assert join_lines("CSS and Type-", "Script.", words_of(["TypeScript"])) == "CSS and TypeScript."
