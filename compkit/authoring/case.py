"""Exchange a framework as a 1EdTech CASE 1.1 package (JSON): export, validate and import.

CASE (Competencies and Academic Standards Exchange) is the standard way to publish a competency
framework to learning platforms. :func:`to_case` builds a ``CFPackage``: a ``CFDocument`` for the
framework, ``CFItems`` for its levels, competencies and indicators, and ``CFAssociations`` that
place each competency in the document and each indicator in its competency (``isChildOf``, in
order) and at its level (``hasSkillLevel``). Identifiers are UUIDs derived from the framework's
ids, so exporting twice gives the same package. What CASE has no field for (ranks, source
lines, repairs, values, roles, the introduction) travels in each object's ``extensions``, so
:func:`from_case` gives back the same framework; it also reads packages from other tools,
taking the tree of ``isChildOf`` associations as competencies and their statements. The ids of
removed statements (``retired_ids``) travel in the ``CFDocument``'s extension, the record even
when empty; a statement another tool marks withdrawn (a ``statusEndDate`` on or before the
package's ``lastChangeDateTime``) is read as retired, not as a statement. Packages
are validated against ``schema/case-1.1-package.schema.json``, written for compkit from the
CASE 1.1 specification.
"""

from __future__ import annotations

import json
import os
import re
import uuid
from datetime import UTC, datetime
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from .. import _atomic
from ..errors import FrameworkFileError, Problem

__all__ = ["case_schema", "from_case", "read_case", "to_case", "validate_case", "write_case"]

#: Namespace of the UUIDs compkit gives CASE objects (uuid5 of framework id, kind and id).
NAMESPACE = uuid.UUID("5d0c8a8e-3f0b-4c55-9d2e-6b1f0c0a7c11")
_EXT = "compkit"  # the key of compkit's data in every `extensions` object


@cache
def case_schema() -> dict:
    """The JSON Schema compkit validates CASE 1.1 packages against.

    Examples
    --------
    >>> sorted(case_schema()["properties"])
    ['CFAssociations', 'CFDefinitions', 'CFDocument', 'CFItems', 'CFRubrics', 'extensions']
    """
    text = resources.files("compkit").joinpath("schema/case-1.1-package.schema.json")
    return json.loads(text.read_text("utf-8"))


def validate_case(package: Any) -> list[Problem]:
    """Every way ``package`` breaks the CASE 1.1 package schema (an empty list when valid).

    Examples
    --------
    >>> validate_case({"CFDocument": {"title": "x"}})[0].message
    "missing required key 'identifier'"
    """
    from ..framework._schema import format_path, iter_errors

    return [Problem(format_path(p), m) for p, m in iter_errors(package, case_schema())]


def _timestamp(when: datetime | str | None) -> str:
    if isinstance(when, str):
        return when
    if when is None:
        epoch = os.environ.get("SOURCE_DATE_EPOCH")  # reproducible builds
        when = datetime.fromtimestamp(int(epoch), UTC) if epoch else datetime.now(UTC)
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return when.replace(microsecond=0).isoformat()


