"""The CURIE prefix a cross-walk file gives each framework, as other SSSOM tools read it.

A framework's id is its prefix in compkit (``monzo-backend:impact-l2-3``). SSSOM allows a
hyphen in a prefix name (an XML NCName), but sssom-py, the reference Python implementation,
recognises a CURIE only when its prefix is letters, digits, ``_`` and ``.``: reading such a
file and writing it again it drops the hyphenated prefix from the ``curie_map`` and leaves
rows naming an undeclared prefix, which every spec-following reader refuses. So the file
writes such a framework under a prefix of those characters (``monzo_backend``) declared with
the framework's own IRI (``https://w3id.org/compkit/monzo-backend/``): the CURIEs expand to
the same IRIs. Reading takes the framework's id back from that IRI, so a frame (and its
``attrs["sssom"]`` header) holds ``monzo-backend:`` as before, and a file written before
(hyphenated prefixes declared) reads as it did.
"""

from __future__ import annotations

import re

import pandas as pd

from .sssomspec import BASE_IRI, BUILT_IN

__all__ = [
    "ID_COLUMNS",
    "file_prefixes",
    "framework_prefixes",
    "header_prefixes",
    "renamed",
    "renamed_header",
]

#: The columns whose values are CURIEs in a framework's prefix.
ID_COLUMNS = ("subject_id", "object_id", "subject_category", "object_category")
#: A prefix every SSSOM reader recognises (sssom-py: letters, digits, ``_``, ``.``; an NCName
#: opens with a letter or ``_``).
_PORTABLE = re.compile(r"^[A-Za-z_][A-Za-z0-9_.]*$")
#: A framework's IRI under compkit's base: its id alone (no ``/``), not the vocabulary's.
_FRAMEWORK_IRI = re.compile(rf"^{re.escape(BASE_IRI)}([^/\s]+)/$")
#: A header value that is a CURIE (``medium-snowflake:``, ``orcid:0000-...``), not an IRI.
_CURIE = re.compile(r"^([A-Za-z_][\w.\-]*):(?!//)(\S*)$")


def _values(meta):
    """Every text in a header but its ``curie_map``, lists and mappings opened."""
    if isinstance(meta, dict):
        for key, value in meta.items():
            if key != "curie_map":
                yield from _values(value)
    elif isinstance(meta, list):
        for value in meta:
            yield from _values(value)
    elif isinstance(meta, str):
        yield meta


def header_prefixes(meta) -> set[str]:
    """The prefixes a header's own entries name (``object_source: 'cis:'``, a property).

    Examples
    --------
    >>> sorted(header_prefixes({"curie_map": {"x": "https://x.org/"}, "object_source": "cis:",
    ...     "license": "https://w3id.org/sssom/license/unspecified", "subject_type": "a b",
    ...     "extension_definitions": [{"property": "compkit:rank"}]}))
    ['cis', 'compkit']
    """
    return {m.group(1) for v in _values(meta) if (m := _CURIE.match(v))}


def file_prefixes(ids) -> dict[str, str]:
    """The prefix the file gives each framework id that other tools would not read as one.

    Characters other than letters, digits, ``_`` and ``.`` become ``_`` (a leading digit
    gets one before it); an id whose prefix would clash with another id, or a built-in
    prefix, keeps its own.

    Examples
    --------
    >>> file_prefixes(["monzo-backend", "cis", "2024-ladder"])
    {'2024-ladder': '_2024_ladder', 'monzo-backend': 'monzo_backend'}
    >>> file_prefixes(["a-b", "a_b"])  # a_b is taken: a-b keeps its own
    {}
    """
    ids = sorted({str(i) for i in ids if str(i)})
    out = {}
    for fw in ids:
        if _PORTABLE.match(fw):
            continue
        new = re.sub(r"[^A-Za-z0-9_.]", "_", fw)
        new = new if re.match(r"[A-Za-z_]", new) else "_" + new
        if new in ids or new in BUILT_IN or new in out.values():
            continue
        out[fw] = new
    return out


def framework_prefixes(curie_map) -> dict[str, str]:
    """Each file prefix declared with another framework's IRI, and that framework's id.

    Examples
    --------
    >>> framework_prefixes({"monzo_backend": "https://w3id.org/compkit/monzo-backend/",
    ...                     "cis": "https://w3id.org/compkit/cis/",
    ...                     "compkit": "https://w3id.org/compkit/vocab/"})
    {'monzo_backend': 'monzo-backend'}
    """
    out = {}
    for prefix, iri in (curie_map if isinstance(curie_map, dict) else {}).items():
        m = _FRAMEWORK_IRI.match(str(iri))
        if m and m.group(1) != str(prefix) and m.group(1) != "vocab" and prefix not in BUILT_IN:
            out[str(prefix)] = m.group(1)
    return out


def renamed(frame: pd.DataFrame, names: dict[str, str]) -> pd.DataFrame:
    """``frame`` with the prefixes of its id and category columns renamed by ``names``.

    Examples
    --------
    >>> f = pd.DataFrame({"subject_id": ["monzo-backend:a"], "object_id": ["sssom:NoTermFound"]})
    >>> renamed(f, {"monzo-backend": "monzo_backend"}).iloc[0].tolist()
    ['monzo_backend:a', 'sssom:NoTermFound']
    """
    if not names:
        return frame
    out = frame.copy()
    for col in (c for c in ID_COLUMNS if c in out.columns):
        text = out[col].astype(object).where(out[col].notna(), "").astype(str)
        prefix = text.str.extract(r"^([^:\s]+):", expand=False)
        hit = prefix.isin(list(names))
        if hit.any():
            new = prefix[hit].map(names) + ":" + text[hit].str.split(":", n=1).str[1]
            out[col] = out[col].astype(object).mask(hit, new)
    return out


def renamed_header(meta, names: dict[str, str]):
    """A header with its ``curie_map`` keys, and the CURIEs its entries hold, renamed.

    Examples
    --------
    >>> renamed_header({"curie_map": {"monzo_backend": "https://w3id.org/compkit/monzo-backend/"},
    ...                 "object_source": "monzo_backend:"}, {"monzo_backend": "monzo-backend"})
    {'curie_map': {'monzo-backend': 'https://w3id.org/compkit/monzo-backend/'}, \
'object_source': 'monzo-backend:'}
    """
    if not names or not isinstance(meta, dict):
        return meta
    out = dict(meta)
    if isinstance(out.get("curie_map"), dict):
        out["curie_map"] = {names.get(str(k), k): v for k, v in out["curie_map"].items()}
    return {
        key: value if key == "curie_map" else _renamed_curies(value, names)
        for key, value in out.items()
    }


def _renamed_curies(value, names: dict[str, str]):
    """A header entry with each CURIE in a prefix of ``names`` renamed, lists and maps opened."""
    if isinstance(value, dict):
        return {k: _renamed_curies(v, names) for k, v in value.items()}
    if isinstance(value, list):
        return [_renamed_curies(v, names) for v in value]
    m = _CURIE.match(value) if isinstance(value, str) else None
    return names[m.group(1)] + ":" + m.group(2) if m and m.group(1) in names else value
