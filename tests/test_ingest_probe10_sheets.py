"""Tenth probe of spreadsheet ingest: workbooks rebuilt from public frameworks.

Sources (text copied word for word, only a few cells of each):

- kraftfrosch/hackfleisch, ``data/competency_framework.js`` (github.com, commit 34898c2): a
  company competency framework with levels Learning, Competent, Mastering and Expert (no
  licence stated; two competencies quoted in part as a test fixture).
- MyUNiDAYS/competency-framework (the corpus file ``myunidays.yaml``, MIT): its levels
  "n00b", "Play3r", "Pr0" and "1337".

Each is set out as a Google Sheets export would have it: a sheet per competency, its name in
the first cell, its definition under it, then the levels' header and a cell of bullets under
each level.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from openpyxl import Workbook, load_workbook

from compkit.framework import to_dict
from compkit.ingest import ingest
from compkit.testing import cells_by_name

CORPUS = Path(__file__).parent / "data" / "corpus"

HACK_LEVELS = ["Learning", "Competent", "Mastering", "Expert"]
HACK = [
    (
        "Ownership for collective achievement",
        "Understand what needs to be done, take ownership of getting it over the finish line "
        "and do whatever it takes to get there while driving collective success",
        [
            [
                "Consistently completes tasks to the expected time and quality, communicating "
                "any delays immediately.",
                "Follows company protocols, internal communications and collaborates with "
                "leadership direction and company-wide initiatives.",
            ],
            ["Proficiently defines challenging and impactful goals and takes ownership for "
             "achieving them."],
            ["Works to improve company standards and direction to advance the collective "
             "pursuit."],
            ["Leads by example, consistently setting the standard for ownership, execution, "
             "and accountability across teams."],
        ],
    ),
    (
        "Growth Mindset",
        "Proactively seek, provide and initiate action on constructive feedback to drive "
        "individual and collective growth, consistently raising the bar.",
        [
            ["Is open and responsive to feedback and gives feedback respectfully and honestly."],
            ["Consistently contributes to a strong feedback culture by seeking and providing "
             "feedback."],
            ["Continually raises the bar for personal and team performance with open dialog "
             "and tough feedback."],
            ["Champions a growth mindset across teams, normalizing vulnerability, feedback, "
             "and continuous improvement as core strengths."],
        ],
    ),
]  # fmt: skip


def _unidays() -> tuple[list[str], list[tuple]]:
    data = yaml.safe_load((CORPUS / "myunidays.yaml").read_text(encoding="utf-8"))
    levels = data["levels"]
    comps = []
    for comp in data["competencies"][:2]:
        cells = [
            [i["text"] for i in comp["indicators"] if i["level"] == lv["id"]][:2] for lv in levels
        ]
        comps.append((comp["name"], comp.get("description") or "", cells))
    return [lv["name"] for lv in levels], comps


def _workbook(path: Path, levels: list[str], comps: list[tuple]) -> Path:
    wb = Workbook()
    wb.remove(wb.active)
    for name, definition, cells in comps:
        ws = wb.create_sheet(name[:31])
        ws.append([name])
        ws.append([definition])
        ws.append([])
        ws.append(levels)
        ws.append(["\n".join(f"• {t}" for t in cell) for cell in cells])
    wb.save(path)
    return path


def _expected(levels: list[str], comps: list[tuple]) -> dict:
    return {
        (name, level): cell
        for name, _, cells in comps
        for level, cell in zip(levels, cells, strict=True)
    }


@pytest.mark.parametrize("source", ["hackfleisch", "unidays"])
def test_a_header_every_sheet_repeats_names_the_levels_in_whatever_words(tmp_path, source):
    """Was refused: "Learning" and "Mastering" (or "Play3r", "Pr0", "1337") are no level words.

    Found on two sheets or more, the header's names are the levels, in its order, reported as
    a guess to check.
    """
    levels, comps = (HACK_LEVELS, HACK) if source == "hackfleisch" else _unidays()
    result = ingest(_workbook(tmp_path / f"{source}.xlsx", levels, comps))
    doc = to_dict(result.framework)
    assert result.report.layout == "level-columns"
    assert [lv["name"] for lv in doc["levels"]] == levels
    assert cells_by_name(doc) == _expected(levels, comps)
    guesses = result.report.to_frame()
    said = guesses[guesses.message.str.startswith("level names read from the header row")]
    assert len(said) == 1 and said.confidence.iloc[0] == 0.5


def test_the_sentence_under_a_sheets_title_is_the_competencys_definition(tmp_path):
    """Was reported as unused text; now the competency's description, reported as a guess."""
    result = ingest(_workbook(tmp_path / "hack.xlsx", HACK_LEVELS, HACK), levels=HACK_LEVELS)
    comps = to_dict(result.framework)["competencies"]
    assert {c["name"]: c.get("description") for c in comps} == {
        name: definition for name, definition, _ in HACK
    }
    unused = result.report.to_frame().query("kind == 'unused'").message
    assert not unused.str.contains("Proactively seek").any()


