"""The arguments of :func:`compkit.suggest`, checked before anything is computed.

A bad one is one :class:`compkit.UsageError` saying what was given and what was expected; a
reviewed cross-walk is read and checked against the two frameworks before the first block is
scored; statements with no candidate of their polarity are said (:func:`warn_polarity_gap`).
"""

from __future__ import annotations

import difflib
import os
from pathlib import Path

import numpy as np
import pandas as pd

from .._words import some
from ..errors import UsageError

__all__ = [
    "METHODS",
    "check_arguments",
    "left_out",
    "polarity_gap",
    "reviewed_crosswalk",
    "share_argument",
    "warn_polarity_gap",
]

#: Suggestion methods.
METHODS = ("hybrid", "embedding", "lexical")


def _whole(value) -> bool:
    return isinstance(value, int | np.integer) and not isinstance(value, bool | np.bool_)


def share_argument(value, argument: str, what: str) -> None:
    """Refuse ``value`` unless it is a number from 0 to 1, naming ``argument`` and ``what``.

    Examples
    --------
    >>> share_argument(0.3, "w", "a share")
    >>> share_argument(42, "w", "a share")
    Traceback (most recent call last):
    ...
    compkit.errors.UsageError: w: expected a number from 0 to 1 (a share), got int 42
    """
    number = isinstance(value, int | float | np.integer | np.floating)
    if isinstance(value, bool | np.bool_) or not number or not 0 <= value <= 1:
        raise UsageError(
            f"{argument}: expected a number from 0 to 1 ({what}), "
            f"got {type(value).__name__} {value!r}"[:300]
        )


def check_arguments(
    method, top, block, backend, weights, cross_polarity, reviewed, *, weights_type
) -> None:
    """One clear message for an argument of :func:`compkit.suggest` that cannot be right.

    ``weights_type`` is :class:`compkit.crosswalk.Weights` (given, so this module does not
    import the one that uses it).
    """
    if method not in METHODS:
        raise UsageError(f"unknown method {method!r}; expected one of: {', '.join(METHODS)}")
    for name, value in (("top", top), ("block", block)):
        if not _whole(value):
            raise UsageError(f"{name} must be a whole number of at least 1, not {value!r}")
        if value < 1:
            raise UsageError(f"{name} must be at least 1, not {value}")
    names = [backend] if isinstance(backend, str) else backend
    if (
        not isinstance(names, list | tuple)
        or not names
        or not all(isinstance(n, str) for n in names)
    ):
        raise UsageError(
            f"backend must be a backend name or a non-empty list of names, not {backend!r}"
        )
    if weights is not None and not isinstance(weights, weights_type):
        raise UsageError(
            f"weights must be a compkit.crosswalk.Weights, not {type(weights).__name__} "
            "(e.g. Weights(lexical=0.5))"
        )
    if not isinstance(cross_polarity, bool | np.bool_):
        raise UsageError(f"cross_polarity must be True or False, not {cross_polarity!r}")
    if reviewed is not None and not isinstance(reviewed, str | os.PathLike | pd.DataFrame):
        raise UsageError(
            "reviewed must be the path of a reviewed cross-walk (SSSOM), a bundled one's name "
            f"or a DataFrame read by read_sssom, not {type(reviewed).__name__}"
        )


