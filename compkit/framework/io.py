"""Read and write framework files: find bundled frameworks, load and validate YAML, export JSON.

A framework file is YAML in the format of the published JSON Schema
(``compkit/schema/framework.schema.json``, see ``docs/format.md``). Loading validates the whole
file and reports every problem at once, each with its file and line, then builds an immutable
:class:`~compkit.framework.model.Framework`.
"""

from __future__ import annotations

import itertools
import json
import os
from collections import Counter
from pathlib import Path
from typing import Any

from .. import _atomic
from ..errors import FrameworkFileError, FrameworkNotFoundError, Problem
from ._schema import format_path, framework_schema, iter_errors
from ._yaml import LineMap, describe_yaml_error, load_yaml
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
    Value,
)

__all__ = ["bundled", "data_dir", "from_dict", "load", "load_all", "to_dict", "write_json"]

FrameworkLike = Framework | str | os.PathLike


def data_dir() -> Path:
    """The project's ``data/`` folder (override with the ``COMPKIT_DATA`` environment variable).

    Examples
    --------
    >>> (data_dir() / "frameworks").is_dir()
    True
    """
    env = os.environ.get("COMPKIT_DATA")
    return Path(env) if env else Path(__file__).resolve().parents[2] / "data"


def bundled() -> dict[str, Path]:
    """Bundled framework ids and their files, from ``data/frameworks/*.yaml``.

    Examples
    --------
    >>> sorted(bundled())
    ['cis', 'wsx']
    """
    folder = data_dir() / "frameworks"
    return {p.stem: p for p in sorted(folder.glob("*.yaml"))}


def load(framework: FrameworkLike) -> Framework:
    """Load a framework from a bundled id (``"cis"``, ``"wsx"``) or the path of a YAML file.

    Parameters
    ----------
    framework : str, path or Framework
        A bundled id, a path, or an already loaded framework (returned as is).

    Returns
    -------
    Framework
        The immutable framework.

    Raises
    ------
    compkit.FrameworkNotFoundError
        When ``framework`` is neither a bundled id nor an existing file.
    compkit.FrameworkFileError
        When the file is malformed; the message lists every problem with its line.

    Examples
    --------
    >>> import compkit
    >>> compkit.load("wsx")
    <Framework 'wsx': Staff Competency Framework (WSX Mind); 5 levels, 4 clusters, 153 indicators>
    """
    if isinstance(framework, Framework):
        return framework
    return _load_cached(_resolve(framework))


_CACHE: dict[Path, tuple[int, int, Framework]] = {}


def _load_cached(path: Path) -> Framework:
    stat = path.stat()
    hit = _CACHE.get(path)
    if hit and hit[:2] == (stat.st_mtime_ns, stat.st_size):
        return hit[2]
    fw = read_framework(path)
    _CACHE[path] = (stat.st_mtime_ns, stat.st_size, fw)
    return fw


def _resolve(framework: str | os.PathLike) -> Path:
    text = os.fspath(framework)
    known = bundled()
    if text in known:
        return known[text]
    path = Path(text).expanduser()
    if path.is_file():
        return path.resolve()
    ids = ", ".join(known) or "none found in " + str(data_dir() / "frameworks")
    if path.suffix or os.sep in text or "/" in text:
        raise FrameworkNotFoundError(
            f"{text}: no such framework file; expected the path of a framework YAML file "
            f"or a bundled id ({ids})"
        )
    raise FrameworkNotFoundError(
        f"unknown framework {text!r}; expected a bundled id ({ids}) or the path of a "
        "framework YAML file"
    )


def load_all() -> dict[str, Framework]:
    """Load every bundled framework, keyed by id.

    Examples
    --------
    >>> import compkit
    >>> {k: len(v.indicators) for k, v in compkit.load_all().items()}
    {'cis': 62, 'wsx': 153}
    """
    return {key: _load_cached(path) for key, path in bundled().items()}


