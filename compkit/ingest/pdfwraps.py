"""Where a PDF table cell's paragraphs end, told by the space a wrapped line keeps at its end.

A word processor that wraps a paragraph's line at a space keeps that space as the line's last
character in the PDF's text (LibreOffice and Word do: "Identify all stakeholders, internal
and external, formal " / "and informal. " / "Report to stakeholders"); a paragraph's last line
ends with its last letter. The layout text a table is read from drops line-end spaces, so
:func:`line_ends` keeps, for each page, whether each of its plain text lines ends with one.
A table's cells are read by that sign only where it holds (:func:`trusted`): the lines left
open ("... and", "... with", "... ,") end with a space and the cells' last lines do not.
Then a cell's line that ends with a space runs on ("... and informal." / "Report to ...":
one statement of two sentences; "WSX Mind’s" / "Equalities" / "Policy"), and one that ends
with none, short of the column by more than the next line's first word, ends its paragraph
("uses." / "follow coding conventions": two statements though the second opens in lower
case). A line the text fills may lose its space: it tells nothing, but for a word the
narrow column broke with no hyphen ("criticism/feedba" / "ck", :func:`broken_word`).
"""

from __future__ import annotations

import re

from .blocks import OPEN_END, clean

__all__ = ["broken_word", "drawn_items", "line_ends", "short", "trusted"]


def line_ends(lines: list[str]) -> dict[str, bool | None]:
    """Each of a page's plain text lines (cleaned): whether it ends with a space.

    A text met twice, ending both ways, is not known (None).

    Examples
    --------
    >>> line_ends(["Report to ", "stakeholders.", "and ", "and"])
    {'Report to': True, 'stakeholders.': False, 'and': None}
    """
    out: dict[str, bool | None] = {}
    for line in lines:
        key = clean(line)
        if not key:
            continue
        spaced = line[-1:].isspace()
        out[key] = spaced if out.get(key, spaced) == spaced else None
    return out


def drawn_items(lines: list[str]) -> frozenset[str]:
    """The texts of a page's plain lines marked "• " for a bullet drawn as a shape.

    The layout text a table is read from has no such bullet: a cell's line that reads as one
    of these texts (and as no unmarked line) opens a list item
    (:mod:`compkit.ingest.pdfshapes`).

    >>> sorted(drawn_items(["• bringing in", "resource to", "• aware of", "aware of"]))
    ['bringing in']
    """
    marked = {clean(t[2:]) for t in lines if t.startswith("• ")}
    return frozenset(marked - {clean(t) for t in lines if not t.startswith("• ")})


def trusted(cells: list[list[bool | None]], texts: list[list[str]]) -> bool:
    """Whether a table's wrapped lines keep their line-end spaces and its paragraphs end bare.

    ``cells`` gives each body cell's lines' line-end signs (:func:`line_ends`), ``texts``
    their texts. Of the lines left open ("... and", "... the", "... ,") that another line
    follows, three or more are known and half or more end with a space (a line the text
    fills may lose its space); of the cells' last lines, three or more are known and nine in
    ten end with none.

    Examples
    --------
    >>> trusted([[True, False], [False, True, False], [True, False]],
    ...         [["Works with", "others."], ["Plans and", "the team,", "ships."], ["A and", "b"]])
    True
    >>> trusted([[True, True], [True, True, True], [True, True]],
    ...         [["Works with", "others."], ["Plans and", "the team,", "ships."], ["A and", "b"]])
    False
    """
    open_ends = [
        sign
        for signs, lines in zip(cells, texts, strict=True)
        for sign, text in zip(signs[:-1], lines[:-1], strict=True)
        if sign is not None and OPEN_END.search(text.rstrip())
    ]
    lasts = [signs[-1] for signs in cells if signs and signs[-1] is not None]
    return (
        len(open_ends) >= 3
        and 2 * sum(open_ends) >= len(open_ends)
        and len(lasts) >= 3
        and 10 * sum(not s for s in lasts) >= 9 * len(lasts)
    )


def short(above: str, text: str, width: int, *, lower: bool = True) -> bool:
    """Whether a line that kept no space at its end ends its paragraph short of the column.

    In a table whose wrapped lines keep their end space (:func:`trusted`), a line loses it
    only where the text fills the column (the space would stand past its edge) or where it
    broke after a hyphen, dash or slash. A line short of the column's ``width`` (layout
    characters) by more than ``text``'s first word ended its paragraph; so did one short by
    more than a quarter of the width, not broken so, where ``text`` opens in capitals or the
    cell's items open in lower case (``lower``): "for your language" over "understand that
    code ...", the next word too long for the line's room. (A line of wide letters may fill
    a narrow column in fewer characters: "Empowers team" over "members to develop", in a
    cell whose items open in capitals, goes on.)

    Examples
    --------
    >>> short("for your language", "understand that", 26)
    True
    >>> short("read more often that it is", "written", 26)
    False
    >>> long = "styleguides-for-all"
    >>> short("conventions/", long, 26), short("conventions", long, 26)
    (False, True)
    >>> short("Empowers team", "members to", 18, lower=False), short("Empowers team", "Members", 18)
    (False, True)

    A sentence's end with no space kept under it, the next line opening in capitals, ends
    its paragraph however full the line: a wrapped line ending a sentence keeps its space
    ("familiar. How "), so "within a project." over "You estimate the" is two statements:

    >>> short("within a project.", "You estimate the", 19), short("a project.", "you", 12)
    (True, False)
    """
    first = (text.split() or [""])[0]
    if len(above.rstrip()) + 1 + len(first) < width - 2:
        return True  # its first word would have fitted
    if _SENTENCE_END.search(above) and text.lstrip("‘“'\"(")[:1].isupper():
        return True  # a sentence ended with no space kept, and the next line opens one
    broke = above.rstrip().endswith(("-", "/", "–", "—"))  # broken with no space to keep
    told = lower or not text.lstrip("‘“'\"(")[:1].islower()
    return told and not broke and 4 * len(above.rstrip()) <= 3 * width


#: A sentence's end: a full stop, question or exclamation mark, a closing quote or bracket after
_SENTENCE_END = re.compile(r"[.!?][’”'\")]?$")


def broken_word(above: str, text: str, word) -> bool:
    """Whether a line ending with no space broke a word that ``text`` ends, no hyphen between.

    The line ends in letters and the next opens in lower-case letters, and the two pieces
    make one word the dictionary (``word``) knows ("criticism/feedba" "ck", "organisationa"
    "l"), not being both words themselves ("in" "a": "ina"; "super" "visors"); "language" over
    "understand that" is two paragraphs.

    Examples
    --------
    >>> known = {"feedback", "fora", "for", "a", "language", "understand"}.__contains__
    >>> broken_word("criticism/feedba", "ck as an", known), broken_word("your language",
    ...     "understand that", known)
    (True, False)
    >>> broken_word("described for", "a Familiar", known)
    False
    """
    head = re.search(r"[^\W\d_]+$", above)
    tail = re.match(r"[a-z]+(?![\w'’-])", text)
    if head is None or tail is None:
        return False
    a, b = head.group(0).lower(), tail.group(0)
    if _real(a, word) and _real(b, word):
        return False  # two words ("in" "a", "for" "a"): a full line lost its end space
    return word(a + b)


def _real(piece: str, word) -> bool:
    """Whether a piece of a broken line is a word of its own (one letter: only "a" or "i")."""
    return piece in ("a", "i") if len(piece) == 1 else word(piece)
