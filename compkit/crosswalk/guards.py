"""Guards of the cross-walk functions: refuse what is not a frame of mappings, or not theirs.

Each public function of :mod:`compkit.crosswalk` that takes mappings checks them here before any
work: :func:`require_mappings` that it got a DataFrame with the columns it reads,
:func:`require_frameworks` that the mappings run from the frameworks it was given (subject ids
statements of A, object ids statements of B), so that mappings are never written, aligned or
reviewed under the wrong frameworks' names; :func:`resolve_id` that an id a reviewer decides on
is one of the cross-walk's (a bare id gets its prefix).
"""

from __future__ import annotations

import difflib
import re
from pathlib import Path

import pandas as pd

from ..errors import UsageError

__all__ = [
    "NO_TERM",
    "bare",
    "binary_kind",
    "bundled_framework",
    "csv_export",
    "foreign",
    "not_suggestions",
    "prefixes",
    "require_crosswalk",
    "require_frameworks",
    "require_mappings",
    "require_same_frameworks",
    "resolve_id",
]

#: The object of a "no counterpart" decision.
NO_TERM = "sssom:NoTermFound"


def require_mappings(
    mappings,
    what: str,
    columns: tuple[str, ...] = ("subject_id", "object_id"),
    *,
    expected: str = "the columns of compkit.suggest or compkit.read_sssom",
):
    """Refuse anything but a frame of mappings, saying what was expected (before any work).

    Raises
    ------
    compkit.UsageError
        When ``mappings`` is not a DataFrame, or lacks the columns ``columns``.

    Examples
    --------
    >>> require_mappings(pd.DataFrame({"x": [1]}), "pending", ("subject_id", "review_status"))
    Traceback (most recent call last):
    ...
    compkit.errors.UsageError: pending: the mappings have no column 'subject_id', \
'review_status'; expected the columns of compkit.suggest or compkit.read_sssom
    """
    if not isinstance(mappings, pd.DataFrame):
        raise UsageError(
            f"{what} expects a DataFrame of mappings (from compkit.suggest or "
            f"compkit.read_sssom), not {type(mappings).__name__}"
        )
    missing = [c for c in columns if c not in mappings.columns]
    if missing:
        raise UsageError(
            f"{what}: the mappings have no column {', '.join(map(repr, missing))}; "
            f"expected {expected}"
        )


def _foreign(ids: pd.Series, fw, *, objects: bool) -> str | None:
    """The first id that is not a statement of ``fw`` (bare or prefixed with its id), if any."""
    known = set(fw.indicators["indicator_id"].astype(str))
    for value in pd.unique(ids.dropna().astype(str)):
        if value in known or (objects and value == NO_TERM):
            continue
        prefix, _, bare = value.partition(":")
        if prefix != fw.id or bare not in known:
            return value
    return None


def foreign(mappings: pd.DataFrame, fa, fb) -> tuple[str, str, object] | None:
    """The first (column, id, framework) whose id is not a statement of its side, if any.

    A negated pair (``predicate_modifier: Not``: rejected, or retired when a statement was
    deleted) is history and may name a statement the framework no longer has; so may a
    ``rejected`` row of suggestions honouring a reviewed cross-walk (the CSV's decided rows).
    """
    if "predicate_modifier" in mappings.columns:
        mappings = mappings[mappings["predicate_modifier"].fillna("").astype(str) != "Not"]
    if "review_status" in mappings.columns:
        mappings = mappings[mappings["review_status"].fillna("").astype(str) != "rejected"]
    for col, fw in (("subject_id", fa), ("object_id", fb)):
        bad = _foreign(mappings[col], fw, objects=col == "object_id")
        if bad is not None:
            return col, bad, fw
    return None


def bare(ids: pd.Series) -> pd.Series:
    """Ids without their prefix (``cis:people-l1-1`` -> ``people-l1-1``)."""
    return ids.astype(str).str.split(":", n=1).str[-1]


