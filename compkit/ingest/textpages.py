"""Page furniture in text copied out of a PDF: page numbers, running headers and footers.

Text selected across a PDF's pages and pasted into a file keeps each page's footer ("Civil
Service Behaviours | 4", "NSW PUBLIC SERVICE COMMISSION | ... VERSION 2: 2020 3"), its running
header ("2 Queensland Public Service Capability and Leadership Framework"), its page number
("Page 2 of 20") and the form feed a converter writes between pages. Read as text, such a line
became a statement, or split a statement wrapped over the page break. :func:`page_furniture`
takes them out, keeping every other line's place in the file, and says what it took.
"""

from __future__ import annotations

import itertools
import re

from .folios import folio, named_page
from .labels import level_score

__all__ = ["page_furniture"]

#: A line opening or closing with a page number: a running header once its words repeat.
_NUMBERED = re.compile(r"^(?:(\d{1,4})\s+(\D.{3,})|(.{3,}?)\s+(\d{1,4}))$")

#: The fewest lines between a running header and the next: a page holds more than a few lines.
_PAGE_LINES = 8


def _words(line: str) -> tuple[str, int] | None:
    """A running header's words and its page number, when ``line`` can be one.

    Three words or more that read as no level's name ("Senior Officer 2" is a level, not a
    page of "Senior Officer"); never a table's cell (a tab-indented line).
    """
    m = _NUMBERED.match(line.strip())
    if m is None or line[:1] == "\t":
        return None
    words = (m.group(2) or m.group(3)).strip()
    if len(words.split()) < 3 or level_score(words) >= 0.8:
        return None
    return words.casefold(), int(m.group(1) or m.group(4))


def page_furniture(lines: list[str]) -> tuple[list[str], list[dict], list[tuple]]:
    """The lines without page furniture, each kept line's place, and the report's note.

    Set aside: a form feed; a line naming a page ("Page 2 of 20", "- 4 -"); a footer naming
    its page (:func:`compkit.ingest.folios.named_page`: "Civil Service Behaviours | 4",
    "Guide - page 2 of 9"); a line whose words (three
    or more, no level's name), with a page number at its start or end, stand on two or more
    lines, eight lines apart or more, whose numbers count up (a running header: "2 Queensland
    Public Service Capability and Leadership Framework", "4 Queensland ..."). A statement never
    ends so.

    Examples
    --------
    >>> lines = ["Seeing the Big Picture", "• Keep up to date with the",
    ...          "Civil Service Behaviours | 4", "issues that affect your work area",
    ...          "2 Civil Service Behaviours", "• Plans", "1 Senior Officer", "2 Senior Officer"]
    >>> kept, places, notes = page_furniture(lines)
    >>> kept
    ['Seeing the Big Picture', '• Keep up to date with the', 'issues that affect your work area', \
'2 Civil Service Behaviours', '• Plans', '1 Senior Officer', '2 Senior Officer']
    >>> places[2], notes[0][1]
    ({'lines': [4]}, "1 line of page furniture (page numbers, running headers and footers) set \
aside: 'Civil Service Behaviours | 4'")
    """
    texts = [line.replace("\f", "").strip() for line in lines]
    seen: dict[str, list[tuple[int, int]]] = {}
    for i, line in enumerate(lines):
        if (found := _words(line.replace("\f", ""))) is not None:
            seen.setdefault(found[0], []).append((i, found[1]))
    running = {  # page numbers count up, a page's lines apart
        words
        for words, pages in seen.items()
        if len(pages) >= 2
        and all(a[1] < b[1] and b[0] - a[0] >= _PAGE_LINES for a, b in itertools.pairwise(pages))
    }
    drop = set()
    for i, text in enumerate(texts):
        found = _words(lines[i].replace("\f", ""))
        if (
            folio(text, bare=False) is not None
            or named_page(text) is not None
            or (found is not None and found[0] in running)
        ):
            drop.add(i)
    kept = [line.replace("\f", "") for i, line in enumerate(lines) if i not in drop]
    places = [{"lines": [i + 1]} for i in range(len(lines)) if i not in drop]
    if not drop:
        return kept, places, []
    first = texts[min(drop)]
    n = len(drop)
    message = (
        f"{n} line{'s' * (n > 1)} of page furniture (page numbers, running headers and footers) "
        f"set aside: {first!r}" + (", ..." if n > 1 else "")
    )
    return kept, places, [("repair", message, 0.8, {"lines": sorted(i + 1 for i in drop)[:1]})]
