"""A statement cell of the authoring workbook (or CSV tables) holding line breaks.

An author who types two lines into one statement cell most likely means one of two things:
two statements typed into one cell (each line a sentence, "Plans work." over "Reviews it.", or
each a bullet, "- Plans work." over "- Reviews it."), or one statement wrapped over lines by
hand ("Builds relationships across the" over "organisation"). The first is read as a
statement per line, on rows of their own in the cell's order (a bullet's mark left out); the
second stays one statement, its line breaks kept (a document prints each as a space). Either
way the import says so in a note naming the file, sheet, row and column, what was done and how
to undo it: nothing is split or joined silently, and no word is lost.
"""

from __future__ import annotations

import re

__all__ = ["LineNote", "read_lines", "split_cells"]

_BREAK = re.compile(r"\r\n|\r|\n")
_BULLET = re.compile(r"[-•*·–]\s+")  # a list mark typed before a line's words
_ENDS = re.compile(r"[.!?…][\"'’”)\]]*$")  # a sentence's end, a closing quote or bracket after
_OPENS = re.compile(r"[\"'‘“(\[]*(\w)")  # the first letter, after an opening quote or bracket


class LineNote(str):
    """A note about a cell's lines: the import names the file before it."""

    __slots__ = ()


def read_lines(text: str) -> tuple[str, list[str]]:
    r"""What a cell's lines read as (``one``, ``sentences``, ``bullets``, ``wrapped``), and them.

    >>> read_lines("Plans work.\nReviews it.")
    ('sentences', ['Plans work.', 'Reviews it.'])
    >>> read_lines("- Plans work\n- Reviews it")
    ('bullets', ['Plans work', 'Reviews it'])
    >>> read_lines("Builds relationships across the\norganisation")
    ('wrapped', ['Builds relationships across the', 'organisation'])
    >>> read_lines("Plans work.")
    ('one', ['Plans work.'])
    """
    lines = [line.strip() for line in _BREAK.split(text) if line.strip()]
    if len(lines) < 2:
        return "one", [text]
    marks = [_BULLET.match(line) for line in lines]
    if all(marks):
        words = [line[m.end() :].strip() for line, m in zip(lines, marks, strict=True)]
        if all(words):
            return "bullets", words
    opens = [_OPENS.match(line) for line in lines[1:]]
    if all(_ENDS.search(line) for line in lines[:-1]) and all(
        m and m.group(1).isupper() for m in opens
    ):
        return "sentences", lines
    return "wrapped", lines


def _quoted(lines: list[str]) -> str:
    return " / ".join(repr(line if len(line) <= 50 else line[:49] + "…") for line in lines)


def split_cells(rows: list[tuple[int, dict]], notes: list) -> list[tuple[int, dict]]:
    """The indicators sheet's rows with a cell of several statements made a row per statement.

    The first statement keeps the row's id, source and notes; each further one is a new row
    (no id: the import gives one) in the same competency, level and polarity. Every cell with
    line breaks adds a :class:`LineNote` to ``notes``.
    """
    out = []
    for number, cells in rows:
        text = cells.get("text")
        kind, lines = read_lines(text) if isinstance(text, str) else ("one", [text])
        where = f"sheet 'indicators', row {number}, column 'text'"
        if kind == "wrapped":
            notes.append(
                LineNote(
                    f"{where}: the statement runs over {len(lines)} lines ({_quoted(lines)}), "
                    "read as one statement wrapped by hand, its line breaks kept (a document "
                    "prints each as a space); if the lines are statements of their own, end "
                    "each with a full stop or start each with '- ', or give each a row"
                )
            )
        if kind not in ("sentences", "bullets"):
            out.append((number, cells))
            continue
        marks = ", their list marks left out" if kind == "bullets" else ""
        typed = [line.strip() for line in _BREAK.split(text) if line.strip()]
        notes.append(
            LineNote(
                f"{where}: the cell's {len(lines)} lines each read as a statement "
                f"({_quoted(typed)}), imported as {len(lines)} statements in this order, the "
                f"first keeping the row's id, the others new{marks}; to keep them one "
                "statement, write it on one line in the cell and import again"
            )
        )
        out.append((number, cells | {"text": lines[0]}))
        keep = ("competency", "level", "polarity", "competency@", "level@")
        for line in lines[1:]:
            out.append((number, {k: cells[k] for k in keep if k in cells} | {"text": line}))
    return out
