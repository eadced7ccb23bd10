import html
import io
import re
import shutil
from html.parser import HTMLParser
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn

import compkit
from compkit.cli import main
from compkit.compare.report import md_escape
from compkit.framework.build import from_dict
from compkit.testing import word_to_pdf

SCRIPT = "<script>window.compkitPwned = 1</script>"
IMG = '<img src=x onerror="window.compkitPwned = 2">'
CORPUS = Path(__file__).parent / "data" / "corpus"
HSE = CORPUS / "hse-stress-competencies.yaml"
GDS = CORPUS / "gds-tech-career-path.yaml"
DATE = "2027-01-15"


@pytest.fixture(scope="module")
def evil():
    """CiS with statements that carry markup, as a careless or hostile source might."""
    data = compkit.framework.to_dict(compkit.load("cis"))
    data["id"] = "evil"
    data["short_name"] = "Evil <b>Org</b>"
    first = data["competencies"][0]["indicators"][0]
    first["text"] = f"{SCRIPT} I take | responsibility for *my* own_wellbeing [x](y) ![i](z)."
    data["competencies"][1]["indicators"][0]["text"] = f"{IMG} quality"
    return from_dict(data)


@pytest.fixture(scope="module")
def report_file(evil, tmp_path_factory):
    return compkit.write_report(
        evil, "wsx", tmp_path_factory.mktemp("report") / "report.html", date=DATE
    )


@pytest.fixture(scope="module")
def seeds_html():
    return compkit.compare.report_html(
        "cis", "wsx", title="CiS and WSX Mind", author="A. Consultant", date=DATE
    )


@pytest.fixture(scope="module")
def corpus_html():
    return compkit.compare.report_html(HSE, GDS, date=DATE)


class _Visible(HTMLParser):
    """The text a reader sees: everything outside <head>, <style> and tag attributes."""

    def __init__(self):
        super().__init__()
        self.hidden = 0
        self.parts: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag in ("head", "style", "script"):
            self.hidden += 1
        if tag == "img":
            self.parts.append(dict(attrs).get("alt", ""))

    def handle_endtag(self, tag):
        if tag in ("head", "style", "script"):
            self.hidden -= 1

    def handle_data(self, data):
        if not self.hidden:
            self.parts.append(data)


def visible(page: str) -> str:
    parser = _Visible()
    parser.feed(page)
    return " ".join(parser.parts)


SNAKE = re.compile(r"\b[a-z][a-z0-9]*(?:_[a-z0-9]+)+\b")
PATH = re.compile(r"\b(?:data|compkit|tests|build)/|\.(?:ya?ml|tsv|py)\b")


@pytest.mark.parametrize(
    ("which", "sources"), [("seeds_html", ("cis", "wsx")), ("corpus_html", (HSE, GDS))]
)
def test_visible_text_has_no_identifier_or_repository_path(request, which, sources):
    text = visible(request.getfixturevalue(which))
    published = " ".join(" ".join(compkit.load(s).indicators["text"]) for s in sources)
    assert [w for w in SNAKE.findall(text) if w not in published] == []
    assert PATH.findall(text) == []
    for raw in ("level_rank", "n_indicators", "theme_id", "group_id", "skos:", "NaN", "nan%"):
        assert raw not in text


def test_title_author_date_and_summary(seeds_html):
    text = visible(seeds_html)
    assert "<title>CiS and WSX Mind</title>" in seeds_html
    assert "Prepared by A. Consultant · 15 January 2027" in text
    summary = html.unescape(seeds_html.split('id="summary"')[1].split("</section>")[0])
    assert summary.count("<p>") >= 3
    assert "153 statements against 62 in CiS (2.5 times as many)" in summary
    assert "CiS is written in the first person" in summary
    assert "of CiS's statements have a counterpart in WSX Mind" in summary


def test_numbers_are_formatted_one_way(seeds_html):
    cells = re.findall(r"<td class=num>([^<]*)</td>", seeds_html)
    assert cells, "numeric cells are marked and right-aligned"
    assert not [c for c in cells if re.fullmatch(r"\d+\.\d{2,}", c)]  # one decimal at most
    levels = seeds_html.split("<caption>Levels</caption>")[1].split("</table>")[0]
    assert "16.0" not in levels and ">153<" in levels  # counts are whole numbers


