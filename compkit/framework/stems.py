"""Stems: the words statements complete ("You can:"), one for every statement or one per side.

A framework, a level or a competency may have a stem. In the file it is one string that every
statement completes, or a mapping with a stem per side (``{effective: "You can:"}``: the
ineffective statements complete none). A record holds it as ``stem`` and ``ineffective_stem``
(``None`` while ``stem`` is every statement's); :func:`side_stems` reads the pair. One cell of a
workbook or CSV holds a stem per side as lines ``effective: ...`` and ``ineffective: ...``
(:func:`stem_text`, :func:`stem_from_text`).
"""

from __future__ import annotations

import re
from typing import Any

__all__ = ["SIDES", "read_stems", "side_stems", "stem_from_text", "stem_text"]

#: The sides of a stem, as the file's mapping names them.
SIDES = ("effective", "ineffective")
_SIDE_LINE = re.compile(r"(effective|ineffective):[ \t]*(.*)")


def side_stems(item: Any) -> tuple[str, str]:
    """The (effective, ineffective) stems a framework, level or competency gives its statements.

    A scope's ``stem`` is every statement's while its ``ineffective_stem`` is ``None`` (the file's
    ``stem: "You can:"``); otherwise ``stem`` is the effective side's and ``ineffective_stem`` the
    ineffective side's, "" for a side without one (``stem: {effective: "You can:"}``).

    Examples
    --------
    >>> from compkit.framework.records import Level
    >>> side_stems(Level("l1", "One", 1, stem="You can:"))
    ('You can:', 'You can:')
    >>> side_stems(Level("l1", "One", 1, stem="You can:", ineffective_stem=""))
    ('You can:', '')
    """
    stem = getattr(item, "stem", "") or ""
    other = getattr(item, "ineffective_stem", None)
    return stem, stem if other is None else other


def stem_text(item: Any) -> str:
    """A scope's stem in one cell: its words, or a line per side with a stem ("" for none).

    Examples
    --------
    >>> from compkit.framework.records import Level
    >>> stem_text(Level("l1", "One", 1, stem="You can:"))
    'You can:'
    >>> print(stem_text(Level("l1", "One", 1, stem="You can:", ineffective_stem="You might:")))
    effective: You can:
    ineffective: You might:
    """
    if getattr(item, "ineffective_stem", None) is None:
        return getattr(item, "stem", "") or ""
    pairs = zip(SIDES, side_stems(item), strict=True)
    return "\n".join(f"{side}: {words}" for side, words in pairs if words)


def stem_from_text(text: str) -> str | dict[str, str]:
    r"""A stem cell's text as the file's ``stem``: its words, or a mapping by side (side lines).

    Text that is not wholly side lines is one stem, kept as typed.

    Examples
    --------
    >>> stem_from_text("You can:")
    'You can:'
    >>> stem_from_text("effective: You can:\nineffective: You might:")
    {'effective': 'You can:', 'ineffective': 'You might:'}
    """
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    found = [_SIDE_LINE.fullmatch(line) for line in lines]
    if not lines or not all(found):
        return text
    return {m.group(1): m.group(2) for m in found if m}


def read_stems(doc: dict) -> None:
    """Turn the stem cells of a document read from a workbook into the file's stems, in place.

    Examples
    --------
    >>> doc = {"stem": "effective: You can:", "levels": [{"stem": "At this level:"}]}
    >>> read_stems(doc)
    >>> doc["stem"], doc["levels"][0]["stem"]
    ({'effective': 'You can:'}, 'At this level:')
    """
    items = [doc, *(doc.get("levels") or ()), *(doc.get("competencies") or ())]
    for item in items:
        if isinstance(item, dict) and isinstance(item.get("stem"), str):
            item["stem"] = stem_from_text(item["stem"])