def test_given_levels_or_a_header_of_level_words_read_as_before(tmp_path):
    """The header's names are no guess when the levels are given, or are level words already."""
    path = _workbook(tmp_path / "hack.xlsx", HACK_LEVELS, HACK)
    given = ingest(path, levels=HACK_LEVELS)
    assert not given.report.to_frame().message.str.startswith("level names read").any()
    assert cells_by_name(to_dict(given.framework)) == _expected(HACK_LEVELS, HACK)
    plain = ["Novice", "Competent", "Proficient", "Expert"]
    usual = ingest(_workbook(tmp_path / "usual.xlsx", plain, HACK))
    assert not usual.report.to_frame().message.str.startswith("level names read").any()
    assert [lv["name"] for lv in to_dict(usual.framework)["levels"]] == plain


def test_a_repeated_header_with_a_column_of_no_statements_is_not_levels(tmp_path):
    """A "Notes" column under a header every sheet repeats holds no statements: not a level."""
    comps = [(n, d, [*cells[:3], []]) for n, d, cells in HACK]
    path = _workbook(
        tmp_path / "notes.xlsx", ["Learning", "Competent", "Mastering", "Notes"], comps
    )
    with pytest.raises(Exception, match="no competency framework found"):
        ingest(path)


#: danscratch/ladder (github.com/danscratch/ladder, L1.md and L5.md at 594fef1), CC0 1.0:
#: three cells that open with a lead-in of their own, each once (a few of their items).
LADDER_L1_IMPACT = (
    "The primary responsibility of an L1 is to make a positive business impact. To do so, you "
    "must first be productive and deliver on your tasks. This means:\n"
    "• Writing code\n• With quality\n• On time\n• To meet project requirements"
)
LADDER_L1_PROCESS = (
    "When you receive a new task, you should go through the following checklist:\n"
    "1. Read through the task specification to understand its requirements and goals\n"
    "2. Follow up with the PM to clarify any confusing points"
)
LADDER_L5_IMPACT = (
    "As the senior technical members of their teams, L5s make a significant contribution to "
    "their teams' success. In addition to driving productivity and quality across their own "
    "teams, they are expected to think strategically, and architect with the larger "
    "organization in mind. For example, this includes the following:\n"
    "• Making the right tradeoffs between loosely-coupled and monolithic architectures."
)


def test_a_lead_in_that_opens_one_cell_only_is_no_stem_of_the_framework(tmp_path):
    """Was the framework's stem: "The primary responsibility of an L1 ... This means:".

    No lead-in repeats, so none is the words every statement completes: each is reported as
    not kept, and the framework has no stem.
    """
    wb = Workbook()
    ws = wb.active
    ws.append(["Area", "L1", "L5"])
    ws.append(["Impact", LADDER_L1_IMPACT, LADDER_L5_IMPACT])
    ws.append(["Process", LADDER_L1_PROCESS, None])
    wb.save(tmp_path / "ladder.xlsx")
    result = ingest(tmp_path / "ladder.xlsx")
    doc = to_dict(result.framework)
    assert not doc.get("stem")
    assert all(not c.get("stem") for c in doc["competencies"] + doc["levels"])
    assert cells_by_name(doc)[("Impact", "L1")] == [
        "Writing code",
        "With quality",
        "On time",
        "To meet project requirements",
    ]
    unused = result.report.to_frame().query("kind == 'unused'").message
    assert unused.str.contains("opens one cell only, no stem; not kept").sum() == 3


#: Cheshire East Council, "Values and Behaviours: For everyone" (cheshireeast.gov.uk, no
#: licence stated, OGL presumed): two values, each a row of what I will and won't do.
CHESHIRE = [
    ["Value", "I will", "I won't"],
    [
        "Flexibility",
        "Actively participate in and contribute to change\n"
        "Be flexible at work and willing to try new things",
        "Say ‘it’s not my job’ or just moan\nGive up when things don’t go as I planned",
    ],
    [
        "Innovation",
        "Ask curious questions\nTake a risk and make a suggestion",
        "Dismiss or be negative or overly critical of new ideas",
    ],
]


