"""Probe 29 (H2): data files whose levels keep several lists of sentences.

tech-roles-library keeps each level of a role as an object with three lists of sentences
(``coreCompetencies``, ``complementaryCompetencies``, ``indicators``); only ``indicators`` was
read (27 of 126 statements), the levels named by their codes ("DA-L1"). A file naming no
competency now reads each list as a competency named by its key
(:func:`compkit.ingest.dataunnamed.unnamed`); a named competency's levels keep every list as
their statements, said in the report (:mod:`compkit.ingest.datarecords`). A record's note key
holding a flag or a number is reported unread, not a crash (:mod:`compkit.ingest.dataflat`).
Fixtures under ``tests/data/probe29h2`` (see its README: one real file, MIT; two self-written).
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from compkit.ingest import ingest

DATA = Path(__file__).parent / "data" / "probe29h2"


def _said(result) -> list[str]:
    return result.report.to_frame()["message"].tolist()


def test_every_list_a_level_keeps_is_read_each_a_competency_named_by_its_key():
    path = DATA / "data-analyst.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    result = ingest(path)
    rows = result.framework.indicators
    names = {
        "coreCompetencies": "Core competencies",
        "complementaryCompetencies": "Complementary competencies",
        "indicators": "Indicators",
    }
    expected = Counter(
        (names[key], level["level"], text)
        for level in data["levels"].values()
        for key in names
        for text in level[key]
    )
    got = Counter(zip(rows["competency"], rows["level_name"], rows["text"], strict=True))
    assert got == expected
    assert len(rows) == 126
    levels = result.framework.levels["level_name"].tolist()
    assert levels[0] == "L1 - Data Analyst Trainee"
    assert levels[-1] == "L9 - Chief Analytics Officer"
    assert set(result.framework.competencies["group"]) == {"Data"}  # its category, as before
    said = _said(result)
    assert (
        "competencies named by the levels' list keys: 'coreCompetencies' -> 'Core competencies', "
        "'complementaryCompetencies' -> 'Complementary competencies', 'indicators' -> "
        "'Indicators'" in said
    )
    unread = next(m for m in said if m.startswith("the data not read"))
    assert "coreCompetencies" not in unread
    assert "complementaryCompetencies" not in unread
    assert "min" in unread  # what is not read is still said (the years of each level)
    assert "levelNumber" not in unread  # each level's own number places it (round 30)


def test_a_named_competencys_levels_keep_every_list_of_sentences_as_statements():
    result = ingest(DATA / "lists-by-level.yaml")
    rows = result.framework.indicators
    assert set(rows["competency"]) == {"Platform engineer"}
    assert rows.loc[rows["level_name"] == "Associate", "text"].tolist() == [
        "Knows how the deployment pipeline is built.",
        "Knows the on-call runbook.",
        "Writes a Terraform module with review.",
        "Asks for help before a change goes out.",
    ]
    assert len(rows) == 8
    said = _said(result)
    assert (
        "each level's lists 'knowledge', 'skills', 'behaviours' read as its statements, one "
        "after another in the data's order" in said
    )
    # lists of names, whatever their key, are no statements
    assert "the data not read: tools (5 values), languages (2 values)" in said


def test_a_note_key_holding_a_flag_or_a_number_is_unread_not_a_crash():
    result = ingest(DATA / "flags.yml")
    rows = result.framework.indicators.set_index("text")
    assert rows["note"].to_dict() == {
        "Ships small changes safely": "",
        "Plans a quarter's delivery": "Quarterly plan\nRoadmap",
    }
    unread = next(m for m in _said(result) if m.startswith("the data not read"))
    assert "evidence (2 values)" in unread
    assert "references" in unread


_SCALE = (
    "name,description,level,short_description,focus\n"
    "Expert,Highly skilled and independent.,2,Leading the skill area,designing new things\n"
    "Working,Has the experience to work alone.,1,Works without help,applying practices\n"
    "None,No ability shown.,0,No ability,\n"
)


def test_a_databases_table_of_levels_is_refused_as_a_scale(tmp_path, capsys):
    # DIRECT's skill_level.csv (rows self-written in its shape): its 'short_description' and
    # 'focus' were read as two competencies of five 'statements' each
    import pytest

    from compkit.cli import main
    from compkit.ingest.limits import IngestError

    path = tmp_path / "skill_level.csv"
    path.write_text(_SCALE, encoding="utf-8")
    with pytest.raises(IngestError) as caught:
        ingest(path)
    assert str(caught.value) == (
        f"{path}: a table of 3 levels (2 Expert, 1 Working, 0 None) headed in a database's field "
        "names, each level numbered ('level'), named ('name') and described ('description', "
        "'short_description', 'focus'), and no competency or statement: a scale describes the "
        "levels of a framework, not its behaviours; ingest the framework whose levels these are"
    )
    assert main(["ingest", str(path), "-o", str(tmp_path / "out.yaml")]) == 2
    assert "Traceback" not in capsys.readouterr().err
    assert not (tmp_path / "out.yaml").exists()
    # a ladder headed in words, or a file not named for levels, is read as before
    other = tmp_path / "skills.csv"
    other.write_text(_SCALE, encoding="utf-8")
    assert set(ingest(other).framework.indicators["competency"]) == {"short_description", "focus"}
