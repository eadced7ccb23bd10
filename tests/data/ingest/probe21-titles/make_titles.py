"""Write a self-written ladder whose levels are job titles, a section per level (probe 21 A2).

The shape of Canada's Key Leadership Competencies (2005): under each job title the same
competencies, each named with a tagline ("INTEGRITY — Acting for the public good"), one of
them split into sub-parts ("Evidence", "Options"). Every word here is our own.

Run ``python make_titles.py`` to write ``titles.html`` and ``titles.md``; ``CELLS`` holds
what each file says: level -> competency -> sub-part ("" for none) -> statements.
"""

from __future__ import annotations

import html
from pathlib import Path

INTEGRITY = "INTEGRITY \u2014 Acting for the public good"
FORESIGHT = "FORESIGHT \u2014 Thinking ahead through Evidence and Options"
DELIVERY = "DELIVERY \u2014 Getting things done together"

CELLS = {
    "PERMANENT SECRETARY": {
        INTEGRITY: {
            "": [
                "Acts with integrity in every public decision",
                "Sets a public code of integrity for the whole agency",
                "Declares conflicts of interest openly",
            ]
        },
        FORESIGHT: {
            "Evidence": [
                "Reads long-term evidence on national trends",
                "Weighs evidence from rival forecasts before a decision",
            ],
            "Options": ["Frames strategic options for the board"],
        },
        DELIVERY: {
            "": [
                "Commits the agency budget to delivery of its promises",
                "Holds directors to account for delivery",
            ]
        },
    },
    "HEAD OF SERVICE": {
        INTEGRITY: {
            "": [
                "Acts with integrity in every service decision",
                "Builds the code of integrity into service practice",
                "Declares conflicts of interest and asks others to",
            ]
        },
        FORESIGHT: {
            "Evidence": ["Gathers evidence on trends across the service"],
            "Options": [
                "Sets out options with their risks for the permanent secretary",
                "Tests options against the evidence before choosing",
            ],
        },
        DELIVERY: {
            "": [
                "Turns the budget into a delivery plan for the service",
                "Reviews delivery each quarter with team leaders",
            ]
        },
    },
    "TEAM LEADER": {
        INTEGRITY: {
            "": [
                "Acts with integrity in every team decision",
                "Explains the code of integrity to new starters",
            ]
        },
        FORESIGHT: {
            "Evidence": [
                "Collects evidence from casework on emerging trends",
                "Checks evidence before passing it on",
            ],
            "Options": ["Offers options to the head of service"],
        },
        DELIVERY: {
            "": [
                "Plans delivery of the team's weekly work",
                "Reports delivery against the budget each month",
                "Clears blockers to delivery quickly",
            ]
        },
    },
}


def html_page() -> str:
    """The ladder as a web page: h2 per level, h3 per competency, bold sub-parts."""
    body = "<h1>Leadership Competencies</h1>"
    for level, comps in CELLS.items():
        body += f"<h2>{level} - Effective Behaviours</h2>"
        for comp, parts in comps.items():
            body += f"<h3>{html.escape(comp)}</h3>"
            for part, items in parts.items():
                body += f"<p><b>{part}</b></p>" if part else ""
                body += "<ul>" + "".join(f"<li>{html.escape(i)}</li>" for i in items) + "</ul>"
    return (
        "<html><head><meta charset='utf-8'><title>Leadership Competencies</title></head>"
        f"<body>{body}</body></html>"
    )


def markdown_page() -> str:
    """The ladder as Markdown: ## per level, ### per competency, bold sub-parts."""
    lines = ["# Leadership Competencies", ""]
    for level, comps in CELLS.items():
        lines += [f"## {level} - Effective Behaviours", ""]
        for comp, parts in comps.items():
            lines += [f"### {comp}", ""]
            for part, items in parts.items():
                lines += [f"**{part}**", ""] if part else []
                lines += [f"- {i}" for i in items] + [""]
    return "\n".join(lines)


if __name__ == "__main__":
    here = Path(__file__).parent
    (here / "titles.html").write_text(html_page(), encoding="utf-8")
    (here / "titles.md").write_text(markdown_page(), encoding="utf-8")
