"""CASE packages as OpenSALT publishes them (probe 27, K): read, in order, named, or refused clearly."""

import json
import uuid
from pathlib import Path

import pytest

import compkit
from compkit.authoring.case import from_case, read_case, to_case, validate_case
from compkit.authoring.workbook import import_file
from compkit.cli import main

DATA = Path(__file__).parent / "data" / "probe27k"
SAMPLE = DATA / "opensalt-framework-20c5134f-423d-4097-a971-3dd5152bf507.json"


@pytest.mark.parametrize(
    ("name", "competencies", "statements"),
    [
        ("AdoptedTestFramework.json", 1, 0),
        ("ItemTypeTestFramework.json", 1, 0),
        ("MarkdownFramework.json", 2, 0),
        ("Ordering.json", 1, 25),
        ("SequenceNumberFramework.json", 2, 0),
        ("SmartLevelFramework.json", 2, 12),
        ("Utf8TestFramework.json", 1, 0),
        (SAMPLE.name, 2, 14),
    ],
)
def test_opensalts_packages_read(name, competencies, statements):
    fw = read_case(DATA / name)  # each was refused: UUIDs, CASE 1.0 keys, times with no zone
    assert (len(fw.competency_ids), len(fw.indicators)) == (competencies, statements)
    assert fw.organisation in ("OpenSALT Testing", "ACT, Inc.", "Brandon Dorman")


def test_siblings_without_a_sequence_number_follow_their_codes():
    fw = read_case(DATA / "Ordering.json")
    codes = [i.rsplit("-", 1)[-1] for i in fw.indicators["indicator_id"]]
    assert codes[1:] == [str(n) for n in range(1, 25)]  # as OpenSALT shows them, not 1, 10, 3
    assert codes[:1] == ["l1"]  # the text of the level's heading above them, once


def test_a_sequence_number_orders_and_may_be_written_as_a_string():
    fw = read_case(DATA / "SequenceNumberFramework.json")
    assert fw.competencies["competency"].tolist() == [
        "Second added item, but should be first",
        "First Added Item",
    ]
    package = json.loads(SAMPLE.read_text(encoding="utf-8"))
    assert {a.get("sequenceNumber") for a in package["CFAssociations"]} == {None, "1", "2"}
    first = read_case(SAMPLE).competencies["competency"].tolist()
    assert first[0].startswith("Understand ratio concepts")


def test_an_items_abbreviated_statement_is_its_name():
    row = read_case(DATA / "Ordering.json").competencies.iloc[0]
    assert row["competency"] == "2-D Figures and Their Properties"  # over its "Level 1"
    assert row["description"].startswith("Understanding properties of and relationships among")


def test_a_tree_three_deep_throughout_reads_groups_over_competencies():
    package = json.loads((DATA / "Ordering.json").read_text(encoding="utf-8"))
    for item in package["CFItems"]:  # no "Level 1" heading (probe 28k reads those): a tree
        if item.get("abbreviatedStatement") == "Level 1":
            del item["abbreviatedStatement"]
    fw = from_case(package)  # every top item's children have children
    assert fw.competencies[["competency", "group"]].values.tolist() == [
        ["Plane Figures", "Geometry and Measurement"]
    ]
    doc = compkit.framework.to_dict(fw)
    assert doc["groups"][0]["description"].startswith("Properties and measurements of and")
    sample = read_case(SAMPLE)  # clusters over standards some of which have parts: no groups
    assert set(sample.competencies["group"].fillna("")) == {""}


def test_statements_are_read_word_for_word():
    fw = read_case(DATA / "MarkdownFramework.json")
    assert "| Column 1 | Column 2 |" in fw.competencies["competency"].iloc[1]
    assert read_case(DATA / "Utf8TestFramework.json").competencies["competency"][0] == (
        "Item \U0001d451 1"
    )


def test_a_package_with_no_items_is_refused_saying_so(tmp_path, capsys):
    empty = DATA / "EmptyExternalFramework.json"
    with pytest.raises(compkit.FrameworkFileError) as info:
        read_case(empty)
    assert str(info.value) == (
        f"{empty}: the package holds no items under its CFDocument (no 'isChildOf' association "
        "to the document); expected at least one item to read as a competency (at "
        "CFAssociations)"
    )
    with pytest.raises(compkit.FrameworkFileError):
        import_file(empty)
    assert main(["import", str(empty), "-o", str(tmp_path / "never.yaml")]) == 2
    assert "Traceback" not in capsys.readouterr().err
    assert not (tmp_path / "never.yaml").exists()


def test_the_package_language_is_the_frameworks(tmp_path):
    package = json.loads((DATA / "SmartLevelFramework.json").read_text(encoding="utf-8"))
    package["CFDocument"]["language"] = "en-us"
    (tmp_path / "p.json").write_text(json.dumps(package), encoding="utf-8")
    assert read_case(tmp_path / "p.json").language == "en-US"
    package["CFDocument"]["language"] = "English"  # no tag: the default stands
    (tmp_path / "p.json").write_text(json.dumps(package), encoding="utf-8")
    assert read_case(tmp_path / "p.json").language == "en-GB"


