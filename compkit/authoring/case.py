"""Exchange a framework as a 1EdTech CASE 1.1 package (JSON): export, validate and import.

CASE (Competencies and Academic Standards Exchange) is the standard way to publish a competency
framework to learning platforms. :func:`to_case` builds a ``CFPackage``: a ``CFDocument`` for the
framework (its introduction the ``description``), ``CFItems`` for its levels, groups, competencies
and indicators (an ineffective one typed "Ineffective indicator"; a described competency or level
named by its ``abbreviatedStatement`` over its description as ``fullStatement``; a statement's note
as its ``notes``, CASE's field for it, which is read back from any package, as is a competency's or
group's note, which compkit keeps in the framework's notes: :mod:`._case_notes`), and
``CFAssociations`` that place each competency in its group or the document and each indicator in its
competency (``isChildOf``, in order) and at its level (``hasSkillLevel``). Identifiers are UUIDs
derived from the framework's ids, so exporting twice gives the same package. What CASE has no field
for (ranks, source lines, repairs, values, roles) travels in each object's ``extensions``, so
:func:`from_case` gives back the same framework; it also reads packages from other tools, taking the
tree of ``isChildOf`` associations as competencies and their statements (:mod:`._case_read`). The
ids of removed statements (``retired_ids``) travel in the ``CFDocument``'s extension, the record
even when empty; a statement another tool marks withdrawn (a ``statusEndDate`` on or before the
package's ``lastChangeDateTime``) is read as retired, not as a statement. Packages are validated
against ``schema/case-1.1-package.schema.json``, written for compkit from the CASE 1.1
specification.
"""

from __future__ import annotations

import json
import os
import re
import uuid
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from .. import _atomic
from ..errors import Problem
from ._case_notes import item_notes
from ._case_read import _EXT, case_schema, from_case

__all__ = ["case_schema", "from_case", "read_case", "to_case", "validate_case", "write_case"]

#: Namespace of the UUIDs compkit gives CASE objects (uuid5 of framework id, kind and id).
NAMESPACE = uuid.UUID("5d0c8a8e-3f0b-4c55-9d2e-6b1f0c0a7c11")


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
    if doc.get("groups"):  # a CASE reader sees the clusters, each over its competencies
        types["group"] = ("Group", "A group of competencies (a cluster, domain or theme).")
    if any(
        i.get("polarity") == "ineffective" for c in doc["competencies"] for i in c["indicators"]
    ):
        types["ineffective"] = (  # a CASE reader sees what not to do as such, not as a goal
            "Ineffective indicator",
            "A behaviour showing a competency is not met (a negative indicator).",
        )
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
    if doc.get("introduction"):  # what a CASE reader shows of the document, paragraph by paragraph
        document["description"] = "\n\n".join(p["text"] for p in doc["introduction"])
    if re.match(r"^https?://\S+$", fw.source_url):
        document["officialSourceURL"] = fw.source_url
    doc_link = {"title": fw.title, "identifier": doc_id, "uri": document["uri"]}

    items: list[dict] = []
    links: dict[tuple[str, str], dict] = {}
    noted = item_notes(fw.notes)  # a CASE package's notes on its competencies

    def item(kind: str, key: str, statement: str, record: dict, **extra) -> None:
        identifier = ident(kind, key)
        shown = "ineffective" if record.get("polarity") == "ineffective" else kind
        described = str(record.get("description") or "").strip()
        if kind != "indicator" and described and described != statement.strip():
            extra = {"abbreviatedStatement": statement, **extra}  # the name; the text in full:
            statement = record["description"]
        if record.get("note"):  # a statement's note: CASE's own field, which its readers show
            extra = {**extra, "notes": record["note"]}
            record = {k: v for k, v in record.items() if k != "note"}
        elif (kind, key) in noted:  # a competency's or group's, kept in the framework's notes
            extra = {**extra, "notes": noted[kind, key]}
        entry = {
            "identifier": identifier,
            "fullStatement": statement,
            "CFItemType": types[shown][0],
            "CFItemTypeURI": type_links[shown],
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
    for group in doc.get("groups") or []:
        item("group", group["id"], group["name"], group)
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

    # Sequence numbers are the competencies' places in the framework, under a group or not, so
    # the order reads back; a group stands where its first competency does.
    firsts: dict[str, int] = {}
    for n, comp in enumerate(doc["competencies"], 1):
        firsts.setdefault(comp.get("group") or "", n)
    last = len(doc["competencies"]) + max((lv["rank"] for lv in doc["levels"]), default=0)
    for k, group in enumerate(doc.get("groups") or [], 1):
        associate(
            "isChildOf", links["group", group["id"]], doc_link, firsts.get(group["id"], last + k)
        )
    for n, comp in enumerate(doc["competencies"], 1):
        parent = links["group", comp["group"]] if comp.get("group") else doc_link
        associate("isChildOf", links["competency", comp["id"]], parent, n)
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
    from ..errors import FrameworkFileError, FrameworkNotFoundError, InputError
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
