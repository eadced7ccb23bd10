"""The levels hint on sheets, and competencies described at a band of levels (probe 11, sheets).

Sources, rebuilt word for word as the workbooks, CSV files and Markdown a user would have:

- BIICF (Brunei), "Communication" soft-skill competency, Basic / Intermediate / Advanced /
  Expert (https://www.biicf.bn/soft-skill-competencies/communication/, public web page);
- SIDC (Securities Industry Development Corporation, Malaysia), "Communication", "Level 1 -
  Awareness" ... "Level 5 - Expert" (https://cms.sidc.com.my/competency/48/2, public web page);
- the European e-Competence Framework 3.0 (CEN CWA 16234-1:2014, freely published by CEN),
  four competences' level descriptions e-1 ... e-5, blank outside each one's band;
- SFIA 8 (the SFIA Foundation's workbook ``sfia-8_en_220221.xlsx``, read but not copied: its
  licence restricts copies); the fixture in its shape is self-written.

Measured on the real files (``/tmp/s11/sheets``): BIICF's wide workbook with ``levels``
Intermediate and Advanced read 16 statements at 4 levels (now 9 at 2, Basic and Expert reported
not read); SIDC's 15 at 5 (now 6 at 2); their long CSVs read every level, the left-out ones
ranked after those given (Basic after Advanced), where the Markdown of the same framework is
refused: now refused alike. The whole e-CF 3.0 (40 competences, 106 statements) and SFIA 8
without its "Levels" columns (121 skills, 1,744 statements) now get one report entry saying
every competency is blank outside one band, and what reads those cells as undefined.
"""

from __future__ import annotations

import csv
import itertools

import pytest

import compkit
from compkit.framework import to_dict
from compkit.ingest import IngestError

BIICF = {
    "Basic": [
        "Appropriately express one’s own opinion.",
        "Listen closely to the message being delivered.",
        "Wait until the speaker has ended the intended message before responding.",
        "Accurately report mistakes, errors and unintended outcomes without glossing over what "
        "went wrong.",
    ],
    "Intermediate": [
        "Ask open ended questions that encourage others to give their point of view.",
        "Check understanding by stating what he/she understands of the message and asking the "
        "speaker to verify or clarify.",
        "Show respect for the opinion of others.",
        "Adapt communication (vocabulary, pace, etc.) for the audience.",
    ],
    "Advanced": [
        "Refrain from immediate judgement and criticism of others’ ideas delivering criticism in "
        "a way that demonstrates sensitivity to the feelings of others.",
        "Stand firm when presenting own ideas yet is flexible in listening to and accepting "
        "others’ input.",
        "Help the other person to vent anger and negative emotions.",
        "Encourage the open expression of dissent and contrary viewpoints.",
        "Alert appropriate parties upon the discovery of potential problems, ensuring no "
        "surprises.",
    ],
    "Expert": [
        "Create a climate that promotes the free flow of communication in own team, department "
        "and organisation.",
        "Communicate effectively across all functions and levels of the organisation.",
        "Being sensitive to individual or group communication patterns and work to overcome "
        "dysfunctional behaviour, if necessary.",
    ],
}
SIDC = {
    "Level 1 - Awareness": [
        "Recognise the importance of conveying ideas clearly.",
        "Listen actively and objectively to respond appropriately.",
        "Recognise the different media for communication.",
    ],
    "Level 2 - Knowledge": [
        "Convey information and facts in a logical manner.",
        "Listen and respond to others perspective and demonstrate openness to new ideas.",
        "Identify appropriate media and methods to communicate and interact effectively.",
    ],
    "Level 3 - Skill": [
        "Convey ideas and information in a clear and concise manner that is easily understood "
        "by the intended audience.",
        "Listen empathetically to co-workers and clients to gain a better understanding of what "
        "they are saying.",
        "Identify the most appropriate media and tailor communication style and delivery method "
        "accordingly.",
    ],
    "Level 4 - Mastery": [
        "Simplify and communicate complex or technical information in order to gain shared "
        "understanding from a wide range of audiences.",
        "Encourage open expression of ideas to promote exchange of ideas and foster an "
        "atmosphere of open communication.",
        "Promote dialogue and shared understanding with diverse audiences through use of "
        "different media and approaches.",
    ],
    "Level 5 - Expert": [
        "Communicate visionary/abstract ideas and concepts to lead, inspire or influence others "
        "to take appropriate actions.",
        "Anticipate needs and reaction of others and modify communication approach and responses "
        "to address them.",
        "Formulate strategies to choose appropriate media, channel and format to suit the "
        "intended audience.",
    ],
}
#: (framework, the levels a user names: the middle of the run)
CASES = [(BIICF, ["Intermediate", "Advanced"]), (SIDC, ["Level 2 - Knowledge", "Level 3 - Skill"])]


