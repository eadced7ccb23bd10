"""Round 23 probe of frameworks arriving as PDF (helper A).

Mended (each test fails on the code before):

- the ``levels`` hint never reached the PDF reader: a table whose one header row names its
  levels in words no list knows ("Skill | Spark | Kindle | Flame | Blaze") was read as lines,
  and naming the levels was refused ("none of the levels given heads a statement"). The
  names given are held while the PDF is read (``ingest/pdfhint.py``) and a header row of two
  or more of them, in the order given, heads a table (``pdfheads.levels_header``; its page is
  read from its layout text, ``pdftables.may_hold_table``): the self-written
  ``probe23-pdf/make_hinted.py`` refused → 14 of 14 in place; EntreComp's eight levels on
  one row refused → 77 of 85.
"""

from __future__ import annotations

from pathlib import Path

import compkit
from compkit.cli import main
from compkit.testing import fixture_script

DATA = Path(__file__).parent / "data" / "ingest" / "probe23-pdf"


def _cells(fw):
    levels = {lv.id: lv.name for lv in fw.level_records}
    comps = {c.id: c.name for c in fw.competency_records}
    return sorted((comps[i.competency], levels[i.level], i.text) for i in fw.indicator_records)


def test_the_levels_named_by_the_user_head_a_pdf_table_no_word_list_knows(tmp_path, capsys):
    made = fixture_script(DATA / "make_hinted.py")
    result = compkit.ingest(DATA / "hinted.pdf", levels=made.LEVELS)
    fw = result.framework
    assert [lv.name for lv in fw.level_records] == made.LEVELS
    assert _cells(fw) == sorted(
        (skill, level, text)
        for skill, cells in made.GRID.items()
        for level, texts in zip(made.LEVELS, cells, strict=True)
        for text in texts
    )
    notes = " ".join(e.message for e in result.report.notes)
    assert "a table with a column per level and a row per competency (Skill, Spark," in notes
    # the command line hears them too (was: exit 2, "none of the --levels given ... heads a
    # statement in this document")
    out = tmp_path / "hinted.yaml"
    code = main(["ingest", str(DATA / "hinted.pdf"), "-o", str(out), "--levels", *made.LEVELS])
    assert code == 0, capsys.readouterr().err
    assert _cells(compkit.load(out)) == _cells(fw)


def test_levels_given_in_another_order_head_no_pdf_table():
    made = fixture_script(DATA / "make_hinted.py")
    from compkit.ingest.pdfhint import given_header, levels_given

    with levels_given(made.LEVELS[::-1]):
        assert not given_header(made.LEVELS)
    with levels_given(made.LEVELS):
        assert given_header(made.LEVELS[1:])
        assert not given_header(["Skill", *made.LEVELS])
