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
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

import numpy as np
import pandas as pd

from . import _reorder, _structure
from ._reuse import REUSED, ids_kept, related
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
    "reordered",
    "split",
    "merged",
    "id changed",
    "unchanged",
)
_WORD = re.compile(r"\w+")


def _bags(texts: pd.Series, vocab: pd.Index) -> np.ndarray:
    """One row per text, one boolean column per word of ``vocab``."""
    words = texts.str.casefold().str.findall(_WORD).explode().dropna()
    out = np.zeros((len(texts), len(vocab)), dtype=bool)
    rows = texts.index.get_indexer(words.index)
    out[rows, vocab.get_indexer(words.to_numpy())] = True
    return out


def _similarity(old: pd.Series, new: pd.Series):
    """Dice similarity and both containments of every (old, new) pair, as matrices."""
    every = pd.concat([old, new], ignore_index=True).str.casefold().str.findall(_WORD)
    vocab = pd.Index(sorted({w for ws in every for w in ws}))
    a = _bags(old.reset_index(drop=True), vocab).astype(np.float32)
    b = _bags(new.reset_index(drop=True), vocab).astype(np.float32)
    shared = a @ b.T
    na, nb = a.sum(1)[:, None], b.sum(1)[None, :]
    with np.errstate(divide="ignore", invalid="ignore"):
        dice = np.nan_to_num(2 * shared / (na + nb))
        in_old = np.nan_to_num(shared / nb)  # share of the new statement found in the old one
        in_new = np.nan_to_num(shared / na)  # share of the old statement found in the new one
    return dice, in_old, in_new, a.astype(bool), b.astype(bool)


