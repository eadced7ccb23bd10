"""diff and its outputs say a rename is a rename: "renamed: Old → New", by name, in every format.

Pairs of versions are built from the bundled frameworks edited in code: a competency renamed with
a new id (its statements' ids too), a level renamed with a new id, a competency moved to another
group, a statement moved word for word.
"""

import io

import docx
import pytest

import compkit
from compkit.authoring import render_changelog, render_redline
from compkit.cli import main
from compkit.framework.build import from_dict
from compkit.framework.io import to_dict

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def renamed_cis():
    """CiS with 'Working with others' renamed 'Working together', new ids throughout."""
    doc = to_dict("cis")
    comp = doc["competencies"][3]
    comp["id"], comp["name"] = "together", "Working together"
    for i in comp["indicators"]:
        i["id"] = i["id"].replace("others-", "together-")
    for role in doc["roles"]:
        role["requires"] = {
            ("together" if k == "others" else k): v for k, v in role["requires"].items()
        }
    doc["values"][0]["name"] = "Brave and bold"
    people, brilliant = doc["competencies"][0]["indicators"], doc["competencies"][1]["indicators"]
    brilliant.append(people.pop(2) | {"level": "l2"})  # moved, word for word
    return from_dict(doc)


def renamed_level():
    """WSX with its level 'Skilled' renamed 'Practised', id 'skilled' -> 'practised'."""
    doc = to_dict("wsx")
    for level in doc["levels"]:
        if level["id"] == "skilled":
            level["id"], level["name"] = "practised", "Practised"
    for comp in doc["competencies"]:
        for i in comp["indicators"]:
            if i["level"] == "skilled":
                i["level"] = "practised"
    return from_dict(doc)


@pytest.fixture(scope="module")
def changes():
    return compkit.diff("cis", renamed_cis())


def test_a_competency_renamed_with_a_new_id_is_one_rename(changes):
    structure = changes[changes["item"] != "indicator"]
    assert structure[["item", "change", "old_text", "new_text"]].values.tolist() == [
        ["competency", "renamed", "Working with others", "Working together"],
        ["value", "renamed", "OPEN AND FAIR", "Brave and bold"],
    ]
    assert structure.iloc[0]["note"] == (
        "renamed from Working with others to Working together; id changed from others to together"
    )
    # its statements did not move: they kept their words under new ids
    kept = changes[changes["old_competency"] == "others"]
    assert set(kept["change"]) == {"id changed"} and len(kept) == 13
    assert set(changes["change"]) == {"renamed", "id changed", "moved"}


def test_a_level_renamed_with_a_new_id_moves_no_statement():
    table = compkit.diff("wsx", renamed_level())
    assert table[["item", "change", "old_id", "new_id", "note"]].values.tolist() == [
        [
            "level",
            "renamed",
            "skilled",
            "practised",
            "renamed from Skilled to Practised; id changed from skilled to practised",
        ],
    ]


def test_a_competency_moved_to_another_group():
    doc = to_dict("tests/data/clustered.yaml")
    doc["competencies"][1]["group"] = "delivery"
    table = compkit.diff("tests/data/clustered.yaml", from_dict(doc))
    assert table[["item", "change", "old_text", "note"]].values.tolist() == [
        ["competency", "moved", "Caring for service users", "moved from People to Delivery"],
    ]
    md = render_changelog(table)
    assert "- Domain Caring for service users: moved from People to Delivery" in md  # its own word


def test_markdown_html_and_table_say_renamed_old_to_new(changes, capsys, tmp_path):
    md = render_changelog(changes)
    assert "**1 competency renamed, 1 value renamed, 1 statement moved, 13 statements given" in md
    assert "- Competency renamed: Working with others → Working together; id changed" in md
    assert "- Value renamed: OPEN AND FAIR → Brave and bold" in md
    assert "- Working together / Level 1: `others-l1-1` → `together-l1-1`" in md
    assert "~~" not in md  # no rename shown as a word edit
    page = render_changelog(changes, to="html")
    assert "Value renamed: OPEN AND FAIR → Brave and bold" in page
    assert "<del>" not in page
    new = compkit.write_yaml(renamed_cis(), tmp_path / "cis2.yaml")
    assert main(["diff", "cis", str(new)]) == 0
    out = capsys.readouterr().out
    assert "renamed: Working with others → Working together" in out
    assert "[-" not in out


def test_word_redline_renames_whole_names_and_says_why_in_comments():
    document = docx.Document(io.BytesIO(render_redline("cis", renamed_cis())))
    body = document.element.body
    deleted = [t.text for t in body.iter(f"{W}delText")]
    inserted = [t.text for t in body.iter(f"{W}t") if t.getparent().getparent().tag == f"{W}ins"]
    assert "Working with others" in deleted and "Working together" in inserted
    comments = [c.text for c in document.comments]
    assert "Renamed: Working with others → Working together" in comments
    assert "Moved from Supporting our people / Level 1" in comments
    assert "Moved to Being brilliant / Level 2" in comments
    # one heading for the renamed competency, none left for its old id
    headings = [p.text for p in document.paragraphs if p.style.name == "Heading 1"]
    assert headings[0] == "Introduction"  # the framework's, before the competencies
    assert headings[-1] == "Values" and "Brave and bold" in inserted  # a value renamed
    assert len(headings) == 8
