"""The name columns beside ids (``competency_name``, ``level_name``): read, never ignored.

A workbook shows each statement's competency and level by name beside their ids, and a person
edits the name as often as the id. Before the ids are read, each row's name cells are compared
with its id cells. A name fills an id left blank (a new row given by names). When name and id
disagree, the hidden sheet's record of the statement's cell at export tells which was edited:
an edited name (the id as exported) wins, so a statement moved by its level's name is moved; an
edited id (the name as exported, now stale) wins as it always did. Without a record (a new row,
an older workbook, the requirements sheet) the id is kept. A name that names nothing is reported
with the id kept, or refused when there is no id. Every reading but agreement is a note of the
import: nothing typed in a name column is ignored silently.
"""

from __future__ import annotations

import re

from ._sheet_cells import text as cell_text
from ._sheets import _EXPORTED, DERIVED


def read_names(rows: dict, comp_names, level_names, reader, raw: dict) -> list[str]:
    """Resolve the name columns of every sheet that shows them; return the notes."""
    notes: list[str] = []
    exported: dict[str, dict] = {}  # a statement's id -> its cell as exported
    named: dict[tuple[str, str], str] = {}  # (column, id) -> the item's name as exported
    terms = {"competencies": "competency", "levels": "level"}
    for values in (row for _, row in raw[_EXPORTED][1]) if _EXPORTED in raw else ():
        if len(values) >= 4 and values[0] == "indicators" and values[1] is not None:
            exported[str(values[1])] = {"competency": values[2], "level": values[3]}
        elif len(values) >= 5 and values[0] in terms and values[1] is not None and values[4]:
            named[terms[values[0]], str(values[1])] = cell_text(values[4]).strip()
    reader.renamed = named  # an old name typed in a row is told as one
    for sheet in DERIVED:
        finders = {"competency": comp_names, "level": level_names}
        was = exported if sheet == "indicators" else {}
        names_to_ids(rows.get(sheet, []), sheet, finders, reader, notes, was, named)
    return notes


def names_to_ids(
    rows,
    sheet: str,
    finders: dict,
    reader,
    notes: list,
    exported: dict | None = None,
    named: dict | None = None,
) -> None:
    """Resolve the name cells of ``rows`` into their id cells (in place), noting what was done.

    ``finders`` maps an id column (``competency``, ``level``) to the object that finds an id by
    id or name (``find``) and words an unknown one (``unknown``); ``exported`` maps a
    statement's id to its cell as exported (``{"level": "n00b", ...}``); ``named`` maps
    ``(column, id)`` to that item's name as exported, so the old name of an item renamed on
    its own sheet since is told from a typo.

    >>> class Names:
    ...     def find(self, text): return {"n00b": "n00b", "Player": "player"}.get(text)
    ...     def unknown(self, text): return f"unknown level {text!r}"
    >>> rows = [(5, {"id": "a-1", "level": "n00b", "level_name": "Player"}),
    ...         (6, {"level_name": "Player"})]
    >>> notes = []
    >>> was = {"a-1": {"level": "n00b"}}
    >>> names_to_ids(rows, "indicators", {"level": Names()}, None, notes, was)
    >>> [cells["level"] for _, cells in rows], len(notes)
    (['player', 'player'], 2)
    """
    stale: dict[tuple[str, str, str], list[int]] = {}  # names naming nothing, id kept
    for number, cells in rows:
        for column, names in finders.items():
            name = cell_text(cells.pop(f"{column}_name", None)).strip()
            typed = cell_text(cells.get(column)).strip()
            if not name or name == getattr(names, "now", {}).get(typed, "").strip():
                continue  # none, or the name of the item the id names: they agree
            if typed and name == (named or {}).get((column, typed), "").strip():
                stale.setdefault((column, name, typed), []).append(number)
                continue  # the cell as exported: its item was renamed (perhaps to another's name)
            found = getattr(names, "find_name", names.find)(name)
            where = f"{sheet} row {number}"
            if not typed:
                if found is None:
                    reader.problem(sheet, number, f"{column}_name", names.unknown(name, named))
                    cells[column] = None
                    cells[f"{column}@"] = f"{column}_name"  # the problem is said there
                    continue
                cells[column] = found
                notes.append(f"{where}: {column} {found!r} taken from {column}_name '{name}'")
            elif found is None:
                stale.setdefault((column, name, typed), []).append(number)
            elif found != (said := names.find(typed)):
                was = (exported or {}).get(cell_text(cells.get("id")).strip(), {}).get(column)
                if was is not None and was == found:  # the id was edited, the name is stale
                    continue
                if was is not None and was == said:  # the name was edited: it wins
                    cells[column] = found
                    notes.append(
                        f"{where}: {column}_name '{name}' says {found!r}, {column} still said "
                        f"{typed!r}: the name was edited, so the statement is at {found!r}"
                    )
                    continue
                notes.append(
                    f"{where}: {column}_name '{name}' says {found!r} but {column} says "
                    f"{typed!r}; kept {typed!r} (the id): correct the one that is wrong"
                )
    for (column, name, typed), numbers in stale.items():
        at = f"{sheet} row{'s' * (len(numbers) > 1)} {_spans(numbers)}"
        if (named or {}).get((column, typed), "").casefold() == name.casefold():
            notes.append(f"{at}: {column}_name '{name}' is the old name of {typed!r}, renamed")
            continue  # nothing to correct: the id is the item's, the name left as exported
        notes.append(
            f"{at}: {column}_name '{name}' names no {column}; kept {column} {typed!r} "
            "(a typo, or the old name of a renamed one? correct or clear the name)"
        )


