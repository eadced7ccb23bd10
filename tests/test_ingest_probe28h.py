"""Probe 28 (H): spreadsheets and data files of frameworks never seen; a known limit mended.

The University of Manchester's SDE skills framework (MIT; ``tests/data/probe28h/sde``, see its
README) keeps a YAML file per domain: subdomains keyed by id, each naming itself beside a
``competencies`` object, each competency holding its ``levels`` (``entry``, ``mid``,
``senior``), each a name and a list of ``skills``. The subdomains sat one key too deep for
any data reading: all six files were refused (:mod:`compkit.ingest.datarecords`). The
twenty-seventh round left EDISON's DARE workbook read without ``--sheet`` as two versions of
the framework merged into one (its "Competencies" sheet and a revised "print 2 pages" copy):
192 statements where either holds about 90 (:mod:`compkit.ingest.sheetversions`). Four tracks
of the Dropbox Engineering Career Framework laid into spreadsheets (below), and appliedAI's
skills list headed in its own words (the other known limit), close the file.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
import yaml

from compkit.ingest import ingest
from compkit.ingest.limits import IngestError

DATA = Path(__file__).parent / "data" / "probe28h"
SDE = DATA / "sde"
DARE = Path(__file__).parent / "data" / "probe27h" / "dare-competency-checklist.xlsx"


def _sde_cells(path: Path) -> Counter:
    """(group, competency, level, text) of every skill of an SDE domain file."""
    domain = yaml.safe_load(path.read_text(encoding="utf-8"))["domain"]
    return Counter(
        (sub["name"], comp["name"], level["name"], " ".join(text.split()))
        for sub in domain["subdomains"].values()
        for comp in (sub["competencies"] or {}).values()
        for level in comp["levels"].values()
        for text in level["skills"]
    )


def test_sde_domains_read_every_skill_in_its_subdomain_competency_and_level():
    counts = {}
    for path in sorted(SDE.glob("safe_*.yaml")):
        result = ingest(path)
        rows = result.framework.indicators
        read = Counter(
            zip(
                rows["group"],
                rows["competency"],
                rows["level_name"],
                rows["text"],
                strict=True,
            )
        )
        assert read == _sde_cells(path), path.name
        assert list(result.framework.levels["level_name"]) == [
            "Entry Level",
            "Mid Level",
            "Senior Level",
        ]
        counts[path.stem] = len(rows)
    assert counts == {
        "safe_access_identity": 100,
        "safe_data_management": 118,
        "safe_governance_compliance": 126,
        "safe_outputs_disclosure_control": 33,
        "safe_projects_operations": 135,
        "safe_technology_engineering": 153,
    }


def test_a_subdomain_holding_no_competencies_yet_is_said_and_left_out():
    result = ingest(SDE / "safe_outputs_disclosure_control.yaml")
    groups = set(result.framework.competencies["group"])
    assert groups == {
        "Output Checking",
        "Tools and platforms to support output checking",
        "Statistical Disclosure Control",
    }
    notes = result.report.to_frame()["message"]
    for name in ("Accidental disclosure", "Emergency response"):  # as the source writes them
        said = f"group {name!r} holds no competencies ('competencies' empty): left out"
        assert notes.eq(said).any(), name
    said = "; ".join(result.report.reasons)
    assert "groups of competencies keyed by name ('Output Checking'" in said


def test_self_written_groups_naming_themselves_read_beside_their_other_keys(tmp_path):
    data = {
        "framework": {
            "name": "Our ladder",
            "areas": {
                "craft": {
                    "title": "Craft",
                    "tools": ["git"],
                    "skills": [
                        {"name": "Testing", "levels": {"1": ["Writes tests."], "2": ["Plans."]}},
                        {"name": "Review", "levels": {"1": ["Reads code."], "2": ["Coaches."]}},
                    ],
                },
                "people": {
                    "title": "People",
                    "skills": [
                        {"name": "Mentoring", "levels": {"1": ["Helps."], "2": ["Mentors."]}}
                    ],
                },
            },
        }
    }
    path = tmp_path / "ladder.yaml"
    path.write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")
    frame = ingest(path).framework.competencies
    assert dict(zip(frame["competency"], frame["group"], strict=True)) == {
        "Testing": "Craft",
        "Review": "Craft",
        "Mentoring": "People",
    }


def test_a_workbook_holding_two_versions_reads_the_first_and_says_so():
    alone = ingest(DARE, sheet="Competencies")
    result = ingest(DARE)
    assert (
        yaml.safe_load(result.to_yaml())["competencies"]
        == (yaml.safe_load(alone.to_yaml())["competencies"])
    )
    assert len(result.framework.indicators) == 83
    notes = result.report.to_frame()["message"]
    said = notes[notes.str.startswith("sheet 'print 2 pages' names 4 of the competencies of")]
    assert len(said) == 1
    assert "read as another version of the framework" in said.iloc[0]
    assert "give --sheet 'print 2 pages' (sheet= in Python)" in said.iloc[0]


def test_self_written_track_sheets_are_not_merged_and_cluster_sheets_still_are(tmp_path):
    import openpyxl

    book = openpyxl.Workbook()
    sheets = {
        "Backend": [
            ["Testing", "Writes unit tests.", "Designs test plans."],
            ["Review", "Reads pull requests.", "Coaches reviewers."],
        ],
        "Frontend": [
            ["Testing", "Writes component tests.", "Plans browser tests."],
            ["Review", "Reads UI changes.", "Sets review norms."],
        ],
        "People": [["Mentoring", "Helps a new starter.", "Runs a mentoring scheme."]],
    }
    book.remove(book.active)
    for name, rows in sheets.items():
        sheet = book.create_sheet(name)
        sheet.append(["Competency", "Level 1", "Level 2"])
        for row in rows:
            sheet.append(row)
    path = tmp_path / "tracks.xlsx"
    book.save(path)
    result = ingest(path)
    rows = result.framework.indicators
    assert sorted(set(rows["text"])) == sorted(
        t for name in ("Backend", "People") for row in sheets[name] for t in row[1:]
    )
    assert set(result.framework.competencies["group"]) == {"Backend", "People"}
    notes = result.report.to_frame()["message"]
    assert notes.str.startswith(
        "sheet 'Frontend' names 2 of the competencies of sheet 'Backend' ('Review', 'Testing')"
    ).any()


# Four tracks of the Dropbox Engineering Career Framework (Apache-2.0), the text laid into
# spreadsheets as HR teams keep them (see the README): level columns headed by a ladder's code
# before a title naming no level word ("IC1 Machine Learning Engineer" ... "IC5 Staff Machine
# Learning Engineer") were not read as levels (:mod:`compkit.ingest.rungcolumns`), and a long
# sheet's Area column merged down its competencies was left unread
# (:func:`compkit.ingest.namecolumns.long_group`).
DROPBOX = DATA / "dropbox"


def _matrix_cells(path: Path) -> Counter:
    """(area, competency, level, line) of a wide sheet: Area merged down, a line a statement."""
    import pandas as pd

    frame = pd.read_excel(path, engine="odf" if path.suffix == ".ods" else "openpyxl")
    area = frame["Area"].ffill()
    frame["Area"] = area.astype(object).where(area.notna(), None)  # none over the first rows
    out: Counter = Counter()
    for level in frame.columns[2:]:
        for area, comp, cell in zip(frame["Area"], frame["Competency"], frame[level], strict=True):
            if isinstance(cell, str):
                out.update((area, comp, level, line) for line in cell.split("\n") if line)
    return out


def _read(result) -> Counter:
    rows = result.framework.indicators
    groups = [g if isinstance(g, str) and g else None for g in rows["group"]]
    return Counter(zip(groups, rows["competency"], rows["level_name"], rows["text"], strict=True))


def test_level_columns_headed_by_a_ladders_code_before_a_title_read_as_levels():
    path = DROPBOX / "technical-program-manager-matrix.xlsx"
    result = ingest(path)
    assert _read(result) == _matrix_cells(path)
    assert len(result.framework.levels) == 6
    assert result.framework.levels["level_name"].iloc[-1] == (
        "IC6 Principal Technical Program Manager"
    )
    path = DROPBOX / "machine-learning-engineer-matrix.ods"
    result = ingest(path)
    assert _read(result) == _matrix_cells(path)
    assert list(result.framework.levels["level_name"]) == [
        "IC1 Machine Learning Engineer",
        "IC2 Machine Learning Engineer",
        "IC3 Machine Learning Engineer",
        "IC4 Machine Learning Engineer",
        "IC5 Staff Machine Learning Engineer",
    ]
    assert len(result.framework.indicators) == 321


def test_a_sheet_per_level_reads_its_area_merged_down_as_the_competencies_groups():
    import openpyxl

    path = DROPBOX / "security-engineer-by-level.xlsx"
    expected: Counter = Counter()
    titles = []
    for sheet in openpyxl.load_workbook(path).worksheets:
        area = comp = None
        title = sheet.cell(1, 1).value  # "IC2 Security Engineer" on tab "IC2" (since round 29)
        titles.append((title, sheet.cell(2, 1).value))
        for cells in list(sheet.iter_rows(values_only=True))[4:]:
            area, comp = cells[0] or area, cells[1] or comp
            expected[(area, comp, title, cells[2])] += 1
    result = ingest(path)
    assert _read(result) == expected
    levels = result.framework.levels
    assert list(zip(levels["level_name"], levels["description"], strict=True)) == titles
    assert sum(expected.values()) == 310
    groups = set(result.framework.competencies["group"].dropna()) - {""}
    assert groups == {"🏆 Results", "🌟 Direction", "🌳 Talent", "🌈 Culture", "🦉 Craft"}
    # the Reliability track laid out as one long CSV reads its Area as the groups (since round
    # 29): the name is written on each of its rows, so a blank cell names none ("Scope", the
    # expectations, under no area), not the area above it
    import csv

    path = DROPBOX / "reliability-engineer.csv"
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    result = ingest(path)
    read = Counter((g, c.casefold(), lv, t) for g, c, lv, t in _read(result).elements())
    assert read == Counter(
        (r["Area"] or None, r["Competency"].casefold(), r["Level"], r["Behaviour"]) for r in rows
    )
    assert len(result.framework.levels) == 7
    notes = result.report.to_frame()["message"]
    assert (
        not notes.str.startswith("column 'Area'").any()
        or notes.str.contains("a blank cell names no group").any()
    )


def test_a_skills_download_in_its_own_column_names_is_refused_naming_the_hints(tmp_path):
    # appliedAI's skills list (round 27's known limit) heads its columns in its own words:
    # "skill_component | description | purpose | domain"; the rows here are self-written
    path = tmp_path / "skill_components.csv"
    path.write_text(
        "skill_component_id,skill_component,description,purpose,domain\n"
        "sc_1,Write clear prompts for everyday drafting tasks,NA,USE AI,GenAI Proficiency\n"
        "sc_2,Check generated text against its sources,NA,USE AI,GenAI Proficiency\n"
        "sc_3,Set up a review board for model releases,NA,FRAME AI,AI Governance\n"
        "sc_4,Explain the limits of a model to its users,NA,FRAME AI,AI Governance\n"
        "sc_5,Version the prompts a product ships with,NA,BUILD AI,GenAI Proficiency\n",
        encoding="utf-8",
    )
    with pytest.raises(IngestError) as caught:
        ingest(path)
    said = str(caught.value)
    assert "column 'skill_component' holds a different text on each row" in said
    assert "give competency_from='purpose' and text_from='skill_component'" in said
    result = ingest(path, competency_from="domain", text_from="skill_component")
    assert len(result.framework.indicators) == 5