def _wide(tmp_path, fw):
    openpyxl = pytest.importorskip("openpyxl")
    book = openpyxl.Workbook()
    book.active.append(["Competency", *fw])
    book.active.append(["Communication", *("\n".join(items) for items in fw.values())])
    path = tmp_path / "wide.xlsx"
    book.save(path)
    return path


def _long(tmp_path, fw):
    path = tmp_path / "long.csv"
    with path.open("w", newline="", encoding="utf-8") as f:
        out = csv.writer(f)
        out.writerow(["Competency", "Proficiency Level", "Behavioural Indicator"])
        out.writerows(["Communication", lv, t] for lv, items in fw.items() for t in items)
    return path


def _read(result) -> dict[str, list[str]]:
    doc = to_dict(result.framework)
    names = {lv["id"]: lv["name"] for lv in doc["levels"]}
    out: dict[str, list[str]] = {names[k]: [] for k in names}
    for comp in doc["competencies"]:
        for ind in comp["indicators"]:
            out[names[ind["level"]]].append(ind["text"])
    return out


@pytest.mark.parametrize(("fw", "given"), CASES)
def test_levels_naming_some_of_a_run_of_level_columns_read_only_those(tmp_path, fw, given):
    result = compkit.ingest(_wide(tmp_path, fw), levels=given)
    assert _read(result) == {name: fw[name] for name in given}  # was every level's column
    unused = [e.message for e in result.report.notes if e.kind == "unused"]
    left = [name for name in fw if name not in given]
    for name in left:
        assert any(m.startswith(f"column {name!r}") and "levels given" in m for m in unused)


@pytest.mark.parametrize(("fw", "given"), CASES)
def test_levels_leaving_out_a_level_of_a_long_sheet_are_refused_as_in_a_document(
    tmp_path, fw, given
):
    with pytest.raises(IngestError, match="leave out") as caught:  # was read, out of order
        compkit.ingest(_long(tmp_path, fw), levels=given)
    left = [name for name in fw if name not in given]
    assert str(caught.value).endswith(
        f"the levels given ({', '.join(map(repr, given))}) leave out "
        + ", ".join(map(repr, left))
        + ", levels the sheet's level column names; expected every level it names, lowest first"
    )
    every = compkit.ingest(_long(tmp_path, fw), levels=list(fw))  # every level named: read
    assert _read(every) == fw


def test_the_markdown_of_the_same_framework_is_refused_alike(tmp_path):
    path = tmp_path / "biicf.md"
    path.write_text(
        "# Communication\n\n"
        + "".join(
            f"## {lv}\n\n" + "".join(f"- {t}\n" for t in v) + "\n" for lv, v in BIICF.items()
        ),
        encoding="utf-8",
    )
    with pytest.raises(IngestError, match="leave out 'Basic'"):
        compkit.ingest(path, levels=["Intermediate", "Advanced"])
    with pytest.raises(IngestError, match="leave out 'Basic', 'Expert'"):
        compkit.ingest(_long(tmp_path, BIICF), levels=["Intermediate", "Advanced"])


def test_a_sheet_per_competency_with_some_levels_named_keeps_its_shape(tmp_path):
    """Was read as all four levels; with the tables' change alone, as a wide sheet of four
    competencies named by Basic's statements."""
    openpyxl = pytest.importorskip("openpyxl")
    book = openpyxl.Workbook()
    book.remove(book.active)
    for name in ("Communication", "Listening"):
        sheet = book.create_sheet(name)
        sheet.append([name])
        sheet.append(list(BIICF))
        for row in itertools.zip_longest(*BIICF.values()):
            sheet.append(list(row))
    book.save(tmp_path / "sheets.xlsx")
    result = compkit.ingest(tmp_path / "sheets.xlsx", levels=["Intermediate", "Advanced"])
    assert result.report.layout == "level-columns"
    doc = to_dict(result.framework)
    assert [c["name"] for c in doc["competencies"]] == ["Communication", "Listening"]
    assert _read(result) == {lv: BIICF[lv] * 2 for lv in ("Intermediate", "Advanced")}
    unused = [e.message for e in result.report.notes if e.kind == "unused"]
    assert sum("levels given" in m for m in unused) == 4  # Basic and Expert, on each sheet


