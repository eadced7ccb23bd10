import html
import io
import re
import shutil
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn
from pypdf import PdfReader

import compkit
from compkit.authoring._layout import choose_layout
from compkit.cli import main
from compkit.framework.build import from_dict
from compkit.framework.io import to_dict
from compkit.testing import word_to_pdf

DATA = Path(__file__).parent / "data"
BEHAVIOURS = DATA / "authoring" / "behaviours.yaml"


def cell_texts(cell) -> list[str]:
    return [p.text for p in cell.paragraphs if p.text]


def word(framework, **options) -> docx.document.Document:
    return docx.Document(io.BytesIO(compkit.authoring.render_docx(framework, **options)))


def list_numbers(document) -> list[tuple[str, int | None]]:
    """(text, the number Word shows) for every list paragraph, following w:num restarts."""
    numbering = document.part.numbering_part.element
    starts = {}
    for num in numbering.num_lst:
        override = num.find(qn("w:lvlOverride"))
        start = override.find(qn("w:startOverride")) if override is not None else None
        starts[num.numId] = int(start.get(qn("w:val"))) if start is not None else 1
    counters: dict[int, int] = {}
    out = []
    for para in document.paragraphs:
        num_pr = para._p.pPr.numPr if para._p.pPr is not None else None
        if para.style.name.startswith("List Number") and num_pr is not None:
            num = num_pr.numId.val
            counters[num] = counters.get(num, starts[num] - 1) + 1
            out.append((para.text, counters[num]))
        elif para.style.name.startswith("List Bullet"):
            out.append((para.text, None))
    return out


def test_cis_is_laid_out_by_competency_with_every_statement_in_its_level_column():
    fw = compkit.load("cis")
    assert choose_layout(fw) == "competency"
    document = word(fw)
    tables = document.tables[: len(fw.competency_records)]
    for comp, table in zip(fw.competency_records, tables, strict=True):
        assert [c.text.split("\n")[0] for c in table.rows[0].cells] == [
            lv.name for lv in fw.level_records
        ]
        for lv, cell in zip(fw.level_records, table.rows[1].cells, strict=True):
            expected = [
                i.text for i in fw.indicator_records if i.competency == comp.id and i.level == lv.id
            ]
            assert cell_texts(cell) == expected, (comp.id, lv.id)
            assert {p.style.name for p in cell.paragraphs} == {"Cell Bullet"}  # a Word list
    headings = [p.text for p in document.paragraphs if p.style.name.startswith("Heading")]
    assert [h for h in headings if h.startswith("Competency ")] == [
        f"Competency {n}: {c.name}" for n, c in enumerate(fw.competency_records, 1)
    ]
    body = [p.text for p in document.paragraphs]
    start = body.index("Introduction") + 1
    assert body[start : start + len(fw.introduction)] == [
        p.text.removeprefix("· ")
        for p in fw.introduction  # a typed bullet is a Word list item
    ]


def test_wsx_is_laid_out_by_level_with_the_sources_numbers():
    fw = compkit.load("wsx")
    assert choose_layout(fw) == "level"
    document = word(fw)
    assert not document.tables
    level_heads = [p.text for p in document.paragraphs if p.style.name == "Heading 1"]
    assert level_heads == [
        "Clusters in this framework",
        "Introduction",
        *(lv.name for lv in fw.level_records),
    ]
    shown = list_numbers(document)
    statements = [(t, n) for t, n in shown if n is not None]
    expected = [
        (i.text, i.source.numbers[0])
        for lv in fw.level_records
        for c in fw.competency_records
        for i in fw.indicator_records
        if (i.level, i.competency) == (lv.id, c.id)
    ]
    assert statements == expected  # every number as the source prints it, 2-4 joined shows 2
    # the introduction's typed "·" bullets are a Word list, their words unchanged
    bullets = [t for t, n in shown if n is None]
    assert bullets[-5:] == [lv.name for lv in fw.level_records]
    assert not any(p.text.startswith("·") for p in document.paragraphs)


def test_layout_can_be_chosen_and_is_checked():
    document = word("wsx", layout="competency")
    assert len(document.tables) == 4  # five levels: a row per level
    assert [c.text for c in document.tables[0].rows[0].cells] == ["Level", "Statements"]
    assert [c.text for c in document.tables[0].columns[0].cells[1:]] == [
        lv.name for lv in compkit.load("wsx").level_records
    ]
    assert word("cis", layout="level").tables[-1].rows[0].cells[0].text == "Competency"
    with pytest.raises(compkit.UsageError, match="unknown layout 'grid'; expected one of: auto"):
        compkit.authoring.render_docx("cis", layout="grid")


