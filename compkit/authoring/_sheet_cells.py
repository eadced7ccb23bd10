"""Read the cells of an authoring sheet: typed values, header checks and located problems.

Every problem is recorded as (sheet, row, column, message), so a user fixes a workbook in one
pass; used by the importer in ``_sheet_reader``.
"""

from __future__ import annotations

import re
from typing import Any

from ._extras import extra_column, left_column_note
from ._sheets import _REQUIRED, DERIVED, SHEETS

# Columns that must be present in each sheet; the others may be left out.
_KEY_COLUMNS = {
    "framework": ("field", "value"),
    "introduction": ("text",),
    "levels": ("id", "name", "rank"),
    "groups": ("id", "name"),
    "values": ("id", "name"),
    "competencies": ("id", "name"),
    "indicators": ("id", "competency", "level", "text"),
    "roles": ("id", "name"),
    "undefined": ("competency", "level"),
    "requirements": ("role", "competency", "level"),
}
TRUE, FALSE = {"true", "yes", "1"}, {"false", "no", "0"}
_SRC = tuple(c for c in SHEETS["indicators"] if c.startswith("source_"))
#: Columns newer than some workbooks in use: one written before lacks them (no rename), and
#: an author's own column named like one ("Notes" beside the statements) stays their notes.
_NEWER = {"indicators": ("note",)}


def text(value: Any) -> str:
    """A cell's value as text: empty for an empty cell, a whole number without ``.0``."""
    if value is None:
        return ""
    if type(value) is str:
        return value
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


class Reader:
    """Collects problems while reading cells."""

    def __init__(self, problems: list):
        self.problems = problems
        self.notes: list[str] = []  # what the import read that was not typed as such
        self.left: set[tuple[str, str]] = set()  # (sheet, column) of notes columns, unread
        self.formulas: list[tuple[str, str]] = []  # (sheet, column) of each formula cell
        self.renamed: dict[tuple[str, str], str] = {}  # (term, id) -> the name as exported

    def rank(self, row: int, value: Any, above: int) -> int:
        """A level's rank: a whole number, or one more than the row above's when left empty.

        A level added at the foot of the sheet with no rank is the highest (a rank in use is
        reported as a duplicate by the validator).
        """
        if isinstance(value, int) and not isinstance(value, bool):
            return value
        text = self.text("levels", row, "rank", value)
        if re.fullmatch(r"\d+", text):
            return int(text)
        if not text:
            self.notes.append(f"levels row {row}: rank {above + 1} given (the rank was empty)")
            return above + 1
        given = text if isinstance(value, int | float) else repr(text)
        self.problem(
            "levels",
            row,
            "rank",
            f"{given} is not a whole number; expected a whole number: 1 for the lowest level, "
            f"one more for each level up ({above + 1} follows the row above)",
        )
        return 0

    def problem(self, sheet, row, column, message) -> None:
        self.problems.append((sheet, row, column, message))

    def text(self, sheet: str, row: int, column: str, value: Any) -> str:
        """The cell as text without the spaces and line breaks around it (typed, never meant)."""
        return text(value).strip()

    def numbers(self, sheet, row, column, value, minimum: int) -> list[int]:
        text = self.text(sheet, row, column, value).strip()
        if not text:
            return []
        parts = [p.strip() for p in text.split(",")]
        if all(re.fullmatch(r"\d+", p) for p in parts) and all(int(p) >= minimum for p in parts):
            return [int(p) for p in parts]
        self.problem(
            sheet,
            row,
            column,
            f"{text!r} is not a list of whole numbers; expected numbers of at least {minimum} "
            "separated by commas, e.g. 12,13",
        )
        return []

    def number(self, sheet, row, column, value, minimum: int) -> int | None:
        """A whole number of at least ``minimum``, or None for an empty cell."""
        text = self.text(sheet, row, column, value).strip()
        if not text:
            return None
        if re.fullmatch(r"\d+", text) and int(text) >= minimum:
            return int(text)
        self.problem(sheet, row, column, f"{text!r} is not a whole number of at least {minimum}")
        return None

    def ids(self, sheet, row, column, value) -> list[str]:
        text = self.text(sheet, row, column, value)
        return [p.strip() for p in text.split(",") if p.strip()]

    def source(self, sheet, row, cells: dict) -> dict:
        if all(cells.get(c) is None for c in _SRC):  # most rows: no provenance at all
            return {}
        out: dict[str, Any] = {}
        lines = self.numbers(sheet, row, "source_lines", cells.get("source_lines"), 1)
        numbers = self.numbers(sheet, row, "source_numbers", cells.get("source_numbers"), 0)
        ref = self.text(sheet, row, "source_ref", cells.get("source_ref"))
        for key in ("file", "sheet", "cell"):
            text = self.text(sheet, row, f"source_{key}", cells.get(f"source_{key}"))
            if text:
                out[key] = text
        for key, minimum in (("page", 1), ("paragraph", 0), ("table", 0)):
            column = f"source_{key}"
            value = self.number(sheet, row, column, cells.get(column), minimum)
            if value is not None:
                out[key] = value
        if lines:
            out["lines"] = lines
        if numbers:
            out["numbers"] = numbers
        if ref:
            out["ref"] = ref
        return out