ECF = ["Level e-1", "Level e-2", "Level e-3", "Level e-4", "Level e-5"]
ECF_ROWS = [
    [
        "A.06. Application Design",
        "Contributes to the design and general functional specification and interfaces.",
        "Organises the overall planning of the design of the application.",
        "Accounts for own and others actions in ensuring that the application is correctly "
        "integrated within a complex environment and complies with user / customer needs.",
        None,
        None,
    ],
    [
        "D.10. Information and Knowledge Management",
        None,
        None,
        "Analyses business processes and associated information requirements and provides the "
        "most appropriate information structure.",
        "Integrates the appropriate information structure into the corporate environment.",
        "Correlates information and knowledge to create value for the business. Applies "
        "innovative solutions based on information retrieved.",
    ],
    [
        "E.09. IS Governance",
        None,
        None,
        None,
        "Provides leadership for IS governance strategy by communicating, propagating and "
        "controlling relevant processes across the entire ICT infrastructure.",
        "Defines and aligns the IS governance strategy incorporating it into the organisation’s "
        "corporate governance strategy. Adapts the IS governance strategy to take into account "
        "new significant events arising from legal, economic, political, business, "
        "technological or environmental issues.",
    ],
]
#: SFIA's shape (self-written text): "Level N description" columns, each skill at a band
SFIA = [f"Level {n} description" for n in range(1, 8)]
SFIA_ROWS = [
    ["Strategic planning", None, None, None, None, "Collates plans.", "Sets plans.", "Leads."],
    ["Testing", None, "Runs tests.", "Designs tests.", "Leads tests.", "Sets policy.", None, None],
    ["Database design", None, "Writes schemas.", "Designs schemas.", "Reviews.", None, None, None],
]


def _sheet(tmp_path, head, rows, name="bands.xlsx"):
    openpyxl = pytest.importorskip("openpyxl")
    book = openpyxl.Workbook()
    book.active.append(head)
    for row in rows:
        book.active.append(row)
    book.save(tmp_path / name)
    return tmp_path / name


def _bands(result) -> list[str]:
    return [e.message for e in result.report.notes if "band of levels" in e.message]


@pytest.mark.parametrize(
    ("head", "rows", "example"),
    [
        (["e-Competence", *ECF], ECF_ROWS, "'A.06. Application Design' at Level e-1 to Level e-3"),
        (["Skill", *SFIA], SFIA_ROWS, "'Strategic planning' at Level 5 to Level 7"),
    ],
)
def test_blank_cells_outside_each_competencys_band_are_named_with_the_hint(
    tmp_path, head, rows, example
):
    result = compkit.ingest(_sheet(tmp_path, head, rows))
    assert _bands(result) == [
        f"3 of 3 competencies are described at a band of levels only, their cells blank outside "
        f"it (e.g. {example}): read as empty; if the publisher defines them there only, give "
        "--blank-cells undefined (blank_cells='undefined')"
    ]
    assert not any(c.get("undefined") for c in result.document["competencies"])
    told = compkit.ingest(_sheet(tmp_path, head, rows), blank_cells="undefined")
    assert _bands(told) == []
    blanks = sum(r.count(None) for r in rows)
    assert sum(len(c.get("undefined", [])) for c in told.document["competencies"]) == blanks


def test_a_blank_inside_a_band_or_a_lone_band_is_not_called_one(tmp_path):
    gap = [r[:] for r in ECF_ROWS]
    gap[1][4] = None  # D.10 blank at e-4, between e-3 and e-5: a gap, maybe a slip
    assert _bands(compkit.ingest(_sheet(tmp_path, ["e-Competence", *ECF], gap))) == []
    full = [[r[0], *(r[1:] if i else ["x."] * 5)] for i, r in enumerate(ECF_ROWS)]
    one = [full[0], *[[r[0], *(c or "Does it." for c in r[1:])] for r in full[1:]]]
    one[0][5] = None  # one competency's top cell blank: a slip or "as before", not a band
    assert _bands(compkit.ingest(_sheet(tmp_path, ["e-Competence", *ECF], one, "one.xlsx"))) == []


