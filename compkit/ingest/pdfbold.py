"""A PDF table cell's paragraphs told apart where the text turns bold or back.

A cell may set a short title in bold over its paragraph ("**Checks Own Work**" over
"Reviews own work for quality and accuracy.": a level's name over its description, a
behaviour's name over its example). Printed, the layout text keeps no sign of the bold
line's end, so the two read as one paragraph when the title has no full stop and the
description wraps back under it. :func:`bold_lines` keeps, for each page, whether each piece
of text set in one weight is bold (from the runs :func:`~compkit.ingest.pdffonts.styled_lines`
visits), and :func:`bold_turns` opens a paragraph at a cell's line whose boldness differs from
the line above's, both known.
"""

from __future__ import annotations

from .blocks import clean

__all__ = ["bold_lines", "bold_turns"]


def bold_lines(runs: list[tuple]) -> dict[str, bool | None]:
    r"""Each piece of a page's text set in one weight (cleaned): whether it is bold.

    ``runs`` are the page's runs of text as drawn, each ``(text, style)`` with the style's
    boldness second (None: not known); a piece is the text of the runs standing together on
    a line in one weight, so a bold title beside a plain number in the next column is a
    piece of its own, as the layout text's cells are. A text met twice, once bold and once
    not, is not known (None).

    Examples
    --------
    >>> runs = [("2", (9.0, False)), (" ", (9.0, False)), ("Checks Own ", (9.0, True)),
    ...         ("Work", (9.0, True)), ("\n", None), ("Reviews own work.", (9.0, False))]
    >>> bold_lines(runs)
    {'2': False, 'Checks Own Work': True, 'Reviews own work.': False}
    """
    out: dict[str, bool | None] = {}
    pieces: list[tuple[str, bool]] = []
    for text, style in runs:
        for k, part in enumerate(text.split("\n")):
            if k:
                pieces.append(("", False))  # a new line: a new piece
            if not part.strip() or style is None:
                if pieces and part:
                    pieces[-1] = (pieces[-1][0] + part, pieces[-1][1])
                continue
            bold = bool(style[1])
            if pieces and pieces[-1][1] == bold and pieces[-1][0]:
                pieces[-1] = (pieces[-1][0] + part, bold)
            else:
                pieces.append((part, bold))
    for text, bold in pieces:
        key = clean(text)
        if key:
            out[key] = bold if out.get(key, bold) == bold else None
    return out


def bold_turns(drawn: list[bool], bold: list[bool | None]) -> list[bool]:
    """A cell's lines: whether each opens a paragraph, by ``drawn`` or by a turn in bold.

    Examples
    --------
    >>> bold_turns([False, False, False], [True, False, False])
    [False, True, False]
    >>> bold_turns([False, True], [None, False])
    [False, True]
    """
    return [
        d or (k > 0 and None not in (bold[k], bold[k - 1]) and bold[k] != bold[k - 1])
        for k, d in enumerate(drawn)
    ]
