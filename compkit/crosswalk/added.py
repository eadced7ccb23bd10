"""A pair the reviewer adds: its statements' text, competency, level and polarity filled in.

When the counterpart a reviewer finds is none of the suggested candidates, :func:`decide
<compkit.crosswalk.decide>` adds the pair. :func:`added_row` fills its row as a suggested pair's
is (the object statement word for word, its competency, level and polarity, from the object
framework: given as ``b``, or bundled; else as the cross-walk has it for another statement),
so that the SSSOM file, the workbook and the level alignment read it like any other pair, never
a blank statement. :func:`fill_statements` does the same for the rows of a file that name only
their pair (added by hand, or written by another SSSOM tool with the mandatory columns alone).
"""

from __future__ import annotations

import pandas as pd

from ..errors import UsageError
from .guards import NO_TERM, bundled_framework, prefix_of, prefixes

__all__ = ["added_row", "fill_statements", "object_framework"]


def object_framework(crosswalk: pd.DataFrame, b):
    """The framework of a cross-walk's objects: ``b`` (checked against the ids), else bundled.

    Returns ``None`` when ``b`` is not given and the objects' prefix names no bundled framework.

    Raises
    ------
    compkit.UsageError
        When ``b`` cannot be loaded, or is not the framework the object ids name.

    Examples
    --------
    >>> cw = pd.DataFrame({"subject_id": ["cis:people-l1-1"], "object_id": ["wsx:work-core-9"]})
    >>> object_framework(cw, None).id, object_framework(cw, "wsx").id
    ('wsx', 'wsx')
    >>> object_framework(cw, "cis")
    Traceback (most recent call last):
    ...
    compkit.errors.UsageError: decide: b is CiS (cis), but the cross-walk's objects are \
statements of wsx; expected the framework its object ids name
    """
    prefix = prefixes(crosswalk)[1]
    if b is None:
        return bundled_framework(prefix) if prefix else None
    _, fw = prefix_of(b)
    if fw is None:
        raise UsageError(
            f"decide: b {b!r} is no framework; expected a Framework, a bundled id or the path "
            "of a framework file"
        )
    if prefix and fw.id != prefix:
        raise UsageError(
            f"decide: b is {fw.label} ({fw.id}), but the cross-walk's objects are statements "
            f"of {prefix}; expected the framework its object ids name"
        )
    return fw


def _statement(fw, curie: str) -> pd.Series | None:
    if fw is None or curie == NO_TERM:
        return None
    ind = fw.indicators
    hit = ind[ind["indicator_id"] == curie.split(":", 1)[-1]]
    return None if hit.empty else hit.iloc[0]


def added_row(
    crosswalk: pd.DataFrame,
    subject_id: str,
    object_id: str,
    predicate: str | None,
    labels: dict | None,
    fb,
) -> dict:
    """The row of a pair the cross-walk lacks, before the decision is recorded on it.

    The subject's fields come from the cross-walk's other rows of that subject; the object's
    from ``fb`` (its statement word for word), else from a row where another statement has it,
    else its text in ``labels``.

    Examples
    --------
    >>> import compkit
    >>> from compkit.crosswalk import to_crosswalk
    >>> cw = to_crosswalk(compkit.suggest("cis", "wsx", top=1), subject="cis", object="wsx")
    >>> row = added_row(cw, "cis:people-l1-1", "wsx:work-core-9", None, None,
    ...                 compkit.load("wsx"))
    >>> row["object_label"][:22], row["object_category"], row["object_level"]
    ('Has good IT skills and', 'work', 'core')
    """
    labels = labels or {}
    base = crosswalk[crosswalk["subject_id"] == subject_id].head(1)

    def first(col: str) -> str:
        return base[col].iloc[0] if len(base) and col in base else ""

    row = {
        "subject_id": subject_id,
        "subject_label": labels.get(subject_id, first("subject_label")),
        "subject_category": first("subject_category"),
        "subject_level": first("subject_level"),
        "subject_polarity": first("subject_polarity"),
        "predicate_id": predicate or "skos:closeMatch",
        "object_id": object_id,
        "object_label": "" if object_id == NO_TERM else labels.get(object_id, ""),
        "suggested_predicate_id": "",
    }
    found = _statement(fb, object_id)
    same = crosswalk[crosswalk["object_id"] == object_id].head(1)
    if found is not None:
        row.update(
            object_label=found["text"],
            object_category=found["competency_id"],
            object_level=found["level"],
            object_polarity=found["polarity"],
        )
    elif len(same) and object_id != NO_TERM:  # suggested for another statement: as written there
        for col in ("object_label", "object_category", "object_level", "object_polarity"):
            row[col] = same[col].iloc[0]
    return row


_FIELDS = {"label": "text", "category": "competency_id", "level": "level", "polarity": "polarity"}


def fill_statements(crosswalk: pd.DataFrame, fa, fb) -> pd.DataFrame:
    """A cross-walk whose empty statement, competency, level and polarity cells are filled.

    Each from its framework by the row's id, word for word; cells the file fills are kept as
    it has them. A frame that is not a cross-walk (suggestions) is returned as it is.

    Examples
    --------
    >>> import compkit
    >>> cw = pd.DataFrame({"subject_id": ["cis:people-l1-1"], "subject_label": [""],
    ...     "object_id": ["wsx:work-core-9"], "object_label": ["as the file has it"],
    ...     "review_status": ["accepted"]})
    >>> out = fill_statements(cw, compkit.load("cis"), compkit.load("wsx"))
    >>> out.loc[0, ["subject_label", "subject_level", "object_label", "object_level"]].tolist()
    ['I take responsibility for my own wellbeing, managing my workload and proactively seek \
and take up learning opportunities for myself.', 'l1', 'as the file has it', 'core']
    """
    if "review_status" not in crosswalk.columns:
        return crosswalk
    out = crosswalk.copy()
    for side, fw in (("subject", fa), ("object", fb)):
        ind = fw.indicators.set_index("indicator_id")
        ids = out[f"{side}_id"].astype(str).str.split(":", n=1).str[-1]
        for slot, field in _FIELDS.items():
            col = f"{side}_{slot}"
            known = ids.map(ind[field])
            have = out[col] if col in out.columns else pd.Series("", index=out.index)
            empty = have.isna() | (have.astype(str).str.strip() == "")
            out[col] = have.where(~empty | known.isna(), known)
    return out
