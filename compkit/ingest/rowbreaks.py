"""A table row that only carries on the line of the cell above it (a line broken in a cell).

A Markdown table's row is one source line; an author who presses Enter inside a cell starts
a new row, and the rest of the cell's sentence stands alone in the row's first column::

    | **Ambiguity & Judgement** | Extreme tolerance for ambiguity
    balanced judgement. Seen as a leader in the organization |

GitHub shows "balanced judgement. Seen as ..." as a row of its own under the names; read so,
it is a competency named by a sentence, holding nothing, and the first column stops reading as
names. :func:`continued_rows` joins such a row to the last cell of the row above, as a wrapped
line is joined, with a repair note. The row must carry on a sentence: only its first cell
holds text, that text opens in lower case (or with a bracket or a joining mark), and the cell
above it ends with no full stop (or other closing mark), under a row whose every cell is
filled.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .blocks import Document, clean

#: Marks that open text carrying on a line ("(AND / OR) You are the tech lead"), never a name.
_GOES_ON = "(&+,/–—-"
#: Marks that close a sentence or a labelled line: what follows them opens something new.
_CLOSED = re.compile(r"[.!?:;)\]]$")


def _text(cell: dict) -> str:
    return clean(" ".join(p.text for p in cell["paras"]))


def _carries_on(row: list[dict], above: list[dict]) -> bool:
    """Whether ``row`` only continues the last cell of the row ``above`` it."""
    if len(row) < 2 or len(row) != len(above) or any(_text(c) for c in row[1:]):
        return False
    first = _text(row[0])
    last = above[-1]["paras"]
    return (
        bool(first)
        and (first[0].islower() or first[0] in _GOES_ON)
        and len(row[0]["paras"]) == 1
        and all(_text(c) for c in above)
        and bool(last)
        and not _CLOSED.search(clean(last[-1].text))
    )


def continued_rows(doc: Document, grid: list[list[dict]]) -> list[list[dict]]:
    """``grid`` with each row that carries on the cell above it joined to that cell.

    Rows under the first (a header's own line is never joined) are read; the joined paragraph
    keeps the first part's key and notes the repair, read as a wrapped statement's is.

    Examples
    --------
    >>> from compkit.ingest.blocks import Para
    >>> def cell(text, line):
    ...     return {"paras": [Para(text, {"lines": [line]}, key=f"k{line}")] if text else [],
    ...             "source": {"lines": [line]}}
    >>> grid = [[cell("Category", 1), cell("Criteria", 1)],
    ...         [cell("Scope", 3), cell("Owns small tasks.", 3)],
    ...         [cell("Judgement", 4), cell("Extreme tolerance for ambiguity", 4)],
    ...         [cell("balanced judgement.", 5), cell("", 5)]]
    >>> doc = Document([])
    >>> rows = continued_rows(doc, grid)
    >>> len(rows), rows[-1][1]["paras"][0].text
    (3, 'Extreme tolerance for ambiguity balanced judgement.')
    >>> rows[-1][1]["paras"][0].source["lines"]
    [4, 5]
    """
    out: list[list[dict]] = []
    for r, row in enumerate(grid):
        if r < 2 or not out or not _carries_on(row, out[-1]):
            out.append(row)
            continue
        above = out[-1]
        last, more = above[-1]["paras"][-1], row[0]["paras"][0]
        lines = sorted({*last.source.get("lines", []), *more.source.get("lines", [])})
        shown = " / ".join(f'"{clean(p.text)}"' for p in (last, more))
        name = _text(above[0])
        note = (
            f"The {name!r} row's last cell goes on in the first column of the next table row "
            f"({'lines ' + ', '.join(map(str, lines)) if lines else 'two rows'}: {shown}), a "
            "line broken inside the cell; joined with a space."
        )
        source = {**last.source, "lines": lines} if lines else last.source
        joined = replace(last, text=f"{clean(last.text)} {clean(more.text)}", source=source)
        joined.repair = note
        cell = {**above[-1], "paras": [*above[-1]["paras"][:-1], joined]}
        if lines:
            cell["source"] = {**above[-1]["source"], "lines": lines}
        out[-1] = [*above[:-1], cell]
        doc.all_keys.pop(more.key, None)  # its text is in the joined paragraph
    return out
