"""A PDF statement's note: the labelled line a publisher sets under a list item, not an item.

A catalogue printed to PDF may follow a statement's list item with a line of its own that
says why the statement stands at its level, what evidences it, where it comes from or an
example of it: "• Provides helpful feedback in code reviews" over "*Example:* Take a look at
the levelling up your code reviews talk" (Sthorm's data framework, its examples set under
their criteria), or "Why this level: Novices follow rules." The line is the author's aside on
the statement above it, not a statement nor a competency's name: read on its own it became a
competency named "Example: Take a look ...". :func:`item_notes` finds such lines (unmarked, led
by a label closed by a colon, right under a list item or under another such line of the same
item), takes them out of the text and keeps them word for word for the item:
:func:`attach_notes` sets them as the item's :attr:`~compkit.ingest.blocks.Para.note` once the
text is read into paragraphs. A label inside a line, a list item opening with a label ("•
Evidence: ..."), and a labelled line under a heading or a paragraph stay as they are.
"""

from __future__ import annotations

import re

from .._words import plural, some
from .blocks import Document, clean, marker

__all__ = ["attach_notes", "item_notes"]

#: a label leading a statement's note: its reasons, evidence, sources or an example
_LABEL = re.compile(
    r"^(?:why\b[^:]{0,30}|rationale|reasons?|reasoning|justification|evidenced by|evidence"
    r"|sources?|references?|examples?|for example|e\.g\.)\s*:\s*(?=\S)",
    re.IGNORECASE,
)


def item_notes(
    lines: list[str], where: list[dict], taken: set[int]
) -> tuple[list[str], dict[tuple, str], list[tuple]]:
    """The lines with each list item's labelled note taken out, the notes, the report's note.

    ``taken`` holds the indices of lines a reader already knows as headings or tables; a note
    never stands there. The notes are keyed by their item's place (its page and lines, as
    ``where`` gives them); each is the note's lines joined with a space, word for word.

    Examples
    --------
    >>> lines = ["• Gives feedback", "", "Example: leads calls", "• Listens", "Level 2"]
    >>> where = [{"page": 1, "lines": [k]} for k in range(1, 6)]
    >>> out, notes, said = item_notes(lines, where, set())
    >>> out
    ['• Gives feedback', '', '', '• Listens', 'Level 2']
    >>> notes
    {(1, (1,)): 'Example: leads calls'}
    >>> said[0][1]
    "1 line set under a list item and led by 'Example:' kept as the item's note, not a statement"
    """
    out = list(lines)
    notes: dict[tuple, str] = {}
    labels: list[str] = []
    item: int | None = None  # the list item the lines under it may annotate
    for i, line in enumerate(lines):
        text = clean(line)
        if not text:
            continue
        if i in taken:
            item = None
            continue
        number, bullet, _ = marker(text)
        if number is not None or bullet:
            item = i
            continue
        found = _LABEL.match(text)
        if item is None or not found:
            item = None
            continue
        key = _key(where[item])
        notes[key] = f"{notes[key]} {text}" if key in notes else text
        labels.append(text[: found.end()].strip())
        out[i] = ""
    if not labels:
        return out, notes, []
    said = (
        f"{plural(len(labels), 'line')} set under a list item and led by "
        f"{some(dict.fromkeys(labels))} kept as the item's note, not a statement"
    )
    return out, notes, [("guess", said, 0.8, None)]


def attach_notes(doc: Document, notes: dict[tuple, str]) -> int:
    """Set each note on its item's paragraph in ``doc``; how many found their paragraph.

    Examples
    --------
    >>> from compkit.ingest.textlines import text_document
    >>> doc = text_document(["Teamwork", "Level 1", "• Listens", "• Shares"],
    ...                     places=[{"page": 1, "lines": [k]} for k in range(1, 5)])
    >>> attach_notes(doc, {(1, (3,)): "Example: in stand-ups"})
    1
    >>> [(p.text, p.note) for p in doc.regions[0].paras]
    [('• Listens', 'Example: in stand-ups'), ('• Shares', '')]
    """
    if not notes:
        return 0
    found = 0
    for region in doc.regions:
        for para in region.paras:
            note = notes.get(_key(para.source))
            if note:
                para.note = f"{para.note} {note}".strip() if para.note else note
                found += 1
    return found


def _key(place: dict) -> tuple:
    return place.get("page"), tuple(place.get("lines") or ())
