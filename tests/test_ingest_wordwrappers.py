"""Word's transparent wrappers (smart tags, custom XML, simple fields) read through by ingest."""

from __future__ import annotations

from pathlib import Path

import docx
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls

import compkit

DATA = Path(__file__).parent / "data"
_W = nsdecls("w")


def _rows(read) -> list[tuple[str, str, str]]:
    ind = read.framework.indicators
    return list(zip(ind["competency"], ind["level_name"], ind["text"], strict=True))


def test_a_grid_saved_with_smart_tags_reads_as_without():
    # Christex's People Ops grid (MIT) with "Christex Foundation" in smart tags (some nested),
    # "Code of Conduct" as a hyperlink field's result and a topic's row in custom XML: before,
    # 12 statements lost their tagged words and the row's 20 statements were left out
    wrapped = DATA / "probe30i" / "christex-people-ops-wrapped.docx"
    plain = DATA / "probe29i" / "christex-people-ops-grid.docx"
    read = compkit.ingest(wrapped)
    assert _rows(read) == _rows(compkit.ingest(plain))
    said = [n.message for n in read.report.notes if "read through" in n.message]
    assert said == [
        "21 smart tags, 2 simple fields, 1 custom XML element read through: "
        "their words kept, as Word shows them"
    ]


def test_wrapped_paragraphs_and_runs_keep_their_words(tmp_path):
    d = docx.Document()
    d.add_heading("Planning", 1)
    d.add_heading("Level 1", 2)
    p = d.add_paragraph("Plans work with partners in ", style="List Bullet")
    p._p.append(
        parse_xml(f'<w:smartTag {_W} w:element="place"><w:r><w:t>Freetown</w:t></w:r></w:smartTag>')
    )
    p._p.append(parse_xml(f'<w:dir {_W} w:val="ltr"><w:r><w:t> each week</w:t></w:r></w:dir>'))
    p.add_run(".")
    d.add_paragraph("Reviews the plan with the team.", style="List Bullet")
    # a whole list item inside custom XML, as Word 2007 kept a schema's element
    item = d.add_paragraph("Shares the plan with stakeholders.", style="List Bullet")
    wrapper = parse_xml(f'<w:customXml {_W} w:element="indicator"><w:customXmlPr/></w:customXml>')
    item._p.addprevious(wrapper)
    wrapper.append(item._p)
    d.add_heading("Level 2", 2)
    d.add_paragraph("Sets the plan for the team.", style="List Bullet")
    path = tmp_path / "wrapped.docx"
    d.save(path)
    assert [t for _, _, t in _rows(compkit.ingest(path))] == [
        "Plans work with partners in Freetown each week.",
        "Reviews the plan with the team.",
        "Shares the plan with stakeholders.",
        "Sets the plan for the team.",
    ]