@pytest.mark.parametrize(
    ("head", "rows", "given", "read"),
    [  # was "no competency framework found", and "no column names a level"
        (["e-Competence", *ECF], ECF_ROWS, ["e-4", "e-5"], ["Level e-4", "Level e-5"]),
        (["Skill", *SFIA], SFIA_ROWS, ["Level 5", "Level 6"], ["Level 5", "Level 6"]),
    ],
)
def test_levels_named_without_the_headers_level_word_or_tail(tmp_path, head, rows, given, read):
    result = compkit.ingest(_sheet(tmp_path, head, rows), levels=given)
    cols = [next(k for k, h in enumerate(head) if h.startswith(name)) for name in read]
    assert _read(result) == {
        name: [r[k] for r in rows if r[k]] for name, k in zip(read, cols, strict=True)
    }


#: ALTE "Study typical abilities" (http://www.alte.org/can_do/study.php, public web page):
#: levels down the first column, highest first, a skill area a column
ALTE = [
    ["LEVELS", "Listening/Speaking", "Reading", "Writing"],
    [
        "C2\nLevel 5",
        "CAN understand jokes, colloquial asides and cultural allusions.",
        "CAN access all sources of information quickly and reliably.",
        "CAN make accurate and complete notes during the course of a lecture, seminar or tutorial.",
    ],
    [
        "C1\nLevel 4",
        "CAN follow abstract argumentation, for example the balancing of alternatives and the "
        "drawing a conclusion.",
        "CAN read quickly enough to cope with the demands of an academic course.",
        "CAN write an essay which shows ability to communicate, giving few difficulties for the "
        "reader.",
    ],
    [
        "B2\nLevel 3",
        "CAN give a clear presentation on a familiar topic, and answer predictable or factual "
        "questions.",
        "CAN scan tests for relevant information and grasp main point of text.",
        "CAN make simple notes that will be of reasonable use for essay or revision purposes.",
    ],
]
#: Teleport's SRE levels (github.com/gravitational/careers, levels/sre.md, Apache-2.0), two
#: levels and three of its columns, as a CSV export: "Scope" describes each level
SRE = [
    ["Level/Skill", "Scope", "Collaboration", "Security"],
    [
        "1",
        "Takes direction from the team to configure, automate, and troubleshoot internal or "
        "production systems",
        "Works closely with a tech lead, team lead, or manager to execute on defined tasks",
        "- Asks others when unsure of the security implications of their work\n- Follows "
        "internal guidelines and best practices when interacting with the production environment",
    ],
    [
        "2",
        "Delivers solutions to achieve team-level goals",
        "Works with high level guidance from a tech lead, team lead, or manager on initiatives "
        "within a team",
        "- Analyzes and apply security considerations to projects and configuration\n- "
        "Interprets upstream reports or scanner results and understand how vulnerabilities "
        "apply to our work",
    ],
]


