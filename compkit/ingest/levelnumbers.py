"""A level's printed number is its numbering, not part of its name: "1 - Understand".

Some Markdown and text ladders set their levels as plain numbered lines under each
competency ("0 - None", "1 - Understand", "2 - Apply", ...: hanfak's core engineering
ladder). The number is the source's own numbering of the level, as "1. Communication" is a
competency's: the level is "Understand", ranked where its number puts it, and the number is
kept in its source (``numbers``), as a competency's list number is. This holds only where
every label of the levels' tier opens with a bare number (no "Level" word before it), a
name of words follows each, each number always goes with the same name, and the numbers
rise in the order the names first appear or under each competency (a "0 - None" level left
empty until a late competency first shows it there, hanfak's developer ladder); otherwise
the labels are names as printed. Levels so named are ranked by their numbers.
"""

from __future__ import annotations

import re

from .._words import some
from .blocks import clean, numbered_name
from .draft import Draft
from .labels import Decision

__all__ = ["bare_level_names", "keep_numbers"]

_BARE = re.compile(r"^\d{1,2}\s*[-–—:]\s*[^\W\d_]")


def bare_level_names(doc, decision: Decision, draft: Draft) -> dict[str, int]:
    """Name the levels of a tier of numbered lines without their numbers; keys to numbers.

    Sets ``draft.level_names`` (the name each printed label declares) and returns each
    label's key with its number, to be kept in the level's source once read.

    Examples
    --------
    >>> from compkit.ingest.blocks import Document, Label, Region
    >>> from compkit.ingest.report import IngestReport
    >>> regions = [Region((Label(c, "H1"), Label(lv, "line")), [])
    ...            for c in ("Testing", "Review") for lv in ("1 - Novice", "2 - Expert")]
    >>> draft = Draft(IngestReport("ladder.md"))
    >>> decision = Decision(kinds={"H1": "competency", "line": "level"})
    >>> bare_level_names(Document(regions), decision, draft)
    {'1 - novice': 1, '2 - expert': 2}
    >>> draft.levels[draft.level("1 - Novice")].name
    'Novice'
    """
    slot = decision.slot_of("level")
    if slot is None or decision.levels:  # the levels named in a hint are named so
        return {}
    texts = list(
        dict.fromkeys(
            clean(lb.text)
            for r in doc.regions
            for lb in r.labels
            if lb.slot == slot and lb.text not in decision.aside
        )
    )
    if len(texts) < 2 or not all(_BARE.match(t) for t in texts):
        return {}
    split = [numbered_name(t) for t in texts]
    if any(s is None for s in split):
        return {}
    numbers = [n for n, _ in split]
    names = {name.casefold() for _, name in split}
    if len(names) != len(texts) or len(set(numbers)) != len(numbers):
        return {}  # a number with two names: names as printed
    number = dict(zip(texts, numbers, strict=True))
    if numbers != sorted(numbers) and not _rise_within(doc, slot, number):
        return {}  # numbers out of order: names as printed
    found = {}
    for text, (number, name) in zip(texts, split, strict=True):
        draft.level_names[text.casefold()] = clean(name)
        found[text.casefold()] = number
    first = next(lb for r in doc.regions for lb in r.labels if clean(lb.text) == texts[0])
    draft.report.add(
        "guess",
        f"level lines {some(texts)} name the levels {some(name for _, name in split)}: "
        "each number kept as the source's numbering of its level, not in its name",
        0.8,
        first.where,
    )
    return found


def _rise_within(doc, slot: str, number: dict[str, int]) -> bool:
    """Whether the level numbers rise under every competency (the labels over the level's).

    Examples
    --------
    >>> from compkit.ingest.blocks import Document, Label, Region
    >>> def doc(*rows):
    ...     return Document([Region((Label(c, "H1"), Label(lv, "line")), []) for c, lv in rows])
    >>> nums = {"0 - None": 0, "1 - Basic": 1}
    >>> _rise_within(doc(("A", "1 - Basic"), ("B", "0 - None"), ("B", "1 - Basic")), "line", nums)
    True
    >>> _rise_within(doc(("A", "1 - Basic"), ("A", "0 - None")), "line", nums)
    False
    """
    seen: dict[tuple, list[int]] = {}
    for region in doc.regions:
        at = next((i for i, lb in enumerate(region.labels) if lb.slot == slot), None)
        if at is None or clean(region.labels[at].text) not in number:
            continue
        over = tuple(clean(lb.text) for lb in region.labels[:at])
        run = seen.setdefault(over, [])
        n = number[clean(region.labels[at].text)]
        if not run or run[-1] != n:  # a level's text over several regions is one level
            run.append(n)
    return bool(seen) and all(run == sorted(set(run)) for run in seen.values())


def keep_numbers(draft: Draft, numbered: dict[str, int]) -> None:
    """Keep each numbered level's printed number in its source (``numbers``); rank by it.

    The levels are ranked by their numbers unless something else (an introduction's list)
    ranked them.
    """
    ranked = any(lv.rank is not None for lv in draft.levels.values())
    for key, number in numbered.items():
        if key in draft.levels:
            draft.levels[key].source = {**draft.levels[key].source, "numbers": [number]}
            if not ranked:
                draft.levels[key].rank = number
