"""The words of a values label ("Our core values") and of a value's name ("Strive to Delight").

Shared by a competency's values line (:mod:`.valuelines`) and a framework's values section
(:mod:`.freevalues`): a label is "values" with only qualifiers ("our", "core", "linked", ...)
or the organisation's capitalised name beside it; a name is short, each word capitalised or a
joining word.
"""

from __future__ import annotations

__all__ = ["is_label", "is_name"]

#: Words that may stand beside "values" in a values line's label.
_QUALIFIERS = frozenset(
    [
        "our",
        "the",
        "core",
        "company",
        "organisational",
        "organizational",
        "organisation's",
        "organization's",
        "linked",
        "connected",
        "related",
        "associated",
        "relevant",
        "key",
        "supporting",
        "underpinning",
    ]
)
#: Words that may follow "values" in the label ("Values demonstrated:").
_AFTER = frozenset(["demonstrated", "shown", "linked", "connected", "supported", "addressed"])
#: Joining words a capitalised name may hold in lower case ("Ahead of the Curve").
_JOINING = frozenset(
    ["&", "a", "an", "and", "at", "by", "for", "in", "of", "on", "or", "the", "to", "with"]
)


def is_label(words: list[str]) -> bool:
    """Whether a label's words are "values" with qualifiers or an organisation's name.

    Examples
    --------
    >>> is_label("Our core values".split()), is_label("Personal values".split())
    (True, False)
    """
    lower = [w.casefold() for w in words]
    at = next((k for k, w in enumerate(lower) if w in ("value", "values")), None)
    if at is None or len(words) > 6 or any(w not in _AFTER for w in lower[at + 1 :]):
        return False
    for k, (word, low) in enumerate(zip(words[:at], lower[:at], strict=True)):
        named = word[:1].isupper() and (k > 0 or any(c.isupper() for c in word[1:]))
        if low not in _QUALIFIERS and not named:
            return False
    return True


def is_name(part: str) -> bool:
    """Whether a part reads as a value's name: short, each word capitalised or joining.

    Examples
    --------
    >>> is_name("Strive to Delight"), is_name("We act with care")
    (True, False)
    """
    words = part.split()
    return 0 < len(words) <= 6 and all(
        w[:1].isupper() or w[:1].isdigit() or (k and w in _JOINING) for k, w in enumerate(words)
    )