def test_every_row_stays_whole_headers_repeat_and_pages_are_numbered():
    for name in ("cis", "wsx", BEHAVIOURS):
        document = word(name, layout="competency")
        for table in document.tables:
            for row in table.rows:
                assert row._tr.trPr.find(qn("w:cantSplit")) is not None
            assert table.rows[0]._tr.trPr.find(qn("w:tblHeader")) is not None
        section = document.sections[0]
        footer = section.footer._element.xml
        assert " PAGE " in footer and " NUMPAGES " in footer
        assert section.different_first_page_header_footer  # the title page has no number
        first = document.paragraphs[0]
        assert first.style.name == "Title" and first.text == compkit.load(name).title
        breaks = document.element.body.xpath(".//w:br[@w:type='page']")
        assert len(breaks) == 1  # after the title page only
        headings = [p for p in document.paragraphs if p.style.name.startswith("Heading")]
        assert all(p.style.paragraph_format.keep_with_next for p in headings)


def test_cis_highlights_the_role_levels_as_its_source_does():
    fw = compkit.load("cis")
    document = word(fw)
    marked = []
    for table in document.tables[:6]:
        heads = table.rows[0].cells
        marked.append([c.text.endswith("\nSenior Officer") for c in heads])
        for c in heads:
            shading = c._tc.tcPr.find(qn("w:shd")).get(qn("w:fill"))
            assert (shading == "FCE4C8") == c.text.endswith("Senior Officer")
    # the source's column headings: levels 1-2 everywhere, 1-3 for "Working with others"
    assert (
        marked
        == [[True, True, False, False]] * 3
        + [[True, True, True, False]]
        + [[True, True, False, False]] * 2
    )
    values = [p.text for p in document.paragraphs if p.text.startswith("VALUES:")]
    assert values[0] == "VALUES: OPEN AND FAIR"
    role_table = document.tables[-1]
    assert [c.text for c in role_table.rows[0].cells] == ["Competency", "Senior Officer"]
    assert [c.text for c in role_table.columns[1].cells[1:]] == [
        "Level 2",
        "Level 2",
        "Level 2",
        "Level 3",
        "Level 2",
        "Level 2",
    ]


def test_stems_polarity_columns_and_undefined_cells_as_the_source_has_them():
    document = word(BEHAVIOURS)
    leading, delivering = document.tables[:2]
    assert [c.text for c in leading.rows[0].cells] == [
        "Level",
        "Effective behaviours",
        "Ineffective behaviours",
    ]
    one = leading.rows[1].cells
    assert one[0].text == "Level One\nOfficer"
    assert cell_texts(one[1]) == ["At this level you:", "listen to colleagues", "explain decisions"]
    assert cell_texts(one[2]) == ["At this level you:", "ignore colleagues"]
    two = leading.rows[2].cells
    assert cell_texts(two[1]) == ["At level two you also:", "set a clear direction"]
    assert cell_texts(two[2]) == ["Not defined by the publisher"]
    assert cell_texts(delivering.rows[1].cells[1])[0] == "You can:"  # the competency's own stem
    assert [c.text for c in delivering.rows[2].cells[1:]] == ["Not defined by the publisher"] * 2
    roles = document.tables[-1]
    assert [c.text for c in roles.rows[2].cells] == ["Delivering results", "no level stated"]
    numbers = [
        [p.style.name for p in cell.paragraphs if p.text and not p.text.endswith(":")]
        for cell in (one[1], one[2], delivering.rows[1].cells[2])
    ]
    assert numbers == [["Cell Number"] * 2, ["Cell Number"], ["Cell Bullet"]]  # as the source
    by_level = word(BEHAVIOURS, layout="level")
    assert [c.text for c in by_level.tables[0].rows[0].cells] == [
        "Effective behaviours",
        "Ineffective behaviours",
    ]
    assert "Not defined by the publisher" in [p.text for p in by_level.paragraphs]


def test_html_and_markdown_hold_every_statement():
    fw = compkit.load("wsx")
    page = compkit.authoring.render_html(fw)
    text = compkit.authoring.render_markdown(fw)
    plain = re.sub(r"\\([\\`*_\[\]<>|~#])", r"\1", text)  # Markdown escapes undone
    for ind in fw.indicator_records:
        assert f"<li>{html.escape(ind.text)}</li>" in page
        assert f"{ind.source.numbers[0]}. {ind.text}\n" in plain
    assert page.count('<section class="level"') == 5
    assert text.count("\n### Cluster ") == 20
    assert '<ol start="5">' in page  # the source's numbering after a joined statement
    assert "@page { size: A4 portrait" in page and "break-inside: avoid" in page


