"""A workbook's hidden rows: read as the author's text, and said in the ingest report.

A row hidden in Excel or LibreOffice Calc (collapsed under an outline group, filtered out, or
hidden by hand) is still the author's: hiding changes the view, not the framework, and a
statement left out unseen would be lost. So hidden rows are read like any other; what is said is
that they were ("3 hidden rows on sheet 'Skills' read: rows 5-7"). A hidden *sheet* is another
matter (a lookup list, most often): it is set aside and named (``ingest.sheets``).
:func:`hidden_rows` finds, on the sheets ingest reads, the hidden rows that hold text: in an
``.xlsx`` by the ``hidden="1"`` of its rows in the sheet's XML (openpyxl's read-only reader does
not keep it), in an ``.ods`` by ``table:visibility`` (``ingest.odsfile``).
"""

from __future__ import annotations

import zipfile
from pathlib import Path
from xml.etree.ElementTree import iterparse

__all__ = ["hidden_rows", "hidden_rows_note", "spans"]

_MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_REL = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"


def hidden_rows(path: Path, sheet: str | None = None) -> dict[str, list[int]]:
    """The 1-based numbers of the hidden rows holding text, by sheet, of the sheets read.

    Parameters
    ----------
    path : Path
        An ``.xlsx`` or ``.ods`` workbook (already checked by ``ingest.limits.check_file``).
    sheet : str, optional
        The one sheet read (hidden or not); otherwise every visible sheet.
    """
    from .odsfile import is_ods, ods_hidden_rows

    if is_ods(path):
        return ods_hidden_rows(path, sheet)
    try:
        return _xlsx_hidden_rows(path, sheet)
    except (zipfile.BadZipFile, KeyError, SyntaxError, OSError):
        return {}  # the reader itself says what is wrong with the file


def _xlsx_hidden_rows(path: Path, sheet: str | None) -> dict[str, list[int]]:
    with zipfile.ZipFile(path) as zf:
        with zf.open("xl/_rels/workbook.xml.rels") as fh:
            targets = {e.get("Id"): e.get("Target", "") for _, e in iterparse(fh)}
        out = {}
        with zf.open("xl/workbook.xml") as fh:  # each sheet's name, state and r:id
            sheets = [e for _, e in iterparse(fh) if e.tag == f"{_MAIN}sheet"]
        for el in sheets:
            name, state = el.get("name", ""), el.get("state", "visible")
            if (sheet is not None and name != sheet) or (sheet is None and state != "visible"):
                continue
            target = targets.get(el.get(_REL, ""), "")
            part = target.lstrip("/") if target.startswith("/") else f"xl/{target}"
            if part not in zf.namelist():
                continue
            with zf.open(part) as fh:
                rows = _hidden_in(fh)
            if rows:
                out[name] = rows
    return out


def _hidden_in(fh) -> list[int]:
    rows = []
    for _, el in iterparse(fh):
        if el.tag != f"{_MAIN}row":
            continue
        if el.get("hidden") in ("1", "true") and any(
            (c.findtext(f"{_MAIN}v") or "".join(c.itertext())).strip() for c in el.iter(f"{_MAIN}c")
        ):
            rows.append(int(el.get("r", "0") or 0))
        el.clear()
    return rows


def spans(numbers: list[int]) -> str:
    """Row numbers as runs: ``[5, 6, 7, 10]`` -> ``'5-7, 10'``.

    Examples
    --------
    >>> spans([5, 6, 7, 10])
    '5-7, 10'
    """
    runs: list[list[int]] = []
    for n in numbers:
        if runs and n == runs[-1][1] + 1:
            runs[-1][1] = n
        else:
            runs.append([n, n])
    return ", ".join(f"{a}" if a == b else f"{a}-{b}" for a, b in runs)


def hidden_rows_note(name: str, rows: list[int]) -> str:
    """The report's words for one sheet's hidden rows.

    Examples
    --------
    >>> hidden_rows_note("Skills", [5, 6, 7])
    "3 hidden rows on sheet 'Skills' read as the author's (rows 5-7); hiding changes the view, \
not the framework"
    """
    count = f"{len(rows)} hidden row{'s' if len(rows) != 1 else ''}"
    where = f"row{'s' if len(rows) != 1 else ''} {spans(rows)}"
    return (
        f"{count} on sheet {name!r} read as the author's ({where}); "
        "hiding changes the view, not the framework"
    )
