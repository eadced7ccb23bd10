"""How a PDF table cell's lines divide into items, when no gap and no list mark parts them.

A Word table's cell printed to PDF loses the space between its paragraphs when the author set
none: each item's lines follow the last item's with the ordinary line step. What is left to
tell a new item from a wrapped line is the text: the line above ended short of the column by
more than the next word (a break, not a wrap: :func:`fits`), ended a sentence over a capital
in a table of sentence items (:func:`turn`, :func:`sentence_items`), or, in a table of items
written with no full stops, ended with no stop over a word in capitals that the table never
writes in capitals inside a line (:func:`opens`, :func:`bare_items`).
:mod:`compkit.ingest.pdfcells` asks these when it makes a cell's lines paragraphs.
"""

from __future__ import annotations

import re

from .blocks import OPEN_END

__all__ = ["bare_items", "fits", "name_goes_on", "opens", "room", "sentence_items", "turn"]

# the small words a name keeps in lower case: "Managing the Team", "Partnerships & Working"
_SMALL = frozenset({"of", "and", "for", "the", "in", "to", "on", "at", "a", "an", "with", "&"})


def fits(above: str, text: str, width: int) -> bool:
    """Whether ``text`` opens in capitals with a word that would have fitted on the line above.

    The line above ends with no stop or other mark and is short of the column's ``width``
    (characters of layout text) by more than the word: a break ended it, not a wrap.

    Examples
    --------
    >>> fits("practices", "Delivers features", 23), fits("Works effectively with", "Android", 23)
    (True, False)
    >>> fits("business objectives.", "Follows", 40), fits("Listens to the", "board", 30)
    (False, False)

    A word in capitals mid-sentence ("TV", "I", "IT") opens no paragraph:

    >>> fits("I can understand most", "TV news and current affairs", 40)
    False
    """
    above, first = above.rstrip(), (text.split() or [""])[0]
    word = first.strip("\"'‘’“”(),.;:")
    if not width or not first[:1].isupper() or not above or above[-1] in ".,;:!?-–—(/&":
        return False
    if word.isupper() or word in ("I", "I'm", "I’m", "I've", "I’ve", "I'll", "I’ll"):
        return False  # an acronym or "I": capitals mid-sentence
    return room(above, text, width)


# a sentence's end inside a line: a word's stop, then a capital ("solution. Performs")
_MID_STOP = re.compile(r"[a-z)][.!?]['’”)]?\s+['‘“(]?[A-Z]")
# abbreviations that end a line with a stop but no sentence ("etc." "e.g." "Dr.")
_ABBREVIATIONS = frozenset(["etc", "eg", "ie", "vs", "dr", "mr", "mrs", "ms", "inc", "ltd", "no"])


def turn(above: str, text: str, items: bool = False) -> bool:
    """Whether a line ends a sentence with a word's stop and the next opens one in capitals.

    An abbreviation's stop ends no sentence ("e.g.", "Dr."), but in a table known to list
    sentence ``items`` "etc." ends one under which a word in capitals opens the next (Bayawan's
    "... work processes, systems, etc." over "Maintains composure"; not an acronym).

    Examples
    --------
    >>> turn("assigned tasks.", "Independently"), turn("as needed, etc.", "Plans")
    (True, False)
    >>> turn("as needed, etc.", "Plans", True), turn("as e.g.", "Plans", True)
    (True, False)
    >>> turn("systems, etc.", "IT teams", True)
    False
    >>> turn("with the U.S.", "Government"), turn("iterates to a", "Solution")
    (False, False)
    >>> turn("(technically and personally).", "Pursues"), turn("(courses, etc.).", "Integrates")
    (True, True)
    """
    m = re.search(r"(?<![\w.])([A-Za-z]+)(\.?\))?[.!?]['’”]?$", above.rstrip())
    first = text.lstrip("‘“'\"(")[:1]
    closed = bool(m and m.group(2))  # "(... personally)." "(e.g., courses, etc.)."
    if not (m and first.isupper()):
        return False
    word = m.group(1).lower()
    if word == "etc" and not closed:
        head = text.lstrip("‘“'\"(").split()[0]
        return items and not (head.isupper() and len(head) > 1)
    return closed or word not in _ABBREVIATIONS


def sentence_items(cells: list[tuple[list[tuple[str, int]], int]]) -> bool:
    """Whether a table's cells hold lists of sentences, one a paragraph, printed with no gap.

    ``cells`` are each cell's lines with its column's width. A line ending a sentence that
    is short of the column by more than the capitalised word under it (two characters to
    spare for the letters' widths) was ended by a break, not a wrap. At least two such
    breaks, more than twice as many as sentences ending inside a line (an item of two
    sentences), and the author writes a sentence a paragraph. A paragraph of sentences ends
    most of them inside its lines, and wraps before each next word.

    GitLab's engineering matrix ("Advocates for" / "security." / "Provides guidance ...")
    and Bayawan City's competency dictionary as a level grid ("... ambiguity or
    uncertainty." / "Demonstrates willingness ...") are lists; the APS ILS comparative ("...
    business" / "objectives." / "Follows direction": no room, one paragraph in its Word file)
    and Bayawan's items written as one paragraph a cell are not.

    Examples
    --------
    >>> cell = [("Acts as a Coach.", 1), ("Advocates for", 2), ("security.", 3),
    ...         ("Able to resolve", 4), ("it.", 5), ("Reviews code.", 6)]
    >>> sentence_items([(cell, 19)]), sentence_items([(cell, 15)])
    (True, False)
    >>> sentence_items([([*cell, ("Plans. Ships work.", 7)], 19)])
    False
    """
    mids = sum(bool(_MID_STOP.search(t)) for cell, _ in cells for t, _ in cell)
    breaks = sum(
        turn(cell[k - 1][0], t)
        and n - cell[k - 1][1] == 1
        and room(cell[k - 1][0], t, width, spare=2)
        for cell, width in cells
        for k, (t, n) in enumerate(cell)
        if k
    )
    return breaks >= 2 and breaks > 2 * mids


