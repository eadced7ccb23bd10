"""The notes a CASE package gives its competencies and groups, kept in the framework's notes.

compkit keeps a note beside a statement (CASE's ``notes`` on an indicator item) but has no
field for one on a competency or a group, and a competency's description is what it is, not a
remark on it. So :mod:`._case_read` keeps such a note word for word as a paragraph of the
framework's notes naming its competency or group ("Note on competency k-ns ("Number Sense")
in the CASE package: ..."), and :func:`compkit.authoring.case.to_case` gives it back as the
item's ``notes``, so a package read, written and read again says the same.
"""

from __future__ import annotations

import re

__all__ = ["item_notes", "said_note"]

_OPENS = re.compile(
    r"Note on (competency|group) ([a-z0-9][a-z0-9._-]*) \(.*?\) in the CASE package: "
)


def said_note(kind: str, record: dict, note: str) -> str:
    """A competency's or group's note as a paragraph of the framework's notes.

    Examples
    --------
    >>> said_note("group", {"id": "k-ns", "name": "Number Sense"}, "Learning Outcome: ...")
    "Note on group k-ns ('Number Sense') in the CASE package: Learning Outcome: ..."
    """
    return f"Note on {kind} {record['id']} ({record['name']!r}) in the CASE package: {note}"


def item_notes(notes: str, *, stops: tuple[str, ...] = ()) -> dict[tuple[str, str], str]:
    r"""The notes :func:`said_note` wrote into a framework's notes, by kind and id.

    A note of several paragraphs runs on to the next paragraph opening "Note on" a
    competency or group, or one opening with one of ``stops`` (the reader's own notes).

    Examples
    --------
    >>> item_notes("As published.\n\nNote on competency c1 ('Care') in the CASE package: A.\n\nB.")
    {('competency', 'c1'): 'A.\n\nB.'}
    """
    out: dict[tuple[str, str], str] = {}
    at = None
    for paragraph in str(notes or "").split("\n\n"):
        if m := _OPENS.match(paragraph):
            at = (m[1], m[2])
            out[at] = paragraph[m.end() :]
        elif at and not paragraph.startswith(stops or ()):
            out[at] += "\n\n" + paragraph
        else:
            at = None
    return out
