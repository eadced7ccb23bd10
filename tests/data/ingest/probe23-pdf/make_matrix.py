"""Make a self-written competence-level matrix: six levels named by a code and a word.

A web page printed by headless Chromium, in the shape of the competence-level matrix the
European DigCompEdu framework is published in on the web: a heading per area (the cluster),
then a table whose blank corner stands over the rows' names ("1.1 Planning meals") and
whose header names six levels, each a code and a word ("A1 Starter" ... "C2 Mentor"), a
paragraph per cell. All text is self-written. Run ``python make_matrix.py`` here to make
``matrix.pdf`` again (Chromium needed).
"""

from __future__ import annotations

import html
import sys
from pathlib import Path

LEVELS = ["A1 Starter", "A2 Helper", "B1 Cook", "B2 Planner", "C1 Host", "C2 Mentor"]
# area -> competence -> a statement per level (all self-written)
AREAS = {
    "Running a kitchen": {
        "1.1 Planning meals": [
            "Follows a meal plan that someone else wrote.",
            "Suggests a dish for the weekly plan.",
            "Writes a week's plan that uses what is already in the cupboard.",
            "Plans meals around the diets of everyone at the table.",
            "Plans a month of meals within a set budget.",
            "Teaches others to plan meals that waste little food.",
        ],
        "1.2 Keeping food safe": [
            "Washes hands before handling food.",
            "Stores raw and cooked food apart.",
            "Checks dates and throws out food that has turned.",
            "Keeps a record of fridge temperatures.",
            "Sets the kitchen's rules for storing leftovers.",
            "Trains a team in safe food handling.",
        ],
    },
    "Sharing a table": {
        "2.1 Welcoming guests": [
            "Greets guests at the door.",
            "Shows guests where to sit and offers a drink.",
            "Asks guests about their tastes before the meal.",
            "Adapts a menu to a guest's needs without fuss.",
            "Hosts a dinner for a large group with ease.",
            "Helps others become confident hosts.",
        ],
    },
}


def page() -> str:
    """The matrix as a web page: a heading and a table per area."""
    from compkit.testing import grid_table, web_page

    body = "<h1>Kitchen skills matrix</h1>" + "".join(
        f"<h2>{html.escape(area)}</h2>{grid_table(['', *LEVELS], comps)}"
        for area, comps in AREAS.items()
    )
    return web_page(
        body,
        style="@page {size: A4 landscape; margin: 1cm}"
        "body{font-family:sans-serif;font-size:9pt} table{border-collapse:collapse;width:100%}"
        "td,th{border:1px solid #bbb;padding:4px;vertical-align:top;text-align:left}",
    )


def main(folder: Path) -> Path | None:
    """Write ``matrix.html`` in ``folder`` and print it to ``matrix.pdf`` with Chromium."""
    from compkit.testing import print_page

    return print_page(page(), Path(folder) / "matrix.html")


if __name__ == "__main__":
    print(main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).parent))