def _spans(numbers: list[int]) -> str:
    """``[2, 3, 4, 7]`` -> ``"2-4, 7"``."""
    out: list[list[int]] = []
    for n in numbers:
        if out and n == out[-1][1] + 1:
            out[-1][1] = n
        else:
            out.append([n, n])
    return ", ".join(str(a) if a == b else f"{a}-{b}" for a, b in out)


def deleted_rows(problems: list, exported: dict, ids: dict) -> list:
    """Say of an unknown competency, level or role that its row was deleted, when it was.

    A row deleted from the competencies (levels, roles) sheet leaves the statements naming it;
    "unknown competency 'brilliant'" tells the author less than what happened.

    >>> problems = [("indicators", 11, "competency", "unknown competency 'brilliant'; ...")]
    >>> deleted_rows(problems, {"competencies": ["people", "brilliant"]},
    ...              {"competencies": ["people"]})[0][3][:62]
    "competency 'brilliant' was deleted from the competencies sheet"
    """
    sheets = {"competency": "competencies", "level": "levels", "role": "roles"}
    out = []
    for sheet, row, column, message in problems:
        for term, where in sheets.items():
            gone = set(exported.get(where, ())) - set(ids.get(where, ()))
            hit = re.match(rf"unknown {term} '([^']*)';", message)
            if hit and hit[1] in gone:
                message = (
                    f"{term} {hit[1]!r} was deleted from the {where} sheet; restore its row "
                    "there, or delete this row"
                )
        out.append((sheet, row, column, message))
    return out


def named_refs(typed: str, names, *, many: bool) -> tuple[list[str], list[str], list[str]]:
    """The ids a competency's ``group``, ``values`` or ``levels`` cell names, by id or by name.

    The workbook shows these columns as ids, but a group, value or level an author has just
    added on its own sheet has no id there yet: the author types its name ("Core
    competencies"). Each part that is an id is kept; a part that names one entry (any case)
    becomes that entry's id. The whole cell is tried first, as a name may hold a comma
    ("Leading, Managing and Developing People"); ``many`` cells are then split (``_split``).
    Returns the ids, what was read by name (``"'Core competencies' → 'core-competencies'"``)
    and the parts naming nothing.

    >>> class Groups:
    ...     def find(self, text):
    ...         return {"core": "core", "Core competencies": "core-competencies"}.get(text)
    >>> named_refs("Core competencies", Groups(), many=False)
    (['core-competencies'], ["'Core competencies' → 'core-competencies'"], [])
    >>> named_refs("core, Core competencies, Cor", Groups(), many=True)
    (['core', 'core-competencies', 'Cor'], ["'Core competencies' → 'core-competencies'"], ['Cor'])
    """
    whole = names.find(typed)
    parts = [typed] if whole is not None or not many else _split(typed, names)
    ids, by_name, unknown = [], [], []
    for part in (p for p in parts if p):
        found = names.find(part)
        if found is None:
            unknown.append(part)
        elif found != part:
            by_name.append(f"{part!r} → {found!r}")
        ids.append(found or part)
    return ids, by_name, unknown


