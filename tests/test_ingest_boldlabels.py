"""A bold line over a list under a competency's heading ends where the level headings open.

WWT's software engineering career framework (Markdown and HTML) writes each competency as
"## Name", a paragraph, "**Behaviors**" over a list, "**Skill Leveling**", then "### Developing"
… "### Shaping". The bold lines stayed on the outline's stack above the "###" headings, so the
level headings were read as competencies under "Behaviors" (118 statements at "All levels"
in six made-up competencies); a bold label now closes where a deeper Markdown heading opens
(`ingest/textlines._push`). The fixture is self-written in that shape.
"""

from __future__ import annotations

import compkit
from compkit.testing.printing import ingested_cells

LEVELS = ["Developing", "Supporting", "Applying", "Leading", "Shaping"]
COMPETENCIES = {
    "Code Craft": [
        "Writes small changes with a reviewer's help.",
        "Breaks a feature into reviewable changes.",
        "Chooses the design for a service.",
        "Sets the team's coding conventions.",
        "Sets coding direction across the company.",
    ],
    "Delivery": [
        "Follows the release checklist.",
        "Releases behind a feature flag.",
        "Plans a release with the product manager.",
        "Plans releases across teams.",
        "Shapes how the company ships software.",
    ],
}


def _page() -> str:
    out = ["# Harbour Works Engineering Framework", ""]
    for name, items in COMPETENCIES.items():
        out += [f"## {name}", "", f"What {name.lower()} means at Harbour Works.", ""]
        out += ["**Behaviors**", "", "- Keeps the user in mind.", "- Asks for help early.", ""]
        out += ["**Skill Leveling**", ""]
        for level, item in zip(LEVELS, items, strict=True):
            out += [f"### {level}", "", f"- {item}", "- Shares what they learn with the team.", ""]
    return "\n".join(out)


def test_level_headings_under_a_bold_label_are_the_levels(tmp_path):
    page = tmp_path / "ladder.md"
    page.write_text(_page(), encoding="utf-8")
    result = compkit.ingest(page)
    cells = ingested_cells(result)
    assert [lv.name for lv in result.framework.level_records] == LEVELS
    assert {name for name, _ in cells} == set(COMPETENCIES)
    for name, items in COMPETENCIES.items():
        for level, item in zip(LEVELS, items, strict=True):
            assert cells[(name, level.lower())] == [item, "Shares what they learn with the team."]


def test_the_same_page_as_html_reads_the_same(tmp_path):
    import html

    body = []
    for line in _page().splitlines():
        if line.startswith("#"):
            depth = len(line) - len(line.lstrip("#"))
            body.append(f"<h{depth}>{html.escape(line[depth + 1 :])}</h{depth}>")
        elif line.startswith("**"):
            body.append(f"<p><strong>{html.escape(line.strip('*'))}</strong></p>")
        elif line.startswith("- "):
            body.append(f"<ul><li>{html.escape(line[2:])}</li></ul>")
        elif line:
            body.append(f"<p>{html.escape(line)}</p>")
    page = tmp_path / "ladder.html"
    page.write_text("<html><body>" + "\n".join(body) + "</body></html>", encoding="utf-8")
    cells = ingested_cells(compkit.ingest(page))
    assert {name for name, _ in cells} == set(COMPETENCIES)
    assert sum(map(len, cells.values())) == 20
