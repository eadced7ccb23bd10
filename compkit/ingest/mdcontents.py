"""A Markdown page's own table of contents: a list of links to its headings, set aside.

GitHub pages open with a contents list made by hand or by a tool (Markdown TOC's
``<!-- TOC -->`` block, doctoc, VS Code's Markdown All in One): every item is a link to a
heading of the same page, ``- [Testing](#testing)``. It names the headings below and says
nothing of its own; read as text it became the framework's introduction, each heading's
name once more (hanfak's core engineering ladder: 33 links). A run of three or more
list items, each nothing but a link to an anchor of the page (``#...``), is that list: set
aside and reported, with a heading right above it that names it ("Contents", "Table of
Contents", "On this page"). A list of links to other pages is the page's text and stays.
"""

from __future__ import annotations

import re

from .blocks import atx_heading, clean

__all__ = ["contents_lists"]

_LINK_ITEM = re.compile(r"^\s*(?:[-*+]|\d{1,3}[.)])\s+\[[^\]]*\]\(#[^)\s]*\)\s*$")
_NAMES_CONTENTS = re.compile(r"^(?:table of )?contents|^on this page$|^toc$", re.IGNORECASE)


def contents_lists(lines: list[str]) -> tuple[list[str], list[tuple]]:
    """The lines with each in-page contents list blanked (as many lines, each at its place).

    Returns the lines and the report's notes.

    Examples
    --------
    >>> lines = ["# Ladder", "## Contents", "- [Testing](#testing)", "  - [Level 1](#level-1)",
    ...          "- [Review](#review)", "", "## Testing", "- [Guide](https://example.org)"]
    >>> out, notes = contents_lists(lines)
    >>> out
    ['# Ladder', '', '', '', '', '', '## Testing', '- [Guide](https://example.org)']
    >>> notes[0][1]
    "a table of contents (3 links to the page's own headings) set aside"
    """
    out, notes = list(lines), []
    i = 0
    while i < len(lines):
        j = i
        while j < len(lines) and _LINK_ITEM.match(lines[j]):
            j += 1
        if j - i < 3:
            i = j + 1
            continue
        for k in range(i, j):
            out[k] = ""
        above = next((k for k in range(i - 1, -1, -1) if lines[k].strip()), None)
        head = atx_heading(lines[above]) if above is not None else None
        if head is not None and _NAMES_CONTENTS.match(clean(head[1])):
            out[above] = ""
        notes.append(
            (
                "guess",
                f"a table of contents ({j - i} links to the page's own headings) set aside",
                0.8,
                {"lines": [i + 1]},
            )
        )
        i = j
    return out, notes
