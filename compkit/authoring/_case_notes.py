"""The notes a CASE package gives its competencies and groups, kept in the framework's notes.

compkit keeps a note beside a statement (CASE's ``notes`` on an indicator item) but has no
field for one on a competency or a group, and a competency's description is what it is, not a
remark on it. So :mod:`._case_read` keeps such a note word for word as a paragraph of the
framework's notes naming its competency or group ("Note on competency k-ns ("Number Sense")
in the CASE package: ..."), each further paragraph of the note marked as its own ("Note on
competency k-ns in the CASE package, continued: ..."), and
:func:`compkit.authoring.case.to_case` gives those marked paragraphs back as the item's
``notes``, so a package read, written and read again says the same. A paragraph not so marked
(one the user added to the notes after them) is the framework's, never an item's.
"""

from __future__ import annotations

import re

__all__ = ["item_notes", "said_note"]

_OPENS = re.compile(
    r"Note on (competency|group) ([a-z0-9][a-z0-9._-]*) "
    r"(?:\(.*?\) in the CASE package|(in the CASE package, continued)): "
)


def said_note(kind: str, record: dict, note: str) -> str:
    r"""A competency's or group's note as paragraphs of the framework's notes, each marked.

    Examples
    --------
    >>> said_note("group", {"id": "k-ns", "name": "Number Sense"}, "Learning Outcome: ...")
    "Note on group k-ns ('Number Sense') in the CASE package: Learning Outcome: ..."
    >>> said_note("competency", {"id": "c1", "name": "Care"}, "A.\n\nB.").split("\n\n")[1]
    'Note on competency c1 in the CASE package, continued: B.'
    """
    first, *more = str(note).split("\n\n")
    said = [f"Note on {kind} {record['id']} ({record['name']!r}) in the CASE package: {first}"]
    said += [f"Note on {kind} {record['id']} in the CASE package, continued: {p}" for p in more]
    return "\n\n".join(said)


def item_notes(notes: str) -> dict[tuple[str, str], str]:
    r"""The notes :func:`said_note` wrote into a framework's notes, by kind and id.

    Only the paragraphs :func:`said_note` marked go back, a note's further paragraphs by their
    own mark; any other paragraph, wherever it stands, is the framework's.

    Examples
    --------
    >>> said = said_note("competency", {"id": "c1", "name": "Care"}, "A.\n\nB.")
    >>> item_notes(f"As published.\n\n{said}\n\nReviewed in May.")
    {('competency', 'c1'): 'A.\n\nB.'}
    """
    out: dict[tuple[str, str], str] = {}
    for paragraph in str(notes or "").split("\n\n"):
        if not (m := _OPENS.match(paragraph)):
            continue
        at, text = (m[1], m[2]), paragraph[m.end() :]
        out[at] = f"{out[at]}\n\n{text}" if m[3] and at in out else text
    return out
