"""CASE packages carry the ids of removed statements (``retired_ids``) both ways."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import compkit
from compkit.authoring.case import from_case, read_case, to_case, validate_case
from compkit.authoring.edits import remove_indicator
from compkit.cli import main

FOREIGN = Path(__file__).parent / "data" / "authoring" / "foreign-case.json"
WHEN = "2024-01-01T00:00:00+00:00"


def _removed(n: int = 2):
    fw = compkit.load("cis")
    for ind in fw.indicator_records[:n]:
        fw = remove_indicator(fw, ind.id)
    return fw


def test_retired_ids_travel_in_the_document_extension_and_come_back():
    fw = _removed()
    package = to_case(fw, changed=WHEN)
    assert validate_case(package) == []
    assert package["CFDocument"]["extensions"]["compkit"]["retired_ids"] == list(fw.retired_ids)
    assert len(fw.retired_ids) == 2
    back = from_case(package)
    assert back.retired_ids == fw.retired_ids
    assert compkit.framework.to_dict(back) == compkit.framework.to_dict(fw)


def test_an_empty_record_is_kept_and_none_stays_none():
    kept = dataclasses.replace(compkit.load("cis"), retired_ids=())
    package = to_case(kept, changed=WHEN)
    assert package["CFDocument"]["extensions"]["compkit"]["retired_ids"] == []
    assert from_case(package).retired_ids == ()  # the record, with nothing in it yet
    plain = to_case("cis", changed=WHEN)
    assert "retired_ids" not in plain["CFDocument"]["extensions"]["compkit"]
    assert from_case(plain).retired_ids is None


def test_cli_export_then_import_keeps_the_record(tmp_path):
    source = tmp_path / "cis.yaml"
    compkit.write_yaml(_removed(1), source)
    assert main(["export", str(source), "--to", "case", "-o", str(tmp_path / "cis.json")]) == 0
    assert main(["import", str(tmp_path / "cis.json"), "-o", str(tmp_path / "back.yaml")]) == 0
    assert compkit.load(tmp_path / "back.yaml").retired_ids == compkit.load(source).retired_ids


def test_a_statement_another_tool_withdrew_is_read_as_retired(tmp_path):
    package = json.loads(FOREIGN.read_text(encoding="utf-8"))
    item = next(i for i in package["CFItems"] if i.get("humanCodingScheme") == "DS.1.b")
    item["statusEndDate"] = "2023-06-30"  # before the document's last change (2023-09-01)
    later = next(i for i in package["CFItems"] if i.get("humanCodingScheme") == "DS.1.a")
    later["statusEndDate"] = "2030-01-01"  # ends later: still in force
    path = tmp_path / "withdrawn.json"
    path.write_text(json.dumps(package), encoding="utf-8")
    fw = read_case(path)
    assert fw.indicators["text"].tolist() == [
        "Switches a device on and logs in.",
        "Recognises a phishing email.",
    ]
    assert fw.retired_ids == ("ds-1-b",)
    again = from_case(to_case(fw, changed=WHEN))  # and compkit's own package keeps it
    assert again.retired_ids == ("ds-1-b",)
