"""What a cross-walk says about two frameworks: how much of each has a counterpart in the other.

A cross-walk (a reviewed SSSOM file, :func:`compkit.read_sssom`) or a set of suggestions
(:func:`compkit.suggest`) pairs statements of framework A with statements of framework B. This
module reads either, through the cross-walk package's public functions only, and answers the
questions a client asks of it: what share of each framework's statements is matched, which
statements are unique to one side, and which level of B each level of A corresponds to
(:func:`compkit.align_levels`).

Which pairs count as matches:

- a cross-walk with review decisions: the pairs a reviewer accepted or changed (not "no match");
- a cross-walk with no decision yet, or suggestions: each statement's best candidate, unless it
  is flagged as having no credible counterpart.

Only effective statements are counted on either side: what a holder must show.
"""

from __future__ import annotations

import os

import pandas as pd

from ..crosswalk.review import NO_CREDIBLE
from ..errors import UsageError

__all__ = [
    "RELATION_WORDS",
    "crosswalk_levels",
    "crosswalk_overview",
    "matched_pairs",
    "matches",
    "report_mappings",
    "reviewed",
]

#: SKOS relations in words, read from A towards B.
RELATION_WORDS = {
    "skos:exactMatch": "the same",
    "skos:closeMatch": "close",
    "skos:broadMatch": "broader in B",
    "skos:narrowMatch": "narrower in B",
    "skos:relatedMatch": "related",
}
_POSITIVE = ("accepted", "changed")
_NO_TERM = "sssom:NoTermFound"


def _bare(ids: pd.Series) -> pd.Series:
    return ids.astype(str).str.split(":", n=1).str[-1]


def _mappings(mappings) -> pd.DataFrame:
    from ..crosswalk import read_sssom

    if isinstance(mappings, pd.DataFrame):
        return mappings
    if isinstance(mappings, str | os.PathLike):
        return read_sssom(mappings)
    raise UsageError(
        "expected a cross-walk (the path of an SSSOM file, or a DataFrame from "
        f"compkit.read_sssom or compkit.suggest), not {type(mappings).__name__}"
    )


def matched_pairs(mappings, a, b) -> pd.DataFrame:
    """The pairs of statements the cross-walk counts as matches, effective statements only.

    Parameters
    ----------
    mappings : path or pandas.DataFrame
        A cross-walk (SSSOM) or suggestions.
    a, b : Framework, bundled id or path
        Subject and object frameworks.

    Returns
    -------
    pandas.DataFrame
        ``subject_id, object_id, predicate_id`` (bare indicator ids), one row per pair.

    Raises
    ------
    compkit.UsageError
        When the cross-walk maps none of A's statements to B's (the wrong file or the
        frameworks the other way round).

    Examples
    --------
    >>> len(matched_pairs("cis-wsx", "cis", "wsx"))
    217
    """
    from .tables import _load

    fa, fb = _load((a, b))
    m = _mappings(mappings)
    m = m.assign(subject_id=_bare(m["subject_id"]), object_id=_bare(m["object_id"]))
    eff_a = set(fa.indicators.loc[fa.indicators["polarity"] == "effective", "indicator_id"])
    eff_b = set(fb.indicators.loc[fb.indicators["polarity"] == "effective", "indicator_id"])
    all_a, all_b = set(fa.indicators["indicator_id"]), set(fb.indicators["indicator_id"])
    known = m["subject_id"].isin(all_a) & (m["object_id"].isin(all_b) | (m["object_id"] == ""))
    if len(m) and not known.any():
        raise UsageError(
            f"the cross-walk maps no statement of {fa.label} to one of {fb.label}; give the "
            f"cross-walk of {fa.id} to {fb.id} (subject {fa.id}, object {fb.id})"
        )
    status = m["review_status"] if "review_status" in m.columns else pd.Series("", index=m.index)
    status = status.fillna("")
    # a statement someone has reviewed counts by its decisions; one not yet reviewed, by its
    # best suggestion (when credible): one decision does not turn the rest into "no match"
    settled = m["subject_id"].isin(m.loc[~status.isin(["", "suggested"]), "subject_id"])
    modifier = m.get("predicate_modifier", pd.Series("", index=m.index)).fillna("")
    decided = status.isin(_POSITIVE) & (modifier == "") & (m["object_id"] != _NO_TERM.split(":")[1])
    rank = pd.to_numeric(m["rank"], errors="coerce").fillna(1) if "rank" in m else 1
    if "unmatched" in m.columns:
        credible = ~m["unmatched"].astype(bool)
    elif "comment" in m.columns:  # suggestions read back from SSSOM say it in the comment
        credible = m["comment"].fillna("") != NO_CREDIBLE
    else:
        credible = True
    suggested = (rank == 1) & credible & (status != "rejected") & (modifier == "")
    keep = settled & decided | ~settled & suggested
    keep = keep & m["subject_id"].isin(eff_a) & m["object_id"].isin(eff_b)
    return m.loc[keep, ["subject_id", "object_id", "predicate_id"]].reset_index(drop=True)


