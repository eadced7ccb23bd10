"""Decide what each kind of label names: levels, competencies, groups or polarity.

Labels come in *slots* -- every "Heading 2", every column header of the tables, every
"Competency N:" heading of a text export. All labels of one slot name the same kind of thing,
so the decision is made per slot, from the words of all its labels together:

- **levels**: numbers and Roman numerals ("1", "Level 3", "Grade B"), level words ("Core",
  "Practitioner", "Expert", "Senior"), or the names an introduction lists after "levels:";
- **polarity**: "Effective" / "Ineffective", "Positive" / "Negative" behaviours;
- **competencies**: the innermost remaining slot; **groups**: a slot above it with fewer labels,
  or whose labels say they group competencies ("1. Core Competencies", "Managerial
  competencies", "Core Values"): such a label is never read as a level for its level word.

Each decision carries a confidence and a reason, which the ingest report prints. What one
label's words say (a level name, a group's name, a special column) is read in :mod:`.levelnames`.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from .._words import some
from .blocks import Region, clean, marker
from .ladderparents import beside_ladder
from .levelnames import (
    LEVEL_WORDS,
    bare,
    continues,
    distinct_words,
    level_run,
    level_score,
    names_group,
    special_column,
    split_role_marks,
)
from .lonegroups import innermost_lone, lone_group
from .polarity import negation_pair, polarity_of
from .raggedtiers import ragged_parent
from .samelevels import repeated_numbered, same_level_slots

__all__ = [
    "LEVEL_WORDS",
    "Decision",
    "classify",
    "level_score",
    "names_group",
    "polarity_of",
    "special_column",
    "split_role_marks",
]


@dataclass
class Decision:
    """What each label slot names (level, competency, group, polarity, other), and why."""

    kinds: dict[str, str] = field(default_factory=dict)
    reasons: dict[str, tuple[str, float]] = field(default_factory=dict)
    negative: str | None = None  # the label that marks ineffective statements (a hint)
    negated: set[str] = field(default_factory=set)  # "does not meet competency" by "meets ..."
    untitled: set[str] = field(default_factory=set)  # a title slot's labels that are not it
    levels: tuple[str, ...] = ()  # the levels the user named (casefolded), if any
    aside: set[str] = field(default_factory=set)  # the level slot's labels that are no level
    holding: set[str] = field(
        default_factory=set
    )  # sections that hold statements ("Key Behaviors")

    def side(self, text: str) -> str:
        """The polarity a polarity label gives its statements (the hint's label: ineffective)."""
        if self.negative is not None and clean(text).casefold() == self.negative:
            return "ineffective"
        if clean(text).casefold() in self.negated:
            return "ineffective"
        return polarity_of(text) or "effective"

    def slot_of(self, kind: str) -> str | None:
        """The slot that holds ``kind`` labels, if any."""
        return next((s for s, k in self.kinds.items() if k == kind), None)


def _prose_beside(regions: list[Region]) -> set[tuple[str, str]]:
    """Labels over prose alone in a slot of levels over lists ("Introduction", "Level 1").

    Left out when the slot's kind is decided (:mod:`.prose`); never a label over sub-headings.
    """
    inner: dict[tuple[str, str], list[bool]] = defaultdict(list)  # listed, per region
    heads = {(lb.slot, lb.text) for r in regions for lb in r.labels[:-1]}
    for r in regions:
        inner_label = (r.labels[-1].slot, r.labels[-1].text) if r.labels else None
        if inner_label and inner_label not in heads and r.paras and not r.in_table:
            listed = any(p.bullet or p.number is not None or marker(p.text)[1] for p in r.paras)
            inner[inner_label].append(listed)
    levels = {s for (s, t), ls in inner.items() if any(ls) and level_score(t) >= 0.5}
    return {(s, t) for (s, t), ls in inner.items() if s in levels and not any(ls)}


def classify(
    regions: list[Region],
    *,
    listed: list[str] = (),
    level_from: str | None = None,
    competency_from: str | None = None,
    levels: list[str] | None = None,
    negative: str | None = None,
) -> Decision:
    """Decide the kind of every label slot of a document's regions.

    Parameters
    ----------
    regions : list of Region
        The document's regions.
    listed : list of str
        Level names the document's introduction lists.
    level_from, competency_from : str, optional
        The slot to read as levels / competencies (a hint; see :func:`slots`).
    levels : list of str, optional
        Level names given as a hint: the slot holding most of them is the level slot.
    negative : str, optional
        A label that marks ineffective statements (the polarity hint): its slot names polarity.
    """
    texts: dict[str, list[str]] = defaultdict(list)
    depth: dict[str, list[int]] = defaultdict(list)
    parents: dict[tuple[str, str], set[str]] = defaultdict(set)
    numbered: set[str] = set()  # slots with a label numbered ("1. Core Competencies")
    for region in regions:
        for k, lb in enumerate(region.labels):
            if lb.text not in texts[lb.slot]:
                texts[lb.slot].append(lb.text)
            depth[lb.slot].append(k)
            parents[lb.slot, lb.text].add(region.labels[k - 1].text if k else "")
            if lb.number is not None or marker(lb.text)[0] is not None:
                numbered.add(lb.slot)
    known = {clean(t).lower() for t in (*listed, *(levels or ()))}
    known |= {bare(t).lower() for t in known}
    out = Decision(negative=clean(negative).casefold() if negative else None)
    out.levels = tuple(clean(t).casefold() for t in levels or ())
    for slot, names in texts.items():
        named = [t for t in names if special_column(t) is None and t]
        told = out.negative in {clean(t).casefold() for t in named}
        others = [t for t in named if clean(t).casefold() != out.negative]
        # beside the hint's label, a label standing with it under each competency is the
        # other side ("Above the line" beside "Below the line"), unless it names a level
        sides = told and len({frozenset(parents[slot, t]) for t in named}) == 1
        if not told and (pair := negation_pair(named)) is not None:
            out.kinds[slot], out.negated = "polarity", out.negated | {pair[1].casefold()}
            out.reasons[slot] = (f"{pair[1]!r} is the negation of {pair[0]!r}: two sides", 0.8)
            continue
        if (
            named
            and len(named) <= 4
            and all(polarity_of(t) or _side(t, sides) or _negated(t, named) for t in others)
        ):
            out.kinds[slot] = "polarity"
            out.reasons[slot] = (
                f"its labels name a polarity ({', '.join(named)})"
                + (f"; {negative!r} marks ineffective statements, as told" if told else ""),
                1.0 if told else 0.9,
            )
    aside, every = _prose_beside(regions), dict(texts)
    texts = {s: [t for t in names if (s, t) not in aside] for s, names in texts.items()}
    scores = {
        s: sum(
            # "1. Core Competencies": its level word "Core" is not read without "Competencies"
            level_score(t, known)
            if names_group(t)
            else max(level_score(t, known), level_score(r, known))
            for t, r in zip(names, distinct_words(names), strict=True)
            if special_column(t) is None
        )
        / max(1, sum(special_column(t) is None for t in names))
        for s, names in texts.items()
        if s not in out.kinds
    }
    repeated = repeated_numbered(regions, texts)
    for slot in repeated:
        scores[slot] = max(scores.get(slot, 0.0), 0.9)
    level_slot = level_from
    if level_slot is None and levels:
        hits = {s: sum(bare(t).lower() in known for t in texts[s]) for s in scores}
        level_slot = max(hits, key=hits.__getitem__, default=None)
        if level_slot is not None and not hits[level_slot]:
            level_slot = None  # no label is a level named in the hint: decide as usual
    if level_slot is None and scores:
        # a slot of one label (a title such as "Manager Ladder") levels nothing: others first
        best = max(scores, key=lambda s: (scores[s], len(texts[s]) > 1, -len(texts[s])))
        level_slot = best if scores[best] >= 0.5 else None
    if level_slot is None:  # "Level 1: ..." to "Level 6: ..." among advice sections' headings
        tabled = {lb.slot for r in regions if r.in_table for lb in r.labels}
        tabled -= {lb.slot for r in regions if not r.in_table for lb in r.labels}
        runs = (s for s in scores if s not in tabled and level_run(texts[s]))
        level_slot = next(runs, None)  # (a table's row headers are no headings)
    if level_slot is not None and not levels:
        run = level_run(texts[level_slot])  # prose after the levels: no level either
        names = every[level_slot]
        first = names.index(run[0]) if run else 0  # prose before them describes (see .prose)
        out.aside = {
            t
            for k, t in enumerate(names)
            if run and t not in run and level_score(t) < 0.8 and not continues(t, run)
            and not (k < first and (level_slot, t) in aside) and not _EVERY.match(clean(t))
        }  # fmt: skip
        # "Misc: Tech Lead" after Engineer I ... Distinguished Engineer: beside the ladder
        out.aside |= {t for t in names if _BESIDE.match(clean(t)) and len(names) >= 4}
        out.aside |= {t for t in names if _BETWEEN.match(clean(t)) and len(names) >= 3}
        # "### Application Security" beside the grades under "## Levels" (.ladderparents)
        out.aside |= beside_ladder(regions, level_slot)
    if level_slot is not None:
        out.kinds[level_slot] = "level"
        shown = ", ".join([t for t in texts.get(level_slot, []) if t not in out.aside][:6])
        told = level_from or (levels and any(bare(t).lower() in known for t in texts[level_slot]))
        how = (
            "as told"
            if told
            else "numbered in order under each of several headings"
            if level_slot in repeated
            else "they read as level names"
        )
        sure = 1.0 if told else round(min(0.95, 0.4 + scores.get(level_slot, 0) / 2), 2)
        if out.aside:
            others = some(t for t in every[level_slot] if t in out.aside)
            how, sure = f"{how}; the others ({others}) name no level, set aside", 0.7
        out.reasons[level_slot] = (f"{how} ({shown})", sure)
    if level_slot is not None:  # another slot naming the same levels (a table here, lists there)
        for slot, why in same_level_slots(texts, level_slot, out.kinds).items():
            out.kinds[slot], out.reasons[slot] = "level", why
    for slot in _level_groups(regions, level_slot, out) if level_slot else ():
        out.kinds[slot] = "other"
        shown = ", ".join(texts[slot][:3])
        out.reasons[slot] = (f"each holds levels no other holds: they group levels ({shown})", 0.7)
    for slot in _sections(regions, out.kinds):
        out.kinds[slot] = "other"
        shown = ", ".join(texts[slot][:4])
        out.reasons[slot] = (f"the same few headings repeat under many others ({shown})", 0.7)
        # only where every label names a part ("Capability | Description | Behavioural
        # indicators" over a PDF table's columns is that table read line by line: APS's ILS)
        if all(_SECTION.match(clean(t)) or _HOLDING.search(t) for t in texts[slot]):
            out.holding |= {
                t for t in texts[slot] if _SECTION.match(clean(t)) and _HOLDING.search(t)
            }
    for slot in ("column header",) if texts.get("column header") else ():  # "Description"
        if slot not in out.kinds and all(special_column(t) for t in texts[slot]):
            out.kinds[slot] = "other"  # beside the statements: what each row's name means
            out.reasons[slot] = (f"its headers name no competency ({texts[slot][0]})", 0.7)
    votes: Counter[str] = Counter()
    above: Counter[str] = Counter()
    over: dict[str, set[str]] = defaultdict(set)  # each slot's labels over statements
    for region in regions:
        if level_slot is not None and not any(lb.slot == level_slot for lb in region.labels):
            continue
        free = [lb.slot for lb in region.labels if lb.slot not in out.kinds]
        if free and region.paras:
            votes[free[-1]] += 1
            above.update(set(free[:-1]) - {free[-1]})
            for lb in region.labels:
                over[lb.slot].add(lb.text)
    rest = sorted(
        (s for s in texts if s not in out.kinds),
        key=lambda s: (votes[s], sum(depth[s]) / len(depth[s])),
        reverse=True,
    )
    comp = competency_from if competency_from in texts else (rest[0] if rest else None)
    parts = None  # "Analysis", "Ideas" under one competency of a level, not another
    if comp is not None and not competency_from and level_slot is not None:
        parts, comp = comp, ragged_parent(regions, level_slot, comp, rest) or comp
    if comp is not None:
        out.kinds[comp] = "competency"
        sure = 1.0 if competency_from else (0.85 if len(rest) == 1 else 0.65)
        out.reasons[comp] = (
            "as told"
            if competency_from
            else f"under each level, over every statement; the {parts!r} labels under some "
            "of them name their parts"
            if parts not in (None, comp)
            else "the innermost labels that are not levels",
            sure,
        )
    under: dict[str, set[str]] = defaultdict(set)
    for region in regions:
        if comp is not None and any(lb.slot == comp for lb in region.labels):
            for lb in region.labels:
                under[lb.slot].add(lb.text)
    titles = [  # slots of one label over everything: a title, and a group of one under it
        s
        for s in rest
        if comp and above[s] and above[s] + votes[s] == votes.total() and len(texts[s]) == 1
    ]
    inmost = innermost_lone(titles, depth, regions)
    for s in rest:
        if s == "data: group" and comp and above[s] and s not in out.kinds:  # one or many
            out.kinds[s], out.reasons[s] = "group", ("the data file's own groups", 0.9)
        if s in out.kinds:
            continue
        whole = above[s] + votes[s] == votes.total()  # over every competency
        if (  # several tiers may name groups ("COMPETENCIES" > "Core Competencies"): the
            comp  # innermost is a competency's group
            and above[s]
            and all(names_group(t) for t in texts[s])
            # one label over everything is the title, unless "1." says more will follow
            and (len(texts[s]) > 1 or s in numbered or not whole)
        ):
            out.kinds[s] = "group"
            shown = ", ".join(texts[s][:4])
            out.reasons[s] = (f"their names say they group the competencies ({shown})", 0.8)
            continue
        # the first label over everything, the others over no statement ("# Developer", then
        # a trailing "# Other Pages" of links), is the title too
        first = len(texts[s]) == 1 or over[s] == {texts[s][0]}
        if (  # a group of one competency is none: "Pair programming" over its own page
            s == inmost
            and "group" not in out.kinds.values()
            and len(over[comp]) > 1
            and lone_group(texts[s][0])
        ):
            out.kinds[s] = "group"
            why = f"a lone heading under the title, over every competency ({texts[s][0]})"
            out.reasons[s] = (why, 0.6)
            continue
        if first and comp and above[s] and above[s] + votes[s] == votes.total():
            out.kinds[s] = "title"
            others = texts[s][1:]
            out.untitled |= set(others)
            shown = some(others)
            out.reasons[s] = (
                "one label above everything"
                + (f"; the others ({shown}) head no statement" if others else ""),
                0.7,
            )
            continue
        if (
            comp
            and "group" not in out.kinds.values()
            and above[s]
            and 2 <= len(under[s]) < len(texts[comp])
        ):
            out.kinds[s] = "group"
            out.reasons[s] = ("labels above the competencies, fewer of them", 0.6)
        else:
            out.kinds[s] = "other"
            out.reasons[s] = ("not a level, competency, group or polarity", 0.5)
    return out


def _negated(text: str, names: list[str]) -> bool:
    """A label printed beside its own negation that names a side: "SKILLED" by "UNSKILLED"."""
    base = clean(text).casefold()
    return any(
        polarity_of(other) == "ineffective"
        and clean(other).casefold() in (f"un{base}", f"in{base}", f"non-{base}", f"not {base}")
        for other in names
    )


def _side(text: str, told: bool) -> bool:
    """Beside the label the polarity hint names, a label that is no level is the other side."""
    return told and level_score(text) < 0.5 and not names_group(text)


def _level_groups(regions: list[Region], level_slot: str, decided: Decision) -> list[str]:
    """Slots above the levels whose labels each hold levels no other holds: they group levels.

    "Individual Contributor Track (Levels 1-3)" over "Level 1" to "Level 3", then "Senior
    Individual Contributor Track" over "Level 4" to "Level 6": a competency's heading has the
    levels under it again under the next competency. Only beside levels set apart from other
    headings (:attr:`Decision.aside`).
    """
    held: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for region in regions:
        at = [lb for lb in region.labels if lb.slot == level_slot]
        if not at or at[0].text in decided.aside:
            continue
        for lb in region.labels[: region.labels.index(at[0])]:
            if lb.slot not in decided.kinds:
                held[lb.slot][lb.text].add(at[0].text)
    out = []
    for slot, under in held.items():
        sets = list(under.values())
        every = set().union(*sets)
        if (
            decided.aside
            and len(sets) >= 2
            and len(every) >= 3
            and sum(map(len, sets)) == len(every)
        ):
            out.append(slot)
    return out


#: Words that name a part of every competency ("Behavioural indicators", "Key Behaviors")
_SECTION = re.compile(
    r"^(?:key\s+|sample\s+|example\s+|typical\s+)?(?:work\s+)?(?:behaviou?ral\s+|performance\s+)?"
    r"(?:indicators|behaviou?rs|sub-?competenc(?:y|ies)|elements|examples)\W*$",
    re.IGNORECASE,
)

#: A heading that files itself beside the ladder: "Misc: Tech Lead", "Appendix - Managers"
_BESIDE = re.compile(
    r"^(?:misc\.?|miscellaneous|other|appendix(?: [a-z\d])?|bonus|extras?)\s*[:–—-]\s*\S", re.I
)
#: A heading on moving between two levels: "Transition from L5 to L6", "From Senior to Staff"
_BETWEEN = re.compile(
    r"^(?:(?:transition(?:ing)?|moving|promotion|progressing|growing|stepping up)\s+)?"
    r"from\s+\S.{0,40}\s+(?:to|into)\s+\S.{0,40}$",
    re.IGNORECASE,
)
#: "All Levels" before a ladder's run of levels: what every level does (a level of its own)
_EVERY = re.compile(r"^(?:all|every|each)\s+(?:levels?|grades?|roles?)\s*:?$", re.IGNORECASE)
#: Of those, the parts that hold a competency's statements (not "Sub-competencies")
_HOLDING = re.compile(r"(?:indicators|behaviou?rs|examples)\W*$", re.IGNORECASE)


def _sections(regions: list[Region], decided: dict[str, str]) -> list[str]:
    """Slots whose few labels repeat under many different outer labels: sections, not names.

    "Key Work Behaviors" under each of 19 competency headings names a part of every
    competency; a competency's name appears under one group at most. A slot with a label
    that says it names such a part ("Behavioural indicators", "Key Behaviors") needs less:
    under every label of the rank above -- two or more -- with each of its labels under two.
    """
    seen: dict[str, set[tuple[str, tuple[str, ...]]]] = defaultdict(set)
    outer: dict[str, set[str]] = defaultdict(set)  # the slots right above each slot
    for region in regions:
        free = [lb for lb in region.labels if lb.slot not in decided]
        for k, lb in enumerate(free):
            seen[lb.slot].add((lb.text, tuple(x.text for x in free[:k])))
            if k:
                outer[lb.slot].add(free[k - 1].slot)
    out = []
    for slot, pairs in seen.items():
        names = {text for text, _ in pairs}
        if len(pairs) >= 4 and len(names) * 2 < len(pairs) and len(seen) > 1:
            out.append(slot)
        elif len(outer[slot]) == 1:
            above = next(iter(outer[slot]))
            paths = {path for _, path in pairs}
            heads = {(*path, text) for text, path in seen[above]}  # every label above
            under = {t: {p for n, p in pairs if n == t} for t in names}
            named = any(_SECTION.match(clean(t)) and under[t] == paths for t in names)
            if len(paths) >= 2 and paths == heads and named and min(map(len, under.values())) > 1:
                out.append(slot)
    return out
