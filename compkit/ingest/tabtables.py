"""Word tables pasted as plain text: one row a line, its cells separated by tabs.

Copying a Word table into a text editor keeps each row on a line and puts a tab between its
cells. A run of two or more such lines with the same number of cells is read as a table (a
grid of cells for :func:`compkit.ingest.doctables.table_regions`, as a Markdown pipe table
is), so a table with a column per level, or of effective | ineffective behaviours, reads as
it does in the Word file. A two-column table under a heading such as "Glossary of terms" is a
glossary: its terms and definitions are set aside, and the report says so.
"""

from __future__ import annotations

import re

from .blocks import Para, clean

__all__ = ["tab_tables"]

_GLOSSARY = re.compile(
    r"^(?:glossary(?: of terms)?|definitions?|key terms|terms(?: used)?|abbreviations|acronyms)"
    r"(?: and \w+)?:?$",
    re.IGNORECASE,
)


def _cells(line: str) -> list[str]:
    return [clean(cell) for cell in line.split("\t")]


def _row(line: str) -> int:
    """The number of cells of a tab-separated row (0 when the line is none)."""
    cells = line.rstrip().split("\t")
    if not line.strip() or "\t" not in line.strip():
        return 0
    if line[:1] == "\t" and sum(bool(c.strip()) for c in cells) < 2:
        return 0  # "\tText": a cell of the flattened-table shape (textlines), not a row
    return len(cells)


def tab_tables(lines: list[str]) -> tuple[list[str], dict[int, list[list[dict]]], list[tuple]]:
    r"""Take tab-separated tables out of text lines: the lines, the grids, the report's notes.

    Each table's lines are left blank and its grid is keyed by its first line's index (where
    :func:`compkit.ingest.textlines.text_document` places it); a glossary is blanked with the
    heading over it and named in a note.

    Examples
    --------
    >>> rows = ["Skill\tLevel 1\tLevel 2", "Planning\tPlans own work.\tPlans team work."]
    >>> lines, tables, notes = tab_tables(["Levels", *rows, "", "After"])
    >>> lines
    ['Levels', '', '', '', 'After']
    >>> [[" / ".join(p.text for p in cell["paras"]) for cell in row] for row in tables[1]]
    [['Skill', 'Level 1', 'Level 2'], ['Planning', 'Plans own work.', 'Plans team work.']]
    >>> tab_tables(["Glossary", "APS\tAustralian Public Service", "EL\tExecutive Level"])[2]
    [('guess', "a glossary ('APS', 'EL'): definitions, not statements", 0.7, {'lines': [1]})]
    """
    out = list(lines)
    tables: dict[int, list[list[dict]]] = {}
    notes: list[tuple] = []
    i = 0
    while i < len(lines):
        width = _row(lines[i])
        end = i
        while end < len(lines) and width >= 2 and _row(lines[end]) == width:
            end += 1
        if end - i < 2:
            i += 1
            continue
        above = next((k for k in range(i - 1, -1, -1) if lines[k].strip()), None)
        if width == 2 and above is not None and _GLOSSARY.match(clean(lines[above])):
            terms = [_cells(lines[k])[0] for k in range(i, end)]
            shown = ", ".join(repr(t) for t in terms[:4]) + (", ..." if len(terms) > 4 else "")
            where = {"lines": [above + 1]}
            notes.append(
                ("guess", f"a glossary ({shown}): definitions, not statements", 0.7, where)
            )
            out[above] = ""
        else:
            tables[i] = [
                [
                    {
                        "paras": [Para(text, {"lines": [k + 1]}, key=f"T{i + 1}R{r}C{c}")]
                        if text
                        else [],
                        "source": {"lines": [k + 1]},
                        "shaded": False,
                    }
                    for c, text in enumerate(_cells(lines[k]))
                ]
                for r, k in enumerate(range(i, end))
            ]
        out[i:end] = [""] * (end - i)
        i = end
    return out, tables, notes