def to_case(
    framework, *, changed: datetime | str | None = None, base_uri: str | None = None
) -> dict[str, Any]:
    """The framework as a CASE 1.1 package (a JSON-ready dict).

    Parameters
    ----------
    framework : Framework, bundled id or path
        The framework.
    changed : datetime or str, optional
        The ``lastChangeDateTime`` of every object (default: ``SOURCE_DATE_EPOCH`` when set,
        else now).
    base_uri : str, optional
        Where the package will be served; object URIs become ``{base_uri}/CFItems/{uuid}``.
        Default: ``urn:uuid:{uuid}``.

    Examples
    --------
    >>> pkg = to_case("cis", changed="2024-01-01T00:00:00+00:00")
    >>> pkg["CFDocument"]["title"], len(pkg["CFItems"]), len(pkg["CFAssociations"])
    ('Competencies – Senior Officer roles', 72, 134)
    >>> validate_case(pkg)
    []
    """
    from ..framework.io import load, to_dict

    fw = load(framework)
    doc = to_dict(fw)
    stamp = _timestamp(changed)

    def ident(kind: str, key: str) -> str:
        return str(uuid.uuid5(NAMESPACE, f"{fw.id}:{kind}:{key}"))

    def uri(kind: str, identifier: str) -> str:
        return (
            f"{base_uri.rstrip('/')}/{kind}/{identifier}" if base_uri else f"urn:uuid:{identifier}"
        )

    term = fw.competency_term.capitalize()
    types = {
        "level": ("Level", "A level of the framework; rank 1 is the lowest."),
        "competency": (term, f"A {fw.competency_term} of the framework."),
        "indicator": ("Indicator", "A behavioural indicator of a competency at a level."),
    }
    type_defs = []
    type_links = {}
    for n, (kind, (title, description)) in enumerate(types.items(), 1):
        key = ident("item-type", kind)
        type_defs.append(
            {
                "identifier": key,
                "uri": uri("CFItemTypes", key),
                "title": title,
                "description": description,
                "hierarchyCode": str(n),
                "typeCode": kind,
                "lastChangeDateTime": stamp,
            }
        )
        type_links[kind] = {"title": title, "identifier": key, "uri": uri("CFItemTypes", key)}

    doc_id = ident("document", fw.id)
    document = {
        "identifier": doc_id,
        "uri": uri("CFDocuments", doc_id),
        "frameworkType": "competency framework",
        "caseVersion": "1.1",
        "creator": fw.organisation,
        "title": fw.title,
        "lastChangeDateTime": stamp,
        "publisher": fw.organisation,
        "language": fw.language,
        "extensions": {_EXT: {k: v for k, v in doc.items() if k not in ("levels", "competencies")}},
    }
    if fw.retired_ids is not None:  # the record of removed statements' ids, even when empty
        document["extensions"][_EXT]["retired_ids"] = list(fw.retired_ids)
    if fw.version:
        document["version"] = fw.version
    if fw.notes:
        document["notes"] = fw.notes
    if re.match(r"^https?://\S+$", fw.source_url):
        document["officialSourceURL"] = fw.source_url
    doc_link = {"title": fw.title, "identifier": doc_id, "uri": document["uri"]}

    items: list[dict] = []
    links: dict[tuple[str, str], dict] = {}

    def item(kind: str, key: str, statement: str, record: dict, **extra) -> None:
        identifier = ident(kind, key)
        entry = {
            "identifier": identifier,
            "fullStatement": statement,
            "CFItemType": types[kind][0],
            "CFItemTypeURI": type_links[kind],
            "uri": uri("CFItems", identifier),
            "humanCodingScheme": key,
            **extra,
            "lastChangeDateTime": stamp,
            "extensions": {_EXT: {"kind": kind, **record}},
        }
        items.append(entry)
        links[kind, key] = {"title": key, "identifier": identifier, "uri": entry["uri"]}

    for lv in doc["levels"]:
        item("level", lv["id"], lv["name"], lv, listEnumeration=str(lv["rank"]))
    for comp in doc["competencies"]:
        record = {k: v for k, v in comp.items() if k != "indicators"}
        item("competency", comp["id"], comp["name"], record)
        for ind in comp["indicators"]:
            item("indicator", ind["id"], ind["text"], ind)

    associations: list[dict] = []

    def associate(kind: str, origin: dict, destination: dict, n: int | None = None) -> None:
        key = ident("association", f"{kind}:{origin['identifier']}:{destination['identifier']}")
        entry = {
            "identifier": key,
            "associationType": kind,
            "uri": uri("CFAssociations", key),
            "originNodeURI": origin,
            "destinationNodeURI": destination,
            "lastChangeDateTime": stamp,
        }
        if n is not None:
            entry["sequenceNumber"] = n
        associations.append(entry)

    for n, comp in enumerate(doc["competencies"], 1):
        associate("isChildOf", links["competency", comp["id"]], doc_link, n)
        for k, ind in enumerate(comp["indicators"], 1):
            associate(
                "isChildOf", links["indicator", ind["id"]], links["competency", comp["id"]], k
            )
            associate("hasSkillLevel", links["indicator", ind["id"]], links["level", ind["level"]])
    for lv in doc["levels"]:
        associate(
            "isChildOf", links["level", lv["id"]], doc_link, len(doc["competencies"]) + lv["rank"]
        )
    return {
        "CFDocument": document,
        "CFItems": items,
        "CFAssociations": associations,
        "CFDefinitions": {"CFItemTypes": type_defs},
    }


