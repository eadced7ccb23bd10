"""Word documents never seen (twenty-sixth round, I): a web page Word wraps whole (altChunk).

Some tools write a .docx whose body is one ``w:altChunk`` pointing at an HTML page (docx4j,
report generators, F1000Research's exports): Word converts the page on opening, the document
holds no paragraph. It used to be refused ("open it in Word and save it again"); it is read
as the page it wraps. The builder lays Codecademy's engineering competencies (MIT) into such a
file; ``probe26i/competencies_f1000.docx`` is the teachingRSE project's paper as published
(CC BY 4.0, see its README).
"""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

import compkit
from compkit.ingest import IngestError

HERE = Path(__file__).parent / "data" / "probe26i"

#: Codecademy's engineering competencies (MIT), two levels and two of their four categories
PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>Competencies</title></head>
<body><h1>Codecademy Engineering Competencies</h1>
<p>These are the evaluation criteria we use for performance evaluation and leveling on the
Codecademy engineering team.</p>
<h2>Software Engineer</h2>
<h3>Execution &amp; Results</h3><ul>
<li>You effectively manage your time and know when to ask for help to unblock yourself.</li>
<li>You are given a set of large tasks and are able to effectively break them down into smaller
tasks, which are easier to complete.</li>
<li>You actively participate in your team’s on-call rotation.</li></ul>
<h3>Community &amp; Citizenship</h3><ul>
<li>You advocate for yourself and others when something is unclear.</li>
<li>You fix out of date code, tests, scripts and documentation.</li></ul>
<h2>Senior Software Engineer</h2>
<h3>Execution &amp; Results</h3><ul>
<li>You can orchestrate and coordinate projects &amp; solve problems that span across multiple
teams.</li>
<li>You help create organization and structure around large projects &amp; problems that
aren’t well defined.</li></ul>
<h3>Community &amp; Citizenship</h3><ul>
<li>You mentor members of your team and help them grow and develop.</li>
<li>You are interview-trained and share the interview load for your team.</li></ul>
</body></html>"""


def _wrapped(path: Path, page: bytes, name: str = "page.html") -> Path:
    """A .docx made by python-docx whose body is only an altChunk of ``page``."""
    import docx

    plain = path.with_name("plain.docx")
    docx.Document().save(plain)
    with zipfile.ZipFile(plain) as src, zipfile.ZipFile(path, "w") as out:
        for item in src.infolist():
            data = src.read(item)
            if item.filename == "word/document.xml":
                text = data.decode()
                start, end = text.index("<w:body>") + len("<w:body>"), text.index("<w:sectPr")
                data = (text[:start] + '<w:altChunk r:id="rIdPage"/>' + text[end:]).encode()
            elif item.filename == "word/_rels/document.xml.rels":
                rel = (
                    '<Relationship Id="rIdPage" Type="http://schemas.openxmlformats.org/'
                    f'officeDocument/2006/relationships/aFChunk" Target="../{name}"/>'
                )
                data = data.decode().replace("</Relationships>", rel + "</Relationships>").encode()
            elif item.filename == "[Content_Types].xml":
                kind = '<Default Extension="html" ContentType="text/html"/>'
                data = data.decode().replace("<Default ", kind + "<Default ", 1).encode()
            out.writestr(item, data)
        out.writestr(name, page)
    return path


def _cells(doc: dict) -> dict[tuple[str, str], list[str]]:
    return {
        (c["name"], i["level"]): [j["text"] for j in c["indicators"] if j["level"] == i["level"]]
        for c in doc["competencies"]
        for i in c["indicators"]
    }


def test_a_page_word_wraps_whole_is_read_as_that_page(tmp_path):
    result = compkit.ingest(_wrapped(tmp_path / "ladder.docx", PAGE.encode()))
    doc = result.document
    assert [lv["name"] for lv in doc["levels"]] == ["Software Engineer", "Senior Software Engineer"]
    cells = _cells(doc)
    assert {k: len(v) for k, v in cells.items()} == {
        ("Execution & Results", "software-engineer"): 3,
        ("Execution & Results", "senior-software-engineer"): 2,
        ("Community & Citizenship", "software-engineer"): 2,
        ("Community & Citizenship", "senior-software-engineer"): 2,
    }
    assert cells[("Execution & Results", "software-engineer")][2] == (
        "You actively participate in your team’s on-call rotation."
    )
    said = [n.message for n in result.report.notes]
    assert any("web page embedded whole (altChunk)" in m for m in said)


def test_the_published_paper_reads_past_its_wrapper():
    """The teachingRSE paper as F1000Research exports it: no ladder, but its text is read."""
    doc = compkit.ingest(HERE / "competencies_f1000.docx").document
    names = [c["name"] for c in doc["competencies"]]
    assert "4.1 Software/Technical skills" in names
    assert "4.3 Communication skills" in names
    texts = [i["text"] for c in doc["competencies"] for i in c["indicators"]]
    assert "Creating documented code building blocks ( DOCBB)" in texts


def test_a_wrapped_page_that_holds_nothing_is_refused_as_a_page_is(tmp_path):
    path = _wrapped(tmp_path / "empty.docx", b"<html><body><p>Draft</p></body></html>")
    with pytest.raises(IngestError) as err:
        compkit.ingest(path)
    assert str(err.value).startswith(f"{path}: no competency framework found")


# -- levels named in bold at the head of list items (the Open Capability Framework) --------------


def test_bold_leads_repeated_under_every_heading_are_the_levels():
    """OCF's catalogue (CC BY 4.0) as its Markdown renders in Word: one item per level."""
    result = compkit.ingest(HERE / "ocf-code-and-quality.docx")
    doc = result.document
    assert [lv["name"] for lv in doc["levels"]] == [
        "P1 — Assisted",
        "P2 — Independent",
        "P3 — Proficient",
        "P4 — Expert",
        "P5 — Authority",
        "P6 — Pioneer",
    ]
    comps = {c["name"]: c for c in doc["competencies"]}
    assert list(comps) == [
        "SWE-01 — Writing Code",
        "SWE-02 — Code Quality & Maintainability",
        "SWE-03 — Testing & Verification",
    ]
    testing = comps["SWE-03 — Testing & Verification"]
    assert testing["description"] == (
        "Type: Technical — Designs tests that give real confidence to ship."
    )
    assert [i["level"] for i in testing["indicators"]] == [lv["id"] for lv in doc["levels"]]
    assert testing["indicators"][0]["text"].startswith(
        "Writes unit tests with guidance; tests own changes before merging."
    )
    said = [n.message for n in result.report.notes]
    assert any("the same 6 bold leads open the list items under each heading" in m for m in said)


