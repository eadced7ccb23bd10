"""A section whose id echoes its own heading is content, whatever words the id holds.

Was: ``<section id="navigation-design">`` (compkit's own render of a "Navigation Design"
competency) was taken for a page's navigation by its id and dropped without a word. Found by
the authoring probe (E, twenty-third round).
"""

from __future__ import annotations

import pytest

import compkit
from compkit.authoring import render

FRAMEWORK = """\
schema_version: 2
id: design
title: Design skills
organisation: Example Org
cumulative: true
levels:
  - {id: l1, name: Working, rank: 1}
  - {id: l2, name: Practitioner, rank: 2}
competencies:
  - id: navigation-design
    name: Navigation Design
    indicators:
      - {id: n1, level: l1, text: Sketches how people move through a service.}
      - {id: n2, level: l2, text: Designs the menus and links of a whole service.}
  - id: content-design
    name: Content Design
    indicators:
      - {id: c1, level: l1, text: Writes plain words for a page.}
      - {id: c2, level: l2, text: Sets the style for all pages.}
"""


def test_a_competency_named_navigation_reads_back_from_html(tmp_path):
    source = tmp_path / "design.yaml"
    source.write_text(FRAMEWORK, encoding="utf-8")
    path = tmp_path / "design.html"
    render(compkit.load(source), path)
    back = compkit.ingest(path).framework
    assert [c.name for c in back.competency_records] == ["Navigation Design", "Content Design"]
    assert len(back.indicators) == 4


PAGE = """<html><body>
<div id="{ident}"><h2>{heading}</h2><ul><li><a href="/">Home</a></li>
<li><a href="/about">About the framework</a></li></ul></div>
<h1>Skills</h1>
<h2>Teamwork</h2>
<table><tr><th>Working</th><th>Leading</th></tr>
<tr><td>Shares what they know with the team.</td><td>Builds a team that shares.</td></tr></table>
<h2>Planning</h2>
<table><tr><th>Working</th><th>Leading</th></tr>
<tr><td>Plans their own week ahead.</td><td>Plans the year for a service.</td></tr></table>
</body></html>
"""


@pytest.mark.parametrize(
    ("ident", "heading"),
    [("site-navigation", "Site navigation"), ("main-nav", "Main navigation"), ("toc", "Contents")],
)
def test_a_pages_navigation_headed_by_its_name_stays_chrome(tmp_path, ident, heading):
    path = tmp_path / "page.html"
    path.write_text(PAGE.format(ident=ident, heading=heading), encoding="utf-8")
    fw = compkit.ingest(path).framework
    assert "About the framework" not in " ".join(fw.indicators["text"])
    assert sorted(c.name for c in fw.competency_records) == ["Planning", "Teamwork"]