def write_case(
    framework,
    path: str | os.PathLike,
    *,
    changed: datetime | str | None = None,
    base_uri: str | None = None,
) -> Path:
    """Write the framework as a CASE 1.1 JSON package, atomically (see :func:`to_case`).

    Examples
    --------
    >>> import tempfile, pathlib
    >>> out = write_case("wsx", pathlib.Path(tempfile.mkdtemp()) / "wsx.case.json")
    >>> len(read_case(out).indicators)
    153
    """
    package = to_case(framework, changed=changed, base_uri=base_uri)
    return _atomic.write_text(path, json.dumps(package, ensure_ascii=False, indent=2) + "\n")


def read_case(path: str | os.PathLike):
    """Read a CASE 1.1 JSON package into a framework (see :func:`from_case`).

    Raises
    ------
    compkit.FrameworkFileError
        When the file is not JSON, breaks the CASE schema, or does not make a valid framework.
    """
    from ..errors import FrameworkNotFoundError, InputError
    from ..framework.limits import load_json, read_text

    path = Path(path)
    if not path.exists():
        raise FrameworkNotFoundError(f"{path}: no such CASE package")
    try:  # size, encoding, a folder, nesting: the same guards as every other input
        package = load_json(read_text(path), path)
    except InputError as exc:
        message = str(exc).removeprefix(f"{path}: ")
        raise FrameworkFileError(path, [Problem("", message)]) from None
    return from_case(package, name=str(path))


def from_case(package: dict, *, name: str = "<CASE package>"):
    """Build a framework from a CASE 1.1 package (as parsed from JSON).

    A package written by :func:`to_case` gives back the same framework. For other packages:
    the document's children (``isChildOf``) are the competencies, in ``sequenceNumber`` order,
    and everything below a competency is its statements; items of type ``Level`` (or the
    targets of ``hasSkillLevel``) are the levels; statements without a level go to the lowest,
    and a statement whose ``statusEndDate`` has come by the document's ``lastChangeDateTime``
    is not read but its id retired (``retired_ids``).

    Raises
    ------
    compkit.FrameworkFileError
        Listing every way the package breaks the CASE schema, or the framework format.

    Examples
    --------
    >>> import compkit
    >>> fw = from_case(to_case("cis"))
    >>> compkit.framework.to_dict(fw) == compkit.framework.to_dict("cis")
    True
    """
    from ..framework.build import from_dict
    from ..framework.validate import validate_data

    problems = validate_case(package)
    if problems:
        raise FrameworkFileError(name, problems)
    doc = _document(package)
    found = validate_data(doc)
    if found:
        raise FrameworkFileError(name, found)
    return from_dict(doc, validate=False)


def _ext(obj: dict) -> dict:
    ext = obj.get("extensions") or {}
    value = ext.get(_EXT) if isinstance(ext, dict) else None
    return value if isinstance(value, dict) else {}


def _slug(text: str, fallback: str) -> str:
    out = re.sub(r"[^a-z0-9]+", "-", text.casefold()).strip("-")[:40].strip("-")
    return out or fallback


