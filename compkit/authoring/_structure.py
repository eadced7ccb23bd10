"""What changed in a framework's structure: items renamed, added, removed, or moved.

Competencies, levels, groups, values and roles renamed, added or removed, and a competency
moved to another group. Items are matched by id first. An item whose id changed is matched by
what it holds — a
competency by where its statements went, a level by its statements and then its rank, a group
by its competencies, a value by the competencies that hold it — and then by a name of the same
words, so a competency renamed "Working with others" → "Working together" with a new id is one
competency renamed, not one removed and one added with every statement moved. The matching
maps (old id → new id) also tell :mod:`compkit.authoring.versions` which statements did not
move at all: their competency or level was only renamed.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import TYPE_CHECKING

import numpy as np

from ..framework.stems import side_stems
from ._wordiff import word_diff

if TYPE_CHECKING:
    from ..framework.model import Framework

#: Structural items, in the order a change log lists them, with their records.
KINDS = {
    "competency": "competency_records",
    "level": "level_records",
    "group": "group_records",
    "value": "value_records",
    "role": "role_records",
}
_WORD = re.compile(r"\w+")


def _dice(x: str, y: str) -> float:
    a, b = set(_WORD.findall(x.casefold())), set(_WORD.findall(y.casefold()))
    return 2 * len(a & b) / (len(a) + len(b)) if a or b else 0.0


def _pair_by_votes(votes: Counter, olds: list[str], news: list[str]) -> dict[str, str]:
    """Old-only and new-only ids paired where most of an old item's votes go to one new item."""
    out: dict[str, str] = {}
    totals = Counter()
    for (o, _), n in votes.items():
        totals[o] += n
    for o in olds:
        best = max(((n, v) for (x, v), n in votes.items() if x == o and v in news), default=None)
        if best and best[0] * 2 > totals[o] and best[1] not in out.values():
            out[o] = best[1]
    return out


def _pair_by_name(old: dict[str, str], new: dict[str, str], olds, news) -> dict[str, str]:
    """Old-only and new-only items whose names share most words, each the other's best."""
    olds, news = [o for o in olds], [n for n in news]
    if not olds or not news:
        return {}
    score = np.array([[_dice(old[o], new[n]) for n in news] for o in olds])
    out = {}
    for r in range(len(olds)):
        c = int(score[r].argmax())
        if score[r, c] >= 0.5 and int(score[:, c].argmax()) == r:
            out[olds[r]] = news[c]
    return out


def match(a: Framework, b: Framework, pairs: list[tuple[str, str]]) -> dict[str, dict[str, str]]:
    """``{kind: {old id: new id}}`` for every structural item found in both versions.

    ``pairs`` are the (old, new) ids of statements matched between the versions.
    """
    old_ind = {i.id: i for i in a.indicator_records}
    new_ind = {i.id: i for i in b.indicator_records}
    maps: dict[str, dict[str, str]] = {}
    for kind, attr in KINDS.items():
        old = {x.id: x for x in getattr(a, attr)}
        new = {x.id: x for x in getattr(b, attr)}
        same = {k: k for k in old if k in new}
        olds = [k for k in old if k not in new]
        news = [k for k in new if k not in old]
        votes: Counter = Counter()
        if kind in ("competency", "level"):
            for o, n in pairs:
                votes[getattr(old_ind[o], kind), getattr(new_ind[n], kind)] += 1
        elif kind == "group":
            comps = maps["competency"]
            new_comp = {c.id: c for c in b.competency_records}
            for c in a.competency_records:
                if c.group and c.id in comps and new_comp[comps[c.id]].group:
                    votes[c.group, new_comp[comps[c.id]].group] += 1
        elif kind == "value":
            comps = maps["competency"]
            new_comp = {c.id: c for c in b.competency_records}
            for c in a.competency_records:
                for v in c.values if c.id in comps else ():
                    for w in new_comp[comps[c.id]].values:
                        votes[v, w] += 1
        found = _pair_by_votes(votes, olds, news)
        if kind == "level":  # a level left alone by its statements: the same rank
            ranks = {new[n].rank: n for n in news if n not in found.values()}
            for o in olds:
                if o not in found and old[o].rank in ranks:
                    found[o] = ranks.pop(old[o].rank)
        rest_old = [o for o in olds if o not in found]
        rest_new = [n for n in news if n not in found.values()]
        names_old = {k: x.name for k, x in old.items()}
        names_new = {k: x.name for k, x in new.items()}
        found |= _pair_by_name(names_old, names_new, rest_old, rest_new)
        maps[kind] = same | found
    return maps