def test_print_stylesheet(seeds_html):
    css = seeds_html.split("<style>")[1].split("</style>")[0]
    assert "size:A4" in css
    assert "thead{display:table-header-group}" in css
    assert "break-after:avoid-page" in css and "break-inside:avoid" in css
    assert 'counter(page) " of " counter(pages)' in css


def test_crosswalk_section_given_suggested_or_left_out(tmp_path):
    bundled = compkit.compare.report_html("cis", "wsx", date=DATE, appendix=False)
    assert "Cross-walk: what each framework has that the other has not" in bundled
    assert "reads the reviewed cross-walk" in bundled
    assert "CiS statements with a counterpart in WSX Mind</td><td class=num>59<" in bundled
    assert "Which level of WSX Mind each level of CiS corresponds to" in bundled
    none = compkit.compare.report_html("cis", "wsx", crosswalk=False, appendix=False)
    assert "Cross-walk" not in none and "counterpart" not in none
    suggested = compkit.compare.report_html("cis", "wsx", crosswalk="suggest", appendix=False)
    assert "reads suggested matches, not yet reviewed" in suggested
    with pytest.raises(compkit.UsageError, match="maps no statement of WSX Mind"):
        compkit.compare.report_html("wsx", "cis", crosswalk="cis-wsx")


def test_appendix_is_optional(seeds_html):
    assert "Appendix: every statement" in seeds_html
    short = compkit.compare.report_html("cis", "wsx", date=DATE, appendix=False)
    assert "Appendix" not in short and len(short) < len(seeds_html)


def test_polarity_and_undefined_cells_in_the_report(corpus_html):
    text = visible(corpus_html)
    hse = compkit.load(HSE)
    effective = int((hse.indicators["polarity"] == "effective").sum())
    assert "HSE also lists 57 negative indicators" in text
    assert "Negative indicators and undefined cells" in text
    shape = corpus_html.split("The two frameworks at a glance")[1].split("</table>")[0]
    row = shape.split("Statements a holder must show (effective)</td>")[1].split("</tr>")[0]
    assert row.startswith(f"<td>{effective}</td>")
    assert "not to do" in text  # the appendix marks negative indicators
    gds = compkit.load(GDS)
    assert f"GDS leaves {len(gds.undefined_cells)} cells" in text and "; they are shown as" in text
    assert "Cells not defined by the publisher" in text


def test_html_is_self_contained_and_escaped(report_file):
    page = report_file.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>")
    assert "Content-Security-Policy" in page and "default-src 'none'" in page
    assert "<script" not in page and "<img src=x" not in page
    assert "&lt;img src=x onerror=" in page
    assert "&lt;script&gt;window.compkitPwned = 1&lt;/script&gt;" in page
    assert "Evil &lt;b&gt;Org&lt;/b&gt;" in page
    assert not re.search(r"""(?:src|href)=["']?(?:https?:)?//""", page)  # nothing remote
    assert page.count('src="data:image/png;base64,') == 8
    for section in ("Summary", "Key figures", "Themes", "Values", "Appendix: every statement"):
        assert f">{section}</h2>" in page


def test_report_opens_offline_in_chromium_with_no_errors(page, report_file, screenshot, tmp_path):
    page.route(
        "**/*",
        lambda route: route.continue_() if route.request.url.startswith("file:") else route.abort(),
    )
    page.goto(report_file.as_uri())
    page.wait_for_load_state("load")
    assert page.title().startswith("Evil <b>Org</b> and WSX Mind: how the two")
    images = page.locator("img")
    assert images.count() == 8
    assert page.evaluate(
        "() => [...document.images].every(i => i.complete && i.naturalWidth > 200)"
    )
    # The statement with <script> shows as text, and the script never ran.
    assert page.get_by_text(SCRIPT, exact=False).count() >= 1
    assert page.get_by_text(IMG, exact=False).count() >= 1
    assert page.evaluate("() => window.compkitPwned") is None
    assert page.locator("script").count() == 0
    assert [u for u in page.requests if not u.startswith(("file:", "data:"))] == []
    assert page.console_errors == []
    screenshot(page, "report-top")
    page.locator("#themes").scroll_into_view_if_needed()
    screenshot(page, "report-themes")
    # Printed on A4 by the browser: a reasonable number of pages.
    pdf = page.pdf(format="A4", print_background=True)
    pages = len(re.findall(rb"/Type\s*/Page[^s]", pdf))
    assert 10 <= pages <= 30, pages


