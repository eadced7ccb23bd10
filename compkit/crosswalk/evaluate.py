"""Measure suggestion quality against a gold set: hit@1, hit@5 and mean reciprocal rank.

A gold set is a table of ``subject_id, object_id`` pairs a careful reviewer made (any number per
subject; ``sssom:NoTermFound`` as the object for a subject with no counterpart). Subjects with
a counterpart score the rank of their first gold candidate; those without one score whether the
method flagged them ``unmatched``.
"""

from __future__ import annotations

import os

import pandas as pd

__all__ = ["evaluate", "read_gold", "relation_confusion", "set_scores"]

NO_TERM = "sssom:NoTermFound"


def read_gold(path: str | os.PathLike) -> pd.DataFrame:
    """Read a gold set (CSV with ``subject_id`` and ``object_id`` columns)."""
    from pathlib import Path

    from ..errors import UsageError

    where = Path(path)
    if not where.is_file():
        what = "is a folder" if where.is_dir() else "does not exist"
        raise UsageError(f"{where}: {what}; expected a gold set (CSV with subject_id, object_id)")
    try:
        gold = pd.read_csv(where, dtype=str, keep_default_na=False)
    except (UnicodeDecodeError, pd.errors.ParserError, pd.errors.EmptyDataError) as exc:
        raise UsageError(f"{where}: not a readable CSV gold set ({exc})") from None
    _require(gold, ("subject_id", "object_id"), f"{where}: gold set")
    return gold


def _require(frame, columns: tuple[str, ...], what: str) -> None:
    from ..errors import UsageError

    if not isinstance(frame, pd.DataFrame):
        raise UsageError(f"{what} must be a DataFrame, not {type(frame).__name__}")
    missing = [c for c in columns if c not in frame.columns]
    if missing:
        raise UsageError(
            f"{what} lacks column(s) {', '.join(missing)}; expected {', '.join(columns)}"
        )


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
        ``no_match_recall`` (flagged among those without a counterpart),
        ``no_match_precision`` (without a counterpart among those flagged) and
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
    _require(suggestions, ("subject_id", "object_id", "rank", "unmatched"), "suggestions")
    _require(gold, ("subject_id", "object_id"), "gold set")
    nomatch = gold.loc[gold["object_id"] == NO_TERM, "subject_id"].unique()
    pairs = gold.loc[gold["object_id"] != NO_TERM, ["subject_id", "object_id"]]
    subjects = pairs["subject_id"].unique()
    hits = suggestions.merge(pairs, on=["subject_id", "object_id"])
    best = hits.groupby("subject_id")["rank"].min().reindex(subjects)
    flagged = suggestions.groupby("subject_id")["unmatched"].any()
    flagged = flagged.reindex([*subjects, *nomatch]).fillna(False).astype(bool)
    n = max(len(subjects), 1)
    n_flagged = int(flagged.sum())
    return {
        "subjects": len(subjects),
        "hit@1": round(float((best <= 1).sum()) / n, 3),
        "hit@5": round(float((best <= 5).sum()) / n, 3),
        "mrr": round(float((1.0 / best).fillna(0.0).sum()) / n, 3),
        "no_match_subjects": len(nomatch),
        "no_match_recall": round(float(flagged.reindex(nomatch).fillna(False).mean()), 3)
        if len(nomatch)
        else float("nan"),
        "no_match_precision": round(float(flagged.reindex(nomatch).sum()) / n_flagged, 3)
        if n_flagged
        else float("nan"),
        "false_no_match": round(float(flagged.reindex(subjects).fillna(False).mean()), 3),
    }


def relation_confusion(suggestions: pd.DataFrame, gold: pd.DataFrame) -> pd.DataFrame:
    """Gold relation (rows) against suggested relation (columns), over gold pairs suggested.

    Examples
    --------
    >>> import pandas as pd
    >>> s = pd.DataFrame({"subject_id": ["a", "a"], "object_id": ["x", "y"],
    ...                   "predicate_id": ["skos:closeMatch", "skos:relatedMatch"]})
    >>> g = pd.DataFrame({"subject_id": ["a", "a"], "object_id": ["x", "y"],
    ...                   "predicate_id": ["skos:closeMatch", "skos:closeMatch"]})
    >>> relation_confusion(s, g).to_dict()
    {'close': {'close': 1}, 'related': {'close': 1}}
    """
    _require(suggestions, ("subject_id", "object_id", "predicate_id"), "suggestions")
    _require(gold, ("subject_id", "object_id", "predicate_id"), "gold set")
    both = gold[gold["object_id"] != NO_TERM].merge(
        suggestions[["subject_id", "object_id", "predicate_id"]],
        on=["subject_id", "object_id"],
        suffixes=("_gold", ""),
    )
    short = {p: p.removeprefix("skos:").removesuffix("Match") for p in both["predicate_id"]}
    short |= {p: p.removeprefix("skos:").removesuffix("Match") for p in both["predicate_id_gold"]}
    return pd.crosstab(
        both["predicate_id_gold"].map(short).rename("gold"),
        both["predicate_id"].map(short).rename("suggested"),
    )


def set_scores(suggestions: pd.DataFrame, gold: pd.DataFrame) -> dict[str, float]:
    """Precision and recall of the suggested sets (``in_set``) against all gold pairs.

    Examples
    --------
    >>> import pandas as pd
    >>> s = pd.DataFrame({"subject_id": ["a", "a", "b"], "object_id": ["x", "y", "z"],
    ...                   "in_set": [True, True, False]})
    >>> g = pd.DataFrame({"subject_id": ["a", "b"], "object_id": ["x", "z"]})
    >>> set_scores(s, g)
    {'set_precision': 0.5, 'set_recall': 0.5, 'set_size': 1.0}
    """
    _require(suggestions, ("subject_id", "object_id", "in_set"), "suggestions")
    _require(gold, ("subject_id", "object_id"), "gold set")
    chosen = suggestions.loc[suggestions["in_set"], ["subject_id", "object_id"]]
    chosen = chosen[chosen["subject_id"].isin(gold["subject_id"])]
    pairs = gold.loc[gold["object_id"] != NO_TERM, ["subject_id", "object_id"]]
    hits = len(chosen.merge(pairs, on=["subject_id", "object_id"]))
    return {
        "set_precision": round(hits / len(chosen), 3) if len(chosen) else float("nan"),
        "set_recall": round(hits / len(pairs), 3) if len(pairs) else float("nan"),
        "set_size": round(len(chosen) / max(gold["subject_id"].nunique(), 1), 2),
    }
