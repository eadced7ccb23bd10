"""The Word redline's removed groups: where each one's struck-out heading stands.

A removed group whose competencies all went elsewhere is struck out where it stood: after the
group heading above it in the old version (:func:`gone_groups`). When its competencies moved
to the foot of the group before it (the author folded one group into its neighbour), its
heading is struck out just above them instead (:func:`struck_before`), so that Word's Reject
All Changes gives back the old version whole: the old group's heading over its own
competencies, not an empty heading after them.
"""

from __future__ import annotations

from ._tracked import _described, _heading, _Tracker

__all__ = ["gone_groups", "strike_groups", "struck_before"]


def gone_groups(a, maps: dict, headed: set) -> dict:
    """The old groups removed with no competency left under them, by the group heading before.

    Each is keyed by the old name of the nearest group above it in the old version whose
    heading the redline prints (None: above every group), so it is struck out where it stood.
    """
    out: dict = {}
    above = None
    for group in a.group_records:
        if group.id not in maps["group"] and group.name not in headed:
            out.setdefault(above, []).append(group)
        elif group.name in headed:
            above = group.name
    return out


def struck_before(a, comps: list, group_of: dict, back: dict, gone: dict) -> dict[str, list]:
    """The removed groups to strike out just above a competency: its old group, and theirs.

    A run of competencies under one heading that ends with every competency a removed group
    had (in the new version's order, none of another group among them) takes that group's
    struck heading above the first of them; the group leaves ``gone``.
    """
    old_group = {}
    for comp in comps:
        old = back.get(comp, comp)
        old_group[comp] = a.competency(old).group if old in a.competency_ids else None
    removed = {g.id: (key, g) for key, groups in gone.items() for g in groups}
    out: dict[str, list] = {}
    runs: list[list[str]] = []
    for comp in comps:
        if runs and group_of.get(runs[-1][-1], "") == group_of.get(comp, ""):
            runs[-1].append(comp)
        else:
            runs.append([comp])
    for run in runs:
        tail = old_group[run[-1]]
        if tail not in removed:
            continue
        at = len(run)
        while at and old_group[run[at - 1]] == tail:
            at -= 1
        had = {c.id for c in a.competency_records if c.group == tail}
        if {back.get(c, c) for c in run[at:]} != had:
            continue  # some of its competencies stand elsewhere: struck where it stood
        key, group = removed.pop(tail)
        gone[key].remove(group)
        out[run[at]] = [group]
    return out


def strike_groups(doc, tracker: _Tracker, groups: list) -> None:
    """Each removed group's heading and description, struck out."""
    for group in groups:
        _heading(doc, tracker, 1, group.name, None)
        _described(doc, tracker, group.description or "", "")
