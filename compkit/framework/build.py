"""Build an immutable :class:`~compkit.framework.model.Framework` from a framework document.

A document is the file format as parsed from YAML or JSON (plain dicts and lists);
:func:`from_dict` validates it (every problem at once) unless told it already was.
"""

from __future__ import annotations

from collections import Counter

from ..errors import FrameworkFileError
from .model import (
    Competency,
    Framework,
    Group,
    Indicator,
    Level,
    Passage,
    Repair,
    Role,
    SourceRef,
    Undefined,
    Value,
)
from .validate import validate_data

__all__ = ["from_dict"]


def _src(d: dict | None) -> SourceRef:
    if not d:
        return SourceRef()
    return SourceRef(
        tuple(d.get("lines", ())),
        tuple(d.get("numbers", ())),
        d.get("ref", ""),
        d.get("file", ""),
        d.get("page"),
        d.get("sheet", ""),
        d.get("cell", ""),
        d.get("paragraph"),
        d.get("table"),
    )


def _stem(value) -> dict:
    """A scope's ``stem`` as record fields: a string for every statement, or a mapping by side."""
    if isinstance(value, dict):
        return {
            "stem": value.get("effective", ""),
            "ineffective_stem": value.get("ineffective", ""),
        }
    return {"stem": value or ""}


def from_dict(data: dict, *, validate: bool = True) -> Framework:
    """Build a framework from a document in the file format (as parsed from YAML or JSON).

    Raises
    ------
    compkit.FrameworkFileError
        When ``validate`` is true and the document breaks the format.
    """
    if validate:
        problems = validate_data(data)
        if problems:
            name = data.get("id", "framework") if isinstance(data, dict) else "framework"
            raise FrameworkFileError(f"<{name}>", problems)
    levels = tuple(
        sorted(
            (
                Level(
                    lv["id"],
                    lv["name"],
                    lv["rank"],
                    lv.get("description", ""),
                    _src(lv.get("source")),
                    **_stem(lv.get("stem")),
                )
                for lv in data["levels"]
            ),
            key=lambda lv: lv.rank,
        )
    )
    rank = {lv.id: lv.rank for lv in levels}
    comps, indicators = [], []
    for c in data["competencies"]:
        comps.append(
            Competency(
                c["id"],
                c["name"],
                c.get("description", ""),
                c.get("group"),
                tuple(c.get("values", ())),
                tuple(c.get("levels", ())),
                _src(c.get("source")),
                undefined=tuple(
                    Undefined(
                        u["level"], u.get("note", ""), u.get("polarity"), _src(u.get("source"))
                    )
                    for u in c.get("undefined") or ()
                ),
                **_stem(c.get("stem")),
            )
        )
        position: Counter[str] = Counter()
        cell = []
        for ind in c["indicators"]:
            position[ind["level"]] += 1
            repair = ind.get("repair")
            cell.append(
                Indicator(
                    ind["id"],
                    c["id"],
                    ind["level"],
                    position[ind["level"]],
                    ind["text"],
                    ind.get("polarity", "effective"),
                    _src(ind.get("source")),
                    Repair(repair["kind"], repair["note"]) if repair else None,
                    ind.get("mirrors"),
                    ind.get("note") or "",
                )
            )
        indicators += sorted(cell, key=lambda i: (rank[i.level], i.position))
    rules = data.get("rules") or {}
    src = data.get("source") or {}
    return Framework(
        id=data["id"],
        title=data["title"],
        organisation=data["organisation"],
        level_records=levels,
        competency_records=tuple(comps),
        indicator_records=tuple(indicators),
        value_records=tuple(
            Value(v["id"], v["name"], v.get("description", ""), _src(v.get("source")))
            for v in data.get("values") or ()
        ),
        group_records=tuple(
            Group(g["id"], g["name"], g.get("description", ""), _src(g.get("source")))
            for g in data.get("groups") or ()
        ),
        role_records=tuple(
            Role(
                r["id"],
                r["name"],
                tuple(r["requires"].items()),
                r.get("description", ""),
                _src(r.get("source")),
            )
            for r in data.get("roles") or ()
        ),
        introduction=tuple(
            Passage(p["text"], _src(p.get("source"))) for p in data.get("introduction") or ()
        ),
        short_name=data.get("short_name", ""),
        version=data.get("version", ""),
        licence=data.get("licence", ""),
        notes=data.get("notes", ""),
        competency_term=data.get("competency_term", "competency"),
        cumulative=data.get("cumulative", True),
        source_file=src.get("file", ""),
        source_description=src.get("description", ""),
        source_url=src.get("url", ""),
        rules={k: tuple(v) for k, v in rules.items()},
        language=data.get("language", "en-GB"),
        **_stem(data.get("stem")),
        schema_version=data.get("schema_version", 1),
        retired_ids=tuple(dict.fromkeys(data["retired_ids"])) if "retired_ids" in data else None,
    )