def not_suggestions(mappings, what: str) -> None:
    """Refuse suggestions where a cross-walk is needed, saying how to make one of them.

    Examples
    --------
    >>> not_suggestions(pd.DataFrame({"subject_id": ["a"], "object_id": ["b"], "zscore": [2.0]}),
    ...                 "write_sssom")
    Traceback (most recent call last):
    ...
    compkit.errors.UsageError: write_sssom: these are suggestions (compkit.suggest), not a \
cross-walk; write them with compkit.export_crosswalk(suggestions, path, a=..., b=...), or make \
them a cross-walk first: compkit.crosswalk.to_crosswalk(suggestions, subject=..., object=...)
    """
    require_mappings(mappings, what)
    if "mapping_justification" not in mappings.columns and "zscore" in mappings.columns:
        raise UsageError(
            f"{what}: these are suggestions (compkit.suggest), not a cross-walk; write them "
            "with compkit.export_crosswalk(suggestions, path, a=..., b=...), or make them a "
            "cross-walk first: compkit.crosswalk.to_crosswalk(suggestions, subject=..., "
            "object=...)"
        )


def prefixes(crosswalk: pd.DataFrame) -> tuple[str, str]:
    """The prefixes (framework ids) of a cross-walk's subjects and objects, the most used ones."""

    def most(ids: pd.Series) -> str:
        ids = ids.dropna().astype(str)
        found = ids[ids.str.contains(":") & (ids != NO_TERM)].str.split(":", n=1).str[0]
        return str(found.value_counts().index[0]) if len(found) else ""

    return most(crosswalk["subject_id"]), most(crosswalk["object_id"])


def prefix_of(framework) -> tuple[str, object]:
    """The CURIE prefix a framework gives its ids, and the framework when it can be loaded.

    A bundled id is its own prefix; a framework file's path gives that framework's id (a path
    is no prefix); any other text is taken as the prefix.

    >>> prefix_of("cis")[0], prefix_of("my-prefix")
    ('cis', ('my-prefix', None))
    """
    import os

    from ..framework.io import load

    if isinstance(framework, str) and (found := bundled_framework(framework)) is not None:
        return framework, found
    if isinstance(framework, os.PathLike) or (
        isinstance(framework, str)
        and (Path(framework).suffix.lower() in (".yaml", ".yml") or Path(framework).is_file())
    ):
        loaded = load(framework)
        return loaded.id, loaded
    if isinstance(framework, str):
        return framework, None
    return framework.id, framework


def bundled_framework(prefix: str):
    """The bundled framework a prefix names, or ``None``."""
    from ..framework.io import bundled, load

    return load(prefix) if prefix in bundled() else None


def require_crosswalk(frame, what: str) -> None:
    """Refuse anything but a cross-walk frame (with review columns), saying what to do."""
    require_mappings(
        frame,
        what,
        ("subject_id", "object_id", "predicate_id", "review_status"),
        expected="a cross-walk (compkit.read_sssom, or suggestions turned into one by "
        "compkit.crosswalk.to_crosswalk)",
    )


def require_same_frameworks(first: pd.DataFrame, second: pd.DataFrame, what: str) -> None:
    """Refuse two cross-walks that do not map the same frameworks in the same order."""
    if first.empty or second.empty:
        return
    one, two = prefixes(first), prefixes(second)
    if one != two:
        raise UsageError(
            f"{what}: the cross-walks do not map the same frameworks: the first runs from "
            f"{one[0] or '?'} to {one[1] or '?'}, the second from {two[0] or '?'} to "
            f"{two[1] or '?'}; expected two cross-walks of the same frameworks, in the same order"
        )
    fa, fb = bundled_framework(one[0]), bundled_framework(one[1])
    if fa is not None and fb is not None:
        for frame in (first, second):
            require_frameworks(frame, fa, fb, what)


