"""An author's revision of a framework, through diff and the tracked-changes redline.

A level added at the foot of the ladder moves every level's place from the lowest, not its
order: the diff says where the new level stands and lists no other level as changed. The
redline carries the role profiles (a role added, a required level changed, tracked), and keeps
a level's heading, its side label and its stem on the page of the list they head.
"""

import io
from pathlib import Path

import docx
from docx.oxml.ns import qn

from compkit import diff
from compkit.authoring import render_redline
from compkit.framework import from_dict, load, to_dict

CLUSTERED = Path(__file__).parent / "data" / "clustered.yaml"
SIDES = Path(__file__).parent / "data" / "stem_sides" / "sides.yaml"


def _with_level(doc: dict, level: dict, at: int) -> dict:
    doc["levels"].insert(at, level)
    for rank, lv in enumerate(doc["levels"], start=1):
        lv["rank"] = rank
    return doc


def test_a_level_added_below_the_others_changes_no_other_level():
    doc = _with_level(to_dict(load(CLUSTERED)), {"id": "entry", "name": "Entry"}, 0)
    changes = diff(CLUSTERED, from_dict(doc))
    levels = changes[changes["item"] == "level"]
    assert levels[["change", "new_text"]].to_numpy().tolist() == [["added", "Entry"]]
    assert levels["note"].tolist() == ["the lowest, below Foundation"]


def test_a_level_added_between_two_says_where_and_a_real_reorder_is_still_a_change():
    doc = _with_level(to_dict(load(CLUSTERED)), {"id": "head", "name": "Head of service"}, 5)
    doc["levels"][1]["rank"], doc["levels"][2]["rank"] = 3, 2  # Practitioner above Experienced
    changes = diff(CLUSTERED, from_dict(doc)).set_index(["item", "change", "old_id"], drop=False)
    levels = changes[changes["item"] == "level"]
    assert sorted(zip(levels["change"], levels["new_text"], levels["note"], strict=True)) == [
        ("added", "Head of service", "between Lead and Director"),
        ("changed", "Experienced", "now 2nd from the lowest, was 3rd"),
        ("changed", "Practitioner", "now 3rd from the lowest, was 2nd"),
    ]


def _marked(para, kind: str) -> str:
    """The text of ``para`` inside its ``w:ins`` (or ``w:del``) marks."""
    tag = qn("w:t" if kind == "ins" else "w:delText")
    return "".join(t.text for mark in para._p.iter(qn(f"w:{kind}")) for t in mark.iter(tag))


def test_the_redline_tracks_the_role_profiles():
    doc = to_dict(load(CLUSTERED))
    doc["roles"][0]["requires"]["caring"] = "lead"  # Team leader: Caring at Lead, was Senior
    doc["roles"].append(
        {"id": "service-manager", "name": "Service manager", "requires": {"delivering": "lead"}}
    )
    word = docx.Document(io.BytesIO(render_redline(CLUSTERED, from_dict(doc))))
    texts = [p.text for p in word.paragraphs]
    assert "Role profiles" in texts
    inserted = [_marked(p, "ins") for p in word.paragraphs]
    assert "Service manager" in inserted
    assert "Delivering results: Lead" in inserted
    line = next(p for p in word.paragraphs if "Caring for service users:" in p.text)
    assert "".join(t.text for t in line._p.iter(qn("w:t"))) == "Caring for service users: Lead"
    assert _marked(line, "del").strip() == "Senior"
    assert _marked(line, "ins").strip() == "Lead"


def test_the_redline_keeps_headings_side_labels_and_stems_with_their_list():
    doc = to_dict(load(SIDES))
    doc["competencies"][0]["indicators"][0]["text"] = "hear colleagues out fully"
    word = docx.Document(io.BytesIO(render_redline(SIDES, from_dict(doc))))
    for n in (1, 2, 3):
        assert word.styles[f"Heading {n}"].paragraph_format.keep_with_next
    lone = [
        p.text
        for p in word.paragraphs
        if p.text in ("Effective behaviours", "Ineffective behaviours", "Effective people:")
        and not p.paragraph_format.keep_with_next
    ]
    assert lone == []
    assert "Effective people:" in [p.text for p in word.paragraphs]


def test_a_numbered_list_a_statement_was_moved_into_is_numbered_afresh():
    from compkit.authoring import move_indicator, render_markdown

    ft = load(Path(__file__).parent / "data" / "corpus" / "ft-engineering.yaml")
    cell = [i for i in ft.indicator_records if (i.competency, i.level) == ("technical", "engineer")]
    moved = move_indicator(ft, "technical-junior-2", level="engineer")  # the junior list's 2.
    text = render_markdown(moved)
    start = text.index(cell[0].text) - len("1. ")
    lines = [ln for ln in text[start:].split("\n\n")[0].splitlines() if ln[:1].isdigit()]
    assert [ln.split(".", 1)[0] for ln in lines] == [str(n) for n in range(1, len(cell) + 2)]
    assert lines[-1].endswith("and monitoring.")
    # a list as the source numbered it keeps the source's numbers
    assert f"1. {cell[0].text}" in render_markdown(ft)


def test_an_added_role_says_what_it_requires_and_its_section_is_inserted_with_it():
    doc = to_dict(load(SIDES))
    doc["roles"] = [
        {
            "id": "facilitator",
            "name": "Facilitator",
            "requires": {"listening": "two", "planning": "one"},
        }
    ]
    new = from_dict(doc)
    roles = diff(SIDES, new).query("item == 'role'")
    assert roles["note"].tolist() == ["requires Listening at Advanced, Planning at Foundation"]
    word = docx.Document(io.BytesIO(render_redline(SIDES, new)))
    # inserted whole (rejecting every change leaves no empty section), as a heading
    heading = [p.style.name for p in word.paragraphs if _marked(p, "ins") == "Role profiles"]
    assert heading == ["Heading 1"]
    assert "Role profiles" not in [p.text for p in word.paragraphs]


def test_the_editor_says_where_a_statement_went_by_name():
    from compkit import editor

    e = editor(SIDES)
    e.competency.value, e.level.value = "planning", "one"
    e.statements.value = "planning-one-1"
    e.move_to.value = "competency:listening"
    e.buttons["move"].click()
    assert e.status.value == "<p>moved planning-one-1 to Listening (unsaved)</p>"


def test_a_level_added_with_no_statements_yet_stands_in_the_redline():
    doc = _with_level(to_dict(load(SIDES)), {"id": "entry", "name": "Apprentice"}, 0)
    word = docx.Document(io.BytesIO(render_redline(SIDES, from_dict(doc))))
    inserted = [(p.style.name, _marked(p, "ins")) for p in word.paragraphs if _marked(p, "ins")]
    assert ("Heading 2", "Apprentice") in inserted
    assert "Levels" in [p.text for p in word.paragraphs]
