"""What a CASE package says of its items without a field for it: groups, and polarity.

CASE has no field for a group of competencies or for a negative indicator. A package's groups
show where its statements stand: placed at levels (``hasSkillLevel``) below the top items'
children, the tops are groups; a negative indicator shows in its item's ``CFItemType`` (a
label: "Ineffective indicator", as compkit writes it and other tools keep it), or in a label
naming the statement itself a misreading or a thing to avoid ("(MISCONCEPTION) Squares and
rectangles are distinct shapes", as ACT's Holistic Framework marks what a learner wrongly holds
at a level). Read by :mod:`._case_read` when an item carries no compkit extension; the text is
kept as written, label and all.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from .._words import WARNING_WORDS

__all__ = ["ineffective", "labelled_ineffective", "levelled_tiers"]

_NEGATIVE = re.compile(
    r"\b(?:ineffective|negative|counter)[- ]?(?:indicator|behaviou?r|example)s?\b"
    r"|\bmisconceptions?\b"
)


#: A label naming one statement what not to show, a misreading or a pitfall: one of each only.
#: The plural ("Warning signs - notices burnout", "Misconceptions: addresses them") names a
#: topic the statement handles or a list it stands in, not the statement.
_AVOID = (
    r"(?:common\s+)?(?:misconception|misunderstanding)|common\s+(?:error|mistake)"
    rf"|{WARNING_WORDS}|derailer"
    r"|(?:ineffective|negative|counter)[- ]?(?:indicator|behaviou?r|example)"
)
#: A text opening with such a label: "(MISCONCEPTION) ...", "[Pitfall] ...", "Red flag: ...".
_LABEL = re.compile(
    rf"\s*(?:\(\s*(?:{_AVOID})\s*\)|\[\s*(?:{_AVOID})\s*\]|(?:{_AVOID})\s*[:\u2013\u2014-])\s*\w",
    re.I,
)
#: A text closing on a misconception in brackets, named by up to three words: "... (anthropocentric
#: misconception)"; a pitfall or a red flag there names a topic ("escalates them (red flags)"),
#: a bracket opening "see" a list elsewhere ("(see common misconception)").
_CLOSING = re.compile(
    r"\w.*\((?:(?!(?:see|also|compare|cf|about|on|re|under)\s)[\w-]+\s+){0,3}"
    r"(?:misconception|misunderstanding)\)\W*",
    re.I | re.S,
)


#: A verb of handling a misconception, opening a statement in its holder's voice ("Anticipates
#: ...", "I correct ..."): the statement is its holder's doing, a closing label its topic. A verb
#: of holding it ("Believes that ...", "Thinks ...", "Assumes ...", "Confuses ...") or any other
#: doing ("Adds the denominators ...") states the misconception, as its bare claim does.
_HANDLES = re.compile(
    r"\W*(?:(?:I|you|we)\s+)?(?:anticipat|address|identif|correct|recogni[sz]|explain|challeng"
    r"|diagnos|spot|notic|tackl|confront|dispel|clarif|resolv|remed|uncover|elicit"
    r"|refut|discuss|prevent|avoid|distinguish|plan(?:s|ned)?\s+for|respond)\w*\b",
    re.I,
)


def _addresses(text: str) -> bool:
    """Whether a statement is its holder handling a misconception, which a closing label names.

    "Anticipates that learners add the denominators (common misconception)" addresses a
    misconception; "Energy is associated with people (anthropocentric misconception)" states
    one, and so does its holder holding it: "Believes that heavier objects fall faster (common
    misconception)", "Assumes a longer fraction is larger (misconception)". Only a statement
    opening on a verb of handling it (anticipates, addresses, identifies, corrects, explains,
    ...) addresses it.

    Examples
    --------
    >>> _addresses("Corrects the belief that heavier objects fall faster (misconception)")
    True
    >>> _addresses("Believes that heavier objects fall faster (misconception)")
    False
    """
    return bool(_HANDLES.match(text))


def _type(item: dict) -> str:
    return str(item.get("CFItemType") or "").strip().casefold()


def ineffective(item: dict) -> bool:
    """True for an item whose type names it a negative indicator ("Ineffective indicator").

    Examples
    --------
    >>> ineffective({"CFItemType": "Ineffective indicator"}), ineffective({"CFItemType": "Skill"})
    (True, False)
    """
    return bool(_NEGATIVE.search(_type(item)))


def labelled_ineffective(text: str) -> bool:
    """True for a statement whose text opens with a label naming what not to show.

    A label naming the statement one misreading or thing to avoid, in brackets or before a
    colon or dash: "(MISCONCEPTION)", "[Common error]", "Pitfall:", "Red flag -"; or a
    misconception in brackets closing it, named by up to three words ("... (anthropocentric
    misconception)") where the statement states the belief, not where its holder addresses it
    ("Anticipates that learners add denominators (common misconception)"), a holder holding it
    ("Believes that ...", "Thinks ...", "Assumes ...") stating it too. A word of the
    statement itself is no label ("Errors are reported",
    "Corrects a misconception"), nor a plural naming a topic the statement handles or a list
    ("Warning signs - notices burnout", "escalates them (red flags)", "(see common pitfalls)").

    Examples
    --------
    >>> labelled_ineffective("(MISCONCEPTION) Squares and rectangles are distinct shapes")
    True
    >>> labelled_ineffective("Energy is associated with people (anthropocentric misconception)")
    True
    >>> labelled_ineffective("Corrects a common misconception"), labelled_ineffective("")
    (False, False)
    >>> labelled_ineffective("Warning signs - notices burnout in the team and acts")
    False
    >>> labelled_ineffective("Spots risks early and escalates them (red flags)")
    False

    A closing label names the statement where it states the belief, not where the holder
    addresses it:

    >>> labelled_ineffective("Squares are never rectangles (common misconception)")
    True
    >>> labelled_ineffective("Anticipates that learners add denominators (common misconception)")
    False

    A holder holding the belief states it too:

    >>> labelled_ineffective("Believes that heavier objects fall faster (common misconception)")
    True
    """
    text = str(text or "")
    return bool(_LABEL.match(text) or (_CLOSING.fullmatch(text) and not _addresses(text)))


def levelled_tiers(
    tops: Sequence[str], below: Callable[[str], list[str]], levelled: set[str]
) -> bool:
    """True when groups stand over competencies: the statements at levels are all further down.

    ``levelled`` are the items a ``hasSkillLevel`` association places at a level: statements.
    Where there are some, every one below the top items' children and none a top item or its
    child, every top item holding some, the tops are groups and their children competencies,
    though a competency hold no statements yet (a tree three deep throughout is read so without
    levels). A standards tree (clusters over standards, some with parts) places none at levels.

    Examples
    --------
    >>> tree = {"g": ["c", "d"], "c": ["s"]}
    >>> levelled_tiers(["g"], lambda k: tree.get(k, []), {"s"})  # "d" holds none yet
    True
    >>> levelled_tiers(["c"], lambda k: tree.get(k, []), {"s"})  # competencies over statements
    False
    """
    kids = [k for t in tops for k in below(t)]
    if not levelled or not all(below(t) for t in tops) or levelled & {*tops, *kids}:
        return False
    stack, seen = [k for c in kids for k in below(c)], set()
    while stack:
        k = stack.pop()
        if k not in seen:
            seen.add(k)
            stack += below(k)
    return levelled <= seen
