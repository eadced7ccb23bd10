"""Levels printed highest first: read them lowest first, as compkit ranks them, and say so.

compkit ranks a framework's levels from the lowest (rank 1, what everyone meets) to the
highest. Most sources print them so, but some print the top of the ladder first: Canada's Key
Leadership Competencies give each level's behaviours from Deputy Minister down to Supervisor
and Employee, the CEFR's global scale runs from C2 down to A1, and some job ladders open with
"Principal Engineer" and end with "Junior Engineer". Read in the order printed, such a
framework's Deputy Minister would be its first, lowest level, and every cumulative reading
(what a role must show, what a level adds to the one below) would run upside down.

:func:`highest_first` reads each level name's seniority from words every ladder shares
("junior" < "senior" < "principal", "supervisor" < "manager" < "director", "foundation" <
"practitioner" < "expert") and from its number or code ("Engineer III", "Level 5", "C2"). When
at least three names (and at least half of them) carry such a rank, and the ranked names never
rise in the order printed but fall at least twice, the levels are ranked in reverse, and the
ingest report says so. Names without a rank word ("Deputy Minister") keep their place in the
run; a run that rises anywhere, or has too few ranked names, keeps the printed order.
"""

from __future__ import annotations

import itertools
import re

from .blocks import clean
from .draft import Draft
from .levelabroad import NOUNS as ABROAD
from .levelabroad import TIERS as ABROAD_TIERS

__all__ = ["highest_first", "rank_by_words", "rank_lowest_first"]

#: Seniority by word, shared by job ladders, proficiency scales and management lines.
_TIERS = {
    0: "intern trainee apprentice graduate entry entry-level novice beginner unfamiliar aware "
    "awareness basic foundation foundational fundamental n00b employee",
    1: "junior associate developing familiar emerging",
    2: "intermediate mid mid-level middle working practitioner skilled competent proficient "
    "applying established",
    3: "senior advanced experienced accomplished supervisor supervisory",
    4: "lead leading staff expert manager management managerial team-leader",
    5: "principal master mastery director executive head strategic",
    6: "distinguished fellow chief",
}
_TIER = {w: t for t, words in _TIERS.items() for w in words.split()} | ABROAD_TIERS
_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6, "vii": 7, "viii": 8, "ix": 9}
_CEFR = re.compile(r"^(?:.*\b)?([abc])([12])\b", re.IGNORECASE)
#: A level's own number at its name's start: "Level 4 – Grade 7 / Grade 6", "2 - Senior"
_LEAD_NUMBER = re.compile(
    rf"^(?:(?:level|grade|band|tier|stage|step|lvl|{ABROAD})\.?\s*)?(\d{{1,2}})\b(?![.,]\d)"
)


def _rank(name: str) -> tuple[int, int, int] | None:
    """A level name's seniority as (word tier, second word tier, number), or None.

    Examples
    --------
    >>> _rank("Senior Engineer") > _rank("Engineer II") > _rank("Engineer I")
    True
    >>> _rank("Director General") > _rank("Manager") > _rank("Supervisor") > _rank("Employee")
    True
    >>> _rank("C2") > _rank("B1") > _rank("A2"), _rank("Level 5") > _rank("Level 4")
    (True, True)
    >>> _rank("Deputy Minister") is None, _rank("Communication") is None
    (True, True)
    """
    text = clean(name).casefold()
    words = re.findall(r"(?:[^\W_]|['-])+", text)  # letters of any language: "avancé"
    tiers = sorted((_TIER[w] for w in words if w in _TIER), reverse=True)
    number = _number(name)
    if not tiers and number is None:
        return None
    top = tiers[0] if tiers else -1
    second = tiers[1] if len(tiers) > 1 else -1
    return top, second, number if number is not None else 0


def _number(name: str) -> int | None:
    """The number or code a level name carries ("Level 3", "Engineer II", "L4", "B2"), or None.

    Examples
    --------
    >>> _number("Level 3 - Skill"), _number("Engineer II"), _number("B2"), _number("Expert")
    (3, 2, 4, None)

    A level's own number leads its name; numbers after it belong to the grades it spans:

    >>> _number("Level 4 – Grade 7 / Grade 6"), _number("2 - Senior Engineer (5-8 years)")
    (4, 2)
    """
    text = clean(name).casefold()
    if lead := _LEAD_NUMBER.match(text):
        return int(lead.group(1))
    words = re.findall(r"[a-z0-9'-]+", text)
    if m := _CEFR.match(text):
        return "abc".index(m.group(1)) * 2 + int(m.group(2))
    found = [int(w) for w in words if w.isdigit() and len(w) <= 2]
    found += [_ROMAN[w] for w in words if (w in _ROMAN and w != "i") or w == "i" == words[-1]]
    found += [int(d) for w in words for d in re.findall(r"^(?:l|ic|e|p|m)(\d{1,2})$", w)]
    return found[-1] if found else None


