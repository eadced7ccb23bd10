"""Two tiers of headings, one repeating under the other: which tier is the levels.

A framework printed by level lists every competency under each level; printed by competency,
every level under each competency. Either way the outline has two tiers of labels, and the
same set of inner labels repeats under each outer one. When no slot's names read as levels
("Junior Engineer" ... "Technology Director", "n00b" ... "1337"), the two tiers are still the two
dimensions, and the evidence for which is the levels is weighed:

- **counted in the text**: the document says "8 levels" (or grades, bands, stages) and one tier
  has 8 labels, the other not; or it counts its competencies ("9 themes") as the other does;
- **numbered as competencies**: a tier whose labels carry a numbered prefix that is not a level
  word ("Theme 1:", "Competency 2 -") names competencies;
- **level-like names**: the tier whose names read more as levels (:func:`labels.level_score`);
- **progressive**: the tier whose names share a word and differ by a rank ("Engineer", "Senior
  Engineer", "Principal Engineer": a job ladder);
- **one topic**: the other tier's same-named cells share their words across this tier's labels
  ("Values and Ethics" under each job title speaks of ethics at every level;
  :func:`tiertopics.topic_tier`).

The tier with the stronger evidence is read as levels, and the report says why. Where the names
alone chose one of the two tiers as levels ("Change Management" holds a level word), the other
is read as levels only on twice the evidence.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import replace
from itertools import pairwise

from .blocks import Document, Para, clean
from .jobladder import job_ladder
from .labels import Decision
from .levelnames import level_score
from .polarity import polarity_of
from .straysections import without_strays
from .tiertopics import topic_tier

__all__ = [
    "ladder_tier",
    "level_tier",
    "scale_heading",
    "split_level_titles",
]

#: "Level 1: Recognizes how change will affect work." -- a level, and its title in one heading
_TITLED = re.compile(
    r"^((?:(?:proficiency )?level|grade|band|tier|stage)\s*(?:\d{1,2}|[IVX]{1,4}|[A-E]\b))"
    r"\s*[:.–—-]\s*(\S.*)$",
    re.IGNORECASE,
)
_SENTENCE = re.compile(r"^\S+(?: \S+){7,}[.!?]$")
_NUMBERS = ["one", "two", "three", "four", "five", "six"]
_NUMBERS += ["seven", "eight", "nine", "ten", "eleven", "twelve"]
_COUNT = r"\b(\d{1,2}|" + "|".join(_NUMBERS) + r")\s+"
_LEVELS = re.compile(_COUNT + r"(?:levels?|grades?|bands?|stages?|tiers?)\b", re.IGNORECASE)
_PARTS = re.compile(
    _COUNT + r"(?:competenc(?:y|ies)|clusters?|themes?|topics?|skills?|domains?|capabilit(?:y|ies)|"
    r"areas?|categor(?:y|ies)|pillars?|dimensions?|behaviours?|behaviors?)\b",
    re.IGNORECASE,
)


def level_tier(doc: Document, *, current: str | None = None) -> tuple[str, str, float] | None:
    """The slot of the tier to read as levels, why, and how sure; None without two such tiers.

    ``current`` is the slot the names alone chose as levels, if any: the tiers overrule it
    only when it is one of the two tiers, the other has the evidence, and twice over (as when
    "Change Management" reads as a level beside "Beginner", "Advanced").

    Examples
    --------
    >>> from compkit.ingest.blocks import Document, Label, Para, Region
    >>> def region(level, comp):
    ...     return Region((Label(level, "Heading 1"), Label(comp, "Heading 2", number=1)), [])
    >>> doc = Document([region(lv, c) for lv in ("Engineer", "Staff Engineer", "Director")
    ...                 for c in ("Planning", "Delivery")])
    >>> doc.introduction = [Para("2 themes, 3 levels, 6 statements", {})]
    >>> slot, why, confidence = level_tier(doc)
    >>> slot, confidence
    ('Heading 1', 0.85)
    >>> print(why)  # doctest: +NORMALIZE_WHITESPACE
    two tiers of headings, the 2 'Heading 2' labels repeated under each of the 3 'Heading 1'
    labels: the 'Heading 1' labels read as levels (the text says '3 levels'; the text counts 2
    of what the 'Heading 2' labels name; the 'Heading 2' labels are numbered as competencies;
    the 'Heading 1' names read more as levels)
    """
    kids: dict[tuple[str, str], dict[str, set[str]]] = defaultdict(dict)
    for region in doc.regions:
        # a side's label between a competency and its levels ("Positive indicators") is no tier
        labels = [lb for lb in region.labels if not polarity_of(lb.text)]
        for a, b in pairwise(labels):
            if a.slot != b.slot:
                kids[(a.slot, b.slot)].setdefault(a.text, set()).add(b.text)
    text = " ".join(clean(p.text) for p in doc.introduction)
    best = None
    for (outer, inner), under in kids.items():
        under = without_strays(under)  # "Using This Matrix" after the ladder: its own headings
        union = set().union(*under.values())
        if len(under) + len(union) < 3 or all(polarity_of(t) for t in union):
            continue  # "Effective" | "Ineffective" under each competency: polarity, not levels
        share = sum(len(v) for v in under.values()) / (len(under) * len(union))
        if share < 0.6:  # not the same set under each outer label
            continue
        prose = text + " " + _text_beside(doc, outer, inner)
        held = {outer: set(under), inner: union}  # the names one over the other
        found = _weigh(doc, {outer: len(under), inner: len(union)}, prose, held)
        if found is None or (current is not None and current not in (outer, inner)):
            continue
        if found[0] == current:
            continue
        # one label in a tier repeats nothing, and names that read as levels are evidence too:
        # then it must be twice as strong
        needed = 2 if min(len(under), len(union)) == 1 or current is not None else 1
        if found[3] >= needed and (best is None or found[2] > best[2]):
            why = _why(found, outer, inner, len(under), len(union))
            if current is not None:
                why += f", not the {current!r} labels, whose names alone read as levels"
            best = (found[0], why, found[2])
    return best


#: A heading that names the scale over the levels, not a competency: "Proficiency Levels",
#: "Competency Behaviors: Specific, observable actions ...", "Behavioural indicators",
#: "Behavior Statements" (the University of Florida's job competency pages), "Behavioral
#: Descriptions" (Wyoming Workforce Planning's)
_SCALE = re.compile(
    r"^(?:(?:proficiency|competency|performance|behaviou?ral)\s+)?"
    r"(?:levels?|proficiency(?: levels?)?|behaviou?rs|indicators|(?:behaviou?r\s+)?statements"
    r"|descriptions)\b(?!\s*\d)",
    re.IGNORECASE,
)


def scale_heading(doc: Document, decision: Decision) -> str | None:
    """Re-read a heading over the levels that names their scale; say why, or None.

    "# Resilience" over "## Proficiency Level" over "### Basic", "### Advanced": the heading
    between a competency and its levels names the scale (on every competency's page, or once
    per competency), and the competency is the heading above it. When every label of the slot
    read as competencies names the scale and stands under a label of one other slot (not levels
    or polarity), that slot is the competencies and the scale's labels are set aside.

    Examples
    --------
    >>> bool(_SCALE.match("Proficiency Level")), bool(_SCALE.match("Behavioural indicators"))
    (True, True)
    >>> bool(_SCALE.match("Behavior Statements")), bool(_SCALE.match("Behavioral statements"))
    (True, True)
    >>> bool(_SCALE.match("Level 2")), bool(_SCALE.match("Leadership"))
    (False, False)
    """
    comp = decision.slot_of("competency")
    if comp is None or "level" not in decision.kinds.values():
        return None
    above, names = set(), set()
    for region in doc.regions:
        for k, lb in enumerate(region.labels):
            if lb.slot == comp:
                names.add(lb.text)
                above.add(region.labels[k - 1].slot if k else None)
    outer = above.pop() if len(above) == 1 else None
    if outer is None or decision.kinds.get(outer) in ("level", "polarity"):
        return None
    if not names or not all(_SCALE.match(clean(t)) for t in names):
        return None
    decision.kinds[comp], decision.kinds[outer] = "other", "competency"
    decision.untitled.clear()
    shown = ", ".join(repr(t) for t in sorted(names)[:2])
    why = f"the headings over the levels name their scale ({shown})"
    decision.reasons[outer] = (why + ": the headings above them read as competencies", 0.7)
    decision.reasons[comp] = (why + "; set aside", 0.7)
    return why


def split_level_titles(doc: Document) -> str | None:
    """Read "Level 1: <this competency's title for it>" headings as the level "Level 1".

    A competency dictionary titles each level of each competency ("Level 1: Recognizes how
    change will affect work." under Adaptability, "Level 1: Assesses and monitors oneself ..."
    under Continuous Learning). When a tier of such headings gives one level number different
    titles under different headings, the number is the level and the title is the competency's
    own words for it: each heading is read as its level, and its whole text is kept as the
    first paragraph under it, a description (it goes into the competency's description). A
    title the same under every heading ("Level 5 – Deputy Director") names the level whole and
    is left so. Returns what the report should say, or None when nothing was read so.

    Examples
    --------
    >>> from compkit.ingest.blocks import Document, Label, Region
    >>> def region(comp, level):
    ...     return Region((Label(comp, "##"), Label(level, "###")), [])
    >>> doc = Document([region("Adaptability", "Level 1: Recognizes change."),
    ...                 region("Adaptability", "Level 2: Adapts one's work."),
    ...                 region("Learning", "Level 1: Assesses oneself."),
    ...                 region("Learning", "Level 2: Seeks to improve.")])
    >>> print(split_level_titles(doc))  # doctest: +NORMALIZE_WHITESPACE
    4 '###' headings such as 'Level 1: Recognizes change.' read as 2 levels (Level 1, Level 2):
    each competency titles its levels in its own words; each title is kept in its competency's
    description
    >>> [(r.labels[-1].text, r.paras[0].text) for r in doc.regions][:2]
    [('Level 1', 'Level 1: Recognizes change.'), ('Level 2', "Level 2: Adapts one's work.")]
    """
    titles: dict[str, dict[str, set[tuple[str, str]]]] = defaultdict(lambda: defaultdict(set))
    count: dict[str, set[str]] = defaultdict(set)
    for region in doc.regions:
        for k, lb in enumerate(region.labels):
            count[lb.slot].add(lb.text)
            m = _TITLED.match(clean(lb.text))
            if m and k:
                level = " ".join(m.group(1).split()).casefold()
                titles[lb.slot][level].add((m.group(2), region.labels[k - 1].text))
    slots = [
        slot
        for slot, by_level in titles.items()
        if sum(map(len, by_level.values())) * 3 >= len(count[slot]) * 2  # most of the tier
        and (
            any(
                len({t for t, _ in v}) >= 2 and len({p for _, p in v}) >= 2
                for v in by_level.values()
            )
            # or under one competency: every title a sentence ("Level A: Communicates ... .")
            or (
                len(by_level) >= 2
                and all(_SENTENCE.match(t) for v in by_level.values() for t, _ in v)
            )
        )
    ]
    if not slots:
        return None
    seen: set[str] = set()
    levels: list[str] = []
    first = ""
    for region in doc.regions:
        labels = list(region.labels)
        for k, lb in enumerate(labels):
            m = _TITLED.match(clean(lb.text)) if lb.slot in slots else None
            if m is None:
                continue
            name = " ".join(m.group(1).split())
            labels[k] = replace(lb, text=name)
            first = first or lb.text
            if name not in levels:
                levels.append(name)
            if lb.key not in seen or not lb.key:  # the title once, under the heading it heads
                seen.add(lb.key)
                region.paras.insert(0, Para(lb.text, lb.where, describes=True))
        region.labels = tuple(labels)
    n = sum(len(count[s]) for s in slots)
    return (
        f"{n} {slots[0]!r} headings such as {first!r} read as {len(levels)} levels "
        f"({', '.join(levels[:6])}{', ...' if len(levels) > 6 else ''}): each competency titles "
        "its levels in its own words; each title is kept in its competency's description"
    )


def ladder_tier(doc: Document) -> tuple[str, str, float] | None:
    """A tier of headings that rises as a job ladder, over a tier of its own: the levels.

    For an outline where no slot's names read as levels and no two tiers repeat one under the
    other: "## D1 - Developer 1" ... "## D7 - Developer 7", each over bullets that open with a
    bold name ("Adopts", "Mentors") that comes and goes from one level to the next. The
    ladder's tier is read as levels only when another tier stands beneath it (what the
    statements are about) and its labels are not numbered as competencies ("Competency 2:").

    Examples
    --------
    >>> from compkit.ingest.blocks import Document, Label, Region
    >>> def region(level, comp):
    ...     return Region((Label(level, "##"), Label(comp, "###")), [])
    >>> doc = Document([region("D1 - Developer 1", "Adopts"), region("D2 - Developer 2", "Designs"),
    ...                 region("D3 - Developer 3", "Mentors")])
    >>> slot, why, confidence = ladder_tier(doc)
    >>> slot, confidence
    ('##', 0.6)
    """
    names: dict[str, list[str]] = defaultdict(list)
    numbered: dict[str, bool] = defaultdict(bool)
    inner: set[str] = set()
    for region in doc.regions:
        for k, lb in enumerate(region.labels):
            if lb.text not in names[lb.slot]:
                names[lb.slot].append(lb.text)
            numbered[lb.slot] |= lb.number is not None
            if k + 1 < len(region.labels) and region.labels[k + 1].slot != lb.slot:
                inner.add(lb.slot)
    for slot, texts in names.items():
        if slot in inner and not numbered[slot] and len(texts) >= 3 and job_ladder(texts):
            shown = ", ".join(repr(t) for t in texts[:3])
            return (
                slot,
                f"the {len(texts)} {slot!r} labels ({shown}, ...) rise as a job ladder does, "
                "each over labels of another kind: read as levels",
                0.6,
            )
    return None


def _text_beside(doc: Document, *slots: str) -> str:
    """The paragraphs under no label of the two tiers (a summary under the title, say)."""
    return " ".join(
        clean(p.text)
        for r in doc.regions
        if not any(lb.slot in slots for lb in r.labels)
        for p in r.paras
    )


def _weigh(
    doc: Document, sizes: dict[str, int], text: str, names: dict[str, set] | None = None
) -> tuple | None:
    """(level slot, reasons, confidence) from the evidence for each tier; None on a tie.

    ``names``, when given, are each tier's labels that stand one over the other: the names
    weighed. A job family's page has "### Requirements" and "### Performance Indicators"
    for every level beside "### Senior Business Systems Administrator" over "#### Requirements";
    those headings of the same kind repeat nothing, and are no evidence of what the tier is.
    """
    labels: dict[str, list] = defaultdict(list)
    for region in doc.regions:
        for lb in region.labels:
            if names is not None and lb.text not in names.get(lb.slot, ()):
                continue
            if lb.slot in sizes and lb.text not in [x.text for x in labels[lb.slot]]:
                labels[lb.slot].append(lb)
    outer, inner = sizes
    score = {outer: 0.0, inner: 0.0}
    why: dict[str, list[str]] = {outer: [], inner: []}
    stated = {_number(m.group(1)) for m in _LEVELS.finditer(text)}
    parts = {_number(m.group(1)) for m in _PARTS.finditer(text)}
    for slot, other in ((outer, inner), (inner, outer)):
        n, m = sizes[slot], sizes[other]
        if n in stated and m not in stated:
            score[slot] += 2
            said = next(x.group(0) for x in _LEVELS.finditer(text) if _number(x.group(1)) == n)
            why[slot].append(f"the text says {said!r}")
        if m in parts and n not in parts and n != m:
            score[slot] += 1
            why[slot].append(f"the text counts {m} of what the {other!r} labels name")
        numbered = sum(lb.number is not None for lb in labels[other])
        if numbered * 2 > len(labels[other]) and not any(lb.number for lb in labels[slot]):
            score[slot] += 1
            why[slot].append(f"the {other!r} labels are numbered as competencies")
        if job_ladder([lb.text for lb in labels[slot]], least=2):
            score[slot] += 1
            why[slot].append(f"the {slot!r} names rise as a job ladder does")
    if (topic := topic_tier(doc, outer, inner)) is not None:  # the competencies' words
        slot, other = (outer, inner) if topic[0] == inner else (inner, outer)
        score[slot] += 1
        why[slot].append(
            f"the statements under each {other!r} label share {topic[1]:.0%} of their words "
            f"from one {slot!r} label to the next, against {topic[2]:.0%} within one: "
            f"the {other!r} labels name their topics"
        )
    like = {s: sum(_as_level(lb.text) for lb in labels[s]) / len(labels[s]) for s in sizes}
    if abs(like[outer] - like[inner]) >= 0.15:
        top = max(like, key=like.__getitem__)
        score[top] += 1
        why[top].append(f"the {top!r} names read more as levels")
    margin = score[outer] - score[inner]
    if abs(margin) < 1:
        return None
    slot = outer if margin > 0 else inner
    return slot, why[slot], round(min(0.85, 0.55 + 0.1 * abs(margin)), 2), abs(margin)


#: A heading naming the kind of a role's rank, not a rank: "Job Grade" under each job title.
_RANK_KIND = re.compile(r"^(?:(?:job|pay|salary|career)\s+)?(?:grades?|levels?|bands?)$", re.I)


def _as_level(name: str) -> float:
    """How much a heading reads as a level name; "Job Grade", "Level" (the rank's kind) not.

    Examples
    --------
    >>> _as_level("Job Grade"), _as_level("Grade 7") > 0
    (0.0, True)
    """
    return 0.0 if _RANK_KIND.match(clean(name)) else level_score(name)


def _why(found: tuple, outer: str, inner: str, n_outer: int, n_inner: int) -> str:
    slot, reasons, *_ = found
    inner_n = f"the {n_inner} {inner!r} labels" if n_inner > 1 else f"the one {inner!r} label"
    outer_n = f"each of the {n_outer} {outer!r} labels" if n_outer > 1 else f"the one {outer!r}"
    return (
        f"two tiers of headings, {inner_n} repeated under {outer_n}: the {slot!r} labels read "
        f"as levels ({'; '.join(reasons)})"
    )


def _number(word: str) -> int:
    return int(word) if word.isdigit() else _NUMBERS.index(word.lower()) + 1