def _leads(path: Path, leads: tuple[str, ...], headings=("Planning", "Testing")) -> Path:
    import docx

    d = docx.Document()
    for heading in headings:
        d.add_heading(heading, level=2)
        for lead in leads:
            item = d.add_paragraph(style="List Bullet")
            item.add_run(f"{lead}:").bold = True
            item.add_run(f" {heading} as {lead.lower()} work would have it, step by step.")
    d.save(path)
    return path


def test_bold_leads_that_are_no_levels_stay_in_their_statements(tmp_path):
    """Leads naming parts ("Definition:", "Example:") or once only stay statements' lead-ins."""
    levels = compkit.ingest(
        _leads(tmp_path / "levels.docx", ("L1 – New", "L2 – Core", "L3 – Lead"))
    )
    assert [lv["name"] for lv in levels.document["levels"]] == [
        "L1 – New",
        "L2 – Core",
        "L3 – Lead",
    ]
    parts = ("Definition", "Why it matters", "Example")
    for path in (
        _leads(tmp_path / "parts.docx", parts),
        _leads(
            tmp_path / "once.docx", ("L1 – New", "L2 – Core", "L3 – Lead"), headings=("Planning",)
        ),
    ):
        doc = compkit.ingest(path).document
        texts = [i["text"] for c in doc["competencies"] for i in c["indicators"]]
        assert all(":" in t.split(" as ")[0] for t in texts), texts


def test_bold_leads_closed_by_a_dash_are_the_levels_too():
    """OCF's Engineering Management ladder: "**M1 (= P2)** — Develops ..." under each capability."""
    doc = compkit.ingest(HERE / "ocf-em-ladder.docx").document
    assert [lv["name"] for lv in doc["levels"]] == [
        f"M{n} (= P{p})" for n, p in zip(range(1, 7), (2, 3, 4, 4, 5, 6), strict=True)
    ]
    cells = _cells(doc)
    assert {k[0] for k in cells} == {"Strategy Formulation", "Vision & Goal Alignment"}
    assert all(len(v) == 1 for v in cells.values()) and len(cells) == 12
    assert cells[("Vision & Goal Alignment", "m3-p4")][0].startswith(
        "Defines the planning and goal-cascade methodology others adopt;"
    )


# -- content controls (w:sdt): a template's sections, fields and its table of contents ---------

_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _control(children, props: str = ""):
    from docx.oxml import parse_xml
    from docx.oxml.ns import qn

    sdt = parse_xml(f'<w:sdt xmlns:w="{_W}"><w:sdtPr>{props}</w:sdtPr><w:sdtContent/></w:sdt>')
    for child in children:
        sdt.find(qn("w:sdtContent")).append(child)
    return sdt