def bare_items(cells: list[tuple[list[tuple[str, int]], int]]) -> frozenset | None:
    """The table's names in capitals when its cells list items with no full stops, else None.

    Items written with no stop, one a paragraph, printed with no gap between them (the
    Royal Opera House's and Novoda's progression frameworks: "value" / "Has enough
    knowledge"): at least two lines in capitals under a line with no stop that the first word
    would have fitted on (a break, not a wrap), and at most one cell in four ending with a
    stop. The names returned are the words the table writes in capitals inside a line
    ("Android", "GitHub"): such a word opening a line may go on with the line above.

    Examples
    --------
    >>> cell = [("Learning just as", 1), ("much as adding", 2), ("value", 3),
    ...         ("Has enough", 4), ("knowledge to", 5), ("make informed", 6), ("decisions", 7),
    ...         ("Doesn’t", 8), ("necessarily know", 9)]
    >>> sorted(bare_items([(cell, 16), ([("Seeks out", 1), ("feedback", 2),
    ...                                  ("Uses GitHub", 3), ("daily", 4)], 16)]))
    ['github']
    >>> bare_items([(cell, 16), ([("Seeks out feedback.", 1)], 16)]) is None
    True
    """
    breaks = sum(
        fits(cell[k - 1][0], t, width) and n - cell[k - 1][1] == 1
        for cell, width in cells
        for k, (t, n) in enumerate(cell)
        if k
    )
    ends = [cell[-1][0].rstrip() for cell, _ in cells if cell]
    stopped = sum(t.endswith((".", "!", "?")) for t in ends)
    if breaks < 2 or 4 * stopped > len(ends):
        return None
    inner = (w for cell, _ in cells for t, _ in cell for w in t.split()[1:])
    return frozenset(w.strip("\"'‘’“”(),.;:").lower() for w in inner if w[:1].isupper())


def opens(above: str, text: str, names: frozenset) -> bool:
    """Whether ``text`` opens a new item under ``above`` in a table of items with no stops.

    The line above ends with no stop, comma or word that leaves a sentence open ("with",
    "and", "the"); the line opens with a word in capitals that is no acronym, no "I", and
    none of the ``names`` the table writes in capitals inside a line.

    Examples
    --------
    >>> opens("decisions", "Doesn’t necessarily", frozenset())
    True
    >>> opens("Works effectively with", "Android", frozenset())
    False
    >>> opens("Uses tools such as", "GitHub", frozenset()), opens("tools", "GitHub", {"github"})
    (False, False)
    >>> opens("Strong in three", "TV programmes", frozenset())
    False
    """
    above, first = above.rstrip(), (text.split() or [""])[0]
    word = first.strip("\"'‘’“”(),.;:")
    if not word[:1].isupper() or not above or above[-1] in ".,;:!?-–—(/&" or OPEN_END.search(above):
        return False
    if (word.isupper() and len(word) > 1) or word in ("I", "I'm", "I’m", "I've", "I’ve"):
        return False
    return word.lower() not in names


def room(above: str, text: str, width: int, spare: int = 1) -> bool:
    """Whether the first word of ``text`` would have fitted on the line ``above``.

    The column is ``width`` characters of layout text; ``spare`` characters are kept for the
    letters' own widths.
    """
    first = (text.split() or [""])[0]
    return len(above.rstrip()) + 1 + len(first) < width - spare


def name_goes_on(name: str, text: str) -> bool:
    """Whether a row name's cell line ``text`` goes on with the ``name`` above it, no gap between.

    A narrow first column wraps a competency's name in title case ("Demonstrating" /
    "Personal" / "Qualities"): each word of both in capitals, a number or a small word ("&",
    "of", "with"), eight words at most together, and no stop; a sentence under a name
    ("Teamwork" / "Listens well to others") is the name's description.

    Examples
    --------
    >>> name_goes_on("Demonstrating Personal", "Qualities")
    True
    >>> name_goes_on("Partnerships &", "Working With"), name_goes_on("Teamwork", "Listens well")
    (True, False)
    >>> name_goes_on("Teamwork", "Definition: the"), name_goes_on("Teamwork.", "Listens")
    (False, False)
    """
    words = f"{name} {text}".split()
    if len(words) > 8 or name.rstrip().endswith((".", ";", ",", ":")) or ":" in text:
        return False
    for word in words:
        core = word.strip("()[]{}\"'‘’“”–—-/+,")
        if core and not (core[:1].isupper() or core[:1].isdigit() or core.casefold() in _SMALL):
            return False
    return not text.rstrip().endswith((".", ";", ":"))
