"""Tenth probe of spreadsheet ingest (sheets3): a wide sheet with one level column.

Sources: the project's corpus (``tests/data/corpus``, see its README for each framework's origin
and licence), its statements copied word for word into the cells:

- ``hse-stress-competencies``: the Health and Safety Executive's management competencies for
  preventing and reducing stress at work, a framework of one level, its managers (Crown
  copyright, Open Government Licence v3.0; provisional in the corpus, see its README).
- ``gds-tech-career-path`` (GDS technology career path, Crown copyright, OGL v3.0),
  ``gsa-508-pm`` (GSA, US federal work, public domain), ``monzo-backend`` (Monzo's backend
  engineering progression) and ``ft-engineering`` (the Financial Times' engineering
  progression), the last two as licensed in the corpus manifest: one level of each copied out
  of the bigger matrix, as a user sets out the excerpt of one grade.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml
from openpyxl import Workbook

from compkit.framework import to_dict
from compkit.ingest import IngestError, ingest
from compkit.ingest.tables import find_columns

CORPUS = Path(__file__).parent / "data" / "corpus"

ONE_LEVEL = [
    ("hse-stress-competencies", "Manager"),
    ("gds-tech-career-path", "Senior level"),
    ("gsa-508-pm", "Advanced"),
    ("monzo-backend", "Level 4"),
]


def _one_level(tmp_path: Path, corpus: str, level: str) -> tuple[Path, set]:
    """A workbook "Competency | <level>": each competency's statements at that level, bulleted."""
    data = yaml.safe_load((CORPUS / f"{corpus}.yaml").read_text(encoding="utf-8"))
    level_id = next(lv["id"] for lv in data["levels"] if lv["name"] == level)
    wb = Workbook()
    wb.active.append(["Competency", level])
    expected = set()
    for comp in data["competencies"]:
        texts = [
            i["text"]
            for i in comp.get("indicators", [])
            if i.get("level") == level_id and i.get("polarity", "effective") == "effective"
        ]
        if texts:
            wb.active.append([comp["name"], "\n".join(f"- {t}" for t in texts)])
            expected |= {(comp["name"], level, t) for t in texts}
    path = tmp_path / f"{corpus}.xlsx"
    wb.save(path)
    return path, expected


def _read(result) -> set:
    doc = to_dict(result.framework)
    levels = {lv["id"]: lv["name"] for lv in doc["levels"]}
    return {
        (c["name"], levels[i["level"]], i["text"])
        for c in doc["competencies"]
        for i in c.get("indicators", [])
    }


@pytest.mark.parametrize(("corpus", "level"), ONE_LEVEL)
def test_a_wide_sheet_of_one_level_column_named_by_levels_reads(tmp_path, corpus, level):
    """Was refused ("no column names a level") though ``levels=`` named the one column.

    Without the hint the sheet is still refused as before (one column alone is no proof of a
    level: a "Notes" or "Manager" column beside the competency names), the refusal now naming
    the hint that reads it.
    """
    path, expected = _one_level(tmp_path, corpus, level)
    result = ingest(path, levels=[level])
    assert result.report.layout == "wide"
    assert [lv["name"] for lv in to_dict(result.framework)["levels"]] == [level]
    assert _read(result) == expected
    said = re.escape(f"(levels=[{level!r}] if {level!r} is the sheet's one level)")
    with pytest.raises(IngestError, match=f"no column names a level; .*{said}$"):
        ingest(path)  # the refusal names the hint that reads the sheet


def test_the_level_hint_names_the_column_exactly():
    """Only a header the hint names exactly is a level's column; another one stays none."""
    assert find_columns(["Competency", "Manager"], {"levels": ["Manager"]})["_levels"] == [1]
    assert "_levels" not in find_columns(["Competency", "Notes"], {"levels": ["Manager"]})
    assert "_levels" not in find_columns(["Competency", "Manager"], {})


@pytest.mark.parametrize(
    ("header", "text"),
    [
        (["Competency", "Grade", "Senior manager behaviour", "Polarity"], 2),
        (["Capability", "Level", "Team leader behaviours"], 2),
        (["Competency", "Proficiency level", "Line manager indicators"], 2),
    ],
)
def test_a_statement_header_with_a_two_word_qualifier_is_the_statement_column(header, text):
    """Was no statement column (the pattern took a one-word qualifier: "Manager behaviour")."""
    assert find_columns(header, {})["text"] == text


def test_two_qualified_headers_stay_a_wide_sheets_levels():
    """Two such headers are the level columns of a wide sheet, as before: not one statement."""
    cols = find_columns(["Competency", "Manager behaviour", "Senior manager behaviour"], {})
    assert "text" not in cols
    positive = find_columns(["Competency", "Level", "Positive manager behaviours"], {})
    assert "text" not in positive  # a side, not the statements (read by the sides' reading)


@pytest.mark.parametrize(
    ("corpus", "header"),
    [
        ("hse-stress-competencies", ["Competency", "Grade", "Senior manager behaviour", "Type"]),
        ("monzo-backend", ["Competency", "Level", "Backend engineer behaviours"]),
    ],
)
def test_a_long_sheet_under_a_qualified_statement_header_reads(tmp_path, corpus, header):
    """Was refused ("a level column ('Grade') but no statement column"): every statement is
    read, at its level, with its side where the sheet gives one.
    """
    data = yaml.safe_load((CORPUS / f"{corpus}.yaml").read_text(encoding="utf-8"))
    names = {lv["id"]: lv["name"] for lv in data["levels"]}
    wb = Workbook()
    wb.active.append(header)
    expected = set()
    for comp in data["competencies"][:4]:
        for i in comp.get("indicators", []):
            side = "Negative" if i.get("polarity") == "ineffective" else "Positive"
            wb.active.append([comp["name"], names[i["level"]], i["text"], side][: len(header)])
            expected.add((comp["name"], names[i["level"]], i["text"]))
    wb.save(tmp_path / "long.xlsx")
    result = ingest(tmp_path / "long.xlsx")
    assert result.report.layout == "long"
    assert _read(result) == expected
    doc = to_dict(result.framework)
    negative = {
        i["text"] for c in doc["competencies"] for i in c["indicators"] if i.get("polarity")
    }
    assert (len(header) == 4) == bool(negative)  # HSE's negative behaviours, marked
    assert negative == {
        i["text"]
        for c in data["competencies"][:4]
        for i in c.get("indicators", [])
        if i.get("polarity") == "ineffective" and len(header) == 4
    }


def test_one_level_named_of_several_reads_it_and_reports_the_others(tmp_path):
    """Was refused ("no column names a level"); now the named level's column is read and
    every other level's column is reported unread, so nothing is lost unseen (the FT's eight).
    """
    data = yaml.safe_load((CORPUS / "ft-engineering.yaml").read_text(encoding="utf-8"))
    names = [lv["name"] for lv in data["levels"]]
    wb = Workbook()
    wb.active.append(["Competency", *names])
    for comp in data["competencies"]:
        cells = [
            "\n".join(f"- {i['text']}" for i in comp["indicators"] if i.get("level") == lv["id"])
            for lv in data["levels"]
        ]
        wb.active.append([comp["name"], *cells])
    wb.save(tmp_path / "ft.xlsx")
    result = ingest(tmp_path / "ft.xlsx", levels=[names[-1]])
    assert [lv["name"] for lv in to_dict(result.framework)["levels"]] == [names[-1]]
    unused = set(result.report.to_frame().query("kind == 'unused'").message)
    assert {m.split("'")[1] for m in unused if m.startswith("column ")} == set(names[:-1])