def reviewed_crosswalk(reviewed, fa, fb) -> pd.DataFrame:
    """The reviewed cross-walk, refused at once when it is not of ``fa`` to ``fb``."""
    from .guards import foreign, prefixes, require_crosswalk
    from .sssom import read_sssom

    cw = reviewed if isinstance(reviewed, pd.DataFrame) else read_sssom(reviewed)
    require_crosswalk(cw, "reviewed")
    found = foreign(cw, fa, fb)
    if found is not None:
        column, bad, fw = found
        pa, pb = prefixes(cw)
        if (pa, pb) == (fa.id, fb.id):  # the right frameworks: an id mistyped, or one changed
            where = _where(reviewed, cw, column, fw)
            ids = fw.indicators["indicator_id"].astype(str).tolist()
            near = difflib.get_close_matches(bad.partition(":")[2] or bad, ids, n=1)
            example = f"{fw.id}:{(near or ids)[0]}"
            raise UsageError(
                f"the reviewed cross-walk's {column} {bad!r}{where} is not a statement of "
                f"{fw.label} ({fw.id}); expected one of its statements' ids, such as "
                f"{example!r}: correct an id mistyped by hand, or, if {fw.label} has changed "
                "since the review, carry it forward first "
                "(compkit.carry_forward(crosswalk, old, new))"
            )
        raise UsageError(_not_these(reviewed, (pa, pb), fa, fb, column, bad, fw))
    return cw


def _not_these(reviewed, ids, fa, fb, column: str, bad: str, fw) -> str:
    """Why a reviewed cross-walk of other frameworks is refused, naming the ids on both sides.

    Where one side's framework is the one given and the other's id differs (a new version
    ingested under a new id, ``gds-tech-career-path`` now ``gds``), says how to carry the
    cross-walk forward to it, rather than suggest the order is wrong.
    """
    pa, pb = ids
    said = (
        f"the reviewed cross-walk maps {pa or '?'} to {pb or '?'}, but the frameworks given are "
        f"{fa.label} ({fa.id}) to {fb.label} ({fb.id}): its {column} {bad!r} is not a statement "
        f"of {fw.label} ({fw.id})"
    )
    changed = [
        (side, was, now)
        for side, was, now, other, kept in (
            ("subject", pa, fa, pb, fb.id),
            ("object", pb, fb, pa, fa.id),
        )
        if was and was != now.id and other == kept
    ]
    if (pa, pb) == (fb.id, fa.id) or not changed:
        return f"{said}; expected a cross-walk from {fa.label} to {fb.label}, in that order"
    import shlex

    from ..framework.io import bundled

    side, was, now = changed[0]
    args = [
        str(reviewed) if isinstance(reviewed, str | os.PathLike) else "CROSSWALK",
        was if was in bundled() else f"{was}.yaml",  # the old version's file
        str(now.path) if now.path else now.id,
    ]
    return (
        f"{said}; expected a cross-walk from {fa.id} to {fb.id}. If {now.label} ({now.id}) is a "
        f"new version of {was}, carry the reviewed cross-walk forward to it first: compkit "
        f"carry {' '.join(map(shlex.quote, args))} --side {side} -o carried.sssom.tsv (in "
        "Python, compkit.carry_forward), then give --reviewed carried.sssom.tsv"
    )


def _where(reviewed, cw: pd.DataFrame, column: str, fw) -> str:
    """Where the ids of ``column`` that are no statement of ``fw`` stand.

    Their lines in the file (a path given) or their rows, the first few, and how many rows.
    """
    from .guards import NO_TERM
    from .sssomprefix import file_prefixes

    known = set(fw.indicators["indicator_id"].astype(str))
    known |= {f"{fw.id}:{i}" for i in known} | {NO_TERM}
    held = cw["predicate_modifier"].fillna("").astype(str) != "Not"  # history may name any
    bad = cw[column].astype(str)[held & ~cw[column].astype(str).isin(known)].tolist()
    # as the file writes them: a hyphenated id under its portable prefix (monzo_backend:)
    ids = pd.concat([cw["subject_id"], cw["object_id"]]).dropna().astype(str)
    written = file_prefixes(ids[ids.str.contains(":")].str.split(":", n=1).str[0].unique())
    in_file = set(bad) | {written[p] + ":" + local for p, _, local in
                          (v.partition(":") for v in bad) if p in written}  # fmt: skip
    lines: list[int] = []
    if isinstance(reviewed, str | os.PathLike) and Path(reviewed).is_file():
        with Path(reviewed).open(encoding="utf-8", errors="replace") as handle:
            for n, line in enumerate(handle, start=1):
                cells = {c.strip().strip('"') for c in line.rstrip("\r\n").split("\t")}
                lines += [n] * (not line.startswith("#") and bool(cells & in_file))
    places = lines or [i + 1 for i, v in enumerate(cw[column].astype(str)) if v in set(bad)]
    said = some(places, quote=False)
    kind = "line" if lines else "row"
    where = f"{kind}{'s' * (len(places) > 1)} {said}" if places else ""
    count = f"{len(bad)} rows in all" if len(bad) > 1 else ""
    return f" ({'; '.join(filter(None, (where, count)))})" if where or count else ""


