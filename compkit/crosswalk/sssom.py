"""Read and write cross-walks as SSSOM TSV: a commented YAML header, then one mapping per row.

A cross-walk holds suggestions and review decisions together. Each row has the four mandatory
SSSOM columns (``subject_id``, ``predicate_id``, ``object_id``, ``mapping_justification``), the
labels, each statement's competency (``subject_category``, a CURIE: ``cis:people``), the
method's similarity, and the review: reviewer, date, note (``comment``). Rejected
mappings carry ``predicate_modifier: Not``; "no counterpart" is ``object_id: sssom:NoTermFound``.
Extension slots, declared in the header's ``extension_definitions``, keep what SSSOM has no
slot for: ``review_status``, ``suggested_predicate_id``, ``match_score``, ``rank``, the two
statements' levels and polarities, and the method's ``explanation``. The header's
``curie_map`` declares every prefix the rows use.

Labels that a spreadsheet would run as a formula (starting ``=``, ``+``, ``-``, ``@``) are
written with a leading apostrophe, which :func:`read_sssom` removes again. This module writes;
:mod:`compkit.crosswalk.sssomread` reads and :mod:`compkit.crosswalk.sssomspec` holds the
vocabulary both share (every name is still reached from here).
"""

from __future__ import annotations

import os
import re
from pathlib import Path

import pandas as pd
import yaml

from .. import _atomic
from ..errors import CrosswalkError, Problem
from ._sssomrows import category_curies
from .guards import not_suggestions, require_frameworks, require_mappings
from .sssomprefix import ID_COLUMNS, file_prefixes, header_prefixes, renamed, renamed_header
from .sssomread import read_sssom
from .sssomspec import (
    BASE_IRI,
    BUILT_IN,
    CROSSWALK_COLUMNS,
    EXTENSION_SLOTS,
    FORMULA,
    JUSTIFICATIONS,
    MANDATORY,
    NO_TERM,
    PREDICATES,
    REVIEW_STATUSES,
    columns_of,
    curie_prefix,
)

__all__ = ["BASE_IRI", "CROSSWALK_COLUMNS", "EXTENSION_SLOTS", "JUSTIFICATIONS", "NO_TERM",
           "PREDICATES", "REVIEW_STATUSES", "read_sssom", "require_frameworks",
           "require_mappings", "write_sssom"]  # fmt: skip


_TYPES = {"match_score": "xsd:double", "rank": "xsd:integer"}


def _meta(frame: pd.DataFrame, meta: dict | None, back: dict | None = None) -> dict:
    back = back or {}  # a file prefix -> the framework id whose IRI it is declared with
    used = set()
    for col in ("subject_id", "predicate_id", "object_id", "mapping_justification"):
        used |= {curie_prefix(v) for v in frame[col].dropna().unique()}
    used.discard("")
    frameworks = sorted(used - set(BUILT_IN))
    subjects = sorted({curie_prefix(v) for v in frame["subject_id"]} - {""})
    objects = sorted({curie_prefix(v) for v in frame["object_id"]} - {"", "sssom"})
    ids = [back.get(p, p) for p in subjects + objects]
    name = "-".join(ids) or "crosswalk"
    out = {
        "curie_map": {p: BASE_IRI + back.get(p, p) + "/" for p in frameworks}
        | {p: BUILT_IN[p] for p in ("skos", "semapv", "sssom", "compkit")},
        "mapping_set_id": f"{BASE_IRI}crosswalks/{name}.sssom.tsv",
        "mapping_set_title": f"Cross-walk {' to '.join(ids)} (compkit)",
        # no licence is chosen for the user: SSSOM's own value for "none stated" (give one in meta=)
        "license": "https://w3id.org/sssom/license/unspecified",
        "subject_source": f"{subjects[0]}:" if subjects else "",
        "object_source": f"{objects[0]}:" if objects else "",
        "subject_type": "skos concept",  # statements related by SKOS mapping predicates
        "object_type": "skos concept",
        "mapping_tool": "compkit",
        "extension_definitions": [
            {
                "slot_name": slot,
                "property": f"compkit:{slot}",
                "type_hint": _TYPES.get(slot, "xsd:string"),
            }
            for slot in EXTENSION_SLOTS
        ],
    }
    out.update(
        {k: v for k, v in (meta or {}).items() if k not in ("curie_map", "extension_definitions")}
    )
    out["curie_map"].update((meta or {}).get("curie_map", {}))
    out["curie_map"].setdefault("xsd", "http://www.w3.org/2001/XMLSchema#")
    tools = frame["mapping_tool"]
    if (tools.notna() & tools.astype(str).ne("")).any():
        # a propagatable slot set on the rows: SSSOM readers ignore the set's value (no
        # propagation when any record has one), so the header would only contradict the rows
        out.pop("mapping_tool", None)
    return {k: v for k, v in out.items() if v not in (None, "")}


#: A formula's first character after a line break inside a value (some programs split cells
#: there), which gets the same leading ``'`` as a value starting with one.
_INNER_FORMULA = re.compile(r"([\r\n])([=+\-@])")


