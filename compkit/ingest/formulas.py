"""Formula cells a workbook holds no value for: refused, not read as blank.

Excel and LibreOffice store each formula's last value beside it, and compkit reads that value
(a formula is what the author sees as its result). A workbook written by a program that never
calculated it (openpyxl, many exporters) stores the formula alone: read as it stands, the cell
is blank, and a statement built by ``=CONCAT(...)`` was lost without a word. :func:`uncalculated`
finds such cells by the sheet's XML (a ``<c>`` with an ``<f>`` and no value), only in a
workbook that has formulas at all, so the common workbook costs one scan of its bytes.
"""

from __future__ import annotations

import posixpath
import re
import zipfile
from pathlib import Path

from .limits import IngestError

__all__ = ["refuse_uncalculated", "uncalculated"]

_CELL = re.compile(rb"<(?:\w+:)?c\b([^>]*?)(?<!/)>(.*?)</(?:\w+:)?c>", re.S)
_FORMULA = re.compile(rb"<(?:\w+:)?f\b[^>]*?(?:/>|>(.*?)</(?:\w+:)?f>)", re.S)
#: A stored value: ``<v>`` with text, or an empty one Excel wrote for a formula giving ""
#: (``t="str"``); openpyxl writes a bare ``<v></v>`` beside a formula it did not calculate.
_VALUE = re.compile(rb"<(?:\w+:)?(?:v>[^<]|is\b)")
_TEXT_RESULT = re.compile(rb'\bt="(?:str|s|inlineStr)"')
_REF = re.compile(rb'\br="([A-Z]+[0-9]+)"')
_SHEET = re.compile(rb"<(?:\w+:)?sheet\b[^>]*?\bname=\"([^\"]*)\"[^>]*?\br:id=\"([^\"]*)\"")
_REL = re.compile(rb"<Relationship\b[^>]*?\bId=\"([^\"]*)\"[^>]*?\bTarget=\"([^\"]*)\"")
_REL_REVERSED = re.compile(rb"<Relationship\b[^>]*?\bTarget=\"([^\"]*)\"[^>]*?\bId=\"([^\"]*)\"")


def _sheet_parts(book: zipfile.ZipFile) -> dict[str, str]:
    """Each sheet's name by the part holding it (``xl/worksheets/sheet1.xml``)."""
    try:
        workbook = book.read("xl/workbook.xml")
        rels = book.read("xl/_rels/workbook.xml.rels")
    except KeyError:
        return {}
    targets = {i.decode(): t.decode() for i, t in _REL.findall(rels)}
    targets.update({i.decode(): t.decode() for t, i in _REL_REVERSED.findall(rels)})
    parts = {}
    for name, rid in _SHEET.findall(workbook):
        target = targets.get(rid.decode(), "")
        part = target.lstrip("/") if target.startswith("/") else posixpath.join("xl", target)
        parts[posixpath.normpath(part)] = _unescape(name.decode("utf-8", "replace"))
    return parts


def _unescape(text: str) -> str:
    return (
        text.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", '"')
        .replace("&apos;", "'")
        .replace("&amp;", "&")
    )


def uncalculated(path: Path, sheets: list[str] | None = None) -> tuple[str, str, str] | None:
    """The first formula cell with no stored value: (sheet, cell, formula), or None.

    Parameters
    ----------
    path : Path
        An .xlsx workbook.
    sheets : list of str, optional
        Only these sheets (by name); every sheet if not given.

    Examples
    --------
    >>> import openpyxl, tempfile, pathlib
    >>> book = openpyxl.Workbook()
    >>> book.active.title = "Framework"
    >>> book.active.append(["Teamwork", "Shares work.", '=CONCAT("Leads ", "the team.")'])
    >>> path = pathlib.Path(tempfile.mkdtemp()) / "book.xlsx"
    >>> book.save(path)
    >>> uncalculated(path)
    ('Framework', 'C1', '=CONCAT("Leads ", "the team.")')
    >>> book.active["C1"] = "Leads the team."
    >>> book.save(path)
    >>> print(uncalculated(path))
    None
    """
    try:
        book = zipfile.ZipFile(path)
    except (OSError, zipfile.BadZipFile):
        return None
    with book:
        for part, name in _sheet_parts(book).items():
            if sheets is not None and name not in sheets:
                continue
            try:
                xml = book.read(part)
            except KeyError:
                continue
            if b"<f" not in xml and b":f" not in xml:
                continue  # no formula in the sheet: the common case, one scan
            for attrs, inner in _CELL.findall(xml):
                formula = _FORMULA.search(inner)
                if formula is None or _VALUE.search(inner) or _TEXT_RESULT.search(attrs):
                    continue
                ref = _REF.search(attrs)
                text = _unescape((formula.group(1) or b"").decode("utf-8", "replace"))
                return name, ref.group(1).decode() if ref else "?", f"={text}"
    return None


def refuse_uncalculated(path: Path, sheets: list[str]) -> None:
    """Raise :class:`IngestError` for the first formula of ``sheets`` with no stored value.

    Read as blank, the cell's text would be lost without a word; the message names the sheet,
    the cell and the formula, and what to do.
    """
    if found := uncalculated(path, sheets):
        name, cell, formula = found
        shown = f" ({formula[:60]})" if len(formula) > 1 else ""
        raise IngestError(
            path,
            f"sheet {name!r}, cell {cell}: a formula with no value stored{shown}; the program "
            "that saved the workbook did not calculate it: open it in Excel or LibreOffice, "
            "save it, and ingest it again",
        )
