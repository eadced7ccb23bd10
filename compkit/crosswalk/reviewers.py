"""Two reviewers of one cross-walk: how far they agree, and their decisions joined into one.

:func:`agreement` counts the pairs both decided and how many they decided alike (with Cohen's
kappa); :func:`merge` joins their files, a conflict marked ``unsure`` with both decisions in the
note. Both refuse cross-walks of different frameworks, or of the same ones the other way round.
"""

from __future__ import annotations

import copy

import numpy as np
import pandas as pd

from .guards import NO_TERM, require_crosswalk, require_same_frameworks
from .sssom import CROSSWALK_COLUMNS, JUSTIFICATIONS

__all__ = ["agreement", "merge"]

_KEY = ["subject_id", "object_id"]


def _sort(frame: pd.DataFrame) -> pd.DataFrame:
    """Rows by subject (in first-seen order), each subject's ranked again 1, 2, ... once each.

    A cross-walk joined from rows of two runs (a refresh: the decisions of the last, the
    suggestions of this one; or two reviewers' files) carries ranks of both, so a rank could
    come twice with an open candidate above an accepted one. A reviewer reads the rank as the
    order to look at, so each subject's rows are put in this order and numbered again: the
    reviewer's answer first (pairs accepted or changed, a ``sssom:NoTermFound`` row), then the
    open pairs (suggested or unsure), then the rejected ones (``rejected``, or a ``Not``
    modifier); within each, the higher ``match_score`` first (one that has none, a pair added
    by hand, after those that have one), then the earlier rank, then ``object_id``.

    Examples
    --------
    >>> f = pd.DataFrame({"subject_id": ["s", "s", "s", "s"], "object_id": list("abcd"),
    ...                   "review_status": ["suggested", "rejected", "accepted", "suggested"],
    ...                   "match_score": [0.9, 0.8, 0.5, 0.7], "rank": [1, 1, 2, 2]})
    >>> _sort(f)[["object_id", "rank"]].values.tolist()
    [['c', 1], ['a', 2], ['d', 3], ['b', 4]]
    """
    if frame.empty:
        return frame.reset_index(drop=True)
    order = {s: i for i, s in enumerate(dict.fromkeys(frame["subject_id"]))}
    status = frame["review_status"].fillna("suggested")
    modifier = frame.get("predicate_modifier", pd.Series("", index=frame.index)).fillna("")
    group = np.where(
        (modifier == "Not") | (status == "rejected"),
        2,
        np.where(status.isin(["accepted", "changed", "no_match"]), 0, 1),
    )
    group[(frame["object_id"].astype(str) == NO_TERM).to_numpy()] = 0
    score = pd.to_numeric(frame.get("match_score", pd.Series(np.nan, index=frame.index)),
                          errors="coerce")  # fmt: skip
    rank = pd.to_numeric(frame["rank"], errors="coerce").fillna(np.inf)
    out = (
        frame.assign(
            _k=frame["subject_id"].map(order), _g=group, _s=(-score).fillna(np.inf), _r=rank
        )
        .sort_values(["_k", "_g", "_s", "_r", "object_id"], kind="stable")
        .reset_index(drop=True)
    )
    out["rank"] = out.groupby("_k").cumcount() + 1
    return out.drop(columns=["_k", "_g", "_s", "_r"])


def _decision(frame: pd.DataFrame) -> pd.Series:
    modifier = frame.get("predicate_modifier", pd.Series("", index=frame.index))
    sign = modifier.fillna("").map({"Not": "not "}).fillna("")
    label = sign + frame["predicate_id"].fillna("")
    return label.where(frame["review_status"] != "unsure", "unsure")


