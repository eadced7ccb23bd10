"""A Markdown list item typed without the space after its bullet, among its list's items.

CommonMark reads "-Seeks clear ownership ..." as text, not an item (a bullet wants a space
after it): under "- Execution" it runs on that item's line, so the name over the nested list
becomes "Execution -Seeks clear ownership ...", and the section no longer reads as a named
list of items (Sourcegraph's product framework lost its "All Levels" section so, 16
statements, to the introduction). Where such a line stands at the indent of the list items
beside it, the author plainly meant an item: :func:`spaceless_bullets` reads it as one and
says so in the report, the text unchanged.
"""

from __future__ import annotations

import re

from .blocks import clean
from .nameditems import item_indent

__all__ = ["spaceless_bullets"]

#: "-Seeks ...": a dash run into a capitalised word (no "--", no "-1", no "**bold**")
_SPACELESS = re.compile(r"^([ \t]*)-(?=[A-Z])(\S.*)$")


def _neighbour(lines: list[str], i: int, step: int) -> str | None:
    """The nearest line above (``step`` -1) or below (+1) that is not blank, or None."""
    k = i + step
    while 0 <= k < len(lines) and not lines[k].strip():
        k += step
    return lines[k] if 0 <= k < len(lines) else None


def spaceless_bullets(lines: list[str]) -> tuple[list[str], list[tuple[str, str, float]]]:
    """Read a dash run into its item's first word as a bullet where the list's items stand.

    A line such as ``  -Seeks clear ownership`` is an item when the nearest line above or
    below it that is not blank is a list item at its own indent. Returns the lines (such a
    line given its space) and the report's note.

    Examples
    --------
    >>> lines = ["- Execution", "  -Seeks clear ownership.", "", "  - Prioritizes work."]
    >>> out, notes = spaceless_bullets(lines)
    >>> out[1]
    '  - Seeks clear ownership.'
    >>> notes[0][1]
    "1 list item typed without a space after its bullet read as an item (line 2: '-Seeks clear \
ownership.')"
    >>> spaceless_bullets(["Words", "-Not a list", "More words"])[1]
    []
    """
    out = list(lines)
    fixed: list[int] = []
    for i, line in enumerate(lines):
        m = _SPACELESS.match(line)
        if not m:
            continue
        indent = len(m.group(1).expandtabs(4))
        beside = (_neighbour(lines, i, -1), _neighbour(lines, i, 1))
        if any(b is not None and item_indent(b) == indent for b in beside):
            out[i] = f"{m.group(1)}- {m.group(2)}"
            fixed.append(i)
    if not fixed:
        return out, []
    shown = "; ".join(f"line {i + 1}: {clean(lines[i])!r}" for i in fixed[:3])
    more = f" and {len(fixed) - 3} more" if len(fixed) > 3 else ""
    what = "list item" if len(fixed) == 1 else "list items"
    said = f"{len(fixed)} {what} typed without a space after its bullet read as an item"
    if len(fixed) > 1:
        said = f"{len(fixed)} {what} typed without a space after their bullets read as items"
    return out, [("repair", f"{said} ({shown}{more})", 0.7)]
