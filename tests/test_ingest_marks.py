"""compkit's own marks: a rendered document says what it is, ingest uses that as a hint only.

The statements are still read from the visible text: a statement added to the rendered document,
or a level renamed in it, comes back as the document shows it.
"""

import io
import re
import zipfile
from copy import deepcopy
from pathlib import Path

import docx
import pytest
from docx.text.paragraph import Paragraph

import compkit
from compkit.authoring import _marks
from compkit.ingest import ingest

CORPUS = Path(__file__).parent / "data" / "corpus"
FT = CORPUS / "ft-engineering.yaml"  # level names that read as nothing level-like


def marks_notes(result):
    return [n for n in result.report.notes if "read from compkit's own marks" in n.message]


def statements(fw):
    return sorted((fw.level(i.level).name, i.text) for i in fw.indicator_records)


@pytest.mark.parametrize("fmt", ["docx", "md"])
def test_rendered_documents_carry_marks_read_back_at_high_confidence(fmt, tmp_path):
    fw = compkit.load(FT)
    result = ingest(compkit.render(fw, tmp_path / f"ft.{fmt}"))
    notes = marks_notes(result)
    assert notes and min(n.confidence for n in notes) >= 0.9
    assert any("levels" in n.message for n in notes)
    assert statements(result.framework) == statements(fw)
    assert [lv.name for lv in result.framework.level_records] == [
        lv.name for lv in fw.level_records
    ]
    assert result.document["competency_term"] == "theme"
    assert result.document["organisation"] == "Financial Times"
    intro = " ".join(p["text"] for p in result.document.get("introduction", []))
    assert "themes, 8 levels" not in intro  # compkit's summary line is not the source's text


def test_marks_are_invisible_and_can_be_left_out(tmp_path):
    text = compkit.render(FT, tmp_path / "ft.md").read_text(encoding="utf-8")
    assert text.rstrip().splitlines()[-1].startswith("<!-- compkit-structure: {")
    assert "compkit-structure" not in compkit.authoring.render_markdown(FT, marks=False)
    page = compkit.authoring.render_html(FT)
    assert '<meta name="compkit-structure"' in page
    assert "compkit-structure" not in compkit.authoring.render_html(FT, marks=False)
    with zipfile.ZipFile(io.BytesIO(compkit.authoring.render_docx(FT))) as zf:
        custom = zf.read("docProps/custom.xml").decode()
    assert 'name="compkit.level.1"' in custom and ">Junior Engineer<" in custom
    with zipfile.ZipFile(io.BytesIO(compkit.authoring.render_docx(FT, marks=False))) as zf:
        assert "docProps/custom.xml" not in zf.namelist()


def test_edited_markdown_is_read_as_shown(tmp_path):
    fw = compkit.load(FT)
    path = compkit.render(fw, tmp_path / "ft.md")
    text = path.read_text(encoding="utf-8")
    text = text.replace("## Senior Engineer 1\n", "## Senior Engineer One\n")
    added = "- Keeps a tidy backlog and says when it is not."
    text = text.replace(
        "## Engineer\n\n### Theme 1: Planning and Organising\n\n",
        "## Engineer\n\n### Theme 1: Planning and Organising\n\n" + added + "\n",
        1,
    )
    path.write_text(text, encoding="utf-8")
    got = ingest(path).framework
    names = [lv.name for lv in got.level_records]
    assert names[:4] == [
        "Junior Engineer",
        "Engineer",
        "Senior Engineer One",
        "Senior Engineer 2 (Individual Contributor)",
    ]
    assert ("Engineer", added[2:]) in statements(got)
    assert len(got.indicator_records) == len(fw.indicator_records) + 1
    assert any("'Senior Engineer One' not marked" in n.message for n in marks_notes(ingest(path)))


def test_edited_word_document_is_read_as_shown(tmp_path):
    fw = compkit.load(FT)
    path = compkit.render(fw, tmp_path / "ft.docx")
    document = docx.Document(str(path))
    paras = document.paragraphs
    heading = next(
        p for p in paras if p.style.name == "Heading 1" and p.text == "Senior Engineer 1"
    )
    heading.runs[0].text = "Senior Engineer One"
    first = next(
        p for p in paras if p.style.name == "List Bullet" and p.text.startswith("Aware of")
    )
    new = deepcopy(first._p)  # a statement added after the first, as Word copies a bullet
    first._p.addnext(new)
    Paragraph(new, first._parent).runs[0].text = "Keeps a tidy backlog."
    document.save(str(path))
    got = ingest(path).framework
    assert [lv.name for lv in got.level_records][2] == "Senior Engineer One"
    assert ("Junior Engineer", "Keeps a tidy backlog.") in statements(got)
    assert len(got.indicator_records) == len(fw.indicator_records) + 1


def test_marks_of_a_newer_format_are_not_used(tmp_path, monkeypatch):
    monkeypatch.setattr(_marks, "FORMAT", 99)
    path = compkit.render("cis", tmp_path / "cis.md")
    monkeypatch.setattr(_marks, "FORMAT", 1)
    result = ingest(path)
    assert statements(result.framework) == statements(compkit.load("cis"))
    assert any("format 99" in n.message and "not used" in n.message for n in result.report.notes)
    assert not any(n.message.startswith("read from compkit") for n in result.report.notes)


def test_marks_the_text_does_not_bear_out_are_not_used(tmp_path):
    path = compkit.render("cis", tmp_path / "cis.md")
    text = path.read_text(encoding="utf-8")
    text = re.sub(
        r"compkit-structure: (\{.*)\"levels\": \[[^\]]*\]",
        r'compkit-structure: \1"levels": ["Alpha", "Beta", "Gamma"]',
        text,
    )
    path.write_text(text, encoding="utf-8")
    result = ingest(path)
    assert any("no longer shows (Alpha, Beta, Gamma)" in n.message for n in result.report.notes)
    assert statements(result.framework) == statements(compkit.load("cis"))  # read as any other


def test_properties_keep_to_what_word_keeps():
    long = "x" * 256
    props = dict(
        _marks.to_properties({"generator": "compkit", "format": 1, "levels": ["A", long, "C"]})
    )
    assert all(len(v) <= 255 for v in props.values())
    assert _marks.from_properties(props)["levels"] == ["A", "", "C"]