def agreement(first: pd.DataFrame, second: pd.DataFrame) -> dict:
    """How far two reviewers agree on the pairs both decided: counts, share and Cohen's kappa.

    A decision is the relation asserted (``not`` + relation for a rejection, ``unsure``).

    Returns
    -------
    dict
        ``pairs`` (decided by both), ``agreed``, ``agreement`` (share), ``kappa`` and
        ``conflicts`` (a DataFrame of the pairs where they differ).
    """
    for frame in (first, second):
        require_crosswalk(frame, "agreement")
    require_same_frameworks(first, second, "agreement")
    a = first[first["review_status"] != "suggested"].assign(decision=lambda f: _decision(f))
    b = second[second["review_status"] != "suggested"].assign(decision=lambda f: _decision(f))
    both = a[[*_KEY, "decision"]].merge(b[[*_KEY, "decision"]], on=_KEY, suffixes=("_a", "_b"))
    n = len(both)
    agree = both["decision_a"] == both["decision_b"]
    po = float(agree.mean()) if n else float("nan")
    pa = both["decision_a"].value_counts(normalize=True)
    pb = both["decision_b"].value_counts(normalize=True)
    pe = float((pa * pb.reindex(pa.index, fill_value=0)).sum()) if n else float("nan")
    kappa = (po - pe) / (1 - pe) if n and pe < 1 else (1.0 if n else float("nan"))
    return {
        "pairs": n,
        "agreed": int(agree.sum()),
        "agreement": round(po, 3) if n else po,
        "kappa": round(kappa, 3) if n else kappa,
        "conflicts": both[~agree].reset_index(drop=True),
    }


def _reviewers(first, second) -> str:
    """Both reviewers, as SSSOM writes a multivalued ``reviewer_label``: ``A|B``, each once.

    Examples
    --------
    >>> _reviewers("A", "B"), _reviewers("A|B", "B"), _reviewers("A", float("nan"))
    ('A|B', 'A|B', 'A')
    """
    names = []
    for value in (first, second):
        if isinstance(value, str):
            names += [n.strip() for n in value.split("|") if n.strip()]
    return "|".join(dict.fromkeys(names))


