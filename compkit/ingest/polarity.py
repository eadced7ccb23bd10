"""Whether a label names a side of a competency: its effective or its ineffective behaviours.

Frameworks that set good behaviour beside bad print the two sides under labels: "Effective" /
"Ineffective", "Positive" / "Negative indicators", "Do" / "Don't", "What good looks like" /
"What we don't want to see", or, in a values framework written as the holder's promise, "I will"
/ "I won't" ("We will" / "We will not"). :func:`polarity_of` reads such a label; the words
must open it (and "I will" must be the whole label), so a competency named "Doing the right
thing" or a statement "I will lead the team" is no polarity label.
"""

from __future__ import annotations

import re

from .blocks import clean

__all__ = ["polarity_of"]

_OF = r"(?:(?:examples?|indicators?|signs?) of )?"
_NOT = r"(?:don['’]t|do not|won['’]t|will not)"
#: "What we want to see" / "Behaviours we don't want to see" (a values framework's two sides)
_SEE = rf"(?:what|behaviou?rs?( that)?) (?:we|you|i) (?:{_NOT} )?(?:want|expect|like|need) to see"
_POLARITY = re.compile(
    rf"^{_OF}(?:(in)?effective|(positive)|(negative)|(good)|(poor)|"
    r"(bad)|what (good|great|poor|bad) looks like|(do)|(don['’]t|do not)|(strengths?)|"
    rf"(derailers?)|(counter[- ]?indicators?)|{_SEE})\b"
    # whole labels only: "Acceptable use policy", "Highly effective teams" name no side
    rf"|^(?:(?:i|we) (?:will|{_NOT})|(?:less|more|highly) effective|(?:un)?acceptable)"
    r"(?: behaviou?rs?| indicators?)?\W*$",
    re.IGNORECASE,
)
_NEGATIVE = re.compile(
    rf"^{_OF}(?:ineffective|negative|poor|bad|what (poor|bad)|don['’]t|do not|derailer|counter|"
    rf"less effective|unacceptable|(?:i|we) {_NOT}|(?:what|behaviou?rs?( that)?) \w+ {_NOT} )",
    re.IGNORECASE,
)


def polarity_of(text: str) -> str | None:
    """'effective' or 'ineffective' when a label names a polarity, else None.

    Examples
    --------
    >>> polarity_of("Ineffective behaviours"), polarity_of("Positive indicators")
    ('ineffective', 'effective')
    >>> polarity_of("Examples of negative manager behaviour")
    'ineffective'
    >>> polarity_of("Level 1") is None
    True

    A values framework's two sides, written as the holder's promise or as what is wanted:

    >>> polarity_of("I will"), polarity_of("I won’t:"), polarity_of("We will not")
    ('effective', 'ineffective', 'ineffective')
    >>> polarity_of("What we don't want to see"), polarity_of("Behaviours we want to see")
    ('ineffective', 'effective')
    >>> polarity_of("Unacceptable behaviours"), polarity_of("Less effective")
    ('ineffective', 'ineffective')
    >>> polarity_of("I will lead the team") is None, polarity_of("Weekly planning") is None
    (True, True)
    """
    t = clean(text)
    if not t or len(t.split()) > (9 if re.search(_SEE, t, re.I) else 6) or not _POLARITY.match(t):
        return None
    return "ineffective" if _NEGATIVE.match(t) else "effective"


def unread_hint(regions: list, kinds: dict[str, str], negative: str) -> str | None:
    """Why the label the polarity hint names marks no statement, when it is a label here.

    None when no label of the document is ``negative``: the caller's "names no label" stands.

    Examples
    --------
    >>> from compkit.ingest.blocks import Label, Region
    >>> heads = [("Flexibility for everyone", 3), ("Flexibility: never", 4)]
    >>> regions = [Region((Label(t, "Heading 4", (("lines", (n,)),)),), []) for t, n in heads]
    >>> print(unread_hint(regions, {"Heading 4": "competency"}, "flexibility: never"))
    ... # doctest: +NORMALIZE_WHITESPACE
    polarity 'Flexibility: never' is a 'Heading 4' label of this document (line 4), but its
    labels (Flexibility for everyone, Flexibility: never) read as competencies, not as the sides
    of each competency; expected the one label that heads the ineffective statements of every
    competency (as "I won't" or "Ineffective" does)
    >>> unread_hint(regions, {"Heading 4": "competency"}, "Watch outs") is None
    True
    """
    for region in regions:
        for lb in region.labels:
            if clean(lb.text).casefold() != clean(negative).casefold():
                continue
            names = list(
                dict.fromkeys(x.text for r in regions for x in r.labels if x.slot == lb.slot)
            )
            shown = ", ".join(names[:4]) + (", ..." if len(names) > 4 else "")
            lines = lb.where.get("lines") or ()
            at = f" (line {lines[0]})" if lines else ""
            kind = kinds.get(lb.slot, "nothing")
            kind = {"competency": "competencies", "group": "groups", "other": "other text"}.get(
                kind, kind
            )
            return (
                f"polarity {lb.text!r} is a {lb.slot!r} label of this document{at}, but its labels "
                f"({shown}) read as {kind}, not as the sides of each competency; expected the one "
                'label that heads the ineffective statements of every competency (as "I won\'t" '
                'or "Ineffective" does)'
            )
    return None
