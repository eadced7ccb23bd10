"""Align two level scales and compare competencies across frameworks.

No two frameworks number their levels alike: CiS has Levels 1-4, WSX Mind has Core, Skilled,
Supervisory, Management and Executive. :func:`align_levels` infers which level of B corresponds
to each level of A from two kinds of evidence: where the matches of A's statements land in B
(:func:`level_matrix`, the share of each A level's match weight at each B level), and how wide
the statements' scope is at each level (self, managed, team, organisation;
:func:`compkit.framework.text.scope`). The alignment is monotone (a higher level of A never aligns
below a lower one) and maximises the evidence by dynamic programming.
:func:`competency_matrix` scores every competency of A against every competency (cluster) of B.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np
import pandas as pd

from ._arguments import share_argument
from .added import fill_statements
from .embeddings import DEFAULT_BACKEND
from .sidelevels import side_levels

if TYPE_CHECKING:
    from matplotlib.figure import Figure

__all__ = [
    "ALIGNMENT_COLUMNS",
    "align_levels",
    "competency_matrix",
    "level_matrix",
    "method_of",
    "plot_competency_matrix",
    "plot_level_alignment",
    "weak_reason",
]

#: Columns of :func:`align_levels`.
ALIGNMENT_COLUMNS = [
    "level",
    "level_name",
    "aligned_level",
    "aligned_level_name",
    "match_share",
    "scope",
    "aligned_scope",
    "evidence",
    "weak",
    "even_share",
]
#: An alignment is weak when its B level holds less than this many times the even share (1 / the
#: number of B's levels) of the A level's match weight: the matches favour other levels as much,
#: and the choice rests on the statements' scope. Over 150 level alignments of 11 frameworks (the
#: test corpus, CircleCI, CareerOneStop, a Meets/Does-not-meet grid) 1 in 12 fall below the even
#: share, e.g. CircleCI's one level on FT's "Principal Engineer (People Manager)" at 10% of 8
#: levels, FT's on WSX Mind's "Management" at 16% of 5; the rest hold 1.1 to 3.4 times it.
WEAK_SHARE = 1.0
_POSITIVE = ("accepted", "changed")


def _bare(ids: pd.Series) -> pd.Series:
    return ids.astype(str).str.split(":", n=1).str[-1]


def _weights(mappings: pd.DataFrame) -> pd.DataFrame:
    """subject_level, object_level and a weight per mapping (decisions win over suggestions)."""
    m = mappings
    if "review_status" in m.columns:
        # a statement the reviewer settled (a counterpart accepted, or none) counts by its
        # accepted pairs, 1 each; one not yet settled by its pairs still suggested, 1/rank,
        # together 1: a few decisions early in a review do not outweigh every suggestion
        status = m["review_status"].fillna("").replace("", "suggested")
        modifier = m.get("predicate_modifier", pd.Series("", index=m.index)).fillna("")
        real = m["object_id"] != "sssom:NoTermFound"
        positive = status.isin(_POSITIVE) & (modifier == "") & real
        settled = m["subject_id"].isin(m.loc[positive | (status == "no_match"), "subject_id"])
        rank = pd.to_numeric(m.get("rank", 1), errors="coerce")  # a reviewer's own table: 1
        rank = pd.Series(rank, index=m.index).fillna(1).clip(lower=1)
        open_ = ((status == "suggested") & real & ~settled) / rank
        open_ = open_ / open_.groupby(m["subject_id"]).transform("sum").replace(0.0, 1.0)
        weight = positive.astype(float).where(settled, open_)
        return m.assign(weight=weight)[["subject_level", "object_level", "weight"]]
    weight = (m["zscore"] - 1.0).clip(lower=0.0)
    return m.assign(weight=weight)[["subject_level", "object_level", "weight"]]


def _require(mappings, a, b, what: str):
    """Refuse what is not mappings with levels, no mappings, or mappings of other frameworks."""
    from ..errors import UsageError
    from .guards import require_frameworks, require_mappings

    require_mappings(mappings, what, ("subject_id", "object_id", "subject_level", "object_level"))
    if "zscore" not in mappings.columns and "review_status" not in mappings.columns:
        raise UsageError(
            f"{what} needs suggestions (a 'zscore' column, from compkit.suggest) or a "
            "reviewed cross-walk (a 'review_status' column, from compkit.read_sssom)"
        )
    return require_frameworks(mappings, a, b, what, empty_ok=False)


def level_matrix(mappings: pd.DataFrame, a, b) -> pd.DataFrame:
    """Share of each level of A's match weight that lands at each level of B.

    Parameters
    ----------
    mappings : pandas.DataFrame
        Suggestions (weighted by how far their z-score stands above 1) or a cross-walk: a
        statement the reviewer settled counts by its accepted mappings (1 each), one not yet
        settled by its pairs still suggested (1/rank, together 1; rejected pairs left out).
    a, b : Framework, bundled id or path
        Subject and object frameworks.

    Returns
    -------
    pandas.DataFrame
        Rows: A's level names, lowest first; columns: B's level names; each row sums to 1 (or
        0 when the level has no match). A level of B holding only a side list of ineffective
        statements (:func:`~compkit.crosswalk.sidelevels.side_levels`, "All levels" beside the
        grades) is left out when no match lands on it: it is no grade a statement could be
        placed at.

    Raises
    ------
    compkit.UsageError
        When there are no mappings, or they are not of ``a`` and ``b`` in that order.

    Examples
    --------
    >>> import compkit
    >>> m = level_matrix(compkit.suggest("cis", "wsx"), "cis", "wsx")
    >>> m.shape, m.columns[0]
    ((4, 5), 'Core')
    """
    fa, fb = _require(mappings, a, b, "level_matrix")
    w = _weights(fill_statements(mappings, fa, fb))  # a row naming only its pair has levels
    table = pd.crosstab(w["subject_level"], w["object_level"], values=w["weight"], aggfunc="sum")
    table = table.reindex(index=list(fa.level_ids), columns=list(fb.level_ids)).fillna(0.0)
    totals = table.sum(axis=1).replace(0.0, 1.0)
    share = table.div(totals, axis=0)
    share.index = [lv.name for lv in fa.level_records]
    share.columns = [lv.name for lv in fb.level_records]
    side = side_levels(fb)
    idle = [lv.name for lv in fb.level_records if lv.id in side and not table[lv.id].any()]
    share = share.drop(columns=idle)  # a side list no match lands on: no grade, no column
    return share.rename_axis(index=fa.label, columns=fb.label).round(3)


def _scope_by_level(fw) -> pd.Series:
    from ..framework.text import scope_names, scope_rank

    ind = fw.indicators
    return (
        scope_rank(ind["text"], scope_names(fw))
        .groupby(ind["level"])
        .mean()
        .reindex(list(fw.level_ids))
    )


def align_levels(mappings: pd.DataFrame, a, b, *, scope_weight: float = 0.3) -> pd.DataFrame:
    """Infer, for each level of A, the corresponding level of B.

    Evidence for a pair of levels is ``(1 - scope_weight) * match share + scope_weight *
    scope agreement`` (1 minus the gap of the mean scope ranks, over 3); the monotone
    alignment with the most evidence is chosen. ``weak`` says the aligned level holds less than
    the even share of the level's matches (:data:`WEAK_SHARE`): it rests on scope, check it.
    A level holding only a side list of ineffective statements ("All levels" beside the
    grades, :func:`~compkit.crosswalk.sidelevels.side_levels`) is no rung: A's grades align
    with B's grades only, in order, and the even share counts B's grades; A's side list
    aligns with B's if B has one, or else with the level where its matches land.

    Returns
    -------
    pandas.DataFrame
        :data:`ALIGNMENT_COLUMNS`, one row per level of A, lowest first; ``even_share`` is
        1 over the number of B's levels the level could align with.

    Raises
    ------
    compkit.UsageError
        When there are no mappings, or they are not of ``a`` and ``b`` in that order.

    Examples
    --------
    >>> import compkit
    >>> al = compkit.align_levels(compkit.suggest("cis", "wsx"), "cis", "wsx")
    >>> al[["level_name", "aligned_level_name"]].values.tolist()[0]
    ['Level 1', 'Core']
    """
    share_argument(scope_weight, "scope_weight", "the scope's share of the evidence")
    fa, fb = _require(mappings, a, b, "align_levels")
    matrix = level_matrix(mappings, fa, fb)
    kept = [lv for lv in fb.level_records if lv.name in set(matrix.columns)]
    share = matrix.to_numpy()
    sa = _scope_by_level(fa).to_numpy()
    sb = _scope_by_level(fb).reindex([lv.id for lv in kept]).to_numpy()
    scope_fit = 1.0 - np.abs(sa[:, None] - sb[None, :]) / 3.0
    evidence = (1.0 - scope_weight) * share + scope_weight * np.nan_to_num(scope_fit)
    # a side list of ineffective statements ("All levels" beside the grades) is no rung: the
    # grades of A align, in order, with the grades of B; a side list of A with B's side list
    # if B has one, or else where its matches land; the even share counts those candidates
    side_a, side_b = side_levels(fa), side_levels(fb)
    graded_b = [j for j, lv in enumerate(kept) if lv.id not in side_b]
    sides_b = [j for j, lv in enumerate(kept) if lv.id in side_b] or list(range(len(kept)))
    graded_a = [i for i, lv in enumerate(fa.level_records) if lv.id not in side_a]
    chosen, among = {}, {}
    if graded_a:
        path = _monotone(evidence[np.ix_(graded_a, graded_b)])
        for i, k in zip(graded_a, path, strict=True):
            chosen[i], among[i] = graded_b[k], len(graded_b)
    for i, lv in enumerate(fa.level_records):
        if lv.id in side_a:
            chosen[i] = sides_b[int(np.argmax(evidence[i, sides_b]))]
            among[i] = len(sides_b)
    rows = []
    for i, lv in enumerate(fa.level_records):
        j = chosen[i]
        rows.append(
            {
                "level": lv.id,
                "level_name": lv.name,
                "aligned_level": kept[j].id,
                "aligned_level_name": kept[j].name,
                "match_share": round(float(share[i, j]), 3),
                "scope": round(float(sa[i]), 2),
                "aligned_scope": round(float(sb[j]), 2),
                "evidence": round(float(evidence[i, j]), 3),
                "weak": bool(among[i] > 1 and share[i, j] * among[i] < WEAK_SHARE),
                "even_share": round(1.0 / among[i], 3),
            }
        )
    return pd.DataFrame(rows, columns=ALIGNMENT_COLUMNS)


def weak_reason(row, levels: int) -> str:
    """What a reader is told of an alignment's evidence: empty, or why it is weak.

    ``row`` is a row of :func:`align_levels` (``match_share``, ``weak`` and, when it has it,
    ``even_share``); ``levels`` is how many levels B has, read when the row has no
    ``even_share`` (a side list of ineffective statements is no level to share among).

    Examples
    --------
    >>> import pandas as pd
    >>> row = pd.Series({"match_share": 0.105, "weak": True})
    >>> weak_reason(row, 8)
    'weak: 10% of the matches, under the even share of 12%; rests on scope'
    >>> weak_reason(pd.Series({"match_share": 0.5, "weak": False}), 4)
    ''
    """
    if not _get(row, "weak"):
        return ""
    even = _get(row, "even_share") if _has(row, "even_share") else 1.0 / levels
    share = _get(row, "match_share")
    return f"weak: {share:.0%} of the matches, under the even share of {even:.0%}; rests on scope"


def _get(row, key):
    return row[key] if isinstance(row, pd.Series | dict) else getattr(row, key)


def _has(row, key) -> bool:
    if isinstance(row, pd.Series | dict):
        return key in row and pd.notna(row[key])
    return pd.notna(getattr(row, key, None))


def _monotone(evidence: np.ndarray) -> list[int]:
    """Non-decreasing column per row with the largest total (dynamic programming)."""
    n, m = evidence.shape
    best = np.full((n, m), -np.inf)
    back = np.zeros((n, m), dtype=int)
    best[0] = evidence[0]
    for i in range(1, n):
        running = np.maximum.accumulate(best[i - 1])
        arg = np.array([int(np.argmax(best[i - 1][: j + 1])) for j in range(m)])
        best[i] = running + evidence[i]
        back[i] = arg
    path = [int(np.argmax(best[-1]))]
    for i in range(n - 1, 0, -1):
        path.append(int(back[i, path[-1]]))
    return path[::-1]


def competency_matrix(
    a, b, *, method: str = "embedding", backend: str | tuple[str, ...] = DEFAULT_BACKEND
) -> pd.DataFrame:
    """Cosine similarity of every competency of A to every competency (cluster) of B.

    Each competency is the normalised mean of its statements' vectors (prepared as for
    suggestions): their embeddings by ``backend`` (several: the mean of their cosines), or,
    with ``method="lexical"``, their TF-IDF vectors, so no embedding model is loaded. A
    competency with no statements (a name or description only) has nothing to compare: NaN.
    :func:`method_of` reads the method and backends a cross-walk's suggestions were made with.

    Parameters
    ----------
    a, b : Framework, bundled id or path
    method : {"embedding", "hybrid", "lexical"}
        As for :func:`compkit.suggest`; ``hybrid`` compares by its embeddings.
    backend : str or tuple of str
        Embedding backend(s), as for :func:`compkit.suggest` (not used by ``lexical``).

    Examples
    --------
    >>> m = competency_matrix("cis", "wsx")
    >>> m.shape, m.loc["Sustainability"].idxmax()
    ((6, 4), 'Managing Work')
    >>> competency_matrix("cis", "wsx", method="lexical").shape
    (6, 4)
    """
    from ..errors import UsageError
    from ..framework.io import load
    from .embeddings import embed, resolve_backends
    from .lexical import tfidf
    from .signals import _centroids, side

    if method not in ("embedding", "hybrid", "lexical"):
        raise UsageError(
            f"competency_matrix: unknown method {method!r}; expected one of: embedding, hybrid, "
            "lexical"
        )
    fa, fb = load(a), load(b)
    sa, sb = side(fa), side(fb)
    if method == "lexical":
        va, vb = tfidf(sa.keys.tolist(), sb.keys.tolist())
        pairs = [(va.toarray(), vb.toarray())]
    else:
        pairs = []
        for name in resolve_backends(backend):
            vectors = embed(pd.concat([sa.keys, sb.keys]).tolist(), backend=name)
            pairs.append((vectors[: len(sa.keys)], vectors[len(sa.keys) :]))
    sims = []
    for va, vb in pairs:
        ca = _centroids(va, sa.comp_codes, len(sa.comp_ids))
        cb = _centroids(vb, sb.comp_codes, len(sb.comp_ids))
        sims.append(ca @ cb.T)
    sim = np.mean(sims, axis=0).round(3)
    stated_a = np.bincount(sa.comp_codes, minlength=len(sa.comp_ids)) > 0
    stated_b = np.bincount(sb.comp_codes, minlength=len(sb.comp_ids)) > 0
    sim = np.where(stated_a[:, None] & stated_b[None, :], sim, np.nan)
    return pd.DataFrame(
        sim,
        index=pd.Index([c.name for c in fa.competency_records], name=fa.label),
        columns=pd.Index([c.name for c in fb.competency_records], name=fb.label),
    )


def method_of(mappings: pd.DataFrame) -> dict:
    """The ``method`` and ``backend`` suggestions were made with, as keywords; {} if not said.

    Read from their ``method`` column (``"lexical"``, ``"hybrid:minilm-onnx+mpnet-q8"``), so a
    deliverable's competency matrix compares as the suggestions did.

    Examples
    --------
    >>> method_of(pd.DataFrame({"method": ["hybrid:minilm-onnx+mpnet-q8"]}))
    {'method': 'hybrid', 'backend': ('minilm-onnx', 'mpnet-q8')}
    >>> method_of(pd.DataFrame({"method": ["lexical"]})), method_of(pd.DataFrame())
    ({'method': 'lexical'}, {})
    """
    said = mappings["method"].dropna().astype(str) if "method" in mappings else pd.Series(dtype=str)
    if not len(said):
        return {}
    method, _, backends = said.iloc[0].partition(":")
    if method == "lexical" or not backends:
        return {"method": method} if method in ("embedding", "hybrid", "lexical") else {}
    return {"method": method, "backend": tuple(backends.split("+"))}


def plot_level_alignment(matrix: pd.DataFrame, alignment: pd.DataFrame | None = None) -> Figure:
    """Heatmap of a :func:`level_matrix`, the inferred alignment outlined.

    Examples
    --------
    >>> import compkit
    >>> s = compkit.suggest("cis", "wsx")
    >>> fig = plot_level_alignment(level_matrix(s, "cis", "wsx"), align_levels(s, "cis", "wsx"))
    >>> fig.axes[0].get_title()
    'Where the matches of each CiS level land in WSX Mind'

    A weak alignment (``weak`` in :func:`align_levels`) is outlined dashed.
    """
    from matplotlib.patches import Rectangle

    from .._plotting import figure, heatmap, style

    with style():
        fig = figure(1.3 * matrix.shape[1] + 2.6, 0.6 * matrix.shape[0] + 1.8)
        ax = fig.subplots()
        heatmap(
            ax,
            matrix.to_numpy(),
            list(matrix.index),
            list(matrix.columns),
            vmax=1.0,
            labels=np.round(matrix.to_numpy(), 2),
            cbar_label="share of match weight",
        )
        weak = alignment is not None and bool(alignment.get("weak", pd.Series(dtype=bool)).any())
        if alignment is not None:
            cols = list(matrix.columns)
            marks = alignment.get("weak", pd.Series(False, index=alignment.index)).tolist()
            for i, (name, faint) in enumerate(
                zip(alignment["aligned_level_name"], marks, strict=True)
            ):
                ax.add_patch(
                    Rectangle(
                        (cols.index(name) - 0.5, i - 0.5),
                        1,
                        1,
                        fill=False,
                        edgecolor="#D55E00",
                        linewidth=2.5,
                        linestyle="--" if faint else "-",  # weak: rests on scope
                    )
                )
        ax.set_title(
            f"Where the matches of each {matrix.index.name} level land in {matrix.columns.name}"
        )
        ax.set_ylabel(str(matrix.index.name))
        dashed = "; dashed: weak, under an even share of the matches" if weak else ""
        ax.set_xlabel(f"{matrix.columns.name} (outlined: inferred alignment{dashed})")
    return fig


def plot_competency_matrix(matrix: pd.DataFrame) -> Figure:
    """Heatmap of a :func:`competency_matrix`; a competency with no statements left blank."""
    from .._plotting import figure, heatmap, style, wrap

    shown = np.round(matrix.to_numpy(dtype=float), 2)
    labels = np.where(np.isnan(shown), "", shown.astype(object))

    with style():
        fig = figure(1.6 * matrix.shape[1] + 3.2, 0.55 * matrix.shape[0] + 2.0)
        ax = fig.subplots()
        heatmap(
            ax,
            matrix.clip(lower=0).to_numpy(),
            [wrap(r, 26) for r in matrix.index],
            [wrap(c, 16) for c in matrix.columns],
            vmax=1.0,
            labels=labels,
            cbar_label="cosine similarity",
        )
        ax.set_title(
            f"How alike the competencies of {matrix.index.name} and {matrix.columns.name} are"
        )
    return fig