def read_framework(path: str | os.PathLike) -> Framework:
    """Read and validate one framework file (no cache); see :func:`load`."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise FrameworkNotFoundError(f"{path}: no such framework file") from None
    except UnicodeDecodeError as exc:
        raise FrameworkFileError(
            path,
            [
                Problem(
                    "", f"not UTF-8 text ({exc.reason} at byte {exc.start}); save the file as UTF-8"
                )
            ],
        ) from None
    except OSError as exc:
        raise FrameworkFileError(
            path, [Problem("", f"cannot read the file: {exc.strerror}")]
        ) from None
    return from_text(text, file=path)


def from_text(text: str, *, file: str | os.PathLike = "<string>") -> Framework:
    """Parse and validate YAML text (``file`` names it in messages)."""
    import yaml

    try:
        data, lines, problems = load_yaml(text)
    except yaml.YAMLError as exc:
        raise FrameworkFileError(file, [describe_yaml_error(exc)]) from None
    problems += validate_data(data, lines)
    if problems:
        raise FrameworkFileError(file, problems)
    fw = from_dict(data, validate=False)
    path = Path(file) if file != "<string>" else None
    return fw if path is None else _with_path(fw, path)


def _with_path(fw: Framework, path: Path) -> Framework:
    from dataclasses import replace

    return replace(fw, path=path)


def validate_data(data: Any, lines: LineMap | None = None) -> list[Problem]:
    """Every problem of a framework document: schema first, then references and duplicates."""
    locate = lines.line if lines is not None else (lambda path: None)
    found = [
        (path, f"{path[-1]}: {msg}" if _names_field(path, msg) else msg)
        for path, msg in iter_errors(data, framework_schema())
    ]
    if isinstance(data, dict):
        found += list(_reference_errors(data))
    return [
        Problem(format_path(path), _subject(data, path) + msg, locate(path)) for path, msg in found
    ]


def _names_field(path: tuple, msg: str) -> bool:
    return (
        bool(path) and isinstance(path[-1], str) and not msg.startswith(("unknown key", "missing"))
    )


_SINGULAR = {
    "levels": "level",
    "groups": "group",
    "values": "value",
    "competencies": "competency",
    "indicators": "indicator",
    "roles": "role",
    "introduction": "introduction passage",
}


def _subject(data: Any, path: tuple) -> str:
    """Name the innermost item a path points into: ``"indicator 'people-l1-1': "``."""
    subject, node = "", data
    for key, step in itertools.pairwise(path):
        try:
            node = node[key]
            item = node[step] if isinstance(node, list) and isinstance(step, int) else None
        except (KeyError, IndexError, TypeError):
            break
        if key in _SINGULAR and isinstance(item, dict):
            ident = item.get("id")
            subject = (
                f"{_SINGULAR[key]} {ident!r}: "
                if isinstance(ident, str)
                else (f"{_SINGULAR[key]} #{step + 1}: ")
            )
    return subject


def _items(data: dict, key: str) -> list[tuple[int, dict]]:
    seq = data.get(key)
    return (
        [(i, x) for i, x in enumerate(seq) if isinstance(x, dict)] if isinstance(seq, list) else []
    )


def _ids(entries: list[tuple[int, dict]]) -> list[str]:
    return [str(e["id"]) for _, e in entries if isinstance(e.get("id"), str)]


def _reference_errors(data: dict):
    """Duplicate ids and references to undeclared levels, values, groups and competencies."""
    levels, comps = _items(data, "levels"), _items(data, "competencies")
    level_ids = _ids(levels)
    declared = {
        "level": level_ids,
        "value": _ids(_items(data, "values")),
        "group": _ids(_items(data, "groups")),
        "competency": _ids(comps),
    }

    def unknown(kind: str, value: Any, path: tuple) -> tuple[tuple, str]:
        names = ", ".join(declared[kind]) or "none"
        return path, f"unknown {kind} {value!r}; expected one of the declared {kind}s: {names}"

    for key in ("levels", "groups", "values", "competencies", "roles"):
        yield from _duplicates(key, _items(data, key))
    indicators = [
        (("competencies", ci, "indicators", ii), ind)
        for ci, comp in comps
        for ii, ind in enumerate(comp.get("indicators") or [])
        if isinstance(ind, dict)
    ]
    seen: dict[str, tuple] = {}
    for path, ind in indicators:
        key = ind.get("id")
        if isinstance(key, str) and key in seen:
            yield (
                (*path, "id"),
                (
                    f"duplicate indicator id '{key}' (also at {format_path(seen[key])}); "
                    "each indicator needs its own id"
                ),
            )
        elif isinstance(key, str):
            seen[key] = path
    ranks = Counter(lv.get("rank") for _, lv in levels if isinstance(lv.get("rank"), int))
    for i, lv in levels:
        if ranks.get(lv.get("rank"), 0) > 1:
            yield (
                ("levels", i, "rank"),
                (f"duplicate level rank {lv['rank']}; each level needs its own rank (1 = lowest)"),
            )
    for ci, comp in comps:
        for kind, key in (("value", "values"), ("level", "levels")):
            for j, ref in enumerate(comp.get(key) or []):
                if isinstance(ref, str) and ref not in declared[kind]:
                    yield unknown(kind, ref, ("competencies", ci, key, j))
        if isinstance(comp.get("group"), str) and comp["group"] not in declared["group"]:
            yield unknown("group", comp["group"], ("competencies", ci, "group"))
        applies = comp.get("levels") or level_ids
        for ii, ind in enumerate(comp.get("indicators") or []):
            lv = ind.get("level") if isinstance(ind, dict) else None
            path = ("competencies", ci, "indicators", ii, "level")
            if isinstance(lv, str) and lv not in level_ids:
                yield unknown("level", lv, path)
            elif isinstance(lv, str) and lv not in applies:
                yield (
                    path,
                    (
                        f"level {lv!r} is not one of the levels competency '{comp.get('id')}' is "
                        f"described at ({', '.join(map(str, applies))}); add it to its `levels:`"
                    ),
                )
    for ri, role in _items(data, "roles"):
        requires = role.get("requires")
        for comp_id, lv in requires.items() if isinstance(requires, dict) else []:
            if comp_id not in declared["competency"]:
                yield unknown("competency", comp_id, ("roles", ri, "requires", comp_id))
            if isinstance(lv, str) and lv not in level_ids:
                yield unknown("level", lv, ("roles", ri, "requires", comp_id))


def _duplicates(key: str, entries: list[tuple[int, dict]]):
    first: dict[str, int] = {}
    for i, entry in entries:
        ident = entry.get("id")
        if not isinstance(ident, str):
            continue
        if ident in first:
            yield (
                (key, i, "id"),
                (
                    f"duplicate id '{ident}' in {key} (also {key}[{first[ident]}]); "
                    "ids must be unique"
                ),
            )
        else:
            first[ident] = i


# -- dict <-> model -------------------------------------------------------------------------


def _src(d: dict | None) -> SourceRef:
    if not d:
        return SourceRef()
    return SourceRef(tuple(d.get("lines", ())), tuple(d.get("numbers", ())), d.get("ref", ""))


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
    )


def _src_dict(s: SourceRef) -> dict:
    out: dict[str, Any] = {}
    if s.lines:
        out["lines"] = list(s.lines)
    if s.numbers:
        out["numbers"] = list(s.numbers)
    if s.ref:
        out["ref"] = s.ref
    return out


def _clean(d: dict[str, Any]) -> dict[str, Any]:
    """Drop empty optional entries so documents stay as short as the author wrote them."""
    return {k: v for k, v in d.items() if v not in ("", None, (), [], {})}


def to_dict(framework: FrameworkLike) -> dict[str, Any]:
    """The framework as a document in the file format (plain dicts and lists, JSON-ready).

    ``from_dict(to_dict(fw))`` gives back an equal framework.

    Examples
    --------
    >>> import compkit
    >>> doc = compkit.to_dict("cis")
    >>> doc["id"], len(doc["competencies"]), doc["roles"][0]["requires"]["others"]
    ('cis', 6, 'l3')
    """
    fw = load(framework)
    by_comp: dict[str, list[Indicator]] = {c: [] for c in fw.competency_ids}
    for ind in fw.indicator_records:
        by_comp[ind.competency].append(ind)
    doc: dict[str, Any] = {
        "schema_version": 1,
        "id": fw.id,
        "title": fw.title,
        "organisation": fw.organisation,
        "short_name": fw.short_name,
        "version": fw.version,
        "licence": fw.licence,
        "notes": fw.notes,
        "competency_term": fw.competency_term,
        "cumulative": fw.cumulative,
        "source": _clean(
            {"file": fw.source_file, "description": fw.source_description, "url": fw.source_url}
        ),
        "introduction": [
            _clean({"text": p.text, "source": _src_dict(p.source)}) for p in fw.introduction
        ],
        "rules": {k: list(v) for k, v in fw.rules.items()},
        "levels": [
            _clean(
                {
                    "id": lv.id,
                    "name": lv.name,
                    "rank": lv.rank,
                    "description": lv.description,
                    "source": _src_dict(lv.source),
                }
            )
            for lv in fw.level_records
        ],
        "groups": [
            _clean(
                {
                    "id": g.id,
                    "name": g.name,
                    "description": g.description,
                    "source": _src_dict(g.source),
                }
            )
            for g in fw.group_records
        ],
        "values": [
            _clean(
                {
                    "id": v.id,
                    "name": v.name,
                    "description": v.description,
                    "source": _src_dict(v.source),
                }
            )
            for v in fw.value_records
        ],
        "competencies": [
            {
                **_clean(
                    {
                        "id": c.id,
                        "name": c.name,
                        "description": c.description,
                        "group": c.group,
                        "values": list(c.values),
                        "levels": list(c.levels),
                        "source": _src_dict(c.source),
                    }
                ),
                "indicators": [
                    _clean(
                        {
                            "id": i.id,
                            "level": i.level,
                            "text": i.text,
                            "polarity": None if i.polarity == "effective" else i.polarity,
                            "source": _src_dict(i.source),
                            "repair": {"kind": i.repair.kind, "note": i.repair.note}
                            if i.repair
                            else None,
                        }
                    )
                    for i in by_comp[c.id]
                ],
            }
            for c in fw.competency_records
        ],
        "roles": [
            _clean(
                {
                    "id": r.id,
                    "name": r.name,
                    "description": r.description,
                    "requires": dict(r.requires),
                    "source": _src_dict(r.source),
                }
            )
            for r in fw.role_records
        ],
    }
    keep = {"schema_version", "id", "title", "organisation", "levels", "competencies", "cumulative"}
    return {k: v for k, v in doc.items() if k in keep or v not in ("", None, [], {})}


def write_json(framework: FrameworkLike, path: str | os.PathLike) -> Path:
    """Write the framework document as JSON (the file format, :func:`load` reads it), atomically."""
    text = json.dumps(to_dict(framework), ensure_ascii=False, indent=2) + "\n"
    return _atomic.write_text(path, text)
