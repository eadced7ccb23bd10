"""Read and write cross-walks as SSSOM TSV: a commented YAML header, then one mapping per row.

A cross-walk holds suggestions and review decisions together. Each row has the four mandatory
SSSOM columns (``subject_id``, ``predicate_id``, ``object_id``, ``mapping_justification``), the
labels, the method's similarity, and the review: reviewer, date, note (``comment``). Rejected
mappings carry ``predicate_modifier: Not``; "no counterpart" is ``object_id: sssom:NoTermFound``.
Extension slots, declared in the header's ``extension_definitions``, keep what SSSOM has no
slot for: ``review_status``, ``suggested_predicate_id``, ``match_score``, ``rank``, the two
statements' levels and polarities, and the method's ``explanation``. The header's
``curie_map`` declares every prefix the rows use.

Labels that a spreadsheet would run as a formula (starting ``=``, ``+``, ``-``, ``@``) are
written with a leading apostrophe, which :func:`read_sssom` removes again.
"""

from __future__ import annotations

import io
import os
import re
from pathlib import Path

import pandas as pd

from ..errors import CrosswalkError, Problem
from .guards import NO_TERM, require_frameworks, require_mappings

__all__ = [
    "BASE_IRI",
    "CROSSWALK_COLUMNS",
    "EXTENSION_SLOTS",
    "JUSTIFICATIONS",
    "NO_TERM",
    "PREDICATES",
    "REVIEW_STATUSES",
    "read_sssom",
    "require_frameworks",
    "require_mappings",
    "write_sssom",
]

#: IRI base of framework indicators: ``cis:people-l1-1`` expands to ``BASE_IRI + "cis/..."``.
BASE_IRI = "https://w3id.org/compkit/"
#: SKOS mapping predicates a cross-walk may use.
PREDICATES = (
    "skos:exactMatch",
    "skos:closeMatch",
    "skos:broadMatch",
    "skos:narrowMatch",
    "skos:relatedMatch",
)
#: SEMAPV justifications: manual review, or the matching method that suggested the mapping.
JUSTIFICATIONS = {
    "manual": "semapv:ManualMappingCuration",
    "review": "semapv:MappingReview",
    "lexical": "semapv:LexicalSimilarityThresholdMatching",
    "embedding": "semapv:SemanticSimilarityThresholdMatching",
    "hybrid": "semapv:CompositeMatching",
}
#: Review states: a suggestion not yet reviewed, then what the reviewer decided.
REVIEW_STATUSES = ("suggested", "accepted", "rejected", "unsure", "changed", "no_match")
#: Extension slots (non-standard SSSOM columns) and what they hold.
EXTENSION_SLOTS = {
    "review_status": "review state: " + ", ".join(REVIEW_STATUSES),
    "suggested_predicate_id": "the relation the method suggested (differs when changed)",
    "match_score": "the ranking score the method gave (hybrid: includes context)",
    "rank": "the candidate's rank among the subject's suggestions",
    "subject_level": "the subject indicator's level",
    "object_level": "the object indicator's level",
    "subject_polarity": "the subject indicator's polarity: effective or ineffective",
    "object_polarity": "the object indicator's polarity: effective or ineffective",
    "explanation": "why the method suggested the pair: shared words and each signal's share",
    "review_history": "earlier decisions on the pair, oldest first (date, reviewer, decision)",
}
#: Columns of a cross-walk frame, in file order.
CROSSWALK_COLUMNS = [
    "subject_id",
    "subject_label",
    "subject_category",
    "predicate_id",
    "predicate_modifier",
    "object_id",
    "object_label",
    "object_category",
    "mapping_justification",
    "similarity_score",
    "similarity_measure",
    "mapping_tool",
    "reviewer_label",
    "mapping_date",
    "comment",
    *EXTENSION_SLOTS,
]
MANDATORY = ("subject_id", "predicate_id", "object_id", "mapping_justification")
_BUILT_IN = {
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "semapv": "https://w3id.org/semapv/vocab/",
    "sssom": "https://w3id.org/sssom/",
    "compkit": BASE_IRI + "vocab/",
}
_NUMERIC = ("similarity_score", "match_score", "rank")
_TYPES = {"match_score": "xsd:double", "rank": "xsd:integer"}
_FORMULA = ("=", "+", "-", "@")
_CURIE = re.compile(r"^([A-Za-z_][A-Za-z0-9_.-]*):(\S+)$")


def _prefix(curie: str) -> str:
    m = _CURIE.match(str(curie))
    return m.group(1) if m else ""


