"""Notes a CASE package gives its competencies and groups: kept, written back, read the same."""

import dataclasses
import json
from pathlib import Path

from compkit.authoring.case import from_case, read_case, to_case
from compkit.framework import to_dict

DATA = Path(__file__).parent / "data"
CHANGED = "2024-01-01T00:00:00+00:00"


def _bare(obj):
    """A package as another tool keeps it: compkit's extensions gone."""
    if isinstance(obj, dict):
        return {k: _bare(v) for k, v in obj.items() if k != "extensions"}
    return [_bare(v) for v in obj] if isinstance(obj, list) else obj


def test_a_competencys_note_is_kept_word_for_word_and_written_back():
    fw = read_case(DATA / "probe30b" / "flat-codes.json")
    assert (
        "Note on competency k-ns ('Number Sense') in the CASE package: "
        "Learning Outcome: Students explore the foundations of numbers."
    ) in fw.notes.split("\n\n")
    assert fw.competencies.set_index("competency_id").loc["k-ns", "description"] in ("", None)
    package = to_case(fw, changed=CHANGED)
    noted = {i["humanCodingScheme"]: i.get("notes") for i in package["CFItems"]}
    assert noted["k-ns"] == "Learning Outcome: Students explore the foundations of numbers."
    assert noted["1-ca"] == "Learning Outcome: Students demonstrate fluency with addition."


def test_import_export_import_is_the_same_with_or_without_compkits_extensions():
    for path in [
        DATA / "probe30b" / "flat-codes.json",
        DATA / "probe28k" / "test_framework_case.json",
    ]:
        fw = read_case(path)
        package = to_case(fw, changed=CHANGED)
        assert to_dict(from_case(package)) == to_dict(fw)
        again = from_case(_bare(package))
        assert again.notes == fw.notes  # each note once, not again beside the first
        assert (
            to_case(again, changed=CHANGED)["CFDocument"]["notes"] == package["CFDocument"]["notes"]
        )


def test_opensalts_notes_on_competencies_are_kept():
    fw = read_case(DATA / "probe28k" / "test_framework_case.json")  # both were dropped
    said = [p for p in fw.notes.split("\n\n") if p.startswith("Note on ")]
    assert said == [
        "Note on competency f ('Final round') in the CASE package: Testing kms-2259",
        "Note on competency m ('Everything about math') in the CASE package: Math",
    ]


def test_a_note_of_several_paragraphs_travels_whole():
    package = json.loads((DATA / "probe30b" / "flat-types.json").read_text(encoding="utf-8"))
    package["CFItems"][0]["notes"] = "First paragraph.\n\nSecond paragraph."
    fw = from_case(package)
    out = to_case(fw, changed=CHANGED)
    notes = [i["notes"] for i in out["CFItems"] if i.get("notes")]
    assert notes == ["First paragraph.\n\nSecond paragraph."]


def test_a_paragraph_added_after_the_notes_on_competencies_stays_the_frameworks():
    """Round 30 review #12: a paragraph the user adds to the notes after the last competency's
    note was exported as part of that note ("Math\\n\\nReviewed by ..."). Only the paragraphs
    compkit wrote for a competency, each marked, go back; a note of several paragraphs still
    travels whole, each paragraph marked in the framework's notes."""
    fw = read_case(DATA / "probe28k" / "test_framework_case.json")
    added = "Reviewed by the curriculum board, May 2025."
    fw = dataclasses.replace(fw, notes=f"{fw.notes}\n\n{added}")
    package = to_case(fw, changed=CHANGED)
    noted = {i["humanCodingScheme"]: i["notes"] for i in package["CFItems"] if i.get("notes")}
    assert noted["m"] == "Math"
    assert package["CFDocument"]["notes"].endswith(added)
    package = json.loads((DATA / "probe30b" / "flat-types.json").read_text(encoding="utf-8"))
    package["CFItems"][0]["notes"] = "First paragraph.\n\nSecond paragraph."
    fw = from_case(package)
    assert fw.notes.split("\n\n")[-1].endswith("in the CASE package, continued: Second paragraph.")
    out = to_case(dataclasses.replace(fw, notes=f"{fw.notes}\n\n{added}"), changed=CHANGED)
    assert [i["notes"] for i in out["CFItems"] if i.get("notes")] == [
        "First paragraph.\n\nSecond paragraph."
    ]
