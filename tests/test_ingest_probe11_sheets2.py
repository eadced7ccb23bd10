"""Sheets with a row per level, a group column beside the names, a lone statement column (probe 11).

Sources, rebuilt word for word as the workbooks and CSV files a user would have:

- Rent the Runway's engineering ladder (the public Google Sheet "Software Development/Leadership
  Ladder, multi-track, public", rows 2-7): a band "Dex | Str | Wis | Cha" over the competencies,
  a level a row ("Engineer I (<1-2)") under a blank corner, a NOTES column, paragraphs a cell;
- Teleport's SRE levels (gravitational/careers ``levels/sre.md``, Apache-2.0), a slice, as a
  sheet copied without its "Level/Skill" corner;
- LumApps' product manager ladder (a CSV on GitHub), one row: Category | Parameter |
  Description | Junior PM ... Principal PM;
- the European e-Competence Framework 3.0 (CEN CWA 16234-1:2014, freely published by CEN):
  three PLAN competences and one BUILD, with the e-CF's own areas in a column of their own;
- UNICEF's competency definitions (Cluster | Competency | Definition and behavioural
  indicators), one row;
- the NHS Knowledge and Skills Framework's core dimensions (Department of Health, 2004): the
  level descriptors in a "Core dimension | Level 1 ... Level 4" grid.

Measured on the whole files (``/tmp/s11/sheets2``): Rent the Runway's ladder was refused (14 of
14 statements now, each in its competency and level, its note reported at its level); with
"Level" typed in its corner it was refused too; Teleport SRE without its corner was refused (59
of 59 now). LumApps read 5 categories as competencies, 'Parameter' and 'Description' unread (now
20 competencies in 5 groups, each described, 200 statements).
"""

from __future__ import annotations

import csv

import pytest

import compkit
from compkit.framework import to_dict
from compkit.ingest import IngestError

openpyxl = pytest.importorskip("openpyxl")

RTR_HEAD = ["Technical Skill", "G(et)S(tuff)D(one)", "Impact", "Communication & Leadership"]
RTR = {
    "Engineer I (<1-2)": [
        "Broad knowledge of core CS concepts.\n\nFocus on growing as an engineer, learning "
        "existing tools, resources and processes",
        "Develops their productivity skills by learning source control, editors, the build "
        "system, and other tools as well as testing best practices\n\nCapable of taking "
        "well-defined sub-tasks and completing these tasks",
        "Developing knowledge of a single component of our architecture",
        "Effective in communicating status to the team\n\nExhibits RTR's core values, focuses on "
        "understanding and living these values\n\nAccepts feedback graciously and learns from "
        "everything they do",
        None,
    ],
    "Engineer II (2-6+)": [
        "Writes correct and clean code with guidance; consistently follows stated best "
        "practices\n\nParticipates in technical design of features with guidance",
        "Makes steady progress on tasks; knows when to ask for help in order to get themselves "
        "unblocked",
        "Self-sufficient in at least one large area of the codebase (multiple services in a "
        "pillar, all frontend code related to a main funnel flow) with a high-level "
        "understanding of other components",
        "Gives timely, helpful feedback to peers and managers\n\nCommunicates assumptions and "
        "gets clarification on tasks up front to minimize the need for rework",
        "This is a big role. Listed here are some of the basic requirements.",
    ],
}


def _rtr(tmp_path, corner=None):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Software Development"
    sheet.append([])
    sheet.append([None, "Dex", "Str", "Wis", "Cha"])
    sheet.append([corner, *RTR_HEAD, "NOTES"])
    for level, cells in RTR.items():
        sheet.append([])
        sheet.append([level, *cells])
    book.save(tmp_path / "rtr.xlsx")
    return tmp_path / "rtr.xlsx"


def _read(result) -> dict[tuple[str, str], list[str]]:
    fw = to_dict(result.framework)
    names = {lv["id"]: lv["name"] for lv in fw["levels"]}
    out: dict[tuple[str, str], list[str]] = {}
    for comp in fw["competencies"]:
        for ind in comp["indicators"]:
            out.setdefault((comp["name"], names[ind["level"]]), []).append(ind["text"])
    return out


def _names(result, part: str) -> list[str]:
    return [x["name"] for x in to_dict(result.framework)[part]]