def _meta(frame: pd.DataFrame, meta: dict | None) -> dict:
    used = set()
    for col in ("subject_id", "predicate_id", "object_id", "mapping_justification"):
        used |= {_prefix(v) for v in frame[col].dropna().unique()}
    used.discard("")
    frameworks = sorted(used - set(_BUILT_IN))
    subjects = sorted({_prefix(v) for v in frame["subject_id"]} - {""})
    objects = sorted({_prefix(v) for v in frame["object_id"]} - {"", "sssom"})
    name = "-".join(subjects + objects) or "crosswalk"
    out = {
        "curie_map": {p: BASE_IRI + p + "/" for p in frameworks}
        | {p: _BUILT_IN[p] for p in ("skos", "semapv", "sssom", "compkit")},
        "mapping_set_id": f"{BASE_IRI}crosswalks/{name}.sssom.tsv",
        "mapping_set_title": f"Cross-walk {' to '.join(subjects + objects)} (compkit)",
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
    for key in ("subject_source", "object_source"):
        if not out[key]:
            out.pop(key)
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
_INNER_GUARD = re.compile(r"([\r\n])'([=+\-@])")


def _guard(value):
    if isinstance(value, str):
        if value.startswith(_FORMULA):
            value = "'" + value
        if "\r" in value or "\n" in value:
            value = _INNER_FORMULA.sub(r"\1'\2", value)
    return value


def _carriage(column: pd.Series) -> bool:
    """Whether a column holds a text with a carriage return."""
    if not (column.dtype == object or pd.api.types.is_string_dtype(column)):
        return False
    try:
        return bool(column.str.contains("\r", regex=False, na=False).any())
    except AttributeError:  # no text in it at all
        return False


def write_sssom(
    mappings: pd.DataFrame, path: str | os.PathLike, *, meta: dict | None = None
) -> Path:
    r"""Write a cross-walk as SSSOM TSV with its YAML header, atomically.

    Parameters
    ----------
    mappings : pandas.DataFrame
        A cross-walk frame (:data:`CROSSWALK_COLUMNS`; missing optional columns are left empty).
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
    >>> import tempfile, pathlib, pandas as pd
    >>> frame = pd.DataFrame({"subject_id": ["cis:people-l1-1"], "predicate_id":
    ...     ["skos:closeMatch"], "object_id": ["wsx:qualities-core-4"],
    ...     "mapping_justification": ["semapv:ManualMappingCuration"]})
    >>> out = write_sssom(frame, pathlib.Path(tempfile.mkdtemp()) / "x.sssom.tsv")
    >>> out.read_text().splitlines()[0]
    '# curie_map:'
    >>> read_sssom(out)[["subject_id", "object_id"]].values.tolist()
    [['cis:people-l1-1', 'wsx:qualities-core-4']]
    """
    require_mappings(mappings, "write_sssom")
    import yaml

    from .. import _atomic

    frame = mappings.reindex(columns=CROSSWALK_COLUMNS)
    for col in ("similarity_score", "match_score"):  # -0.0 is written 0.0
        frame[col] = frame[col].map(lambda v: 0.0 if isinstance(v, float) and v == 0 else v)
    kept = mappings.attrs.get("sssom")
    if isinstance(kept, dict):  # a read frame's header, what ``meta`` says winning
        curies = {**(kept.get("curie_map") or {}), **(meta or {}).get("curie_map", {})}
        meta = {**kept, **(meta or {}), "curie_map": curies}
    missing = [c for c in MANDATORY if frame[c].isna().any() or (frame[c] == "").any()]
    if missing:
        raise CrosswalkError(
            None,
            [Problem("", f"cannot write {path}: empty mandatory column(s) {', '.join(missing)}")],
        )
    header = yaml.safe_dump(_meta(frame, meta), sort_keys=False, allow_unicode=True, width=1000)
    guarded = frame.map(_guard)
    # a value holding a bare carriage return is quoted only when it ends lines too
    eol = "\r\n" if any(_carriage(guarded[c]) for c in guarded.columns) else "\n"
    body = guarded.to_csv(sep="\t", index=False, lineterminator=eol, na_rep="")
    text = "".join(f"# {line}{eol}" for line in header.splitlines()) + body
    return _atomic.write_text(path, text)


def read_sssom(path: str | os.PathLike) -> pd.DataFrame:
    """Read a cross-walk (SSSOM TSV); the header is kept in ``frame.attrs["sssom"]``.

    ``path`` is a file, or the name of a cross-walk shipped in ``data/crosswalks/`` (``cis-wsx``).

    Every problem is reported at once with its line: a missing mandatory column, an empty
    mandatory value, an undeclared prefix, a predicate that is not SKOS, a justification that
    is not SEMAPV, an unknown review status.

    Raises
    ------
    compkit.CrosswalkError
        When the file cannot be used (the message names each bad line and value).

    Examples
    --------
    >>> cw = read_sssom("cis-wsx")
    >>> cw["review_status"].value_counts()["no_match"]
    np.int64(3)
    """
    import yaml

    path = Path(path)
    if not path.exists() and path.parent == Path() and not path.suffix:
        from ..framework.io import data_dir

        path = data_dir() / "crosswalks" / f"{path.name}.sssom.tsv"
    from ..errors import InputError
    from ..framework.limits import read_text

    if not path.exists():
        raise CrosswalkError(path, [Problem("", "no such cross-walk file")])
    try:
        text = read_text(path)  # size, encoding, not a folder
    except InputError as exc:
        raise CrosswalkError(path, [Problem("", str(exc).removeprefix(f"{path}: "))]) from None
    # the header is the "#" lines at the top; the table is the rest, as written (a value may
    # hold a line break, even one followed by "#")
    lines, at = [], 0
    while at < len(text) and text.startswith(("#", '"#'), at):
        end = text.find("\n", at)
        end = len(text) if end < 0 else end + 1
        lines.append(_unpadded(text[at:end]))
        at = end
    head = [ln[1:].removeprefix(" ").replace("\r\n", "\n") for ln in lines]
    n_head = len(head)
    try:
        meta = yaml.safe_load("".join(head)) or {}
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark else 1
        raise CrosswalkError(path, [Problem("", f"bad YAML header: {exc}", line)]) from None
    body = text[at:]
    if not body.strip():
        raise CrosswalkError(path, [Problem("", "no mapping table after the header", n_head + 1)])
    frame = pd.read_csv(io.StringIO(body), sep="\t", dtype=str, keep_default_na=False)
    problems = _check(frame, meta if isinstance(meta, dict) else {}, n_head)
    if problems:
        raise CrosswalkError(path, problems)
    frame = frame.reindex(
        columns=[*CROSSWALK_COLUMNS, *(c for c in frame if c not in CROSSWALK_COLUMNS)],
        fill_value="",
    )
    for col in frame.columns:
        if frame[col].dtype == object or pd.api.types.is_string_dtype(frame[col]):
            risky = frame[col].str.match(r"^'[=+\-@]", na=False)
            frame.loc[risky, col] = frame.loc[risky, col].str[1:]
            inner = frame[col].str.contains(r"[\r\n]'[=+\-@]", na=False)
            frame.loc[inner, col] = frame.loc[inner, col].str.replace(
                _INNER_GUARD, r"\1\2", regex=True
            )
    for col in _NUMERIC:
        frame[col] = pd.to_numeric(frame[col].replace("", None), errors="coerce")
    frame["review_status"] = frame["review_status"].replace("", "suggested")
    frame.attrs["sssom"] = meta
    return frame


def _unpadded(line: str) -> str:
    r"""A header line as written, when a spreadsheet saved the file again.

    LibreOffice and Excel pad each ``#`` line with a tab per column of the table and put one
    holding a double quote in quotes; read as they were, the header is no longer YAML.

    Examples
    --------
    >>> _unpadded("# license: x\t\t\t\n"), _unpadded('"# title: ""A"" to B"\t\t\n')
    ('# license: x\n', '# title: "A" to B\n')
    >>> _unpadded("cis:a\tskos:closeMatch\t\t\n")  # a row keeps its empty cells
    'cis:a\tskos:closeMatch\t\t\n'
    """
    if line.startswith('"#'):
        bare = line.rstrip("\t\r\n")
        if bare.endswith('"'):
            line = bare[1:-1].replace('""', '"') + "\n"
    if line.startswith("#"):
        return line.rstrip("\t\r\n") + "\n"
    return line


def _check(frame: pd.DataFrame, meta: dict, n_head: int) -> list[Problem]:
    problems = []
    missing = [col for col in MANDATORY if col not in frame.columns]
    if missing:
        s = "s" if len(missing) > 1 else ""
        return [
            Problem(
                "",
                f"missing mandatory column{s} {', '.join(missing)} in the table's header row "
                f"(found: {', '.join(map(str, frame.columns[:6])) or 'none'}); SSSOM needs "
                f"{', '.join(MANDATORY)}",
                n_head + 1,
            )
        ]
    declared = set(meta.get("curie_map") or {}) | {"sssom", "skos", "semapv"}
    for i, row in enumerate(frame.itertuples(index=False), start=n_head + 2):
        rec = row._asdict()
        for col in MANDATORY:
            if not rec[col]:
                problems.append(Problem("", f"empty {col}", i))
        for col in ("subject_id", "object_id"):
            p = _prefix(rec[col])
            if rec[col] and p not in declared:
                problems.append(
                    Problem(
                        "",
                        f"{col} {rec[col]!r}: prefix {p or '(none)'!r} is not "
                        "declared in the header's curie_map",
                        i,
                    )
                )
        if rec["predicate_id"] and rec["predicate_id"] not in PREDICATES:
            problems.append(
                Problem(
                    "",
                    f"predicate_id {rec['predicate_id']!r} is not a SKOS "
                    f"mapping predicate; expected one of: {', '.join(PREDICATES)}",
                    i,
                )
            )
        just = rec["mapping_justification"]
        if just and not str(just).startswith("semapv:"):
            problems.append(
                Problem(
                    "",
                    f"mapping_justification {just!r} is not a SEMAPV term "
                    "(e.g. semapv:ManualMappingCuration)",
                    i,
                )
            )
        modifier = rec.get("predicate_modifier", "")
        if modifier not in ("", "Not"):
            problems.append(
                Problem("", f"predicate_modifier {modifier!r}: expected Not or empty", i)
            )
        status = rec.get("review_status", "")
        if status not in ("", *REVIEW_STATUSES):
            problems.append(
                Problem(
                    "",
                    f"review_status {status!r}: expected one of: {', '.join(REVIEW_STATUSES)}",
                    i,
                )
            )
    return problems
