"""The ingest hints' own checks: a hint given empty, of the wrong type, or naming a level twice.

Each refusal is one line naming the hint as Python spells it (``levels=[...]``); the command
line says the same with its option's name (:func:`compkit.cli.ingest.as_typed`).
"""

from __future__ import annotations

import re
from pathlib import Path

from .limits import IngestError

__all__ = [
    "check_hints",
    "check_kind",
    "check_layout_hint",
    "check_level_columns",
    "check_polarity_label",
    "no_polarity_label",
]

#: The hints that take words, and what each wants (said when one is given empty).
WORDS = {
    "id": "an id such as nhs-hlm",
    "title": "the framework's title",
    "organisation": "the organisation's name",
    "competency_term": "a word such as capability or skill",
    "stem": "the words every statement completes, such as 'You can:'",
    "level_from": "the kind of heading or the column holding the levels",
    "competency_from": "the kind of heading or the column holding the competencies",
    "text_from": "the column holding the statements",
    "sheet": "a sheet's name",
}


def check_hints(path: Path, hints: dict) -> None:
    """Refuse a hint that cannot hold, in one line naming it as Python spells it.

    Examples
    --------
    >>> check_hints(Path("f.txt"), {"levels": "Senior"})
    Traceback (most recent call last):
    ...
    compkit.ingest.limits.IngestError: f.txt: levels='Senior' is one string; expected a list \
of level names, lowest first, such as levels=['Senior']
    >>> check_hints(Path("f.txt"), {"cumulative": "no"})
    Traceback (most recent call last):
    ...
    compkit.ingest.limits.IngestError: f.txt: cumulative='no' is not True or False; expected \
True (levels build up), False (each stands alone) or None (read from the introduction)
    >>> check_hints(Path("f.txt"), {"levels": ["Junior", "junior"]})
    Traceback (most recent call last):
    ...
    compkit.ingest.limits.IngestError: f.txt: levels=[...] names 'junior' twice; expected each \
level once, lowest first
    """
    for name, wanted in WORDS.items():
        value = hints.get(name)
        if value is None:
            continue
        if not isinstance(value, str) or not value.strip():
            said = "is empty" if isinstance(value, str) else f"is {value!r}, not text"
            raise IngestError(path, f"{name}= {said}; expected {wanted}")
    _check_id(path, hints.get("id"))
    cumulative = hints.get("cumulative")
    if cumulative is not None and not isinstance(cumulative, bool):
        raise IngestError(
            path,
            f"cumulative={cumulative!r} is not True or False; expected True (levels build up), "
            "False (each stands alone) or None (read from the introduction)",
        )
    _check_sources(path, hints)
    levels = hints.get("levels")
    if levels is None:
        return
    if isinstance(levels, str):
        raise IngestError(
            path,
            f"levels={levels!r} is one string; expected a list of level names, lowest first, "
            f"such as levels=[{levels!r}]",
        )
    if not isinstance(levels, list | tuple):
        raise IngestError(
            path,
            f"levels={levels!r} is {type(levels).__name__}; expected a list of level names, "
            "lowest first, such as levels=['Junior', 'Senior']",
        )
    if not levels:
        raise IngestError(path, "levels=[] names no level; expected level names, lowest first")
    seen: set[str] = set()
    for name in levels:
        if not isinstance(name, str) or not name.strip():
            said = "an empty level" if isinstance(name, str) else f"{name!r}, not a name"
            raise IngestError(path, f"levels=[...] names {said}; expected level names as text")
        if name.strip().casefold() in seen:
            raise IngestError(
                path, f"levels=[...] names {name.strip()!r} twice; expected each level once, "
                "lowest first"
            )  # fmt: skip
        seen.add(name.strip().casefold())


def check_kind(path: Path, kind: str, sheet: str | None) -> None:
    """Refuse a sheet named for a file that has none (only a workbook has sheets).

    Examples
    --------
    >>> check_kind(Path("long.csv"), "csv", "Skills")
    Traceback (most recent call last):
    ...
    compkit.ingest.limits.IngestError: long.csv: sheet='Skills' names a workbook's sheet; this \
file has none
    >>> check_kind(Path("wide.xlsx"), "xlsx", "Skills")
    """
    if sheet is not None and kind != "xlsx":
        raise IngestError(path, f"sheet={sheet!r} names a workbook's sheet; this file has none")


def no_polarity_label(label: str) -> str:
    """The refusal of a polarity hint that names no heading, column or label of the file.

    Examples
    --------
    >>> no_polarity_label("Watch outs")[:57]
    "polarity 'Watch outs' names no heading, column or label o"
    """
    return (
        f"polarity {label!r} names no heading, column or label of this document; expected the "
        "label that marks its ineffective statements as the document prints it, or "
        "'ineffective' to read every statement so"
    )


def check_polarity_label(path: Path, label: str | None, texts) -> None:
    """Refuse a polarity label that is none of ``texts`` (the file's labels or cells).

    Compared as the readers compare them: case, spacing, "_" and "-" aside.

    Examples
    --------
    >>> check_polarity_label(Path("f.csv"), "Derailers", ["Skill", "derailers"])
    >>> check_polarity_label(Path("f.csv"), "Derailers", ["Skill", "Type"])
    Traceback (most recent call last):
    ...
    compkit.ingest.limits.IngestError: f.csv: polarity 'Derailers' names no heading, column or \
label of this document; expected the label that marks its ineffective statements as the \
document prints it, or 'ineffective' to read every statement so
    """
    if label is None:
        return
    want = _norm(label)
    if not any(_norm(t) == want for t in texts if t):
        raise IngestError(path, no_polarity_label(label))


