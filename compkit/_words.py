"""Words in messages: counts with the right plural, lists joined for reading.

One helper for every message compkit prints or raises, so none says "1 levels" or
"competencys".
"""

from __future__ import annotations

from collections.abc import Iterable

__all__ = ["join", "plural", "possessive", "some"]

_IRREGULAR = {"criterion": "criteria", "person": "people", "analysis": "analyses", "is": "are"}


def plural_form(word: str) -> str:
    """The plural of an English noun as compkit's messages use them.

    Examples
    --------
    >>> [plural_form(w) for w in ("level", "competency", "match", "key", "criterion", "day")]
    ['levels', 'competencies', 'matches', 'keys', 'criteria', 'days']
    >>> plural_form("axis"), plural_form("focus area"), plural_form("Basis")
    ('axes', 'focus areas', 'Bases')
    """
    if word in _IRREGULAR:
        return _IRREGULAR[word]
    if word.endswith("is") and len(word) > 3:  # axis, basis, analysis: -es, not -ises
        return word[:-2] + "es"
    if word.endswith("y") and len(word) > 1 and word[-2] not in "aeiou":
        return word[:-1] + "ies"
    if word.endswith(("s", "x", "z", "ch", "sh")):
        return word + "es"
    return word + "s"


def plural(count: int, word: str, many: str | None = None, *, number: bool = True) -> str:
    """``count`` and ``word``, in the plural unless the count is one.

    Parameters
    ----------
    count : int
        How many.
    word : str
        The singular; its last word is made plural (``"indicator id"`` -> ``"indicator ids"``).
    many : str, optional
        The plural, where the rule gets it wrong.
    number : bool
        Start with the count (default), or give the word alone.

    Examples
    --------
    >>> plural(1, "level"), plural(3, "level"), plural(2, "competency"), plural(0, "time")
    ('1 level', '3 levels', '2 competencies', '0 times')
    >>> plural(1234, "statement"), plural(2, "cluster", number=False)
    ('1,234 statements', 'clusters')
    """
    if count == 1:
        text = word
    elif many is not None:
        text = many
    else:
        head, _, last = word.rpartition(" ")
        text = (head + " " if head else "") + plural_form(last)
    return f"{count:,} {text}" if number else text


def join(items: Iterable[str], *, last: str = "and") -> str:
    """Join words for reading: ``a``, ``a and b``, ``a, b and c``.

    Examples
    --------
    >>> join(["CiS"]), join(["CiS", "WSX"]), join(["a", "b", "c"], last="or")
    ('CiS', 'CiS and WSX', 'a, b or c')
    """
    items = list(items)
    if len(items) <= 1:
        return "".join(items)
    return f"{', '.join(items[:-1])} {last} {items[-1]}"


def possessive(name: str) -> str:
    """A name's possessive: "CiS's", but "Engineering Ladders'" (a name ending in a plural s).

    Examples
    --------
    >>> possessive("CiS"), possessive("WSX Mind"), possessive("Engineering Ladders")
    ("CiS's", "WSX Mind's", "Engineering Ladders'")
    """
    return f"{name}'" if name.endswith("s") else f"{name}'s"


def some(items: Iterable[object], *, shown: int = 3, sep: str = ", ", quote: bool = True) -> str:
    """The first few items for a message, then "..." if there are more.

    Parameters
    ----------
    items : iterable
        What to show; strings are quoted with ``repr`` unless ``quote`` is false.
    shown : int
        How many to show before the ellipsis.
    sep : str
        What stands between them.
    quote : bool
        Quote each item (default) or print it as ``str`` does.

    Examples
    --------
    >>> some(["Lead", "Deliver"]), some(["a", "b", "c", "d"])
    ("'Lead', 'Deliver'", "'a', 'b', 'c', ...")
    >>> some([12, 30, 41, 57], quote=False), some("wxyz", shown=2, sep=" | ")
    ('12, 30, 41, ...', "'w' | 'x' | ...")
    """
    items = list(items)
    text = sep.join(repr(i) if quote else str(i) for i in items[:shown])
    return text + (f"{sep}..." if len(items) > shown else "")