def require_frameworks(
    mappings: pd.DataFrame,
    a,
    b,
    what: str,
    *,
    empty_ok: bool = True,
    names: tuple[str, str] = ("a", "b"),
):
    """Refuse mappings that do not run from framework ``a`` to framework ``b``.

    Every subject id must be a statement of ``a`` and every object id a statement of ``b``
    (bare, ``people-l1-1``, or prefixed with the framework's id, ``cis:people-l1-1``);
    ``sssom:NoTermFound`` is allowed as an object, and a negated pair (``Not``: rejected, or
    retired by :func:`compkit.carry_forward`) may name a statement the framework no longer
    has. ``names`` are the caller's names of the
    two framework arguments, for the message.

    Returns
    -------
    tuple of Framework
        The two frameworks, loaded.

    Raises
    ------
    compkit.UsageError
        Naming an offending id, and the order the mappings run in when it is the other one.

    Examples
    --------
    >>> frame = pd.DataFrame({"subject_id": ["cis:people-l1-1"], "object_id": ["wsx:work-core-9"]})
    >>> [fw.id for fw in require_frameworks(frame, "cis", "wsx", "export")]
    ['cis', 'wsx']
    >>> require_frameworks(frame, "wsx", "cis", "export")
    Traceback (most recent call last):
    ...
    compkit.errors.UsageError: export: subject_id 'cis:people-l1-1' is not a statement of \
WSX Mind (wsx); these mappings run from cis to wsx: give the frameworks in the cross-walk's \
order (a='cis', b='wsx')
    """
    from ..framework.io import load

    require_mappings(mappings, what)
    fa, fb = load(a), load(b)
    if not empty_ok and mappings.empty:
        raise UsageError(
            f"{what}: there are no mappings (the frame is empty); expected suggestions "
            "(compkit.suggest) or a cross-walk (compkit.read_sssom) with rows"
        )
    found = foreign(mappings, fa, fb)
    if found is not None:
        col, bad, fw = found
        swapped = _foreign(mappings["subject_id"], fb, objects=False) is None and (
            _foreign(mappings["object_id"], fa, objects=True) is None
        )
        order = (
            f"these mappings run from {fb.id} to {fa.id}: give the frameworks in the "
            f"cross-walk's order ({names[0]}={fb.id!r}, {names[1]}={fa.id!r})"
            if swapped
            else f"expected {fa.label} statements as subjects and {fb.label} statements as "
            "objects: give the frameworks in the cross-walk's order (subject framework first)"
        )
        prefix, _, local = str(bad).partition(":")
        if (
            not swapped
            and local
            and prefix != fw.id
            and local in set(fw.indicators["indicator_id"])
        ):
            order = (
                f"its statement {local!r} is one of {fw.id}'s, but its prefix {prefix!r} is not "
                f"{fw.id!r} ({_share(mappings[col], fw)}): a cross-walk of another version? "
                "compkit.carry_forward(crosswalk, old, new) carries it to this one"
            )
        elif not swapped and prefix == fw.id and _mostly(mappings[col], fw):
            ids = mappings[col].astype(str).tolist()
            near = difflib.get_close_matches(local, list(fw.indicators["indicator_id"]), n=1)
            order = (
                f"its prefix is {fw.id}'s but no statement has that id (row {ids.index(bad) + 1} "
                f"of the mappings; {_share(mappings[col], fw)}): correct an id mistyped by hand"
                + (f" (the nearest is {fw.id}:{near[0]})" if near else "")
                + f", or, if {fw.label} has changed since, carry the cross-walk forward "
                "(compkit.carry_forward(crosswalk, old, new))"
            )
        elif not swapped:
            order += f" ({_share(mappings[col], fw)})"
        raise UsageError(
            f"{what}: {col} {bad!r} is not a statement of {fw.label} ({fw.id}); {order}"
        )
    return fa, fb


def _mostly(ids: pd.Series, fw) -> bool:
    """Whether at least half of a column's ids (other than no-term) name ``fw``'s statements."""
    ids = ids.dropna().astype(str)
    ids = ids[ids != NO_TERM]
    known = set(fw.indicators["indicator_id"].astype(str)) | {
        f"{fw.id}:{i}" for i in fw.indicators["indicator_id"]
    }
    return bool(len(ids)) and ids.isin(known).mean() >= 0.5


def _share(ids: pd.Series, fw) -> str:
    """How many of a column's ids name ``fw``'s statements: ``"3 of 40 subject ids match"``."""
    ids = ids.dropna().astype(str)
    ids = ids[ids != NO_TERM]
    known = set(fw.indicators["indicator_id"].astype(str))
    named = ids.str.partition(":")
    ok = ids.isin(known) | ((named[0] == fw.id) & named[2].isin(known))
    return f"{int(ok.sum())} of {len(ids)} ids in that column are {fw.id}'s statements"


