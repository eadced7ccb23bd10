"""Web pages whose sections are not what their markup first says: tabs, prose beside levels.

Fixtures are cut from public pages' text: Cheshire East Council's "Values and Behaviours"
(https://www.cheshireeast.gov.uk/jobs_and_careers/, UK council page, OGL presumed) as built, with
tabs and headings for screen readers only; the College of Policing's Competency and Values
Framework page "We Are Emotionally Aware" (https://www.college.police.uk, Open Government
Licence), its Introduction and "Why is it important?" beside its levels.
"""

from __future__ import annotations

from pathlib import Path

import compkit

DATA = Path(__file__).parent / "data" / "ingest"

CHESHIRE = """<html><head><title>Values and Behaviours</title></head><body><main>
<h1>Values and Behaviours</h1><h2>For everyone</h2>
<ul role="tablist"><li role="tab"><a href="#will">I will<span class="visually-hidden"> for
everyone</span></a></li><li role="tab"><a href="#wont">I won't<span class="visually-hidden">
for everyone</span></a></li></ul>
<h3>Flexibility</h3>
<div class="tab-panel" id="flexibility-will"><h4 class="visually-hidden">Flexibility for
everyone</h4><ul><li>Actively participate in and contribute to change</li>
<li>Be flexible at work and willing to try new things</li></ul></div>
<div class="tab-panel" id="flexibility-wont"><h4 class="visually-hidden">Values and behaviours
that everyone won't do on Flexibility</h4><ul><li>Say 'it's not my job' or just moan</li></ul>
</div>
<h3>Innovation</h3>
<div class="tab-panel" id="innovation-will"><h4 class="visually-hidden">Innovation for
everyone</h4><ul><li>Ask curious questions</li></ul></div>
<div class="tab-panel" id="innovation-wont"><h4 class="visually-hidden">Values and behaviours
that everyone won't do on Innovation</h4><ul><li>Dismiss or be negative or overly critical of
new ideas</li></ul></div>
</main></body></html>
"""


def _read(tmp_path, text, name="page.html", **hints):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    result = compkit.ingest(path, **hints)
    ind = result.framework.indicators
    return result, list(zip(ind.competency, ind.level_name, ind.polarity, ind.text, strict=True))


def test_tab_panels_read_under_their_tabs_labels(tmp_path):
    result, rows = _read(tmp_path, CHESHIRE)
    assert {c for c, *_ in rows} == {"Flexibility", "Innovation"}
    bad = [t for _, _, p, t in rows if p == "ineffective"]
    assert bad == ["Say 'it's not my job' or just moan", "Dismiss or be negative or overly "
                   "critical of new ideas"]  # fmt: skip
    assert len(rows) == 5
    repairs = [n.message for n in result.report.notes if n.kind == "repair"]
    assert any("4 tab panels read under their tabs' labels ('I will'" in m for m in repairs)


def test_panels_matched_to_tabs_by_target_not_order(tmp_path):
    """Bootstrap-style tabs: ``aria-controls`` names the panel, no hidden heading inside."""
    page = """<html><body><main><h1>Values</h1><h2>Teamwork</h2>
<ul role="tablist"><li><a role="tab" aria-controls="dont">Less effective</a></li>
<li><a role="tab" aria-controls="do">Effective</a></li></ul>
<div role="tabpanel" id="do"><ul><li>Share what we know</li><li>Help colleagues</li></ul></div>
<div role="tabpanel" id="dont"><ul><li>Keep information to ourselves</li></ul></div>
<h2>Respect</h2>
<div role="tabpanel" id="do"><ul><li>Listen first</li></ul></div>
<div role="tabpanel" id="dont"><ul><li>Talk over others</li></ul></div>
</main></body></html>"""
    _, rows = _read(tmp_path, page)
    sides = {t: p for *_, p, t in rows}
    assert sides["Keep information to ourselves"] == "ineffective"
    assert sides["Talk over others"] == "ineffective"
    assert sides["Share what we know"] == sides["Listen first"] == "effective"


def test_prose_sections_beside_levels_describe_the_competency(tmp_path):
    page = """<html><head><title>We Are Emotionally Aware</title></head><body>
<h1>We Are Emotionally Aware</h1>
<h2>Introduction</h2><p>We make the effort to understand ourselves.</p>
<h2>Why is it important?</h2><p>Empathy is particularly important.</p>
<h2>Level 1</h2><ul><li>I treat others with respect, tolerance and compassion.</li>
<li>I ask for help and support when I need it.</li></ul>
<h2>Level 2</h2><ul><li>I lead by example.</li></ul>
</body></html>"""
    result, rows = _read(tmp_path, page)
    assert {lv for _, lv, _, _ in rows} == {"Level 1", "Level 2"}
    assert len(rows) == 3
    comps = result.framework.competencies
    assert "Empathy is particularly important." in comps.description.iloc[0]
    guesses = " ".join(n.message for n in result.report.notes)
    assert "the paragraphs under 'Why is it important?' read as 'We Are" in guesses