@pytest.mark.parametrize("corner", [None, "Level"])
def test_a_ladder_with_a_level_a_row_reads_every_statement_in_its_place(tmp_path, corner):
    result = compkit.ingest(_rtr(tmp_path, corner))
    read = _read(result)
    assert _names(result, "competencies") == RTR_HEAD  # NOTES is none
    assert _names(result, "levels") == list(RTR)
    for level, cells in RTR.items():
        for name, cell in zip(RTR_HEAD, cells, strict=False):
            assert read[(name, level)] == cell.split("\n\n")
    assert sum(map(len, read.values())) == 14
    unused = [e.message for e in result.report.notes if e.kind == "unused"]
    assert any("'NOTES' at level 'Engineer II (2-6+)'" in m and "big role" in m for m in unused)
    assert any("Dex | Str | Wis | Cha" in m for m in unused)


#: Teleport SRE (Apache-2.0), levels 1 to 3 of three skills, its corner cell left blank
SRE_HEAD = ["Scope", "Collaboration", "Skills Development"]
SRE = {
    "1": [
        "Takes direction from the team to configure, automate, and troubleshoot internal or "
        "production systems",
        "Works closely with a tech lead, team lead, or manager to execute on defined tasks",
        "Primarily focus on improving and gaining exposure as an engineer",
    ],
    "2": [
        "Delivers solutions to achieve team-level goals",
        "Works with high level guidance from a tech lead, team lead, or manager on initiatives "
        "within a team",
        "Increasingly developing in some areas and leveraging existing skills",
    ],
    "3": [
        "Independently identifies and delivers solutions across the team",
        "Works primarily with a team and contributes to cross-team initiatives",
        "Begins to focus on developing a combination of skills",
    ],
}


def test_a_row_per_level_under_a_blank_corner(tmp_path):
    book = openpyxl.Workbook()
    book.active.append([None, *SRE_HEAD])
    for level, cells in SRE.items():
        book.active.append([level, *cells])
    book.save(tmp_path / "sre.xlsx")
    result = compkit.ingest(tmp_path / "sre.xlsx")
    read = _read(result)
    assert _names(result, "levels") == [f"Level {n}" for n in SRE]  # as bare numbers read
    assert _names(result, "competencies") == SRE_HEAD[1:]  # "Scope" describes each level
    for lv, (scope, *texts) in SRE.items():
        assert [read[(n, f"Level {lv}")] for n in SRE_HEAD[1:]] == [[t] for t in texts]
        level = next(x for x in to_dict(result.framework)["levels"] if x["name"] == f"Level {lv}")
        assert level["description"] == scope
    assert "column 1 (no header)" in result.report.reasons[0]


def test_names_in_the_first_column_under_a_blank_corner_are_no_levels(tmp_path):
    book = openpyxl.Workbook()
    book.active.append([None, *SRE_HEAD])
    book.active.append(["Coding", *SRE["1"]])
    book.active.append(["Testing", *SRE["2"]])
    book.save(tmp_path / "skills.xlsx")
    with pytest.raises(IngestError, match="no header row names"):
        compkit.ingest(tmp_path / "skills.xlsx")


def test_a_table_naming_its_levels_by_id_is_no_ladder(tmp_path):
    """compkit's own findings table (``compkit check -o x.csv``) has a 'level' column of ids
    and sentence columns beside it: a table of data, refused as before, not a ladder of rows."""
    head = ["code", "name", "severity", "level", "message"]
    rows = [
        ["C001", "repeated-at-higher-level", "warning", "mid-level-engineer-what-to",
         "repeats the Junior level engineer statement and adds nothing at all"],
        ["C002", "restated-at-higher-level", "warning", "junior-level-engineer-what-to",
         "restates the Trainee level engineer statement and extends it a little"],
    ]  # fmt: skip
    with (tmp_path / "findings.csv").open("w", newline="") as f:
        csv.writer(f).writerows([head, *rows])
    with pytest.raises(IngestError, match="no statement column"):
        compkit.ingest(tmp_path / "findings.csv")


