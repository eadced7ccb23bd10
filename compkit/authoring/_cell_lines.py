r"""A statement cell of the authoring workbook (or CSV tables) holding line breaks.

An author who types two lines into one statement cell most likely means one of two things:
two statements typed into one cell (each line a sentence, "Plans work." over "Reviews it.", or
each a bullet, "- Plans work." over "- Reviews it."), or one statement wrapped over lines by
hand ("Builds relationships across the" over "organisation"). The first is read as a
statement per line, on rows of their own in the cell's order (a bullet's mark left out); the
second stays one statement, its line breaks kept (a document prints each as a space). Either
way the import says so in a note naming the file, sheet, row and column, what was done and how
to undo it: nothing is split or joined silently, and no word is lost.

A line ending in a backslash (``\``) keeps its line break: the author's word that the next
line belongs to the same statement (two sentences of one statement, set on lines of their
own). The import reads such a cell as one statement, its line breaks kept and the backslashes
left out, and says nothing (nothing was guessed). The workbook and CSV tables write the mark
after every line of a statement that would otherwise come back as several (:func:`marked`),
and only there: a framework with no such statement is written as before.
"""

from __future__ import annotations

import re

__all__ = ["LineNote", "marked", "read_lines", "split_cells"]

_BREAK = re.compile(r"\r\n|\r|\n")
_BULLET = re.compile(r"[-•*·–]\s+")  # a list mark typed before a line's words
_ENDS = re.compile(r"[.!?…][\"'’”)\]]*$")  # a sentence's end, a closing quote or bracket after
_OPENS = re.compile(r"[\"'‘“(\[]*(\w)")  # the first letter, after an opening quote or bracket
_KEEP = re.compile(r"[ \t]*\\(\r\n|\r|\n)")  # a backslash ending a line: its break is kept
_HELD = {"\n": "\ue000", "\r\n": "\ue001", "\r": "\ue002"}  # a kept break, while lines are read
_FREED = {v: k for k, v in _HELD.items()}


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


def marked(text: str) -> str:
    r"""The statement as a workbook cell: a backslash ends each line an import would split off.

    >>> marked("Plans work.\nReviews it.")
    'Plans work.\\\nReviews it.'
    >>> marked("Builds relationships across the\norganisation")  # read back as one already
    'Builds relationships across the\norganisation'
    """
    if not isinstance(text, str) or not _BREAK.search(text):
        return text
    lines = _BREAK.split(text)
    if read_lines(text)[0] in ("sentences", "bullets") or any(
        line.endswith("\\") for line in lines[:-1]
    ):
        return _BREAK.sub(lambda m: "\\" + m.group(0), text)
    return text


def _hold(text: str) -> str:
    """The text with each marked line break held (no break while the lines are read)."""
    return _KEEP.sub(lambda m: _HELD[m.group(1)], text)


def _free(text: str) -> str:
    """The held line breaks given back, their marks gone."""
    return re.sub("[\ue000-\ue002]", lambda m: _FREED[m.group(0)], text)


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
        if isinstance(text, str) and _KEEP.search(text):  # a line break the author kept
            text = _hold(text)
            kind, lines = read_lines(text)
            lines = [_free(line) for line in lines]
            cells = cells | {"text": _free(text)}
        else:
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
        typed = [_free(line.strip()) for line in _BREAK.split(text) if line.strip()]
        notes.append(
            LineNote(
                f"{where}: the cell's {len(lines)} lines each read as a statement "
                f"({_quoted(typed)}), imported as {len(lines)} statements in this order, the "
                f"first keeping the row's id, the others new{marks}; to keep them one "
                "statement, end each line but the last with a backslash (\\) or write it on "
                "one line in the cell, and import again"
            )
        )
        out.append((number, cells | {"text": lines[0]}))
        keep = ("competency", "level", "polarity", "competency@", "level@")
        for line in lines[1:]:
            out.append((number, {k: cells[k] for k in keep if k in cells} | {"text": line}))
    return out
