"""The pages PDF fixtures print: a web page's frame, a grid table, a Word document's page.

Tests of PDF ingest print self-written frameworks (``tests/data/**/make_*.py``) and bundled
ones (:mod:`compkit.testing.printing`) the way publishers do: a web page printed by Chromium,
or a Word document printed by LibreOffice. Each shares one frame here, so a fixture says only
what is its own: :func:`web_page` (the HTML around a body and its style sheet),
:func:`grid_table` (a header row, then a row per name with a cell per column, a paragraph per
statement) and :func:`word_page` (a Word document at a text size, upright or landscape);
:func:`~compkit.testing.printing.print_page` writes a page and prints it.
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

__all__ = ["grid_table", "web_page", "word_page"]


def web_page(body: str, *, style: str = "") -> str:
    """A web page in UTF-8 holding ``body`` (HTML) under the style sheet ``style`` (CSS).

    Examples
    --------
    >>> page = web_page("<h1>Skills</h1>", style="body{font-size:9pt}")
    >>> page.startswith('<html><head><meta charset="utf-8"><style>body{font-size:9pt}</style>')
    True
    >>> page.endswith("<body><h1>Skills</h1></body></html>")
    True
    """
    head = f'<head><meta charset="utf-8"><style>{style}</style></head>'
    return f"<html>{head}<body>{body}</body></html>"


def _cell(cell: str | Iterable[str]) -> str:
    """A table cell: a string as it is (escaped), a list of texts a paragraph each."""
    if isinstance(cell, str):
        return f"<td>{html.escape(cell)}</td>"
    return "<td>" + "".join(f"<p>{html.escape(t)}</p>" for t in cell) + "</td>"


def grid_table(
    header: Iterable[str],
    rows: Mapping[str, Iterable[Any]] | Iterable[tuple[str, Iterable[Any]]],
    *,
    thead: bool = False,
) -> str:
    """A grid as an HTML table: ``header`` over its columns, then ``rows``, a ``<th>`` name each.

    ``rows`` maps each row's name to its cells (or is a list of ``(name, cells)``, when two
    rows share a name); a cell is a list of statements, a paragraph each, or one string set
    in the cell as it is. Text is escaped. With ``thead`` the header row is the table's
    ``<thead>``, which a browser repeats at the top of each printed page.

    Examples
    --------
    >>> table = grid_table(["Skill", "One"], {"Craft": [["Plans.", "Tests."]]})
    >>> for part in table.split("</tr>"):
    ...     print(part)
    <table><tr><th>Skill</th><th>One</th>
    <tr><th>Craft</th><td><p>Plans.</p><p>Tests.</p></td>
    </table>
    >>> table = grid_table(["", "A1"], [("1.1 Meals", ["Cooks & serves."])], thead=True)
    >>> for part in table.split("</tr>"):
    ...     print(part)
    <table><thead><tr><th></th><th>A1</th>
    </thead><tbody><tr><th>1.1 Meals</th><td>Cooks &amp; serves.</td>
    </tbody></table>
    """
    top = "<tr>" + "".join(f"<th>{html.escape(h)}</th>" for h in header) + "</tr>"
    pairs = rows.items() if isinstance(rows, Mapping) else rows
    body = "".join(
        f"<tr><th>{html.escape(name)}</th>{''.join(_cell(c) for c in cells)}</tr>"
        for name, cells in pairs
    )
    if thead:
        return f"<table><thead>{top}</thead><tbody>{body}</tbody></table>"
    return f"<table>{top}{body}</table>"


def word_page(*, size: float | None = None, landscape: bool = False) -> Any:
    """A new Word document (python-docx) with its text at ``size`` points, page ``landscape``.

    Examples
    --------
    >>> d = word_page(size=9, landscape=True)
    >>> d.styles["Normal"].font.size.pt, d.sections[0].page_width > d.sections[0].page_height
    (9.0, True)
    """
    import docx
    from docx.enum.section import WD_ORIENT
    from docx.shared import Pt

    d = docx.Document()
    if size:
        d.styles["Normal"].font.size = Pt(size)
    if landscape:
        section = d.sections[0]
        section.orientation = WD_ORIENT.LANDSCAPE
        section.page_width, section.page_height = section.page_height, section.page_width
    return d


def word_table(
    path: str | Path, head: list[str], rows: list[list[str]], *, title: str | None = None
) -> Path:
    """A Word document (``path``, .docx) of one table: ``head`` over ``rows``, under ``title``.

    Each cell is one paragraph of its text, the table in Word's "Table Grid" style; ``title``,
    when given, a Heading 1 above it.

    Examples
    --------
    >>> import tempfile, docx
    >>> out = word_table(Path(tempfile.mkdtemp()) / "t.docx", ["Competency", "Level 1"],
    ...                  [["Planning", "Plans work."]], title="Skills")
    >>> [[c.text for c in r.cells] for r in docx.Document(out).tables[0].rows]
    [['Competency', 'Level 1'], ['Planning', 'Plans work.']]
    """
    d = word_page()
    if title:
        d.add_heading(title, 1)
    table = d.add_table(rows=1, cols=len(head))
    table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells, head, strict=True):
        cell.text = text
    for row in rows:
        for cell, text in zip(table.add_row().cells, row, strict=True):
            cell.text = text
    d.save(path)
    return Path(path)