PM_LEVELS = ["Junior PM", "Intermediate PM", "Senior PM", "Staff PM", "Principal PM"]
PM_ROWS = [
    [
        "Impact & Influence",
        "Time Horizon for Impact",
        "The time scale at which you plan and deliver outcomes.",
        "Focuses on short-term goals (days to weeks); learns how work contributes to team output.",
        "Works toward medium-term outcomes (quarter-level); aligns individual output with team "
        "goals.",
        "Operates on long-term goals (quarters+); focuses on sustained impact and legacy.",
        "Sets direction for the year ahead.",  # self-written: the last two cells are not quoted
        "Sets direction for years ahead.",
    ],
    [
        "Impact & Influence",
        "Leadership",
        "How you lead and influence others toward shared goals.",
        "Demonstrates ownership of tasks and begins influencing peers through reliability and "
        "positive collaboration.",
        "Provides informal leadership by guiding peers and supporting alignment in small "
        "initiatives.",
        "Provides clear direction and guidance within the team; sets standards others follow.",
        "Leads initiatives across teams.",
        "Shapes strategy and inspires alignment.",
    ],
]
ECF_AREAS = [
    ["A. PLAN", "A.01. IS and Business Strategy Alignment", "Anticipates long term business "
     "requirements.", None, None, None, "Provides leadership for the construction and "
     "implementation of long term innovative IS solutions.", "Provides IS strategic leadership "
     "to reach consensus and commitment from the management team of the enterprise."],
    ["A. PLAN", "A.02. Service Level Management", "Defines, validates and makes applicable "
     "service level agreements (SLAs) and underpinning contracts for services offered.", None,
     None, "Ensures the content of the SLA.", "Negotiates revision of SLAs, in accordance with "
     "the overall objectives. Ensures the achievement of planned results.", None],
    ["A. PLAN", "A.03. Business Plan Development", "Addresses the design and structure of a "
     "business or product plan.", None, None, "Exploits specialist knowledge to provide "
     "analysis of market environment etc.", None, None],
]  # fmt: skip


@pytest.mark.parametrize(
    ("head", "rows", "groups"),
    [
        (["Category", "Parameter", "Description", *PM_LEVELS], PM_ROWS, {"Impact & Influence"}),
        (
            ["e-Competence area", "e-Competence", "Description"]
            + [f"Level e-{n}" for n in range(1, 6)],
            ECF_AREAS,
            {"A. PLAN"},
        ),
    ],
)
def test_a_group_column_beside_the_names_and_their_description(tmp_path, head, rows, groups):
    path = tmp_path / "ladder.csv"
    with path.open("w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows([head, *rows])
    result = compkit.ingest(path)
    fw = to_dict(result.framework)
    assert [c["name"] for c in fw["competencies"]] == [r[1] for r in rows]
    assert [c["description"] for c in fw["competencies"]] == [r[2] for r in rows]
    assert {g["name"] for g in fw["groups"]} == groups
    said = sum(bool(t) for r in rows for t in r[3:])
    assert sum(len(c["indicators"]) for c in fw["competencies"]) == said
    assert not [e for e in result.report.notes if "not read" in e.message]


def test_a_lone_statement_column_is_hinted_with_text_from(tmp_path):
    path = tmp_path / "unicef.csv"
    with path.open("w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows(
            [
                ["Cluster", "Competency", "Definition and behavioural indicators"],
                ["CORE VALUES", "Integrity", "Maintains high ethical standards;\nkeeps promises"],
            ]
        )
    with pytest.raises(IngestError, match="no column names a level") as caught:
        compkit.ingest(path)
    assert "text_from='Definition and behavioural indicators'" in str(caught.value)
    assert "levels=" not in str(caught.value)
    read = compkit.ingest(path, text_from="Definition and behavioural indicators")
    assert _names(read, "competencies") == ["Integrity"]


def test_a_lone_level_column_is_still_hinted_with_levels(tmp_path):
    path = tmp_path / "hse.csv"
    with path.open("w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows([["Competency", "Manager"], ["Respectful", "Is honest."]])
    with pytest.raises(IngestError, match=r"levels=\['Manager'\]"):
        compkit.ingest(path)


KSF = [
    ["1 Communication", "Communicate with a limited range of people on day-to-day matters",
     "Communicate with a range of people on a range of matters",
     "Develop and maintain communication with people about difficult matters and/or in "
     "difficult situations",
     "Develop and maintain communication with people on complex matters, issues and ideas "
     "and/or in complex situations"],
    ["2 Personal and people development", "Contribute to own personal development",
     "Develop own skills and knowledge and provide information to others to help their "
     "development", "Develop oneself and contribute to the development of others",
     "Develop oneself and others in areas of practice"],
]  # fmt: skip


@pytest.mark.parametrize("corner", ["Core dimension", "Core competency"])
def test_a_names_column_headed_by_a_level_word_and_what_the_rows_are(tmp_path, corner):
    book = openpyxl.Workbook()
    book.active.append([corner, "Level 1", "Level 2", "Level 3", "Level 4"])
    for row in KSF:
        book.active.append(row)
    book.save(tmp_path / "ksf.xlsx")
    result = compkit.ingest(tmp_path / "ksf.xlsx")
    assert _names(result, "levels") == ["Level 1", "Level 2", "Level 3", "Level 4"]
    assert _names(result, "competencies") == [r[0] for r in KSF]
    assert [i["text"] for i in to_dict(result.framework)["competencies"][0]["indicators"]] == (
        KSF[0][1:]
    )
