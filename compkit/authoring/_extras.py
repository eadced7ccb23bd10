"""What a person adds to an authoring workbook that compkit did not write: notes, left unread.

An author types a note in a new column beside the statements, or keeps meeting notes on a sheet
of their own. Such a column or sheet is left where it is and reported as not read, never read
as data and never a reason to refuse the workbook. What could be data meant for compkit is
refused with one message saying what to do: a column or sheet named like one of compkit's
(``Text``, ``statment``, ``Indicators (2)``), a sheet headed with the columns of one of compkit's
sheets (statements kept apart from ``indicators``), or a new column in a sheet that lost one of
compkit's columns (it may be that column renamed: reading on would drop its values).
"""

from __future__ import annotations

import re
from difflib import get_close_matches

from ._sheets import _EXPORTED, DERIVED, README, SHEETS

#: Columns whose loss beside a new column is no sign of a rename (provenance, repairs).
_MINOR = re.compile(r"source_|repair_|mirrors$")
#: The columns that make rows data of one of compkit's sheets, wherever they are typed: a sheet
#: of new statements, levels or requirements kept apart is refused, not left unread. (A notes
#: sheet headed "Competency | Level | Comment" is notes.)
_WHAT = {"indicators": "statements"}  # a sheet's rows in a reader's word
_DATA = {
    "indicators": ("competency", "level", "text"),
    "levels": ("name", "rank"),
    "requirements": ("role", "competency", "level"),
}


def _norm(name: str) -> str:
    """A name as compkit would spell it: lower case, words joined by ``_``.

    >>> _norm(" Competency name "), _norm("Indicators (2)")
    ('competency_name', 'indicators_2')
    """
    return re.sub(r"[^a-z0-9]+", "_", name.lower()).strip("_")


def _like(name: str, known) -> str | None:
    """The known name ``name`` is a variant or slip of, or None."""
    norm = _norm(name)
    if norm in known:
        return norm
    close = get_close_matches(norm, list(known), n=1, cutoff=0.8)
    return close[0] if close else None


def extra_column(sheet: str, name: str, header: list[str]) -> str | None:
    """Why the column ``name`` (not compkit's) cannot be left unread, or None: it is a note.

    ``header`` is the sheet's header row as typed (compkit's columns and any others).

    >>> header = ["id", "name", "rank", "description", "stem", "Reviewer notes"]
    >>> extra_column("levels", "Reviewer notes", header) is None
    True
    >>> extra_column("levels", "Descripton", header)
    "a column compkit did not write, named like its column 'description': name it 'description' ..."
    >>> extra_column("levels", "Summary", ["id", "name", "rank", "stem", "Summary"])
    "a column compkit did not write, while compkit's column 'description' is missing: if it ..."
    """
    known = (*SHEETS[sheet], *DERIVED.get(sheet, ()))
    like = _like(name, known)
    if like is not None:
        return (
            f"a column compkit did not write, named like its column {like!r}: name it {like!r} "
            "to have it read, or give it another name to keep it as notes (left unread)"
        )
    typed = {str(h).strip() for h in header if h is not None}
    missing = [c for c in SHEETS[sheet] if c not in typed and not _MINOR.match(c)]
    if missing:
        gone = missing[0]
        return (
            f"a column compkit did not write, while compkit's column {gone!r} is missing: if it "
            f"is {gone!r} renamed, name it {gone!r} again; if it holds notes, add the column "
            f"{gone!r} back (its values would be lost otherwise)"
        )
    return None


def extra_sheet(name: str, header: list) -> str | None:
    """Why the sheet ``name`` (not compkit's) cannot be left unread, or None: it holds notes.

    >>> extra_sheet("Notes", ["Review meeting, 3 December"]) is None
    True
    >>> extra_sheet("Indicators (2)", ["id", "competency", "level", "text"])
    "a sheet compkit did not write, named like its sheet 'indicators': compkit reads ..."
    """
    ours = (*SHEETS, _EXPORTED, _norm(README))
    like = _like(name, ours) or _like(re.sub(r"[\s_(]*\d+\)?\s*$", "", name), ours)
    if like is not None:
        return (
            f"a sheet compkit did not write, named like its sheet {like!r}: compkit reads only "
            f"the sheet {like!r}; move the rows it should read there and delete this sheet, or "
            "give it another name to keep it as notes (left unread)"
        )
    typed = {_norm(str(h)) for h in header if h is not None and str(h).strip()}
    for sheet, key in _DATA.items():
        if set(key) <= typed:
            return (
                f"a sheet compkit did not write, headed with the columns of its sheet {sheet!r} "
                f"({', '.join(key)}): compkit reads {_WHAT.get(sheet, sheet)} only from the sheet "
                f"{sheet!r}; move these rows there, or rename these columns to keep the sheet as "
                "notes (left unread)"
            )
    return None


def left_column_note(sheet: str, name: str, values: int) -> str:
    """The import's note for a column it left unread."""
    held = {0: "it stays", 1: "its one value stays"}.get(values, f"its {values} values stay")
    return (
        f"sheet {sheet!r}, column {name!r} not read (compkit did not write it); {held} in the "
        "workbook, not in the framework"
    )


def left_sheet_note(name: str) -> str:
    """The import's note for a sheet it left unread."""
    return (
        f"sheet {name!r} not read (compkit did not write it); it stays in the workbook, not in "
        "the framework"
    )
