"""Make a self-written grid printed by Chromium with the browser's own header style.

A row per competency, a column per level, a paragraph a statement; the header cells (and the
row names, ``<th>`` too) centred as a browser sets them when the page says nothing of it,
the cells' text at their top. ``grid-centred.pdf`` is the print; run ``python make_grid.py``
here to make it again.
"""

from __future__ import annotations

import sys
from pathlib import Path

LEVELS = ["Foundation", "Practitioner", "Expert"]
# competency -> statements at each level (all self-written)
GRID = {
    "Sharing knowledge": [
        ["Writes down what they learn in the team's notes", "Asks questions in the open"],
        ["Runs a short session on a tool they know well", "Keeps the team's guides up to date"],
        ["Sets up ways for teams to learn from each other", "Mentors people in other teams"],
    ],
    "Planning work": [
        ["Breaks their own tasks into steps of a day or less"],
        ["Plans a piece of work with the team and says what it depends on",
         "Checks the plan each week and tells people when it slips"],
        ["Plans work across several teams and keeps the plan honest"],
    ],
    "Looking after users": [
        ["Reads what users say about the service each week"],
        ["Watches users try the service and fixes what confuses them"],
        ["Decides with others which needs of users come first",
         "Makes the case for users when budgets are set"],
    ],
}  # fmt: skip


def main(folder: Path) -> Path | None:
    """Write ``grid-centred.html`` in ``folder`` and print it to ``grid-centred.pdf``."""
    from compkit.testing import grid_table, print_page, web_page

    page = web_page(
        f"<h1>Team skills</h1>{grid_table(['Competency', *LEVELS], GRID)}",
        style="body{font-family:sans-serif;font-size:10pt}"
        "table{border-collapse:collapse} td,th{border:1px solid #999;vertical-align:top;"
        "padding:3px} p{margin:0 0 4px 0}",
    )
    return print_page(page, Path(folder) / "grid-centred.html")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).parent)
