"""Probe 20 E2: role profiles with no statements read back from compkit's renders; new ids."""

import pytest
import yaml

import compkit
from compkit.authoring import render
from compkit.cli import main
from compkit.ingest import IngestError

ONE_ROLE = """\
schema_version: 1
id: grades
title: Grade profiles
organisation: Example Agency
levels:
  - {id: l1, name: Level 1, rank: 1}
  - {id: l2, name: Level 2, rank: 2}
competencies:
  - {id: communication, name: Communication, indicators: []}
roles:
  - {id: gs-01, name: GS-01-04, requires: {communication: l2}}
"""

SAID = (
    ": no statements to read: the document holds role profiles only, 1 role (GS-01-04) "
    "needing a level of 1 competency (Level 2), and no behaviour or indicator under a "
    "competency and a level; expected statements (a framework's behaviours) beside or below "
    "the competencies; this is compkit's own render of a framework with no statements yet, and "
    "a document brings back only a framework with statements: keep the framework's YAML file, "
    "or its workbook or CASE export, which hold it whole"
)


@pytest.mark.parametrize("fmt", ["docx", "md", "html"])
@pytest.mark.parametrize("layout", ["competency", "level"])
def test_a_render_of_roles_with_no_statements_is_refused_in_words(tmp_path, fmt, layout):
    source = tmp_path / "grades.yaml"
    source.write_text(ONE_ROLE, encoding="utf-8")
    out = tmp_path / f"grades.{fmt}"
    render(compkit.load(source), out, layout=layout)
    with pytest.raises(IngestError) as err:  # the Word render's roles lead-in was a statement
        compkit.ingest(out)
    assert str(err.value) == str(out) + SAID


def test_the_cli_says_so_without_a_traceback(tmp_path, capsys):
    source = tmp_path / "grades.yaml"
    source.write_text(ONE_ROLE, encoding="utf-8")
    out = tmp_path / "grades.docx"
    assert main(["render", str(source), "-o", str(out)]) == 0
    assert main(["ingest", str(out), "-o", str(tmp_path / "back.yaml")]) == 2
    err = capsys.readouterr().err
    assert "1 role (GS-01-04) needing a level of 1 competency (Level 2)" in err
    assert "Traceback" not in err
    assert not (tmp_path / "back.yaml").exists()


def test_a_render_with_statements_keeps_its_roles_and_statements(tmp_path):
    doc = yaml.safe_load(ONE_ROLE)
    doc["competencies"][0]["indicators"] = [
        {"id": "communication-l2-1", "level": "l2", "text": "Writes clearly for the reader."}
    ]
    source = tmp_path / "grades.yaml"
    source.write_text(yaml.safe_dump(doc, sort_keys=False), encoding="utf-8")
    out = tmp_path / "grades.docx"
    render(compkit.load(source), out)
    fw = compkit.ingest(out).framework
    assert [i.text for i in fw.indicator_records] == ["Writes clearly for the reader."]
    assert list(fw.roles["role"]) == ["GS-01-04"]


HSE = "tests/data/corpus/hse-stress-competencies.yaml"


def test_a_statement_added_to_hse_takes_its_numbering_by_side():
    from compkit.authoring.edits import add_indicator

    comp = "managing-workload-and-resources"
    fw = add_indicator(HSE, comp, "manager", "Plans the team's week with them.")
    fw = add_indicator(
        fw, comp, "manager", "Sets deadlines no one can meet.", polarity="ineffective"
    )
    added = {i.id for i in fw.indicator_records} - {
        i.id for i in compkit.load(HSE).indicator_records
    }
    assert added == {f"{comp}-pos-5", f"{comp}-neg-5"}  # was "...-manager-1" and "-manager-2"


def _framework(tmp_path, ids, name="f.yaml"):
    doc = {
        "schema_version": 1,
        "id": "f",
        "title": "F",
        "organisation": "Example",
        "levels": [{"id": "a", "name": "A", "rank": 1}, {"id": "b", "name": "B", "rank": 2}],
        "competencies": [
            {
                "id": "c1",
                "name": "Writing",
                "indicators": [
                    {"id": i, "level": "a", "text": f"Writes note {n}."} for n, i in enumerate(ids)
                ],
            },
            {"id": "c2", "name": "Reading", "indicators": []},
        ],
    }
    path = tmp_path / name
    path.write_text(yaml.safe_dump(doc, sort_keys=False), encoding="utf-8")
    return path


def _added(fw, comp, level):
    from compkit.authoring.edits import add_indicator

    before = {i.id for i in compkit.load(fw).indicator_records}
    after = add_indicator(fw, comp, level, "Writes a new note.")
    return ({i.id for i in after.indicator_records} - before).pop()


def test_zero_padded_codes_keep_their_width(tmp_path):
    path = _framework(tmp_path, ["w.01", "w.02", "w.07"])
    assert _added(path, "c1", "a") == "w.08"


def test_a_level_or_competency_id_in_the_numbering_stands_for_the_new_cell(tmp_path):
    path = _framework(tmp_path, ["c1-a-1", "c1-a-2"])
    assert _added(path, "c1", "b") == "c1-b-1"
    assert _added(path, "c2", "a") == "c2-a-1"


def test_ids_with_no_numbering_get_the_cell_stem(tmp_path):
    path = _framework(tmp_path, ["7ed8deae", "b41c09fa"])  # hashes: their figures number nothing
    assert _added(path, "c1", "a") == "c1-a-1"


def test_a_retired_number_of_the_pattern_is_never_given_again(tmp_path):
    from compkit.authoring.edits import add_indicator, remove_indicator

    fw = remove_indicator(_framework(tmp_path, ["w.01", "w.02"]), "w.02")
    fw = add_indicator(fw, "c1", "a", "Writes a new note.")
    assert sorted(i.id for i in fw.indicator_records) == ["w.01", "w.03"]
