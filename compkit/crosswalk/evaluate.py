"""Measure suggestion quality against a gold set: hit@1, hit@5 and mean reciprocal rank.

A gold set is a table of ``subject_id, object_id`` pairs a careful reviewer made (any number per
subject; ``sssom:NoTermFound`` as the object for a subject with no counterpart). Subjects with
a counterpart score the rank of their first gold candidate; those without one score whether the
method flagged them ``unmatched``.
"""

from __future__ import annotations

import os

import pandas as pd

__all__ = ["evaluate", "read_gold"]

NO_TERM = "sssom:NoTermFound"


def read_gold(path: str | os.PathLike) -> pd.DataFrame:
    """Read a gold set (CSV with ``subject_id`` and ``object_id`` columns)."""
    from ..errors import UsageError

    gold = pd.read_csv(path, dtype=str, keep_default_na=False)
    missing = {"subject_id", "object_id"} - set(gold.columns)
    if missing:
        raise UsageError(f"{path}: gold set lacks column(s) {', '.join(sorted(missing))}")
    return gold


def evaluate(suggestions: pd.DataFrame, gold: pd.DataFrame) -> dict[str, float]:
    """Hit@1, hit@5, MRR (over subjects with a counterpart) and the no-match flag's recall.

    Parameters
    ----------
    suggestions : pandas.DataFrame
        From :func:`compkit.suggest` (at least 5 candidates per subject for a fair hit@5).
    gold : pandas.DataFrame
        ``subject_id``, ``object_id`` pairs (see :func:`read_gold`).

    Returns
    -------
    dict
        ``subjects``, ``hit@1``, ``hit@5``, ``mrr``, ``no_match_subjects``,
        ``no_match_recall`` (flagged among those without a counterpart) and
        ``false_no_match`` (flagged among those with one).

    Examples
    --------
    >>> import pandas as pd
    >>> s = pd.DataFrame({"subject_id": ["a", "a", "b", "b"], "object_id": ["x", "y", "y", "z"],
    ...                   "rank": [1, 2, 1, 2], "unmatched": [False] * 4})
    >>> g = pd.DataFrame({"subject_id": ["a", "b"], "object_id": ["y", "y"]})
    >>> {k: v for k, v in evaluate(s, g).items() if k in ("hit@1", "mrr")}
    {'hit@1': 0.5, 'mrr': 0.75}
    """
    nomatch = gold.loc[gold["object_id"] == NO_TERM, "subject_id"].unique()
    pairs = gold.loc[gold["object_id"] != NO_TERM, ["subject_id", "object_id"]]
    subjects = pairs["subject_id"].unique()
    hits = suggestions.merge(pairs, on=["subject_id", "object_id"])
    best = hits.groupby("subject_id")["rank"].min().reindex(subjects)
    flagged = suggestions.groupby("subject_id")["unmatched"].any()
    n = max(len(subjects), 1)
    return {
        "subjects": len(subjects),
        "hit@1": round(float((best <= 1).sum()) / n, 3),
        "hit@5": round(float((best <= 5).sum()) / n, 3),
        "mrr": round(float((1.0 / best).fillna(0.0).sum()) / n, 3),
        "no_match_subjects": len(nomatch),
        "no_match_recall": round(float(flagged.reindex(nomatch).fillna(False).mean()), 3)
        if len(nomatch)
        else float("nan"),
        "false_no_match": round(float(flagged.reindex(subjects).fillna(False).mean()), 3),
    }