def check_level_columns(path: Path, levels, grid, row: int, read=None) -> None:
    """Refuse level names given for a wide sheet that name none of its columns.

    ``grid`` is the sheet (a :class:`~compkit.ingest.tables.Grid`) and ``row`` its header
    row. Before the sheet is read (``read`` None), every name is refused when the reader matched
    no level column; after (``read`` the draft), a name that heads no statement is refused
    unless a header cell carries it (a level column left blank; "e-4" of "Level e-4").

    Examples
    --------
    >>> from compkit.ingest.tables import Grid
    >>> grid = Grid("Skills", [["Skill", "Awareness", "Expert"], ["Coding", "Reads", "Leads"]])
    >>> check_level_columns(Path("w.xlsx"), ["Nope", "Other"], grid, 0)
    Traceback (most recent call last):
    ...
    compkit.ingest.limits.IngestError: w.xlsx: none of the levels given ('Nope', 'Other') names \
a column of sheet 'Skills', header row 1 ('Skill', 'Awareness', 'Expert'); expected the level \
columns' names as the header prints them
    """
    if not levels:
        return
    missing = list(levels)
    if read is not None:
        filled = {s.level for s in read.statements} | {u[1] for u in read.undefined}
        cells = {_norm(c) for cells in grid.rows[: row + 1] for c in cells if c}
        missing = [n for n in levels if read.find("level", n) not in filled]
        missing = [n for n in missing if not any(_within(_norm(n), c) for c in cells)]
        if not missing:
            return
    header = ", ".join(repr(" ".join(str(c).split())) for c in grid.rows[row] if str(c).strip())
    where = (f"sheet {grid.name!r}, " if grid.name else "") + f"header row {row + 1} ({header})"
    given = ", ".join(repr(n) for n in levels)
    named = (
        f"levels=[{levels[0]!r}] names no column"
        if len(levels) == 1
        else f"none of the levels given ({given}) names a column"
        if len(missing) == len(levels)
        else "the levels given name " + ", ".join(repr(n) for n in missing) + ", which no column"
    )
    carries = " carries" if len(missing) < len(levels) else ""
    raise IngestError(
        path,
        f"{named} of {where}{carries}; expected the level columns' names as the header prints them",
    )


def _norm(text: str) -> str:
    """A label or header as the readers match them (:func:`compkit.ingest.tables.norm_header`)."""
    from .tables import norm_header

    return norm_header(text)


def _within(name: str, cell: str) -> bool:
    """Whether a header cell carries a name as whole words ("e 4" in "level e 4")."""
    import re

    return re.search(rf"(?<!\w){re.escape(name)}(?!\w)", cell) is not None


#: A framework id (compkit/schema/framework.schema.json, ``$defs/id``).
_ID = re.compile(r"[a-z0-9][a-z0-9._-]*")


def _check_id(path: Path, value) -> None:
    """Refuse an id the framework file cannot hold, naming one it can.

    Examples
    --------
    >>> _check_id(Path("f.csv"), "My Framework!")
    Traceback (most recent call last):
    ...
    compkit.ingest.limits.IngestError: f.csv: id='My Framework!' is not an id; expected \
lower-case letters, digits, '.', '_' and '-', from a letter or digit, such as 'my-framework'
    """
    if value is None or _ID.fullmatch(value.strip()):
        return
    like = re.sub(r"[^a-z0-9._-]+", "-", value.strip().lower()).strip("-._") or "framework"
    raise IngestError(
        path,
        f"id={value!r} is not an id; expected lower-case letters, digits, '.', '_' and '-', "
        f"from a letter or digit, such as {like!r}",
    )


def _check_sources(path: Path, hints: dict) -> None:
    """Refuse one column or kind of heading named as the source of two things.

    Examples
    --------
    >>> _check_sources(Path("f.csv"), {"level_from": "Grade", "competency_from": "grade"})
    Traceback (most recent call last):
    ...
    compkit.ingest.limits.IngestError: f.csv: level_from and competency_from both name \
'Grade'; expected a different column or kind of heading for each
    """
    seen: dict[str, str] = {}
    for name in ("level_from", "competency_from", "text_from"):
        value = hints.get(name)
        if not isinstance(value, str) or not value.strip():
            continue
        key = _norm(value)
        if key in seen:
            raise IngestError(
                path,
                f"{seen[key]} and {name} both name {hints[seen[key]]!r}; expected a different "
                "column or kind of heading for each",
            )
        seen[key] = name


def check_layout_hint(path, given: str | None, layout: str) -> None:
    """Refuse a document's layout hint that names no layout a document takes or reads as.

    Examples
    --------
    >>> check_layout_hint("f.docx", "level-columns", "level-columns")
    >>> check_layout_hint("f.docx", "wide", "level-columns")
    Traceback (most recent call last):
    compkit.ingest.limits.IngestError: f.docx: layout 'wide' is for spreadsheets and CSV; ...
    """
    if given in ("wide", "long"):
        raise IngestError(
            path,
            f"layout {given!r} is for spreadsheets and CSV; expected for a document: "
            "level-columns, headings-lists, effective-ineffective or front-matter",
        )
    if given in ("front-matter", "effective-ineffective", "compkit-workbook") and given != layout:
        needs = {
            "front-matter": "YAML front matter or a data file that lists competencies, levels "
            "and statements",
            "effective-ineffective": "effective / ineffective labels (column headers or "
            "headings; polarity= names the label that marks ineffective statements)",
            "compkit-workbook": "compkit's own workbook (an .xlsx file)",
        }
        raise IngestError(path, f"layout {given!r} needs {needs[given]}; none found here")
    if given == "level-columns" and given != layout:
        raise IngestError(
            path, "layout 'level-columns' needs a table with a column (or row) per "
            f"level; none was found here (the document reads as {layout!r}); name the level "
            "columns with levels=[...] as the table's header prints them"
        )  # fmt: skip
