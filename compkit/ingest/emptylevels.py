"""Levels that hold no statement: an author's draft level kept, a source's empty one left out.

A level that heads no statement and no undefined cell is, in most documents, a heading that only
looked like a level (it is left out, reported) or one with a description of the scale (its text
goes to the introduction). A document compkit rendered is different: its marks
(:mod:`compkit.ingest.marks`) name the framework's levels, and a level an author has declared
but not yet filled is printed as such -- under its own heading over "No statements at this level
yet." (by level), or in the one line under the title naming such levels (by competency, where the
tables leave it out). Such a level is kept, empty, in its place: a draft survives a render and a
read back. Only what the document still shows is kept: a marked level whose heading was deleted,
or a note that no longer names it, is left out as in any other document.
"""

from __future__ import annotations

import re

from .blocks import Document, clean
from .draft import Draft

__all__ = ["add_noted_levels", "settle_empty_levels", "text_marks"]

#: How :mod:`compkit.ingest.documents` names the levels its reader took from compkit's marks
MARKED = "compkit's own marks"


def _note(names: list[str]) -> str:
    """The line compkit prints naming levels with no statements yet (authoring/_layout.py)."""
    if len(names) == 1:
        return f"No statements yet at level {names[0]}."
    return f"No statements yet at levels {', '.join(names[:-1])} and {names[-1]}."


def add_noted_levels(doc: Document, marks: dict | None) -> None:
    """Put the levels compkit's note names (no statements yet) among the document's levels.

    Laid out by competency, compkit leaves a level with no statements out of every table and
    names it in one line under the title; the marks hold that line. Where the levels were read
    from the marks and the line was found in the document (and set aside), the marked levels it
    names that the document shows nowhere else join ``doc.level_names`` in the marks' order (a
    level a role requires also shows in its tables).

    Parameters
    ----------
    doc : Document
        A document read, its marks applied (:func:`compkit.ingest.marks.apply`).
    marks : dict or None
        The document's marks, as read.
    """
    if not marks or doc.level_order != MARKED:
        return
    note = clean(str(marks.get("empty_note", "")))
    said = f"{note!r} set aside (levels with no statements yet)"
    if not note or not any(
        n[1].startswith("read from " + MARKED) and said in n[1] for n in doc.notes
    ):
        return
    marked = [clean(str(n)) for n in marks.get("levels") or [] if clean(str(n))]
    named = [
        n for n in marked if re.search(rf"(?:levels?|,|and) {re.escape(n)}(?:,| and|\.$)", note)
    ]
    shown = {clean(n).casefold() for n in doc.level_names}
    missing = [n for n in named if n.casefold() not in shown]
    if not missing or _note(named) != note:  # the note names these levels, and only these
        return
    order = {n.casefold(): k for k, n in enumerate(marked)}
    names = list(doc.level_names)
    for name in missing:
        rank = order[name.casefold()]
        at = next(
            (k for k, n in enumerate(names) if order.get(clean(n).casefold(), -1) > rank),
            len(names),
        )
        names.insert(at, name)
    doc.level_names = names


def settle_empty_levels(doc: Document, draft: Draft, filled: set[str]) -> None:
    """Keep, describe or leave out each level of ``draft`` that holds nothing (``filled``).

    In a document compkit rendered, a level its marks name and the document shows is an
    author's level with no statements yet: kept, reported. Elsewhere, a level with a
    description is a heading over part of the introduction, and one without is left out;
    both reported.
    """
    report = draft.report
    marked = {clean(n).casefold() for n in doc.level_names} if doc.level_order == MARKED else set()
    for key in [k for k in draft.levels if k not in filled]:
        level = draft.levels[key]
        if clean(level.name).casefold() in marked:
            report.add(
                "guess",
                f"level {level.name!r} holds no statement yet: kept, as compkit's marks name it "
                "(a level an author has not filled)",
                0.9,
                level.source,
            )
            continue
        draft.levels.pop(key)
        if level.description:
            said = {clean(t): src for t, src in level.said}  # each paragraph where it stands
            draft.introduction_extra += [(level.name, level.source)] + [
                (t, said.get(clean(t), level.source)) for t in level.description.split("\n\n") if t
            ]
            report.add(
                "guess",
                f"heading {level.name!r} and its text read as part of the introduction",
                0.6,
                level.source,
            )
        else:
            report.add(
                "unused", f"level {level.name!r} holds no statement; left out", 0.6, level.source
            )


def text_marks(path, doc: Document) -> dict | None:
    """The marks of compkit's Markdown or web page at ``path``, read again (None elsewhere).

    Read only for a document whose levels came from its marks; the text reader keeps no copy.
    """
    if doc.level_order != MARKED:
        return None
    from .marks import from_markdown
    from .textfile import decode

    text = decode(path.read_bytes(), path)[0]
    return from_markdown(text.replace("\r\n", "\n").replace("\r", "\n").split("\n"))[1]
