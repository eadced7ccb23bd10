"""Edges of the published documents and change logs: printing, headings, language, labels."""

import io
import itertools
import re
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn

import compkit
from compkit.authoring import render_changelog
from compkit.authoring._layout import NONE, NOT_DEFINED
from compkit.authoring._wordiff import _ops
from compkit.authoring.documents import render_docx, render_html, render_markdown
from compkit.framework import from_dict

CORPUS = Path(__file__).parent / "data" / "corpus"
HSE = CORPUS / "hse-stress-competencies.yaml"
GDS = CORPUS / "gds-tech-career-path.yaml"
SNOWFLAKE = CORPUS / "medium-snowflake.yaml"


@pytest.fixture(scope="module")
def negative():
    """An en-US framework with ineffective statements only."""
    return from_dict(
        {
            "schema_version": 2,
            "id": "neg",
            "title": "Only Ineffective Behaviors",
            "organisation": "Probe Corp",
            "language": "en-US",
            "levels": [{"id": "l1", "name": "Entry", "rank": 1}],
            "competencies": [
                {
                    "id": "c1",
                    "name": "Teamwork",
                    "indicators": [
                        {
                            "id": "n1",
                            "level": "l1",
                            "text": "Ignores ideas",
                            "polarity": "ineffective",
                        }
                    ],
                }
            ],
        }
    )


def word(fw):
    return docx.Document(io.BytesIO(render_docx(fw)))


# -- 1, 2: printed HTML -------------------------------------------------------------------------


def test_printed_heading_keeps_with_its_description_and_table():
    page = render_html("cis")
    assert ".head { break-inside: avoid; break-after: avoid; }" in page
    # each competency's heading, description and values are one block just before its table
    blocks = re.findall(
        r'<section class="keep" id="[^"]+"><div class="head">(.*?)</div>\n<table', page, re.S
    )
    assert len(blocks) == 6
    assert all(b.startswith("\n<h2>Competency") and "Values:" in b for b in blocks)


def test_printed_html_is_a4_in_word_sized_type():
    page = render_html("cis")
    assert "@page { size: A4 landscape;" in page
    assert "font-size: 10pt" in page


@pytest.mark.parametrize("path", [SNOWFLAKE, CORPUS / "monzo-backend.yaml"])
def test_level_column_is_narrow_when_levels_are_rows(path):
    page = render_html(path)
    assert "col.level { width: 3.8cm; }" in page
    tables = re.findall(r"<table>(.*?)</table>", page, re.S)
    assert tables and all(t.startswith('<colgroup><col class="level"><col>') for t in tables[:-1])


# -- 3: change logs -----------------------------------------------------------------------------


@pytest.fixture(scope="module")
def wsx_v2(tmp_path_factory):
    doc = compkit.framework.to_dict("wsx")
    first = doc["competencies"][0]["indicators"]
    first[1]["text"] = (
        "Is open to and responds constructively to feedback from colleagues, managers and "
        "service users"
    )
    moved = next(i for i in first if i["id"] == "qualities-core-10")
    moved["level"] = "skilled"
    path = tmp_path_factory.mktemp("v2") / "wsx-v2.yaml"
    return compkit.write_yaml(from_dict(doc), path)


def test_changelog_names_competencies_and_levels(wsx_v2):
    changes = compkit.diff("wsx", wsx_v2)
    md = render_changelog(changes)
    assert md.splitlines()[0] == "# Changes to WSX Mind: wsx.yaml → wsx-v2.yaml"
    assert "- Demonstrating Personal Qualities / Skilled (moved from Core to Skilled):" in md
    assert "qualities / core" not in md
    page = render_changelog(changes, to="html")
    assert "<td>Demonstrating Personal Qualities / Core</td>" in page
    assert '<html lang="en-GB">' in page
    assert "@page{size:A4" in page
    row = changes.set_index("old_id").loc["qualities-core-10"]
    assert (row["old_level_name"], row["new_level_name"]) == ("Core", "Skilled")
    assert row["new_competency_name"] == "Demonstrating Personal Qualities"


def test_title_tells_versions_apart():
    from compkit.authoring.changelog import title_of

    same = {"old": "WSX Mind", "new": "WSX Mind", "old_version": "1", "new_version": "2"}
    assert title_of(same) == "Changes to WSX Mind: version 1 → version 2"


def test_word_diff_keeps_punctuation_and_merges_neighbouring_changes():
    old = "responds positively to constructive feedback from colleagues and managers"
    new = "responds constructively to feedback from colleagues, managers and service users"
    assert _ops(old, new) == [
        ("equal", "responds"),
        ("delete", "positively to constructive"),
        ("insert", "constructively to"),
        ("equal", "feedback from"),
        ("delete", "colleagues and managers"),
        ("insert", "colleagues, managers and service users"),
    ]
    assert compkit.authoring.versions.word_diff("a b c", "a x c") == "a [-b-] {+x+} c"


# -- 4, 6: language ------------------------------------------------------------------------------


def lang(document) -> str:
    defaults = document.styles.element.find(qn("w:docDefaults"))
    return defaults.find(f"{qn('w:rPrDefault')}/{qn('w:rPr')}/{qn('w:lang')}").get(qn("w:val"))


@pytest.mark.parametrize(("fid", "tag"), [("cis", "en-GB"), ("wsx", "en-GB"), (HSE, "en-GB")])
def test_documents_take_the_frameworks_language(fid, tag):
    document = word(fid)
    assert lang(document) == tag
    assert document.core_properties.language == tag
    assert f'<html lang="{tag}">' in render_html(fid)


