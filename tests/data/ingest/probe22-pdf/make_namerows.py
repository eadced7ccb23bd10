"""Make a self-written grid printed by Chromium whose row names the browser centres.

A row per competency, a column per level, a paragraph a statement; the header cells and the
row names are ``<th>``, centred as a browser sets them when the page says nothing of it,
every cell's text at its top. Two competencies defined nowhere yet keep their rows, names
alone with their cells blank, at the top of the second page, over a row with statements (the
GDS career path printed so). ``namerows.pdf`` is the print; run ``python make_namerows.py``
here to make it again.
"""

from __future__ import annotations

import html
import sys
from pathlib import Path

LEVELS = ["Foundation", "Practitioner", "Expert"]
# competency -> statements at each level (all self-written); [] for a row with none
GRID = {
    "Sharing knowledge": [
        ["Writes down what they learn in the team's notes", "Asks questions in the open"],
        ["Runs a short session on a tool they know well", "Keeps the team's guides up to date"],
        ["Sets up ways for teams to learn from each other", "Mentors people in other teams"],
    ],
    "Planning work": [
        ["Breaks their own tasks into steps of a day or less"],
        ["Plans a piece of work with the team and says what it depends on"],
        ["Plans work across several teams and keeps the plan honest"],
    ],
    "Handling incidents calmly": [],
    "Choosing suppliers": [],
    "Looking after users": [
        ["Reads what users say about the service each week"],
        ["Watches users try the service and fixes what confuses them"],
        ["Decides with others which needs of users come first"],
    ],
}  # fmt: skip
BREAK = "Handling incidents calmly"  # the first row printed on the second page


def main(folder: Path) -> Path | None:
    """Write ``namerows.html`` in ``folder`` and print it to ``namerows.pdf``."""
    from compkit.testing import chromium_pdf

    head = "".join(f"<th>{name}</th>" for name in LEVELS)
    rows = []
    for comp, cells in GRID.items():
        tds = (
            "".join(
                "<td>" + "".join(f"<p>{html.escape(s)}</p>" for s in cell) + "</td>"
                for cell in cells
            )
            if cells
            else "<td></td>" * len(LEVELS)
        )
        style = " style='break-before:page'" if comp == BREAK else ""
        rows.append(f"<tr{style}><th>{html.escape(comp)}</th>{tds}</tr>")
    page = Path(folder) / "namerows.html"
    page.write_text(
        "<html><head><meta charset='utf-8'><style>body{font-family:sans-serif;font-size:10pt}"
        "table{border-collapse:collapse;width:100%} td,th{border:1px solid #999;"
        "vertical-align:top;padding:3px} th{width:20%} p{margin:0 0 4px 0}</style></head>"
        f"<body><h1>Team skills</h1><table><tr><th>Competency</th>{head}</tr>{''.join(rows)}"
        "</table></body></html>",
        encoding="utf-8",
    )
    return chromium_pdf(page.resolve())


if __name__ == "__main__":
    print(main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).parent))