def changes(
    a: Framework, b: Framework, maps: dict[str, dict[str, str]], pairs: list | None = None
) -> list[dict]:
    """One row per structural change (columns as :data:`versions.DIFF_COLUMNS`).

    ``pairs`` (the matched statements' old and new ids) tell where a removed competency's
    statements went and where an added one's came from: "merged into", "split from".
    """
    rows = []
    went = _went(a, b, pairs or [])
    names = {  # by id, old and new: what a change says instead of ids
        "competency": ({c.id: c.name for c in a.competency_records},
                       {c.id: c.name for c in b.competency_records}),
        "level": ({lv.id: lv.name for lv in a.level_records},
                  {lv.id: lv.name for lv in b.level_records}),
        "value": ({v.id: v.name for v in a.value_records},
                  {v.id: v.name for v in b.value_records}),
        "group": ({g.id: g.name for g in a.group_records},
                  {g.id: g.name for g in b.group_records}),
    }  # fmt: skip
    names["rank"] = tuple(
        [lv.id for lv in sorted(fw.level_records, key=lambda lv: lv.rank)] for fw in (a, b)
    )
    groups_old, groups_new = names["group"]
    for kind, attr in KINDS.items():
        old = {x.id: x for x in getattr(a, attr)}
        new = {x.id: x for x in getattr(b, attr)}
        pairs = maps[kind]

        def row(change, o, n, note="", kind=kind):
            return {
                "item": kind,
                "change": change,
                "old_id": o.id if o is not None else None,
                "new_id": n.id if n is not None else None,
                "old_text": o.name if o is not None else None,
                "new_text": n.name if n is not None else None,
                "similarity": np.nan,
                "matched_by": ("id" if o.id == n.id else "content")
                if o is not None and n is not None
                else "",
                "word_diff": "",
                "note": note,
            }

        for k, x in old.items():
            if k not in pairs:
                rows.append(row("removed", x, None, went.get(("removed", k), "")))
                continue
            y = new[pairs[k]]
            ids = f"id changed from {k} to {y.id}" if k != y.id else ""
            if x.name != y.name:
                note = f"renamed from {x.name} to {y.name}"
                rows.append(row("renamed", x, y, "; ".join(filter(None, (note, ids)))))
            changed = _changed(kind, x, y, names, maps)
            if changed:
                rows.append(row("changed", x, y, changed) | {"word_diff": _described(x, y)})
            if kind == "competency":
                before = groups_old.get(x.group) if x.group else None
                after = groups_new.get(y.group) if y.group else None
                moved = maps["group"].get(x.group) != y.group if x.group else bool(y.group)
                if moved:
                    note = (
                        f"moved from {before} to {after}"
                        if before and after
                        else f"moved into {after}"
                        if after
                        else f"moved out of {before}"
                    )
                    rows.append(row("moved", x, y, note))
        done = set(pairs.values())
        rows += [  # an added item's description is news too: its words, all inserted
            row("added", None, y, went.get(("added", k)) or _where(kind, y, names))
            | {"word_diff": _described(None, y)}
            for k, y in new.items()
            if k not in done
        ]
    return rows + _framework_changes(a, b)


def _framework_changes(a: Framework, b: Framework) -> list[dict]:
    """Changes to the framework as a whole: title, introduction, stem, cumulative levels."""
    said = []
    if a.title != b.title:
        said.append(f"title changed from {a.title!r} to {b.title!r}")
    if [p.text for p in a.introduction] != [p.text for p in b.introduction]:
        said.append("introduction changed")
    said += _stem_changes(a, b)
    if a.cumulative != b.cumulative:
        said.append(
            "levels now cumulative (each includes those below)"
            if b.cumulative
            else "levels no longer cumulative"
        )
    if not said:
        return []
    return [
        {
            "item": "framework",
            "change": "changed",
            "old_id": a.id,
            "new_id": b.id,
            "old_text": a.title,
            "new_text": b.title,
            "similarity": np.nan,
            "matched_by": "id" if a.id == b.id else "",
            "word_diff": _introduced(a, b),
            "note": "; ".join(said),
        }
    ]


