"""Turn the raw sheets of an authoring workbook (or CSV table folder) into a framework document.

Used by :mod:`compkit.authoring.workbook`. Every problem is collected with its sheet, row and
column, so a user fixes a workbook in one pass: checks that need the spreadsheet's view (missing
sheets and columns, duplicate ids, empty statements, unknown competencies) run here; everything else
comes from the framework file validator, and its document paths are mapped back to cells.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from ..framework._schema import framework_schema, iter_errors
from ..framework.stems import read_stems
from ._cell_lines import split_cells
from ._extras import extra_sheet, left_sheet_note
from ._sheet_cells import FALSE, TRUE, Reader, sheet_rows
from ._sheet_cells import text as cell_text
from ._sheet_find import Names as _Names
from ._sheet_ids import new_row_ids
from ._sheet_names import competency_refs, deleted_rows, read_names, same_names
from ._sheets import _EXPORTED, _FIELDS, _KINDS, README, SHEETS, slug


def build_document(raw: dict, problems: list) -> tuple[dict, Any, list]:
    """Build the framework document from raw sheets; return it, the changes and every problem."""
    import pandas as pd

    reader = Reader([])
    reader.formulas = [(p[0], p[2]) for p in problems]  # a formula's cell reads as empty
    unread = []  # sheets compkit did not write: notes, left unread unless they may be data
    for sheet, (header, _) in raw.items():
        if sheet not in SHEETS and sheet not in (_EXPORTED, README):
            why = extra_sheet(sheet, header)
            if why:
                reader.problem(sheet, None, None, why)
            else:
                unread.append(sheet)
                reader.notes.append(left_sheet_note(sheet))
    rows = {sheet: sheet_rows(raw, sheet, reader) for sheet in SHEETS}
    # a formula where nothing is read (a notes sheet or column) is no problem
    reader.problems[:0] = [  # a merged cell only where the import reads (not the Read me)
        p
        for p in problems
        if p[0] not in unread
        and (p[0], p[2]) not in reader.left
        and (p[0] in SHEETS or not p[3].startswith("merged with"))
    ]
    if any(p[3].startswith(("missing sheet", "missing column")) for p in reader.problems):
        # nothing else can be checked reliably
        return {}, pd.DataFrame(columns=["sheet", "row", "id", "change"]), _unique(reader.problems)
    where: dict[tuple, tuple[str, int | None, str | None]] = {
        (key,): (key, None, None) for key in ("introduction", "levels", "groups", "values")
    }
    where[("competencies",)] = ("competencies", None, None)
    where[("roles",)] = ("roles", None, None)
    exported = _exported(raw)

    doc: dict[str, Any] = {"schema_version": 1}
    _framework_sheet(rows["framework"], doc, where, reader)
    ids = _assign_ids(rows, exported, reader, [s for s in _KINDS if s != "indicators"])

    def entries(sheet: str, key: str, fields: tuple[str, ...]) -> list[dict]:
        out = []
        for i, (number, cells) in enumerate(rows[sheet]):
            item: dict[str, Any] = {"id": ids[sheet][i]} if "id" in SHEETS[sheet] else {}
            for field in fields:
                text = reader.text(sheet, number, field, cells.get(field))
                if text or field in ("name", "text"):
                    item[field] = text
            if sheet == "levels":  # an empty rank follows the row above
                item["rank"] = reader.rank(number, cells.get("rank"), out[-1]["rank"] if out else 0)
            src = reader.source(sheet, number, cells)
            if src:
                item["source"] = src
            where[(key, i)] = (sheet, number, None)
            out.append(item)
        return out

    doc["introduction"] = entries("introduction", "introduction", ("text",))
    doc["levels"] = entries("levels", "levels", ("name", "description", "stem"))
    doc["groups"] = entries("groups", "groups", ("name", "description"))
    doc["values"] = entries("values", "values", ("name", "description"))
    doc["competencies"] = entries("competencies", "competencies", ("name", "description", "stem"))
    competency_refs(doc, rows["competencies"], reader, _Names)  # group, values, levels
    # a new statement's id follows its neighbours', which a row may name by competency and level
    comp_names = _Names(doc["competencies"], "competency")
    level_names = _Names(doc["levels"], "level")

    notes = read_names(rows, comp_names, level_names, reader, raw)  # a name may fill an id
    retired = doc.get("retired_ids", [])
    rows["indicators"] = split_cells(rows["indicators"], reader.notes)  # a cell's lines
    stem = new_row_ids(rows["indicators"], comp_names, level_names)  # the neighbours' numbering
    ids |= _assign_ids(rows, exported, reader, ["indicators"], stem=stem, retired=retired)
    gone = [i for i in exported.get("indicators", ()) if i not in set(ids["indicators"])]
    if gone or "retired_ids" in doc:  # a deleted row's id is retired: never given again
        doc["retired_ids"] = list(dict.fromkeys([*retired, *gone]))
    _indicators(rows["indicators"], ids["indicators"], doc, where, reader)
    _undefined(rows["undefined"], doc, where, reader)
    doc["roles"] = entries("roles", "roles", ("name", "description"))
    same_names(doc, rows, reader, raw)  # two levels named alike: names typed are ambiguous
    _requirements(rows["requirements"], doc, where, reader)

    read_stems(doc)  # a stem cell's lines "effective: ..." and "ineffective: ...": a stem per side
    for path, message in _validate(doc):
        sheet, number, column = _locate(path, message, where)
        reader.problem(sheet, number, column, message)
    reader.problems[:] = deleted_rows(reader.problems, exported, ids)
    changes = _changes(rows, ids, exported)
    frame = pd.DataFrame(changes, columns=["sheet", "row", "id", "change"]).astype(object)
    frame = frame.where(frame.notna(), None)
    frame.attrs["notes"] = [*reader.notes, *notes]
    return doc, frame, _unique(reader.problems)


def _unique(problems: list) -> list:
    """One problem per cell (the first, most specific one), in sheet and row order.

    A row whose name column is wrong ("unknown level 'Level 8'" in ``level_name``) is not told
    again that the id column the name would have filled is empty.
    """
    seen, unique = set(), []
    named = {
        (p[0], p[1], p[2].removesuffix("_name")) for p in problems if str(p[2]).endswith("_name")
    }
    for p in problems:
        cell = p[:3] if p[1] is not None else p
        if cell not in seen and cell not in named:
            seen.add(cell)
            unique.append(p)
    sheet_order = {s: i for i, s in enumerate([*SHEETS, _EXPORTED])}
    return sorted(unique, key=lambda p: (sheet_order.get(p[0], 99), p[1] or 0))


def _exported(raw) -> dict[str, list[str]]:
    out: dict[str, list[str]] = defaultdict(list)
    if _EXPORTED in raw:
        _, body = raw[_EXPORTED]
        for _, values in body:
            if len(values) >= 2 and values[0] and values[1] is not None:
                out[str(values[0])].append(str(values[1]))
    return out


def _framework_sheet(rows, doc: dict, where: dict, reader: Reader) -> None:
    fields: dict[str, tuple[int, Any]] = {}
    for number, cells in rows:
        field = reader.text("framework", number, "field", cells.get("field")).strip()
        if field in fields:
            reader.problem(
                "framework",
                number,
                "field",
                f"duplicate field {field!r} (also row {fields[field][0]}); give each field once",
            )
        elif field in _FIELDS or field.startswith("rules."):
            fields[field] = (number, cells.get("value"))
        else:
            reader.problem(
                "framework",
                number,
                "field",
                f"unknown field {field!r}; expected one of: {', '.join(_FIELDS)}, rules.ignore, "
                "rules.allow_words",
            )
    for field in ("id", "title", "organisation"):
        if field not in fields:
            reader.problem("framework", None, "field", f"missing the row for field {field!r}")

    def value(field: str) -> str:
        number, v = fields.get(field, (None, None))
        return reader.text("framework", number, "value", v)

    for field in ("id", "title", "organisation", "short_name", "version", "licence", "notes"):
        if field in fields and (value(field) or field in ("id", "title", "organisation")):
            doc[field] = value(field).strip() if field == "id" else value(field)
            where[(field,)] = ("framework", fields[field][0], "value")
    for field in ("competency_term", "language", "stem"):
        if value(field):
            doc[field] = value(field).strip() if field == "language" else value(field)
            where[(field,)] = ("framework", fields[field][0], "value")
    if "schema_version" in fields:
        number, raw_version = fields["schema_version"]
        version = reader.number("framework", number, "value", raw_version, 1)
        doc["schema_version"] = version or 1
        where[("schema_version",)] = ("framework", number, "value")
    number, raw_cumulative = fields.get("cumulative", (None, True))
    text = reader.text("framework", number, "value", raw_cumulative).strip().casefold()
    if text in TRUE or not text:
        doc["cumulative"] = True
    elif text in FALSE:
        doc["cumulative"] = False
    else:
        reader.problem(
            "framework", number, "value", f"cumulative is {text!r}; expected TRUE or FALSE"
        )
    source = {k: value(f"source_{k}") for k in ("file", "description", "url")}
    source = {k: v for k, v in source.items() if v}
    if source:
        doc["source"] = source
        for k in source:
            where[("source", k)] = ("framework", fields[f"source_{k}"][0], "value")
    rules = {}
    for field, (number, v) in fields.items():
        if field.startswith("rules."):
            key = field.removeprefix("rules.")
            rules[key] = reader.ids("framework", number, "value", v)
            where[("rules", key)] = ("framework", number, "field")
    if rules:
        doc["rules"] = rules
    if "retired_ids" in fields:  # removed statements' ids, kept retired
        number, v = fields["retired_ids"]
        doc["retired_ids"] = reader.ids("framework", number, "value", v)
        where[("retired_ids",)] = ("framework", number, "value")


def _assign_ids(
    rows: dict, exported: dict, reader: Reader, sheets: list[str], *, stem=None, retired=()
) -> dict[str, list[str]]:
    """Each row's id in ``sheets``: as typed, or a new one (never a deleted or retired one's).

    A new row's id is made from its name; a new statement's is ``stem(number, cells, taken)``
    (its neighbours' numbering: :func:`._sheet_ids.new_row_ids`).
    """
    ids: dict[str, list[str]] = {}
    for sheet in sheets:
        kind = _KINDS[sheet]
        taken = set(exported.get(sheet, ())) | set(retired)
        typed = []
        first: dict[str, int] = {}
        for number, cells in rows[sheet]:
            ident = reader.text(sheet, number, "id", cells.get("id")).strip()
            if ident and ident in first:
                reader.problem(
                    sheet,
                    number,
                    "id",
                    f"duplicate id {ident!r} (also row {first[ident]}); each {kind} needs its own "
                    "id: clear the cell to get a new one",
                )
            elif ident:
                first[ident] = number
            typed.append(ident)
        taken |= set(typed)
        out = []
        for ident, (number, cells) in zip(typed, rows[sheet], strict=True):
            if not ident:
                if stem is not None:
                    ident = stem(number, cells, taken)
                else:
                    base = slug(reader.text(sheet, number, "name", cells.get("name")))
                    ident, n = base, 1
                    while ident in taken:
                        n += 1
                        ident = f"{base}-{n}"
                taken.add(ident)
            out.append(ident)
        ids[sheet] = out
    return ids


def _resolve(reader: Reader, names: _Names, sheet: str, number: int, column: str, value):
    """The id a cell names by id or name, or None after recording the problem."""
    typed = cell_text(value).strip()
    found = names.find(typed)
    if found is None:
        reader.problem(sheet, number, column, names.unknown(typed, reader.renamed))
    return found


def _indicators(rows, ids: list[str], doc: dict, where: dict, reader: Reader) -> None:
    comps = {c.get("id"): (i, c) for i, c in enumerate(doc["competencies"])}
    comp_names = _Names(doc["competencies"], "competency")
    level_names = _Names(doc["levels"], "level")
    for ident, (number, cells) in zip(ids, rows, strict=True):
        get = cells.get
        named = get("competency")
        at = get("competency@", "competency"), get("level@", "level")  # where a problem is said
        comp_id = _resolve(reader, comp_names, "indicators", number, at[0], named)
        statement = cell_text(get("text")).strip()  # a space typed around it is no edit
        if not statement:
            reader.problem(
                "indicators",
                number,
                "text",
                "empty statement; write the statement or delete the row",
            )
        level = _resolve(reader, level_names, "indicators", number, at[1], get("level"))
        if comp_id is None:
            continue
        ci, comp = comps[comp_id]
        item: dict[str, Any] = {"id": ident, "level": level or cell_text(get("level")).strip()}
        item["text"] = statement
        polarity = cell_text(get("polarity")).strip().lower()  # as the drop-down, any case
        if polarity and polarity != "effective":
            item["polarity"] = polarity
        src = reader.source("indicators", number, cells)
        if src:
            item["source"] = src
        kind, note = cell_text(get("repair_kind")).strip(), cell_text(get("repair_note")).strip()
        if kind or note:
            item["repair"] = {"kind": kind, "note": note}
        mirrors = cell_text(get("mirrors")).strip()
        if mirrors:
            item["mirrors"] = mirrors
        if note := cell_text(get("note")).strip():  # beside the statement, as typed
            item["note"] = note
        where[("competencies", ci, "indicators", len(comp["indicators"]))] = (
            "indicators",
            number,
            None,
        )
        comp["indicators"].append(item)


def _undefined(rows, doc: dict, where: dict, reader: Reader) -> None:
    """The cells the publisher left undefined, onto their competencies."""
    comps = {c.get("id"): (i, c) for i, c in enumerate(doc["competencies"])}
    comp_names = _Names(doc["competencies"], "competency")
    level_names = _Names(doc["levels"], "level")
    for number, cells in rows:
        comp = _resolve(
            reader, comp_names, "undefined", number, "competency", cells.get("competency")
        )
        level = _resolve(reader, level_names, "undefined", number, "level", cells.get("level"))
        if comp is None or level is None:
            continue
        cell: dict[str, Any] = {"level": level}
        note = reader.text("undefined", number, "note", cells.get("note"))
        polarity = reader.text("undefined", number, "polarity", cells.get("polarity")).lower()
        if note:
            cell["note"] = note
        if polarity:
            cell["polarity"] = polarity
        src = reader.source("undefined", number, cells)
        if src:
            cell["source"] = src
        ci, entry = comps[comp]
        entry.setdefault("undefined", [])
        where[("competencies", ci, "undefined", len(entry["undefined"]))] = (
            "undefined",
            number,
            None,
        )
        entry["undefined"].append(cell)


def _requirements(rows, doc: dict, where: dict, reader: Reader) -> None:
    roles = {r.get("id"): (i, r) for i, r in enumerate(doc["roles"])}
    role_names = _Names(doc["roles"], "role")
    comp_names = _Names(doc["competencies"], "competency")
    level_names = _Names(doc["levels"], "level")
    for r in doc["roles"]:
        r["requires"] = {}
    seen: dict[tuple[str, str], int] = {}
    for number, cells in rows:
        sheet = "requirements"
        role = _resolve(reader, role_names, sheet, number, "role", cells.get("role"))
        comp = _resolve(reader, comp_names, sheet, number, "competency", cells.get("competency"))
        typed = reader.text(sheet, number, "level", cells.get("level")).strip()
        level = _resolve(reader, level_names, sheet, number, "level", typed) if typed else None
        if role is None or comp is None or (typed and level is None):
            continue
        if (role, comp) in seen:
            reader.problem(
                "requirements",
                number,
                "competency",
                f"role {role!r} already requires {comp!r} (row {seen[role, comp]}); give one "
                "level per role and competency",
            )
            continue
        seen[role, comp] = number
        ri, entry = roles[role]
        entry["requires"][comp] = level
        where[("roles", ri, "requires", comp)] = ("requirements", number, None)


def _validate(doc: dict):
    from ..framework.validate import _reference_errors

    yield from iter_errors(doc, framework_schema())
    for path, message in _reference_errors(doc):
        if not message.startswith(("duplicate id", "duplicate indicator id")):
            yield path, message


def _locate(path: tuple, message: str, where: dict) -> tuple[str, int | None, str | None]:
    for cut in range(len(path), 0, -1):
        hit = where.get(tuple(path[:cut]))
        if hit is None:
            continue
        sheet, number, column = hit
        if column is None:
            rest = [str(p) for p in path[cut:] if isinstance(p, str)]
            column = "_".join(rest[:2]) or None
            if sheet == "requirements":
                column = "competency" if message.startswith("unknown competency") else "level"
        return sheet, number, column
    return "framework", None, None


def _changes(rows: dict, ids: dict, exported: dict) -> list[dict]:
    out = []
    for sheet in _KINDS:
        before = exported.get(sheet)
        known = set(before) if before is not None else None
        typed = {
            i
            for (_, cells), i in zip(rows[sheet], ids[sheet], strict=True)
            if str(cells.get("id") or "").strip()
        }
        for (number, _), ident in zip(rows[sheet], ids[sheet], strict=True):
            if ident not in typed or (known is not None and ident not in known):
                out.append({"sheet": sheet, "row": number, "id": ident, "change": "added"})
        now = set(ids[sheet])
        for ident in before or ():
            if ident not in now:
                out.append({"sheet": sheet, "row": None, "id": ident, "change": "deleted"})
    return out
