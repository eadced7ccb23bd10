"""A reviewed cross-walk's decisions that suggestions leave out, as rows of the suggestions.

:func:`compkit.suggest` given ``reviewed=`` leaves a rejected pair out, and a pair the reviewer
left "unsure" that the method no longer ranks is nowhere: in a CSV written from them
(``compkit crosswalk A B --reviewed X -o x.csv``, or ``export_crosswalk(..., reviewed=X)``)
the reviewer's reasons for rejecting were lost, though they are what the next analyst needs.
Each such decision comes back here as a row after its statement's suggestions:
``review_status`` says what was decided (``rejected``, ``unsure``), ``in_set`` and ``mutual``
are False and the method's columns (``score``, ``zscore``, ...) are empty, so a reader of the
accepted pairs (``review_status`` ``accepted`` or ``changed``, or ``in_set``) reads the rows
they read before, with the same column types.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

__all__ = ["LEFT_OUT_WHY", "left_out"]

#: ``why`` of a decided pair the suggestions leave out, by its ``review_status``.
LEFT_OUT_WHY = {
    "rejected": "rejected in the reviewed cross-walk: not suggested",
    "unsure": "left unsure in the reviewed cross-walk; the method no longer ranks it",
}
_NO_TERM = "sssom:NoTermFound"
_SIDE = ("label", "competency", "level", "polarity")


def _bare(values: pd.Series) -> pd.Series:
    """Ids without their CURIE prefix (``people`` of ``cis:people``); empty cells as ``""``."""
    text = values.astype(object).where(values.notna(), "").astype(str)
    return text.str.split(":", n=1).str[-1]


def pair_keys(frame: pd.DataFrame) -> pd.Series:
    r"""Each row's pair as ``subject<TAB>object``, bare ids (``sssom:NoTermFound`` kept whole).

    Examples
    --------
    >>> f = pd.DataFrame({"subject_id": ["cis:a"], "object_id": ["sssom:NoTermFound"]})
    >>> pair_keys(f).tolist()
    ['a\tsssom:NoTermFound']
    """
    objects = frame["object_id"].astype(object).where(frame["object_id"].notna(), "").astype(str)
    objects = objects.where(objects.eq(_NO_TERM), _bare(objects))
    return _bare(frame["subject_id"]) + "\t" + objects


def left_out(suggestions: pd.DataFrame, reviewed: pd.DataFrame, *, a=None, b=None):
    """The decided pairs of ``reviewed`` that ``suggestions`` lack, in the suggestions' columns.

    Parameters
    ----------
    suggestions : pandas.DataFrame
        From :func:`compkit.suggest` given ``reviewed=`` (bare ids, ``review_status``).
    reviewed : pandas.DataFrame
        The reviewed cross-walk (:func:`compkit.read_sssom`).
    a, b : Framework, optional
        The two frameworks: a statement's words, competency, level and polarity the file does
        not give are taken from them.

    Returns
    -------
    pandas.DataFrame
        One row per pair rejected (``review_status`` ``rejected``, a ``Not`` modifier read as
        rejected) or left unsure that the suggestions do not hold, with ``reviewer_label``,
        ``mapping_date`` and ``comment``; ``rank`` is empty (:func:`place` numbers it), the
        method's columns are empty and ``in_set`` is False.

    Examples
    --------
    >>> s = pd.DataFrame({"subject_id": ["p-1"], "object_id": ["w-4"], "rank": [1],
    ...                   "in_set": [True], "review_status": ["accepted"], "comment": [""]})
    >>> cw = pd.DataFrame({"subject_id": ["cis:p-1", "cis:p-1"],
    ...     "object_id": ["wsx:w-4", "wsx:w-9"], "predicate_id": ["skos:exactMatch"] * 2,
    ...     "predicate_modifier": ["", "Not"], "review_status": ["accepted", "rejected"],
    ...     "reviewer_label": ["Jo", "Jo"], "comment": ["", "another duty"]})
    >>> left_out(s, cw)[["object_id", "review_status", "in_set", "comment"]].values.tolist()
    [['w-9', 'rejected', False, 'another duty']]
    """
    status = reviewed["review_status"].fillna("suggested").astype(str)
    modifier = reviewed.get("predicate_modifier", pd.Series("", index=reviewed.index))
    status = status.mask(modifier.fillna("").eq("Not"), "rejected")
    keys = pair_keys(reviewed)
    have = set(pair_keys(suggestions))
    chosen = reviewed[status.isin(list(LEFT_OUT_WHY)) & ~keys.isin(have) & ~keys.duplicated()]
    if chosen.empty:
        return suggestions.iloc[:0]
    status = status[chosen.index]
    rows = pd.DataFrame(index=chosen.index, columns=list(suggestions.columns), dtype=object)
    rows["subject_id"] = _bare(chosen["subject_id"])
    rows["object_id"] = _bare(chosen["object_id"])
    rows["predicate_id"] = chosen.get("predicate_id")
    rows["review_status"] = status
    rows["in_set"] = False
    rows["mutual"] = False  # as for a pair the reviewer added: not ranked now
    rows["method"] = "reviewed"
    rows["why"] = status.map(LEFT_OUT_WHY)
    for column in ("reviewer_label", "mapping_date", "comment"):
        rows[column] = chosen.get(column)
    for side, fw in (("subject", a), ("object", b)):
        for slot in _SIDE:  # as the file gives them, else from the framework
            given = chosen.get(f"{side}_{'category' if slot == 'competency' else slot}")
            given = pd.Series(None, index=chosen.index, dtype=object) if given is None else given
            if slot == "competency":
                given = _bare(given).replace("", None)
            rows[f"{side}_{slot}"] = given.replace("", None)
        if fw is not None:
            _fill(rows, side, fw)
    subject = suggestions.drop_duplicates("subject_id").set_index("subject_id")
    for column in ("subject_label", "subject_competency", "subject_level", "no_match",
                   "unmatched", "subject_polarity"):  # fmt: skip
        if column in subject:  # as the statement's own rows say
            known = rows["subject_id"].map(subject[column])
            rows[column] = known.where(known.notna(), rows.get(column))
    if "unmatched" in rows:  # a statement with no suggestion left: not flagged, so not shown
        rows["unmatched"] = rows["unmatched"].eq(True)
    return rows[[c for c in rows.columns if c in suggestions.columns]].reset_index(drop=True)


def _fill(rows: pd.DataFrame, side: str, fw) -> None:
    """Fill ``rows``' empty cells of one side from its framework's statements, in place."""
    ind = fw.indicators.set_index("indicator_id")
    fields = {"label": "text", "competency": "competency_id", "level": "level"}
    fields["polarity"] = "polarity"
    for slot, field in fields.items():
        if field in ind:
            known = rows[f"{side}_id"].map(ind[field])
            rows[f"{side}_{slot}"] = rows[f"{side}_{slot}"].where(
                rows[f"{side}_{slot}"].notna(), known
            )


def place(suggestions: pd.DataFrame, rows: pd.DataFrame, *, a=None) -> pd.DataFrame:
    """``rows`` after their statement's suggestions, ranked on from them; the others in order.

    A statement with no suggestion left (every candidate rejected) takes its place in the
    subject framework ``a`` when given, else after the others.

    Examples
    --------
    >>> s = pd.DataFrame({"subject_id": ["p", "q"], "object_id": ["x", "y"], "rank": [1, 1]})
    >>> r = pd.DataFrame({"subject_id": ["p"], "object_id": ["z"], "rank": [None]})
    >>> place(s, r)[["subject_id", "object_id", "rank"]].values.tolist()
    [['p', 'x', 1], ['p', 'z', 2], ['q', 'y', 1]]
    """
    if rows.empty:
        return suggestions
    seen = [*suggestions["subject_id"].astype(str), *rows["subject_id"].astype(str)]
    order = {s: k for k, s in enumerate(dict.fromkeys(seen))}
    if a is not None:
        where = {i: k for k, i in enumerate(a.indicators["indicator_id"].astype(str))}
        known = suggestions["subject_id"].astype(str).map(where)
        if known.notna().all() and known.is_monotonic_increasing:  # as suggest orders them
            order = where
    last = (
        pd.to_numeric(suggestions["rank"], errors="coerce")
        .groupby(suggestions["subject_id"].astype(str))
        .max()
    )
    rows = rows.copy()
    subject = rows["subject_id"].astype(str)
    rows["rank"] = subject.map(last).fillna(0).astype(int) + rows.groupby(subject).cumcount() + 1
    out = pd.concat([suggestions, rows.astype({"rank": int})], ignore_index=True)
    key = out["subject_id"].astype(str).map(order).fillna(len(order))
    step = np.arange(len(out))
    out = out.iloc[np.lexsort((step, key.to_numpy()))].reset_index(drop=True)
    out.attrs = dict(suggestions.attrs)
    return out