def _described(x, y) -> str:
    """The word diff of an item's description, if its words changed ("" if not)."""
    old, new = getattr(x, "description", "") or "", getattr(y, "description", "") or ""
    return word_diff(old, new) if old.split() != new.split() else ""


def _introduced(a: Framework, b: Framework) -> str:
    """The word diff of the introduction, paragraphs joined, if its words changed."""
    old, new = (" ".join(p.text for p in fw.introduction) for fw in (a, b))
    return word_diff(old, new) if old.split() != new.split() else ""


def _stem_changes(x, y) -> list[str]:
    """A changed stem in words: one stem of every statement, else each side's that changed."""
    if (
        getattr(x, "ineffective_stem", None) is None
        and getattr(y, "ineffective_stem", None) is None
    ):
        old, new = getattr(x, "stem", ""), getattr(y, "stem", "")
        return [_was("stem", old, new)] if old != new else []
    sides = zip(("effective", "ineffective"), side_stems(x), side_stems(y), strict=True)
    return [_was(f"{side} stem", old, new) for side, old, new in sides if old != new]


def _was(what: str, old: str, new: str) -> str:
    if not old:
        return f"{what} {new!r} added"
    if not new:
        return f"{what} {old!r} removed"
    return f"{what} changed from {old!r} to {new!r}"


def _place(level, side: str, names: dict) -> int:
    """A level's place from the lowest (1 = lowest) in its version."""
    return names["rank"][0 if side == "old" else 1].index(level.id) + 1


def _where(kind: str, item, names: dict) -> str:
    """Where an added level or competency stands; what an added role requires.

    A level between two others ("between Lead and Director"), a competency in its group ("in
    People").

    A role's requirements are said by name, as the documents print them ("requires
    Communication at Level 2, Planning at Level 1").
    """
    if kind == "role":
        comps, levels = names["competency"][1], names["level"][1]
        said = [
            f"{comps.get(c, c)} at {levels.get(lv, lv)}" if lv else comps.get(c, c)
            for c, lv in item.requires
        ]
        return f"requires {', '.join(said)}" if said else ""
    if kind == "competency" and item.group:
        return f"in {names['group'][1].get(item.group, item.group)}"
    if kind != "level":
        return ""
    order, named = names["rank"][1], names["level"][1]
    at = order.index(item.id)
    below, above = order[at - 1] if at else None, order[at + 1] if at + 1 < len(order) else None
    if below and above:
        return f"between {named[below]} and {named[above]}"
    if above:
        return f"the lowest, below {named[above]}"
    return f"the highest, above {named[below]}" if below else ""


def _reordered(x, y, names: dict, levels: dict[str, str]) -> bool:
    """Whether a kept level stands elsewhere among the levels both versions keep.

    A level added below it (or one removed) moves its place from the lowest but not its
    order: that is the added level's change, not this one's.
    """
    old, new = names["rank"]
    kept_new = {levels.get(o, o) for o in old} & set(new)
    before = [levels.get(o, o) for o in old if levels.get(o, o) in kept_new]
    after = [n for n in new if n in kept_new]
    return before.index(y.id) != after.index(y.id)


