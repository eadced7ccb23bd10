"""The records of named things a draft collected (groups, values) as the framework file has them.

A group's or value's description is written only when the source gave one: a cluster's
paragraph under its heading (:mod:`.groupprose`), never made up.
"""

from __future__ import annotations

__all__ = ["named_records"]


def named_records(named: dict, ids: dict[str, str]) -> list[dict]:
    """The file's records of ``named`` (key: a draft's ``_Named``) under their ``ids``.

    Examples
    --------
    >>> from types import SimpleNamespace as N
    >>> named = {"lead": N(name="Leading", description="About people.", source={"lines": [3]}),
    ...          "do": N(name="Delivering", description="", source={})}
    >>> named_records(named, {"lead": "leading", "do": "delivering"})
    [{'id': 'leading', 'name': 'Leading', 'description': 'About people.', 'source': {'lines': [3]}}, {'id': 'delivering', 'name': 'Delivering'}]
    """  # noqa: E501
    out = []
    for key, rid in ids.items():
        item = named[key]
        record = {"id": rid, "name": item.name, "description": item.description}
        record["source"] = item.source
        out.append({k: v for k, v in record.items() if v not in (None, "", [], {}, ())})
    return out