def test_markdown_escapes_user_text(evil):
    md = compkit.compare.report_markdown(evil, "wsx", date=DATE)
    assert md.startswith("# Evil \\<b\\>Org\\</b\\> and WSX Mind: how the two")
    assert "\\<script\\>window.compkitPwned = 1\\</script\\>" in md
    assert "I take \\| responsibility for \\*my\\* own\\_wellbeing \\[x\\](y) \\!\\[i\\](z)." in md
    assert not re.search(r"(?<!\\)<script", md)
    assert not re.search(r"(?<!\\)!\[", md)  # no pictures without a folder for them
    header = next(line for line in md.splitlines() if line.startswith("| Aspect"))
    assert header == "| Aspect | Measure | Evil \\<b\\>Org\\</b\\> | WSX Mind | Finding |"


def test_md_escape_covers_every_markup_character():
    assert md_escape("[]!<>|*_`\\#") == "\\[\\]\\!\\<\\>\\|\\*\\_\\`\\\\\\#"
    assert md_escape("two\nlines") == "two lines"


def test_markdown_report_writes_its_pictures_beside_it(tmp_path):
    out = compkit.write_report("cis", "wsx", tmp_path / "cmp.md", date=DATE)
    md = out.read_text(encoding="utf-8")
    links = re.findall(r"!\[[^\]]+\]\((cmp_figures/[\w-]+\.png)\)", md)
    assert len(links) == 8
    for link in links:
        assert (tmp_path / link).read_bytes().startswith(b"\x89PNG")


# -- Word -----------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def word_file(tmp_path_factory):
    out = tmp_path_factory.mktemp("word") / "cis-wsx.docx"
    assert (
        main(["report", "cis", "wsx", "-o", str(out), "--author", "A. Consultant", "--date", DATE])
        == 0
    )
    return out


def test_word_report_is_the_same_report(word_file, seeds_html):
    doc = docx.Document(word_file)
    texts = [p.text for p in doc.paragraphs]
    assert texts[0] == "CiS and WSX Mind: how the two competency frameworks compare"
    assert "Prepared by A. Consultant · 15 January 2027" in texts
    headings = [p.text for p in doc.paragraphs if p.style.name == "Heading 1"]
    html_headings = re.findall(r"<h2>([^<]+)</h2>", seeds_html)[1:]  # after "Contents"
    assert headings == html_headings
    assert len(doc.inline_shapes) == 8
    assert len(doc.tables) == seeds_html.count("<table")
    section = doc.sections[0]
    assert (round(section.page_width.cm, 1), round(section.page_height.cm, 1)) == (21.0, 29.7)


def test_word_tables_repeat_headers_and_never_split_rows(word_file):
    doc = docx.Document(word_file)
    for table in doc.tables:
        rows = table.rows
        assert rows[0]._tr.trPr.find(qn("w:tblHeader")) is not None
        assert all(r._tr.trPr.find(qn("w:cantSplit")) is not None for r in rows)
    statements = doc.tables[-1]
    assert len(statements.rows) == 153 + 1
    assert statements.rows[0].cells[2].text == "Statement"


def test_word_footer_numbers_the_pages(word_file):
    footer = docx.Document(word_file).sections[0].footer
    codes = [t.text.strip() for t in footer._element.iter(qn("w:instrText"))]
    assert codes == ["PAGE", "NUMPAGES"]


def test_word_report_prints_without_near_empty_pages(word_file):
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        pytest.skip(
            "LibreOffice (soffice) is not installed: apt-get install libreoffice-writer-nogui"
        )
    from pypdf import PdfReader

    pages = PdfReader(word_to_pdf(word_file)).pages
    # measured with: compkit report cis wsx -o x.docx; soffice --headless --convert-to pdf x.docx
    assert 20 <= len(pages) <= 32, len(pages)
    words = [len(p.extract_text().split()) for p in pages]
    # no page but the last is nearly empty (a page holding a figure is not: a landscape section,
    # for a table too wide for a portrait page, starts on a page of its own)
    sparse = [k + 1 for k, p in enumerate(pages[:-1]) if words[k] < 25 and not p.images]
    assert not sparse, words
    wide = [k + 1 for k, p in enumerate(pages) if p.mediabox.width > p.mediabox.height]
    assert wide and wide == list(range(wide[0], len(pages) + 1)), wide  # the appendix, to the end