def sheet_rows(raw, sheet: str, reader: Reader) -> list[tuple[int, dict]]:
    """The non-blank rows of a sheet as (row number, {column: value}), checking the header."""
    if sheet not in raw:
        if sheet in _REQUIRED:
            reader.problem(
                sheet, None, None, f"missing sheet; a workbook needs the sheets {', '.join(SHEETS)}"
            )
        return []
    header, body = raw[sheet]
    columns = SHEETS[sheet]
    shown = DERIVED.get(sheet, ())  # names beside ids (read by _sheet_names.names_to_ids)
    skip = {i for i, h in enumerate(header) if h is not None and str(h).strip() in shown}
    unread: set[int] = set()
    for i, h in enumerate(header):  # a column compkit did not write: notes, unless ambiguous
        if i in skip or h is None or not str(h).strip() or str(h).strip() in columns:
            continue
        newer = _NEWER.get(sheet, ())
        mine = str(h).strip().casefold().rstrip("s") in newer  # "Notes", "Note": the author's
        why = None if mine else extra_column(sheet, str(h).strip(), [*header, *newer])
        if why:
            reader.problem(sheet, 1, str(h), why)
            continue
        skip.add(i)
        unread.add(i)
        reader.left.add((sheet, str(h)))
        typed = sum(1 for _, values in body if i < len(values) and not _blank(values[i]))
        typed += reader.formulas.count((sheet, str(h)))
        reader.notes.append(left_column_note(sheet, str(h).strip(), typed))
    known = [h for i, h in enumerate(header) if i not in skip and h is not None and str(h).strip()]
    for col in _KEY_COLUMNS[sheet]:
        if col not in [str(h).strip() for h in known]:
            reader.problem(sheet, 1, col, "missing column; add it to the header row")
    names = [str(h).strip() for h in known]
    for col in sorted({n for n in names if names.count(n) > 1}):
        reader.problem(
            sheet,
            1,
            col,
            f"the column {col!r} appears {names.count(col)} times; keep one (a value could "
            "come from either)",
        )
    # each column's name (header) or None; the name columns beside ids are read too
    names = [None if h is None or not str(h).strip() else str(h).strip() for h in header]
    named = [(i, n) for i, n in enumerate(names) if n is not None and i not in unread]
    unnamed = [i for i, n in enumerate(names) if n is None and i not in skip]
    width = len(names)
    out = []
    for number, values in body:
        cells = {n: values[i] for i, n in named if i < len(values)}
        beyond = range(width, len(values))  # values right of the header
        for i in [*unnamed, *beyond] if beyond else unnamed:  # a value where no column is named
            if i < len(values) and not _blank(values[i]):
                reader.problem(
                    sheet,
                    number,
                    f"#{i + 1}",
                    "a value in a column without a header; give the column a header to keep it "
                    "as notes (a column compkit did not write is left unread), or delete the value",
                )
        if any(not _blank(v) for v in cells.values()):
            out.append((number, cells))
    return out


def _blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())
