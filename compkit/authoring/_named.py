"""The tables of values and of roles with their descriptions, printed in every document.

A value's or a role's description is the framework's own words, so a document prints it where a
reader looks for it: a table of the values (``Value | Description``) with the list of
competencies a document opens with (Word's title page; by level, HTML's and Markdown's list), or
else under its own heading after the competencies, and a table of the roles
(``Role | Description``) under "Role profiles", before the levels the roles require. Each is
printed only where one of its records has a description, so the document of a framework
without any is what it was, byte for byte. Only the records described are listed (a value or
role without words has no row: a blank cell would make ingest read the table as a grid), word
for word; a table of two columns headed so holds no statement for ingest.

Used by :mod:`compkit.authoring.documents` (HTML, Markdown) and :mod:`compkit.authoring._docx`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from . import _described as W

if TYPE_CHECKING:
    from ..framework.model import Framework

__all__ = ["VALUES", "role_descriptions", "up_front", "value_table"]

#: The heading over the table of values.
VALUES = "Values"


def value_table(fw: Framework) -> list[list[str]]:
    """The values and their descriptions, a header row first; empty where none is described.

    Examples
    --------
    >>> import compkit
    >>> value_table(compkit.load("cis"))
    []
    >>> fw = compkit.load("tests/data/authoring/probe23e3/described.yaml")
    >>> value_table(fw)[:2]
    [['Value', 'Description'], ['Care', 'We put the safety of visitors first.']]
    """
    return _described_rows(fw.value_records, "Value")


def up_front(fw: Framework, layout: str) -> bool:
    """Whether the values' table stands in the list of competencies a document opens with.

    By level, HTML and Markdown open with that list (``_described.py``), and the table of values
    closes it, where compkit's marks set the list aside: a heading of its own there would stand
    at a level's rank. Word prints it on the title page, under the list of competencies, in
    either layout. Elsewhere it stands after the competencies under its own heading.

    Examples
    --------
    >>> import compkit
    >>> up_front(compkit.load("wsx"), "level")
    False
    """
    return bool(value_table(fw)) and W.described(fw, layout)


def role_descriptions(fw: Framework) -> list[list[str]]:
    """The roles and their descriptions, a header row first; empty where none is described.

    Examples
    --------
    >>> import compkit
    >>> role_descriptions(compkit.load("wsx"))
    []
    >>> fw = compkit.load("tests/data/authoring/probe23e3/described.yaml")
    >>> role_descriptions(fw)[1]
    ['Deckhand', 'Crews the launches and keeps the quay tidy.']
    """
    return _described_rows(fw.role_records, "Role")


def _described_rows(records, kind: str) -> list[list[str]]:
    """``kind | Description`` over the records that have a description; empty when none has."""
    described = [r for r in records if r.description]
    if not described:
        return []
    return [[kind, "Description"], *([r.name, r.description] for r in described)]
