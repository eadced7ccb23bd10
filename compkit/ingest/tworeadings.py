"""Two readings of one page joined: its tables' levels beside the levels of the text around them.

A page may set one track of its ladder in headings and lists and another in a table
(Sourcegraph's engineers: "## IC1" ... "## IC5" over "- Impact: ...", then its managers' "M3"
... "M6" in an HTML table). :func:`compkit.ingest.documents.read_document` reads such a page
whole (the table's reading, the text around it left over) and without its tables (the text's
reading); :func:`joined` makes one framework of the two when they are two parts of it: each
reads two or more levels named as levels are ("IC1", "M3"), no level of one is named within a
level of the other ("L1", "L1: Software Engineer I": a summary table over the ladder), and no
source line is in a statement of both. The levels stand in the page's order (the reading
printed first, first), competencies of one name are one, and text is said unused only where
the reading that read that part of the page left it.
"""

from __future__ import annotations

import re

from .blocks import Document
from .draft import Draft
from .labels import level_score
from .report import IngestReport, Note

__all__ = ["joined", "table_lines"]

_SLOT_NOTE = re.compile(r"^labels of the (.+?) kind read as ")
_EVERY = re.compile(r"^all( the)? levels?$", re.I)  # statements shared by every level
_WORD = re.compile(r"\w+")
_LINE = re.compile(r"\blines? (\d+)")


def joined(whole: Draft, text: Draft, tables: set[int]) -> Draft | None:
    """One draft of ``whole`` (the page read with its tables) and ``text`` (read without).

    ``tables`` holds the source lines of the page's tables (:func:`table_lines`). None when
    the readings are not two parts of one framework (see the module's note).
    """
    if not (_ladder(whole) and _ladder(text)) or _same_names(whole, text):
        return None
    if not whole.statements or not text.statements:
        return None
    if _lines(whole) & _lines(text):  # some text read twice: two readings of one thing
        return None
    first, second = sorted((whole, text), key=_first_line)
    out = Draft(IngestReport(whole.report.file))
    for part in (first, second):
        kinds = ("competencies", "groups", "values", "roles", "role_sources", "role_notes")
        for name in (*kinds, "level_names"):
            for key, item in getattr(part, name).items():
                getattr(out, name).setdefault(key, item)
        out.statements += part.statements
        out.undefined += part.undefined
        out.stems += part.stems
    ordered = [*first._level_order(), *second._level_order()]
    for rank, key in enumerate(ordered, 1):
        out.levels[key] = first.levels.get(key) or second.levels[key]
        out.levels[key].rank = rank
    out.introduction = text.introduction  # the prose around the tables is the text's
    out.report.layout = whole.report.layout
    out.report.reasons = [*whole.report.reasons, *text.report.reasons]
    out.report.notes = _notes(whole.report, text.report, tables)
    out.report.add("guess", _said(first, second, whole), 0.7)
    return out


def _ladder(draft: Draft) -> bool:
    """Two or more levels, each named as a level is ("IC1", "M3"; "All levels" aside)."""
    names = [lv.name for lv in draft.levels.values() if not _EVERY.match(lv.name)]
    return len(names) >= 2 and all(level_score(name) >= 0.5 for name in names)


def _same_names(one: Draft, other: Draft) -> bool:
    """A level of one reading named within a level name of the other ("L1", "L1: Engineer I").

    A summary table over the ladder its headings set out names the same levels again.
    """
    words = [[f" {' '.join(_WORD.findall(lv.name.casefold()))} " for lv in part.levels.values()]
             for part in (one, other)]  # fmt: skip
    return any(a in b or b in a for a in words[0] for b in words[1])


def _lines(draft: Draft) -> set[int]:
    return {n for s in draft.statements for n in s.source.get("lines", [])}


def _first_line(draft: Draft) -> int:
    return min(_lines(draft), default=0)


def table_lines(doc: Document) -> set[int]:
    """The source lines of a document's tables: their cells and the headers inside them."""
    outside = {lb.slot for r in doc.regions if not r.in_table for lb in r.labels}
    lines: set[int] = set()
    for region in (r for r in doc.regions if r.in_table):
        lines.update(region.source.get("lines", []))
        for para in region.paras:
            lines.update(para.source.get("lines", []))
        for label in region.labels:
            if label.slot not in outside:
                lines.update(label.where.get("lines", []))
    return lines


def _notes(whole: IngestReport, text: IngestReport, tables: set[int]) -> list[Note]:
    """Both readings' entries, each reading's unused text where it read; labels as the text says.

    Text said unused by the whole reading counts in the tables only (the text around them is
    the other reading's), and by the text reading outside them only.
    """
    said = {m.group(1) for n in text.notes if (m := _SLOT_NOTE.match(n.message))}
    out: list[Note] = []
    for note, of_whole in [(n, True) for n in whole.notes] + [(n, False) for n in text.notes]:
        at = _LINE.search(note.where)
        if note.kind == "unused" and at and (int(at.group(1)) in tables) != of_whole:
            continue
        m = _SLOT_NOTE.match(note.message)
        if of_whole and m is not None and m.group(1) in said:
            continue
        if note not in out:
            out.append(note)
    return out


def _said(first: Draft, second: Draft, whole: Draft) -> str:
    def part(draft: Draft) -> str:
        names = [draft.levels[k].name for k in draft._level_order()]
        shown = f"{names[0]} to {names[-1]}" if len(names) > 2 else " and ".join(names)
        where = "in its tables" if draft is whole else "in the text around them"
        return f"{shown} ({len(draft.statements)} statements {where})"

    return (
        f"the page sets its levels in two parts, {part(first)} and {part(second)}, no level "
        "in both: both read, in the page's order"
    )
