"""Sixteenth round, second pass: what the ingest report says of data files and long lists.

A JSON or YAML data file is said to be one (not "YAML front matter"), with what was read in
its own keys; a data file's groups are kept however many there are; a long sheet's rows with
no competency are one line with the column that sets them apart; a band row over level columns
says why it is not kept. Fixtures: probe16-data and probe16-sheets (see their READMEs).
"""

import json
from pathlib import Path

import pytest

import compkit

DATA = Path(__file__).parent / "data" / "ingest" / "probe16-data"
SHEETS = Path(__file__).parent / "data" / "ingest" / "probe16-sheets"


def _messages(result, kind=None):
    return [n.message for n in result.report.notes if kind is None or n.kind == kind]


def test_flat_records_are_said_to_be_a_data_file_of_records_in_its_own_keys():
    result = compkit.ingest(DATA / "ft-competencies-2019.yml")
    assert result.report.reasons == [
        "a text read as a YAML data file; records (81), each a statement under 'summary' "
        "naming its 'level' and 'area'"
    ]
    said = _messages(result)
    assert "the data not read: id (81 values)" in said  # the examples: notes (round 29)
    assert "labels of the 'data: area' kind read as competencies: each record's 'area'" in said
    assert not [m for m in said if "front matter" in m]  # not even a slot's name
    assert "YAML front matter" not in result.report.to_markdown()


def test_competencies_keyed_by_name_are_said_to_be_so_with_their_level_keys():
    result = compkit.ingest(DATA / "roh-generic.json")
    assert result.report.reasons == [
        "a text read as a JSON data file; competencies keyed by name ('Knowledge', 'Impact', "
        "'Communication', ... (5)), each holding its statements under level keys "
        "('Level 1' ... 'Level 6')"
    ]
    assert len(result.framework.indicator_records) == 72


def test_level_keys_that_are_numbers_are_named_in_their_order(tmp_path):
    data = {
        "Service Level Management": {"levels": {"4": "Negotiates.", "3": "Ensures."}},
        "Business Plan Development": {"levels": {"5": "Leads.", "3": "Plans."}},
    }
    path = tmp_path / "numbered.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    result = compkit.ingest(path)
    assert result.report.reasons[0].endswith(
        "each holding its statements in a 'levels' object under level keys ('3' ... '5')"
    )


def test_digcomp_areas_are_said_and_kept_as_the_data_groups_them():
    result = compkit.ingest(SHEETS / "digcomp-2-1.json")
    assert result.report.reasons[0].startswith(
        "a text read as a JSON data file; groups of competencies ('Information and data "
        "literacy', 'Communication and collaboration'), each a 'name' over its 'competences'"
    )
    assert list(result.framework.groups["group"]) == [
        "Information and data literacy",
        "Communication and collaboration",
    ]


@pytest.mark.parametrize(
    ("keep", "groups"),
    [
        # one area: was read as the competencies alone, the area's name reported unused
        (lambda areas: areas[:1], ["Information and data literacy"]),
        # a competence per area, as many groups as competencies: were read as nothing
        (
            lambda areas: [{**a, "competences": a["competences"][:1]} for a in areas],
            ["Information and data literacy", "Communication and collaboration"],
        ),
    ],
    ids=["one-area", "one-competence-per-area"],
)
def test_a_data_file_keeps_its_groups_however_few(tmp_path, keep, groups):
    areas = json.loads((SHEETS / "digcomp-2-1.json").read_text(encoding="utf-8"))
    path = tmp_path / "digcomp-part.json"
    path.write_text(json.dumps(keep(areas), ensure_ascii=False), encoding="utf-8")
    result = compkit.ingest(path)
    assert list(result.framework.groups["group"]) == groups
    assert not _messages(result, "unused")
    assert (
        "labels of the 'data: group' kind read as groups: each group's 'name' over its "
        "competencies" in _messages(result)
    )


def test_a_long_list_s_rows_with_no_competency_are_one_line_naming_the_column_to_use():
    result = compkit.ingest(SHEETS / "dcwf-622.csv", text_from="Description")
    unused = [n for n in result.report.notes if n.kind == "unused"]
    rows = [n for n in unused if "no competency" in n.message]
    assert len(rows) == 1  # was 25, a line per task
    assert rows[0].message == (
        "25 rows have a statement but no competency or level: not read; 'KSAT Type' sets them "
        "apart ('Task' on them alone): give --competency-from='KSAT Type' to read every row "
        "under its 'KSAT Type', or fill their competency and level cells"
    )
    assert rows[0].where == "cells C2-C26"
    hinted = compkit.ingest(
        SHEETS / "dcwf-622.csv", text_from="Description", competency_from="KSAT Type"
    )
    assert len(hinted.framework.indicator_records) == 40  # every task, knowledge and skill


def test_a_band_row_over_level_columns_says_why_it_is_not_kept():
    result = compkit.ingest(SHEETS / "digcomp-levels.xlsx")
    (band,) = [m for m in _messages(result, "unused") if "Foundation" in m]
    assert band == (
        "'Foundation' over 'Level 1' and 'Level 2', 'Intermediate' over 'Level 3' and "
        "'Level 4', 'Advanced' over 'Level 5' and 'Level 6', 'Highly specialised' over "
        "'Level 7' and 'Level 8' (above the header row): bands over the header's columns, "
        "not kept: a framework file has no group of levels to hold them"
    )