def reviewed(mappings, a) -> tuple[int, int]:
    """How many of A's effective statements the cross-walk has a decision on, of how many.

    Examples
    --------
    >>> reviewed("cis-wsx", "cis")
    (62, 62)
    """
    from .tables import _load

    (fa,) = _load((a,))
    m = _mappings(mappings)
    status = m["review_status"].fillna("") if "review_status" in m.columns else pd.Series("")
    done = set(_bare(m.loc[~status.isin(["", "suggested"]).to_numpy(), "subject_id"]))
    effective = fa.indicators.loc[fa.indicators["polarity"] == "effective", "indicator_id"]
    return int(effective.isin(done).sum()), len(effective)


def matches(mappings, a, b) -> pd.DataFrame:
    """Every effective statement of A and of B, with how many counterparts the other side has.

    Returns
    -------
    pandas.DataFrame
        ``framework, indicator_id, competency, level_name, level_rank, text, counterparts``
        and ``matched`` (at least one counterpart), A's statements first.

    Examples
    --------
    >>> t = matches("cis-wsx", "cis", "wsx")
    >>> t.groupby("framework")["matched"].sum().to_dict()
    {'cis': 59, 'wsx': 110}
    """
    from .tables import _load, statements

    fa, fb = _load((a, b))
    pairs = matched_pairs(mappings, fa, fb)
    st = statements(fa, fb, polarity="effective")
    n_a = pairs.groupby("subject_id").size()
    n_b = pairs.groupby("object_id").size()
    mine = st["framework"] == fa.id
    counterparts = st["indicator_id"].map(n_a).where(mine, st["indicator_id"].map(n_b))
    out = st[["framework", "indicator_id", "competency", "level_name", "level_rank", "text"]]
    counterparts = counterparts.fillna(0).astype("int64")
    return out.assign(counterparts=counterparts, matched=counterparts > 0)


def crosswalk_overview(mappings, a, b) -> pd.DataFrame:
    """The cross-walk in figures: one row per measure, a ``value`` and a ``share`` (%).

    Examples
    --------
    >>> t = crosswalk_overview("cis-wsx", "cis", "wsx").set_index("measure")
    >>> row = t.loc["CiS statements with a counterpart in WSX Mind"]
    >>> int(row["value"]), float(row["share"])
    (59, 95.2)
    """
    from .tables import _load

    fa, fb = _load((a, b))
    pairs = matched_pairs(mappings, fa, fb)
    table = matches(mappings, fa, fb)
    rows = []
    for fw, other in ((fa, fb), (fb, fa)):
        mine = table[table["framework"] == fw.id]
        hit = int(mine["matched"].sum())
        total = max(len(mine), 1)
        rows.append(
            (f"{fw.label} statements with a counterpart in {other.label}", hit, 100 * hit / total)
        )
        rows.append(
            (
                f"{fw.label} statements with no counterpart in {other.label}",
                len(mine) - hit,
                100 - 100 * hit / total,
            )
        )
    relations = pairs["predicate_id"].map(RELATION_WORDS).fillna("other")
    for word, k in relations.value_counts().reindex(list(RELATION_WORDS.values())).items():
        if pd.notna(k) and k:
            label = word.replace(" in B", f" in {fb.label}")
            # in words, and saying its share is of the pairs, not of the statements above
            measure = f"Pairs that are {label} (share of the {len(pairs):,} pairs)"
            rows.append((measure, int(k), 100 * k / max(len(pairs), 1)))
    out = pd.DataFrame(rows, columns=["measure", "value", "share"])
    return out.assign(value=out["value"].astype("int64"), share=out["share"].round(1))


