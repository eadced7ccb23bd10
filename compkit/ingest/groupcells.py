"""Group rows of a document table that are too long to read as labels: a sentence across it.

A table with a column of row names may set each group of its rows under a cell merged across
the whole table. A short one ("Management standard: Demands") is a label like any other; some
publishers write the group as a sentence: the APHL/CDC laboratory competency guidelines set
"1. Communication technique competencies deploy formal written and oral communication
strategies." across "Subcompetency | Beginner | ... | Expert", over the rows "1.01 Written
communication | ...". :func:`long_group` reads such a row as a group row only where it stands
alone in its row and a named row of the table follows it, so that a long statement merged
across a table, a note under it or a group's description under its name stays what it was.
:func:`shared_prefix` drops the prefix every group row shares ("Management standard: Demands"
is the group "Demands"), for documents' tables and sheets alike.
"""

from __future__ import annotations

import re

from .blocks import clean

__all__ = ["long_group", "shared_prefix"]

#: The most words a group's sentence takes (the guidelines' longest competency has 17)
_WORDS = 40
#: A sentence's end: a group's sentence, where a name left blank has none
_SENTENCE = re.compile(r"[.!?]$")
#: The most words a row's name takes (AITSL's focus areas run to 25)
_NAME_WORDS = 25


#: A group row's prefix before a colon ("Management standard: Demands")
_PREFIX = re.compile(r"^([^:]{2,40}):\s+(\S.*)$")


def shared_prefix(texts: list[str]) -> tuple[str, dict[str, str]] | None:
    """(prefix, each group row's name without it), when two or more rows share one prefix.

    Examples
    --------
    >>> shared_prefix(["Management standard: Demands", "Management standard: Control"])
    ('Management standard', {'Management standard: Demands': 'Demands', \
'Management standard: Control': 'Control'})
    >>> shared_prefix(["Area: Demands", "Control"]) is None
    True
    """
    parts = [_PREFIX.match(t) for t in texts]
    prefixes = {m.group(1) for m in parts if m}
    if len(texts) < 2 or not all(parts) or len(prefixes) != 1:
        return None
    return prefixes.pop(), {t: m.group(2) for t, m in zip(texts, parts, strict=True)}


def _text(cell: dict) -> str:
    return clean(" ".join(p.text for p in cell["paras"]))


def _plain(cell: dict, most: int, words: int) -> bool:
    """A cell of at most ``most`` paragraphs, none a list item, of 1 to ``words`` words."""
    paras = cell["paras"]
    return (
        0 < len(paras) <= most
        and not any(p.number is not None or p.bullet for p in paras)
        and 0 < len(_text(cell).split()) <= words
    )


def _alone(row: list[dict]) -> bool:
    """One cell across the row, or text in the first cell only (a PDF's or Markdown's row)."""
    return len(row) == 1 or (bool(_text(row[0])) and not any(_text(c) for c in row[1:]))


def long_group(body: list[list[dict]], r: int) -> bool:
    """Whether row ``r`` of a table's body is a group row written as a sentence.

    The row is one cell (merged across the table, or alone in its row, the others blank) of
    one or two plain paragraphs of up to 40 words, not right under another such row (a group's
    description under its name), and the next row is a named row: a short name in its first
    cell (up to three lines), no list item, and text in another of three cells or more. Alone
    in a row of blank cells, it is a sentence or longer than a name (12 words): a short name
    there is a competency its publisher left blank.

    Parameters
    ----------
    body : list of list of dict
        The table's rows under its header, each a list of cells with their ``paras``.
    r : int
        The row to judge.

    Returns
    -------
    bool
        True when row ``r`` groups the named rows under it.

    Examples
    --------
    >>> from compkit.ingest.blocks import Para
    >>> def row(*texts):
    ...     return [{"paras": [Para(t, {})] if t else []} for t in texts]
    >>> group = row("1. Communication technique competencies deploy formal written and "
    ...             "oral communication strategies.")
    >>> named = row("1.01 Written communication", "Identifies key messages", "Applies it")
    >>> long_group([group, named], 0)
    True
    >>> long_group([named, group], 1)  # nothing under it: a note below the table
    False
    >>> long_group([group, row("", "Identifies key messages", "Applies it")], 0)  # no name
    False
    >>> long_group([group + row("", ""), named], 0)  # alone in its row, the others blank
    True
    >>> long_group([row("Written communication", "", ""), named], 0)  # a name left blank
    False
    """
    row = body[r]
    if not _alone(row) or not _plain(row[0], 2, _WORDS):
        return False
    if len(row) > 1 and not _SENTENCE.search(_text(row[0])) and len(_text(row[0]).split()) <= 12:
        return False  # a short name with blank cells: a competency its publisher left blank
    if r and _alone(body[r - 1]):
        return False
    if r + 1 >= len(body):
        return False
    below = body[r + 1]
    return len(below) > 2 and _plain(below[0], 3, _NAME_WORDS) and any(_text(c) for c in below[1:])