def highest_first(names: list[str]) -> bool:
    """Whether level names, in the order printed, run from the highest down (see the module).

    Examples
    --------
    >>> highest_first(["Principal Engineer", "Staff Engineer", "Senior Engineer", "Engineer"])
    True
    >>> highest_first(["Deputy Minister", "Assistant Deputy Minister", "Director General",
    ...                "Director", "Manager", "Supervisor", "Employee"])
    True
    >>> highest_first(["C2", "C1", "B2", "B1", "A2", "A1"])
    True
    >>> highest_first(["Core", "Skilled", "Supervisory", "Management", "Executive"])
    False
    >>> highest_first(["Level 3", "Level 1", "Level 2"]), highest_first(["Senior", "Junior"])
    (False, False)
    >>> highest_first(["Level 5 - Expert", "Level 4 - Mastery", "Level 3 - Skill",
    ...                "Level 2 - Knowledge", "Level 1 - Awareness"])
    True
    """
    ranks = [r for r in map(_rank, names) if r is not None]
    numbers = [_number(n) for n in names]
    if None not in numbers and len(set(numbers)) == len(numbers):
        ranks = numbers  # "Level 5 - Expert" ... "Level 1 - Awareness": by number, not word
    if len(ranks) < 3 or 2 * len(ranks) < len(names):
        return False
    pairs = list(itertools.pairwise(ranks))
    if any(b > a for a, b in pairs):
        return False
    return sum(b < a for a, b in pairs) >= 2


def rank_lowest_first(draft: Draft, keys: list[str]) -> None:
    """Rank levels printed highest first from the lowest, reported (documents and sheets).

    ``keys`` are the draft's levels in the order the source prints them (a document's headings,
    a sheet's level columns left to right or its level column top to bottom); when their names
    run from the highest down (:func:`highest_first`) they are ranked in reverse. The caller
    leaves levels the user gave alone.
    """
    names = [draft.levels[k].name for k in keys]
    if not highest_first(names):
        return
    for rank, key in enumerate(reversed(keys), 1):
        draft.levels[key].rank = rank
    draft.report.add(
        "guess",
        f"levels printed highest first ({names[0]} ... {names[-1]}): ranked from "
        f"{names[-1]} up to {names[0]}; give levels=[...] lowest first to rank them otherwise",
        0.7,
    )


def rank_by_words(draft: Draft, keys: list[str]) -> bool:
    """Rank levels met in no order by the seniority their words carry; say so (long sheets).

    A long sheet lists its levels as its rows meet them: a sheet of roles and skills meets
    "Working" before "Awareness". When every name carries a rank (:func:`_rank`) and they are
    not already in its order, they are ranked by it, names of one rank in the order met
    ("Working" before "Practitioner"). Names that each carry their own number ("Level 1 -
    Awareness" ... "Level 5 - Expert") are ranked by it, whatever their words say ("Level 2 -
    Knowledge" has none, "Level 4 - Mastery" outranks "Expert" by word); a name ranked by its
    number only among names ranked by words leaves the order met. Returns whether they were.

    Examples
    --------
    >>> from compkit.ingest.draft import Draft
    >>> from compkit.ingest.report import IngestReport
    >>> draft = Draft(IngestReport("roles.csv"))
    >>> keys = [draft.level(n) for n in ("Working", "Practitioner", "Expert", "Awareness")]
    >>> rank_by_words(draft, keys), [draft.levels[k].rank for k in keys]
    (True, [2, 3, 4, 1])
    >>> draft = Draft(IngestReport("icf.csv"))
    >>> names = ("Level 2 - Knowledge", "Level 1 - Awareness", "Level 4 - Mastery", "Level 3")
    >>> keys = [draft.level(n) for n in names]
    >>> rank_by_words(draft, keys), [draft.levels[k].rank for k in keys]
    (True, [2, 1, 4, 3])
    """
    names = [draft.levels[k].name for k in keys]
    ranks = [_rank(n) for n in names]
    if len(keys) < 3 or any(r is None for r in ranks):
        return False
    numbers = [_number(n) for n in names]
    if None not in numbers and len(set(numbers)) == len(numbers):
        # "Level 1 - Awareness" ... "Level 5 - Expert": the number ranks, not the word
        order = sorted(range(len(keys)), key=lambda i: numbers[i])
    elif any(r[0] < 0 for r in ranks):  # a name ranked by its number only, among words
        return False
    else:
        order = sorted(range(len(keys)), key=lambda i: ranks[i][:1])  # by word tier, stable
    if order == list(range(len(keys))):
        return False
    for rank, i in enumerate(order, 1):
        draft.levels[keys[i]].rank = rank
    shown = ", ".join(names[i] for i in order)
    draft.report.add(
        "guess",
        f"levels met in no order, ranked by the seniority their names' words carry: {shown}; "
        "give levels=[...] lowest first to rank them otherwise",
        0.6,
    )
    return True
