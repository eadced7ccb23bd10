import json
import uuid
from pathlib import Path

import jsonschema
import pytest
from hypothesis import HealthCheck, given, settings

import compkit
from compkit.authoring.case import NAMESPACE, case_schema, validate_case
from compkit.cli import main
from compkit.framework.build import from_dict
from compkit.framework.io import to_dict
from compkit.testing import framework_documents, stripped

FOREIGN = Path(__file__).parent / "data" / "authoring" / "foreign-case.json"
WHEN = "2024-05-01T12:00:00+00:00"


@pytest.mark.parametrize("name", ["cis", "wsx"])
def test_bundled_frameworks_round_trip_through_case(tmp_path, name):
    out = compkit.authoring.write_case(name, tmp_path / f"{name}.json", changed=WHEN)
    package = json.loads(out.read_text(encoding="utf-8"))
    assert validate_case(package) == []
    jsonschema.Draft202012Validator(case_schema()).validate(package)
    assert to_dict(compkit.authoring.read_case(out)) == to_dict(name)


@settings(
    max_examples=60, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow]
)
@given(doc=framework_documents(v2=True))
def test_any_framework_round_trips_through_case(doc):
    """Version 2's fields too: stems, undefined cells, mirrors, locations, language, no level."""
    package = json.loads(json.dumps(compkit.authoring.to_case(from_dict(doc), changed=WHEN)))
    assert validate_case(package) == []
    assert package["CFDocument"]["language"] == doc.get("language", "en-GB")
    assert to_dict(compkit.authoring.from_case(package)) == doc


def test_package_structure(cis):
    package = compkit.authoring.to_case(cis, changed=WHEN)
    document = package["CFDocument"]
    assert document["identifier"] == str(uuid.uuid5(NAMESPACE, "cis:document:cis"))
    assert document["uri"] == f"urn:uuid:{document['identifier']}"
    assert (document["creator"], document["caseVersion"], document["lastChangeDateTime"]) == (
        "Children in Scotland",
        "1.1",
        WHEN,
    )
    kinds = [i["CFItemType"] for i in package["CFItems"]]
    assert (kinds.count("Level"), kinds.count("Competency"), kinds.count("Indicator")) == (4, 6, 62)
    items = {i["identifier"]: i for i in package["CFItems"]}
    first = next(i for i in package["CFItems"] if i["humanCodingScheme"] == "people-l1-1")
    assert first["fullStatement"] == cis.indicator("people-l1-1").text
    links = [
        (
            a["associationType"],
            items[a["originNodeURI"]["identifier"]]["humanCodingScheme"],
            a["destinationNodeURI"]["identifier"],
            a.get("sequenceNumber"),
        )
        for a in package["CFAssociations"]
        if a["originNodeURI"]["identifier"] == first["identifier"]
    ]
    people = next(i["identifier"] for i in package["CFItems"] if i["humanCodingScheme"] == "people")
    level1 = next(i["identifier"] for i in package["CFItems"] if i["humanCodingScheme"] == "l1")
    assert links == [
        ("isChildOf", "people-l1-1", people, 1),
        ("hasSkillLevel", "people-l1-1", level1, None),
    ]
    assert compkit.authoring.to_case(cis, changed=WHEN) == package  # deterministic
    served = compkit.authoring.to_case(
        cis, changed=WHEN, base_uri="https://case.example.org/ims/case/v1p1/"
    )
    assert served["CFItems"][0]["uri"].startswith("https://case.example.org/ims/case/v1p1/CFItems/")


