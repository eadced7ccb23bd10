"""compkit ingest on real frameworks as received (tests/data/corpus/raw/): the statements come
back as the curated corpus files have them -- word for word, in the same cells, on the same
source lines -- from HTML tables inside Markdown and from YAML front matter.
"""

from collections import Counter
from pathlib import Path

import pytest

import compkit
from compkit.ingest import IngestError, ingest

CORPUS = Path(__file__).parent / "data" / "corpus"


def statements(fw, *, levels=True):
    """(competency name, level name, text, polarity) of every statement, counted."""
    comp = {c.id: c.name for c in fw.competency_records}
    level = {lv.id: lv.name for lv in fw.level_records}
    return Counter(
        (comp[i.competency], level[i.level] if levels else "", i.text, i.polarity)
        for i in fw.indicator_records
    )


def lines(fw):
    return {i.text: i.source.lines for i in fw.indicator_records}


@pytest.fixture(scope="module")
def hse():
    return ingest(CORPUS / "raw" / "hse-stress-competencies.txt")


@pytest.fixture(scope="module")
def gsa():
    return ingest(CORPUS / "raw" / "gsa-508-pm.txt")


@pytest.fixture(scope="module")
def monzo():
    return ingest(CORPUS / "raw" / "monzo-backend.txt")


# -- an HTML table inside Markdown: effective | ineffective, group rows, an "n/a" cell -------------


def test_html_table_reads_as_the_curated_hse_file(hse):
    want = compkit.load(CORPUS / "hse-stress-competencies.yaml")
    got = hse.framework
    assert hse.report.layout == "effective-ineffective"
    # the source has no levels: one level stands for the table (the curated file names it
    # "Manager"), so cells are compared by competency and polarity
    assert statements(got, levels=False) == statements(want, levels=False)
    assert sum(statements(got).values()) == 124
    assert Counter(i.polarity for i in got.indicator_records) == {
        "effective": 67,
        "ineffective": 57,
    }
    assert lines(got) == lines(want)
    assert [g.name for g in got.group_records] == [g.name for g in want.group_records]
    assert [c.name for c in got.competency_records] == [c.name for c in want.competency_records]
    group = {g.id: g.name for g in got.group_records}
    want_group = {g.id: g.name for g in want.group_records}
    assert [group[c.group] for c in got.competency_records] == [
        want_group[c.group] for c in want.competency_records
    ]
    (undefined,) = [u for c in got.competency_records for u in c.undefined]
    assert (undefined.note, undefined.polarity, undefined.source.lines) == (
        "n/a",
        "ineffective",
        (356,),
    )
    assert not [i for i in got.indicator_records if i.mirrors]  # lists of 4 pair nothing


def test_hse_report_says_how_the_html_was_read(hse):
    messages = hse.report.to_frame()["message"].tolist()
    assert "group rows read without the prefix they share, 'Management standard:'" in messages
    assert "HTML in the Markdown read as a browser shows it" in messages
    assert hse.report.summary()["unused"] == 0
    assert hse.framework.title == "HSE stress competencies"  # a bare URL is not a title


# -- HTML tables of levels under HTML headings, with front matter ----------------------------------


def test_html_level_tables_read_as_the_curated_gsa_file(gsa):
    want = compkit.load(CORPUS / "gsa-508-pm.yaml")
    got = gsa.framework
    assert gsa.report.layout == "level-columns"
    assert statements(got) == statements(want)
    assert sum(statements(got).values()) == 113
    assert lines(got) == lines(want)
    assert [c.name for c in got.competency_records] == [c.name for c in want.competency_records]
    assert [lv.name for lv in got.level_records] == ["Beginner", "Intermediate", "Advanced"]
    assert not got.group_records
    # two bullets with a nested list: one statement each, lead-in then items, repaired
    repaired = {i.text: i.repair.note for i in got.indicator_records if i.repair}
    assert repaired == {i.text: i.repair.note for i in want.indicator_records if i.repair}


def test_gsa_front_matter_is_metadata_and_the_sections_are_reported(gsa):
    assert gsa.framework.title == "Section 508 Program Manager Competency Guide"
    notes = gsa.report.to_frame()
    unused = notes.query("kind == 'unused'")["message"].tolist()
    assert any(m.startswith("front matter not read: layout, sidenav, type") for m in unused)
    # the knowledge statements and training lists under each competency are no statements
    assert (
        "the text under 'Training and Development Activities' (19 sections, 100 paragraphs) "
        "is in no statement, name or description"
    ) in unused
    assert any(m.startswith("the text under 'Core Competencies' (19 sections") for m in unused)
    assert not [i for i in gsa.framework.indicator_records if i.text.startswith("Knowledge of")]


# -- YAML front matter holding the framework --------------------------------------------------------


