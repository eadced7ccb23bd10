"""A stem per side: `stem: {effective: ..., ineffective: ...}` at framework, level and competency."""

import copy
import io
import re
from pathlib import Path

import docx
import jsonschema
import pytest
import yaml

import compkit
from compkit.framework._schema import framework_schema, iter_errors
from compkit.framework.build import from_dict
from compkit.framework.io import to_dict, write_json

DATA = Path(__file__).parent / "data"
SIDES = DATA / "stem_sides" / "sides.yaml"
BEHAVIOURS = DATA / "authoring" / "behaviours.yaml"


def stems(fw) -> dict[tuple[str, str], tuple[str, str]]:
    return {
        (c, lv): (fw.stem_for(c, lv), fw.stem_for(c, lv, "ineffective"))
        for c in fw.competency_ids
        for lv in fw.level_ids
    }


def test_a_mapping_gives_each_side_its_stem_and_a_string_every_statement():
    assert stems(compkit.load(SIDES)) == {
        ("listening", "one"): ("You can:", ""),  # the framework's: effective side only
        ("listening", "two"): ("Effective people:", "Less effective people:"),  # the level's
        ("planning", "one"): ("At this level you:", "At this level you:"),  # the competency's
        ("planning", "two"): ("At this level you:", "At this level you:"),
    }
    old = compkit.load(BEHAVIOURS)  # a string stem, as before: every statement completes it
    assert old.stem_for("leading", "one", "ineffective") == "At this level you:"
    assert old.stem_for("delivering", "one", "ineffective") == "You can:"


def test_load_write_load_keeps_a_stem_per_side(tmp_path):
    fw = compkit.load(SIDES)
    doc = to_dict(fw)
    assert doc["stem"] == {"effective": "You can:"}
    assert doc["levels"][1]["stem"] == {
        "effective": "Effective people:",
        "ineffective": "Less effective people:",
    }
    assert doc["competencies"][1]["stem"] == "At this level you:"
    assert doc["schema_version"] == 2
    written = compkit.authoring.write_yaml(fw, tmp_path / "sides.yaml")
    assert 'stem:\n  effective: "You can:"\n' in written.read_text()
    again = [
        compkit.load(written),
        compkit.load(write_json(fw, tmp_path / "sides.json")),
        compkit.authoring.read_workbook(
            compkit.authoring.write_workbook(fw, tmp_path / "sides.xlsx")
        ).framework,
        compkit.authoring.read_tables(compkit.authoring.write_tables(fw, tmp_path / "t")).framework,
    ]
    for back in again:
        assert to_dict(back) == doc
        assert stems(back) == stems(fw)
    cell = (tmp_path / "t" / "levels.csv").read_text()
    assert '"effective: Effective people:\nineffective: Less effective people:"' in cell


def test_editing_one_side_in_place_changes_its_line_only(tmp_path):
    path = tmp_path / "sides.yaml"
    path.write_text(SIDES.read_text())
    doc = to_dict(path)
    doc["levels"][1]["stem"]["ineffective"] = "People who are less effective:"
    before = path.read_text().splitlines()
    after = compkit.authoring.write_yaml(from_dict(doc), path).read_text().splitlines()
    assert [line for line in after if line not in before] == [
        '      ineffective: "People who are less effective:"'
    ]
    assert compkit.load(path).stem_for("listening", "two", "ineffective") == (
        "People who are less effective:"
    )


@pytest.mark.parametrize(
    ("stem", "message"),
    [
        ("{}", "stem: empty; expected at least one of: effective, ineffective"),
        (
            '{efective: "You can:"}',
            "unknown key 'efective'; expected one of: effective, ineffective",
        ),
        ('{effective: ""}', "effective: empty; expected some words"),
        ("3", "stem: expected a string or a mapping, got a whole number 3"),
        ('["You can:"]', "stem: expected a string or a mapping, got a list ['You can:']"),
    ],
)
def test_a_bad_stem_is_a_one_line_error_both_validators_agree_on(tmp_path, stem, message):
    text = SIDES.read_text().replace('stem:\n  effective: "You can:"', f"stem: {stem}")
    path = tmp_path / "bad.yaml"
    path.write_text(text)
    with pytest.raises(compkit.FrameworkFileError) as caught:
        compkit.load(path)
    assert str(caught.value) == f"{path}:11: {message}"
    doc = yaml.safe_load(text)
    assert list(iter_errors(doc, framework_schema()))
    assert list(jsonschema.Draft202012Validator(framework_schema()).iter_errors(doc))


def test_both_validators_accept_every_form_of_stem():
    doc = yaml.safe_load(SIDES.read_text())
    for stem in ("You can:", {"ineffective": "Less effective people:"}, {"effective": "You:"}):
        one = copy.deepcopy(doc)
        one["competencies"][0]["stem"] = stem
        assert list(iter_errors(one, framework_schema())) == []
        jsonschema.Draft202012Validator(framework_schema()).validate(one)


