"""Make a self-written grid whose one header row names its levels in words no list knows.

A web page printed by headless Chromium: a title, then one table, "Skill" over the rows'
names and a column per level, "Spark", "Kindle", "Flame" and "Blaze" (a publisher's own
names for its stages, as EntreComp's "Discover" ... "Transform" printed on one row), a row
per skill, a paragraph per statement, one cell blank. Nothing tells such names from a
table's other words: only the user can (``levels=[...]``). Run ``python make_hinted.py``
here to make ``hinted.pdf`` again (Chromium needed).

``middle.pdf`` holds the same grid under level names any list knows ("Beginner" ...
"Expert"), each row's name centred vertically in its row (``vertical-align: middle``, a
browser's default for table cells) while the statements stand at the top of theirs.
"""

from __future__ import annotations

import sys
from pathlib import Path

LEVELS = ["Spark", "Kindle", "Flame", "Blaze"]
KNOWN = ["Beginner", "Intermediate", "Advanced", "Expert"]
# skill -> statements per level (all self-written)
GRID = {
    "Reading the weather": [
        ["Notices when clouds gather before rain."],
        ["Checks the forecast before planning a day outdoors.", "Knows where shelter is."],
        ["Explains to others why a forecast may change.", "Keeps a log of local readings."],
        ["Plans a season's outdoor work around long-range patterns."],
    ],
    "Lighting a safe fire": [
        ["Names the three things a fire needs."],
        ["Clears a patch of ground before laying a fire."],
        [],
        ["Teaches a group to judge when conditions are too dry for any fire."],
    ],
    "Finding the way": [
        ["Follows a marked path without help."],
        [
            "Reads a simple map and points out where the group stands.",
            "Uses a compass to set the map.",
        ],
        ["Chooses a route that suits the slowest walker."],
        ["Leads a group across open ground in poor visibility."],
    ],
}


def page(levels: list[str] = LEVELS, *, middle: bool = False) -> str:
    """The grid as a web page: one header row, a ``<th>`` per row name (``middle``: centred)."""
    from compkit.testing import grid_table, web_page

    return web_page(
        f"<h1>Outdoor skills ladder</h1>{grid_table(['Skill', *levels], GRID)}",
        style="@page {size: A4 landscape; margin: 1cm}"
        "body{font-family:sans-serif;font-size:10pt} table{border-collapse:collapse}"
        "td,th{border:1px solid #999;vertical-align:top;padding:4px;text-align:left}"
        f"p{{margin:0 0 4px 0}}{'tr th{vertical-align:middle}' if middle else ''}",
    )


def main(folder: Path) -> Path | None:
    """Write ``hinted.html`` and ``middle.html`` in ``folder``; print them to PDF with Chromium."""
    from compkit.testing import print_page

    print_page(page(KNOWN, middle=True), Path(folder) / "middle.html")
    return print_page(page(), Path(folder) / "hinted.html")


if __name__ == "__main__":
    print(main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).parent))
