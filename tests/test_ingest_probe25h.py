"""Probe 25 (H): spreadsheets, CSV and data files of frameworks never seen.

The UK Civil Service Competency Framework 2012 as JSON (``tests/data/probe25h``, see its
README): three clusters of competencies, each competency an object alone in a list under its
key, six levels, and every level's statements kept as pairs of an effective and an
ineffective behaviour. It was refused ("no competency framework found in this data file");
every one of its 670 statements now reads in its competency, level and side. The shapes are
pinned on self-written data too: other words for the sides ("positive" / "negative",
"do" / "don't"), a competency with no description, lists of one at one layer only, and pairs
holding a key that names no side (not read as sides).
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from compkit.ingest import ingest

DATA = Path(__file__).parent / "data" / "probe25h"


def _cells(result) -> Counter:
    rows = result.framework.indicators
    return Counter(zip(rows["competency"], rows["level_name"], rows["polarity"], strict=True))


def _source_cells() -> Counter:
    data = json.loads((DATA / "cscf-2012.json").read_text(encoding="utf-8"))
    out: Counter = Counter()
    for wrapped in data["competencies"].values():
        for key, comps in wrapped[0].items():
            if key == "title":
                continue
            for level, pairs in comps[0].items():
                if level.startswith("level"):
                    for pair in pairs:
                        for side, text in pair.items():
                            out[(comps[0]["title"], f"Level {level[5:]}", side)] += bool(
                                text.strip()
                            )
    return +out


@pytest.fixture(scope="module")
def cscf():
    return ingest(DATA / "cscf-2012.json")


def test_cscf_reads_every_statement_in_its_cell_and_side(cscf):
    rows = cscf.framework.indicators
    assert len(rows) == 670
    assert _cells(cscf) == _source_cells()
    assert (rows["polarity"] == "ineffective").sum() == 335


def test_cscf_names_competencies_and_clusters_by_their_titles(cscf):
    fw = cscf.framework
    names = [c.name for c in fw.competency_records]
    assert names[:3] == [
        "Building Capability for All",
        "Collaborating and Partnering",
        "Leading and Communicating",
    ]
    assert "Seeing the Big Picture" in names  # its key is "seeing-the-bigger-picture"
    groups = {g.id: g.name for g in fw.group_records}
    assert sorted(groups.values()) == [
        "People Cluster - Engaging People",
        "Performance Cluster - Delivering Results",
        "Strategic Cluster - Setting Direction",
    ]
    pace = next(c for c in fw.competency_records if c.name == "Delivering at Pace")
    assert groups[pace.group] == "Performance Cluster - Delivering Results"
    assert pace.description.startswith("Effectiveness in this area means focusing on delivering")


def test_cscf_statement_word_for_word_with_its_line(cscf):
    rows = cscf.framework.indicators
    found = rows[rows["text"] == "Look at issues from own viewpoint only"]
    assert found[["competency", "level_name", "polarity"]].to_numpy().tolist() == [
        ["Collaborating and Partnering", "Level 1", "ineffective"]
    ]
    assert found["source_lines"].tolist() == ["182"]


def test_cscf_report_says_what_was_not_read(cscf):
    notes = cscf.report.to_frame()
    unused = notes.loc[notes["kind"] == "unused", "message"].tolist()
    assert unused == ["the data not read: borrowedFrom, copyright"]


def _write(tmp_path: Path, name: str, data) -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(data, indent=2), encoding="utf-8")
    return path


def test_positive_negative_pairs_without_descriptions(tmp_path):
    data = {
        "Listening": {
            "level1": [
                {"positive": "Hears others out.", "negative": "Talks over others."},
                {"positive": "Asks questions."},
            ],
            "level2": [{"positive": "Draws out quiet voices.", "negative": "Dominates meetings."}],
        },
        "Planning": {
            "level1": [{"positive": "Plans own week.", "negative": "Misses deadlines."}],
            "level2": [{"positive": "Plans the team's work.", "negative": "Plans alone."}],
        },
    }
    result = ingest(_write(tmp_path, "pairs.json", data))
    assert sorted(_cells(result).items()) == [
        (("Listening", "Level 1", "effective"), 2),
        (("Listening", "Level 1", "ineffective"), 1),
        (("Listening", "Level 2", "effective"), 1),
        (("Listening", "Level 2", "ineffective"), 1),
        (("Planning", "Level 1", "effective"), 1),
        (("Planning", "Level 1", "ineffective"), 1),
        (("Planning", "Level 2", "effective"), 1),
        (("Planning", "Level 2", "ineffective"), 1),
    ]


def test_do_and_dont_pairs_in_yaml(tmp_path):
    path = tmp_path / "values.yaml"
    path.write_text(
        "Ownership:\n"
        "  level1:\n"
        "    - do: Finishes what they start\n"
        "      don't: Leaves work half done\n"
        "  level2:\n"
        "    - do: Owns the outcome, not just the task\n"
        "      don't: Blames others for misses\n"
        "Candour:\n"
        "  level1:\n"
        "    - do: Says what they think\n"
        "      don't: Keeps concerns to themselves\n"
        "  level2:\n"
        "    - do: Gives hard feedback kindly\n"
        "      don't: Avoids difficult conversations\n",
        encoding="utf-8",
    )
    result = ingest(path)
    rows = result.framework.indicators
    negative = sorted(rows.loc[rows["polarity"] == "ineffective", "text"])
    assert negative == [
        "Avoids difficult conversations",
        "Blames others for misses",
        "Keeps concerns to themselves",
        "Leaves work half done",
    ]


def test_lists_of_one_at_one_layer(tmp_path):
    """A key over one object alone in a list wraps it: no group per competency."""
    data = {
        "competencies": {
            "craft": [{"title": "Craft", "level1": ["Writes tests."], "level2": ["Designs."]}],
            "impact": [{"title": "Impact", "level1": ["Ships."], "level2": ["Leads work."]}],
        }
    }
    result = ingest(_write(tmp_path, "wrapped.json", data))
    assert result.framework.group_records == ()  # was a group "craft" over "Craft", ...
    assert sorted(_cells(result)) == [
        ("Craft", "Level 1", "effective"),
        ("Craft", "Level 2", "effective"),
        ("Impact", "Level 1", "effective"),
        ("Impact", "Level 2", "effective"),
    ]
    rows = result.framework.indicators
    assert rows.loc[rows["text"] == "Writes tests.", "source_lines"].tolist() == ["7"]
    # a group holding two competencies is a group: the keys stay groups
    data["competencies"]["impact"].append({"title": "Reach", "level1": ["Helps."]})
    result = ingest(_write(tmp_path, "grouped.json", data))
    assert [g.name for g in result.framework.group_records] == ["craft", "impact"]


def test_pairs_with_a_key_naming_no_side_are_no_sides(tmp_path):
    """Objects holding a key that names no side ("note") are not pairs of sides: unread."""
    data = {
        name: {"level1": [{"effective": f"{name} well.", "ineffective": f"{name} badly."}]}
        for name in ("Listens", "Plans", "Writes", "Decides")
    }
    data["Coaches"] = {"level1": [{"effective": "Coaches well.", "note": "core"}]}
    result = ingest(_write(tmp_path, "notes.json", data))
    rows = result.framework.indicators
    assert len(rows) == 8
    assert "Coaches" not in set(rows["competency"])
    notes = result.report.to_frame()
    assert notes.loc[notes["kind"] == "unused", "message"].tolist() == [
        "the data not read: effective, note"
    ]


def _cscf_wide(path: Path) -> Path:
    """The CSCF's text laid out as HR teams keep it: a row per competency, a column per level
    and side ("Level 1 - Effective"), each cell a behaviour a line (the layout ours)."""
    from openpyxl import Workbook

    data = json.loads((DATA / "cscf-2012.json").read_text(encoding="utf-8"))
    book = Workbook()
    sheet = book.active
    head = ["Cluster", "Competency", "Description"]
    sheet.append(
        head + [f"Level {n} - {s}" for n in range(1, 7) for s in ("Effective", "Ineffective")]
    )
    for wrapped in data["competencies"].values():
        for key, comps in wrapped[0].items():
            if key == "title":
                continue
            comp = comps[0]
            row = [wrapped[0]["title"], comp["title"], comp["description"]]
            for n in range(1, 7):
                for side in ("effective", "ineffective"):
                    pairs = comp.get(f"level{n}", [])
                    row.append("\n".join(p[side] for p in pairs if p.get(side, "").strip()))
            sheet.append(row)
    book.save(path)
    return path


def test_cscf_as_a_sheet_of_level_and_side_columns(tmp_path):
    """A header naming a level and a side in one cell: the level, and the side (was 12 levels,
    every ineffective behaviour effective at a level of its own)."""
    result = ingest(_cscf_wide(tmp_path / "cscf.xlsx"))
    fw = result.framework
    assert [lv.name for lv in fw.level_records] == [f"Level {n}" for n in range(1, 7)]
    assert _cells(result) == _source_cells()
    assert len({g.name for g in fw.group_records}) == 3
    notes = result.report.to_frame()
    assert notes["message"].str.startswith("headers naming a level and a side").any()


def test_level_and_side_headers_in_a_csv(tmp_path):
    path = tmp_path / "ladder.csv"
    path.write_text(
        "Skill,Junior – effective,Junior – ineffective,Senior (effective),Senior (ineffective)\n"
        'Listening,Hears others out,Talks over others,"Draws out quiet voices\nSums up",'
        "Dominates meetings\n"
        "Planning,Plans own week,Misses deadlines,Plans the team's work,Plans alone\n",
        encoding="utf-8",
    )
    result = ingest(path)
    assert sorted(_cells(result).items()) == [
        (("Listening", "Junior", "effective"), 1),
        (("Listening", "Junior", "ineffective"), 1),
        (("Listening", "Senior", "effective"), 2),
        (("Listening", "Senior", "ineffective"), 1),
        (("Planning", "Junior", "effective"), 1),
        (("Planning", "Junior", "ineffective"), 1),
        (("Planning", "Senior", "effective"), 1),
        (("Planning", "Senior", "ineffective"), 1),
    ]


def test_flat_records_naming_each_statements_side(tmp_path):
    """A long table exported as JSON keeps each statement's side in a field: read, not unused
    (was every statement effective and "the data not read: polarity")."""
    rows = [
        {"competency": "Listening", "level": 1, "polarity": "Effective", "text": "Hears out."},
        {"competency": "Listening", "level": 1, "polarity": "Ineffective", "text": "Talks over."},
        {"competency": "Planning", "level": 1, "polarity": "Effective", "text": "Plans a week."},
        {"competency": "Planning", "level": 2, "polarity": "Ineffective", "text": "Plans alone."},
    ]
    result = ingest(_write(tmp_path, "long.json", rows))
    read = result.framework.indicators
    assert read.loc[read["polarity"] == "ineffective", "text"].tolist() == [
        "Talks over.",
        "Plans alone.",
    ]
    notes = result.report.to_frame()
    assert not (notes["kind"] == "unused").any()
    # a "type" field naming no side is no side: every statement stays effective
    for row, kind in zip(rows, ("core", "core", "lead", "lead"), strict=True):
        row["type"] = kind
        del row["polarity"]
    read = ingest(_write(tmp_path, "typed.json", rows)).framework.indicators
    assert set(read["polarity"]) == {"effective"}
