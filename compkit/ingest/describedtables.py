"""Tables of roles or values and their descriptions ("Role | Description", "Value | Description").

A document may describe its roles or its values in a table of two columns, a name and its
description: compkit's own renders print one after the role profiles (and one of the values
after the competencies, :mod:`compkit.authoring._named`), and a source may print its values
so. Such a table holds no statement: :func:`described_table` takes it aside, before any other
reading of the table, into ``doc.descriptions``; :func:`apply_descriptions` gives each
description to the role or value of that name (a value no competency expresses is declared
with it, as the table declares it; a role no profile names is reported, not made up).
"""

from __future__ import annotations

import re

from .blocks import Document, clean

__all__ = ["apply_descriptions", "described_table"]

#: The name column's header: "Role", "Job role", "Value", "Our values" ...
_NAME = {
    "role": re.compile(r"^(?:job |the )?roles?(?: name| profile)?$", re.IGNORECASE),
    "value": re.compile(r"^(?:our |the |core )?values?(?: name)?$", re.IGNORECASE),
}
_DESCRIPTION = re.compile(r"^(?:short |brief )?(?:description|definition)s?$", re.IGNORECASE)


def described_table(doc: Document, grid: list[list[dict]], head: list[str]) -> bool:
    """Take a two-column table of roles or values and their descriptions into ``doc``.

    So it is when the header reads a role or value column then a description column, and every
    row names one (a name of at most eight words, no list in the table).

    Examples
    --------
    >>> from compkit.ingest.blocks import Document, Para
    >>> def cell(text):
    ...     return {"paras": [Para(text, {"table": 1})], "source": {"table": 1}}
    >>> grid = [[cell("Role"), cell("Description")], [cell("Deckhand"), cell("Crews boats.")]]
    >>> doc = Document([])
    >>> described_table(doc, grid, ["Role", "Description"]), doc.descriptions["role"]
    (True, {'Deckhand': ('Crews boats.', {'table': 1})})
    """
    if len(head) != 2 or not _DESCRIPTION.match(clean(head[1])):
        return False
    kind = next((k for k, rx in _NAME.items() if rx.match(clean(head[0]))), None)
    rows = grid[1:]
    if kind is None or not rows or any(len(row) != 2 for row in rows):
        return False
    paras = [p for row in rows for c in row for p in c["paras"]]
    names = [" ".join(clean(p.text) for p in row[0]["paras"]).strip() for row in rows]
    if any(p.number is not None or p.bullet for p in paras):
        return False  # list items are statements
    if not all(names) or any(len(n.split()) > 8 for n in names):
        return False
    said = doc.descriptions.setdefault(kind, {})
    for name, row in zip(names, rows, strict=True):
        text = "\n\n".join(clean(p.text) for p in row[1]["paras"] if clean(p.text))
        said[name] = (text, dict(row[1]["source"]))
    for p in paras:
        doc.all_keys.pop(p.key, None)
    return True


def apply_descriptions(doc: Document, draft, report) -> None:
    """Give the described roles and values their descriptions in ``draft`` (see module docs)."""
    for name, (text, source) in doc.descriptions.get("value", {}).items():
        draft.value(None, name, source, description=text or "")
    for name, (text, source) in doc.descriptions.get("role", {}).items():
        if clean(name) not in draft.roles:
            if text:
                report.add(
                    "unused",
                    f"role {name!r}'s description: no role profile names it",
                    0.5,
                    source,
                )
            continue
        if text:
            draft.role_notes[clean(name)] = text