def _ordinal(n: int) -> str:
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def _changed(kind: str, x, y, names: dict, maps) -> str:
    """What changed in a matched item besides its name and group, in words ("" if nothing).

    A description reworded; for a role, each competency it requires at another level, newly
    or no longer, by name ("requires Communication at Level 3, was Level 2").
    """
    said = []
    old_text, new_text = getattr(x, "description", "") or "", getattr(y, "description", "") or ""
    if old_text.split() != new_text.split():
        said.append(
            "description added"
            if not old_text
            else "description removed"
            if not new_text
            else "description reworded"
        )
    elif old_text != new_text:
        said.append("description's line or paragraph breaks changed")
    said += _stem_changes(x, y)
    if kind == "level" and _reordered(x, y, names, maps["level"]):
        said.append(
            f"now {_ordinal(_place(y, 'new', names))} from the lowest, "
            f"was {_ordinal(_place(x, 'old', names))}"
        )
    if kind == "competency":
        olds = [maps["value"].get(v, v) for v in x.values]
        if sorted(olds) != sorted(y.values):  # by name: "values: Care added, Courage removed"
            old_names, new_names = names["value"]
            back = dict(zip(olds, x.values, strict=True))
            told = [f"{new_names.get(v, v)} added" for v in y.values if v not in olds]
            told += [f"{old_names.get(back[v], v)} removed" for v in olds if v not in y.values]
            said.append("values: " + ", ".join(told))
        said += _undefined(x, y, names["level"], maps["level"])
    if kind == "role":
        comps = maps["competency"]
        levels = maps["level"]
        old_names, comp_names = names["competency"]
        old_level_names, level_names = names["level"]
        old_req = {comps.get(c, c): lv for c, lv in x.requires}
        new_req = dict(y.requires)

        def at(level, known):
            return f" at {known.get(level, level)}" if level else " (no level stated)"

        for c, lv in new_req.items():
            if c not in old_req:
                said.append(f"now requires {comp_names.get(c, c)}{at(lv, level_names)}")
            elif levels.get(old_req[c], old_req[c]) != lv:
                was = at(old_req[c], old_level_names).removeprefix(" at ").strip(" ()")
                said.append(f"requires {comp_names.get(c, c)}{at(lv, level_names)}, was {was}")
        back = {v: k for k, v in comps.items()}
        for c in old_req:
            if c not in new_req:
                said.append(f"no longer requires {old_names.get(back.get(c, c), c)}")
    return "; ".join(said)


def _undefined(x, y, level_names: tuple[dict, dict], levels: dict[str, str]) -> list[str]:
    """A competency's cells newly left undefined, or defined again, by level name.

    A cell is undefined when listed under ``undefined`` (on one side, or both) or outside the
    levels the competency is described at (``levels``). Marking a cell "not defined" is an
    author's decision a reviewer must see, as much as a statement removed from it.
    """

    def cells(comp, fw_levels, remap) -> dict[tuple[str, str], str]:
        out = {(remap(u.level), u.polarity or ""): u.note for u in comp.undefined}
        if comp.levels:
            out |= {(remap(lv), ""): "" for lv in fw_levels if lv not in comp.levels}
        return out

    old_names, new_names = level_names
    old = cells(x, old_names, lambda lv: levels.get(lv, lv))
    new = cells(y, new_names, lambda lv: lv)

    def where(cell) -> str:
        level, side = cell
        name = new_names.get(level) or old_names.get(level, level)
        return f"{name} ({side} side)" if side else name

    said = [f"left undefined at {where(c)}" for c in new if c not in old]
    said += [f"no longer undefined at {where(c)}" for c in old if c not in new]
    said += [
        f"note on the undefined cell at {where(c)} changed"
        for c in new
        if c in old and old[c] != new[c]
    ]
    return said


def _went(a: Framework, b: Framework, pairs: list) -> dict[tuple[str, str], str]:
    """Where a removed competency's statements went, and where an added one's came from.

    ``{("removed", old id): "merged into Technical Skill"}`` when every statement of a removed
    competency still in the new version stands in one competency (that one, or several: "its
    statements moved to A and B"); ``{("added", new id): "split from Communication &
    Leadership"}`` when every statement of an added competency came from one that remains.
    """
    old_comp = {i.id: i.competency for i in a.indicator_records}
    new_comp = {i.id: i.competency for i in b.indicator_records}
    old_names = {c.id: c.name for c in a.competency_records}
    new_names = {c.id: c.name for c in b.competency_records}
    to: dict[str, list[str]] = {}
    came: dict[str, list[str]] = {}
    for o, n in pairs:
        to.setdefault(old_comp[o], []).append(new_comp[n])
        came.setdefault(new_comp[n], []).append(old_comp[o])
    out = {}
    for comp, targets in to.items():
        if comp in new_names:
            continue
        named = [new_names[t] for t in dict.fromkeys(targets)]
        if len(named) == 1:
            out["removed", comp] = f"merged into {named[0]}"
        else:
            out["removed", comp] = (
                f"its statements moved to {', '.join(named[:-1])} and {named[-1]}"
            )
    for comp, sources in came.items():
        here = set(sources)
        if comp not in old_names and len(here) == 1 and next(iter(here)) in new_names:
            out["added", comp] = f"split from {old_names[next(iter(here))]}"
    return out
