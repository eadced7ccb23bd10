"""A publisher's note among a cell's statements: "Note: this is where the tracks split".

Under a level's list of statements a page may add a paragraph of its own that says it is a
note ("Note: to get promoted into Staff level, most people will take on some tech lead
responsibilities", Dwarves' engineering ladder; "NB:", "Please note"). It advises the reader
about the ladder; it is no behaviour of the holder. Read as it stood, it became one more
statement of the cell. A paragraph that is no list item and opens so is set aside, reported
as not read, word for word; a list item that opens "Note:" stays a statement (the publisher
listed it among them).
"""

from __future__ import annotations

import re

from .blocks import Para, clean, marker

__all__ = ["cell_notes", "is_note"]

_OPENS = re.compile(
    r"^(?:[*_]{1,2})?(?:notes?|nb|n\.b\.)(?:[*_]{1,2})?\s*[:–—-]|^please note\b", re.IGNORECASE
)


def is_note(para: Para) -> bool:
    """Whether a paragraph is a note to the reader: no list item, opening "Note:" or the like.

    Examples
    --------
    >>> is_note(Para("Note: this is where the tracks split.", {}))
    True
    >>> is_note(Para("**NB:** roughly equivalent to Staff Engineer.", {}))
    True
    >>> is_note(Para("Please note the levels build on each other.", {}))
    True
    >>> is_note(Para("Note: keeps notes of decisions", {}, bullet=True))
    False
    >>> is_note(Para("Notes decisions and shares them", {})), is_note(Para("Noteworthy work", {}))
    (False, False)
    """
    number, bullet, rest = marker(para.text)
    if para.bullet or para.number is not None or bullet or number is not None:
        return False
    return bool(_OPENS.match(clean(rest)))


def cell_notes(paras: list[Para]) -> tuple[list[Para], list[Para]]:
    """A cell's paragraphs less its notes, and the notes (see :func:`is_note`).

    Only beside other paragraphs: a cell holding nothing but a note keeps it, to be read as
    the cell's readers read any lone paragraph.

    Examples
    --------
    >>> cell = [Para("Ships features", {}, bullet=True), Para("Note: see the tracks.", {})]
    >>> kept, notes = cell_notes(cell)
    >>> [p.text for p in kept], [p.text for p in notes]
    (['Ships features'], ['Note: see the tracks.'])
    """
    flags = [is_note(p) for p in paras]
    if not any(flags) or all(flags):
        return paras, []
    return [p for p, f in zip(paras, flags, strict=True) if not f], [
        p for p, f in zip(paras, flags, strict=True) if f
    ]
