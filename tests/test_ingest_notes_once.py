"""A reader's note that holds for several tables is said once, with how many times.

EntreComp's web page has fifteen tables under one two-row header ("Foundation" over "Discover |
Explore"); the ingest report said the same line fifteen times (helper B, twenty-second round).
Identical notes are now one entry, "(15 times)". Self-written fixture of the shape.
"""

from __future__ import annotations

import compkit

ROWS = {
    "Planning": ["Keeps a list.", "Plans a quarter.", "Plans a year."],
    "Writing": ["Writes notes.", "Writes reports.", "Writes strategy."],
    "Coaching": ["Shares tips.", "Coaches a peer.", "Builds a coaching culture."],
}


def test_a_header_note_repeated_per_table_is_said_once(tmp_path):
    body = "<h1>Skills Framework</h1>"
    for group, comp in (
        ("Delivery", "Planning"),
        ("Communication", "Writing"),
        ("People", "Coaching"),
    ):
        body += (
            f"<h2>{group}</h2><table><tr><th rowspan='2'>Competency</th>"
            "<th colspan='3'>Proficiency</th></tr><tr><th>Basic</th><th>Skilled</th>"
            f"<th>Expert</th></tr><tr><td>{comp}</td>"
            + "".join(f"<td>{t}</td>" for t in ROWS[comp])
            + "</tr></table>"
        )
    page = tmp_path / "skills.html"
    page.write_text(f"<html><body>{body}</body></html>", encoding="utf-8")
    result = compkit.ingest(page)
    assert len(result.framework.indicator_records) == 9
    said = [m for m in result.report.to_frame().message if "two rows" in m]
    assert said == [
        "a header over two rows ('Proficiency' over 'Basic', 'Skilled', 'Expert') read as one: "
        "'Proficiency' names the columns (3 times)"
    ]
