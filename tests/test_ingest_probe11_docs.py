"""Eleventh probe, documents: levels printed highest first, and a level heading naming its side.

The excerpts are word for word from public frameworks (short quotes for testing):

- Canada's Key Leadership Competencies (Public Service Human Resources Management Agency of
  Canada, 2006; the archived profile pages at bac-lac.wayback.archive-it.org, crown copyright,
  reproduced for non-commercial use): each level's page is headed "DEPUTY MINISTER - Effective
  Behaviours", then "DIRECTOR", "MANAGER", "SUPERVISOR" -- the highest level first. Read in
  the printed order, Deputy Minister was the lowest level, and every level was named
  "... - Effective Behaviours".
- The CEFR's global scale (Council of Europe, Common European Framework of Reference for
  Languages, Table 1): C2 printed first, A1 last; in Word, a band ("Proficient User") merged
  over its two levels, the level's code, its description. The table read the bands as three
  levels of 4 "statements" each (the codes among them); the Markdown read A1 as the highest.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from compkit.framework import to_dict
from compkit.ingest import ingest

_DM = [
    "Demonstrates Values and Ethics, including the Code, in personal behaviour",
    "Integrates Values and Ethics, including the Code, into departmental practices",
    "Makes transparent decisions without favouritism or bias",
]
_DIRECTOR = [
    "Demonstrates Values and Ethics, including the Code, in personal behaviour",
    "Integrates Values and Ethics, including the Code, into division practices",
    "Incorporates equitable practices into HR planning",
]
_MANAGER = [
    "Integrates Values and Ethics, including the Code, into unit practices",
    "Reflects a commitment to citizens and clients in own and unit activities",
]
_SUPERVISOR = [
    "Integrates Values and Ethics, including the Code, into staff work practices",
    "Is alert to and deals quickly with harassment and discrimination",
]


def _klc(tmp_path: Path) -> Path:
    parts = ["<html><body><h1>Key Leadership Competencies</h1>"]
    for name, items in (
        ("DEPUTY MINISTER", _DM),
        ("DIRECTOR", _DIRECTOR),
        ("MANAGER", _MANAGER),
        ("SUPERVISOR", _SUPERVISOR),
    ):
        parts.append(f"<h2>{name} - Effective Behaviours</h2>")
        parts.append("<h3>VALUES AND ETHICS — Serving through integrity and respect</h3>")
        parts.append("<ul>" + "".join(f"<li>{t}</li>" for t in items) + "</ul>")
    path = tmp_path / "klc.html"
    path.write_text("\n".join([*parts, "</body></html>"]), encoding="utf-8")
    return path


def test_levels_printed_highest_first_are_ranked_from_the_lowest(tmp_path):
    result = ingest(_klc(tmp_path))
    doc = to_dict(result.framework)
    assert [lv["name"] for lv in doc["levels"]] == [
        "SUPERVISOR",
        "MANAGER",
        "DIRECTOR",
        "DEPUTY MINISTER",
    ]
    assert [lv["rank"] for lv in doc["levels"]] == [1, 2, 3, 4]
    by_level = {}
    for i in doc["competencies"][0]["indicators"]:
        by_level.setdefault(i["level"], []).append(i["text"])
    assert by_level == {
        "supervisor": _SUPERVISOR,
        "manager": _MANAGER,
        "director": _DIRECTOR,
        "deputy-minister": _DM,
    }
    assert all(i.get("polarity") is None for i in doc["competencies"][0]["indicators"])
    said = " ".join(result.report.to_frame().message)
    assert "levels printed highest first (DEPUTY MINISTER ... SUPERVISOR)" in said
    assert "end in 'Effective Behaviours': read without those words" in said


_CEFR = {
    "C2": "Can understand with ease virtually everything heard or read. Can summarise "
    "information from different spoken and written sources, reconstructing arguments and "
    "accounts in a coherent presentation.",
    "C1": "Can understand a wide range of demanding, longer texts, and recognise implicit meaning.",
    "B2": "Can understand the main ideas of complex text on both concrete and abstract topics, "
    "including technical discussions in his/her field of specialisation.",
    "B1": "Can understand the main points of clear standard input on familiar matters "
    "regularly encountered in work, school, leisure, etc.",
    "A2": "Can understand sentences and frequently used expressions related to areas of most "
    "immediate relevance (e.g. very basic personal and family information, shopping, local "
    "geography, employment).",
    "A1": "Can understand and use familiar everyday expressions and very basic phrases aimed "
    "at the satisfaction of needs of a concrete type.",
}
_BANDS = ["Proficient User"] * 2 + ["Independent User"] * 2 + ["Basic User"] * 2


def _cefr_docx(tmp_path: Path) -> Path:
    docx = pytest.importorskip("docx")
    document = docx.Document()
    document.add_paragraph("Table 1. Common Reference Levels: global scale")
    table = document.add_table(rows=6, cols=3)
    for r, (code, text) in enumerate(_CEFR.items()):
        table.cell(r, 1).text, table.cell(r, 2).text = code, text
    for top in (0, 2, 4):
        table.cell(top, 0).merge(table.cell(top + 1, 0)).text = _BANDS[top]
    document.save(tmp_path / "cefr.docx")
    return tmp_path / "cefr.docx"


def _cefr_md(tmp_path: Path) -> Path:
    lines = ["# Common Reference Levels: global scale", ""]
    for code, text in _CEFR.items():
        lines += [f"## {code}", "", text, ""]
    (tmp_path / "cefr.md").write_text("\n".join(lines), encoding="utf-8")
    return tmp_path / "cefr.md"


@pytest.mark.parametrize("make", [_cefr_docx, _cefr_md])
def test_cefr_global_scale_reads_a1_to_c2(tmp_path, make):
    result = ingest(make(tmp_path))
    doc = to_dict(result.framework)
    assert [lv["name"] for lv in doc["levels"]] == ["A1", "A2", "B1", "B2", "C1", "C2"]
    (comp,) = doc["competencies"]
    assert {i["level"]: i["text"] for i in comp["indicators"]} == {
        code.lower(): text for code, text in _CEFR.items()
    }
    said = result.report.to_frame()
    assert "levels printed highest first (C2 ... A1)" in " ".join(said.message)
    if make is _cefr_docx:  # the bands of levels: no competency, no level, reported
        unused = " ".join(said.query("kind == 'unused'").message)
        assert all(band in unused for band in set(_BANDS))


def test_a_ladder_printed_lowest_first_keeps_its_order(tmp_path):
    lines = ["# Ladder", ""]
    for name in ["Junior Engineer", "Engineer", "Senior Engineer", "Staff Engineer"]:
        lines += [f"## {name}", "", f"- Works as a {name.lower()} would.", ""]
    (tmp_path / "ladder.md").write_text("\n".join(lines), encoding="utf-8")
    result = ingest(tmp_path / "ladder.md")
    names = [lv["name"] for lv in to_dict(result.framework)["levels"]]
    assert names == ["Junior Engineer", "Engineer", "Senior Engineer", "Staff Engineer"]
    assert "highest first" not in " ".join(result.report.to_frame().message)