def test_a_section_with_a_list_beside_levels_stays_a_level(tmp_path):
    """Only prose is set aside: a named stage holding behaviours is still read."""
    page = """<html><body><h1>Communicates</h1>
<h2>Foundation</h2><ul><li>Speaks clearly.</li></ul>
<h2>Level 1</h2><ul><li>Writes plainly.</li></ul>
<h2>Level 2</h2><ul><li>Explains complex ideas.</li></ul>
</body></html>"""
    _, rows = _read(tmp_path, page)
    assert {lv for _, lv, _, _ in rows} == {"Foundation", "Level 1", "Level 2"}


def test_with_levels_named_nothing_else_is_a_level(tmp_path):
    page = """<html><head><title>We Are Emotionally Aware</title></head><body>
<h1>We Are Emotionally Aware</h1>
<h2>Introduction</h2><p>We make the effort to understand ourselves.</p>
<p>We genuinely engage with and listen to others.</p>
<h2>Why is it important?</h2><p>Empathy is particularly important.</p>
<h2>Level 1</h2><ul><li>I treat others with respect, tolerance and compassion.</li>
<li>I ask for help and support when I need it.</li></ul>
</body></html>"""
    _, rows = _read(tmp_path, page, levels=["Level 1"])
    assert [(c, lv) for c, lv, _, _ in rows] == [("We Are Emotionally Aware", "Level 1")] * 2


#: CFO.gov's competency card (https://www.cfo.gov, US federal work, public domain), cut down.
CARD = """---
title: 0501 Financial Administration and Program Support Entry Accountability
competency: Accountability
---

<p class="text-bold">Behavior Illustrations</p>
<dl><dt>Accountability (Level 1 - Awareness)</dt><dd>Delegates work to staff to ensure
responsibilities are completed </dd><dd>Meets weekly with team to monitor progress of work
plans</dd><dt>Accountability (Level 2 - Basic)</dt><dd>Outlines goals and assesses workgroup
progress towards goal achievement</dd></dl>
<p class="text-bold">Proficiency Level Definition</p>
<dl><dt>Accountability (Level 1 - Awareness)</dt><dd>Applies the competency in the simplest
situations </dd><dd>Requires close and extensive guidance</dd><dt>Accountability (Level 2 -
Basic)</dt><dd>Applies the competency in somewhat difficult situations </dd></dl>
"""


def test_a_level_definitions_block_describes_the_levels(tmp_path):
    result, rows = _read(tmp_path, CARD, name="card.md")
    assert [t for *_, t in rows] == [
        "Delegates work to staff to ensure responsibilities are completed",
        "Meets weekly with team to monitor progress of work plans",
        "Outlines goals and assesses workgroup progress towards goal achievement",
    ]
    assert {c for c, *_ in rows} == {"Accountability"}
    levels = result.framework.levels
    first = levels[levels.level_name == "Accountability (Level 1 - Awareness)"].iloc[0]
    assert "Requires close and extensive guidance" in first.description
    guesses = " ".join(n.message for n in result.report.notes)
    assert "'Proficiency Level Definition' read as the levels' descriptions" in guesses
    assert "under 'Behavior Illustrations' read into 'Accountability'" in guesses


def test_terms_naming_several_competencies_keep_their_headings(tmp_path):
    """The competency is taken from the terms only when they all name the same one."""
    page = CARD.replace("Accountability (Level 2", "Teamwork (Level 2")
    _, rows = _read(tmp_path, page, name="card.md")
    assert "Accountability" not in {c for c, *_ in rows}


def test_cards_per_career_level_read_into_the_competency_their_terms_name(tmp_path):
    """CFO.gov's page of one series: a heading per career level over the same competency."""
    page = (DATA / "cfo-0501-accountability.html").read_text(encoding="utf-8")
    _, rows = _read(tmp_path, page)
    assert {c for c, *_ in rows} == {"Accountability"}
    assert len({lv for _, lv, _, _ in rows}) == 5
    assert len(rows) == 16
    assert not [t for *_, t in rows if t.startswith(("Applies the competency", "Requires"))]


def test_prose_sections_before_one_rank_of_levels_are_its_description():
    """GDS's career path page (tests/data/corpus, OGL): "What is it?" beside "Junior level"."""
    page = DATA.parent / "corpus/raw/gds-tech-career-path/leading-and-communicating"
    result = compkit.ingest(page / "pair-programming.html.md")
    ind = result.framework.indicators
    assert list(dict.fromkeys(ind.level_name)) == ["Junior level", "Mid level", "Senior level"]
    assert len(ind) == 11
    described = result.framework.competencies.description.iloc[0]
    assert "Pairing is not easy." in described


def test_the_stored_cvf_page_with_one_level_reads_its_level(tmp_path):
    """The CVF page as stored, one level section after two of prose: the rank is of levels."""
    page = """<html><head><title>We Are Emotionally Aware</title></head><body>
<h1>We Are Emotionally Aware</h1>
<h2>Introduction</h2><p>We make the effort to understand ourselves.</p>
<p>We genuinely engage with and listen to others.</p>
<h2>Why is it important?</h2><p>Empathy is particularly important.</p>
<h2>Level 1</h2><ul><li>I treat others with respect, tolerance and compassion.</li>
<li>I ask for help and support when I need it.</li></ul>
</body></html>"""
    _, rows = _read(tmp_path, page)
    assert [(c, lv) for c, lv, _, _ in rows] == [("We Are Emotionally Aware", "Level 1")] * 2