def resolve_id(
    out: pd.DataFrame, value, col: str, labels: dict | None = None, framework=None
) -> str:
    """An id as the cross-walk writes it: a bare id gets its prefix, an unknown id is refused.

    A subject must be one of the cross-walk's; an object may be new when it is a statement of
    the object framework (``framework``, else a bundled one) or ``labels`` gives its text.
    """
    value = str(value).strip()
    known = set(out[col].dropna().astype(str))
    prefix = prefixes(out)[0 if col == "subject_id" else 1]
    full = value if value.startswith(f"{prefix}:") or not prefix else f"{prefix}:{value}"
    if full in known or (not known and ":" in full):
        return full
    side = "subject" if col == "subject_id" else "object"
    fw = None
    if side == "object" and prefix and full.startswith(f"{prefix}:"):
        fw = framework if framework is not None else bundled_framework(prefix)
        ids = set(fw.indicators["indicator_id"]) if fw is not None else set()
        if full.split(":", 1)[1] in ids or full in (labels or {}) or value in (labels or {}):
            return full
    example = next(iter(sorted(known - {NO_TERM})), f"{prefix}:...")
    if side == "subject":
        where = "in the cross-walk"
    elif fw is not None:
        where = f"in the cross-walk nor a statement of {fw.label} ({fw.id})"
    else:
        raise UsageError(
            f"decide: object {value!r} is not in the cross-walk; to add a pair it does not "
            f"suggest, give the object framework (b=..., a Framework or its file) or the "
            f"statement's text (labels={{{full!r}: ...}}); its object ids are such as {example!r}"
        )
    raise UsageError(
        f"decide: {side} {value!r} is not {where}; expected one of its {side} ids, such as "
        f"{example!r} (bare ids get the prefix {prefix!r})"
    )


def binary_kind(path) -> str:
    r"""What a file that is not text holds, when its first bytes say (``""`` otherwise).

    A workbook given where a cross-walk file was expected is the usual case: compkit's
    cross-walk workbook is an output, not read back.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> p = pathlib.Path(tempfile.mkdtemp()) / "cw.xlsx"
    >>> _ = p.write_bytes(b"PK\x03\x04rest")
    >>> binary_kind(p).split(":")[0]
    'a workbook or other zip file (XLSX, DOCX), not SSSOM TSV text'
    """
    if not Path(path).is_file():  # a folder, a pipe (opening one waits for a writer), a device
        return ""
    try:
        with Path(path).open("rb") as handle:
            start = handle.read(8)
    except OSError:  # unreadable: the caller's message says so
        return ""
    if start.startswith(b"PK\x03\x04"):
        what = "a workbook or other zip file (XLSX, DOCX)"
    elif start.startswith(b"\xd0\xcf\x11\xe0"):
        what = "an old Office file (XLS, DOC)"
    elif start.startswith(b"%PDF"):
        what = "a PDF"
    else:
        return ""
    return (
        f"{what}, not SSSOM TSV text: give the SSSOM file (.sssom.tsv) the export was written "
        "from; a reviewer's picks in a cross-walk's workbook come back into it with "
        "'compkit take-review CROSSWALK.sssom.tsv WORKBOOK.xlsx --reviewer NAME'"
    )


def csv_export(columns: list[str]) -> str:
    """What a compkit CSV export given where SSSOM TSV was expected is (``""`` otherwise).

    ``columns`` are the table's header row as read with tabs (a CSV's is one cell).

    Examples
    --------
    >>> csv_export(["subject_id,subject_label,rank,object_id,predicate_id,score,in_set"])[:40]
    "compkit's table of suggestions in CSV (w"
    >>> csv_export(["subject_id", "predicate_id", "object_id", "mapping_justification"])
    ''
    """
    cells = columns if len(columns) > 1 else re.split(r"[,;]", columns[0] if columns else "")
    names = {c.strip().strip('"').lstrip("\ufeff") for c in cells}
    if {"subject_id", "object_id", "rank", "score", "in_set"} <= names and (
        "mapping_justification" not in names
    ):
        what = (
            "compkit's table of suggestions in CSV (what compkit crosswalk A B -o x.csv "
            "writes), which records no decisions"
        )
    elif len(columns) == 1 and {"subject_id", "object_id", "mapping_justification"} <= names:
        what = "a cross-walk exported as CSV (cells separated by commas, its '#' header gone)"
    else:
        return ""
    return (
        f"{what}, not SSSOM TSV; compkit does not read CSV exports back: give the SSSOM file "
        "(.sssom.tsv) the review was saved in; to start a review, write one: "
        "compkit crosswalk A B -o cw.sssom.tsv"
    )