def _split(typed: str, names) -> list[str]:
    """A list cell's parts: at semicolons if it has any, else at commas, names kept whole.

    Parts that together name one entry are one part: SFIA's levels "Level 5 - Ensure, advise,
    Level 6 - Initiate, influence" are two levels, not four pieces naming none.

    >>> class Levels:
    ...     def find(self, text):
    ...         return {"Level 5 - Ensure, advise": "l5", "Level 6 - Initiate, influence": "l6"
    ...                 }.get(text)
    >>> _split("Level 5 - Ensure, advise, Level 6 - Initiate, influence", Levels())
    ['Level 5 - Ensure, advise', 'Level 6 - Initiate, influence']
    >>> _split("l5; Level 6 - Initiate, influence", Levels())
    ['l5', 'Level 6 - Initiate, influence']
    """
    if ";" in typed:
        return [p.strip() for p in typed.split(";")]
    pieces = [p.strip() for p in typed.split(",")]
    out, i = [], 0
    while i < len(pieces):
        j = next(
            (j for j in range(len(pieces), i + 1, -1) if names.find(", ".join(pieces[i:j]))),
            i + 1,
        )
        out.append(", ".join(pieces[i:j]))
        i = j
    return out


def competency_refs(doc: dict, rows, reader, finder) -> None:
    """Read each competency's ``group``, ``values`` and ``levels`` cells into ``doc``, in place.

    ``finder(entries, term)`` makes the object that finds an entry by id or name; a part
    naming nothing is a problem of its cell, and each part read by name is a note.
    """
    refs = {"group": "groups", "values": "values", "levels": "levels"}
    for comp, (number, cells) in zip(doc["competencies"], rows, strict=True):
        for field, sheet in refs.items():
            names = finder(doc[sheet], sheet[:-1])
            typed = reader.text("competencies", number, field, cells.get(field))
            ids, by_name, unknown = named_refs(typed, names, many=field != "group")
            for part in unknown:
                reader.problem("competencies", number, field, names.unknown(part))
            said = f"competencies row {number}: {field}"
            reader.notes += [f"{said} {n}, by its name" for n in by_name]
            if ids:
                comp[field] = ids[0] if field == "group" else ids
        comp["indicators"] = []


def same_names(doc: dict, rows: dict, reader, raw: dict) -> None:
    """Refuse a level, competency, group, value or role the author named as another one.

    A row copied and renamed to a name already taken ("Level 5 - Ensure, advise" renamed
    "Level 4 - Enable") left two entries of one name (any case), every cell naming it (a
    statement's level, a competency's levels) ambiguous and two columns alike in print. Only
    a name the author gave is refused: a new row's, or one renamed since the export (the
    hidden ``exported_ids`` sheet keeps the names); a framework exported with two entries
    of one name comes back as it was. The later row is the problem.
    """
    at_export: dict[str, dict[str, str]] = {}
    for _, values in raw[_EXPORTED][1] if _EXPORTED in raw else ():
        if len(values) >= 2 and values[0] and values[1] is not None:
            name = cell_text(values[4]).strip() if len(values) >= 5 and values[4] else None
            at_export.setdefault(str(values[0]), {})[str(values[1])] = name
    for sheet, term in (
        ("levels", "level"),
        ("competencies", "competency"),
        ("groups", "group"),
        ("values", "value"),
        ("roles", "role"),
    ):
        was = at_export.get(sheet, {})
        alike: dict[str, list[tuple[int, str, str]]] = {}
        for entry, (number, _) in zip(doc.get(sheet, ()), rows.get(sheet, ()), strict=False):
            name = str(entry.get("name") or "").strip()
            if name:
                alike.setdefault(name.casefold(), []).append((number, str(entry.get("id")), name))
        for same in (group for group in alike.values() if len(group) > 1):
            given = [r for r in same if r[1] not in was or was[r[1]] not in (None, r[2])]
            if not given:
                continue  # exported so: the framework's own, not the author's slip
            for number, _, name in same[1:]:
                reader.problem(
                    sheet,
                    number,
                    "name",
                    f"{name!r} is also the name of row {same[0][0]}; each {term} needs a name "
                    "of its own: rename one of them",
                )
