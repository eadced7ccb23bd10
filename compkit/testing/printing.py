"""Documents printed to PDF for the PDF ingest tests: by LibreOffice, Chromium and by hand.

:func:`long_table_pdf` a long Word table printed by LibreOffice (:func:`word_to_pdf`),
:func:`printed_renders` compkit's own Word renders printed; :func:`chromium_pdf` a web page
printed by headless Chromium and :func:`grid_page` a framework as a web page's grid (a row per
competency, a column per level) to print, :func:`grid_pdf` printed and :func:`word_grid` as
Word; :func:`pdf_fonts` the fonts of a hand-placed page; :func:`cell_keys` and
:func:`in_place` count the statements a print reads back in their cells; :func:`print_page`
writes a web page (:mod:`compkit.testing.pages` frames it) and prints it.
Re-exported by :mod:`compkit.testing`; import only from tests and benchmarks.
"""

from __future__ import annotations

import html
import os
import re
import shutil
import subprocess
from collections import Counter
from pathlib import Path
from typing import Any

from .pages import grid_table, web_page, word_page

__all__ = [
    "cell_keys",
    "chromium_pdf",
    "fixture_script",
    "grid_page",
    "grid_pdf",
    "in_place",
    "long_table_pdf",
    "pdf_fonts",
    "print_page",
    "printed_renders",
    "word_grid",
    "word_to_pdf",
]


def chromium_pdf(page: str | Path, *, timeout: float = 180) -> Path | None:
    """Print a web page to PDF with headless Chromium, beside it (``page.pdf``).

    Chromium is ``$COMPKIT_CHROMIUM``, else ``chromium`` or ``chromium-browser`` on the path;
    each call runs it with a profile of its own in a temporary folder, so that prints side by
    side do not wait on one profile. Returns the PDF, or None when there is no Chromium or
    it printed nothing (a test skips). Under an address-space limit (``ulimit -v``, even of
    100 GB) Chromium prints nothing or hangs until ``timeout``: print without one.
    """
    import tempfile

    browser = os.environ.get("COMPKIT_CHROMIUM") or shutil.which("chromium")
    browser = browser or shutil.which("chromium-browser")
    page = Path(page)
    pdf = page.with_suffix(".pdf")
    if browser is None or not Path(browser).exists():
        return None
    with tempfile.TemporaryDirectory(
        prefix="compkit-chromium-", ignore_cleanup_errors=True
    ) as profile:
        subprocess.run(
            [browser, "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
             f"--user-data-dir={profile}", f"--print-to-pdf={pdf}", str(page)],
            capture_output=True, timeout=timeout, check=False,
        )  # fmt: skip
    return pdf if pdf.exists() else None


def print_page(page: str, path: str | Path) -> Path | None:
    """Write the web page ``page`` to ``path`` (.html) and print it to PDF beside it.

    Returns the PDF (Chromium's print, :func:`chromium_pdf`), or None without Chromium.

    Examples
    --------
    >>> from compkit.testing.pages import grid_table, web_page
    >>> page = web_page(grid_table(["Skill", "One"], {"Craft": [["Plans."]]}))
    >>> print_page(page, "build/grid.html")  # doctest: +SKIP
    PosixPath('.../build/grid.pdf')
    """
    path = Path(path).resolve()
    path.write_text(page, encoding="utf-8")
    return chromium_pdf(path)


