"""Capitals a writer sets on purpose, for rule T008: the items of a list written alike.

"These records include Credit records, Debtors records, Cash book", "Specific, Measurable,
Achievable, Relevant and Time-bound", "(e.g., Prehistoric, Baroque, Contemporary, etc.)": each
item of the list opens with a capital, so the capitals are the writer's style for the items'
names, not a stray capital left by an edit. Two capitalised words joined by "and", "or" or "&"
name two things alike ("Engineering and Product leadership", "Excel or Access"): an edit does
not leave two stray capitals side by side. The first word of a sentence is capitalised as such,
so it pairs with nothing ("Designs and Builds services": 'Builds' stands alone).
"""

from __future__ import annotations

import re

__all__ = ["capital_list", "capital_pair", "level_named"]

#: Where a list's clause ends: a semicolon, colon, bracket, or a full stop before a capital.
_BOUNDS = re.compile(r"[;:()]|\.\s+(?=[A-Z])")
#: What parts the items of a list: a comma, or "and", "or", "&" between items.
_BREAK = re.compile(r",\s*|\s+(?:and/or|and|or|&)\s+")
#: Two capitalised words of four letters or more joined by "and", "or" or "&".
_PAIR = re.compile(r"\b[A-Z][a-z]{3,}\s+(?:and|or|&)\s+[A-Z][a-z]{3,}\b")
#: What a sentence's first word stands after: the text's start or a sentence's end.
_OPENING = re.compile(r"(?:^|[.!?][\"'\u2019\u201d)\]]*\s)\W*$")
#: An item in capitals: a capitalised word and up to two words more, in lower case or title case
#: ("Cash book", "Enterprise Services", "FT Group Products").
_ITEM = r"[A-Z][\w'-]*(?:\s+[A-Za-z][\w'-]*){0,2}"


def capital_list(text: str, m: re.Match) -> bool:
    r"""Whether the capital at ``m`` opens one of three or more list items in capitals alike.

    Two are enough after "e.g." or "such as": examples named as such.

    The first item of the list may close a longer phrase ("include Credit records"); a
    capital among lower-case items ("team, Department system and ...") is no such list.

    Examples
    --------
    >>> def listed(text, word):
    ...     return capital_list(text, re.search(rf"\b{word}\b", text))
    >>> listed("Keeps Credit records, Debtors records, Cash book and Stock records.", "Cash")
    True
    >>> listed("Sets Specific, Measurable, Relevant and Time-bound goals.", "Relevant")
    True
    >>> listed("Reports to the team, Department heads and other staff.", "Department")
    False
    >>> listed("Works with Product & Engineering on the plan.", "Product")
    False
    >>> listed("Plans well; works with Product, Design, Analytics, etc.", "Product")
    True
    >>> listed("Joins one of Customer Products, FT Core, Enterprise Services and Security.",
    ...        "Security")
    True
    >>> listed("Knows how it applies to a specific area (e.g. Product, Tech).", "Tech")
    True
    """
    starts = [0, *(b.end() for b in _BOUNDS.finditer(text, 0, m.start()))]
    end = _BOUNDS.search(text, m.end())
    start, stop = starts[-1], end.start() if end else len(text)
    items, at = [], start
    for brk in [*_BREAK.finditer(text, start, stop), None]:
        item = text[at : brk.start() if brk else stop]
        # an item's place is where its words start ("; is able to work with Product, ...")
        items.append((at + len(item) - len(item.lstrip()), item.strip().rstrip(".")))
        at = brk.end() if brk else at
    mine = max(k for k, (begin, _) in enumerate(items) if begin <= m.start())
    tail = re.search(rf"(?:^|\s)({_ITEM})$", items[mine][1])
    if not tail or items[mine][0] + tail.start(1) != m.start():
        return False
    before = 0
    if tail.start(1) == 0:  # a whole item: the run may reach back
        for k in range(mine - 1, -1, -1):
            if not (tail := re.search(rf"(?:^|\s){_ITEM}$", items[k][1])):
                break
            before += 1
            if tail.start() > 0:  # the run's first item closes a longer phrase
                break
    after = 0
    for k in range(mine + 1, len(items)):
        if not re.fullmatch(_ITEM, items[k][1]):
            break
        after += 1
    # examples named after "e.g." need no third ("a specific area (e.g. Product, Tech)")
    return 1 + before + after >= (2 if _EXAMPLES.search(text, 0, start) else 3)


#: What opens a list of examples: "e.g.", "eg", "i.e.", "such as", "including".
_EXAMPLES = re.compile(r"(?:\be\.?g\.?|\bi\.?e\.?|\bsuch as|\bincluding)[\s,:]*$", re.I)
#: What names a level as a thing: an article or a determiner ("the Member", "all the Triager").
_NAMED_AS = re.compile(
    r"\b(?:the|a|an|each|every|any|other|another|fellow|our|their|your|this|that)\s+$", re.I
)


def level_named(text: str, m: re.Match, levels: frozenset[str]) -> bool:
    r"""Whether the capital at ``m`` names one of the framework's levels, after an article.

    A ladder names its rungs as roles ("toward the Member becoming an Approver", "All the
    Triager requirements"): a one-word level name, or its plural, after an article or a
    determiner is that name, not a stray capital.

    Examples
    --------
    >>> def named(text, word):
    ...     return level_named(text, re.search(rf"\b{word}\b", text), frozenset({"Member"}))
    >>> named("Helps the Member become an approver", "Member")
    True
    >>> named("Mentors other Members of the team", "Members"), named("add Members to it", "Members")
    (True, False)
    """
    word = m.group(m.lastindex or 0)
    return (word in levels or word.removesuffix("s") in levels) and bool(
        _NAMED_AS.search(text, 0, m.start())
    )


def capital_pair(text: str, m: re.Match) -> bool:
    r"""Whether the capital at ``m`` is one of two capitalised words joined by and, or, &.

    >>> def paired(text, word):
    ...     return capital_pair(text, re.search(rf"\b{word}\b", text))
    >>> paired("Works with Engineering and Product leadership.", "Product")
    True
    >>> paired("Reports to the team, Department heads and other staff.", "Department")
    False
    >>> paired("Designs and Builds services for the team.", "Builds")
    False
    """
    return any(
        p.start() <= m.start() < p.end() and not _OPENING.search(text, 0, p.start())
        for p in _PAIR.finditer(text)
    )