def _hse(header: list[str]) -> list[list[str]]:
    """HSE's management competencies for preventing stress (corpus, Crown copyright, OGL)."""
    data = yaml.safe_load((CORPUS / "hse-stress-competencies.yaml").read_text(encoding="utf-8"))
    rows = [header]
    for comp in data["competencies"][:3]:
        sides = [
            "\n".join(f"- {i['text']}" for i in comp["indicators"] if i.get("polarity") == p)
            for p in (None, "ineffective")
        ]
        rows.append([comp["name"], "Manager"][: len(header) - 2] + sides)
    return rows


def _sides(result) -> set[tuple[str, str, str, str]]:
    doc = to_dict(result.framework)
    levels = {lv["id"]: lv["name"] for lv in doc["levels"]}
    return {
        (c["name"], levels[i["level"]], i.get("polarity", "effective"), i["text"])
        for c in doc["competencies"]
        for i in c.get("indicators", [])
    }


def _expected_sides(rows: list[list[str]], level: str | None = None) -> set:
    out = set()
    for row in rows[1:]:
        for cell, side in zip(row[-2:], ("effective", "ineffective"), strict=True):
            for line in cell.splitlines():
                out.add((row[0], level or "All levels", side, line.removeprefix("- ")))
    return out


def test_columns_naming_the_two_sides_are_no_levels(tmp_path):
    """Were refused ("I will | I won't": no level) or read as two levels ("Positive manager
    behaviour", "Negative manager behaviour": "manager" is a level word), their polarity lost.

    Each row's cells are its competency's two sides, at all levels, reported.
    """
    path = tmp_path / "values.csv"
    path.write_text("\n".join(",".join(f'"{c}"' for c in r) for r in CHESHIRE), encoding="utf-8")
    values = ingest(path)
    assert values.report.layout == "effective-ineffective"
    assert _sides(values) == _expected_sides(CHESHIRE)
    said = values.report.to_frame().message
    assert said.str.contains("read as each row's two sides, at all levels").sum() == 1
    rows = _hse(["Competency", "Positive manager behaviour", "Negative manager behaviour"])
    wb = Workbook()
    for cells in rows:
        wb.active.append(cells)
    wb.save(tmp_path / "hse.xlsx")
    hse = ingest(tmp_path / "hse.xlsx")
    assert [lv["name"] for lv in to_dict(hse.framework)["levels"]] == ["All levels"]
    assert _sides(hse) == _expected_sides(rows)


def test_a_level_column_beside_the_two_sides_gives_each_rows_level(tmp_path):
    header = ["Competency", "Level", "Positive manager behaviour", "Negative manager behaviour"]
    rows = _hse(header)
    wb = Workbook()
    for cells in rows:
        wb.active.append(cells)
    wb.save(tmp_path / "hse.xlsx")
    result = ingest(tmp_path / "hse.xlsx")
    assert _sides(result) == _expected_sides(rows, "Manager")


@pytest.mark.parametrize("source", ["cheshire", "hse"])
def test_a_long_sheet_with_no_level_column_reads_every_statement_at_all_levels(tmp_path, source):
    """Was refused ("no column names a level"), a hint no user could give: the framework has
    no levels. A row per statement, its competency and side: each at "All levels", reported.
    """
    wide = CHESHIRE if source == "cheshire" else _hse(["Competency", "Positive", "Negative"])
    marks = ("I will", "I won't") if source == "cheshire" else ("Positive", "Negative")
    rows = [["Value" if source == "cheshire" else "Competency", "Behaviour", "Type"]]
    for name, *cells in wide[1:]:
        for cell, mark in zip(cells, marks, strict=True):
            rows += [[name, line.removeprefix("- "), mark] for line in cell.splitlines()]
    wb = Workbook()
    for cells in rows:
        wb.active.append(cells)
    wb.save(tmp_path / "long.xlsx")
    result = ingest(tmp_path / "long.xlsx")
    assert result.report.layout == "long"
    assert _sides(result) == _expected_sides(wide)
    said = result.report.to_frame().message
    assert said.str.contains("no column gives a level: every statement read at 'All levels'").any()


