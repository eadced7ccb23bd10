"""Marks in a long sheet's cells: a polarity column's marks, and a statement cell said blank.

A long sheet (a row per statement) may mark each row's side in a column of its own ("Polarity":
"negative", "-", "x"), and may fill a statement's cell with a mark that says there is none at
that level ("n/a", "—", "Not applicable"): recorded as undefined, as in a wide sheet, never
read as a statement.
"""

from __future__ import annotations

from .cells import undefined_note
from .draft import Draft
from .labels import polarity_of

__all__ = ["polarity_mark", "undefined_row"]


def polarity_mark(value: str, *, marked: bool = False) -> str:
    """A row's side from its polarity cell: ``effective`` or ``ineffective``.

    With ``marked`` (the column the polarity hint names), any mark but a clear "no" means
    ineffective.

    Examples
    --------
    >>> polarity_mark("Negative"), polarity_mark(""), polarity_mark("x", marked=True)
    ('ineffective', 'effective', 'ineffective')
    """
    v = value.casefold()
    if marked:
        plain = ("", "no", "n", "false", "0", "-", "effective", "positive")
        return "effective" if v in plain or polarity_of(value) == "effective" else "ineffective"
    if v in ("ineffective", "negative", "-", "no", "false", "0", "neg", "n", "x", "bad", "poor"):
        return "ineffective"
    return polarity_of(value) or "effective"


def undefined_row(text: str, ckey: str, lkey: str, source: dict, draft: Draft) -> bool:
    """Whether a row's statement cell says it holds none ("n/a"): recorded undefined, reported.

    Examples
    --------
    >>> from compkit.ingest.report import IngestReport
    >>> d = Draft(IngestReport("a.csv"))
    >>> c, lv = d.competency("Teamwork"), d.level("Level 1")
    >>> undefined_row("n/a", c, lv, {"cell": "C2"}, d), undefined_row("Leads.", c, lv, {}, d)
    (True, False)
    >>> d.undefined
    [('teamwork', 'level 1', 'n/a', None, {'cell': 'C2'})]
    >>> print(d.report.notes[-1].message)
    Teamwork, Level 1 reads 'n/a': recorded as undefined
    """
    note = undefined_note(text, draft.levels)  # "See L5", "Same as Senior": a reference
    if note is None:
        return False
    draft.undefined.append((ckey, lkey, note, None, source))
    names = f"{draft.competencies[ckey].name}, {draft.levels[lkey].name}"
    draft.report.add("undefined", f"{names} reads {note!r}: recorded as undefined", 0.9, source)
    return True