def _template(path: Path) -> Path:
    """Codecademy's statements (MIT) in a Word template's content controls."""
    import docx
    from docx.oxml import parse_xml
    from docx.oxml.ns import qn

    d = docx.Document()
    d.add_paragraph("Codecademy Engineering Competencies", style="Title")
    levels = {
        "Software Engineer": [
            "You actively participate in your team’s on-call rotation.",
            "You fix out of date code, tests, scripts and documentation.",
        ],
        "Senior Software Engineer": [
            "You can orchestrate and coordinate projects & solve problems that span across "
            "multiple teams.",
            "You mentor members of your team and help them grow and develop.",
        ],
    }
    for level, items in levels.items():
        start = len(d.element.body) - 1  # before sectPr
        d.add_heading(level, level=1)
        d.add_heading("Execution & Results", level=2)
        for text in items:
            d.add_paragraph(text, style="List Bullet")
        section = list(d.element.body)[start:-1]
        wrapper = _control([], '<w:alias w:val="Level"/>')
        section[0].addprevious(wrapper)
        wrapper.find(qn("w:sdtContent")).extend(section)
    # one statement's text typed into a plain-text control inside its paragraph
    item = d.paragraphs[-1]._p
    runs = item.findall(qn("w:r"))
    field = _control(runs, "<w:text/>")
    item.append(field)
    contents = [
        parse_xml(f'<w:p xmlns:w="{_W}"><w:r><w:t>{name}\t2</w:t></w:r></w:p>')
        for name in ("Software Engineer", "Execution &amp; Results", "Senior Software Engineer")
    ]
    gallery = '<w:docPartObj><w:docPartGallery w:val="Table of Contents"/></w:docPartObj>'
    d.paragraphs[0]._p.addnext(_control(contents, gallery))
    prompt = parse_xml(f'<w:r xmlns:w="{_W}"><w:t>Click or tap here to enter text.</w:t></w:r>')
    line = parse_xml(f'<w:p xmlns:w="{_W}"/>')  # a field left empty, alone on its line
    line.append(_control([prompt], "<w:showingPlcHdr/><w:text/>"))
    d.paragraphs[0]._p.addnext(line)
    d.save(path)
    return path


def test_a_templates_content_controls_are_read_as_the_text_they_hold(tmp_path):
    result = compkit.ingest(_template(tmp_path / "template.docx"))
    doc = result.document
    assert [lv["name"] for lv in doc["levels"]] == ["Software Engineer", "Senior Software Engineer"]
    cells = _cells(doc)
    assert cells[("Execution & Results", "senior-software-engineer")] == [
        "You can orchestrate and coordinate projects & solve problems that span across "
        "multiple teams.",
        "You mentor members of your team and help them grow and develop.",
    ]
    assert len(cells[("Execution & Results", "software-engineer")]) == 2
    said = "\n".join(n.message for n in result.report.notes)
    assert "content controls (a template's fields or sections) read as the text held" in said
    assert "Word's table of contents (3 entries) set aside" in said
    assert "1 placeholder prompt of empty content controls left out" in said
    everything = str(doc)
    assert "Click or tap" not in everything and "Results\t2" not in everything


def test_a_contents_page_converted_to_text_is_no_introduction(tmp_path):
    import docx

    d = docx.Document()
    d.add_paragraph("Codecademy Engineering Competencies", style="Title")
    d.add_paragraph("These are the evaluation criteria we use for performance evaluation.")
    for style in ("TOC Heading", "TOC 1", "TOC 2"):
        if style not in [s.name for s in d.styles]:
            d.styles.add_style(style, 1)
    d.add_paragraph("Contents", style="TOC Heading")
    for level in ("Software Engineer", "Senior Software Engineer"):
        d.add_paragraph(f"{level}\t2", style="TOC 1")
        d.add_paragraph("Execution & Results\t2", style="TOC 2")
    for level, text in (
        ("Software Engineer", "You actively participate in your team’s on-call rotation."),
        ("Senior Software Engineer", "You mentor members of your team and help them grow."),
    ):
        d.add_heading(level, level=1)
        d.add_heading("Execution & Results", level=2)
        d.add_paragraph(text, style="List Bullet")
    d.save(tmp_path / "contents.docx")
    result = compkit.ingest(tmp_path / "contents.docx")
    intro = [p["text"] for p in result.document.get("introduction", [])]
    assert intro == ["These are the evaluation criteria we use for performance evaluation."]
    said = [n.message for n in result.report.notes]
    assert "a contents page (5 entries) set aside: it repeats the headings" in said
