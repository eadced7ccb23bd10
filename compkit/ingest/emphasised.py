"""Paragraphs set wholly in bold or italics among plain statements: notes on their level.

A ladder whose statements are plain paragraphs (no lists) may set a note on the level apart by
emphasis alone ("_At this point, one is helping others be the best that they can be ..._",
"__Experience: Typically requires a minimum of 2 years.__"): such a paragraph is the level's
description, not a statement. Markdown marks the emphasis in the line
(:func:`emphasised_paragraphs`); a web page in its HTML, ``<p><em>...</em></p>``
(:func:`emphasised_html`, which writes the same lines with Markdown's marks).
"""

from __future__ import annotations

import re

from .blocks import marker

__all__ = ["emphasised_html", "emphasised_paragraphs"]

#: a paragraph's HTML wholly inside one emphasis: "<p><em>At this point ...</em></p>"
_WHOLE = re.compile(
    r"^\s*<p\b[^>]*>\s*<(em|i|strong|b)\b[^>]*>(?:(?!<(?:em|i|strong|b)\b|</?p\b).)*</\1>\s*</p>\s*$",
    re.S | re.I,
)


_EMPHASISED = re.compile(r"^\s*(\*\*|__|\*|_)(?=[^\s*_])(.+?)(?<=[^\s*_])\1\s*$")


def emphasised_paragraphs(lines: list[str]) -> set[int]:
    """Paragraphs of five words or more set wholly in bold or italics, blank lines around them.

    Where the statements are plain paragraphs (no lists), they are notes on the level
    ("__Experience: Typically requires a minimum of 2 years.__", "_At this point, one is
    ..._"), not statements.

    Examples
    --------
    >>> lines = ["Ships code.", "", "__Experience: typically two years or more.__", "", "Plans."]
    >>> sorted(emphasised_paragraphs(lines))
    [2]
    """

    def alone(i: int) -> bool:
        return (i == 0 or not lines[i - 1].strip()) and (
            i + 1 == len(lines) or not lines[i + 1].strip()
        )

    plain = sum(bool(line.strip()) and not _EMPHASISED.match(line) for line in lines)
    if any(marker(line.strip())[1] or marker(line.strip())[0] is not None for line in lines):
        return set()  # statements in lists: an emphasised paragraph may be one of them
    return {
        i
        for i, line in enumerate(lines)
        if plain
        and alone(i)
        and (m := _EMPHASISED.match(line))
        and len(m.group(2).split()) >= 5
        and "**" not in m.group(2)
    }


def emphasised_html(lines: list[str], raw: dict[int, str]) -> set[int]:
    """:func:`emphasised_paragraphs` of a web page's lines, the emphasis read in ``raw``.

    ``raw`` holds each line's HTML source by index.

    Examples
    --------
    >>> lines = ["", "Ships code.", "", "At this point, one helps others grow.", "", "Plans."]
    >>> raw = {1: "<p>Ships code.</p>", 3: "<p><em>At this point, one helps others grow.</em></p>"}
    >>> sorted(emphasised_html(lines, raw))
    [3]
    """
    marked = [f"_{line}_" if _WHOLE.match(raw.get(i, "")) else line for i, line in enumerate(lines)]
    return emphasised_paragraphs(marked)
