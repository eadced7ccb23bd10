"""Paragraphs of the introduction that describe the levels: "FOUNDATION – University ...".

A framework often describes its levels once, before the competencies, in a paragraph per level
that opens with the level's name and a dash or colon: "FOUNDATION – University professionals
at this level have the technical understanding ...", "Practitioner: Someone who can work
without supervision". Read as the introduction, those descriptions are lost to the levels the
statements are read under. Here a paragraph of the introduction that opens with the name of a
level read from the statements, then a dash or colon and a sentence, is that level's
description (the level's name left out, every other word kept), where two levels or more are
described so and the level has no description yet. The paragraph leaves the introduction, and
so does a short line heading the descriptions alone ("Level Descriptions"); the report says
which levels were described and under which heading.
"""

from __future__ import annotations

import re

from .._words import plural
from .blocks import clean

__all__ = ["described_levels"]

_SAID = re.compile(r"^\s*(?P<name>[^\s–—:-][^–—:]*?)\s*(?:[–—:]|\s-)\s*(?P<text>\S.*)$", re.S)


def _opening(text: str) -> tuple[str, str] | None:
    """The name before a dash or colon and the words after it, if the words make a sentence."""
    m = _SAID.match(clean(text))
    if not m or len(m.group("text").split()) < 4:
        return None
    return m.group("name").strip().casefold(), m.group("text").strip()


def described_levels(draft) -> None:
    """Move level descriptions from the introduction to their levels.

    Parameters
    ----------
    draft : Draft
        The framework being read; its ``introduction`` and ``levels`` are changed in place.

    Examples
    --------
    >>> from compkit.ingest.draft import Draft
    >>> from compkit.ingest.report import IngestReport
    >>> draft = Draft(IngestReport("f.docx", "level-columns"))
    >>> for name in ("Foundation", "Advanced"):
    ...     _ = draft.level(name)
    >>> draft.introduction = [
    ...     ("Level descriptions", {}),
    ...     ("FOUNDATION – Staff at this level perform defined tasks.", {"paragraph": 2}),
    ...     ("ADVANCED – Staff at this level manage open-ended tasks.", {"paragraph": 3}),
    ... ]
    >>> described_levels(draft)
    >>> [lv.description for lv in draft.levels.values()]
    ['Staff at this level perform defined tasks.', 'Staff at this level manage open-ended tasks.']
    >>> draft.introduction
    []
    """
    names = {clean(lv.name).casefold(): key for key, lv in draft.levels.items()}
    found: dict[int, str] = {}  # introduction index -> level key
    for k, (text, _) in enumerate(draft.introduction):
        said = _opening(text)
        key = names.get(said[0]) if said else None
        if key and not draft.levels[key].description and key not in found.values():
            found[k] = key
    if len(found) < 2:
        return
    for k, key in found.items():
        draft.levels[key].description = _opening(draft.introduction[k][0])[1]
    first, last = min(found), max(found)
    head = _heading(draft.introduction, first) if len(found) == last - first + 1 else None
    draft.report.add(
        "guess",
        f"{plural(len(found), 'paragraph')} of the introduction opening with a level's name "
        + (f"under {draft.introduction[head][0]!r} " if head is not None else "")
        + "read as the levels' descriptions: "
        + ", ".join(repr(draft.levels[key].name) for key in found.values()),
        0.7,
        draft.introduction[first][1],
    )
    gone = {*found, head}
    draft.introduction = [e for k, e in enumerate(draft.introduction) if k not in gone]


def _heading(intro: list[tuple[str, dict]], first: int) -> int | None:
    """The line right above the descriptions when it only heads them ("Level Descriptions")."""
    if not first:
        return None
    text = clean(intro[first - 1][0])
    words = text.casefold().split()
    if (
        len(words) <= 5
        and not text.endswith((".", ":", "!", "?"))
        and (any(w.startswith("level") for w in words))
    ):
        return first - 1
    return None