def test_a_row_per_level_and_a_column_per_competency(tmp_path):
    """Both were refused ("no competency framework found"); ALTE's levels, printed C2 first,
    are ranked from the lowest."""
    book = _sheet(tmp_path, ALTE[0], ALTE[1:], "alte.xlsx")
    result = compkit.ingest(book)
    doc = to_dict(result.framework)
    assert [c["name"] for c in doc["competencies"]] == ALTE[0][1:]
    assert [(lv["name"], lv["rank"]) for lv in doc["levels"]] == [
        ("B2 Level 3", 1),
        ("C1 Level 4", 2),
        ("C2 Level 5", 3),
    ]
    want = {" ".join(r[0].split()): [r[1]] for r in ALTE[1:]}
    assert {k: v[:1] for k, v in _read(result).items()} == want
    assert len(result.framework.indicators) == 9
    path = tmp_path / "sre.csv"
    with path.open("w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows(SRE)
    sre = to_dict(compkit.ingest(path).framework)
    assert [c["name"] for c in sre["competencies"]] == ["Collaboration", "Security"]
    assert [lv["description"] for lv in sre["levels"]] == [SRE[1][1], SRE[2][1]]
    security = [i["text"] for i in sre["competencies"][1]["indicators"]]
    assert security == [t[2:] for r in SRE[1:] for t in r[3].split("\n")]


def test_levels_printed_highest_first_in_a_long_sheet_are_ranked_from_the_lowest(tmp_path):
    """A competence framework's "Proficiency Levels" (360docs.net/doc/8b16956415.html), Expert
    down to Awareness, read Expert as the lowest level."""
    path = tmp_path / "levels.csv"
    names = ["Expert", "Advanced", "Intermediate", "Basic", "Awareness"]
    with path.open("w", newline="", encoding="utf-8") as f:
        out = csv.writer(f)
        out.writerow(["Competency", "Proficiency Level", "Description"])
        out.writerows(["Written Communication", n, f"Writes at {n}."] for n in names)
    result = compkit.ingest(path)
    ranks = {lv["name"]: lv["rank"] for lv in to_dict(result.framework)["levels"]}
    assert ranks == {n: 5 - k for k, n in enumerate(names)}
    assert any("printed highest first" in e.message for e in result.report.notes)
    given = compkit.ingest(path, levels=names)  # the user's order stands
    assert [lv["name"] for lv in to_dict(given.framework)["levels"]] == names


def test_a_legend_and_a_source_line_below_the_table_are_notes(tmp_path):
    """A publisher's lines under its matrix were read as competencies (e-CF) or a level (ALTE)
    with every cell blank, each blank cell reported; now each is one note below the table."""
    legend, source = "Legend: e-1 to e-5 relate to EQF levels 3 to 8.", "Source: CEN CWA 16234"
    rows = [*ECF_ROWS, [], [legend], [source]]
    result = compkit.ingest(_sheet(tmp_path, ["e-Competence", *ECF], rows))
    assert len(result.document["competencies"]) == 3
    notes = [e.message for e in result.report.notes]
    assert f"{legend!r} (below the table) is in no statement, name or level" in notes
    assert f"{source!r} (below the table) is in no statement, name or level" in notes
    assert not any(legend in m and "blank" in m for m in notes)
    alte = [*ALTE[1:], ["Note: the CEFR level is given above the ALTE level."]]
    read = compkit.ingest(_sheet(tmp_path, ALTE[0], alte, "alte.xlsx"))
    assert len(to_dict(read.framework)["levels"]) == 3


def test_the_names_own_description_column_beside_an_unnamed_name_column(tmp_path):
    """e-CF's "e-Competence | Description | Level e-1 ...": the header names no competency
    column, so the description column was dropped (40 descriptions reported unread); the NHS
    KSF's "Dimension | Definition | level 1 ..." likewise (NHS Employers' summary of the KSF
    core dimensions, https://docsbay.net/ksf-summary-ksf-core-dimensions)."""
    described = [[r[0], f"About {r[0]}.", *r[1:]] for r in ECF_ROWS]
    ecf = compkit.ingest(_sheet(tmp_path, ["e-Competence", "Description", *ECF], described))
    assert [c["description"] for c in ecf.document["competencies"]] == [
        f"About {r[0]}." for r in ECF_ROWS
    ]
    definition = (
        "This dimension relates to effectively communicating the needs and requirements of "
        "patients, carers, staff and others to provide excellent care and service."
    )
    ksf = [
        "Communication",
        definition,
        "Communicate with a limited range of people on day-to-day matters.",
        "Communicate with a range of people on a range of matters",
        "Develop and maintain communication with people about difficult matters and/or in "
        "difficult situations",
    ]
    head = ["Dimension", "Definition", "level 1", "level 2", "level 3"]
    read = compkit.ingest(_sheet(tmp_path, head, [ksf], "ksf.xlsx"))
    assert read.document["competencies"][0]["description"] == definition
    assert len(read.framework.indicators) == 3


@pytest.mark.parametrize(
    ("names", "title"),
    [  # a data-science ladder's "Dimension | Junior | Mid-level | Senior | Staff | Principal"
        (["Junior", "Mid-level", "Senior", "Staff", "Principal"], "Dimension"),
        # a PM career ladder's CSV: "Junior PM" ... "Staff PM" | "Principal PM"
        (["Junior PM", "Intermediate PM", "Senior PM", "Staff PM", "Principal PM"], "Parameter"),
    ],
)
def test_a_level_column_no_word_list_knows_between_two_levels(tmp_path, names, title):
    """ "Staff" (no level word: "staff" names everyone) between two level columns was left out,
    its cells reported unread: 2 of 10 and 40 of 200 statements lost."""
    rows = [["Delivery", *(f"Delivers at {n}." for n in names)]]
    result = compkit.ingest(_sheet(tmp_path, [title, *names], rows))
    assert [lv["name"] for lv in to_dict(result.framework)["levels"]] == names
    assert len(result.framework.indicators) == 5
