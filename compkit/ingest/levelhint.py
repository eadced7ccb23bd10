"""The ``levels`` hint on a document: which labels it names, and what stands under the others.

The user names the levels as the document prints them; :func:`named_slot` finds the kind of
label (headings, column headers, ...) under which those names head the most statements, and
:func:`fold_unnamed_levels` decides where a label of that kind naming no level belongs.
"""

from __future__ import annotations

import re

from .blocks import Document, Label, clean, numbered_name
from .draft import Draft
from .labels import LEVEL_WORDS

__all__ = ["fold_unnamed_levels", "named_slot"]


def named_slot(doc: Document, levels: list[str]) -> str | None:
    """The kind of label under which the levels named head the most statements, if any.

    A guide may print its level names twice: in one small table (row headers, one statement
    each) and as the column headers of every comparative table (APS ILS: "APS 1" ... "APS 6"
    head 6 row headers and 6 column headers; only the columns hold the framework).

    Examples
    --------
    >>> from compkit.ingest.blocks import Para, Region
    >>> def cell(slot, name, n):
    ...     return Region((Label(name, slot, ()),), [Para("Plans.", {})] * n, in_table=True)
    >>> doc = Document([cell("row header", "APS 1", 1), cell("column header", "APS 1", 4)])
    >>> named_slot(doc, ["APS 1", "APS 2"])
    'column header'
    """
    wanted = {clean(n).casefold() for n in levels}
    wanted |= {(numbered_name(n) or (0, n))[1].casefold() for n in wanted}
    held: dict[str, int] = {}
    for region in doc.regions:
        for lb in region.labels:
            bare = numbered_name(lb.text)
            if clean(lb.text).casefold() in wanted or (bare and bare[1].casefold() in wanted):
                held[lb.slot] = held.get(lb.slot, 0) + len(region.paras)
    best = sorted(held.items(), key=lambda kv: -kv[1])
    return best[0][0] if best and best[0][1] else None


def fold_unnamed_levels(doc: Document, slot: str | None, draft: Draft) -> None:
    """With levels given, a label of the levels' kind that names none is part of the level above.

    A page per level often repeats a heading of the same rank ("Core Responsibilities" under
    "IC3 Software Engineer"): what stands under it belongs to the level before it. A table's
    header ("Behavioural indicators" beside "APS 1" columns elsewhere) stands under no level:
    its cells are left out, and reported as text not read.
    """
    if slot is None:
        return
    last: Label | None = None
    folded: dict[str, str] = {}
    kept = []
    aside: dict[str, int] = {}
    for region in doc.regions:
        labels = list(region.labels)
        before = False  # under a heading of the levels' rank before the first level named
        for k, lb in enumerate(labels):
            if lb.slot != slot:
                continue
            bare = numbered_name(lb.text)  # "1 - Novice" is the level "Novice"
            if draft.find("level", bare[1] if bare else lb.text) or draft.find("level", lb.text):
                last = lb
            elif region.in_table and slot in ("column header", "row header"):
                aside[lb.text] = aside.get(lb.text, 0) + 1
                before = None
            elif _names_a_level(lb.text):  # "Advanced" is no part of "Highly Advanced"
                _refuse_left_out(draft, lb.text)
            elif last is not None:
                folded.setdefault(lb.text, last.text)
                labels[k] = last
            else:
                folded.setdefault(lb.text, "")
                before = True
        region.labels = tuple(labels)
        if before:  # "Introduction", "Why is it important?": the page's own introduction
            doc.introduction.extend(region.paras)
        elif before is not None:
            kept.append(region)
    doc.regions[:] = kept
    if aside:
        shown = ", ".join(repr(t) for t in list(aside)[:4]) + (", ..." if len(aside) > 4 else "")
        draft.report.add(
            "guess",
            f"table cells under {shown} (headers of the levels' kind naming no level given) "
            "left out: a table's header stands under no level",
            0.6,
        )
    for text, level in folded.items():
        where = f"part of the level above it, {level!r}" if level else "the introduction"
        draft.report.add(
            "guess",
            f"{text!r} (a label of the levels' kind) read as {where}: the levels given name "
            "no such level",
            0.7,
        )


def _names_a_level(text: str) -> bool:
    """Whether every word of a label is a level's ("Intermediate", "Highly Advanced", "Level 3").

    "Core Responsibilities" (a section under each level) is not.
    """
    words = re.findall(r"[a-z0-9'-]+", clean(text).lower())
    return bool(words) and all(
        w in LEVEL_WORDS or w in ("highly", "very", "level") or w.isdigit() for w in words
    )


def _refuse_left_out(draft: Draft, name: str) -> None:
    """A level of the document the levels hint leaves out: its statements belong to no level."""
    from .limits import IngestError

    given = ", ".join(repr(lv.name) for lv in draft.levels.values())
    raise IngestError(
        draft.report.file,
        f"the levels given ({given}) leave out {clean(name)!r}, a level heading of this document; "
        "expected every level it prints, lowest first",
    )
