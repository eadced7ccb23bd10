"""A Markdown page's links to the pages beside it, alone on a line: "*Next up*: [L4](L4.md)".

A ladder published as a page per level closes each page with a link to the next ("*Next up*:
[L4](L4.md)", danscratch's ladder; "[← Previous](l2.md) | [Next →](l4.md)"): the site's
navigation, which a web page's reader drops with the page's menus. Read as printed, the line
was a statement of the last list above it, or part of the level's description.
:func:`page_navigation` sets such a paragraph aside: a line alone between blank lines that is
nothing but links to the pages beside this one (a relative file or folder: "L4.md", "../l4/"),
each led by a word of navigation ("Next", "Next up", "Previous", "Back", "Up", "Home") or an
arrow, the link's words the word alone or a page's name ("Next: L4", "← Back", "L2"). The
report lists the lines set aside. A link to content is no navigation, whatever word opens it:
"[Next steps for your career](career.md)", "[Home working policy](home.md)", "Up to date
guidance: [Handbook](handbook.md)"; nor is a sentence that goes on after its link ("Next, read
[the guide](g.md) before a review") or a link to another site.
"""

from __future__ import annotations

import re

__all__ = ["page_navigation"]

_SHOWN = 6  # the lines set aside the report quotes

#: a word of navigation, alone or with one more of its kind: "Next", "Next up", "Go back"
_WORD = (
    r"(?:next|previous|prev|back|up|home|return|continue|go|forward)"
    r"(?:[ \t]+(?:up|page|level|step|chapter|section|lesson|part|back|home|next|on|to))?"
)
#: a page's name as a link shows it: a few words, no sentence ("L4", "Level 4 - Senior")
_NAME = r"[^\s\[\]().!?;,][^\[\]().!?;,]{0,40}?"
#: a page beside this one: a relative file or folder, no site, no folder below ("l4.md", "../l4/")
_BESIDE = r"(?![a-z][\w+.-]*:)(?:\.{1,2}/)?[^\s()/#]+/?(?:#[^\s()]*)?"
_ARROW = r"[←→«»⬅➡<>]"
_TARGET = rf"\(\s*{_BESIDE}(?:\s+\"[^\"]*\")?\s*\)"
#: "*Next up*: [L4](L4.md)", "Previous: [L2](l2.md) | Next: [L4](l4.md)"
_LABELLED = re.compile(
    rf"^\s*(?:[*_]{{0,2}}{_WORD}[*_]{{0,2}}\s*[:→»>–—-]?\s*\[\s*{_NAME}\s*\]{_TARGET}\s*"
    r"[|·•,/]?\s*)+$",
    re.I,
)
#: "[← Previous](l2.md) | [Next: L4 →](l4.md) | [← L2](l2.md)": links alone, each naming where
#: it leads by a word of navigation (a page's name after it) or by an arrow
_SAYS = (
    rf"{_ARROW}?\s*{_WORD}(?:\s*[:–—-]\s*{_NAME})?\s*{_ARROW}?"
    rf"|{_ARROW}\s*{_NAME}|{_NAME}\s*{_ARROW}"
)
_LINKS = re.compile(
    rf"^\s*(?:{_ARROW}?\s*\[\s*(?:{_SAYS})\s*\]{_TARGET}\s*{_ARROW}?\s*[|·•,/]?\s*)+$",
    re.I,
)


def _navigates(line: str) -> bool:
    """Whether a line is the site's navigation: a word of it or an arrow, to pages beside."""
    return bool(_LABELLED.match(line) or _LINKS.match(line))


def page_navigation(lines: list[str]) -> tuple[list[str], list[tuple[str, str, float]]]:
    """The lines with each paragraph linking to the pages beside it left blank; the note.

    Examples
    --------
    >>> lines = ["- Ships.", "", "*Next up*: [L4](L4.md)", "", "[← Back](a.md) | [Next →](c.md)",
    ...          "", "Next, read [the guide](g.md) first.", "", "[Home](#top)", "",
    ...          "[Home working policy](home.md)"]
    >>> out, notes = page_navigation(lines)
    >>> out[2], out[4], out[8], out[10]
    ('', '', '[Home](#top)', '[Home working policy](home.md)')
    >>> out[6]
    'Next, read [the guide](g.md) first.'
    >>> notes[0][1]  # doctest: +NORMALIZE_WHITESPACE
    "2 lines linking to the pages beside this one set aside ('*Next up*: [L4](L4.md)',
    '[← Back](a.md) | [Next →](c.md)'): the site's navigation, not statements"
    """
    out, gone = list(lines), []
    for i, line in enumerate(lines):
        alone = (i == 0 or not lines[i - 1].strip()) and (
            i + 1 == len(lines) or not lines[i + 1].strip()
        )
        if alone and line.strip() and _navigates(line):
            out[i] = ""
            gone.append(line.strip())
    if not gone:
        return out, []
    n = len(gone)
    shown = ", ".join(repr(line) for line in gone[:_SHOWN]) + (
        f" and {n - _SHOWN} more" if n > _SHOWN else ""
    )
    said = (
        f"{n} line{'s' * (n != 1)} linking to the pages beside this one set aside "
        f"({shown}): the site's navigation, not statements"
    )
    return out, [("unused", said, 0.8)]
