"""Level columns headed by identifiers ("progression_level_1_emerging") named in words.

A framework exported from a database heads its level columns with the field names:
"progression_level_1_emerging | progression_level_2_developing ...". Read as printed, each
level's name was the identifier. :func:`identifier_words` names each in words, its
underscores as spaces and its first letter a capital ("Progression level 1 emerging"), when
every level header is such an identifier (lower case, two words or more joined by "_"), and
says so in the report. Headers a ``levels`` hint names are the user's words and stay as given.
"""

from __future__ import annotations

import re

from .draft import Draft

__all__ = ["identifier_words"]

_IDENTIFIER = re.compile(r"^[a-z][a-z0-9]*(?:_[a-z0-9]+)+$")


def identifier_words(names: list[str], hints: dict, draft: Draft) -> list[str]:
    """``names`` in words when every one is an identifier; otherwise (or with ``levels``) as given.

    Examples
    --------
    >>> from compkit.ingest.report import IngestReport
    >>> d = Draft(IngestReport("f.csv"))
    >>> identifier_words(["progression_level_1_emerging", "progression_level_2_developing"], {}, d)
    ['Progression level 1 emerging', 'Progression level 2 developing']
    >>> identifier_words(["Level 1", "level_2"], {}, d)
    ['Level 1', 'level_2']
    """
    if hints.get("levels") or not names or not all(_IDENTIFIER.match(n) for n in names):
        return names
    words = [n.replace("_", " ") for n in names]
    words = [w[0].upper() + w[1:] for w in words]
    if len({w.casefold() for w in words}) != len(words):
        return names
    draft.report.add(
        "guess",
        f"level columns headed by identifiers named in words ({names[0]!r} is level {words[0]!r})",
        0.7,
    )
    return words