def crosswalk_levels(mappings, a, b) -> pd.DataFrame:
    """Which level of B each level of A corresponds to (:func:`compkit.align_levels`).

    Returns
    -------
    pandas.DataFrame
        ``level_name`` (A), ``aligned_level_name`` (B) and ``match_share`` (% of the level's
        matches that land at the aligned level).

    Examples
    --------
    >>> crosswalk_levels("cis-wsx", "cis", "wsx")["aligned_level_name"].tolist()[0]
    'Core'
    """
    from ..crosswalk import align_levels
    from .tables import _load

    fa, fb = _load((a, b))
    aligned = align_levels(_mappings(mappings), fa, fb)
    return aligned[["level_name", "aligned_level_name"]].assign(
        match_share=(100 * aligned["match_share"].astype(float)).round(1)
    )


def report_mappings(crosswalk, fa, fb):
    """The mappings a report reads and how it names them, or None.

    ``None``: the reviewed cross-walk shipped for the pair, if any; ``False``: none;
    ``"suggest"``: the best suggestions; a path or a DataFrame: that cross-walk, named by how
    much of it is reviewed.
    """
    from ..crosswalk import read_sssom, suggest
    from ..framework.io import data_dir

    if crosswalk is None:
        bundled = data_dir() / "crosswalks" / f"{fa.id}-{fb.id}.sssom.tsv"
        return (read_sssom(bundled), "the reviewed cross-walk") if bundled.exists() else None
    if crosswalk is False:
        return None
    if isinstance(crosswalk, str) and crosswalk == "suggest":
        kind = "suggested matches, not yet reviewed"
        if not all((fw.indicators["polarity"] == "effective").any() for fw in (fa, fb)):
            return pd.DataFrame(), kind
        import warnings

        from ..errors import CompkitWarning

        with warnings.catch_warnings():  # the report reads effective statements only
            warnings.filterwarnings(
                "ignore", message=".*no candidate of their polarity", category=CompkitWarning
            )
            return suggest(fa, fb, top=1, progress=False), kind
    if isinstance(crosswalk, str | os.PathLike):
        crosswalk = read_sssom(crosswalk)
    if isinstance(crosswalk, pd.DataFrame):
        from ..crosswalk.guards import require_frameworks, require_mappings

        if len(crosswalk):  # an empty frame pairs nothing, and the report says so
            require_mappings(crosswalk, "crosswalk")
            try:  # every id it names, said before any work (was "align_levels: ..." at the end)
                require_frameworks(crosswalk, fa, fb, "crosswalk", names=("a", "b"))
            except UsageError:
                matched_pairs(crosswalk, fa, fb)  # the frameworks the other way round, said so
                raise
        if "review_status" not in crosswalk.columns:
            return crosswalk, "suggested matches, not yet reviewed"
        done, total = reviewed(crosswalk, fa)
        return crosswalk, (
            "the reviewed cross-walk"
            if done == total
            else "the cross-walk's suggestions, not yet reviewed"
            if not done
            else f"the cross-walk ({done} of {total} statements of {fa.label} reviewed, the "
            "others by their best suggestion)"
        )
    raise UsageError(
        "crosswalk: expected the path of an SSSOM file, a DataFrame, 'suggest' or False, "
        f"not {type(crosswalk).__name__}"
    )
