"""A competency's and a group's name from their headings, and a competency's description.

"1. Core Competencies" is the group "Core Competencies", numbered 1 in its source; so is
"1. Communication" the competency "Communication" when every competency heading of its kind
is numbered so (Edinburgh Napier's behaviours: the numbers are kept beside the names, as the
numbers of statements are kept beside their text). A competency's own text is its
description, less a lead-in that ends in a colon right above its table of levels ("Effective
behaviour according to grades:"): that line introduces the table and says nothing of the
competency (reported as not read).
"""

from __future__ import annotations

import re

from .blocks import Label, Para, Region, clean, marker, wrapped
from .draft import Draft
from .valuelines import known_values, value_names

__all__ = ["competency_name", "describe", "group_name", "numbered_names", "table_lead_in"]

#: A list number before a name, "1. Communication" or "1) COMMUNICATING ..." ("1.01 Written
#: communication" is a code)
_LISTED = re.compile(r"^(\d{1,2})[.)]\s+(\S.*)$")


def group_name(label: Label) -> tuple[str, dict]:
    """A group heading's name, and its number as the source numbers it.

    Examples
    --------
    >>> group_name(Label("1. Core Competencies", "Heading 1"))
    ('Core Competencies', {'numbers': [1]})
    >>> group_name(Label("Managing Work", "Heading 1", number=3))
    ('Managing Work', {'numbers': [3]})
    """
    number, _, rest = marker(label.text)
    if number is None or not clean(rest):
        number, rest = label.number, label.text
    return clean(rest), {"numbers": [number]} if number is not None else {}


def numbered_names(regions: list[Region], slot: str | None) -> bool:
    """Whether every label of ``slot`` (two or more) opens with a list number ("1. Name").

    Examples
    --------
    >>> regions = [Region((Label(t, "H2"),), []) for t in ("1. Communication", "2. Analysis")]
    >>> numbered_names(regions, "H2"), numbered_names(regions[:1], "H2")
    (True, False)
    >>> numbered_names([Region((Label("1.01 Written", "H2"),), []), *regions], "H2")
    False
    """
    names = {lb.text for r in regions for lb in r.labels if lb.slot == slot}
    return len(names) >= 2 and all(_LISTED.match(clean(t)) for t in names)


def competency_name(label: Label, numbered: bool) -> tuple[str, int | None]:
    """A competency heading's name and number: "1. Communication" is "Communication", 1.

    Only when every competency heading of its kind is numbered (``numbered``); otherwise the
    heading is the name as printed.

    Examples
    --------
    >>> competency_name(Label("1. Communication", "H2"), True)
    ('Communication', 1)
    >>> competency_name(Label("1. Communication", "H2"), False)
    ('1. Communication', None)
    >>> competency_name(Label("2) KNOWING AND MANAGING YOURSELF", "H2"), True)
    ('KNOWING AND MANAGING YOURSELF', 2)
    """
    found = _LISTED.match(clean(label.text)) if numbered else None
    if found:
        return clean(found.group(2)), int(found.group(1))
    return label.text, label.number


def table_lead_in(draft: Draft, region: Region, regions: list[Region], used: set[str]) -> list:
    """A competency's own paragraphs, less a last one ending in ":" right above its table.

    The lead-in is reported as not read (it introduces the table of levels below it).
    """
    paras = list(region.paras)
    at = next((k for k, r in enumerate(regions) if r is region), None)
    nxt = regions[at + 1] if at is not None and at + 1 < len(regions) else None
    if not paras or nxt is None or not nxt.in_table or region.in_table:
        return paras
    last = paras[-1]
    text = clean(last.text)
    if not text.endswith(":") or len(text.split()) > 12 or marker(text)[0] is not None:
        return paras
    if not all(lb in nxt.labels for lb in region.labels):
        return paras  # the table is not this competency's
    draft.report.add(
        "unused", f"{text!r} introduces the table below it: not read", 0.7, last.source
    )
    used.add(last.key)
    return paras[:-1]


def describe(draft: Draft, ckey: str, paras: list[Para], used: set[str]) -> None:
    """A competency's paragraphs as its description ("Values: ..." lines as its values).

    A values line is read by :func:`compkit.ingest.valuelines.value_names` ("Values: A, B",
    "Core values: A & B", "Connected <Org> core values: A & B").
    """
    for p in wrapped(paras):
        text = clean(p.text)
        if not text:
            continue
        names = value_names(text, known_values(draft))
        if names:
            for name in names:
                draft.value(ckey, name, p.source)
        else:
            draft.describe(ckey, text, p.source)
        used.update(p.key.split())
