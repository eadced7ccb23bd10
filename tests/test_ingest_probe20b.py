"""OpenDocument text (.odt) read as Word is, and Word text boxes placed where they stand."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

import compkit
from compkit.ingest import IngestError
from compkit.testing.odtfiles import odt_heading, write_odt

DATA = Path(__file__).parent / "data" / "ingest"

_STYLES = (
    '<style:style style:name="B" style:family="text"><style:text-properties '
    'fo:font-weight="bold"/></style:style>'
    '<style:style style:name="Hid" style:family="text"><style:text-properties '
    'text:display="none"/></style:style>'
    '<style:style style:name="Shade" style:family="table-cell"><style:table-cell-properties '
    'fo:background-color="#c0c0c0"/></style:style>'
    '<text:list-style style:name="Dots"><text:list-level-style-bullet text:level="1" '
    'text:bullet-char="•"/></text:list-style>'
    '<text:list-style style:name="Nums"><text:list-level-style-number text:level="1" '
    'style:num-format="1"/></text:list-style>'
)


def _odt(path: Path, body: str) -> Path:
    return write_odt(path, body, _STYLES)


_h = odt_heading


def _items(style: str, *texts: str) -> str:
    items = "".join(f"<text:list-item><text:p>{t}</text:p></text:list-item>" for t in texts)
    return f'<text:list text:style-name="{style}">{items}</text:list>'


def _rows(fw) -> list[tuple]:
    return sorted(
        (fw.competency(i.competency).name, fw.level(i.level).name, i.polarity, i.text)
        for i in fw.indicator_records
    )


def test_an_odt_outline_reads_as_word_does(tmp_path):
    body = (
        _h("Team Framework", 1) + _h("Communication", 2)
        + "<text:p>Sharing what we know.</text:p>"
        + _h("Level 1", 3) + _items("Dots", "Listens to others.", "Asks questions.")
        + _h("Level 2", 3)
        + '<text:p>Explains <text:span text:style-name="Hid">plainly </text:span>'
        "complex ideas.</text:p>"
        + _items("Nums", "Writes clear briefs.", "Adapts to the audience.")
        + _h("Planning", 2) + _h("Level 1", 3)
        + '<text:list text:style-name="Dots"><text:list-item><text:p>Plans '
        "<text:change-start text:change-id=\"c1\"/>own<text:change-end text:change-id=\"c1\"/>"
        " work.</text:p></text:list-item></text:list>"
        + _h("Level 2", 3) + _items("Dots", "Plans the team's work.")
    )  # fmt: skip
    body = (
        '<text:tracked-changes><text:changed-region text:id="c1"><text:insertion/>'
        '</text:changed-region><text:changed-region text:id="c2"><text:deletion>'
        "<text:p>Plans nothing.</text:p></text:deletion></text:changed-region>"
        "</text:tracked-changes>" + body
    )
    result = compkit.ingest(_odt(tmp_path / "team.odt", body))
    fw = result.framework
    assert _rows(fw) == [
        ("Communication", "Level 1", "effective", "Asks questions."),
        ("Communication", "Level 1", "effective", "Listens to others."),
        ("Communication", "Level 2", "effective", "Adapts to the audience."),
        ("Communication", "Level 2", "effective", "Explains complex ideas."),
        ("Communication", "Level 2", "effective", "Writes clear briefs."),
        ("Planning", "Level 1", "effective", "Plans own work."),
        ("Planning", "Level 2", "effective", "Plans the team's work."),
    ]
    numbered = dict(zip(fw.indicators["text"], fw.indicators["source_numbers"], strict=True))
    assert numbered["Writes clear briefs."] == "1"
    assert numbered["Adapts to the audience."] == "2"
    assert not numbered["Listens to others."]
    assert fw.competency("communication").description == "Sharing what we know."
    said = " | ".join(n.message for n in result.report.notes)
    assert "tracked changes left in, read as accepted (2 changes)" in said
    assert "1 piece of hidden text left out, as Word shows and prints" in said  # as a .docx's
    assert "(the first: 'plainly')" in said


def test_an_odt_table_with_merged_and_shaded_cells_reads_as_word_does(tmp_path):
    def cell(text: str, extra: str = "") -> str:
        return f"<table:table-cell {extra}><text:p>{text}</text:p></table:table-cell>"

    header = "<table:table-row>" + cell("Competency") + cell("Level 1") + cell("Level 2")
    header += "</table:table-row>"
    rows = (
        "<table:table-row>" + cell("Delivering", 'table:number-rows-spanned="2"')
        + cell("Plans own work.") + cell("Plans the team's work.", 'table:style-name="Shade"')
        + "</table:table-row><table:table-row><table:covered-table-cell/>"
        + cell("Checks own work.") + cell("Reviews others' work.")
        + "</table:table-row><table:table-row>" + cell("Listening")
        + cell("Listens to others.", 'table:number-columns-spanned="2"')
        + "<table:covered-table-cell/></table:table-row>"
    )  # fmt: skip
    body = (
        _h("Framework", 1)
        + '<table:table><table:table-column table:number-columns-repeated="3"/>'
        + f"<table:table-header-rows>{header}</table:table-header-rows>{rows}</table:table>"
    )
    fw = compkit.ingest(_odt(tmp_path / "grid.odt", body)).framework
    got = _rows(fw)
    assert ("Delivering", "Level 1", "effective", "Checks own work.") in got
    assert ("Delivering", "Level 2", "effective", "Plans the team's work.") in got
    assert ("Delivering", "Level 2", "effective", "Reviews others' work.") in got
    assert next(r for r in got if r[0] == "Listening")[3] == "Listens to others."


@pytest.mark.parametrize("name", ["effective-ineffective", "headings-lists", "levels-in-columns"])
def test_word_fixtures_saved_as_odt_by_libreoffice_read_the_same(name):
    word = compkit.ingest(DATA / f"{name}.docx").framework
    odt = compkit.ingest(DATA / "probe20-odt" / f"{name}.odt").framework

    def reading(fw):
        return (
            fw.indicators.drop(columns=["framework", "source_lines"]).to_dict("records"),
            fw.competencies.drop(columns=["framework"]).to_dict("records"),
            fw.levels.drop(columns=["framework"]).to_dict("records"),
            fw.groups.drop(columns=["framework"]).to_dict("records"),
            fw.roles.drop(columns=["framework"]).to_dict("records"),
        )  # fmt: skip

    assert reading(odt) == reading(word)
    assert word.indicator_records


def test_a_damaged_odt_is_refused_in_one_line(tmp_path):
    path = tmp_path / "broken.odt"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        zf.writestr("content.xml", "<office:document-content")
    with pytest.raises(IngestError, match=r"broken\.odt: not a readable OpenDocument text"):
        compkit.ingest(path)


def _boxed_docx(path: Path, position: str) -> Path:
    import docx
    from lxml import etree

    w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    wp = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
    box = "<w:txbxContent><w:p><w:r><w:t>Communication means sharing.</w:t></w:r></w:p></w:txbxContent>"
    d = docx.Document()
    d.add_heading("Team Framework", 1)
    d.add_heading("Communication", 2)
    d.add_paragraph()._p.append(etree.fromstring(
        f'<w:r xmlns:w="{w}" xmlns:wp="{wp}"><w:drawing><wp:anchor>'
        f'<wp:positionH relativeFrom="{position}"/><wp:positionV relativeFrom="{position}"/>'
        f"{box}</wp:anchor></w:drawing></w:r>"
    ))  # fmt: skip
    d.add_heading("Level 1", 3)
    d.add_paragraph("Listens to others.", style="List Bullet")
    d.add_heading("Level 2", 3)
    d.add_paragraph("Explains complex ideas.", style="List Bullet")
    d.save(path)
    return path


def test_a_word_text_box_in_the_text_is_read_where_it_stands(tmp_path):
    result = compkit.ingest(_boxed_docx(tmp_path / "boxed.docx", "column"))
    fw = result.framework
    assert fw.competency("communication").description == "Communication means sharing."
    assert [i.text for i in fw.indicator_records] == [
        "Listens to others.",
        "Explains complex ideas.",
    ]
    said = [n.message for n in result.report.notes if "text box" in n.message]
    assert said == [
        "1 text box read after the paragraph holding it ('Communication means sharing.')"
    ]


def test_a_word_text_box_on_the_page_is_still_reported_not_read(tmp_path):
    result = compkit.ingest(_boxed_docx(tmp_path / "boxed.docx", "page"))
    assert not result.framework.competency("communication").description
    said = [n.message for n in result.report.notes if "text box" in n.message]
    assert said == [
        "a text box holds 'Communication means sharing.': not read (its place in the text is "
        "not known)"
    ]


@pytest.mark.parametrize("suffix", [".docx", ".odt"])
def test_text_boxes_written_by_libreoffice_are_read_where_they_stand(suffix):
    result = compkit.ingest(DATA / "probe20-odt" / f"textboxes{suffix}")
    fw = result.framework
    assert fw.competency("communication").description == (
        "Sharing what we know so that others can act on it."
    )
    assert _rows(fw) == [
        ("Communication", "Level 1", "effective", "Asks questions when unsure."),
        ("Communication", "Level 1", "effective", "Listens to others."),
        ("Communication", "Level 2", "effective", "Adapts the message to the audience."),
        ("Communication", "Level 2", "effective", "Explains complex ideas plainly."),
        ("Planning", "Level 1", "effective", "Plans own work."),
        ("Planning", "Level 2", "effective", "Plans the team's work."),
    ]
    said = [n.message for n in result.report.notes if "text box" in n.message]
    assert said[0] == (
        "2 text boxes read after the paragraph holding each ('Sharing what we know so that "
        "others can act on it.')"
    )


def test_items_in_another_list_style_keep_words_own_numbering(tmp_path):
    # LibreOffice writes two Word numberings sharing one list as one list whose later items
    # override its style; Word counts each numbering from 1 (WSX's render: 3-6 was 1-4)
    items = "".join(
        f"<text:list-item{over}><text:p>{t}</text:p></text:list-item>"
        for over, t in [
            ("", "Encourages debate."),
            ("", "Models innovation."),
            (' text:style-override="Nums"', "Develops creative solutions."),
            (' text:style-override="Nums"', "Leads change."),
        ]
    )
    body = (
        _h("Framework", 1) + _h("Improving", 2) + _h("Level 1", 3)
        + f'<text:list text:style-name="Nums">{items}</text:list>'
        + _h("Level 2", 3) + _items("Dots", "Shapes the strategy.")
    )  # fmt: skip
    fw = compkit.ingest(_odt(tmp_path / "numbers.odt", body)).framework
    numbers = dict(zip(fw.indicators["text"], fw.indicators["source_numbers"], strict=True))
    assert [numbers[t] for t in ("Encourages debate.", "Models innovation.")] == ["1", "2"]
    assert [numbers[t] for t in ("Develops creative solutions.", "Leads change.")] == ["1", "2"]


def test_an_odt_declaring_entities_is_refused_and_comments_are_no_text(tmp_path):
    laughs = '<!DOCTYPE r [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]>'
    path = _odt(tmp_path / "laughs.odt", _h("Framework &b;", 1))
    with zipfile.ZipFile(path) as zf:
        content = zf.read("content.xml").decode()
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        zf.writestr("content.xml", content.replace("?>", "?>" + laughs, 1))
    with pytest.raises(IngestError, match=r"laughs\.odt: a part declares entities .* unsafe$"):
        compkit.ingest(path)
    body = (
        _h("Framework", 1) + "<!-- a note -->" + _h("Planning", 2) + _h("Level 1", 3)
        + _items("Dots", "Plans own work.") + _h("Level 2", 3)
        + '<text:list text:style-name="Dots"><text:list-item><text:p>Plans <!-- x -->the '
        "team's work.</text:p></text:list-item></text:list>"
    )  # fmt: skip
    fw = compkit.ingest(_odt(tmp_path / "notes.odt", body)).framework
    assert [i.text for i in fw.indicator_records] == ["Plans own work.", "Plans the team's work."]


def test_odt_styles_named_as_word_names_them_keep_their_meaning(tmp_path):
    # LibreOffice keeps a Word style's own name ("caption", lower case) as the ODT style's
    from compkit.ingest.odtword import odt_word

    body = (
        '<text:p text:style-name="Title">Leadership</text:p>'
        '<text:p text:style-name="caption">Table 1 - Sets direction</text:p>'
        '<text:p text:style-name="List_20_Bullet_20_2">Plans own work.</text:p>'
        '<text:p text:style-name="Own_20_style">Plain text.</text:p>'
    )
    word, _, _ = odt_word(_odt(tmp_path / "styles.odt", body))
    names = [p.style.name for p in word.paragraphs]
    assert names == ["Title", "Caption", "List Bullet 2", "Own style"]
