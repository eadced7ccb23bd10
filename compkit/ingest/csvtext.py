"""A CSV file's text as rows of cells: its delimiter sniffed, its quotes checked.

:func:`sniff` tells the delimiter (the sniffed one gives way to one that splits the records more
evenly); :func:`parse_csv` reads the rows within the ingest limits and refuses a quoted field
that never closes, naming its line.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

from .limits import LIMITS, IngestError

__all__ = ["parse_csv", "sniff"]


def sniff(text: str) -> str:
    """A CSV text's delimiter: the sniffed one, unless another splits its records more evenly.

    The sniffed one gives way when it splits the header into fewer than two cells, or the
    records into other widths, while another splits them evenly: a semicolon CSV whose quoted
    cells hold ";" and line breaks (UNICEF's indicators, a line each ending ";").
    """
    try:
        sniffed = csv.Sniffer().sniff(text[:20_000], delimiters=",;\t|").delimiter
    except csv.Error:
        sniffed = ","

    def fit(delimiter: str) -> tuple[float, int]:
        try:
            rows = csv.reader(io.StringIO(text[:50_000], newline=""), delimiter=delimiter)
            rows = [r for _, r in zip(range(50), (r for r in rows if any(r)), strict=False)]
        except csv.Error:
            return 0.0, 0
        width = len(rows[0]) if rows else 0
        return (sum(len(r) == width for r in rows) / len(rows) if width > 1 else 0.0), width

    best = max(",;\t|", key=fit)
    return sniffed if fit(sniffed) >= (min(fit(best)[0], 0.8), 2) else best


def parse_csv(text: str, delimiter: str, path: Path) -> list[list[str]]:
    """The rows of a CSV text; a cell's leading "'" before "=", "+", "-" or "@" dropped."""
    csv.field_size_limit(LIMITS["statement_chars"] * 4)
    rows = []
    try:
        for row in csv.reader(io.StringIO(text, newline=""), delimiter=delimiter):
            rows.append(
                [
                    c.removeprefix("'") if c[:2] in ("'=", "'+", "'-", "'@") else c
                    for c in row[: LIMITS["columns"]]
                ]
            )
            if len(rows) > LIMITS["rows"]:
                raise IngestError(path, f"more than {LIMITS['rows']} rows; split the file")
    except csv.Error as exc:
        if "field larger than field limit" in str(exc):  # Python's words: say them as ours
            limit = LIMITS["statement_chars"] * 4
            raise IngestError(
                path,
                f"a cell on row {len(rows) + 1} holds more than {limit:,} characters; expected "
                f"cells of statements (up to {LIMITS['statement_chars']:,} characters each): "
                "a quote left open may have joined the rows after it",
            ) from None
        raise IngestError(path, f"not readable as CSV ({exc})") from None
    _unclosed_quote(text, delimiter, path)
    return rows


def _unclosed_quote(text: str, delimiter: str, path: Path) -> None:
    """Refuse a CSV whose last quoted field never closes: the rest of the file would be one cell."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    done = 0
    try:
        for _ in reader:
            done = reader.line_num
    except csv.Error as exc:
        if "unexpected end of data" in str(exc):
            raise IngestError(
                path,
                f'line {done + 1}: a quoted field opens (") and never closes, so the rest of '
                'the file would be read as one cell; expected a closing " (and "" for a '
                "quotation mark inside a field)",
            ) from None
