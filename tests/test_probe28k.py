"""CASE packages and exports (probe 28, K): a progression's level headings, exports that keep all."""

import json
from collections import Counter
from pathlib import Path

import pandas as pd

import compkit
from compkit.authoring.case import from_case, read_case, to_case

DATA = Path(__file__).parent / "data" / "probe28k"
ACT = DATA / "test_framework_case.json"


def test_a_progressions_level_headings_are_its_levels():
    fw = read_case(ACT)  # "Level 1" .. "Level 5" under "Conservation of Energy": one level before
    assert fw.levels["level_name"].tolist() == [f"Level {n}" for n in range(1, 6)]
    energy = fw.indicators[fw.indicators["competency"] == "Conservation of Energy"]
    assert Counter(energy["level_name"]) == {
        "Level 1": 20,
        "Level 2": 16,
        "Level 3": 1,
        "Level 4": 1,
        "Level 5": 1,
    }
    first = energy.groupby("level_name")["text"].first()  # the heading's own words, kept first
    assert first["Level 1"] == "Forms and sources of energy"
    assert first["Level 5"] == "Devaluation of energy"
    assert not fw.indicators["text"].str.fullmatch(r"Level [0-9]").any()
    back = from_case(to_case(fw, changed="2024-01-01T00:00:00+00:00"))  # and back the same
    assert compkit.framework.to_dict(back) == compkit.framework.to_dict(fw)
    plain = read_case(DATA.parent / "probe27k" / "SmartLevelFramework.json")
    assert plain.level_ids == ("level-1",)  # "Item 1.1" over "Item 1.1.1" is no level heading


def test_competencies_stand_where_the_headings_parents_do():
    fw = read_case(ACT)
    rows = fw.competencies.set_index("competency")["group"].fillna("")
    assert rows["Conservation of Energy"] == rows["Conservation of Matter"] == "Conservation"
    assert rows["Patterns"] == ""  # a concept holding nothing: a competency, not dropped
    assert "Crosscutting Science Concepts" in fw.notes  # the domain above the groups, said
    assert "Topics that are used across all domains" in fw.notes
    package = json.loads(ACT.read_text(encoding="utf-8"))  # and no item goes unread
    doc = compkit.framework.to_dict(fw)
    said = [doc.get("notes", "")]
    for record in [*doc["levels"], *doc.get("groups", []), *doc["competencies"]]:
        said += [record["name"], record.get("description", "")]
    said += [i["text"] for c in doc["competencies"] for i in c["indicators"]]
    text = "\n".join(said)
    missing = [i["fullStatement"] for i in package["CFItems"] if i["fullStatement"] not in text]
    assert missing == []


def test_the_csv_export_says_where_each_statement_stands_and_what_a_repair_did(tmp_path):
    from compkit.authoring.exports import export

    out = export(compkit.load(DATA / "located.yaml"), tmp_path / "located.csv")
    rows = pd.read_csv(out, keep_default_na=False, dtype=str).set_index("indicator_id")
    assert rows["source_lines"].tolist() == ["", "12,13", ""]  # all an analyst had: a sheet's
    assert rows.loc["data-working-1", "source"] == "skills.xlsx; sheet Skills cell E7"  # cell
    assert rows.loc["data-leading-1", "source"] == "skills.pdf; page 3; line 12,13"
    assert rows.loc["data-leading-2", "source"] == "skills.docx; table 2; row 4, column 3"
    assert rows.loc["data-leading-1", "repair"] == "joined-wrapped-lines"
    assert rows.loc["data-leading-1", "repair_note"].startswith("The statement wraps over two")
    assert rows["repair_note"].tolist()[::2] == ["", ""]


def _foreign(package):  # as another tool keeps a package: compkit's extensions gone
    if isinstance(package, dict):
        return {k: _foreign(v) for k, v in package.items() if k != "extensions"}
    return [_foreign(v) for v in package] if isinstance(package, list) else package


def test_a_package_without_compkits_extensions_keeps_groups_and_ineffective_statements():
    corpus = Path(__file__).parent / "data" / "corpus"
    hse = compkit.load(corpus / "hse-stress-competencies.yaml")
    back = from_case(_foreign(to_case(hse, changed="2024-01-01T00:00:00+00:00")))
    assert back.indicators["polarity"].tolist() == hse.indicators["polarity"].tolist()
    assert (back.indicators["polarity"] == "ineffective").sum() == 57  # typed so; read as 0
    gds = compkit.load(corpus / "gds-tech-career-path.yaml")  # 6 of 9 competencies hold none
    back = from_case(_foreign(to_case(gds, changed="2024-01-01T00:00:00+00:00")))
    assert back.competencies[["competency", "group"]].values.tolist() == (
        gds.competencies[["competency", "group"]].values.tolist()
    )
    assert back.indicators["text"].tolist() == gds.indicators["text"].tolist()


def test_a_rubric_with_neither_score_nor_position_is_ranked_by_its_names_or_said():
    package = json.loads((DATA.parent / "probe27k" / "rubric-levels.json").read_text("utf-8"))
    for rubric in package["CFRubrics"]:
        for crit in rubric["CFRubricCriteria"]:
            for level in crit["CFRubricCriterionLevels"]:  # listed best first, as published
                level.pop("position", None)
                level["quality"] = f"Level {level.pop('score')} {level['quality']}"
    fw = from_case(package)
    assert fw.levels["level_name"].tolist() == [  # by the numbers their names give them
        "Level 1 Foundation",
        "Level 2 Intermediate",
        "Level 3 Advanced",
        "Level 4 Expert",
    ]
    assert "Ranked as listed" not in fw.notes
    for rubric in package["CFRubrics"]:  # names without numbers: as listed, and said so
        for crit in rubric["CFRubricCriteria"]:
            for level in crit["CFRubricCriterionLevels"]:
                level["quality"] = level["quality"].split()[-1]
    fw = from_case(package)
    assert fw.levels["level_name"].tolist()[0] == "Expert"  # the first listed: a guess ...
    assert fw.notes.startswith("Ranked as listed, the first lowest")  # ... said, to check
    assert "'Collaboration', 'Communication', 'Decision making', 'Integrity'" in fw.notes


def test_the_workbook_prints_the_statements_wider_than_their_ids(tmp_path):
    from openpyxl import load_workbook

    from compkit.authoring.exports import export

    fw = compkit.load(Path(__file__).parent / "data" / "corpus" / "ft-engineering.yaml")
    ws = load_workbook(export(fw, tmp_path / "ft.xlsx"))["indicators"]
    width = {c.value: ws.column_dimensions[c.column_letter].width for c in ws[1]}
    assert max(fw.indicators["indicator_id"].str.len()) > 40  # ids as long as a statement
    assert width["id"] == width["competency"] == 24  # wrapped at their hyphens: were 49, 33
    assert ws["A2"].alignment.wrap_text
    printed = ["id", "competency", "competency_name", "level", "level_name", "text", "polarity"]
    assert max(printed, key=width.get) == "text"
    assert width["text"] / sum(width[c] for c in printed) > 0.27  # was 0.24 of the page
    back = compkit.import_file(tmp_path / "ft.xlsx").framework
    assert compkit.framework.to_dict(back) == compkit.framework.to_dict(fw)


def test_import_says_what_the_case_reader_could_not_keep(tmp_path, capsys):
    from compkit.cli import main

    assert main(["import", str(ACT), "-o", str(tmp_path / "act.yaml")]) == 0
    err = capsys.readouterr().err
    assert "Above the groups in the CASE package (one tier of groups kept)" in err
    assert "H.A.SCI.CSC Crosscutting Science Concepts" in err
