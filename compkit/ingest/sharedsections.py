"""Sections a job family writes once for every grade, and the grade line under each level.

A job-family page (GitLab's handbook) sets its grades as headings, each over the same few
sections ("#### Job Grade", "#### Requirements", "#### Responsibilities"), and writes first what
every grade shares, under a heading of one of those names ("### Requirements") or of the name
with a word that says it is shared ("### Base Requirements", "### Common Responsibilities"). Read
as it stands, that heading is a level that names no level, and its statements went to the
introduction. :func:`shared_sections` reads such a section as that competency at "All levels";
it asks for the competency's name to head a section under two levels or more (each level's
sections under the level's heading, not levels under a competency's), and for the shared
section to stand under no level and no competency of its own.

The "Job Grade" section under each grade holds one sentence that names the grade ("The Senior
Accessibility Engineer is a grade 7."): it says what the level is, not what its holder does.
A section whose every text is one sentence of one frame naming its level and a number (the
level's name, or its name less the first word: "Intermediate Engineer" may be "The Engineer is
a grade 6."), under two levels or more, is read as its level's description. A page of one
level may set the grades apart under a heading of their own ("### Job Grade" over "The
Fullstack Engineer is a grade 6.", one line a grade): that section is part of the
introduction, not a competency.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .._words import plural
from .blocks import Document, Label, clean
from .markup import TERM

__all__ = ["shared_sections"]

#: A section that names the job's grade or band: "Job Grade", "Grades", "Pay band"
_GRADE = re.compile(r"^(?:(?:job|pay|salary)\s+)?(?:grades?|bands?)$", re.I)
#: Words that say a section is shared by every level: "Base Requirements", "General ..."
_SHARED = re.compile(
    r"^(?:(?:base|basic|baseline|common|core|general|shared|minimum|all)\s+)?(.+?)"
    r"(?:\s*\(?(?:for|at|across)\s+(?:all|every)\s+(?:levels?|grades?|roles?)\)?)?:?$",
    re.I,
)


def shared_sections(doc: Document, level_slot: str | None, comp_slot: str | None) -> list[tuple]:
    """Read shared sections at "All levels" and grade lines as descriptions; return the notes.

    Changes ``doc``'s regions in place (see the module's note). Shared sections and grade
    lines under levels are read when levels and competencies come from two slots of headings.
    """
    if not level_slot or not comp_slot or level_slot == comp_slot:
        return _grade_sections(doc, level_slot)
    under: dict[str, dict[str, list[int]]] = {}  # competency -> level -> its regions
    printed: dict[str, str] = {}
    sections = 0  # regions whose competency heading stands under their level's, less the others
    for k, region in enumerate(doc.regions):
        level, comp = _label(region, level_slot), _label(region, comp_slot)
        if region.in_table or level is None or comp is None:
            continue
        sections += 1 if region.labels.index(level) < region.labels.index(comp) else -1
        name = clean(comp.text).casefold()
        printed.setdefault(name, clean(comp.text))
        under.setdefault(name, {}).setdefault(clean(level.text).casefold(), []).append(k)
    common = {name for name, levels in under.items() if len(levels) >= 2}
    notes = _shared(doc, level_slot, comp_slot, common, printed) if sections > 0 else []
    for name in sorted(common):  # one such section a page (the regions move when it is read)
        if said := _grade_lines(doc, under[name], printed[name]):
            return [*notes, said]
    return notes + _grade_sections(doc, level_slot)


def _grade_sections(doc: Document, level_slot: str | None) -> list[tuple]:
    """A "Job Grade" section under no level, its lines each a grade: part of the introduction."""
    found = []
    for k, region in enumerate(doc.regions):
        if region.in_table or not region.labels or not region.paras:
            continue
        if level_slot and _label(region, level_slot) is not None:
            continue
        if not _GRADE.match(clean(region.labels[-1].text)):
            continue
        texts = [clean(p.text) for p in region.paras if clean(p.text)]
        if all(re.search(r"\d", t) and len(t.split()) <= 30 for t in texts):
            found.append(k)
    names = list(dict.fromkeys(repr(clean(doc.regions[k].labels[-1].text)) for k in found))
    for k in found:
        doc.introduction.extend(doc.regions[k].paras)
        for key in doc.regions[k].labels[-1].key.split():
            doc.all_keys.pop(key, None)  # the heading is said in the note
    if not found:
        return []
    doc.regions[:] = [r for k, r in enumerate(doc.regions) if k not in found]
    said = f"{plural(len(found), 'section')} ({', '.join(names)}) naming the job's grades"
    return [("guess", f"{said}, one a line: part of the introduction, not a competency", 0.7)]


def _label(region, slot: str) -> Label | None:
    return next((lb for lb in reversed(region.labels) if lb.slot == slot), None)


def _shared(doc: Document, level_slot: str, comp_slot: str, common: set, printed: dict) -> list:
    """Sections named as a competency, headed as the levels or as headings over them are."""
    above = {level_slot}  # the slots of the levels' headings and of the headings over them
    for region in doc.regions:
        if (level := _label(region, level_slot)) is not None:
            above.update(lb.slot for lb in region.labels[: region.labels.index(level)])
    moved: list[tuple[str, str]] = []
    for k, region in enumerate(doc.regions):
        if region.in_table or not region.paras or not region.labels:
            continue
        inner = region.labels[-1]
        if inner.slot not in above or inner.slot == TERM or _label(region, comp_slot):
            continue  # a term of a definition list defines its word
        if any(lb.slot == level_slot for lb in region.labels[:-1]):
            continue
        m = _SHARED.match(clean(inner.text))
        name = clean(m.group(1)).casefold() if m else ""
        if name not in common:
            continue
        every = Label("All levels", level_slot, inner.source)
        comp = Label(printed[name], comp_slot, inner.source, key=inner.key)
        doc.regions[k] = replace(region, labels=(*region.labels[:-1], every, comp))
        moved.append((clean(inner.text), printed[name]))
    if not moved:
        return []
    shown = ", ".join(f"{a!r}" if a == b else f"{a!r} as {b!r}" for a, b in moved[:4])
    return [
        (
            "guess",
            f"{shown}{', ...' if len(moved) > 4 else ''}: written once before the levels "
            "under the name of a section each level holds, read at 'All levels'",
            0.7,
        )
    ]


def _grade_lines(doc: Document, cells: dict, name: str) -> tuple | None:
    """The section ``name`` read as its levels' descriptions when each cell names its level."""
    if len(cells) < 2:
        return None
    moves: dict[int, int] = {}  # a section -> the next section of its level, with text
    frames = set()
    for level, ks in cells.items():
        for k in ks:
            paras = [p for p in doc.regions[k].paras if clean(p.text)]
            if len(paras) != 1 or (frame := _frame(paras[0].text, level)) is None:
                return None
            frames.add(frame)
            after = next((j for j in range(k + 1, len(doc.regions)) if _beside(doc, k, j)), None)
            if after is None or after in moves.values():
                return None
            moves[k] = after
    if len(frames) > 1 or "#" not in next(iter(frames)):  # one frame, with the grade's number
        return None
    for k, after in moves.items():  # the sentence goes before the next section's, as its note
        paras = [replace(p, aside=True) for p in doc.regions[k].paras if clean(p.text)]
        doc.regions[after] = replace(doc.regions[after], paras=[*paras, *doc.regions[after].paras])
        for key in doc.regions[k].labels[-1].key.split():
            doc.all_keys.pop(key, None)  # the heading is said in the note
    doc.regions[:] = [r for k, r in enumerate(doc.regions) if k not in moves]
    return (
        "guess",
        f"the {name!r} section under each level is one sentence naming its level "
        f"({len(moves)} levels): read as the level's description, not a competency",
        0.7,
    )


def _frame(text: str, level: str) -> str | None:
    """The sentence with its level's name (or that name less its first word) and numbers out.

    >>> _frame("The Senior Engineer is a grade 7.", "senior engineer")
    'the {} is a grade #.'
    >>> _frame("The Engineer (Intermediate) is a grade 6.", "engineer (intermediate)")
    'the {} is a grade #.'
    >>> _frame("Ships features.", "senior engineer") is None
    True
    """
    said = clean(text).casefold()
    for name in (level, level.partition(" ")[2]):
        named = re.compile(rf"(?<!\w){re.escape(name)}(?!\w)")
        if name and named.search(said):
            return re.sub(r"\d+", "#", named.sub("{}", said, count=1))
    return None


def _beside(doc: Document, k: int, j: int) -> bool:
    """Region ``j`` stands under region ``k``'s level heading, in a section with text of its own."""
    one, other = doc.regions[k], doc.regions[j]
    outer = one.labels[:-1]
    return bool(other.paras) and not other.in_table and other.labels[: len(outer)] == outer
