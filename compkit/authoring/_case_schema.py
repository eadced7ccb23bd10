"""The CASE package schema compkit writes to, loosened for reading, and what is CASE data.

compkit validates the packages it writes against the CASE 1.1 binding
(``schema/case-1.1-package.schema.json``) and reads published packages against the same schema
loosened to what they hold (:func:`reading_schema`); CASE data that is no package (a server's
list of documents, a lone item) is said for what it is (:func:`not_a_package`).
"""

from __future__ import annotations

import copy
import json
from functools import cache
from importlib import resources
from typing import Any

from ._case_rubrics import RUBRICS_SCHEMA

__all__ = ["case_schema", "is_case", "not_a_package", "reading_schema"]


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


@cache
def reading_schema() -> dict:
    """:func:`case_schema` loosened to what published packages hold, for reading them.

    What a reader needs stays required (the document's identifier and title, each item's
    identifier and text, each association's type and ends' identifiers); the rest of the
    specification's strictness is for what compkit writes. Read as published: UUIDs of any
    version and either case (OpenSALT's own test packages, the 1EdTech binding's pattern),
    times without a zone (CASE 1.0, OpenSALT's exports), CASE 1.0's keys (``CFDocumentURI``,
    ``CFPackageURI``) and a tool's own, which carry nothing compkit reads.
    """
    schema = copy.deepcopy(case_schema())
    defs = schema["$defs"]
    defs["uuid"] = {
        "type": "string",
        "pattern": "^[0-9A-Fa-f]{8}(-[0-9A-Fa-f]{4}){3}-[0-9A-Fa-f]{12}$",
        "description": "A UUID (8-4-4-4-12 hexadecimal digits), as CASE requires",
    }
    defs["datetime"] = {
        "type": "string",
        "pattern": r"^[0-9]{4}-[0-9]{2}-[0-9]{2}([T ][0-9]{2}:[0-9]{2}(:[0-9]{2}(\.[0-9]+)?)?"
        r"(Z|[+-][0-9]{2}:?[0-9]{2})?)?$",
        "description": "An ISO 8601 date and time, e.g. 2024-05-01T12:00:00+00:00",
    }
    defs["document"]["properties"]["caseVersion"] = {"enum": ["1.0", "1.1"]}
    defs["association"]["properties"]["sequenceNumber"] = {}  # "1" in OpenSALT's 1.0 exports
    needed = {
        "document": ["identifier", "title"],
        "item": ["identifier", "fullStatement"],
        "association": ["associationType", "originNodeURI", "destinationNodeURI"],
        "itemType": ["identifier", "title"],
        "link": ["identifier"],
        "linkGen": ["identifier"],
    }
    for name, required in needed.items():
        defs[name]["required"] = required
        defs[name].pop("additionalProperties", None)
    schema.pop("additionalProperties", None)
    schema["properties"]["CFDefinitions"] = {"type": "object"}
    schema["properties"]["CFRubrics"] = RUBRICS_SCHEMA
    return schema


def is_case(data: Any) -> bool:
    """True for CASE data: an object with a top-level key of CASE's (``CFDocument``, ``CFItems``).

    Examples
    --------
    >>> is_case({"CFDocuments": []}), is_case({"levels": []})
    (True, False)
    """
    return isinstance(data, dict) and any(isinstance(k, str) and k.startswith("CF") for k in data)


def not_a_package(package: dict) -> str:
    """What CASE data holding no ``CFDocument`` is, as a message.

    CASE's REST API also answers with lists of documents, single items or associations; saved
    to a file, they hold no framework's tree to read.
    """
    keys = [k for k in package if isinstance(k, str) and k.startswith("CF")]
    expected = (
        "expected one framework's CASE package (CFPackage: its CFDocument, CFItems and "
        "CFAssociations), as a CASE server gives it at .../CFPackages/{identifier}"
    )
    if "CFDocuments" in keys:
        return f"a list of CASE documents (CFDocuments), not a package; {expected}"
    return f"CASE data with no CFDocument (its keys: {', '.join(keys)}), not a package; {expected}"