def test_front_matter_framework_reads_as_the_curated_monzo_file(monzo):
    want = compkit.load(CORPUS / "monzo-backend.yaml")
    got = monzo.framework
    assert monzo.report.layout == "front-matter"
    # every curated statement, in its cell, and nothing else (line 209's criterion, which the
    # curated file once left out, included)
    assert statements(got) == statements(want)
    assert len(got.indicators) == 135
    assert lines(got) == lines(want)
    assert [lv.name for lv in got.level_records] == [f"Level {n}" for n in range(1, 7)]
    assert [c.name for c in got.competency_records] == [c.name for c in want.competency_records]
    assert got.title == "Backend Engineering Framework"  # "🛠️ " left off
    assert got.cumulative is False


def test_monzo_body_is_the_introduction_and_examples_are_reported(monzo):
    fw = monzo.framework
    intro = " ".join(p.text for p in fw.introduction)
    assert "We sort them into six levels" in intro
    assert not [i for i in fw.indicator_records if i.text == "make development and career plans"]
    unused = monzo.report.to_frame().query("kind == 'unused'")["message"].tolist()
    assert unused == [
        "front matter not read: path, sidebarTitle, sidebarGroup, yaml, levels, homepage, "
        "examples (22 values), title (3 values)"
    ]


def test_front_matter_as_metadata_only(tmp_path):
    page = tmp_path / "ladder.md"
    page.write_text(
        "---\ntitle: Data Ladder\norganisation: Example Council\nlang: en-US\nlayout: page\n"
        "description: How our data people grow.\n---\n"
        "# Analysis\n\n## Junior\n\n- Cleans data with help\n\n## Senior\n\n- Designs analyses\n",
        encoding="utf-8",
    )
    result = ingest(page)
    fw = result.framework
    assert (fw.title, fw.organisation, fw.language) == ("Data Ladder", "Example Council", "en-US")
    assert [i.text for i in fw.indicator_records] == ["Cleans data with help", "Designs analyses"]
    assert fw.introduction[0].text == "How our data people grow."
    messages = result.report.to_frame()["message"].tolist()
    assert "front matter not read: layout" in messages
    assert "organisation 'Example Council' taken from the front matter" in messages


# -- a framework's data file (JSON) --------------------------------------------------------------


def test_a_json_data_file_reads_as_the_curated_unidays_file():
    """UNiDAYS publish their framework as JSON (topics, levels, criteria): read whole, as front
    matter would be, every criterion comes back in its cell, on its line."""
    got = ingest(CORPUS / "raw" / "myunidays.txt")
    want = compkit.load(CORPUS / "myunidays.yaml")
    assert got.report.layout == "front-matter"
    assert statements(got.framework) == statements(want)
    assert lines(got.framework) == lines(want)
    assert [lv.name for lv in got.framework.level_records] == [lv.name for lv in want.level_records]


def test_a_yaml_data_file_without_a_framework_in_it_is_no_framework(tmp_path):
    path = tmp_path / "settings.yaml"
    path.write_text("name: Settings\ncolour: blue\nsize: 3\n", encoding="utf-8")
    with pytest.raises(IngestError, match="no competency framework found in this data file"):
        ingest(path)
    with pytest.raises(IngestError, match="a compkit framework file or CASE data"):
        ingest(CORPUS / "ft-engineering.yaml")


# -- a contents table over a ladder; a level table beside bold-label lists -------------------------


def cells(fw):
    """(level name, text) of every statement, counted: competencies compared apart."""
    level = {lv.id: lv.name for lv in fw.level_records}
    return Counter((level[i.level], i.text) for i in fw.indicator_records)


def test_a_ladder_under_a_contents_table_reads_as_the_curated_file():
    """Engineering Ladders' Developer page: a Level | Senior | Position table of links above
    seven level headings, each over bullets opening with a bold step name. The table is not
    the framework; the levels are the ladder's headings (the curated file's competencies are
    the repository README's five axes, which the page does not name: compared apart)."""
    got = ingest(CORPUS / "raw" / "engineering-ladders-developer.txt")
    want = compkit.load(CORPUS / "engineering-ladders-developer.yaml")
    assert cells(got.framework) == cells(want)
    assert lines(got.framework) == lines(want)
    assert [lv.name for lv in got.framework.level_records] == [lv.name for lv in want.level_records]
    notes = " ".join(got.report.to_frame()["message"])
    assert "the tables read as no statements" in notes


def test_a_level_table_beside_bold_label_lists_reads_as_the_curated_usds_file():
    """USDS's sample competencies: one competency as a Proficiency Level | Description table,
    two as "- **Unfamiliar:** ..." lists, in Markdown with HTML; every cell comes back."""
    got = ingest(CORPUS / "raw" / "usds-sample-competencies.txt")
    want = compkit.load(CORPUS / "usds-sample-competencies.yaml")
    assert cells(got.framework) == cells(want)
    assert lines(got.framework) == lines(want)
    assert got.framework.language == "en-US"