# -- command line ---------------------------------------------------------------------------
def test_cli_report(tmp_path, capsys):
    out = tmp_path / "sub" / "cis-wsx.html"
    argv = ["report", "cis", "wsx", "-o", str(out), "--title", "Two frameworks", "--no-appendix"]
    assert main([*argv, "--date", "Spring 2027", "--no-crosswalk"]) == 0
    assert f"wrote {out}" in capsys.readouterr().err
    page = out.read_text(encoding="utf-8")
    assert "<title>Two frameworks</title>" in page and "Spring 2027" in page
    assert "WSX Mind writes 2.5 times as many statements" in page
    assert "Appendix" not in page and "Cross-walk" not in page


def test_cli_report_with_a_crosswalk_file(tmp_path):
    cw = Path(compkit.__file__).parents[1] / "data" / "crosswalks" / "cis-wsx.sssom.tsv"
    out = tmp_path / "r.docx"
    assert main(["report", "cis", "wsx", "-o", str(out), "--crosswalk", str(cw)]) == 0
    doc = docx.Document(io.BytesIO(out.read_bytes()))
    assert any(p.text.startswith("Cross-walk") for p in doc.paragraphs)


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (
            ["report", "cis", "wsx", "-o", "x.pdf"],
            "compkit: error: unknown report format '.pdf'; expected one of: html, md, docx",
        ),
        (
            ["report", "cis", "cis", "-o", "x.html"],
            "compkit: error: framework 'cis' given twice; compare different frameworks",
        ),
        (["report", "cis", "nope", "-o", "x.html"], "compkit: error: unknown framework 'nope'"),
        (["report", "cis", "-o", "x.html"], "compkit: error: the following arguments are required"),
        (
            ["report", "cis", "wsx", "-o", "x.html", "--crosswalk", "nope.tsv"],
            "compkit: error: ",
        ),
    ],
)
def test_cli_report_bad_input(tmp_path, capsys, argv, message):
    argv = [a if not a.startswith(("x.", "nope.")) else str(tmp_path / a) for a in argv]
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert err.startswith(message) and len(err.strip().splitlines()) <= 2
    assert not [p for p in tmp_path.iterdir() if p.suffix in (".html", ".pdf")]


def test_markdown_report_and_its_figures_stay_whole(tmp_path):
    import re

    out = tmp_path / "r.md"
    compkit.write_report("cis", "wsx", out)
    first = set((tmp_path / "r_figures").iterdir())
    compkit.write_report("wsx", "cis", out)
    linked = set(re.findall(r"\]\((r_figures/[^)]+\.png)\)", out.read_text(encoding="utf-8")))
    on_disk = {f"r_figures/{p.name}" for p in (tmp_path / "r_figures").iterdir()}
    assert linked == on_disk  # every picture the report shows is there, and nothing else
    assert first != set((tmp_path / "r_figures").iterdir())
    assert not [p for p in tmp_path.rglob("*.tmp")]


def test_the_polarity_section_is_named_for_what_it_holds(monkeypatch):
    from compkit.compare import report_polarity

    corpus = Path(__file__).parent / "data" / "corpus"
    hse = compkit.load(corpus / "hse-stress-competencies.yaml")
    gds = compkit.load(corpus / "gds-tech-career-path.yaml")
    wsx = compkit.load("wsx")
    section = report_polarity.polarity_section
    # HSE lists negative indicators (one competency has none at one level), GDS leaves cells
    # undefined, CiS and WSX do neither
    assert section(hse, wsx).title == "Negative indicators and undefined cells"
    assert section(gds, wsx).title == "Undefined cells"
    assert section(compkit.load("cis"), wsx) is None
    empty = report_polarity.undefined_table(compkit.load("cis"), wsx)
    monkeypatch.setattr(report_polarity, "undefined_table", lambda fa, fb: empty)
    assert section(hse, wsx).title == "Negative indicators"