def merge(first: pd.DataFrame, second: pd.DataFrame) -> pd.DataFrame:
    """Join two reviewers' cross-walks into one.

    Agreed decisions are kept (both reviewers named, ``A|B``, as SSSOM separates the values
    of ``reviewer_label``), a decision only one made is kept, and
    conflicting ones are marked ``unsure`` with both decisions in the note. A column a
    reviewer added (not an SSSOM slot) is kept, the first file's first: on a pair where the
    two agree, or only one wrote something, that value; where they wrote different things,
    both, each after its reviewer's name (``A: yes; B: no``). Ranks are numbered again.

    Examples
    --------
    >>> import compkit
    >>> from compkit.crosswalk import decide, to_crosswalk
    >>> cw = to_crosswalk(compkit.suggest("cis", "wsx", top=1), subject="cis", object="wsx")
    >>> pair = tuple(cw.loc[0, ["subject_id", "object_id"]])
    >>> a = decide(cw, *pair, "accept", reviewer="A", date="2024-01-01")
    >>> b = decide(cw, *pair, "reject", reviewer="B", date="2024-01-02")
    >>> m = merge(a, b)
    >>> m.loc[0, ["review_status", "reviewer_label"]].tolist()
    ['unsure', 'A|B']
    >>> merge(a.assign(source="p. 4"), b.assign(source="p. 5")).loc[0, "source"]
    'A: p. 4; B: p. 5'
    """
    for frame in (first, second):
        require_crosswalk(frame, "merge")
    require_same_frameworks(first, second, "merge")
    a = first.reindex(columns=CROSSWALK_COLUMNS)
    b = second.reindex(columns=CROSSWALK_COLUMNS)
    a_dec = a[a["review_status"] != "suggested"]
    b_dec = b[b["review_status"] != "suggested"]
    joined = a_dec.merge(b_dec, on=_KEY, how="outer", suffixes=("", "_b"), indicator=True)
    rows = []
    for rec in joined.to_dict("records"):
        if rec["_merge"] == "right_only":
            rows.append({c: rec[c if c in _KEY else f"{c}_b"] for c in CROSSWALK_COLUMNS})
            continue
        row = {c: rec[c] for c in CROSSWALK_COLUMNS}
        if rec["_merge"] == "both":
            da = _decision(pd.DataFrame([row])).iloc[0]
            db = _decision(
                pd.DataFrame([{c: rec[c if c in _KEY else f"{c}_b"] for c in CROSSWALK_COLUMNS}])
            ).iloc[0]
            row["reviewer_label"] = _reviewers(rec["reviewer_label"], rec["reviewer_label_b"])
            row["mapping_date"] = max(str(rec["mapping_date"]), str(rec["mapping_date_b"]))
            if da != db:
                row.update(
                    review_status="unsure",
                    predicate_modifier="",
                    mapping_justification=JUSTIFICATIONS["review"],
                    comment=f"conflict: {rec['reviewer_label']}: {da}"
                    f" ({rec['comment'] or 'no note'}); "
                    f"{rec['reviewer_label_b']}: {db} "
                    f"({rec['comment_b'] or 'no note'})",
                )
            elif rec["comment_b"] and rec["comment_b"] != rec["comment"]:
                row["comment"] = f"{rec['comment']}; {rec['comment_b']}".strip("; ")
        rows.append(row)
    decided = pd.DataFrame(rows, columns=CROSSWALK_COLUMNS)
    undecided = pd.concat(
        [a[a["review_status"] == "suggested"], b[b["review_status"] == "suggested"]]
    ).drop_duplicates(_KEY)
    undecided = undecided.merge(decided[_KEY], on=_KEY, how="left", indicator=True)
    undecided = undecided[undecided["_merge"] == "left_only"].drop(columns="_merge")
    out = pd.concat([decided, undecided.reindex(columns=CROSSWALK_COLUMNS)], ignore_index=True)
    return kept_header(_sort(_own_columns(out, first, second)), first)


def kept_header(out: pd.DataFrame, source: pd.DataFrame) -> pd.DataFrame:
    """``out`` with the SSSOM header of the cross-walk it came from (``attrs``: title, licence).

    ``pandas.concat`` drops ``attrs`` that differ between its parts, and a file written from a
    frame without them falls back to a generic title and an unspecified licence.
    """
    out.attrs = copy.deepcopy(source.attrs)
    return out


def _own_columns(out: pd.DataFrame, first: pd.DataFrame, second: pd.DataFrame) -> pd.DataFrame:
    """``out`` with the columns the reviewers added, each pair's values joined (see merge)."""
    extra = [c for f in (first, second) for c in f.columns if c not in CROSSWALK_COLUMNS]
    extra = list(dict.fromkeys(extra))
    if not extra:
        return out
    sides = []
    for frame, fallback in ((first, "first reviewer"), (second, "second reviewer")):
        names = frame["reviewer_label"].where(frame["reviewer_label"].map(_said), None)
        usual = names.dropna().mode()
        who = names.fillna(usual.iloc[0] if len(usual) else fallback)
        side = frame.reindex(columns=[*_KEY, *extra]).assign(_who=who)
        sides.append(out[_KEY].merge(side.drop_duplicates(_KEY), on=_KEY, how="left"))
    a, b = sides
    for col in extra:
        values = []
        for va, vb, wa, wb in zip(a[col], b[col], a["_who"], b["_who"], strict=True):
            if not _said(vb) or (_said(va) and str(va) == str(vb)):
                values.append(va if _said(va) else "")
            elif not _said(va):
                values.append(vb)
            else:
                values.append(f"{wa}: {va}; {wb}: {vb}")
        out[col] = values
    return out


def _said(value) -> bool:
    """Whether a cell holds something (not empty, not missing)."""
    if isinstance(value, str):
        return bool(value.strip())
    return not pd.isna(value)