def test_a_column_of_short_names_each_shared_by_several_competencies_is_their_group(tmp_path):
    """Was reported as not read ("one text per competency"): HSE's "Stressor area" over its
    management competencies, hackfleisch's "Department" (company, engineering) over its own.
    """
    data = yaml.safe_load((CORPUS / "hse-stress-competencies.yaml").read_text(encoding="utf-8"))
    areas = {g["id"]: g["name"] for g in data["groups"]}
    hse = [["Stressor area", "Competency", "Behaviour"]] + [
        [areas[c["group"]], c["name"], i["text"]]
        for c in data["competencies"][:6]
        for i in c["indicators"][:2]
    ]
    design = (
        "System Design and Architecture",
        "",
        [
            ["Understands the basics of system components, APIs, and design patterns."],
            ["Designs simple systems independently, considering scalability and maintainability."],
            ["Architects complex systems and anticipates edge cases, scale issues, and "
             "integration complexities."],
            ["Leads architecture for large systems or platforms and mentors others in system "
             "design."],
        ],
    )  # fmt: skip
    depts = [("company", HACK[0]), ("company", HACK[1]), ("engineering", design)]
    hack = [["Department", "Competency", "Level", "Behaviour"]] + [
        [dept, name, level, line]
        for dept, (name, _, cells) in depts
        for level, cell in zip(HACK_LEVELS, cells, strict=True)
        for line in cell
    ]
    for name, rows in (("hse", hse), ("hack", hack)):
        wb = Workbook()
        for cells in rows:
            wb.active.append(cells)
        wb.save(tmp_path / f"{name}.xlsx")
        doc = to_dict(ingest(tmp_path / f"{name}.xlsx").framework)
        groups = {g["id"]: g["name"] for g in doc.get("groups", [])}
        got = {c["name"]: groups.get(c.get("group")) for c in doc["competencies"]}
        assert got == {r[1]: r[0] for r in rows[1:]}, name


def test_a_column_of_codes_on_some_competencies_rows_is_no_group(tmp_path):
    """compkit's own CSV table of statements ingested: its "repair_kind" column
    ("joined-wrapped-lines" on a few competencies' rows) named groups (the integration sweep).
    """
    data = yaml.safe_load((CORPUS / "hse-stress-competencies.yaml").read_text(encoding="utf-8"))
    rows = [["Competency", "Behaviour", "repair_kind"]]
    for k, c in enumerate(data["competencies"][:6]):
        for i in c["indicators"][:2]:
            rows.append([c["name"], i["text"], ["joined-wrapped-lines", "", "split-list"][k % 3]])
    for name, grid in (
        ("kinds", rows),
        ("codes", [[*r[:2], r[2] or "joined-lines"] for r in rows]),
    ):
        wb = Workbook()
        for cells in grid:
            wb.active.append(cells)
        wb.save(tmp_path / f"{name}.xlsx")
        doc = to_dict(ingest(tmp_path / f"{name}.xlsx").framework)
        assert not doc.get("groups"), name


def test_a_cover_sheet_before_the_competencies_sheets_does_not_hide_their_levels(tmp_path):
    levels, comps = _unidays()
    path = _workbook(tmp_path / "unidays.xlsx", levels, comps)
    wb = load_workbook(path)
    cover = wb.create_sheet("Read me", 0)
    cover.append(["How to use this workbook"])
    cover.append(["Find your level in each sheet.", "Talk it through with your lead."])
    wb.save(path)
    result = ingest(path)
    assert cells_by_name(to_dict(result.framework)) == _expected(levels, comps)
    said = result.report.to_frame().message
    assert said.str.contains("sheet 'Read me' not read as the framework").any()


@pytest.mark.parametrize(
    ("source", "header"),
    [("hse", "Positive / Negative"), ("cheshire", "Effective/Ineffective")],
)
def test_a_column_headed_by_both_sides_marks_each_rows_side(tmp_path, source, header):
    """Was reported as not read, every statement left effective (HSE: 57 of 124 are not)."""
    wide = CHESHIRE if source == "cheshire" else _hse(["Competency", "Positive", "Negative"])
    marks = ("I will", "I won't") if source == "cheshire" else ("Positive", "Negative")
    rows = [["Competency", "Behaviour", header]]
    for name, *cells in wide[1:]:
        for cell, mark in zip(cells, marks, strict=True):
            rows += [[name, line.removeprefix("- "), mark] for line in cell.splitlines()]
    path = tmp_path / "long.csv"
    path.write_text("\n".join(",".join(f'"{c}"' for c in r) for r in rows), encoding="utf-8")
    assert _sides(ingest(path)) == _expected_sides(wide)


def test_an_old_excel_file_is_refused_with_advice_for_excel(tmp_path):
    """Said "save it as .xlsx from Word or Excel": an .xls file is Excel's."""
    path = tmp_path / "matrix.xls"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504))
    with pytest.raises(
        Exception,
        match=r"Excel 97-2003 \(\.xls\) files are not supported; "
        r"save it as \.xlsx from Excel and ingest that",
    ):
        ingest(path)
