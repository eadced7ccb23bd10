"""Where else an object statement stands, for the reader of a workbook or the review widget.

A ladder repeats a statement word for word at several levels; :mod:`compkit.crosswalk.copies`
shows the text once among a subject's candidates and names its other places (``also_at`` of
:func:`compkit.suggest`). A reviewed cross-walk (SSSOM) does not carry them: the places are a
fact of the object framework, not of a mapping, so they are read from the framework here, and
an older file shows them as well as a new one. The subject side repeats too (Engineering
Ladders says 35 statements in 22 texts): :func:`subject_also_at` names a subject's other places,
so a reader sees that its rows are the same question asked again.
"""

from __future__ import annotations

import pandas as pd

from .copies import also_at, text_ids

__all__ = ["also_at_of", "places", "subject_also_at"]


def places(fw) -> dict[str, str]:
    """The other places of each statement whose text stands more than once, by statement id.

    Examples
    --------
    >>> import compkit
    >>> places(compkit.load("cis"))  # CiS says each statement once
    {}
    """
    ind = fw.indicators
    where = also_at(ind, text_ids(ind["text"])) if len(ind) else []
    return {i: p for i, p in zip(ind["indicator_id"], where, strict=True) if p}


def also_at_of(mappings: pd.DataFrame, fb) -> pd.Series:
    """Each row's ``also_at``: the suggestions' own, else read from the object framework.

    Examples
    --------
    >>> import compkit
    >>> bool(also_at_of(compkit.read_sssom("cis-wsx"), compkit.load("wsx")).eq("").all())
    True
    >>> also_at_of(pd.DataFrame({"object_id": ["el:a"], "also_at": ["D2"]}), None).tolist()
    ['D2']
    """
    if "also_at" in mappings.columns:
        return mappings["also_at"].fillna("").astype(str)
    where = places(fb)
    bare = mappings["object_id"].astype(str).str.split(":", n=1).str[-1]
    return pd.Series([where.get(i, "") for i in bare], index=mappings.index, dtype=object)


def subject_also_at(mappings: pd.DataFrame, fa) -> pd.Series:
    """Each row's subject's other places in its own framework ("" where its text stands once).

    Examples
    --------
    >>> from types import SimpleNamespace
    >>> fa = SimpleNamespace(indicators=pd.DataFrame({
    ...     "indicator_id": ["t1", "t2", "t3"], "text": ["Learns.", "learns", "Mentors."],
    ...     "competency": ["Tech"] * 3, "level_name": ["D1", "D2", "D2"]}))
    >>> rows = pd.DataFrame({"subject_id": ["el:t2", "el:t3", "t1"]})
    >>> subject_also_at(rows, fa).tolist()
    ['D1', '', 'D2']
    """
    where = places(fa)
    bare = mappings["subject_id"].astype(str).str.split(":", n=1).str[-1]
    return pd.Series([where.get(i, "") for i in bare], index=mappings.index, dtype=object)
