"""A Word cell's statements typed on lines of one paragraph, parted by line breaks.

An author fills a grid cell with its statements a line each, pressing Shift+Enter (``w:br``)
rather than Enter, with no bullet: "Provides regular status updates to their mentor/buddy" ⏎
"Points out syntactical improvements in code reviews". Read as one paragraph, the lines ran
together into one statement, where the same cell as a sheet's lines, HTML's ``<br>`` or
Markdown's read a statement a line. Here the lines are read as a sheet's cell is
(:func:`~compkit.ingest.celllines.statement_lines`): each line a statement when every line
ends a sentence or an item (";") and the next opens as a new one, or when no line stops yet
every line after the first opens with a capital and none runs on ("and", "of", a comma); a
sentence the author broke by hand ("... with dignity and" ⏎ "respect") stays whole, its
lines joined. A short lead-in closed by a colon on the first line ("You can:") stands apart,
as a stem does. A line after the first opening with a label and a colon that the first does
not ("Rationale: Stage 1 of five.") belongs with the statement above it: the paragraph stays
whole, as it always has (a statement's own labelled reasons are set aside before, by
:mod:`.wordreasons`, when typed in italics or bold). Each cell read so is said, once per
document with the count (:func:`breaks_note`).
"""

from __future__ import annotations

import re

from .._words import plural, some
from .blocks import clean
from .celllines import statement_lines

__all__ = ["break_lines", "breaks_note"]

#: A lead-in closing the first line: "You can:", "At this level you will:"
_LEAD = re.compile(r"^\S+(?: \S+){0,5}:$")
#: A line opening with a label and a colon: "Rationale: ...", "Evidence of impact: ..."
_LABELLED = re.compile(r"^[A-Z][\w'’-]*(?: [\w'’-]+){0,3}:\s")


def break_lines(text: str) -> list[str] | None:
    r"""The statements of a cell paragraph's lines parted by line breaks, or None (one).

    Examples
    --------
    >>> break_lines("Accepts feedback graciously\nGives feedback to peers when asked")
    ['Accepts feedback graciously', 'Gives feedback to peers when asked']
    >>> break_lines("You can:\nplan the work with\nthe team")
    ['You can:', 'plan the work with the team']
    >>> break_lines("Treats all people with dignity and\nrespect") is None
    True
    >>> break_lines("Does code at P1.\nRationale: Stage 1 of five.") is None
    True
    >>> break_lines("You can:\nUnderstand users.\nBuild interfaces.")
    ['You can:', 'Understand users.', 'Build interfaces.']
    """
    lines = [clean(line) for line in text.split("\n") if clean(line)]
    if len(lines) < 2:
        return None
    if any(_LABELLED.match(line) for line in lines[1:]) and not _LABELLED.match(lines[0]):
        return None  # "... ⏎Rationale: ...": the statement's own labelled part
    lead = [lines[0]] if _LEAD.match(lines[0]) else []
    rest = lines[len(lead) :]
    if not lead:
        split = statement_lines("\n".join(rest))
        return [t for _, t in split] if split else None
    split = statement_lines("\n".join(rest)) if len(rest) > 1 else None
    return lead + ([t for _, t in split] if split else [" ".join(rest)])


def breaks_note(cells: list[tuple[list[str], dict]]) -> list[tuple[str, str, float, dict]]:
    """The report's note on the cells read a statement a line: how many, the first's lines.

    ``cells`` holds each cell paragraph's pieces and source, in reading order.
    """
    if not cells:
        return []
    pieces, source = cells[0]
    return [
        (
            "repair",
            f"{plural(len(cells), 'cell paragraph')} of lines parted by line breaks "
            "(Shift+Enter) read as a statement a line, as a sheet's lines are; the first here: "
            f"{some(pieces, sep=' | ')}",
            0.75,
            dict(source),
        )
    ]
