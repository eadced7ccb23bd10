"""Whether a label names a side of a competency: its effective or its ineffective behaviours.

Frameworks that set good behaviour beside bad print the two sides under labels: "Effective" /
"Ineffective", "Positive" / "Negative indicators", "Do" / "Don't", "What good looks like" /
"What we don't want to see", "Strength Indicators" / "Need Indicators", "Areas for development",
"Watch-outs", or, in a values framework written as the holder's promise, "I will"
/ "I won't" ("We will" / "We will not"), or to the reader, "You can" / "You don't".
:func:`polarity_of` reads such a label; the words must open it (and "I will" must be the whole
label), so a competency named "Doing the right thing" or a statement "I will lead the team" is
no polarity label.
"""

from __future__ import annotations

import re

from .._words import WARNING_WORDS
from .blocks import clean

__all__ = ["negation_pair", "polarity_of", "side_stem"]

_OF = r"(?:(?:examples?|indicators?|signs?) of )?"
_NOT = r"(?:don['’]t|do not|won['’]t|will not)"
_CANNOT = r"(?:can['’]?t|cannot|can not)"
#: "What we want to see" / "Behaviours we don't want to see" (a values framework's two sides)
_SEE = rf"(?:what|behaviou?rs?( that)?) (?:we|you|i) (?:{_NOT} )?(?:want|expect|like|need) to see"
#: the ineffective side named by what is lacking or to watch for, a whole label only
_LACKING = (
    r"(?:needs? indicators?|development (?:needs?|areas?)|areas? (?:for|of|to) "
    r"(?:development|improvement|develop|improve)|watch[- ]?outs?|derailing|"
    r"contra[- ]?indicators?|what (?:it|this|that) (?:does not|doesn['’]t) look like|"
    # what to avoid, named as a warning: "Red flags", "Anti-patterns", "Pitfalls"
    rf"(?:{WARNING_WORDS})s?)"
)
_POLARITY = re.compile(
    rf"^{_OF}(?:(in)?effective|(positive)|(negative)|(good)|(poor)|"
    r"(bad)|what (good|great|poor|bad) looks like|(do)|(don['’]t|do not)|(strengths?)|"
    rf"(derailers?)|(counter[- ]?indicators?)|{_SEE})\b"
    # whole labels only: "Acceptable use policy", "Highly effective teams" name no side
    rf"|^(?:(?:i|we) (?:will|{_NOT})|you (?:will|can|do|{_NOT}|{_CANNOT})|"
    r"(?:less|more|highly) effective|(?:un)?acceptable|"
    # a skill overdone, as Lominger-style libraries print it: "Unskilled", "Overused skill"
    r"unskilled|overused(?: skills?| strengths?)?|overdone|overdoing(?: [\w -]{1,40})?|"
    # a side named by what is lacking or what to watch: "Strength Indicators | Need
    # Indicators" (US Army FM 6-22), "Areas for development", "Watch-outs", "Derailing"
    rf"{_LACKING}|what (?:it|this|that) looks like)"
    r"(?: behaviou?rs?| indicators?)?\W*$",
    re.IGNORECASE,
)
_NEGATIVE = re.compile(
    rf"^{_OF}(?:ineffective|negative|poor|bad|what (poor|bad)|don['’]t|do not|derailer|counter|"
    rf"less effective|unacceptable|unskilled|overus|overdo|(?:i|we) {_NOT}|"
    rf"you (?:{_NOT}|{_CANNOT})|"
    rf"(?:what|behaviou?rs?( that)?) \w+ {_NOT} |{_LACKING})",
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

    Addressed to the reader, as a level's cell may set its two lists ("You can:" over what
    to show, "You don't:" over what not to), the whole label only:

    >>> polarity_of("You can"), polarity_of("You don't:"), polarity_of("You can't")
    ('effective', 'ineffective', 'ineffective')
    >>> polarity_of("You can lead the team") is None
    True

    A skill overdone or lacking, as competency libraries in the Lominger tradition print it
    ("SKILLED | UNSKILLED" columns; Microsoft's "Overdoing action oriented"):

    >>> polarity_of("UNSKILLED"), polarity_of("Overused"), polarity_of("Overdoing action oriented")
    ('ineffective', 'ineffective', 'ineffective')
    >>> polarity_of("Skilled") is None  # a level word, a side only beside "Unskilled"
    True

    A side named by what is lacking or what to watch for, the whole label: the US Army's
    "Strength Indicators | Need Indicators", "Areas for development", "Watch-outs":

    >>> polarity_of("Strength Indicators"), polarity_of("Need Indicators")
    ('effective', 'ineffective')
    >>> polarity_of("Development needs"), polarity_of("Watch-outs:")
    ('ineffective', 'ineffective')
    >>> polarity_of("What it looks like"), polarity_of("What it doesn't look like")
    ('effective', 'ineffective')
    >>> polarity_of("Development needs analysis") is None  # no whole label
    True
    """
    t = clean(text)
    if not t or len(t.split()) > (9 if re.search(_SEE, t, re.I) else 6) or not _POLARITY.match(t):
        return None
    return "ineffective" if _NEGATIVE.match(t) else "effective"


#: Who a side's stem is about: "Effective people:", "Less effective leaders:"
_WHO = re.compile(
    r"\b(?:people|persons?|individuals?|staff|employees?|colleagues?|leaders?|managers?|"
    r"(?:team )?members?|you|they|someone|those)\b",
    re.I,
)
#: What a side's name lists ("Effective behaviours:"): no stem
_LISTS = re.compile(r"\b(?:behaviou?rs?|indicators?|examples?|practices?|signs?)\b", re.I)


def side_stem(text: str) -> bool:
    """A side's own stem: who is effective, over the list that completes it ("Effective people:").

    Not a side's name ("Effective behaviours:"), which says what it lists, not who does it.

    Examples
    --------
    >>> side_stem("Effective people:"), side_stem("Less effective leaders:")
    (True, True)
    >>> side_stem("Effective behaviours:"), side_stem("People:"), side_stem("You can:")
    (False, False, False)
    """
    name = clean(text)[:-1]
    return (
        clean(text).endswith(":")
        and len(name.split()) <= 5
        and bool(re.search(r"\b(?:in)?effective\b", name, re.I) and _WHO.search(name))
        and not _LISTS.search(name)
    )


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


_SUFFIX = re.compile(r"^(.*?\S)\s*(?:[-–—:|]|\s)\s*(\S.*)$")


def side_suffixes(regions: list) -> tuple[dict[tuple[str, str], str], str] | None:
    """Headings that name the effective side after their name: "DIRECTOR - Effective Behaviours".

    Canada's Key Leadership Competencies head each level's page "DEPUTY MINISTER - Effective
    Behaviours", "DIRECTOR - Effective Behaviours", ...: the level is "DEPUTY MINISTER", and the
    words after it say which side its statements are (the effective one, compkit's default).
    Two labels of one slot or more, every one of them ending in the same such words, are read
    without them. Returns the new name of each (slot, label) and what to report, else None.

    Examples
    --------
    >>> from compkit.ingest.blocks import Label, Region
    >>> heads = ["DIRECTOR - Effective Behaviours", "MANAGER - Effective Behaviours"]
    >>> regions = [Region((Label(t, "##"),), []) for t in heads]
    >>> renamed, said = side_suffixes(regions)
    >>> list(renamed.values())
    ['DIRECTOR', 'MANAGER']
    >>> side_suffixes([Region((Label(t, "##"),), []) for t in ["Level 1", "Good work"]]) is None
    True
    """
    by_slot: dict[str, dict[str, None]] = {}
    for region in regions:
        for lb in region.labels:
            by_slot.setdefault(lb.slot, {})[lb.text] = None
    renamed: dict[tuple[str, str], str] = {}
    said = []
    for slot, texts in by_slot.items():
        parts = {}
        for text in texts:
            m = _SUFFIX.match(clean(text))
            words = m.group(2).split() if m else []
            # the longest tail of the label's words that names the effective side
            tail = next(
                (" ".join(words[k:]) for k in range(len(words))
                 if polarity_of(" ".join(words[k:])) == "effective"),
                None,
            )  # fmt: skip
            if tail is None or not clean(text).endswith(tail):
                break
            parts[text] = (clean(text)[: -len(tail)].rstrip(" -–—:|"), tail)
        tails = {t for _, t in parts.values()}
        if len(parts) < 2 or len(parts) != len(texts) or len(tails) != 1:
            continue
        if not all(name for name, _ in parts.values()):
            continue
        renamed.update({(slot, text): name for text, (name, _) in parts.items()})
        said.append(f"{len(parts)} {slot!r} headings end in {tails.pop()!r}")
    if not renamed:
        return None
    return renamed, (
        "; ".join(said) + ": read without those words, which name the effective side (the "
        "statements under them are effective)"
    )


_DOES_NOT = re.compile(r"^(?:does not|doesn['’]t|do not|don['’]t|not)\s+(.+)$", re.IGNORECASE)


def negation_pair(names: list[str]) -> tuple[str, str] | None:
    """Two labels, one the other negated by its verb: (the effective, the ineffective) side.

    A form's two columns "Meets Competency | Does Not Meet Competency" (or "Demonstrates |
    Does not demonstrate") head what the behaviour looks like and what its lack looks like.
    Only two labels, exactly each other's negation: a rating scale ("Exceeds | Meets | Does
    Not Meet") has more.

    Examples
    --------
    >>> negation_pair(["Meets Competency", "Does Not Meet Competency"])
    ('Meets Competency', 'Does Not Meet Competency')
    >>> negation_pair(["Does not demonstrate", "Demonstrates"])
    ('Demonstrates', 'Does not demonstrate')
    >>> negation_pair(["Exceeds", "Meets", "Does Not Meet"]) is None
    True
    >>> negation_pair(["Meets Competency", "Does Not Meet Expectations"]) is None
    True
    """
    if len(names) != 2:
        return None
    for base, other in (names, names[::-1]):
        m = _DOES_NOT.match(clean(other))
        words = clean(base).casefold().split()
        if not m or not words:
            continue
        verb = words[0].removesuffix("es") if words[0].endswith("shes") else words[0]
        plain = [verb.removesuffix("s") if verb.endswith("s") else verb, *words[1:]]
        if m.group(1).casefold().split() in (words, plain):
            return clean(base), clean(other)
    return None