def polarity_gap(fa, fb) -> pd.Series:
    """Ids of the statements of ``fa`` with no statement of their polarity in ``fb``.

    Within polarity (the default) they get no row: :func:`compkit.suggest` warns about them
    before any work, and refuses when no statement has a candidate.

    Examples
    --------
    >>> from compkit.crosswalk._arguments import polarity_gap
    >>> len(polarity_gap("cis", "wsx"))
    0
    """
    from ..framework.io import load

    fa, fb = load(fa), load(fb)
    ind = fa.indicators
    return ind.loc[~ind["polarity"].isin(set(fb.indicators["polarity"])), "indicator_id"]


def left_out(mappings: pd.DataFrame, fa, fb) -> str:
    """A sentence on the statements of ``fa`` left out for want of their polarity in ``fb``.

    Empty when every such statement has rows (matched with ``cross_polarity=True``) or there
    is none. Said where the cross-walk is handed on (the workbook's Read me), since the warning
    of :func:`compkit.suggest` reaches only the one who ran it.

    Examples
    --------
    >>> import compkit
    >>> left_out(compkit.suggest("cis", "wsx", top=1, method="lexical"), "cis", "wsx")
    ''
    """
    from ..framework.io import load
    from .guards import bare

    fa, fb = load(fa), load(fb)
    ind = fa.indicators
    shown = set(bare(mappings["subject_id"]))
    left = ind[ind["indicator_id"].isin(polarity_gap(fa, fb)) & ~ind["indicator_id"].isin(shown)]
    if left.empty:
        return ""
    kinds = " or ".join(sorted(set(left["polarity"])))
    return (
        f"{len(left):,} of {len(ind):,} {fa.label} statements are not in this cross-walk: they are "
        f"{kinds} and {fb.label} has no {kinds} statement to match them with (e.g. "
        f"{left['text'].iloc[0]!r}). 'compkit crosswalk A B --cross-polarity' (in Python, "
        "suggest(..., cross_polarity=True)) matches them across polarity."
    )


def warn_polarity_gap(fa, fb) -> None:
    """Say, before any work, which statements of ``fa`` lack one of their polarity in ``fb``.

    A warning when some do (they get no row), an error when all do.
    """
    import warnings

    from ..errors import CompkitWarning
    from ..framework.io import load

    left = polarity_gap(fa, fb)
    if not len(left):
        return
    fa, fb = load(fa), load(fb)
    ind = fa.indicators.set_index("indicator_id")
    kinds = " or ".join(sorted(set(ind.loc[left, "polarity"])))
    text = " ".join(str(ind.loc[left.iloc[0], "text"]).split())
    example = text if len(text) <= 60 else text[:57].rstrip() + "..."
    what = (
        f"{len(left):,} of {len(ind):,} statements of {fa.label} have no candidate of their "
        f"polarity in {fb.label}, which has no {kinds} statement (e.g. {example!r}, "
        f"{left.iloc[0]})"
    )
    across = "cross_polarity=True (on the command line, --cross-polarity) matches across polarity"
    if len(left) == len(ind):
        raise UsageError(f"{what}: nothing to match; {across}")
    warnings.warn(f"{what}: left out; {across}", CompkitWarning, stacklevel=3)
