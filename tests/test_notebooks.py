"""Every notebook as a reader sees it: rendered to HTML, looked at in Chromium, no raw output.

Each stored notebook (nbval checks that its outputs are current) is rendered with nbconvert,
opened in headless Chromium at 1400 px and saved whole as ``build/screenshots/notebook-NN-….png``
for a person to look at. The test fails on what a reader should never see: an error, a
traceback, or a raw Python repr (``PosixPath(...)``, ``dtype: int64``, ``<Framework ...>``, a
dict of frameworks, ``NaN``).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOKS = sorted((ROOT / "notebooks").glob("[0-9][0-9]-*.ipynb"))
RAW = re.compile(
    r"PosixPath\(|dtype: (?:int|float|object)|<Framework '|\{'\w+': <Framework|\bNaN\b|Traceback"
)


def visible_outputs(path: Path) -> str:
    """The text and HTML a reader sees in the notebook's outputs (not its code)."""
    import nbformat

    nb = nbformat.read(path, as_version=4)
    texts = []
    for cell in nb.cells:
        for out in cell.get("outputs", []):
            if out.get("output_type") == "error":
                texts.append("Traceback: " + out.get("ename", ""))
            elif out.get("output_type") == "stream":
                texts.append(out.get("text", ""))
            else:
                data = out.get("data", {})
                texts.append(str(data.get("text/html") or data.get("text/plain") or ""))
    return "\n".join(texts)


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_outputs_show_no_raw_python(path):
    found = sorted(set(RAW.findall(visible_outputs(path))))
    assert found == [], f"{path.name} shows {found}"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_notebook_reads_well_in_a_browser(path, page, tmp_path):
    from nbconvert import HTMLExporter

    body, _ = HTMLExporter(template_name="lab").from_filename(str(path))
    html = tmp_path / f"{path.stem}.html"
    html.write_text(body, encoding="utf-8")
    page.route("**/*", lambda r: r.continue_() if r.request.url.startswith("file:") else r.abort())
    page.goto(html.as_uri())
    page.wait_for_selector(".jp-Notebook")
    shot = screenshot_full(page, f"notebook-{path.stem}")
    assert shot.stat().st_size > 10_000
    text = page.inner_text(".jp-Notebook")
    assert "Traceback" not in text
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= 1400 + 40, f"{path.name} is {width} px wide: something does not wrap"


def screenshot_full(page, name: str) -> Path:
    folder = ROOT / "build" / "screenshots"
    folder.mkdir(parents=True, exist_ok=True)
    out = folder / f"{name}.png"
    page.screenshot(path=str(out), full_page=True)
    return out
