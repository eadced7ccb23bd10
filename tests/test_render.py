import html
import io
import re

import docx
import pytest
from docx.oxml.ns import qn

import compkit
from compkit.cli import main
from compkit.framework.build import from_dict
from compkit.framework.io import to_dict


def cell_texts(cell) -> list[str]:
    return [p.text for p in cell.paragraphs if p.text]


@pytest.mark.parametrize("name", ["cis", "wsx"])
def test_docx_holds_every_statement_in_the_right_cell(name):
    fw = compkit.load(name)
    document = docx.Document(io.BytesIO(compkit.authoring.render_docx(fw)))
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
    headings = [p.text for p in document.paragraphs if p.style.name.startswith("Heading")]
    term = fw.competency_term.capitalize()
    assert [h for h in headings if h.startswith(term)] == [
        f"{term} {n}: {c.name}" for n, c in enumerate(fw.competency_records, 1)
    ]
    body = [p.text for p in document.paragraphs]
    assert [p.text for p in fw.introduction] == body[2 : 2 + len(fw.introduction)]


def test_docx_highlights_the_role_levels_as_the_cis_document_does():
    fw = compkit.load("cis")
    document = docx.Document(io.BytesIO(compkit.authoring.render_docx(fw)))
    marked = []
    for table in document.tables[:6]:
        heads = table.rows[0].cells
        marked.append([c.text.endswith("\nSenior Officer") for c in heads])
        for c in heads:
            shading = c._tc.tcPr.find(qn("w:shd"))
            assert (shading is not None) == c.text.endswith("Senior Officer")
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
    assert [c.text for c in role_table.rows[1].cells] == [
        "Senior Officer",
        "Level 2",
        "Level 2",
        "Level 2",
        "Level 3",
        "Level 2",
        "Level 2",
    ]


def test_html_and_markdown_hold_every_statement():
    fw = compkit.load("wsx")
    page = compkit.authoring.render_html(fw)
    text = compkit.authoring.render_markdown(fw)
    plain = re.sub(r"\\([\\`*_\[\]<>|~#])", r"\1", text)  # Markdown escapes undone
    for ind in fw.indicator_records:
        assert f"<li>{html.escape(ind.text)}</li>" in page
        assert f"- {ind.text}\n" in plain
    assert page.count("<section") == 4
    assert text.count("\n## Cluster ") == 4


def test_a_role_can_be_chosen_and_negative_indicators_are_marked(clustered):
    page = compkit.authoring.render_html(clustered, role="support-worker")
    heads = re.findall(r'<th class="role" scope="col">([^<]*)<span class="role-name">([^<]*)', page)
    assert heads == [("Foundation", "Support worker"), ("Practitioner", "Support worker")] * 2
    assert "<li>Dismisses what service users say. (ineffective)</li>" in page
    with pytest.raises(compkit.UsageError, match="unknown role 'boss'"):
        compkit.authoring.render_html(clustered, role="boss")
    md = compkit.authoring.render_markdown(clustered)
    assert (
        "### Senior — Team leader" in md and "### Practitioner — Team leader, Support worker" in md
    )


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
    assert len(docx.Document(out).tables) == 4
    assert main(["render", "wsx", "-o", str(tmp_path / "x.txt")]) == 2
    assert "unknown document format '.txt'" in capsys.readouterr().err