def test_what_compkit_writes_is_still_held_to_the_specification():
    package = json.loads((DATA / "Utf8TestFramework.json").read_text(encoding="utf-8"))
    found = {p.path for p in validate_case(package)}
    assert "CFDocument.identifier" in found  # d0000000-...: read, but no valid CASE 1.1 UUID
    assert validate_case(to_case(read_case(DATA / "Ordering.json"))) == []


@pytest.mark.parametrize(
    ("data", "said"),
    [
        ({"CFDocuments": []}, "a list of CASE documents (CFDocuments), not a package; expected"),
        ({"CFItems": [], "CFAssociations": []}, "CASE data with no CFDocument (its keys: CFItems,"),
        ({"CFItem": {"identifier": "x"}}, "CASE data with no CFDocument (its keys: CFItem), not"),
    ],
)
def test_case_data_that_is_no_package_is_said_for_what_it_is(tmp_path, capsys, data, said):
    path = tmp_path / "answer.json"  # what a CASE server's other endpoints answer, saved
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(compkit.FrameworkFileError, match=r"CFPackages/\{identifier\}") as info:
        read_case(path)
    assert str(info.value).startswith(f"{path}: {said}")
    assert main(["import", str(path), "-o", str(tmp_path / "x.yaml")]) == 2
    err = capsys.readouterr().err
    assert said in err and "schema_version" not in err and "Traceback" not in err


def test_a_package_wrapped_in_cfpackage_reads(tmp_path):
    package = json.loads((DATA / "SmartLevelFramework.json").read_text(encoding="utf-8"))
    (tmp_path / "p.json").write_text(json.dumps({"CFPackage": package}), encoding="utf-8")
    assert len(import_file(tmp_path / "p.json").framework.indicators) == 12


def test_rubric_criterion_levels_are_statements_at_their_levels():
    fw = read_case(DATA / "rubric-levels.json")  # self-written in CASE 1.1's rubric shape
    assert fw.levels["level_name"].tolist() == ["Foundation", "Intermediate", "Advanced", "Expert"]
    assert not fw.cumulative  # each level of a rubric describes a performance whole
    table = fw.indicators[["competency", "level_name", "text"]].values.tolist()
    assert len(table) == 14  # the old reading dropped every one
    assert table[:2] == [
        ["Collaboration", "Foundation", "Takes part in team discussions and does what was agreed."],
        [
            "Collaboration",
            "Intermediate",
            "Shares information with colleagues without being asked.",
        ],
    ]
    assert table[-2:] == [  # a criterion on no item of the tree: a competency of its own
        ["Integrity", "Foundation", "Declares conflicts of interest."],
        ["Integrity", "Expert", "Sets the standard of conduct others follow."],
    ]
    row = fw.competencies.set_index("competency").loc["Integrity"]
    assert row["description"] == "Acts honestly and within the law."


def test_a_rubric_of_the_wrong_shape_is_refused_naming_the_place(tmp_path):
    package = json.loads((DATA / "rubric-levels.json").read_text(encoding="utf-8"))
    package["CFRubrics"][0]["CFRubricCriteria"][0]["CFRubricCriterionLevels"][1]["score"] = "3"
    (tmp_path / "p.json").write_text(json.dumps(package), encoding="utf-8")
    with pytest.raises(compkit.FrameworkFileError) as info:
        read_case(tmp_path / "p.json")
    assert "(at CFRubrics[0].CFRubricCriteria[0].CFRubricCriterionLevels[1].score)" in str(
        info.value
    )


CORPUS = Path(__file__).parent / "data" / "corpus"


def test_ineffective_statements_are_exported_as_such():
    hse = compkit.load(CORPUS / "hse-stress-competencies.yaml")
    package = to_case(hse, changed="2024-01-01T00:00:00+00:00")
    kinds = [i["CFItemType"] for i in package["CFItems"]]
    assert (kinds.count("Indicator"), kinds.count("Ineffective indicator")) == (67, 57)
    titles = [t["title"] for t in package["CFDefinitions"]["CFItemTypes"]]
    assert "Ineffective indicator" in titles and validate_case(package) == []
    back = from_case(package)
    assert back.indicators["polarity"].value_counts().to_dict() == {
        "effective": 67,
        "ineffective": 57,
    }
    cis = to_case("cis", changed="2024-01-01T00:00:00+00:00")  # all effective: no such type
    assert len(cis["CFDefinitions"]["CFItemTypes"]) == 3


def test_a_described_competency_shows_its_description_to_a_case_reader():
    cis = compkit.load("cis")
    package = to_case(cis, changed="2024-01-01T00:00:00+00:00")
    first = cis.competencies.iloc[0]
    item = next(i for i in package["CFItems"] if i["humanCodingScheme"] == first["competency_id"])
    assert (item["abbreviatedStatement"], item["fullStatement"]) == (
        first["competency"],
        first["description"],
    )
    assert compkit.framework.to_dict(from_case(package)) == compkit.framework.to_dict(cis)
    item["abbreviatedStatement"] = "People and teams"  # renamed in another CASE tool
    assert from_case(package).competencies["competency"].iloc[0] == "People and teams"


