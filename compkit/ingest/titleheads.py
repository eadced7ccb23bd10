"""A page's front-matter title naming a level, read as the heading a site prints it as.

A ladder published as a site (Hugo, Jekyll, Docusaurus) often gives each level a page of its
own, its name in the front matter alone (``title: "Senior Engineer"``), the body opening with
the level's sections ("## Core Competencies"). The site prints the title as the page's first
heading; read without it, the page held no level and its statements stood at "All levels".

:func:`title_heading` puts that heading where the title stands in the front matter (its
blanked line, so every line keeps its number), when the title reads as a level's name
(:func:`compkit.ingest.levelnames.level_score`: "Senior Engineer", not "Engineering Ladder"),
the body has headings and none of the top rank, and the front matter holds no framework of its
own.
"""

from __future__ import annotations

from .blocks import atx_heading
from .levelnames import level_score

__all__ = ["title_heading"]


def title_heading(front, lines: list[str]) -> tuple[list[str], list[tuple[str, str, float]]]:
    """Print a level-naming front-matter title as the page's first heading (see the module).

    ``front`` is :func:`compkit.ingest.frontmatter.read_front_matter`'s result (or None) and
    ``lines`` the page's lines with the front matter blanked. Returns the lines and the
    report's note; the lines as they are and no note when the page is no such page.

    Examples
    --------
    >>> from types import SimpleNamespace
    >>> from compkit.ingest.blocks import Para
    >>> front = SimpleNamespace(regions=[], title=Para("Senior Engineer", {"lines": [2]}))
    >>> lines = ["", "", "", "## Core", "* You design modules."]
    >>> out, notes = title_heading(front, lines)
    >>> out[1], notes[0][1][:60]
    ('# Senior Engineer', "the front matter's title 'Senior Engineer' names a level, an")
    >>> front.title = Para("Engineering Ladder", {"lines": [2]})
    >>> title_heading(front, lines)[0] == lines
    True
    """
    title = getattr(front, "title", None)
    if front is None or front.regions or title is None:
        return lines, []
    at = (title.source or {}).get("lines") or [0]
    heads = [h for line in lines if (h := atx_heading(line))]
    if not at[0] or not heads or any(depth == 1 for depth, _ in heads):
        return lines, []
    if lines[at[0] - 1].strip() or level_score(title.text) < 0.8:
        return lines, []
    out = list(lines)
    out[at[0] - 1] = f"# {title.text}"
    said = (
        f"the front matter's title {title.text!r} names a level, and the page no other: read as "
        "the page's first heading, as a site prints it (the page's level)"
    )
    return out, [("guess", said, 0.7)]
