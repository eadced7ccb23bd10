"""A flat CASE package (no tree, or every item under the document) read by its codes, types and grades."""

import json
from pathlib import Path

from compkit.authoring.case import from_case, read_case, to_case
from compkit.framework import to_dict

DATA = Path(__file__).parent / "data"


def _cells(fw):
    d = to_dict(fw)
    return {
        c["name"]: [(i["level"], i["text"]) for i in c["indicators"]] for c in d["competencies"]
    }


def test_codes_tell_the_tree_and_grades_the_levels():
    fw = read_case(DATA / "probe30b" / "flat-codes.json")  # was 7 competencies, no statements
    cells = _cells(fw)
    assert sorted(cells) == ["Computation and Algebraic Thinking", "Number Sense"]
    assert [lv for lv, _ in cells["Number Sense"]] == ["kindergarten", "kindergarten"]
    texts = [t for _, t in cells["Computation and Algebraic Thinking"]]
    assert texts[-1].startswith("Use objects, drawings")  # 1.CA.2a, under 1.CA.2, kept
    assert fw.levels["level_name"].tolist() == ["Kindergarten", "Grade 1"]
    said = fw.notes.split("\n\n")
    assert said[0].startswith("The tree read from the items' codes: 5 items placed under")
    assert said[1] == (
        "Levels read from the items' grades (educationLevel: KG, 01); "
        "1 item for several grades at the lowest."
    )


def test_types_in_order_tell_the_tree_where_no_item_is_placed():
    fw = read_case(DATA / "probe30b" / "flat-types.json")  # was refused: no item placed
    cells = _cells(fw)
    assert list(cells) == ["Communicates clearly", "Works with others"]
    assert [t for _, t in cells["Works with others"]] == [
        "Shares what they know.",
        "Asks for help early.",
    ]
    assert "items' types (CFItemType, in the package's order): 4 items" in fw.notes


def test_a_list_of_process_standards_before_domains_tells_no_tree_by_types():
    package = json.loads((DATA / "probe30b" / "flat-types.json").read_text(encoding="utf-8"))
    for item in package["CFItems"][1:3]:
        item["CFItemType"] = "Competency"  # three competencies first: the first holds none
    fw = from_case(package)
    assert (len(fw.competency_ids), len(fw.indicators)) == (6, 0)  # as listed, nothing guessed
    assert "The tree read" not in fw.notes


def test_grades_are_levels_in_a_tree_without_levels():
    fw = read_case(
        DATA / "probe27k" / "opensalt-framework-20c5134f-423d-4097-a971-3dd5152bf507.json"
    )
    assert fw.levels["level_name"].tolist() == ["Grade 6", "Grade 7"]  # was one "Level 1"
    by_level = fw.indicators.groupby("level").size().to_dict()
    assert by_level == {"grade-6": 7, "grade-7": 7}


def test_a_flat_package_round_trips():
    fw = read_case(DATA / "probe30b" / "flat-codes.json")
    assert to_dict(from_case(to_case(fw, changed="2024-01-01T00:00:00+00:00"))) == to_dict(fw)
