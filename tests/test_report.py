import re

import pytest

import compkit
from compkit.cli import main
from compkit.framework.build import from_dict

SCRIPT = "<script>window.compkitPwned = 1</script>"
IMG = '<img src=x onerror="window.compkitPwned = 2">'


@pytest.fixture(scope="module")
def evil():
    """CiS with statements that carry markup, as a careless or hostile source might."""
    data = compkit.framework.to_dict(compkit.load("cis"))
    data["id"] = "evil"
    data["short_name"] = "Evil <b>Org</b>"
    first = data["competencies"][0]["indicators"][0]
    first["text"] = f"{SCRIPT} I take | responsibility for *my* own_wellbeing."
    data["competencies"][1]["indicators"][0]["text"] = f"{IMG} quality"
    return from_dict(data)


@pytest.fixture(scope="module")
def report_file(evil, tmp_path_factory):
    return compkit.write_report(evil, "wsx", tmp_path_factory.mktemp("report") / "report.html")


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
    for section in ("What differs most", "Themes", "Values", "Every statement"):
        assert f">{section}</h2>" in page


def test_report_opens_offline_in_chromium_with_no_errors(page, report_file, screenshot):
    page.route(
        "**/*",
        lambda route: route.continue_() if route.request.url.startswith("file:") else route.abort(),
    )
    page.goto(report_file.as_uri())
    page.wait_for_load_state("load")
    assert page.title().startswith("Evil <b>Org</b> and WSX Mind compared")
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
    page.locator("#themes").scroll_into_view_if_needed()
    screenshot(page, "report-themes")


def test_markdown_escapes_user_text(evil):
    md = compkit.compare.report_markdown(evil, "wsx")
    assert md.startswith("# Evil &lt;b&gt;Org&lt;/b&gt; and WSX Mind compared")
    assert "&lt;script&gt;window.compkitPwned = 1&lt;/script&gt;" in md
    assert "I take \\| responsibility for \\*my\\* own\\_wellbeing." in md
    assert "<script" not in md and "![" not in md  # no pictures without a folder for them
    header = next(line for line in md.splitlines() if line.startswith("| aspect"))
    assert header == "| aspect | measure | evil | wsx | finding |"


def test_markdown_report_writes_its_pictures_beside_it(tmp_path):
    out = compkit.write_report("cis", "wsx", tmp_path / "cmp.md")
    md = out.read_text(encoding="utf-8")
    links = re.findall(r"!\[[^\]]+\]\((cmp_figures/[\w-]+\.png)\)", md)
    assert len(links) == 8
    for link in links:
        assert (tmp_path / link).read_bytes().startswith(b"\x89PNG")


def test_cli_report(tmp_path, capsys):
    out = tmp_path / "sub" / "cis-wsx.html"
    assert main(["report", "cis", "wsx", "-o", str(out)]) == 0
    assert f"wrote {out}" in capsys.readouterr().err
    assert "WSX Mind writes 2.5 times as many statements" in out.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (
            ["report", "cis", "wsx", "-o", "x.pdf"],
            "compkit: error: unknown report format '.pdf'; expected one of: html, md",
        ),
        (
            ["report", "cis", "cis", "-o", "x.html"],
            "compkit: error: framework 'cis' given twice; compare different frameworks",
        ),
        (["report", "cis", "nope", "-o", "x.html"], "compkit: error: unknown framework 'nope'"),
        (["report", "cis", "-o", "x.html"], "compkit: error: the following arguments are required"),
    ],
)
def test_cli_report_bad_input(tmp_path, capsys, argv, message):
    argv = [a if not a.startswith("x.") else str(tmp_path / a) for a in argv]
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert err.startswith(message) and len(err.strip().splitlines()) == 1
    assert not list(tmp_path.iterdir())
