"""Statements of two versions paired: by id, by their words, and what changed in each pair.

:func:`indicator_changes` pairs the old version's statements with the new one's (the same id,
a split's parts, a merge's, a statement kept word for word under another id, the most similar
ones each other's best) and gives a row of :func:`compkit.diff`'s table for each; the
similarities are word sets compared over every pair at once (:func:`similarity`).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

import numpy as np
import pandas as pd

from ._reuse import REUSED, ids_kept, related
from ._wordiff import word_diff

if TYPE_CHECKING:
    from ..framework.model import Framework

_WORD = re.compile(r"\w+")


def _bags(texts: pd.Series, vocab: pd.Index) -> np.ndarray:
    """One row per text, one boolean column per word of ``vocab``."""
    words = texts.str.casefold().str.findall(_WORD).explode().dropna()
    out = np.zeros((len(texts), len(vocab)), dtype=bool)
    rows = texts.index.get_indexer(words.index)
    out[rows, vocab.get_indexer(words.to_numpy())] = True
    return out


def similarity(old: pd.Series, new: pd.Series):
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


def _words(text: str) -> str:
    """A statement's words, one space apart: a space typed at its end is no rewording."""
    return " ".join(text.split())


def pair_change(o, n, a: Framework, b: Framework, maps=None) -> tuple[str, str]:
    """The change between two matched statements, and where it moved in words (by name).

    ``maps`` (kind -> old id -> new id) tells a competency or level renamed with a new id. A
    statement whose words stay and whose note (what stands beside it) changed is "note
    changed"; a reworded or moved one whose note changed too says so in the remark.
    """
    comps, levels = (maps or {}).get("competency", {}), (maps or {}).get("level", {})
    other_comp = comps.get(o.competency, o.competency) != n.competency
    other_level = levels.get(o.level, o.level) != n.level
    moved = other_comp or other_level
    reworded = _words(o.text) != _words(n.text)
    noted = _words(o.note) != _words(n.note)  # what stands beside it: no part of its words
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
        else "note changed"
        if noted
        else "unchanged"
    )
    if noted and change != "note changed":  # reworded or moved, and its note changed too
        note = "; ".join(filter(None, (note, "its note changed too")))
    return change, note


def _moved_row(o, n, a: Framework, b: Framework, sim: float) -> dict:
    """The change of a statement matched by its text under another id."""
    change, note = pair_change(o, n, a, b)
    note = "; ".join(x for x in (f"id changed from {o.id} to {n.id}", note) if x)
    change = "id changed" if change == "unchanged" else change
    return _row("indicator", change, o, n, sim=sim, by="text", note=note)


def indicator_changes(a: Framework, b: Framework, threshold: float) -> list[dict]:
    old = {i.id: i for i in a.indicator_records}
    new = {i.id: i for i in b.indicator_records}
    rows: list[dict] = []
    used_old: set[str] = set()
    used_new: set[str] = set()
    kept = ids_kept(a, b)  # ids are firm: a kept one is its statement, a retired one removed
    # ... unless its words live on as a part of a split or a merge: an author merging through
    # the API rewords one statement and removes the other, which retires its id
    retired = set(b.retired_ids or ()) if kept else set()
    # Only statements that are not the same id with the same text need comparing by text.
    co = [k for k in old if k not in new or _words(new[k].text) != _words(old[k].text)]
    cn = [j for j in new if j not in old or _words(new[j].text) != _words(old[j].text)]
    if co and cn:
        dice, in_old, in_new, bag_old, bag_new = similarity(
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
        if k in retired:  # removed, not renumbered
            continue
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
            change, note = pair_change(old[k], new[k], a, b)
            sim = 1.0 if same else dice[oi[k], ni[k]]
            rows.append(_row("indicator", change, old[k], new[k], sim=sim, by="id", note=note))
            used_old.add(k)
            used_new.add(k)
    free_old = [k for k in co if k not in used_old and not (kept and k in new) and k not in retired]
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
            change, note = pair_change(old[k], new[k], a, b)
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