def test_a_role_can_be_chosen_and_negative_indicators_stand_apart(clustered):
    page = compkit.authoring.render_html(clustered, role="support-worker")
    heads = re.findall(
        r'<th class="role" scope="row">([^<]*)<br><span class="role-name">([^<]*)', page
    )
    assert heads == [("Foundation", "Support worker"), ("Practitioner", "Support worker")] * 2
    assert '<th scope="col">Ineffective behaviours</th>' in page
    assert "<td><ul><li>Dismisses what service users say.</li></ul></td>" in page
    with pytest.raises(compkit.UsageError, match="unknown role 'boss'"):
        compkit.authoring.render_html(clustered, role="boss")
    md = compkit.authoring.render_markdown(clustered)
    assert (
        "### Senior — Team leader" in md and "### Practitioner — Team leader, Support worker" in md
    )
    assert "**Ineffective behaviours**\n\n- Dismisses what service users say." in md


def test_markdown_shows_stems_and_undefined_cells():
    md = compkit.authoring.render_markdown(BEHAVIOURS)
    assert "*At this level you:*\n\n1. listen to colleagues\n2. explain decisions" in md
    assert "### Level Two\n\n*Not defined by the publisher*" in md
    assert "| Delivering results | no level stated |" in md


def test_markdown_escapes_what_markdown_would_read():
    doc = to_dict("tests/data/clustered.yaml")
    doc["competencies"][0]["indicators"][0]["text"] = "Uses *stars* and _underscores_ | pipes"
    md = compkit.authoring.render_markdown(from_dict(doc))
    assert r"- Uses \*stars\* and \_underscores\_ \| pipes" in md


def test_render_writes_files_by_suffix(tmp_path):
    for name in ("cis.docx", "cis.html", "cis.htm", "cis.md"):
        out = compkit.render("cis", tmp_path / name)
        assert out.stat().st_size > 1000
    assert docx.Document(tmp_path / "cis.docx").tables
    with pytest.raises(
        compkit.UsageError,
        match=r"unknown document format '\.pdf'; expected one of: docx, html, md",
    ):
        compkit.render("cis", tmp_path / "cis.pdf")


def test_cli_render(tmp_path, capsys):
    out = tmp_path / "wsx.doc"
    assert main(["render", "wsx", "--to", "docx", "-o", str(out)]) == 0
    assert capsys.readouterr().err == f"wrote {out}\n"
    assert not docx.Document(out).tables  # by level, as WSX Mind publishes it
    assert main(["render", "wsx", "--to", "docx", "--layout", "competency", "-o", str(out)]) == 0
    assert len(docx.Document(out).tables) == 4
    assert main(["render", "wsx", "-o", str(tmp_path / "x.txt")]) == 2
    assert "unknown document format '.txt'" in capsys.readouterr().err


# -- printed pages (LibreOffice) ------------------------------------------------------------


def page_fill(pdf: Path) -> list[float]:
    """How far down each page its text reaches, as a share of the page height (footer aside)."""
    fills = []
    for page in PdfReader(pdf).pages:
        height = float(page.mediabox.height)
        ys: list[float] = []

        def visit(text, cm, tm, font, size, ys=ys):
            if text.strip():
                ys.append(tm[5] * cm[3] + cm[5] if cm[3] else tm[5])

        page.extract_text(visitor_text=visit)
        body = [y for y in ys if y > 0.06 * height]  # above the page number
        fills.append((height - min(body)) / height if body else 0.0)
    return fills


@pytest.fixture(scope="module")
def printed(tmp_path_factory):
    """Word files of several shapes converted to PDF by LibreOffice, as a reader prints them."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        pytest.skip(
            "LibreOffice (soffice) is not installed: apt-get install libreoffice-writer-nogui"
        )
    folder = tmp_path_factory.mktemp("printed")
    sources = {
        "cis": "cis",
        "wsx": "wsx",
        "wsx-by-competency": "wsx",
        "behaviours": BEHAVIOURS,
        "hse": DATA / "corpus" / "hse-stress-competencies.yaml",
        "gds": DATA / "corpus" / "gds-tech-career-path.yaml",
        "unidays": DATA / "corpus" / "myunidays.yaml",
    }
    for name, source in sources.items():
        layout = "competency" if name.endswith("by-competency") else "auto"
        compkit.render(source, folder / f"{name}.docx", layout=layout)
    word_to_pdf(*(folder / f"{name}.docx" for name in sources))
    return {name: page_fill(folder / f"{name}.pdf") for name in sources}


@pytest.mark.parametrize(
    "name", ["cis", "wsx", "wsx-by-competency", "behaviours", "hse", "gds", "unidays"]
)
def test_no_printed_page_is_near_empty(printed, name):
    fills = printed[name]
    middle = fills[1:-1]  # the title page is short by design; the last page ends the text
    assert all(f >= 0.3 for f in middle), [round(f, 2) for f in fills]
    if len(fills) > 2:
        assert fills[-1] >= 0.1, [round(f, 2) for f in fills]


def test_the_page_counts_stay_where_they_are(printed):
    # measured with: compkit render ID -o x.docx; soffice --headless --convert-to pdf x.docx
    assert {name: len(printed[name]) for name in ("cis", "wsx")} == {"cis": 5, "wsx": 7}
