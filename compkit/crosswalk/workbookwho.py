"""Who decided each row of a reviewer's cross-walk workbook: its Reviewer column read back.

A workbook may pass through several hands before it comes back: each reviewer types their name
in the "Reviewer" column of the rows they decide. A name typed there is who decided that row,
and beats the ``--reviewer`` given to ``compkit take-review`` (the name for every decided row
whose Reviewer cell is empty, or shows, as written, who decided the pair before). A row whose
decision is left as it was but whose Reviewer names someone new records that reviewer's
decision (the earlier one kept in its history), as a Date typed alone does. :func:`who` reads
one row's cell; :func:`spellings` gathers the names already known, so that a name typed in
other capitals or spaces ("a.  analyst") is recorded as it is spelt elsewhere.
"""

from __future__ import annotations

from ..errors import Problem

__all__ = ["earlier", "shown_reviewer", "spellings", "who"]

#: What a formula's error shows in a cell (openpyxl reads its stored value).
FORMULA_ERRORS = ("#NAME?", "#VALUE!", "#REF!", "#DIV/0!", "#N/A", "#NUM!", "#NULL!")


def _plain(name: str) -> str:
    return " ".join(name.split()).casefold()


def shown_reviewer(label) -> str:
    """A pair's reviewers as its workbook row shows them (``A|B`` as ``A, B``)."""
    return ", ".join(n.strip() for n in label.split("|")) if isinstance(label, str) else ""


def earlier(old) -> tuple[list[str], list[str]]:
    """Who decided a pair and when, now and before (its ``review_history``), newest first.

    A workbook taken twice, or written before a decision its cross-walk has since recorded,
    shows the reviewer and date of a decision the pair's history holds: as written, not typed.

    Examples
    --------
    >>> import pandas as pd
    >>> old = pd.Series({"reviewer_label": "R", "mapping_date": "2026-12-05",
    ...     "review_history": "2026-11-23 A|B: relatedMatch | 2026-11-30 C: not closeMatch"})
    >>> earlier(old)
    (['R', 'C', 'A, B'], ['2026-12-05', '2026-11-30', '2026-11-23'])
    """
    if old is None:
        return [], []
    names, dates = [shown_reviewer(old.reviewer_label)], [_text(old.mapping_date)]
    history = _text(getattr(old, "review_history", ""))
    for entry in reversed(history.split(" | ") if history else []):
        when, _, rest = entry.partition(" ")
        names.append(shown_reviewer(rest.rpartition(": ")[0]))
        dates.append(when)
    return [n for n in names if n], [d for d in dates if d]


def _text(value) -> str:
    return value.strip() if isinstance(value, str) else ""


def spellings(*names) -> dict[str, str]:
    """Each known name by its plain form (case and spaces aside), the first spelling kept.

    Examples
    --------
    >>> spellings("A. Analyst", "B. Bee|a. analyst", None)
    {'a. analyst': 'A. Analyst', 'b. bee': 'B. Bee'}
    """
    out: dict[str, str] = {}
    for label in names:
        for name in (label or "").split("|") if isinstance(label, str) else ():
            if name.strip():
                out.setdefault(_plain(name), " ".join(name.split()))
    return out


def who(
    n: int, typed: str, shown: list[str], default: str | None, known: dict[str, str]
) -> tuple[str | None, bool, Problem | None]:
    """Who decided row ``n``: ``(name, named, problem)``.

    ``typed`` is the row's Reviewer cell, ``shown`` what it may have shown when written (who
    decided the pair, now and before: :func:`earlier`), ``default`` the ``--reviewer``
    (``None``: not given), ``known`` the names known so far (:func:`spellings`; a new one is
    added). ``named`` says the Reviewer cell names someone other than it showed: a decision by
    them even where nothing else on the row changed.

    Examples
    --------
    >>> known = spellings("A. Analyst")
    >>> who(2, "b.  bee", [], "A. Analyst", known)[:2]
    ('b. bee', True)
    >>> who(3, "B. BEE", [], "A. Analyst", known)[:2]  # spelt as first typed
    ('b. bee', True)
    >>> who(4, "", [], "A. Analyst", known)[:2]
    ('A. Analyst', False)
    >>> who(4, "Jo", ["Ann", "Jo"], "A. Analyst", known)[:2]  # as written: an earlier decision's
    ('A. Analyst', False)
    >>> print(who(5, "2026-12-04", [], "A. Analyst", known)[2].message)  # doctest: +ELLIPSIS
    sheet 'Pairs', row 5, column 'Reviewer': '2026-12-04' is a date, not a name; ...
    """
    from .workbookrows import decision_date

    typed = " ".join(typed.split())
    if typed and _plain(typed) not in {_plain(s) for s in shown}:
        why = _not_a_name(n, typed, decision_date)
        if why:
            return None, False, Problem("", f"sheet 'Pairs', row {n}, column 'Reviewer': {why}")
        return known.setdefault(_plain(typed), typed), True, None
    if default is not None and default.strip():
        return known.get(_plain(default), " ".join(default.split())), False, None
    whose = f"shows who decided the pair before ({typed!r})" if typed else "is empty"
    return (
        None,
        False,
        Problem(
            "",
            f"sheet 'Pairs', row {n}, column 'Reviewer': no reviewer for its decision: the cell "
            f"{whose} and no --reviewer was given; expected the name of who decided the row in its "
            "Reviewer cell, or --reviewer NAME for every row whose Reviewer cell is empty",
        ),
    )


def _not_a_name(n: int, typed: str, decision_date) -> str:
    """Why a typed Reviewer is no one's name (``""``: it is one)."""
    expected = "expected the name of who decided the row (or the cell left empty: --reviewer)"
    if typed in FORMULA_ERRORS:
        return (
            f"{typed}, a formula's error, not a name: text typed with '=', '+' or '-' first is "
            f"read by Excel as a formula; {expected}, typed as text"
        )
    if "|" in typed:
        return (
            f"{typed!r} holds '|', which separates reviewers in an SSSOM file; {expected}: one "
            "reviewer's name a row (two reviewers' files are joined by "
            "compkit.crosswalk.merge)"
        )
    if decision_date(n, typed, "")[0] is not None or not any(c.isalpha() for c in typed):
        what = "a date" if decision_date(n, typed, "")[0] else "no name (it has no letters)"
        typed = typed.removesuffix(" 00:00:00")  # a date cell
        return f"{typed!r} is {what}, not a name; {expected}; the date goes in the Date column"
    return ""