def fixture_script(path: str | Path) -> Any:
    r"""The module of a fixture-making script (``tests/data/**/make_*.py``), run once to load it.

    Tests run with ``--import-mode=importlib``, so such a script is not importable by name.

    Examples
    --------
    >>> import pathlib, tempfile
    >>> script = pathlib.Path(tempfile.mkdtemp()) / "make_rows.py"
    >>> _ = script.write_text("def rows():\n    return [1, 2]\n")
    >>> fixture_script(script).rows()
    [1, 2]
    """
    import importlib.util

    path = Path(path)
    spec = importlib.util.spec_from_file_location(path.stem, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def cell_keys(framework) -> Counter:
    """A framework's statements as (competency name, level name, text) keys, counted.

    The text's spaces are evened and a word a PDF split at a hyphen and a line break is
    joined ("prob- lems" → "problems"), so a statement read back from a print compares equal.

    Examples
    --------
    >>> import compkit
    >>> sum(cell_keys(compkit.load("cis")).values())
    62
    """
    fw = framework
    levels = {lv.id: lv.name for lv in fw.level_records}
    comps = {c.id: c.name for c in fw.competency_records}
    return Counter(
        (comps[i.competency], levels.get(i.level), re.sub(r"(\w)- (\w)", r"\1\2", " ".join(
            i.text.split())))
        for i in fw.indicator_records
    )  # fmt: skip


def ingested_cells(result) -> dict:
    r"""An ingest result's statements by (competency name, level key), in reading order.

    Examples
    --------
    >>> import pathlib, tempfile, compkit
    >>> page = pathlib.Path(tempfile.mkdtemp()) / "ladder.md"
    >>> _ = page.write_text(
    ...     "# Ladder\n\n## Communication\n\n### Level 1\n\n- Listens well.\n"
    ...     "- Asks questions.\n\n### Level 2\n\n- Explains clearly.\n\n## Teamwork\n\n"
    ...     "### Level 1\n\n- Helps others.\n\n### Level 2\n\n- Leads a team.\n"
    ... )
    >>> ingested_cells(compkit.ingest(page))[("Communication", "level-1")]
    ['Listens well.', 'Asks questions.']
    """
    out: dict = {}
    for comp in result.document["competencies"]:
        for ind in comp.get("indicators", []):
            out.setdefault((comp["name"], ind["level"]), []).append(ind["text"])
    return out


def in_place(source, read) -> int:
    """How many of ``source``'s statements ``read`` holds word for word in the same cell.

    Examples
    --------
    >>> import compkit
    >>> cis = compkit.load("cis")
    >>> in_place(cis, cis)
    62
    """
    return sum((cell_keys(source) & cell_keys(read)).values())


def grid_page(framework, *, thead: bool = False) -> str:
    """A framework's grid as HTML: a row per competency, a column per level, a paragraph each.

    With ``thead`` the header row is the table's ``<thead>``, which a browser repeats at the
    top of each printed page.

    Examples
    --------
    >>> import compkit
    >>> grid = grid_page(compkit.load("cis"))
    >>> grid.startswith("<table><tr><th>Competency</th><th>")
    True
    """
    fw = framework
    rows = [
        (
            comp.name,
            [
                [
                    " ".join(i.text.split())
                    for i in fw.indicator_records
                    if i.competency == comp.id and i.level == lv.id
                ]
                for lv in fw.level_records
            ],
        )
        for comp in fw.competency_records
    ]
    return grid_table(["Competency", *(lv.name for lv in fw.level_records)], rows, thead=thead)


def grid_pdf(framework, folder: str | Path, *, thead: bool = False) -> Path | None:
    """A framework's grid (:func:`grid_page`) under its title, printed by Chromium.

    The page is A4 landscape at 9 pt, written into ``folder`` (``grid.html`` and ``grid.pdf``,
    ``grid-thead.*`` with ``thead``). Returns the PDF, or None without Chromium.
    """
    page = web_page(
        f"<h1>{html.escape(framework.title)}</h1>{grid_page(framework, thead=thead)}",
        style="@page {size: A4 landscape; margin: 1cm}"
        "body{font-family:sans-serif;font-size:9pt} table{border-collapse:collapse}"
        "td,th{border:1px solid #999;vertical-align:top;padding:3px;text-align:left}"
        "p{margin:0 0 4px 0}",
    )
    return print_page(page, Path(folder) / f"grid{'-thead' if thead else ''}.html")


def word_grid(
    framework,
    path: str | Path,
    *,
    repeat: bool = False,
    size: float | None = None,
    landscape: bool = False,
) -> Path:
    """A framework as a Word grid (``path``, .docx): a row per competency with statements.

    A column per level, a paragraph per statement; the heading row repeated on each printed
    page with ``repeat``, text of ``size`` points, the page ``landscape``. Print it with
    :func:`word_to_pdf`.
    """
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    fw, d = framework, word_page(size=size, landscape=landscape)
    d.add_heading(fw.title, level=1)
    table = d.add_table(rows=1, cols=len(fw.level_records) + 1)
    table.style = d.styles["Table Grid"]
    head = ["Competency", *(lv.name for lv in fw.level_records)]
    for cell, name in zip(table.rows[0].cells, head, strict=True):
        cell.text = name
    if repeat:
        mark = OxmlElement("w:tblHeader")
        mark.set(qn("w:val"), "true")
        table.rows[0]._tr.get_or_add_trPr().append(mark)
    for comp in fw.competency_records:
        mine = [i for i in fw.indicator_records if i.competency == comp.id]
        if not mine:
            continue
        cells = table.add_row().cells
        cells[0].text = comp.name
        for cell, level in zip(cells[1:], fw.level_records, strict=True):
            texts = [" ".join(i.text.split()) for i in mine if i.level == level.id]
            for k, text in enumerate(texts):
                if k:
                    cell.add_paragraph(text)
                else:
                    cell.text = text
    d.save(path)
    return Path(path)


def long_table_pdf(path: str | Path, rows: int, *, timeout: float = 600) -> Path | None:
    """A Word table of ``rows`` rows under three levels, printed to PDF by LibreOffice.

    The table runs over about one page per 14 rows, its cells wrapping a line or two, with a
    heading above it and one after it. Writes ``path`` (``.pdf``) and the Word document beside
    it; returns the PDF, or None when LibreOffice (``soffice``) is not installed.
    """
    import docx

    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        return None
    path = Path(path)
    doc = docx.Document()
    doc.add_heading("Working Together", level=1)
    table = doc.add_table(rows=1, cols=3)
    table.style = doc.styles["Table Grid"]
    for cell, level in zip(
        table.rows[0].cells, ["Foundation", "Practitioner", "Expert"], strict=True
    ):
        cell.text = level
    for k in range(rows):
        for c, cell in enumerate(table.add_row().cells):
            words = ["Shares progress with colleagues", "and checks the risks early"][: k % 2 + 1]
            cell.text = f"{' '.join(words)} (item {k}.{c})."
    doc.add_heading("Next steps", level=1)
    word = path.with_suffix(".docx")
    doc.save(word)
    return word_to_pdf(word, timeout=timeout)


def word_to_pdf(*words: str | Path, timeout: float = 300) -> Path:
    """Print Word documents to PDF with LibreOffice, each beside its document.

    Returns the first PDF. Each call runs LibreOffice with a user profile of its own in a
    temporary folder: two runs sharing the default profile fail, so tests and scripts can
    print side by side. Needs ``soffice`` (tests skip without it); raises
    ``FileNotFoundError`` when it is not installed.
    """
    import tempfile

    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        raise FileNotFoundError("LibreOffice (soffice) is not installed")
    paths = [Path(w) for w in words]
    with tempfile.TemporaryDirectory(prefix="compkit-soffice-") as profile:
        subprocess.run(
            [soffice, f"-env:UserInstallation={Path(profile).as_uri()}", "--headless",
             "--convert-to", "pdf", "--outdir", str(paths[0].parent)]
            + [str(w) for w in paths],
            check=True,
            capture_output=True,
            timeout=timeout,
        )  # fmt: skip
    return paths[0].with_suffix(".pdf")


def printed_renders(folder: str | Path, sources: dict[str, Any]) -> Path:
    """Render frameworks (``{stem: bundled name or file}``) to Word and print them to PDF.

    Each becomes ``<stem>.docx`` and ``<stem>.pdf`` in ``folder`` (:func:`word_to_pdf`).
    """
    from ..authoring import render

    word_to_pdf(*[render(src, Path(folder) / f"{stem}.docx") for stem, src in sources.items()])
    return Path(folder)


def pdf_fonts(writer) -> Any:
    """Helvetica as ``/F1`` and Helvetica-Bold as ``/F2``, a hand-placed PDF page's fonts.

    For tests that place each line of a PDF themselves (headings, furniture, columns).

    Examples
    --------
    >>> from pypdf import PdfWriter
    >>> sorted(pdf_fonts(PdfWriter()))
    ['/F1', '/F2']
    """
    from pypdf.generic import DictionaryObject, NameObject

    fonts = DictionaryObject()
    for key, face in (("F1", "Helvetica"), ("F2", "Helvetica-Bold")):
        font = DictionaryObject(
            {
                NameObject("/Type"): NameObject("/Font"),
                NameObject("/Subtype"): NameObject("/Type1"),
                NameObject("/BaseFont"): NameObject(f"/{face}"),
                NameObject("/Encoding"): NameObject("/WinAnsiEncoding"),
            }
        )
        fonts[NameObject(f"/{key}")] = writer._add_object(font)
    return fonts
