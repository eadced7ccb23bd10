"""A Markdown page's links to the pages beside it, alone on a line: "*Next up*: [L4](L4.md)".

A ladder published as a page per level closes each page with a link to the next ("*Next up*:
[L4](L4.md)", danscratch's ladder; "[← Previous](l2.md) | [Next →](l4.md)"): the site's
navigation, which a web page's reader drops with the page's menus. Read as printed, the line
was a statement of the last list above it, or part of the level's description.
:func:`page_navigation` sets such a paragraph aside: a line alone between blank lines that is
nothing but links to other pages, led by a word of navigation ("Next", "Previous", "Back",
"Up", "Home") or holding only links whose words open with one or with an arrow. A sentence
that goes on after its link ("Next, read [the guide](g.md) before a review") is no such line.
"""

from __future__ import annotations

import re

__all__ = ["page_navigation"]

_WORD = r"(?:next|previous|prev|back|up|home|return|continue|go)\b[\w ]{0,20}?"
_LINK = r"\[([^\[\]]+)\]\((?!#)[^()\s]+(?:\s+\"[^\"]*\")?\)"
#: "*Next up*: [L4](L4.md)", "Previous: [L2](l2.md) | Next: [L4](l4.md)"
_LABELLED = re.compile(
    rf"^\s*(?:[*_]{{0,2}}{_WORD}[*_]{{0,2}}\s*[:→»>–—-]?\s*{_LINK}\s*[|·•,/]?\s*)+$", re.I
)
#: "[← Previous](l2.md) | [Next →](l4.md)": links alone, each naming where it leads
_LINKS = re.compile(rf"^\s*(?:[←→«»⬅➡]?\s*{_LINK}\s*[←→«»⬅➡]?\s*[|·•,/]?\s*)+$")
_SAYS = re.compile(rf"^\s*(?:[←→«»⬅➡<>]|{_WORD})", re.I)


def _navigates(line: str) -> bool:
    if _LABELLED.match(line):
        return True
    return bool(_LINKS.match(line)) and all(_SAYS.match(words) for words in re.findall(_LINK, line))


def page_navigation(lines: list[str]) -> tuple[list[str], list[tuple[str, str, float]]]:
    """The lines with each paragraph linking to the pages beside it left blank; the note.

    Examples
    --------
    >>> lines = ["- Ships.", "", "*Next up*: [L4](L4.md)", "", "[← Back](a.md) | [Next →](c.md)",
    ...          "", "Next, read [the guide](g.md) first.", "", "[Home](#top)"]
    >>> out, notes = page_navigation(lines)
    >>> out[2], out[4], out[6], out[8]
    ('', '', 'Next, read [the guide](g.md) first.', '[Home](#top)')
    >>> notes[0][1]
    "2 lines linking to the pages beside this one set aside ('*Next up*: [L4](L4.md)'): the \
site's navigation, not statements"
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
    said = (
        f"{n} line{'s' * (n != 1)} linking to the pages beside this one set aside "
        f"({gone[0]!r}): the site's navigation, not statements"
    )
    return out, [("unused", said, 0.8)]
