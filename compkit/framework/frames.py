"""Tidy DataFrames of a framework: column names defined once, cumulative queries, combined frames.

Every table has one row per thing and a ``framework`` column, so tables of several frameworks
concatenate into one long frame (:func:`combine`) for comparisons.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pandas as pd

if TYPE_CHECKING:
    from .model import Framework

#: Columns of ``Framework.indicators``.
INDICATOR_COLUMNS = [
    "framework",
    "indicator_id",
    "competency_id",
    "competency",
    "group",
    "group_id",
    "level",
    "level_name",
    "level_rank",
    "position",
    "text",
    "polarity",
    "source_lines",
    "source_numbers",
    "repair",
    "note",
]
#: Columns of ``Framework.competencies``.
COMPETENCY_COLUMNS = [
    "framework",
    "competency_id",
    "competency",
    "position",
    "description",
    "group",
    "group_id",
    "value_names",
    "values",
    "level_names",
    "levels",
    "n_indicators",
]
#: Columns of ``Framework.levels``.
LEVEL_COLUMNS = ["framework", "level", "level_name", "level_rank", "description", "cumulative"]
#: Columns of ``Framework.values``.
VALUE_COLUMNS = [
    "framework",
    "value_id",
    "value",
    "description",
    "competency_names",
    "competencies",
]
#: Columns of ``Framework.competency_values``.
COMPETENCY_VALUE_COLUMNS = ["framework", "competency_id", "competency", "value_id", "value"]
#: Columns of ``Framework.roles``.
ROLE_COLUMNS = [
    "framework",
    "role_id",
    "role",
    "competency_id",
    "competency",
    "level",
    "level_name",
    "level_rank",
]
#: Columns of ``Framework.groups``.
GROUP_COLUMNS = [
    "framework",
    "group_id",
    "group",
    "description",
    "competency_names",
    "competencies",
]
#: Columns of ``Framework.repairs``.
REPAIR_COLUMNS = [
    "framework",
    "indicator_id",
    "competency_id",
    "competency",
    "level",
    "level_name",
    "kind",
    "note",
    "source_lines",
    "source_numbers",
    "text",
]

TABLES = (
    "indicators",
    "competencies",
    "levels",
    "values",
    "competency_values",
    "roles",
    "groups",
    "repairs",
)


def _join(numbers) -> str:
    return ",".join(str(n) for n in numbers)


def _name(records: dict, ident: str | None) -> str:
    """The name of the record ``ident`` names ("" for none)."""
    return records[ident].name if ident in records else ""


def _names(records: dict, idents) -> str:
    """Names of records, in order, joined by "; " (names may hold commas: "Creativity, ...").

    A list's ids are joined by ", " in the column beside it, for joins (see :data:`TABLES`).
    """
    return "; ".join(_name(records, i) or i for i in idents)


def _frame(rows: list[dict], columns: list[str]) -> pd.DataFrame:
    return (
        pd.DataFrame(rows, columns=columns)
        if rows
        else pd.DataFrame({c: pd.Series(dtype="object") for c in columns})
    )


def build_frames(fw: Framework) -> dict[str, pd.DataFrame]:
    """Build every table of ``fw`` (called once per framework, on first use)."""
    levels = {lv.id: lv for lv in fw.level_records}
    comps = {c.id: c for c in fw.competency_records}
    values = {v.id: v for v in fw.value_records}
    groups = {g.id: g for g in fw.group_records}
    f = fw.id

    ind = _frame(
        [
            {
                "framework": f,
                "indicator_id": i.id,
                "competency_id": i.competency,
                "competency": comps[i.competency].name,
                "group": _name(groups, comps[i.competency].group),
                "group_id": comps[i.competency].group or "",
                "level": i.level,
                "level_name": levels[i.level].name,
                "level_rank": levels[i.level].rank,
                "position": i.position,
                "text": i.text,
                "polarity": i.polarity,
                "source_lines": _join(i.source.lines),
                "source_numbers": _join(i.source.numbers),
                "repair": i.repair.kind if i.repair else "",
                "note": i.note,
            }
            for i in fw.indicator_records
        ],
        INDICATOR_COLUMNS,
    )
    per_comp = ind.groupby("competency_id", sort=False).size()
    cv_rows = [
        {
            "framework": f,
            "competency_id": c.id,
            "competency": c.name,
            "value_id": v,
            "value": values[v].name,
        }
        for c in fw.competency_records
        for v in c.values
    ]
    return {
        "indicators": ind,
        "competencies": _frame(
            [
                {
                    "framework": f,
                    "competency_id": c.id,
                    "competency": c.name,
                    "position": n,
                    "description": c.description,
                    "group": _name(groups, c.group),
                    "group_id": c.group or "",
                    "value_names": _names(values, c.values),
                    "values": ", ".join(c.values),
                    "level_names": _names(levels, c.levels or fw.level_ids),
                    "levels": ", ".join(c.levels or fw.level_ids),
                    "n_indicators": int(per_comp.get(c.id, 0)),
                }
                for n, c in enumerate(fw.competency_records, 1)
            ],
            COMPETENCY_COLUMNS,
        ),
        "levels": _frame(
            [
                {
                    "framework": f,
                    "level": lv.id,
                    "level_name": lv.name,
                    "level_rank": lv.rank,
                    "description": lv.description,
                    "cumulative": fw.cumulative,
                }
                for lv in sorted(fw.level_records, key=lambda lv: lv.rank)
            ],
            LEVEL_COLUMNS,
        ),
        "values": _frame(
            [
                {
                    "framework": f,
                    "value_id": v.id,
                    "value": v.name,
                    "description": v.description,
                    "competency_names": _names(
                        comps, [r["competency_id"] for r in cv_rows if r["value_id"] == v.id]
                    ),
                    "competencies": ", ".join(
                        r["competency_id"] for r in cv_rows if r["value_id"] == v.id
                    ),
                }
                for v in fw.value_records
            ],
            VALUE_COLUMNS,
        ),
        "competency_values": _frame(cv_rows, COMPETENCY_VALUE_COLUMNS),
        "roles": _frame(
            [
                {
                    "framework": f,
                    "role_id": r.id,
                    "role": r.name,
                    "competency_id": c,
                    "competency": comps[c].name if c in comps else "",
                    "level": lv or "",
                    "level_name": levels[lv].name if lv in levels else "no level stated",
                    "level_rank": levels[lv].rank if lv in levels else 0,
                }
                for r in fw.role_records
                for c, lv in r.requires
            ],
            ROLE_COLUMNS,
        ),
        "groups": _frame(
            [
                {
                    "framework": f,
                    "group_id": g.id,
                    "group": g.name,
                    "description": g.description,
                    "competency_names": _names(
                        comps, [c.id for c in fw.competency_records if c.group == g.id]
                    ),
                    "competencies": ", ".join(
                        c.id for c in fw.competency_records if c.group == g.id
                    ),
                }
                for g in groups.values()
            ],
            GROUP_COLUMNS,
        ),
        "repairs": _frame(
            [
                {
                    "framework": f,
                    "indicator_id": i.id,
                    "competency_id": i.competency,
                    "competency": comps[i.competency].name,
                    "level": i.level,
                    "level_name": levels[i.level].name,
                    "kind": i.repair.kind,
                    "note": i.repair.note,
                    "source_lines": _join(i.source.lines),
                    "source_numbers": _join(i.source.numbers),
                    "text": i.text,
                }
                for i in fw.indicator_records
                if i.repair
            ],
            REPAIR_COLUMNS,
        ),
    }


POLARITIES = ("effective", "ineffective", "all")


def _check_polarity(polarity: str) -> None:
    if polarity not in POLARITIES:
        from ..errors import UsageError

        raise UsageError(f"unknown polarity {polarity!r}; expected one of: {', '.join(POLARITIES)}")


def counts(fw: Framework, *, polarity: str = "effective", names: bool = False) -> pd.DataFrame:
    """Statements per competency (rows, framework order) and level (columns, lowest first).

    Effective statements only unless ``polarity`` says otherwise. A cell the publisher left
    undefined holds ``<NA>`` (the columns are then pandas' nullable ``Int64``), an empty one 0.
    Indexed by ids (``competency_id`` × ``level``, as the indicators' columns join), or with
    ``names=True`` by the competencies' and levels' names, the table a reader wants to see.
    """
    table = _counts(fw, polarity)
    if not names:
        return table
    table = table.copy()
    table.index = pd.Index([c.name for c in fw.competency_records], dtype=object)
    table.columns = pd.Index([lv.name for lv in fw.level_records], dtype=object)
    return table.rename_axis(index=fw.competency_term.capitalize(), columns="Level")


def _counts(fw: Framework, polarity: str) -> pd.DataFrame:
    """:func:`counts` by ids."""
    _check_polarity(polarity)
    ind = fw.indicators
    if polarity != "all":
        ind = ind[ind["polarity"] == polarity]
    table = pd.crosstab(ind["competency_id"], ind["level"])
    table = (
        table.reindex(index=list(fw.competency_ids), columns=list(fw.level_ids), fill_value=0)
        .rename_axis(index="competency_id", columns="level")
        .astype("int64")
    )
    one_side = {
        (c.id, u.level)
        for c in fw.competency_records
        for u in c.undefined
        if u.polarity == polarity
    }
    held = set(zip(ind["competency_id"], ind["level"], strict=True))
    undefined = sorted((fw.undefined_cells | one_side) - held)
    if undefined:
        table = table.astype("Int64")
        for c, lv in undefined:
            table.loc[c, lv] = pd.NA
    return table


def profile(
    fw: Framework,
    *,
    level: str | int | None = None,
    role: str | None = None,
    competency: str | None = None,
    cumulative: bool | None = None,
    polarity: str = "effective",
) -> pd.DataFrame:
    """Indicators a holder of ``level`` or ``role`` must show; see :meth:`Framework.profile`.

    The indicators' columns, then the level required of each statement's competency:
    ``required_level`` (its id) and ``required_level_name``, as ``level`` and ``level_name``.
    """
    from ..errors import UsageError

    _check_polarity(polarity)
    if (level is None) == (role is None):
        raise UsageError("give exactly one of level= or role=")
    only = fw.competency(competency).id if competency is not None else None
    cumulative = fw.cumulative if cumulative is None else cumulative
    if role is not None:
        required = {c: fw.level(lv) for c, lv in fw.role(role).requires if lv is not None}
    else:
        top = fw.level(level)  # type: ignore[arg-type]
        required = dict.fromkeys(fw.competency_ids, top)
    ind = fw.indicators
    if polarity != "all":
        ind = ind[ind["polarity"] == polarity]
    need = ind["competency_id"].map({c: lv.rank for c, lv in required.items()})
    need_id = ind["competency_id"].map({c: lv.id for c, lv in required.items()})
    need_name = ind["competency_id"].map({c: lv.name for c, lv in required.items()})
    keep = (ind["level_rank"] <= need) if cumulative else (ind["level_rank"] == need)
    keep = keep.fillna(False).astype(bool)
    if only is not None:
        keep &= ind["competency_id"] == only
    out = ind.assign(required_level=need_id, required_level_name=need_name)[keep]
    return out.reset_index(drop=True)