def _looped(tmp_path, *, to_itself):
    package = json.loads((DATA / "SmartLevelFramework.json").read_text(encoding="utf-8"))
    doc = package["CFDocument"]["identifier"]
    top = next(a for a in package["CFAssociations"] if a["destinationNodeURI"]["identifier"] == doc)
    child = next(
        a
        for a in package["CFAssociations"]
        if a["destinationNodeURI"]["identifier"] == top["originNodeURI"]["identifier"]
    )
    back = dict(child, identifier="0f0f0f0f-0000-4000-8000-000000000001")
    back["originNodeURI"] = child["originNodeURI"] if to_itself else child["destinationNodeURI"]
    back["destinationNodeURI"] = child["originNodeURI"]
    package["CFAssociations"].append(back)
    path = tmp_path / "looped.json"
    path.write_text(json.dumps(package), encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("to_itself", "said"),
    [
        (False, "the item 'Item 1' is a child of 'Item 1.1' below it ('isChildOf' goes round"),
        (True, "the item 'Item 1.1' is a child of itself ('isChildOf' goes round in a loop)"),
    ],
)
def test_a_loop_of_ischildof_is_refused_naming_its_items(tmp_path, capsys, to_itself, said):
    path = _looped(tmp_path, to_itself=to_itself)  # was an internal error (RecursionError)
    with pytest.raises(compkit.FrameworkFileError, match="expected a tree") as info:
        read_case(path)
    assert str(info.value).startswith(f"{path}: {said}")
    assert main(["import", str(path), "-o", str(tmp_path / "x.yaml")]) == 2
    assert "internal error" not in capsys.readouterr().err


def test_a_chain_thousands_deep_reads(tmp_path):
    package = json.loads((DATA / "SmartLevelFramework.json").read_text(encoding="utf-8"))
    parent = package["CFAssociations"][0]["originNodeURI"]
    for n in range(3000):  # was an internal error (RecursionError)
        identifier = str(uuid.UUID(int=n + 1, version=4))
        link = {"title": "", "identifier": identifier, "uri": f"urn:uuid:{identifier}"}
        package["CFItems"].append({"identifier": identifier, "fullStatement": f"Step {n}"})
        package["CFAssociations"].append(
            {"associationType": "isChildOf", "originNodeURI": link, "destinationNodeURI": parent}
        )
        parent = link
    path = tmp_path / "deep.json"
    path.write_text(json.dumps(package), encoding="utf-8")
    texts = read_case(path).indicators["text"].tolist()
    assert len(texts) == 3012 and texts.index("Step 2999") == texts.index("Step 0") + 2999


def test_the_introduction_is_the_documents_description_both_ways(tmp_path):
    cis = compkit.load("cis")
    package = to_case(cis, changed="2024-01-01T00:00:00+00:00")
    intro = compkit.framework.to_dict(cis)["introduction"]
    assert package["CFDocument"]["description"].split("\n\n") == [p["text"] for p in intro]
    foreign = json.loads((DATA / "SmartLevelFramework.json").read_text(encoding="utf-8"))
    foreign["CFDocument"]["description"] = "What this is for.\n\nHow to use it.\n"
    (tmp_path / "p.json").write_text(json.dumps(foreign), encoding="utf-8")
    doc = compkit.framework.to_dict(read_case(tmp_path / "p.json"))
    assert doc["introduction"] == [{"text": "What this is for."}, {"text": "How to use it."}]


def test_groups_are_exported_as_items_over_their_competencies():
    hse = compkit.load(CORPUS / "hse-stress-competencies.yaml")
    package = to_case(hse, changed="2024-01-01T00:00:00+00:00")
    items = {i["identifier"]: i for i in package["CFItems"]}
    groups = [i for i in package["CFItems"] if i["CFItemType"] == "Group"]
    assert len(groups) == 6 and validate_case(package) == []
    parents = {
        items[a["originNodeURI"]["identifier"]]["humanCodingScheme"]: a["destinationNodeURI"]
        for a in package["CFAssociations"]
        if a["associationType"] == "isChildOf"
        and items[a["originNodeURI"]["identifier"]]["CFItemType"] == "Competency"
    }
    assert {p["identifier"] for p in parents.values()} == {g["identifier"] for g in groups}
    assert compkit.framework.to_dict(from_case(package)) == compkit.framework.to_dict(hse)
    for obj in [package["CFDocument"], *package["CFItems"]]:  # as another tool sees it
        obj.pop("extensions", None)
    foreign = from_case(package)
    assert foreign.competencies[["competency", "group"]].values.tolist() == (
        hse.competencies[["competency", "group"]].values.tolist()
    )