def _document(package: dict) -> dict[str, Any]:
    cf_doc = package["CFDocument"]
    meta = dict(_ext(cf_doc))
    doc: dict[str, Any] = {"schema_version": 1}
    doc.update(meta)
    doc.setdefault("id", _slug(cf_doc["title"], "framework"))
    doc["title"] = cf_doc["title"]
    doc["organisation"] = cf_doc["creator"]
    for key in ("version", "notes"):
        if cf_doc.get(key):
            doc[key] = cf_doc[key]
    if cf_doc.get("officialSourceURL") and not (meta.get("source") or {}).get("url"):
        doc["source"] = {**(meta.get("source") or {}), "url": cf_doc["officialSourceURL"]}
    doc.setdefault("cumulative", True)

    items = {i["identifier"]: i for i in package.get("CFItems") or []}
    children: dict[str, list[tuple[float, int, str]]] = {}
    level_of: dict[str, str] = {}
    for n, a in enumerate(package.get("CFAssociations") or []):
        origin, dest = a["originNodeURI"]["identifier"], a["destinationNodeURI"]["identifier"]
        if a["associationType"] == "isChildOf":
            seq = a.get("sequenceNumber")
            children.setdefault(dest, []).append(
                (seq if seq is not None else float("inf"), n, origin)
            )
        elif a["associationType"] == "hasSkillLevel":
            level_of[origin] = dest
    for kids in children.values():
        kids.sort()
    level_targets = set(level_of.values())

    def kind(identifier: str) -> str:
        it = items.get(identifier, {})
        k = _ext(it).get("kind")
        if k:
            return k
        if str(it.get("CFItemType", "")).casefold() == "level" or identifier in level_targets:
            return "level"
        return "item"

    def key(identifier: str, taken: set[str]) -> str:
        it = items[identifier]
        base = _ext(it).get("id") or it.get("humanCodingScheme") or ""
        if not re.fullmatch(r"[a-z0-9][a-z0-9._-]*", base):
            base = _slug(base or it["fullStatement"], identifier[:8])
        out, n = base, 1
        while out in taken:
            n += 1
            out = f"{base}-{n}"
        taken.add(out)
        return out

    level_items = [i for i in items if kind(i) == "level"]
    ranks = {}
    for n, i in enumerate(level_items, 1):
        enum = items[i].get("listEnumeration", "")
        ranks[i] = _ext(items[i]).get("rank") or (int(enum) if str(enum).isdigit() else n)
    level_items.sort(key=lambda i: ranks[i])
    levels, taken = {}, set()
    for n, i in enumerate(level_items, 1):
        record = {k: v for k, v in _ext(items[i]).items() if k != "kind"}
        record["id"] = key(i, taken)
        record["name"] = items[i]["fullStatement"]
        record.setdefault("rank", ranks[i] if ranks[i] else n)
        levels[i] = record
    if not levels:
        levels[""] = {"id": "level-1", "name": "Level 1", "rank": 1}
    lowest = next(iter(levels.values()))["id"]
    doc["levels"] = list(levels.values())

    def descendants(identifier: str) -> list[str]:
        out = []
        for _, _, child in children.get(identifier, []):
            if child in items and kind(child) != "level":
                out += [child, *descendants(child)]
        return out

    competencies: list[dict] = []
    retired: list[str] = []
    taken, ind_taken = set(), set()
    for _, _, c in children.get(cf_doc["identifier"], []):
        if c not in items or kind(c) == "level":
            continue
        record = {k: v for k, v in _ext(items[c]).items() if k != "kind"}
        record["id"] = key(c, taken)
        record["name"] = items[c]["fullStatement"]
        inds = []
        for i in descendants(c):
            if _ended(items[i], cf_doc):  # withdrawn by the package's last change: retired
                retired.append(key(i, ind_taken))
                continue
            ind = {k: v for k, v in _ext(items[i]).items() if k != "kind"}
            ind["id"] = key(i, ind_taken)
            ind["text"] = items[i]["fullStatement"]
            if i in level_of and level_of[i] in levels:
                ind["level"] = levels[level_of[i]]["id"]
            ind.setdefault("level", lowest)
            inds.append(ind)
        record["indicators"] = inds
        competencies.append(record)
    doc["competencies"] = competencies
    if retired:
        doc["retired_ids"] = list(dict.fromkeys([*(doc.get("retired_ids") or []), *retired]))
    return doc


def _ended(item: dict, cf_doc: dict) -> bool:
    """True for a statement whose ``statusEndDate`` is on or before the package's last change."""
    end = item.get("statusEndDate")
    return isinstance(end, str) and end[:10] <= str(cf_doc.get("lastChangeDateTime", ""))[:10]