def _in_use(curie_map, frame: pd.DataFrame, header: dict | None = None) -> dict:
    """A read header's prefixes less a framework's no row, nor the header, names any more.

    A cross-walk carried to a new version drops the old one's prefix; one pruned to some rows
    keeps the prefix its ``object_source`` (or any other header entry) names.

    Examples
    --------
    >>> f = pd.DataFrame({"subject_id": ["a:1"], "object_id": ["b-2:x"]})
    >>> _in_use({"a": BASE_IRI + "a/", "b": BASE_IRI + "b/", "o": "https://o.org/"}, f)
    {'a': 'https://w3id.org/compkit/a/', 'o': 'https://o.org/'}
    >>> sorted(_in_use({"a": BASE_IRI + "a/", "b": BASE_IRI + "b/"}, f, {"object_source": "b:"}))
    ['a', 'b']
    """
    cols = [c for c in ID_COLUMNS if c in frame.columns]
    used = {curie_prefix(v) for c in cols for v in frame[c].dropna().unique()}
    used |= header_prefixes(header)
    framework = re.compile(re.escape(BASE_IRI) + r"(?!vocab/|crosswalks/)[^/]+/$")
    return {
        p: iri
        for p, iri in (curie_map if isinstance(curie_map, dict) else {}).items()
        if p in used or p in BUILT_IN or not framework.match(str(iri))
    }


def _guard(value):
    if isinstance(value, str):
        if value.startswith(FORMULA):
            value = "'" + value
        if "\r" in value or "\n" in value:
            value = _INNER_FORMULA.sub(r"\1'\2", value)
    return value


def _carriage(column: pd.Series) -> bool:
    """Whether a column holds a text with a carriage return."""
    return any(isinstance(v, str) and "\r" in v for v in column)


def write_sssom(
    mappings: pd.DataFrame, path: str | os.PathLike, *, meta: dict | None = None
) -> Path:
    r"""Write a cross-walk as SSSOM TSV with its YAML header, atomically.

    Parameters
    ----------
    mappings : pandas.DataFrame
        A cross-walk frame (:data:`CROSSWALK_COLUMNS`; missing optional columns are left empty;
        any other column, such as one a reviewer added in a spreadsheet, is written after them).
    path : path
        The file to write (its folder is created).
    meta : dict, optional
        Header entries to add or override (``mapping_set_title``, ``license``, ...);
        ``curie_map`` entries are added to the generated ones. A frame read by
        :func:`read_sssom` keeps its header (``attrs["sssom"]``): its entries are written
        again, ``meta`` overriding them.

    Returns
    -------
    pathlib.Path
        The written file.

    Examples
    --------
    >>> import compkit
    >>> import tempfile, pathlib, pandas as pd
    >>> frame = pd.DataFrame({"subject_id": ["cis:people-l1-1"], "predicate_id":
    ...     ["skos:closeMatch"], "object_id": ["wsx:qualities-core-4"],
    ...     "mapping_justification": ["semapv:ManualMappingCuration"]})
    >>> out = compkit.write_sssom(frame, pathlib.Path(tempfile.mkdtemp()) / "x.sssom.tsv")
    >>> out.read_text().splitlines()[0]
    '# curie_map:'
    >>> compkit.read_sssom(out)[["subject_id", "object_id"]].values.tolist()
    [['cis:people-l1-1', 'wsx:qualities-core-4']]
    """
    not_suggestions(mappings, "write_sssom")
    path = _atomic.as_path(path)
    if meta is not None and not isinstance(meta, dict):
        raise CrosswalkError(None, [Problem("", f"meta must be a mapping, not {meta!r}")])
    if not isinstance((meta or {}).get("curie_map", {}), dict):
        said = "meta's curie_map must map prefixes to IRIs ({'cis': 'https://...'}), not "
        said += repr(meta["curie_map"])
        raise CrosswalkError(None, [Problem("", said[:300])])
    frame = category_curies(mappings.reindex(columns=columns_of(mappings)))  # and their own
    rejected = frame["review_status"].astype(str).eq("rejected")
    frame["predicate_modifier"] = frame["predicate_modifier"].astype(object).mask(rejected, "Not")
    for col in ("similarity_score", "match_score"):  # -0.0 is written 0.0
        frame[col] = frame[col].map(lambda v: 0.0 if isinstance(v, float) and v == 0 else v)
    kept = mappings.attrs.get("sssom")
    if isinstance(kept, dict):  # a read frame's header, what ``meta`` says winning
        given = (meta or {}).get("curie_map", {})
        meta = {**kept, **(meta or {})}
        meta["curie_map"] = {**_in_use(kept.get("curie_map"), frame, meta), **given}
    missing = [c for c in MANDATORY if frame[c].isna().any() or (frame[c] == "").any()]
    if missing:
        raise CrosswalkError(
            None,
            [Problem("", f"cannot write {path}: empty mandatory column(s) {', '.join(missing)}")],
        )
    # a framework id other tools would not read as a prefix is written under one they do
    declared = (meta or {}).get("curie_map")  # and a framework's the header names (its source)
    declared = declared if isinstance(declared, dict) else {}
    names = file_prefixes(
        [p for col in ("subject_id", "object_id") for p in map(curie_prefix, frame[col].dropna())]
        + [p for p in header_prefixes(meta) if declared.get(p) == f"{BASE_IRI}{p}/"]
    )
    frame, meta = renamed(frame, names), renamed_header(meta, names)
    back = {v: k for k, v in names.items()}
    header = yaml.safe_dump(
        _meta(frame, meta, back), sort_keys=False, allow_unicode=True, width=1000
    )
    guarded = frame.map(_guard)
    # a value holding a bare carriage return is quoted only when it ends lines too
    eol = "\r\n" if any(_carriage(guarded[c]) for c in guarded.columns) else "\n"
    body = guarded.to_csv(sep="\t", index=False, lineterminator=eol, na_rep="")
    text = "".join(f"# {line}{eol}" for line in header.splitlines()) + body
    return _atomic.write_text(path, text)
