"""Make a self-written guide whose tables set strengths beside needs, as US Army manuals do.

A web page printed by headless Chromium, in the shape of the developmental tables of the US
Army's FM 6-22 (2022): a heading over each table's caption, then "Strength Indicators |
Need Indicators" centred over two columns whose statements hang-indent their wrapped lines,
then a row across the table centred, "Underlying Causes", over its own lines, and rows of
advice labelled "Feedback", "Study" and "Practice". The ineffective side's label is no word
list's ("Need Indicators"): the user names it (``polarity="Need Indicators"``). All text
is self-written. Run ``python make_sides.py`` here to make ``sides.pdf`` again (Chromium
needed).
"""

from __future__ import annotations

import html
import sys
from pathlib import Path

# competency -> (strength indicators, need indicators, underlying causes, advice by kind)
TABLES = {
    "Keep the shared kitchen usable": (
        [
            "Washes and puts away what they used before leaving the kitchen.",
            "Labels food left in the refrigerator with a name and a date.",
            "Reports a broken appliance the same day it is noticed.",
        ],
        [
            "Leaves dishes in the sink for others to clear.",
            "Takes food that belongs to someone else.",
        ],
        ["Does not see the kitchen as a space the whole floor shares."],
        {
            "Feedback": "Ask a neighbour how the kitchen looks after you use it.",
            "Practice": "Wipe the counter each time you cook, for one month.",
        },
    ),
    "Plan a group outing": (
        [
            "Asks everyone for dates that suit them before booking anything.",
            "Shares the cost of the outing in writing well before the day, so that nobody "
            "is surprised by the amount they are asked to pay.",
        ],
        [
            "Books a venue without checking that it can be reached by everyone.",
            "Changes the plan at the last minute without telling the group.",
            "Forgets to confirm the booking.",
        ],
        ["Has not organised an outing before.", "Underestimates how long planning takes."],
        {
            "Study": "Read the notes left by the last person who planned an outing.",
            "Practice": "Plan a short walk for three friends before a larger trip.",
        },
    ),
    "Welcome a new member": (
        [
            "Introduces the new member to at least three people in their first week.",
            "Explains where things are kept without being asked.",
        ],
        [
            "Assumes the new member will find their own way around.",
        ],
        ["Is unsure what a newcomer needs to know."],
        {"Feedback": "Ask the last newcomer what helped them most."},
    ),
}

CSS = (
    "@page {size: A4; margin: 1.5cm 1.5cm 2cm 1.5cm}"
    "body{font-family:serif;font-size:10pt} h2{font-size:11pt;text-transform:uppercase}"
    ".caption{text-align:center;font-weight:bold;font-family:sans-serif;font-size:9pt}"
    "table{border-collapse:collapse;width:100%;font-family:sans-serif;font-size:9pt}"
    "td,th{border:1px solid #000;vertical-align:top;padding:2px 4px}"
    "th{background:#ddd} td p{margin:0;padding-left:1.2em;text-indent:-1.2em}"
    "td.label{width:5em;font-weight:bold;vertical-align:middle}"
)


def _cell(texts: list[str]) -> str:
    return "".join(f"<p>{html.escape(t)}</p>" for t in texts)


def page() -> str:
    """The guide as a web page: a section and a table per competency."""
    body = ["<h1>Living together: a guide for residents</h1>"]
    for n, (name, (good, need, causes, advice)) in enumerate(TABLES.items(), 1):
        body.append(f"<h2>{html.escape(name)}</h2>")
        body.append(
            f"<p>2-{n}. Residents who do this well make the house a better place "
            f"(see table 2-{n}).</p>"
        )
        body.append(f'<p class="caption">Table 2-{n}. {html.escape(name)}</p>')
        rows = [
            "<tr><th>Strength Indicators</th><th>Need Indicators</th></tr>",
            f"<tr><td>{_cell(good)}</td><td>{_cell(need)}</td></tr>",
            '<tr><th colspan="2">Underlying Causes</th></tr>',
            f'<tr><td colspan="2">{_cell(causes)}</td></tr>',
        ]
        rows += [
            f'<tr><td colspan="2"><table style="border:none"><tr><td class="label" '
            f'style="border:none">{kind}</td><td style="border:none">{_cell([text])}</td>'
            "</tr></table></td></tr>"
            for kind, text in advice.items()
        ]
        body.append(f"<table>{''.join(rows)}</table>")
    from compkit.testing import web_page

    return web_page("".join(body), style=CSS)


def main(folder: Path) -> Path | None:
    """Write ``sides.html`` in ``folder`` and print it to ``sides.pdf`` with Chromium."""
    from compkit.testing import print_page

    return print_page(page(), Path(folder) / "sides.html")


if __name__ == "__main__":
    print(main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).parent))
