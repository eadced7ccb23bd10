"""A PDF's table of contents, set aside before its lines are read as headings and statements.

A contents page printed from Word is lines of names and page numbers ("Impact 3",
"Teamwork ..... 4"): read as text they become labels ("Teamwork 4" a level).
:func:`contents` finds such a block under its "Contents" line and blanks it, reported.
"""

from __future__ import annotations

import re

from .blocks import clean

__all__ = ["contents"]

_CONTENTS = re.compile(r"^(?:table of )?contents$", re.I)
# a contents entry: a name, then its page after dot leaders or a space ("Impact ..... 3")
_ENTRY = re.compile(r"^(?P<name>.*?[^\W\d_].*?)(?:\s*[.…·_]{2,}\s*|\s+)(?P<page>\d{1,4})$")


def contents(lines: list[str], where: list[dict]) -> list[tuple]:
    """Set aside a table of contents (blanked); return the report's notes.

    A line "Contents" (or "Table of contents") over two or more entries, each a name and its
    page number ("Impact 3", "Impact ........ 3"), most names standing again later as a line
    of their own (the headings they point to); a name with no number among them (a group:
    "Personal Attributes") when it stands again later and an entry follows. Its lines are no
    labels or statements: a contents page printed from Word read "Teamwork 4" as a level.

    Examples
    --------
    >>> lines = ["Contents", "Impact 3", "Teamwork ..... 4", "", "Impact", "Junior", "Works."]
    >>> where = [{"page": 1 + (k > 3), "lines": [k + 1]} for k in range(7)]
    >>> notes = contents(lines, where)
    >>> [t for t in lines if t], notes[0][1][:39]
    (['Impact', 'Junior', 'Works.'], 'a table of contents set aside (3 lines)')
    >>> lines = ["Contents", "Skills", "Impact 3", "Teamwork 4", "Skills", "Impact", "Teamwork"]
    >>> len(contents(lines, where)), lines[:4]
    (1, ['', '', '', ''])
    >>> lines = ["Contents", "Level 2", "Plans work."]
    >>> contents(lines, where[:3]), lines[1]
    ([], 'Level 2')
    """
    notes = []
    for i, text in enumerate(lines):
        if not _CONTENTS.match(clean(text)):
            continue
        at, names, k = [i], [], i + 1
        while k < len(lines):
            t = clean(lines[k])
            m = _ENTRY.match(t)
            if not t:
                k += 1
                continue
            if m is None:
                after = [clean(x) for x in lines[k + 1 :] if clean(x)]
                again = t.casefold() in {x.casefold() for x in after}
                if not (after and again and _ENTRY.match(after[0])):
                    break
            names.append(m.group("name").rstrip(" .…·_") if m else t)
            at.append(k)
            k += 1
        # a name counts when it stands again as a line of its own, after the contents
        rest = {clean(t).casefold() for t in lines[k:] if clean(t)}
        found = [n for n in names if n.casefold() in rest]
        if len(names) < 2 or 2 * len(found) < len(names):
            continue
        shown = ", ".join(repr(clean(lines[n])) for n in at[:6]) + (" ..." if len(at) > 6 else "")
        notes.append(
            (
                "unused",
                f"a table of contents set aside ({len(at)} lines): {shown}",
                0.85,
                {"page": where[i].get("page"), "lines": [n for a in at for n in where[a]["lines"]]},
            )
        )
        for n in at:
            lines[n] = ""
    return notes
