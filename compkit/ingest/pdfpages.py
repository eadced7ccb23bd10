"""Whether a PDF page's plain text may hold a table worth reading from its layout text.

pypdf's plain text runs a table's cells together, its layout text keeps where they stand; the
layout text is read (:func:`compkit.ingest.pdftables.find_tables`) only on a page whose plain
lines name levels or sides side by side (:func:`may_hold_table`): "Foundation Practitioner
Expert", "Level 1 Level 2 Level 3", "Strength Indicators Need Indicators", or the levels and
side the user named (:mod:`.pdfhint`).
"""

from __future__ import annotations

import re

from .blocks import clean
from .labels import level_score
from .levelruns import header_levels
from .pdfheads import LEVEL_COLUMN as _LEVEL_COLUMN
from .pdfheads import by_row as _by_row
from .pdfheads import levels_header as _levels_header
from .pdfhint import NO_HINTS, Given
from .pdflong import long_line

__all__ = ["may_hold_table"]

_SIDES = re.compile(r"\b(?:in)?effective\b|\bpositive\b|\bnegative\b", re.IGNORECASE)
_GRADED = re.compile(r"\b[A-Z][a-z]+ (?:I{1,3}|IV|VI{0,3})\b")  # a title at a grade: "Engineer II"
_MENTION = re.compile(r"\b(?:level|lvl|grade|band|l)\s?\d{1,2}\b", re.IGNORECASE)


def may_hold_table(lines: list[str], *, hints: Given = NO_HINTS) -> bool:
    """Whether a page's plain text may hold a table find_tables reads (worth its layout text).

    Two level names or polarity labels within three lines, or on one line (a header row in
    plain text: "Foundation Practitioner Expert", "Level 1 Level 2 Level 3").

    Examples
    --------
    >>> may_hold_table(["Team working", "Foundation Practitioner Expert", "Shares work."])
    True
    >>> may_hold_table(["Works with others and shares what they know.", "Plans ahead."])
    False
    """
    named = [
        bool(hints.side(t) or (len(t.split()) <= 3 and level_score(t) >= 0.8))
        for t in (clean(line) for line in lines)
    ]
    # a line naming two levels side by side counts for two
    hinted = [
        min(max(_levels_in_line(t, hints), hints.count(t), _sides(t, hints)), 2) for t in lines
    ]
    named = [max(int(n), h) for n, h in zip(named, hinted, strict=True)]
    pairs = any(sum(named[k : k + 3]) >= 2 for k in range(len(named)))
    # a grid's header names wrapped in narrow columns, a piece a line: "Senior Software",
    # "Engineer", "Staff Software", "Engineer", "Principal"
    pairs = pairs or any(sum(named[k : k + 5]) >= 2 for k in range(len(named)))
    graded = any(len(set(_GRADED.findall(line))) >= 2 for line in lines)  # "Engineer I Engineer II"
    by_row = any(
        _LEVEL_COLUMN.match(words[0])
        and (len(words) >= 3 or _by_row(list(enumerate(words))))  # "Level Statements"
        for words in (line.split() for line in lines)
        if words
    )
    mentions = any(len(_MENTION.findall(line)) >= 2 for line in lines)  # "(L1) ... (L2)"
    return (
        pairs
        or by_row
        or mentions
        or graded
        or any(len(_SIDES.findall(line)) >= 2 for line in lines)
        or any(map(long_line, lines))  # "Competency Level Behaviour": a long table's header
    )


def _sides(line: str, hints: Given) -> int:
    """2 when a line is two sides' labels side by side, the effective first, else 0.

    >>> _sides("Strength Indicators Need Indicators", NO_HINTS), _sides("Need Leads", NO_HINTS)
    (2, 0)
    """
    words = clean(line).split()
    if not 2 <= len(words) <= 12:
        return 0
    cut = (hints.side(" ".join(words[:k])) for k in range(1, len(words)))
    return 2 * any(
        side == "effective" and hints.side(" ".join(words[k:])) == "ineffective"
        for k, side in enumerate(cut, 1)
    )


def _levels_in_line(line: str, hints: Given = NO_HINTS) -> int:
    """How many level names a short line holds side by side (0 for a line of prose)."""
    words = clean(line).split()
    run = re.findall(r"(?:[^\W\d_]+ )?[^\W\d_][\w'-]* ?\d{1,2}\b", line)  # "APS 1 APS 2 ..."
    if 3 <= len(run) <= 12 and len(run) * 2 >= len(words) and header_levels(run):
        return len(run)  # nothing but a numbered run of one name
    coded = re.split(r"\s+(?=[A-Z]{1,3}-?\d{1,2}\b)", clean(line))  # "A2 Explorer B1 Integrator"
    if 3 <= len(coded) <= 12 and _levels_header(coded, hints=hints):
        return len(coded)
    if not 2 <= len(words) <= 8:
        return 0
    numbered = len(re.findall(r"\b(?:level|grade|band|stage|tier)\s*\d+\b", line, re.I))
    return max(numbered, sum(level_score(w) >= 0.8 for w in words))