def _mutual_best(score: np.ndarray, threshold: float) -> list[tuple[int, int]]:
    """Pairs that are each other's best match above ``threshold``, repeated until none is left."""
    score = score.copy()
    pairs: list[tuple[int, int]] = []
    while score.size and score.max(initial=0) >= threshold:
        best_new = score.argmax(1)
        best_old = score.argmax(0)
        rows = np.flatnonzero(
            (best_old[best_new] == np.arange(score.shape[0]))
            & (score[np.arange(score.shape[0]), best_new] >= threshold)
        )
        if not len(rows):
            break
        cols = best_new[rows]
        pairs += list(zip(rows.tolist(), cols.tolist(), strict=True))
        score[rows, :] = -1
        score[:, cols] = -1
    return pairs


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
        (renamed, added, removed, reworded, moved, moved and reworded, reordered: put in a new
        order within its cell or list, split, merged, id changed, unchanged), both ids,
        competencies, levels, polarities (a statement's) and texts, ``similarity``,
        ``matched_by`` (id or text), the ``word_diff`` (a statement's words; of a competency,
        level, group, value or role, its description's, an added one's all inserted) and a
        ``note``. A split gives one row per new part, a merge one row per old part. ``attrs``
        holds the two framework labels.

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
    rows = _indicator_changes(a, b, threshold)
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
    return out


def _row(kind: str, change: str, o, n, *, sim=np.nan, by="", note="") -> dict:
    old_text = o.text if o is not None else None
    new_text = n.text if n is not None else None
    return {
        "item": kind,
        "change": change,
        "old_id": o.id if o is not None else None,
        "new_id": n.id if n is not None else None,
        "old_competency": o.competency if o is not None else None,
        "new_competency": n.competency if n is not None else None,
        "old_level": o.level if o is not None else None,
        "new_level": n.level if n is not None else None,
        "old_text": old_text,
        "new_text": new_text,
        "similarity": round(float(sim), 3) if sim == sim else np.nan,
        "matched_by": by,
        "word_diff": word_diff(old_text, new_text)
        if old_text is not None and new_text is not None and _words(old_text) != _words(new_text)
        else "",
        "note": note,
    }


def _settle(row: dict, maps: dict[str, dict[str, str]], a: Framework, b: Framework) -> dict:
    """A moved statement whose competency or level was only renamed (a new id) did not move."""
    if row["item"] != "indicator" or row["change"] not in ("moved", "moved and reworded"):
        return row
    o, n = a.indicator(row["old_id"]), b.indicator(row["new_id"])
    change, note = _pair_change(o, n, a, b, maps)
    if change == "unchanged" and o.id != n.id:
        change = "id changed"
    ids = f"id changed from {o.id} to {n.id}" if o.id != n.id else ""
    return row | {"change": change, "note": "; ".join(x for x in (ids, note) if x)}


def _words(text: str) -> str:
    """A statement's words, one space apart: a space typed at its end is no rewording."""
    return " ".join(text.split())


def _pair_change(o, n, a: Framework, b: Framework, maps=None) -> tuple[str, str]:
    """The change between two matched statements, and where it moved in words (by name).

    ``maps`` (kind -> old id -> new id) tells a competency or level renamed with a new id.
    """
    comps, levels = (maps or {}).get("competency", {}), (maps or {}).get("level", {})
    other_comp = comps.get(o.competency, o.competency) != n.competency
    other_level = levels.get(o.level, o.level) != n.level
    moved = other_comp or other_level
    reworded = _words(o.text) != _words(n.text)
    note = ""
    if o.polarity != n.polarity:  # what to do turned into what not to do, or back
        note = f"polarity changed from {o.polarity} to {n.polarity}"
    if moved:
        parts = []
        if other_comp:
            old, new = a.competency(o.competency).name, b.competency(n.competency).name
            parts.append(f"from {old} to {new}")
        if other_level:
            parts.append(f"from {a.level(o.level).name} to {b.level(n.level).name}")
        note = "; ".join(filter(None, (note, "moved " + " and ".join(parts))))
    change = (
        "moved and reworded"
        if moved and reworded
        else "moved"
        if moved
        else "reworded"
        if reworded
        else "changed"
        if o.polarity != n.polarity
        else "unchanged"
    )
    return change, note


def _moved_row(o, n, a: Framework, b: Framework, sim: float) -> dict:
    """The change of a statement matched by its text under another id."""
    change, note = _pair_change(o, n, a, b)
    note = "; ".join(x for x in (f"id changed from {o.id} to {n.id}", note) if x)
    change = "id changed" if change == "unchanged" else change
    return _row("indicator", change, o, n, sim=sim, by="text", note=note)


def _indicator_changes(a: Framework, b: Framework, threshold: float) -> list[dict]:
    old = {i.id: i for i in a.indicator_records}
    new = {i.id: i for i in b.indicator_records}
    rows: list[dict] = []
    used_old: set[str] = set()
    used_new: set[str] = set()
    kept = ids_kept(a, b)  # ids are firm: a kept one is its statement, a retired one removed
    retired = set(b.retired_ids or ()) if kept else set()
    # Only statements that are not the same id with the same text need comparing by text.
    co = [k for k in old if k not in new or _words(new[k].text) != _words(old[k].text)]
    co = [k for k in co if k not in retired]
    cn = [j for j in new if j not in old or _words(new[j].text) != _words(old[j].text)]
    if co and cn:
        dice, in_old, in_new, bag_old, bag_new = _similarity(
            pd.Series([old[k].text for k in co]), pd.Series([new[j].text for j in cn])
        )
        oi = {k: n for n, k in enumerate(co)}
        ni = {j: n for n, j in enumerate(cn)}
        new_only = np.array([j not in old for j in cn])
        old_only = np.array([k not in new for k in co])
        best_old, best_new = dice.argmax(0), dice.argmax(1)
        # Splits: an old statement whose words reappear in several new ones (its own id among
        # them when it was reworded); each new part must be most like this old statement.
        part = (in_old >= 0.75) & (best_old[None, :] == np.arange(len(co))[:, None])
        parts = part & new_only[None, :]
        own = np.array([k in ni and part[oi[k], ni[k]] for k in co])
        for r in np.flatnonzero(parts.sum(1) + own >= 2):
            k = co[r]
            pieces = ([k] if own[r] else []) + [cn[c] for c in np.flatnonzero(parts[r])]
            # a split gives different statements: a ladder's copies of one are not its parts
            pieces = list({_words(new[j].text): j for j in reversed(pieces)}.values())[::-1]
            if len(pieces) < 2:
                continue
            cover = bag_old[r] & bag_new[[ni[j] for j in pieces]].any(0)
            if cover.sum() >= 0.6 * bag_old[r].sum():
                note = f"split into {', '.join(pieces)}"
                for j in pieces:
                    kw = {"sim": dice[r, ni[j]], "by": "id" if j == k else "text", "note": note}
                    rows.append(_row("indicator", "split", old[k], new[j], **kw))
                used_old.add(k)
                used_new.update(pieces)
        # Merges: a new statement that holds the words of several old ones.
        whole = (in_new >= 0.75) & (best_new[:, None] == np.arange(len(cn))[None, :])
        free = np.array([k not in used_old for k in co])
        wholes = whole & (old_only & free)[:, None]
        own = np.array([j in oi and j not in used_old and whole[oi[j], ni[j]] for j in cn])
        for c in np.flatnonzero(wholes.sum(0) + own >= 2):
            j = cn[c]
            if j in used_new:
                continue
            pieces = ([j] if own[c] else []) + [co[r] for r in np.flatnonzero(wholes[:, c])]
            # a merge joins different statements: a ladder's copy of one statement at another
            # level that lives on in the same new one is that statement again, not a second part
            seen: dict[str, str] = {}
            pieces = [seen.setdefault(old[k].text, k) for k in pieces if old[k].text not in seen]
            if len(pieces) < 2:
                continue
            cover = bag_new[c] & bag_old[[oi[k] for k in pieces]].any(0)
            if cover.sum() >= 0.6 * bag_new[c].sum():
                note = f"merged from {', '.join(pieces)}"
                for k in pieces:
                    by = "id" if j == k else "text"
                    rows.append(
                        _row(
                            "indicator",
                            "merged",
                            old[k],
                            new[j],
                            sim=dice[oi[k], c],
                            by=by,
                            note=note,
                        )
                    )
                used_old.update(pieces)
                used_new.add(j)
    # A statement kept word for word under another id (a list renumbered after a deletion or
    # an insertion) is that statement, whatever now holds its old id.
    moved: dict[str, list[str]] = {}
    for j in cn:
        if j not in used_new:
            moved.setdefault(_words(new[j].text), []).append(j)

    def place(fw, i) -> tuple[str, str]:  # names, not ids: an ingested copy has ids anew
        return fw.competency(i.competency).name, fw.level(i.level).name

    for k in co:  # of a ladder's copies of one statement, the one at the same place first
        here = [j for j in moved.get(_words(old[k].text), []) if j not in used_new]
        j = min(here, key=lambda j: place(b, new[j]) != place(a, old[k]), default=None)
        if kept and k in new:  # a firm id: the statement it names in the new version
            continue
        if k not in used_old and j is not None and j not in used_new:
            rows.append(_moved_row(old[k], new[j], a, b, 1.0))
            used_old.add(k)
            used_new.add(j)
    weak = set()  # the same id, but the text of another statement: paired last, if at all
    for k in old:  # the same id in both versions
        if k in new and k not in used_old and k not in used_new:
            same = _words(old[k].text) == _words(new[k].text)
            if not same and dice[oi[k], ni[k]] < threshold:
                if related(old[k], new[k], kept=kept):
                    weak.add(k)
                continue
            change, note = _pair_change(old[k], new[k], a, b)
            sim = 1.0 if same else dice[oi[k], ni[k]]
            rows.append(_row("indicator", change, old[k], new[k], sim=sim, by="id", note=note))
            used_old.add(k)
            used_new.add(k)
    free_old = [k for k in co if k not in used_old and not (kept and k in new)]
    free_new = [j for j in cn if j not in used_new]
    if free_old and free_new:  # ids changed: the most similar statements, each other's best
        sub = dice[np.ix_([oi[k] for k in free_old], [ni[j] for j in free_new])]
        for r, c in _mutual_best(sub, threshold):
            k, j = free_old[r], free_new[c]
            rows.append(_moved_row(old[k], new[j], a, b, sub[r, c]))
            used_old.add(k)
            used_new.add(j)
    for k in sorted(weak, key=list(old).index):  # rewritten in place: still its id's statement
        if k not in used_old and k not in used_new:
            change, note = _pair_change(old[k], new[k], a, b)
            rows.append(
                _row(
                    "indicator", change, old[k], new[k], sim=dice[oi[k], ni[k]], by="id", note=note
                )
            )
            used_old.add(k)
            used_new.add(k)
    rows += [_row("indicator", "removed", old[k], None) for k in old if k not in used_old]
    rows += [
        _row("indicator", "added", None, new[j], note=REUSED if j in old else "")
        for j in new
        if j not in used_new
    ]
    return rows


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