def test_us_framework_is_tagged_and_spelled_american(negative):
    document = word(negative)
    assert lang(document) == "en-US"
    assert '<html lang="en-US">' in render_html(negative)
    heads = [c.text for c in document.tables[0].rows[0].cells]
    assert heads == ["Level", "Effective behaviors", "Ineffective behaviors"]
    md = render_markdown(negative)
    assert "**Effective behaviors**" in md
    assert "behaviours" not in md + render_html(negative)


# -- 5: labels for the client -------------------------------------------------------------------


def test_empty_side_reads_the_same_in_every_format(negative):
    document = word(negative)
    assert document.tables[0].rows[1].cells[1].text == NONE
    assert f'<td><p class="undefined">{NONE}</p></td>' in render_html(negative)
    assert f"**Effective behaviors**\n\n*{NONE}*" in render_markdown(negative)


@pytest.mark.parametrize("path", [HSE, GDS])
def test_curation_notes_stay_out_of_the_document(path):
    fw = compkit.load(path)
    notes = {u.note for c in fw.competency_records for u in c.undefined if u.note}
    assert notes  # the notes are in the data ...
    texts = [render_markdown(fw), render_html(fw), "\n".join(p.text for p in word(fw).paragraphs)]
    texts.append("\n".join(c.text for t in word(fw).tables for r in t.rows for c in r.cells))
    for text in texts:  # ... and not in the document
        assert NOT_DEFINED in text or text is texts[2]
        assert not any(note in text for note in notes)


# -- 6: heading hierarchy -----------------------------------------------------------------------


def test_groups_nest_their_competencies():
    page = render_html(GDS)
    heads = re.findall(r"<(h[1-4])>([^<]*)</h[1-4]>", page)
    assert heads[1][0] == "h2" and not heads[1][1].startswith("Competency")
    assert {h for h, text in heads if text.startswith("Competency")} == {"h3"}
    md = render_markdown(GDS)
    assert re.search(r"^## Working practices\n\n### Competency 1: ", md, re.M)
    assert re.search(r"^#### Junior level$", md, re.M)


def test_level_layout_nests_groups_and_competencies():
    md = render_markdown(HSE, layout="level")
    assert re.search(r"^## Manager\n\n.*\n\n### Demands\n\n#### Competency 1: ", md, re.M)
    page = render_html(HSE, layout="level")
    assert "<h3>Demands</h3>\n<h4>Competency 1:" in page


@pytest.mark.parametrize("fid", ["cis", "wsx", GDS])
def test_word_headings_never_skip_a_level(fid):
    levels = [
        int(p.style.name.split()[-1])
        for p in word(fid).paragraphs
        if p.style.name.startswith("Heading")
    ]
    assert levels[0] == 1
    assert all(b <= a + 1 for a, b in itertools.pairwise(levels))


def test_redline_takes_the_frameworks_language(wsx_v2):
    from compkit.authoring import render_redline

    assert lang(docx.Document(io.BytesIO(render_redline("wsx", wsx_v2)))) == "en-GB"


def test_summary_counts_only_the_kinds_of_statement_there_are(negative):
    assert (
        render_markdown(negative).splitlines()[4]
        == "1 competency, 1 level, 1 ineffective statement"
    )
    assert "67 effective statements, 57 ineffective statements" in render_markdown(HSE)


def test_a_placeholder_organisation_is_never_printed(tmp_path):
    from dataclasses import replace

    import docx

    fw = replace(compkit.load("cis"), organisation="(organisation not stated)")
    word = docx.Document(compkit.render(fw, tmp_path / "cis.docx"))
    text = "\n".join(p.text for p in word.paragraphs)
    text += "\n".join(p.text for s in word.sections for p in s.footer.paragraphs)
    assert "not stated" not in text
    assert word.core_properties.author == ""
    page = compkit.render(fw, tmp_path / "cis.html").read_text(encoding="utf-8")
    assert "<title>Competencies – Senior Officer roles</title>" in page
    assert 'class="organisation"' not in page  # (the marks keep the file's own value)
    back = compkit.ingest(tmp_path / "cis.docx").framework
    assert list(back.indicators["text"]) == list(fw.indicators["text"])


def test_redline_keeps_groups_stems_and_the_two_sides_apart():
    from compkit.authoring import render_redline

    old = compkit.load(Path(__file__).parent / "data" / "corpus" / "hse-stress-competencies.yaml")
    doc = compkit.framework.to_dict(old)
    doc["stem"] = "The manager:"
    first = doc["competencies"][0]["indicators"][0]
    first["text"] = first["text"].replace("handle workload", "handle the workload")
    body = docx.Document(io.BytesIO(render_redline(old, from_dict(doc))))
    lines = [
        (p.style.name, "".join(p._p.xpath(".//w:t/text() | .//w:delText/text()")))
        for p in body.paragraphs
    ]
    assert ("Heading 1", "Demands") in lines
    start = lines.index(("Heading 2", "Managing workload and resources"))
    shown = [text for _, text in lines[start + 1 : start + 6]]
    assert shown[:3] == ["Manager", "The manager:", "Effective behaviours"]
    ineffective = next(i for i, (_, t) in enumerate(lines) if t == "Ineffective behaviours")
    assert lines[ineffective + 1][1] == "delegating work unequally to team"
    effective = lines[start + 4 : ineffective]
    assert all(style == "List Bullet" for style, _ in effective)
    inserted = body.element.body.xpath(".//w:ins//w:t/text()")
    assert "The manager:" in inserted and " the" in inserted