def test_the_change_time_comes_from_source_date_epoch(monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    assert (
        compkit.authoring.to_case("wsx")["CFDocument"]["lastChangeDateTime"]
        == "2023-11-14T22:13:20+00:00"
    )


def test_a_package_from_another_tool_imports():
    fw = compkit.authoring.read_case(FOREIGN)
    assert (fw.id, fw.title, fw.organisation, fw.version) == (
        "digital-skills",
        "Digital Skills",
        "Example Academy",
        "2.0",
    )
    assert fw.level_ids == ("foundation", "advanced")
    assert fw.competency_ids == ("ds-1", "ds-2")
    table = fw.indicators[["indicator_id", "competency_id", "level", "text"]].values.tolist()
    assert table == [
        ["ds-1-a", "ds-1", "foundation", "Switches a device on and logs in."],
        ["ds-1-b", "ds-1", "advanced", "Installs and updates apps."],
        ["recognises-a-phishing-email", "ds-2", "foundation", "Recognises a phishing email."],
    ]


def test_a_broken_package_is_refused_with_every_problem(tmp_path):
    package = json.loads(FOREIGN.read_text(encoding="utf-8"))
    del package["CFItems"][0]["fullStatement"]
    package["CFItems"][1]["identifier"] = "not-a-uuid"
    package["CFAssociations"][0]["associationType"] = "isCousinOf"
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(package), encoding="utf-8")
    with pytest.raises(compkit.FrameworkFileError) as info:
        compkit.authoring.read_case(bad)
    assert str(info.value).splitlines() == [
        f"{bad}: 'isCousinOf' is not valid here; expected one of isChildOf, isPeerOf, isPartOf, "
        "exactMatchOf, precedes, isRelatedTo, replacedBy, exemplar, hasSkillLevel, "
        "isTranslationOf, or an ext: extension (at CFAssociations[0].associationType)",
        f"{bad}: missing required key 'fullStatement' (at CFItems[0])",
        f"{bad}: 'not-a-uuid' is not valid here; expected a UUID (8-4-4-4-12 hexadecimal "
        "digits), as CASE requires (at CFItems[1].identifier)",
    ]
    bad.write_text("{", encoding="utf-8")
    with pytest.raises(compkit.FrameworkFileError, match="malformed JSON, column 2"):
        compkit.authoring.read_case(bad)
    bad.write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")  # no RecursionError
    with pytest.raises(compkit.FrameworkFileError, match="nested deeper than 64 levels"):
        compkit.authoring.read_case(bad)
    bad.write_bytes('{"title": "caf\xe9"}'.encode("latin-1"))
    with pytest.raises(compkit.FrameworkFileError, match="save the file as UTF-8"):
        compkit.authoring.read_case(bad)


def test_the_schema_agrees_with_jsonschema():
    jsonschema.Draft202012Validator.check_schema(case_schema())
    package = json.loads(FOREIGN.read_text(encoding="utf-8"))
    package["CFDocument"]["lastChangeDateTime"] = "yesterday"
    ours = [p.path for p in validate_case(package)]
    theirs = [
        ".".join(str(x) for x in e.absolute_path)
        for e in jsonschema.Draft202012Validator(case_schema()).iter_errors(package)
    ]
    assert ours == ["CFDocument.lastChangeDateTime"] and theirs == ["CFDocument.lastChangeDateTime"]


def test_cli_export_and_import_case(tmp_path, capsys):
    out = tmp_path / "cis.json"
    assert main(["export", "cis", "--to", "case", "-o", str(out)]) == 0
    assert "CFDocument" in json.loads(out.read_text(encoding="utf-8"))
    back = tmp_path / "cis.yaml"
    assert main(["import", str(out), "-o", str(back)]) == 0
    assert capsys.readouterr().err.endswith(f"wrote {back}: 62 indicators\n")
    assert to_dict(compkit.load(back)) == to_dict("cis")


@settings(
    max_examples=15,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(doc=framework_documents())
def test_yaml_xlsx_csv_case_and_back_to_yaml_lose_nothing(tmp_path, doc):
    doc = stripped(doc)  # spaces around a text typed in a workbook cell are no part of it
    yaml_file = compkit.write_yaml(from_dict(doc), tmp_path / "fw.yaml")
    fw = compkit.authoring.read_workbook(
        compkit.authoring.write_workbook(yaml_file, tmp_path / "fw.xlsx")
    ).framework
    fw = compkit.authoring.read_tables(
        compkit.authoring.write_tables(fw, tmp_path / "tables")
    ).framework
    fw = compkit.authoring.read_case(compkit.authoring.write_case(fw, tmp_path / "fw.json"))
    back = compkit.write_yaml(fw, tmp_path / "back.yaml")
    assert to_dict(compkit.load(back)) == doc
    assert back.read_text(encoding="utf-8") == yaml_file.read_text(encoding="utf-8")
