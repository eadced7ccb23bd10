"""The authoring tables of a framework: their sheets and columns, built from a framework.

Shared by :mod:`compkit.authoring.workbook` (which writes and reads them as XLSX or CSV) and
the importer that turns edited tables back into a framework (``_sheet_reader``).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from ..framework.stems import stem_text
from ._cell_lines import marked

if TYPE_CHECKING:
    import pandas as pd

_SRC = (
    "source_lines",
    "source_numbers",
    "source_ref",
    "source_file",
    "source_page",
    "source_sheet",
    "source_cell",
    "source_paragraph",
    "source_table",
)
#: Sheets of the authoring workbook (and CSV files of a table folder) and their columns.
SHEETS: dict[str, tuple[str, ...]] = {
    "framework": ("field", "value"),
    "introduction": ("text", *_SRC),
    "levels": ("id", "name", "rank", "description", "stem", *_SRC),
    "groups": ("id", "name", "description", *_SRC),
    "values": ("id", "name", "description", *_SRC),
    "competencies": ("id", "name", "description", "group", "values", "levels", "stem", *_SRC),
    "indicators": (
        "id",
        "competency",
        "level",
        "text",
        "polarity",
        "note",
        *_SRC,
        "repair_kind",
        "repair_note",
        "mirrors",
    ),
    "undefined": ("competency", "level", "polarity", "note", *_SRC),
    "roles": ("id", "name", "description", *_SRC),
    "requirements": ("role", "competency", "level"),
}
#: Columns the workbook shows beside ids (names); the import reads them (``_sheet_names``).
DERIVED: dict[str, tuple[str, ...]] = {
    "indicators": ("competency_name", "level_name"),
    "requirements": ("competency_name", "level_name"),
}
#: The sheet of instructions that opens the workbook; the import ignores it.
README = "Read me"
_REQUIRED = ("framework", "levels", "competencies", "indicators")
_EXPORTED = "exported_ids"  # hidden sheet: the ids each sheet had when it was exported
_FIELDS = (
    "schema_version",
    "id",
    "title",
    "organisation",
    "short_name",
    "version",
    "licence",
    "notes",
    "competency_term",
    "cumulative",
    "language",
    "stem",
    "source_file",
    "source_description",
    "source_url",
    "retired_ids",
)
_KINDS = {"levels": "level", "groups": "group", "values": "value", "competencies": "competency"}
_KINDS |= {"indicators": "indicator", "roles": "role"}


# -- framework -> tables -------------------------------------------------------------------------


def _nums(numbers) -> str:
    return ",".join(str(n) for n in numbers)


def _src_cells(src) -> dict[str, Any]:
    return {
        "source_lines": _nums(src.lines),
        "source_numbers": _nums(src.numbers),
        "source_ref": src.ref,
        "source_file": src.file,
        "source_page": src.page,
        "source_sheet": src.sheet,
        "source_cell": src.cell,
        "source_paragraph": src.paragraph,
        "source_table": src.table,
    }


def to_tables(framework) -> dict[str, pd.DataFrame]:
    """The authoring tables of a framework: one DataFrame per sheet, columns as in :data:`SHEETS`.

    Examples
    --------
    >>> import compkit
    >>> tables = to_tables("cis")
    >>> list(tables) == list(SHEETS)
    True
    >>> tables["indicators"].loc[0, ["id", "competency", "level"]].tolist()
    ['people-l1-1', 'people', 'l1']
    """
    import pandas as pd

    from ..framework.io import load

    fw = load(framework)
    from ..framework.io import to_dict

    fields: list[tuple[str, Any]] = [
        ("schema_version", to_dict(fw)["schema_version"]),
        ("id", fw.id),
        ("title", fw.title),
        ("organisation", fw.organisation),
        ("short_name", fw.short_name),
        ("version", fw.version),
        ("licence", fw.licence),
        ("notes", fw.notes),
        ("competency_term", fw.competency_term),
        ("cumulative", fw.cumulative),
        ("language", fw.language),
        ("stem", stem_text(fw)),
        ("source_file", fw.source_file),
        ("source_description", fw.source_description),
        ("source_url", fw.source_url),
    ]
    fields += [(f"rules.{key}", ", ".join(words)) for key, words in fw.rules.items()]
    if fw.retired_ids:  # removed statements' ids: a new row never gets one
        fields.append(("retired_ids", ", ".join(fw.retired_ids)))
    rows: dict[str, list[dict]] = {
        "framework": [{"field": k, "value": v} for k, v in fields],
        "introduction": [{"text": p.text, **_src_cells(p.source)} for p in fw.introduction],
        "levels": [
            {"id": x.id, "name": x.name, "rank": x.rank, "description": x.description}
            | {"stem": stem_text(x)}
            | _src_cells(x.source)
            for x in fw.level_records
        ],
        "competencies": [
            {
                "id": c.id,
                "name": c.name,
                "description": c.description,
                "group": c.group or "",
                "values": ", ".join(c.values),
                "levels": ", ".join(c.levels),
                "stem": stem_text(c),
            }
            | _src_cells(c.source)
            for c in fw.competency_records
        ],
        "indicators": [
            {
                "id": i.id,
                "competency": i.competency,
                "level": i.level,
                "text": marked(i.text),  # a line break the import would split: marked
                "polarity": i.polarity,
                "note": i.note,  # beside the statement, never split: read back as typed
            }
            | _src_cells(i.source)
            | {
                "repair_kind": i.repair.kind if i.repair else "",
                "repair_note": i.repair.note if i.repair else "",
                "mirrors": i.mirrors or "",
            }
            for c in fw.competency_ids
            for i in fw.indicator_records
            if i.competency == c
        ],
        "undefined": [
            {"competency": c.id, "level": u.level, "polarity": u.polarity or "", "note": u.note}
            | _src_cells(u.source)
            for c in fw.competency_records
            for u in c.undefined
        ],
        "roles": [
            {"id": r.id, "name": r.name, "description": r.description} | _src_cells(r.source)
            for r in fw.role_records
        ],
        "requirements": [
            {"role": r.id, "competency": c, "level": lv}
            for r in fw.role_records
            for c, lv in r.requires
        ],
    }
    for key, records in (("groups", fw.group_records), ("values", fw.value_records)):
        rows[key] = [
            {"id": x.id, "name": x.name, "description": x.description} | _src_cells(x.source)
            for x in records
        ]
    return {
        # object columns: a whole number stays whole (never 3.0) and a missing one empty
        sheet: pd.DataFrame(rows[sheet], columns=list(columns), dtype=object).astype(
            {"rank": int} if sheet == "levels" else {}
        )
        for sheet, columns in SHEETS.items()
    }


def slug(text: str) -> str:
    """A lower-case id from a name: ``"Managing Work"`` -> ``"managing-work"``.

    Examples
    --------
    >>> slug("Partnerships & Working With Others")
    'partnerships-working-with-others'
    """
    return re.sub(r"[^a-z0-9]+", "-", text.casefold()).strip("-") or "item"
