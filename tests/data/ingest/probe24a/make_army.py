"""Make a self-written guide in the shape of the US Army's FM 6-22 developmental tables, over pages.

A web page printed by headless Chromium. Each competency is a numbered paragraph, then its
table under a centred caption "Table 3-1. Name", "Strength Indicators | Need Indicators"
centred over two columns of hanging-indented statements (the Army's own words for its two
sides, no word list's before), then a row across the table, "Underlying Causes". The first
table runs over a page break: the next page opens with its caption again, "Table 3-1. Name
(continued)", and its header row again, as the manual prints a table continued. All text is
self-written. Run ``python make_army.py`` here to make ``army.pdf`` again (Chromium needed).
"""

from __future__ import annotations

import html
import sys
from pathlib import Path

# competency -> (strength indicators, need indicators, underlying causes); the first table's
# strengths and needs part at the page break into (before, after)
TABLES = {
    "Tend the community garden": (
        [
            "Waters the beds on the days of the rota without being reminded.",
            "Returns tools to the shed clean and dry.",
            "Shares seeds saved from the last harvest with new members.",
            "Asks before picking from a bed that another member planted.",
        ],
        [
            "Leaves the hose running after watering.",
            "Plants in a bed that belongs to someone else.",
            "Skips the monthly clearing day without telling anyone.",
        ],
        ["Has not learnt which beds belong to whom."],
    ),
    "Run a repair cafe": (
        [
            "Tests a mended lamp before handing it back.",
            "Writes down what was wrong and what was done for each item.",
        ],
        [
            "Takes apart an item with no plan to put it back together.",
            "Turns away visitors without saying when to come again.",
        ],
        ["Is new to mending electrical items.", "Has no list of the volunteers' skills."],
    ),
    "Keep the street clean": (
        ["Picks up litter on the way to the shops.", "Reports fly-tipping to the council."],
        ["Leaves bags out days before the collection.", "Parks across the kerb."],
        ["Does not know the collection days."],
    ),
}
BREAK = 2  # the first table's rows before the page break (the rest follow it)

CSS = (
    "@page {size: A4; margin: 1.5cm 1.5cm 2cm 1.5cm}"
    "body{font-family:serif;font-size:10pt} h2{font-size:11pt;text-transform:uppercase}"
    ".caption{text-align:center;font-weight:bold;font-family:sans-serif;font-size:9pt}"
    "table{border-collapse:collapse;width:100%;font-family:sans-serif;font-size:9pt}"
    "td,th{border:1px solid #000;vertical-align:top;padding:2px 4px;width:50%}"
    "th{background:#ddd} td p{margin:0;padding-left:1.2em;text-indent:-1.2em}"
    ".spacer{height:30cm}"
)


def _cell(texts: list[str]) -> str:
    return "".join(f"<p>{html.escape(t)}</p>" for t in texts)


def _table(caption: str, good: list[str], need: list[str], causes: list[str] | None) -> str:
    rows = [
        "<tr><th>Strength Indicators</th><th>Need Indicators</th></tr>",
        f"<tr><td>{_cell(good)}</td><td>{_cell(need)}</td></tr>",
    ]
    if causes is not None:
        rows += [
            '<tr><th colspan="2">Underlying Causes</th></tr>',
            f'<tr><td colspan="2">{_cell(causes)}</td></tr>',
        ]
    return f'<p class="caption">{html.escape(caption)}</p><table>{"".join(rows)}</table>'


def page() -> str:
    """The guide as a web page: a section and a table per competency, the first over a page."""
    body = ["<h1>Looking after the neighbourhood: a guide for volunteers</h1>"]
    for n, (name, (good, need, causes)) in enumerate(TABLES.items(), 1):
        body.append(f"<h2>{html.escape(name)}</h2>")
        body.append(
            f"<p>3-{n}. Volunteers who do this well keep the neighbourhood a good place to "
            f"live (see table 3-{n}).</p>"
        )
        caption = f"Table 3-{n}. {name}"
        if n == 1:  # over a page break: the caption and header again on the next page
            body.append(_table(caption, good[:BREAK], need[:BREAK], None))
            body.append('<div style="page-break-before:always"></div>')
            body.append(_table(f"{caption} (continued)", good[BREAK:], need[BREAK:], causes))
        else:
            body.append(_table(caption, good, need, causes))
    return (
        f'<html><head><meta charset="utf-8"><style>{CSS}</style></head><body>'
        + "".join(body)
        + "</body></html>"
    )


def main(folder: Path) -> Path | None:
    """Write ``army.html`` in ``folder`` and print it to ``army.pdf`` with Chromium."""
    from compkit.testing import chromium_pdf

    target = Path(folder) / "army.html"
    target.write_text(page(), encoding="utf-8")
    return chromium_pdf(target)


if __name__ == "__main__":
    print(main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).parent))
