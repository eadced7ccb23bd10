"""What changed between two versions of a framework: a table of changes and a readable change log.

:func:`diff` matches statements by id first and, for the rest, by text similarity (word sets,
vectorised over every pair at once), and tells for each one whether it was added, removed,
reworded (with a word-level diff), moved to another level or competency, split into several
statements or merged from several, kept word for word under a new id ("id changed"), or put
in a new order within its cell ("reordered", as a competency in the list). Ids are firm when
the new version's record of retired ids accounts for the old one (:mod:`._reuse`).
Competencies, levels, values, groups and roles added, removed or renamed are listed too (matched
by what they hold when their id changed too, :mod:`._structure`), and a competency moved to
another group; a statement whose competency or level was only renamed has not moved.
:func:`render_changelog` turns the table into a Markdown or HTML change log for reviewers.
The statements are paired in :mod:`._pairs`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pandas as pd

from . import _reorder, _structure
from ._pairs import indicator_changes, pair_change
from ._wordiff import word_diff

if TYPE_CHECKING:
    from ..framework.model import Framework

__all__ = ["DIFF_COLUMNS", "diff", "word_diff"]

#: Columns of the table :func:`diff` returns.
DIFF_COLUMNS = [
    "item",
    "change",
    "old_id",
    "new_id",
    "old_competency",
    "new_competency",
    "old_competency_name",
    "new_competency_name",
    "old_level",
    "new_level",
    "old_level_name",
    "new_level_name",
    "old_polarity",
    "new_polarity",
    "old_text",
    "new_text",
    "old_statement_note",
    "new_statement_note",
    "similarity",
    "matched_by",
    "word_diff",
    "note",
]
#: Kinds of change, in the order a change log lists them.
CHANGES = (
    "renamed",
    "changed",
    "added",
    "removed",
    "reworded",
    "moved",
    "moved and reworded",
    "note changed",
    "reordered",
    "split",
    "merged",
    "id changed",
    "unchanged",
)


def diff(
    old: Framework | str,
    new: Framework | str,
    *,
    threshold: float = 0.5,
    unchanged: bool = False,
) -> pd.DataFrame:
    """Tell what changed between two versions of a framework, one row per change.

    Parameters
    ----------
    old, new : Framework, bundled id or path
        The two versions.
    threshold : float
        How similar (Dice coefficient of their word sets, 0 to 1) two statements with different
        ids must be to count as the same statement reworded.
    unchanged : bool
        Also list the statements that did not change.

    Returns
    -------
    pandas.DataFrame
        Columns :data:`DIFF_COLUMNS`: ``item`` (indicator, competency, level, ...), ``change``
        (renamed, added, removed, reworded, moved, moved and reworded, note changed: the
        statement's words kept and its note changed, reordered: put in a new order within its
        cell or list, split, merged, id changed, unchanged), both ids, competencies, levels,
        polarities (a statement's), texts and notes (``old_statement_note``,
        ``new_statement_note``: what stands beside a statement), ``similarity``,
        ``matched_by`` (id or text), the ``word_diff`` (a statement's words; of a competency,
        level, group, value or role, its description's, an added one's all inserted) and a
        ``note`` (the diff's remark). A split gives one row per new part, a merge one row per
        old part. ``attrs`` holds the two framework labels.

    Examples
    --------
    >>> import compkit
    >>> doc = compkit.framework.to_dict("cis")
    >>> people = doc["competencies"][0]["indicators"]
    >>> people[0]["text"] = people[0]["text"].replace("my workload", "my own workload")
    >>> people[2]["level"] = "l2"
    >>> del people[3]
    >>> changes = compkit.diff("cis", compkit.framework.build.from_dict(doc))
    >>> changes[["change", "old_id", "old_level", "new_level"]].values.tolist()
    [['reworded', 'people-l1-1', 'l1', 'l1'],
     ['removed', 'people-l2-1', 'l2', None],
     ['moved', 'people-l1-3', 'l1', 'l2']]
    >>> changes.loc[0, "word_diff"]
    'I take ... managing my {+own+} workload and ...'
    """
    from ..errors import UsageError
    from ..framework.argument import framework_argument
    from ._arguments import flag_argument

    if isinstance(threshold, bool) or not isinstance(threshold, int | float):
        raise UsageError(f"threshold must be a number from 0 to 1, not {threshold!r}")
    if not 0 < threshold <= 1:
        raise UsageError(f"threshold must be above 0 and at most 1, not {threshold}")
    unchanged = flag_argument(unchanged, "unchanged")
    a, b = framework_argument(old, "old"), framework_argument(new, "new")
    rows = indicator_changes(a, b, threshold)
    pairs = [(r["old_id"], r["new_id"]) for r in rows if r["old_id"] and r["new_id"]]
    maps = _structure.match(a, b, pairs)
    rows = [_settle(r, maps, a, b) for r in rows] + _structure.changes(a, b, maps, pairs)
    rows = _reorder.reordered(rows, a, b, maps)  # dragged up or down: said, not hidden
    out = _named(pd.DataFrame(rows, columns=DIFF_COLUMNS), a, b).astype(object)
    out = out.where(out.notna(), None).astype({"similarity": float})
    if not unchanged:
        out = out[out["change"] != "unchanged"]
    out = _order(out, a, b).reset_index(drop=True)
    # a framework with no name short enough for a label is called by its title, not its id
    named = {f: f.label if f.label != f.id else (" ".join(f.title.split()) or f.id) for f in (a, b)}
    out.attrs = {"old": named[a], "new": named[b], "old_title": a.title, "new_title": b.title}
    out.attrs |= {"old_version": a.version, "new_version": b.version, "language": b.language}
    out.attrs["competency_term"] = b.competency_term  # the framework's word: "theme", "track"
    out.attrs |= {
        "old_file": a.path.name if a.path else "",
        "new_file": b.path.name if b.path else "",
    }
    return out


def _named(out: pd.DataFrame, a: Framework, b: Framework) -> pd.DataFrame:
    """Fill the name columns (each competency and level by its name in its version), polarity."""
    for side, fw in (("old", a), ("new", b)):
        comps = {c.id: c.name for c in fw.competency_records}
        levels = {lv.id: lv.name for lv in fw.level_records}
        out[f"{side}_competency_name"] = out[f"{side}_competency"].map(comps)
        out[f"{side}_level_name"] = out[f"{side}_level"].map(levels)
        sides = {i.id: i.polarity for i in fw.indicator_records}
        out[f"{side}_polarity"] = out[f"{side}_id"].where(out["item"] == "indicator").map(sides)
        notes = {i.id: i.note for i in fw.indicator_records}  # beside it: no part of its words
        ind = out[f"{side}_id"].where(out["item"] == "indicator")
        out[f"{side}_statement_note"] = ind.map(notes)
    return out


def _settle(row: dict, maps: dict[str, dict[str, str]], a: Framework, b: Framework) -> dict:
    """A moved statement whose competency or level was only renamed (a new id) did not move."""
    if row["item"] != "indicator" or row["change"] not in ("moved", "moved and reworded"):
        return row
    o, n = a.indicator(row["old_id"]), b.indicator(row["new_id"])
    change, note = pair_change(o, n, a, b, maps)
    if change == "unchanged" and o.id != n.id:
        change = "id changed"
    ids = f"id changed from {o.id} to {n.id}" if o.id != n.id else ""
    return row | {"change": change, "note": "; ".join(x for x in (ids, note) if x)}


def _order(out: pd.DataFrame, a: Framework, b: Framework) -> pd.DataFrame:
    """Structure first, then statements in the new framework's order (removed ones in place)."""
    comp_order = {c: n for n, c in enumerate([*b.competency_ids, *a.competency_ids])}
    level_rank = {lv.id: lv.rank for lv in a.level_records} | {
        lv.id: lv.rank for lv in b.level_records
    }
    pos = {i.id: i.position for i in a.indicator_records} | {
        i.id: i.position for i in b.indicator_records
    }
    kind_order = {"framework": -1, "competency": 0, "level": 1, "group": 2, "value": 3, "role": 4}
    kind_order["indicator"] = 5
    comp = out["new_competency"].fillna(out["old_competency"])
    level = out["new_level"].fillna(out["old_level"])
    ident = out["new_id"].fillna(out["old_id"])
    key = pd.DataFrame(
        {
            "kind": out["item"].map(kind_order),
            "comp": comp.map(comp_order).fillna(-1),
            "rank": level.map(level_rank).fillna(0),
            "pos": ident.map(pos).fillna(0),
            "change": out["change"].map({c: n for n, c in enumerate(CHANGES)}),
        },
        index=out.index,
    )
    return out.loc[key.sort_values(list(key.columns), kind="stable").index]
