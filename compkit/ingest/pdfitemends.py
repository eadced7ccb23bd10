"""Where a PDF's list item ends, told by where the line under its last line stands.

A text's lines give no paragraph marks: an unbulleted line right under a list item was read
as the item's wrapped line, so a closing note under a competency's list ("Developmental
opportunities for this competency are available from ...", NIH's competencies dictionary
printed from its web pages) ran on into the last item whenever that item filled one line (a
longer item's wrapped lines, joined by :func:`compkit.ingest.pdfparas.wrapped`, left a blank
line between). Where the page tells, a line that stands left of the item's bullet, or further
below it than the item's own line step (a paragraph's gap), opens a paragraph of its own:
:func:`item_ends` finds those lines and :func:`open_paragraphs` marks their paragraphs as
standing after a blank line, which the list reader reads as a new paragraph.
"""

from __future__ import annotations

from .blocks import Document, clean, marker

__all__ = ["ENDS", "item_ends", "open_paragraphs"]

#: the report's words on the lines :func:`open_paragraphs` marks
ENDS = (
    "right under a list item's line but left of its bullet or below a gap read as opening a "
    "paragraph, not as the item's wrapped line"
)


def item_ends(lines: list[str], styles: list, ys: list, xs: list, where: list) -> set[tuple]:
    """The places (page, first line) of the lines that end the list item right above them.

    The item is one line (marked by a bullet or a number), the line under it unmarked, in the
    same style and page; it stands left of the item's marker by more than two points, or below
    it by more than one and a half times the body's line step (a gap, not a wrapped line).

    Examples
    --------
    >>> lines = ["• Identifies experts.", "Developmental opportunities ...", "• Plans.", "work"]
    >>> style = (11.0, False)
    >>> where = [{"page": 1, "lines": [n]} for n in (40, 41, 42, 43)]
    >>> sorted(item_ends(lines, [style] * 4, [100, 77, 60, 47], [51.7, 33.7, 51.7, 63.7], where))
    [(1, 41)]
    """
    steps = [
        ys[n] - ys[n + 1]
        for n in range(min(len(lines), len(ys)) - 1)
        if ys[n] is not None and ys[n + 1] is not None and clean(lines[n]) and clean(lines[n + 1])
    ]
    steps = sorted(s for s in steps if s > 0)
    step = steps[len(steps) // 2] if steps else None  # the commonest: the body's line step
    out: set[tuple] = set()
    for i in range(min(len(lines), len(styles), len(ys), len(xs)) - 1):
        k = i + 1
        head, text = clean(lines[i]), clean(lines[k])
        if not head or not text or marker(text)[1] or marker(text)[0] is not None:
            continue
        if not (marker(head)[1] or marker(head)[0] is not None):
            continue
        if (
            styles[i] is None
            or styles[i] != styles[k]
            or where[i].get("page") != where[k].get("page")
        ):
            continue
        if None in (ys[i], ys[k], xs[i], xs[k]):
            continue
        gap = step is not None and ys[i] - ys[k] > 1.5 * step
        if xs[k] < xs[i] - 2 or gap:
            out.add((where[k].get("page"), (where[k].get("lines") or [0])[0]))
    return out


def open_paragraphs(doc: Document, ends: set[tuple]) -> int:
    """Mark the paragraphs at ``ends`` (see :func:`item_ends`) as opening after a blank line.

    Returns how many were marked.
    """
    marked = 0
    for region in doc.regions:
        for para in region.paras:
            place = (para.source.get("page"), (para.source.get("lines") or [0])[0])
            if place in ends and clean(para.text) and not para.blank_before:
                para.blank_before = True
                marked += 1
    return marked