def cell_texts(cell) -> list[str]:
    return [p.text for p in cell.paragraphs if p.text]


def test_documents_print_each_sides_stem_over_its_own_statements():
    document = docx.Document(io.BytesIO(compkit.authoring.render_docx(SIDES)))
    listening = [[cell_texts(c) for c in row.cells[1:]] for row in document.tables[0].rows[1:]]
    assert listening == [
        [["You can:", "hear colleagues out"], ["Interrupts colleagues."]],
        [
            ["Effective people:", "draw out quiet voices"],
            ["Less effective people:", "talk over others"],
        ],
    ]
    planning = [cell_texts(c) for c in document.tables[1].rows[1].cells[1:]]
    assert planning == [
        ["At this level you:", "plan your own work"],
        ["At this level you:", "miss deadlines"],
    ]
    by_level = docx.Document(io.BytesIO(compkit.authoring.render_docx(SIDES, layout="level")))
    texts = [p.text for p in by_level.paragraphs if p.text]
    assert texts.count("At this level you:") == 2  # one stem of both sides: over the table
    assert [cell_texts(c) for c in by_level.tables[1].rows[1].cells] == [
        ["plan your own work"],
        ["miss deadlines"],
    ]
    assert [cell_texts(c) for c in by_level.tables[0].rows[1].cells] == listening[0]

    page = compkit.authoring.render_html(SIDES)
    foundation = re.search(r'<th scope="row">Foundation</th>(.*?)</tr>', page).group(1)
    assert foundation == (
        '<td><p class="stem">You can:</p><ul><li>hear colleagues out</li></ul></td>'
        "<td><ul><li>Interrupts colleagues.</li></ul></td>"
    )
    assert '<td><p class="stem">Less effective people:</p><ul><li>talk over others' in page
    by_level_page = compkit.authoring.render_html(SIDES, layout="level")
    assert '<p class="stem">At this level you:</p><table>' in by_level_page
    assert "<td><ul><li>Interrupts colleagues.</li></ul></td>" in by_level_page

    md = compkit.authoring.render_markdown(SIDES)
    assert "**Ineffective behaviours**\n\n- Interrupts colleagues." in md
    assert "**Ineffective behaviours**\n\n*Less effective people:*\n\n- talk over others" in md
    assert "**Ineffective behaviours**\n\n- miss deadlines" in md  # one stem: said once


def test_diff_tells_a_changed_side_of_a_stem():
    doc = to_dict(SIDES)
    doc["stem"] = "You can:"  # now every statement's
    doc["levels"][1]["stem"]["ineffective"] = "People who are less effective:"
    doc["competencies"][1]["stem"] = {"effective": "At this level you:"}
    d = compkit.diff(SIDES, from_dict(doc))
    notes = dict(zip(d["item"] + " " + d["old_id"].fillna(""), d["note"], strict=True))
    assert notes["framework sides"] == "ineffective stem 'You can:' added"
    assert notes["level two"] == (
        "ineffective stem changed from 'Less effective people:' to 'People who are less effective:'"
    )
    assert notes["competency planning"] == "ineffective stem 'At this level you:' removed"
    assert "ineffective stem" in compkit.authoring.render_changelog(d)
    same = to_dict(SIDES)
    same["competencies"][1]["stem"] = {
        "effective": "At this level you:",
        "ineffective": "At this level you:",
    }  # one stem written as two: the same words, no change
    assert compkit.diff(SIDES, from_dict(same)).empty


def test_the_checker_reads_each_statement_with_its_sides_stem():
    from compkit.checks.context import Context

    ind = Context(compkit.load(SIDES)).indicators.set_index("indicator_id")
    assert ind.loc["listening-one-n1", "stem"] == ""  # a plain sentence, no "You can:"
    assert ind.loc["listening-two-n1", "stem"] == "Less effective people:"
    assert ind.loc["planning-one-n1", "stem"] == "At this level you:"
    codes = compkit.check(SIDES).to_frame()["code"].tolist()
    assert "T007" not in codes  # 'Interrupts colleagues.' does not complete 'You can:'


def test_a_cross_walk_prints_each_statement_after_its_own_sides_stem():
    """The cross-walk workbook shows a fragment after the stem it completes; an ineffective
    plain sentence ("Interrupts colleagues.") was shown after the effective side's "You can:"."""
    from compkit.crosswalk.pairs import stems_of

    stems = stems_of(compkit.load(SIDES))
    assert stems["listening-one-1"] == "You can:"
    assert "listening-one-n1" not in stems  # the framework's stem: effective side only
    assert stems["listening-two-n1"] == "Less effective people:"
    assert stems["planning-one-n1"] == "At this level you:"  # one stem for every statement
