"""Probe 30g: Markdown and web-page frameworks never read before (round 30, helper G).

Real ladders copied as published into ``tests/data/probe30g/`` (see its README), and a
statement's note keeping where its links lead, in Markdown and web pages, through a render and
back.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import compkit

DATA = Path(__file__).parent / "data"
HERE = DATA / "probe30g"

_LINKED_MD = """# Ladder

## Delivery

### L1

- Plans a team's work. *Why this level:* see [Rumelt](https://example.org/rumelt "Book") and
  the [guide](#guide).
- Ships small changes.
  *Sources:* [SFIA](https://sfia-online.org/en), <https://example.org/plain>

### L2

- Plans for several [teams](https://example.org/teams). *Evidenced by:* a [plan](./plan_a_.md).
"""

_LINKED_HTML = """<html><head><title>Ladder</title></head><body><h1>Ladder</h1>
<h2>Delivery</h2><h3>L1</h3>
<ul><li>Plans a team's work. <em>Why this level:</em> see
<a href="https://example.org/rumelt">Rumelt</a> and <a href="#guide">the guide</a>.</li>
<li>Ships small <a href="https://example.org/s">changes</a>.</li></ul>
<h3>L2</h3><ul><li>Plans for several teams. <em>Evidenced by:</em> a
<a href="./plan_a_.md">plan</a>.</li></ul></body></html>
"""

_NOTES = {
    "Plans a team's work.": "Why this level: see Rumelt (https://example.org/rumelt) and the guide.",
    "Plans for several teams.": "Evidenced by: a plan (./plan_a_.md).",
}


def _notes(path: Path) -> dict[str, str]:
    ind = compkit.ingest(path).framework.indicators
    return {t: n for t, n in zip(ind.text, ind.note, strict=True) if n}


@pytest.mark.parametrize(("name", "page"), [("a.md", _LINKED_MD), ("a.html", _LINKED_HTML)])
def test_a_notes_links_keep_their_targets(tmp_path, name, page):
    """A link among a statement's reasons keeps its target in brackets after its words; a link
    within the page keeps its words alone, and the statement's own links their words alone."""
    path = tmp_path / name
    path.write_text(page, encoding="utf-8")
    notes = _notes(path)
    if name.endswith(".md"):
        assert notes.pop("Ships small changes.") == (
            "Sources: SFIA (https://sfia-online.org/en), https://example.org/plain"
        )
    assert notes == _NOTES


@pytest.mark.parametrize("to", ["md", "html"])
def test_a_notes_links_survive_a_render_and_reading_back(tmp_path, to):
    path = tmp_path / "a.md"
    path.write_text(_LINKED_MD, encoding="utf-8")
    first = _notes(path)
    out = compkit.render(compkit.ingest(path).framework, tmp_path / f"r.{to}")
    assert _notes(out) == first


@pytest.fixture(scope="module")
def danscratch(tmp_path_factory) -> compkit.Framework:
    """danscratch's six level pages (CC0, probe28i's copies) laid one after another."""
    pages = [DATA / "probe28i" / "sources" / f"danscratch-L{n}.md" for n in range(1, 7)]
    path = tmp_path_factory.mktemp("dan") / "ladder.md"
    path.write_text("\n\n".join(p.read_text(encoding="utf-8") for p in pages), encoding="utf-8")
    return compkit.ingest(path).framework


def test_competencies_under_one_section_of_each_level_are_the_competencies(danscratch):
    """ "#### Impact" ... under "### Responsibilities" beside "### Overview" and "###
    Anti-patterns" under every level: the seven are the competencies (they were parts of
    three: "Overview", "Responsibilities", "Anti-patterns", 172 statements in 3 x 6 cells)."""
    ind = danscratch.indicators
    names = list(dict.fromkeys(ind.competency))
    assert names[:6] == ["Impact", "Ownership", "Process", "Culture", "Communication", "Growth"]
    assert set(names) == {*names[:6], "Leadership", "Anti-patterns"}
    cells = ind.groupby("competency").level_name.nunique().to_dict()
    assert cells["Leadership"] == 5  # L1 has no "#### Leadership"
    assert all(cells[n] == 6 for n in names[:6])


def test_a_list_of_what_to_avoid_beside_the_competencies_reads_ineffective(danscratch):
    ind = danscratch.indicators
    avoid = ind[ind.competency == "Anti-patterns"]
    assert set(avoid.polarity) == {"ineffective"}
    assert sorted(avoid.level_name.unique()) == ["L2", "L3", "L4", "L5", "L6"]
    assert any(t.startswith("Staying in your lane.") for t in avoid.text)
    assert not [t for t in ind.text if t.startswith("Next up")]  # the site's navigation


def test_a_link_to_the_next_page_is_no_statement(tmp_path):
    path = tmp_path / "l3.md"
    path.write_text(
        "# L3\n\n## Delivery\n\n- Ships work.\n- Plans work.\n\n*Next up*: [L4](L4.md)\n\n"
        "[← Previous](l2.md) | [Next →](l4.md)\n",
        encoding="utf-8",
    )
    result = compkit.ingest(path)
    assert list(result.framework.indicators.text) == ["Ships work.", "Plans work."]
    assert any("the site's navigation" in n.message for n in result.report.notes)
