"""The workbook's "No counterpart" sheet: statements with no counterpart, and who said so.

On suggestions, the statements the method found no credible counterpart for. On a cross-walk
under review, both the statements a reviewer marked "no counterpart" and those the method
flagged (``unmatched``: the comment of their undecided rows) that no reviewer has settled yet,
each statement once, told apart by a column saying whose word it is.
"""

from __future__ import annotations

import pandas as pd

from .pairs import _bare, _names
from .review import NO_CREDIBLE

__all__ = ["no_counterpart", "unmatched"]

_UNMATCHED_CROSSWALK = ("subject_id", "subject_label", "subject_category", "subject_level",
                        "reviewer_label", "comment")  # fmt: skip
_UNMATCHED_SUGGESTIONS = ("subject_id", "subject_label", "subject_competency", "subject_level",
                          "object_id", "object_label", "score", "zscore",
                          "unmatched", "rank")  # fmt: skip
#: Whose word a row of the sheet is: a reviewer's decision or the method's flag
REVIEWER, METHOD = "reviewer", "method"


def _is_crosswalk(mappings) -> bool:
    columns = getattr(mappings, "columns", ())
    return "review_status" in columns and "mapping_justification" in columns


def unmatched(mappings: pd.DataFrame) -> pd.DataFrame:
    """Subjects with no credible counterpart (suggestions) or marked "no match" (cross-walk).

    Raises
    ------
    compkit.UsageError
        When ``mappings`` has neither the columns of suggestions nor those of a cross-walk.

    See Also
    --------
    no_counterpart : on a cross-walk, the method's flags not yet reviewed as well.

    Examples
    --------
    >>> import compkit
    >>> unmatched(compkit.read_sssom("cis-wsx"))["subject_id"].tolist()
    ['cis:brilliant-l3-3', 'cis:brilliant-l4-3', 'cis:equality-l4-3']
    """
    from .guards import require_mappings

    crosswalk = _is_crosswalk(mappings)
    wanted = _UNMATCHED_CROSSWALK if crosswalk else _UNMATCHED_SUGGESTIONS
    require_mappings(
        mappings,
        "unmatched",
        wanted,
        expected="suggestions (compkit.suggest: "
        "unmatched, rank) or a cross-walk (compkit.read_sssom: review_status)",
    )
    if crosswalk:  # once a statement, however many of its rows a reviewer marked so
        rows = mappings[mappings["review_status"] == "no_match"]
        rows = rows.drop_duplicates("subject_id")
    else:
        rows = mappings[mappings["unmatched"] & (mappings["rank"] == 1)]
    return rows[list(wanted[:-2] if not crosswalk else wanted)].reset_index(drop=True)


def no_counterpart(mappings: pd.DataFrame) -> pd.DataFrame:
    """Every statement with no counterpart, once, with whose word it is (``said_by``).

    :func:`unmatched`'s rows, then, on a cross-walk, the statements the method flagged whose
    rows are still undecided and that no reviewer has given a counterpart or marked:
    ``said_by`` is ``"reviewer"`` or ``"method"``, and ``also_flagged`` says a reviewer's
    "no counterpart" the method's flag agrees with (on rows still undecided beside it). In the
    order of the mappings.

    Examples
    --------
    >>> import compkit
    >>> from compkit.crosswalk import decide, to_crosswalk
    >>> s = compkit.suggest("cis", "wsx", top=2, backend="hashing")
    >>> s = s.assign(unmatched=s["subject_id"].isin(["people-l1-1", "people-l1-2"]))
    >>> cw = to_crosswalk(s, subject="cis", object="wsx")
    >>> cw = decide(cw, "cis:people-l1-3", None, "no_match", reviewer="Ann")
    >>> no_counterpart(cw)[["subject_id", "said_by"]].values.tolist()
    [['cis:people-l1-1', 'method'], ['cis:people-l1-2', 'method'], ['cis:people-l1-3', 'reviewer']]
    """
    marked = unmatched(mappings)
    if not _is_crosswalk(mappings):
        return marked.assign(said_by=METHOD, also_flagged=False)
    m = mappings
    undecided = m["review_status"].eq("suggested")
    flag = undecided & m["comment"].fillna("").astype(str).eq(NO_CREDIBLE)
    flagged = set(m.loc[flag, "subject_id"])
    settled = set(m.loc[~undecided & m["review_status"].ne("rejected"), "subject_id"])
    # a statement with a counterpart accepted, or marked unsure, is the reviewer's to say
    rows = m[flag & ~m["subject_id"].isin(settled)].drop_duplicates("subject_id")
    rows = rows.assign(reviewer_label="", comment="")[list(_UNMATCHED_CROSSWALK)]
    both = pd.concat(
        [
            marked.assign(said_by=REVIEWER, also_flagged=marked["subject_id"].isin(flagged)),
            rows.assign(said_by=METHOD, also_flagged=True),
        ],
        ignore_index=True,
    )
    order = {s: k for k, s in enumerate(dict.fromkeys(m["subject_id"]))}
    return both.sort_values("subject_id", key=lambda s: s.map(order), kind="stable").reset_index(
        drop=True
    )


def no_counterpart_sheet(mappings: pd.DataFrame, fa, fb) -> tuple[pd.DataFrame, dict[str, str]]:
    """The sheet's table in words, and what each column means (its id last, off paper)."""
    frame = no_counterpart(mappings)
    comp, level = _names(fa)
    comp_col = "subject_category" if "subject_category" in frame.columns else "subject_competency"
    a = fa.label
    cols = {
        f"{a} competency": frame[comp_col].map(comp).fillna(frame[comp_col]),
        f"{a} level": frame["subject_level"].map(level).fillna(frame["subject_level"]),
        f"{a} statement": frame["subject_label"],
    }
    meaning = {
        f"{a} competency": "its competency",
        f"{a} level": "its level",
        f"{a} statement": f"the {a} statements the method found no credible counterpart for "
        f"in {fb.label} (even the best candidates are weak)",
    }
    if _is_crosswalk(mappings):
        who = frame["reviewer_label"].fillna("").astype(str).str.replace("|", ", ")
        said = pd.Series(
            [
                (f"the reviewer ({w})" if w else "the reviewer")
                + (", the method too" if also else "")
                if by == REVIEWER
                else "the method (not yet reviewed)"
                for by, w, also in zip(frame["said_by"], who, frame["also_flagged"], strict=True)
            ],
            index=frame.index,
            dtype=object,
        )
        cols["Said by"] = said
        meaning[f"{a} statement"] = (
            f"the {a} statements with no counterpart in {fb.label}, each once: marked so by a "
            "reviewer, or flagged by the method and not yet reviewed"
        )
        meaning["Said by"] = (
            "who said it has none: the reviewer, who marked it 'no counterpart' (shown as "
            "'the reviewer (name)', or 'the reviewer (name), the method too' when the method "
            "flagged it as well), or the method, whose flag says even the best "
            f"{fb.label} candidates are weak and which no reviewer has settled yet ('the method "
            "(not yet reviewed)')"
        )
    cols[f"{a} id"] = _bare(frame["subject_id"])  # on screen, as in the pairs
    meaning[f"{a} id"] = "the statement's id; on screen, not printed"
    return pd.DataFrame(cols), meaning
