"""The Word document's copied parts are python-docx's own XML, and a large document renders fast."""

import io
import time

import docx
import pytest
from docx.oxml.ns import qn
from lxml import etree

from compkit.authoring._docx_parts import Parts
from compkit.authoring.documents import render_docx
from compkit.testing import large_framework

TEXTS = ["Plans the work.", " leading and trailing ", "a\ttab", "two\nlines", "cr\rhere", ""]


def xml(element) -> bytes:
    """The element's XML with only the namespaces it uses (one in a document inherits more)."""
    return etree.tostring(element, method="c14n", exclusive=True)


@pytest.fixture
def parts():
    doc = docx.Document()
    ids = {name: doc.styles[name].style_id for name in ("List Bullet", "Heading 1", "Table Grid")}
    return Parts(doc, ids)


@pytest.mark.parametrize("style", [None, "List Bullet", "Heading 1"])
@pytest.mark.parametrize("text", TEXTS)
@pytest.mark.parametrize("kind", ["", "bold", "italic"])
def test_paragraph_and_run_are_python_docx_xml(parts, style, text, kind):
    para = docx.Document().add_paragraph(style=style)
    run = para.add_run(text)
    if kind:
        setattr(run, kind, True)
    p = parts.para(style)
    parts.run(p, text, kind)
    assert xml(p) == xml(para._p)


def test_breaks_are_python_docx_xml(parts):
    from docx.enum.text import WD_BREAK

    para = docx.Document().add_paragraph()
    para.add_run().add_break()
    para.add_run().add_break(WD_BREAK.PAGE)
    p = parts.para()
    parts.run(p, "", "break")
    parts.run(p, "", "page")
    assert xml(p) == xml(para._p)


def test_table_is_python_docx_xml(parts):
    doc = docx.Document()
    widths = (1000000, 2000000, 3000000)
    table = doc.add_table(rows=3, cols=3, style="Table Grid")
    table.autofit = False
    for j, width in enumerate(widths):
        table.columns[j].width = width
        for cell in table.columns[j].cells:
            cell.width = width
    from compkit._word import keep_row

    keep_row(table.rows[0], header=True)
    for row in table.rows:
        keep_row(row)
    assert xml(parts.table(doc._block_width, widths, 3)) == xml(table._tbl)


def test_numberings_are_added_as_python_docx_adds_them(parts):
    ours = parts.doc.part.numbering_part.element
    theirs = docx.Document().part.numbering_part.element
    style_num = parts.doc.styles["List Number"].element.pPr.numPr.numId.val
    abstract = next(n.abstractNumId.val for n in theirs.num_lst if n.numId == style_num)
    for start in (1, 5, 12, 1):
        num = theirs.add_num(abstract)
        num.add_lvlOverride(ilvl=0).add_startOverride(start)
        assert parts.restart(start) == num.numId
    assert xml(ours) == xml(theirs)


def test_a_large_framework_renders_in_linear_time():
    # 20,000 statements took 85 s (quadratic searches); a regression to that fails here
    fw = large_framework(20_000)
    start = time.process_time()
    data = render_docx(fw)
    assert time.process_time() - start < 15
    body = docx.Document(io.BytesIO(data)).element.body
    texts = [t.text for t in body.iter(qn("w:t"))]
    assert len(body.findall(qn("w:tbl"))) == len(fw.competency_records)
    assert set(texts) >= {i.text for i in fw.indicator_records}
