"""Ingest of more shapes found on real public frameworks, each on a self-written fixture.

Every fixture below is our own wording: American and British text (the language guessed from
the spellings), Markdown whose levels are plain numbered lines ("1 - Novice") under each
competency heading, and a ladder published as one section per level whose sub-headings (the
competencies) repeat under every level.
"""

from __future__ import annotations

import re

import pytest

import compkit
from compkit.ingest.language import guess_language


def _ingest(tmp_path, name: str, text: str, **hints):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return compkit.ingest(path, **hints)


def _notes(result, word: str) -> list:
    return [n for n in result.report.notes if word in n.message]


# -- the language, from the spellings ----------------------------------------------------------

AMERICAN = """\
Competency,Level,Behavior
Planning,1,Organizes their own work and analyzes the behavior of the program.
Planning,2,Prioritizes the work of the center and the organization.
Teamwork,1,Recognizes the labor of others and is honored to help.
Teamwork,2,Models the behaviors the organization values.
"""

BRITISH = AMERICAN.replace("Organizes", "Organises").replace("analyzes", "analyses")
BRITISH = BRITISH.replace("behavior", "behaviour").replace("program.", "programme.")
BRITISH = BRITISH.replace("Prioritizes", "Prioritises").replace("center", "centre")
BRITISH = BRITISH.replace("organization", "organisation").replace("Recognizes", "Recognises")
BRITISH = BRITISH.replace("labor", "labour").replace("honored", "honoured")


def test_american_text_is_read_as_en_us(tmp_path):
    result = _ingest(tmp_path, "us.csv", AMERICAN)
    assert result.document["language"] == "en-US"
    (note,) = _notes(result, "language")
    assert note.message.startswith("language en-US guessed from American spellings")
    assert "organization ×2" in note.message
    assert "give --language to override" in note.message
    assert note.confidence >= 0.8


def test_british_text_is_read_as_en_gb(tmp_path):
    result = _ingest(tmp_path, "gb.csv", BRITISH)
    assert result.document["language"] == "en-GB"
    (note,) = _notes(result, "language")
    assert "British spellings" in note.message
    assert "American none" in note.message


def test_the_language_hint_overrides_the_guess(tmp_path):
    result = _ingest(tmp_path, "us.csv", AMERICAN, language="en-GB")
    assert result.document["language"] == "en-GB"
    assert not _notes(result, "language en-")


def test_the_guess_feeds_the_checker(tmp_path):
    """An en-US framework's American spellings are not flagged against British ones."""
    result = _ingest(tmp_path, "us.csv", AMERICAN)
    report = compkit.check(result.framework)
    assert not any(f.code == "T005" and "behavior" in f.message.lower() for f in report.findings)


@pytest.mark.parametrize(
    ("texts", "tag", "oxford"),
    [
        (["Organizes the program and analyzes behavior in the center"], "en-US", False),
        (["Organises the programme and analyses behaviour in the centre"], "en-GB", False),
        (["Organizes work, analyses behaviour, visits the centre"], "en-GB", True),
        (["Fulfills every request; traveling to defense centers"], "en-US", False),
    ],
)
def test_spelling_families(texts, tag, oxford):
    guess = guess_language(texts)
    assert (guess.tag, guess.oxford) == (tag, oxford)


def test_words_spelt_alike_are_no_evidence():
    """-ise words of both Englishes, -or words with no -our form, and size are not evidence."""
    guess = guess_language(
        [
            "Advise on the exercise; surprise the senior author; size up errors; a glamorous, humorous job"
        ]
    )
    assert (guess.british, guess.american) == ({}, {})
    assert guess.confidence == 0.3
    assert "assumed" in guess.describe()


def test_mixed_spellings_are_a_low_confidence_guess():
    guess = guess_language(["Organises, recognises and utilises; organizes the behavior"])
    assert guess.mixed
    assert guess.confidence < 0.7
    assert "mixed spellings" in guess.describe()


# -- plain numbered level lines ------------------------------------------------------------------

NUMBERED_LEVELS = """\
# Engineering skills

# Reviewing code
Reading and improving each other's changes.

Level\tWhat we look for
0 - None
1 - Novice
Reads a review before merging
Asks why a change was requested
2 - Intermediate
Reviews small changes on time
3 - Advanced
Reviews designs as well as code
Teaches others to review

# Testing
Writing tests that are worth keeping.

Level\tWhat we look for
0 - None
1 - Novice
Runs the tests before pushing
2 - Intermediate
Writes tests first
Keeps the suite fast
3 - Advanced
Chooses the right kind of test for each part
"""


def _cells(result) -> list[tuple[str, str, str]]:
    return [
        (c["name"], i["level"], i["text"])
        for c in result.document["competencies"]
        for i in c["indicators"]
    ]


def test_numbered_level_lines_are_levels(tmp_path):
    # since the nineteenth round the number is the source's numbering of the level, kept in
    # its source, not its name ("1 - Novice" is "Novice", number 1; .levelnumbers): ids were
    # "1-novice", ...
    result = _ingest(tmp_path, "skills.md", NUMBERED_LEVELS)
    assert result.framework.level_ids == ("novice", "intermediate", "advanced")
    assert [lv.source.numbers for lv in result.framework.level_records] == [(1,), (2,), (3,)]
    cells = _cells(result)
    assert ("Reviewing code", "novice", "Asks why a change was requested") in cells
    assert ("Reviewing code", "intermediate", "Reviews small changes on time") in cells
    assert ("Testing", "intermediate", "Keeps the suite fast") in cells
    assert len(cells) == 9
    assert any("numbered in order under each of several headings" in n.message
               for n in result.report.notes)  # fmt: skip


def test_numbered_level_lines_in_plain_text(tmp_path):
    lines = NUMBERED_LEVELS.replace("# ", "").splitlines()
    text = "\n".join(line for line in lines if not line.endswith(".") and "\t" not in line)
    result = _ingest(tmp_path, "skills.txt", text)
    assert result.framework.level_ids == ("novice", "intermediate", "advanced")  # see above
    assert [c["name"] for c in result.document["competencies"]] == ["Reviewing code", "Testing"]
    assert len(_cells(result)) == 9


def test_levels_hint_names_numbered_level_lines(tmp_path):
    result = _ingest(
        tmp_path, "skills.md", NUMBERED_LEVELS, levels=["Novice", "Intermediate", "Advanced"]
    )
    assert result.framework.level_ids == ("novice", "intermediate", "advanced")
    assert len(_cells(result)) == 9
    assert any("as told" in n.message and "1 - Novice" in n.message for n in result.report.notes)


def test_numbered_competency_headings_stay_competencies(tmp_path):
    """Numbered lines that appear once each, over bullets, are competencies, not levels."""
    text = (
        "Competencies\n\n1 - Communication\n- Listens well\n- Writes clearly\n\n"
        "2 - Teamwork\n- Shares credit\n\n3 - Delivery\n- Ships on time\n"
    )
    result = _ingest(tmp_path, "plain.txt", text)
    names = [c["name"] for c in result.document["competencies"]]
    assert len(names) == 3
    assert result.framework.level_ids == ("all-levels",)


# -- a ladder published one section per level ----------------------------------------------------

LADDER = """\
# Engineering ladder

## Junior Engineer

### Building (B1)

> Works on tasks of fixed scope.

* **Code**: Writes code that passes review with help.
* **Tests**: Adds tests for the code they change.

### Helping (H1)

* **Teamwork**: Asks for help early.

> **NOTE**
>
> Talk to your manager about your next step.

## Middle I Engineer

### Building (B2)

* **Code**: Writes code that passes review.
* **Tests**: Chooses what to test.

### Helping (H1)

* **Teamwork**: Helps others when asked.

## Senior II Engineer

### Building (B3)

* **Code**: Reviews the code of others.

### Helping (H2)

* **Teamwork**: Mentors newer engineers.
* **Hiring**: Interviews candidates.
"""


LADDER_PLAIN = re.sub(r"\*\*\w+\*\*: ", "", LADDER)


def test_levels_over_repeated_subheadings(tmp_path):
    """Level headings ("Middle I Engineer") over competency headings repeated at every level."""
    result = _ingest(tmp_path, "ladder.md", LADDER_PLAIN)
    fw = result.framework
    assert fw.level_ids == ("junior-engineer", "middle-i-engineer", "senior-ii-engineer")
    assert [c["name"] for c in result.document["competencies"]] == ["Building", "Helping"]
    counts = fw.counts()
    assert counts.loc["building"].tolist() == [2, 2, 1]
    assert counts.loc["helping"].tolist() == [1, 1, 2]
    assert any(
        "read as one name, 'Building'" in n.message and "under 3 others" in n.message
        for n in result.report.notes
    )


def test_bold_lead_ins_name_the_competencies(tmp_path):
    """ "* **Code**: ..." under each level: Code is the competency, the heading its group."""
    result = _ingest(tmp_path, "ladder.md", LADDER)
    doc = result.document
    assert [c["name"] for c in doc["competencies"]] == ["Code", "Tests", "Teamwork", "Hiring"]
    assert [g["name"] for g in doc["groups"]] == ["Building", "Helping"]
    assert result.framework.counts().loc["code"].tolist() == [1, 1, 1]
    first = doc["competencies"][0]["indicators"][0]
    assert first["text"] == "Writes code that passes review with help."
    assert first["source"]["lines"] == [9]
    assert _notes(result, "list items open with a bold name")


def test_a_level_heading_printed_twice_is_a_warning(tmp_path):
    text = LADDER_PLAIN.replace("## Senior II Engineer", "## Middle I Engineer")
    result = _ingest(tmp_path, "ladder.md", text)
    (warning,) = [n for n in result.report.notes if n.kind == "warning"]
    assert "'Middle I Engineer' stands 2 times (lines 20, 31)" in warning.message
    assert len(result.framework.level_ids) == 2


def test_quoted_notes_beside_lists_are_reported_not_read(tmp_path):
    result = _ingest(tmp_path, "ladder.md", LADDER)
    texts = [i["text"] for c in result.document["competencies"] for i in c["indicators"]]
    assert not any("NOTE" in t or "fixed scope" in t for t in texts)
    quoted = _notes(result, "quoted block")
    assert [n.where for n in quoted] == ["line 7", "lines 16-18"]
    assert "Talk to your manager about your next step." in quoted[1].message


def test_subheadings_without_codes_repeat_as_competencies(tmp_path):
    text = LADDER_PLAIN
    for code in ("B1", "B2", "B3", "H1", "H2"):
        text = text.replace(f" ({code})", "")
    result = _ingest(tmp_path, "ladder.md", text)
    assert [c["name"] for c in result.document["competencies"]] == ["Building", "Helping"]
    assert len(result.framework.level_ids) == 3


# -- a PDF table with a row per level and a column per competency --------------------------------

_COLS = (0, 20, 52)


def _layout(*rows: tuple[str, str, str]) -> list[str]:
    """Layout lines (as pypdf's layout text gives them): each piece at its column."""
    out = []
    for row in rows:
        line = ""
        for at, text in zip(_COLS, row, strict=True):
            line = line.ljust(at) + text if text else line
        out.append(line.rstrip())
    return out


BY_ROW = _layout(
    ("", "Skills matrix", ""),
    ("", "", ""),
    ("Level/Skill", "Planning", "Communication"),
    ("", "", ""),
    ("1", "Breaks work into small", "Reports progress.   Ac-"),
    ("", "steps.", "tively asks for feedback."),
    ("", "", ""),
    ("", "Asks for re-", "Writes well-"),
    ("", "views early.", "defined notes."),
    ("", "", ""),
    ("2", "Plans a quarter of work.", "Leads day-to-"),
    ("", "", "day updates."),
    ("3 (by promotion", "Sets the yearly plan.", "Speaks for the team."),
    ("only)", "", ""),
)


def _read_pdf_table(lines: list[str]):
    """The tables found in a PDF page's layout lines, their notes, the statements read
    (competency, level, text) and the draft."""
    from compkit.ingest.documents import read_into
    from compkit.ingest.draft import Draft
    from compkit.ingest.pdftables import find_tables, may_hold_table
    from compkit.ingest.report import IngestReport
    from compkit.ingest.textlines import text_document

    assert may_hold_table([" ".join(line.split()) for line in lines])
    rest, tables, notes = find_tables(lines, 1, "p1")
    draft = Draft(IngestReport("matrix.pdf"))
    read_into(text_document(rest, tables=tables), draft, {})
    got = [(draft.competencies[s.competency].name, draft.levels[s.level].name, s.text)
           for s in draft.statements]  # fmt: skip
    return list(tables), notes, got, draft


def test_pdf_table_with_a_row_per_level():
    tables, notes, got, _ = _read_pdf_table(BY_ROW)
    assert tables == [2]
    assert "a column per competency and a row per level" in notes[0][1]
    assert got == [
        ("Planning", "Level 1", "Breaks work into small steps."),
        ("Planning", "Level 1", "Asks for reviews early."),
        ("Communication", "Level 1", "Reports progress. Actively asks for feedback."),
        ("Communication", "Level 1", "Writes well-defined notes."),
        ("Planning", "Level 2", "Plans a quarter of work."),
        ("Communication", "Level 2", "Leads day-to-day updates."),
        ("Planning", "3 (by promotion only)", "Sets the yearly plan."),
        ("Communication", "3 (by promotion only)", "Speaks for the team."),
    ]


# -- wide sheets: a skill column under a competency area written once ---------------------------

AREA_AND_SKILL = """\
Competency Area,Skill/Attribute,Starter (L1),Developing (L2),Leading (L3)
Delivery,Planning,Lists the tasks of a day.,Plans a sprint with the team.,Plans a quarter across teams.
,Estimating,Gives a rough size with help.,Sizes features alone.,Teaches others to size work.
People,Feedback,Asks for feedback.,Gives kind feedback.,Builds a feedback culture.
,Mentoring,Pairs with a peer.,Mentors one newcomer.,Runs the mentoring scheme.
"""

CODED = """\
code,version,competency_value,competency_text,subcompetency_value,subcompetency_text,\
beginner,competent,proficient,expert,na
TEA,1,1,Teamwork competencies build shared goals.,1.01,Shared goals,Names the team goal,\
Links tasks to the goal,Sets goals with the team,Aligns goals across teams,N/A
TEA,1,1,Teamwork competencies build shared goals.,1.02,Conflict,Raises a concern calmly,\
Helps peers settle disputes,Mediates hard disputes,Sets norms for disputes,N/A
TEA,1,2,Service competencies serve the public.,2.01,Enquiries,Logs each enquiry,\
Answers enquiries on time,Reviews enquiry trends,Designs the enquiry service,N/A
"""


def test_a_skill_column_under_an_area_written_once(tmp_path):
    result = _ingest(tmp_path, "matrix.csv", AREA_AND_SKILL)
    fw = result.framework
    assert result.report.layout == "wide"
    assert [c.name for c in fw.competency_records] == [
        "Planning",
        "Estimating",
        "Feedback",
        "Mentoring",
    ]
    assert fw.counts().to_numpy().tolist() == [[1, 1, 1]] * 4  # nothing dropped
    groups = {c.name: c.group for c in fw.competency_records}
    assert groups["Planning"] == groups["Estimating"] != groups["Feedback"]
    assert [g.name for g in fw.group_records] == ["Delivery", "People"]
    estimating = [i.text for i in fw.indicator_records if i.competency == "estimating"]
    assert estimating[0] == "Gives a rough size with help."
    assert _notes(result, "'Skill/Attribute' read as the competency")


def test_a_coded_export_reads_the_finest_name_column(tmp_path):
    result = _ingest(tmp_path, "coded.csv", CODED)
    fw = result.framework
    assert [c.name for c in fw.competency_records] == ["Shared goals", "Conflict", "Enquiries"]
    assert [lv.name for lv in fw.level_records] == [
        "beginner",
        "competent",
        "proficient",
        "expert",
    ]
    groups = {c.name: c.group for c in fw.competency_records}
    assert groups["Shared goals"] == groups["Conflict"] != groups["Enquiries"]
    assert fw.counts().to_numpy().sum() == 12
    assert _notes(result, "column 'na' (3 cells) not read")


def test_a_name_written_once_over_its_rows_stands_for_them(tmp_path):
    text = "Skill,Awareness,Practitioner\nTesting,Writes a unit test,Designs a test plan\n"
    text += ",Runs the test suite,Reviews test coverage\nSecurity,Reports a phish,Threat-models\n"
    result = _ingest(tmp_path, "once.csv", text)
    fw = result.framework
    assert fw.counts().to_numpy().tolist() == [[2, 2], [1, 1]]
    assert _notes(result, "1 row with a blank competency read as the competency above them")


def _matrix_docx(path, rows) -> None:
    import docx

    doc = docx.Document()
    doc.add_heading("Team skills", 1)
    table = doc.add_table(rows=0, cols=len(rows[0]))
    for row in rows:
        for cell, text in zip(table.add_row().cells, row, strict=True):
            cell.text = text
    doc.save(path)


MATRIX = [
    ("Area", "Skill", "Starter (L1)", "Developing (L2)", "Leading (L3)"),
    ("Delivery", "Planning", "Lists the day's tasks.", "Plans a sprint.", "Plans a quarter."),
    ("", "Estimating", "Sizes with help.", "Sizes features alone.", "Teaches sizing."),
    ("People", "Feedback", "Asks for feedback.", "Gives kind feedback.", "Builds the culture."),
]


@pytest.mark.parametrize("repeat", [False, True])
def test_word_table_with_an_area_column_over_a_skill_column(tmp_path, repeat):
    """A merged area cell comes back repeated in each row (python-docx) or blank (exports)."""
    rows = [list(r) for r in MATRIX]
    if repeat:
        rows[2][0] = rows[1][0]
    _matrix_docx(tmp_path / "m.docx", rows)
    fw = compkit.ingest(tmp_path / "m.docx").framework
    assert [c.name for c in fw.competency_records] == ["Planning", "Estimating", "Feedback"]
    assert [lv.name for lv in fw.level_records] == [r for r in MATRIX[0][2:]]
    assert fw.counts().to_numpy().tolist() == [[1, 1, 1]] * 3
    groups = {c.name: c.group for c in fw.competency_records}
    assert groups["Planning"] == groups["Estimating"] != groups["Feedback"]
    assert fw.indicator_records[3].text == "Sizes with help."


BY_SKILL = [
    "Area           Skill              Starter (L1)             Leading (L2)",
    "Delivery       Planning           Lists the tasks of       Plans a quarter across",
    "                                  one day.                 teams & non-",
    "                                                           technical partners.",
    "               Estimating         Sizes work with help.    Teaches others to size",
    "                                                           work.",
    "People         Feedback           Asks for feedback.       Builds a feedback culture.",
]


def test_pdf_table_with_a_row_per_skill():
    tables, notes, got, draft = _read_pdf_table(BY_SKILL)
    assert tables == [0]
    assert "a column per level and a row per competency" in notes[0][1]
    assert sorted(got) == sorted(
        [
            ("Planning", "Starter (L1)", "Lists the tasks of one day."),
            ("Planning", "Leading (L2)", "Plans a quarter across teams & non-technical partners."),
            ("Estimating", "Starter (L1)", "Sizes work with help."),
            ("Estimating", "Leading (L2)", "Teaches others to size work."),
            ("Feedback", "Starter (L1)", "Asks for feedback."),
            ("Feedback", "Leading (L2)", "Builds a feedback culture."),
        ]
    )
    groups = {c.name: c.group for c in draft.competencies.values()}
    assert groups["Planning"] == groups["Estimating"] != groups["Feedback"]


def test_a_list_of_skills_with_no_levels_is_no_framework(tmp_path):
    """A row deep in a table whose words look like levels ("management") heads nothing."""
    rows = ["trait,first,second,third"]
    rows += [f"trait {n},curiosity,coaching,planning" for n in range(6)]
    rows += ["leadership,team management,sales management,budget management"]
    rows += [f"trait {n},listening,speaking,writing" for n in range(6, 9)]
    path = tmp_path / "skills.csv"
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    with pytest.raises(compkit.CompkitError, match="no competency framework found"):
        compkit.ingest(path)


def _levels_docx(path) -> None:
    """Competency headings, 'Level N – Name' headings, effective | ineffective tables."""
    import docx

    long = (
        "Blames other people for the slips of the whole team and will not look at own part in them"
    )
    doc = docx.Document()
    for comp in ("Working Together", "Serving Customers"):
        doc.add_heading(comp, 1)
        for n, name in ((1, "Officer"), (2, "Senior Officer (SO2)"), (3, "Head of Unit")):
            doc.add_heading(f"Level {n} – {name}", 2)
            table = doc.add_table(rows=1, cols=2)
            table.rows[0].cells[0].text = "Effective\nPeople who do this well..."
            table.rows[0].cells[1].text = "Ineffective\nPeople who do this less well..."
            cells = table.add_row().cells
            cells[0].text, cells[1].text = f"Shares the load at level {n}", long
            cells = table.add_row().cells
            cells[0].text, cells[1].text = f"Thanks others at level {n}", "Takes the credit"
    doc.save(path)


def test_level_headings_with_numbers_and_stems_under_polarity_headers(tmp_path):
    _levels_docx(tmp_path / "f.docx")
    result = compkit.ingest(tmp_path / "f.docx")
    fw = result.framework
    assert result.report.layout == "effective-ineffective"
    assert [lv.name for lv in fw.level_records] == [
        "Level 1 – Officer",
        "Level 2 – Senior Officer (SO2)",
        "Level 3 – Head of Unit",
    ]
    assert fw.counts().to_numpy().tolist() == [[2, 2, 2], [2, 2, 2]]  # effective ones
    assert len(fw.indicator_records) == 24
    first = [(i.text, i.polarity) for i in fw.indicator_records[:2]]
    assert first == [("Shares the load at level 1", "effective"), (first[1][0], "ineffective")]
    assert first[1][0].startswith("Blames other people")
    stems = _notes(result, "'People who do this well...' under the column header 'Effective'")
    assert len(stems) == 1 and "(6 times, the first here)" in stems[0].message


# page 1 ends inside a row ("... open to the"); page 2 starts a new row after it, then its rows
OVER_A_BREAK = [
    "Level 1 – Officer",
    "Effective behaviour                 Ineffective behaviour",
    "",
    "Shares what they know with         Keeps what they know to",
    "colleagues in other teams           themselves",
    "",
    "Is open to the                      Dismisses the",
    "",  # the page break
    "ideas of others                     ideas of others",
    "",
    "Asks for help early                 Hides problems until late",
]
PAGES = [(1, k) for k in range(1, 8)] + [(1, 8)] + [(2, k) for k in range(1, 4)]


def test_pdf_table_running_over_a_page_break():
    from compkit.ingest.pdftables import find_tables

    lines, tables, _ = find_tables(OVER_A_BREAK, 1, "p1", places=PAGES)
    assert list(tables) == [1]
    rows = [[" / ".join(p.text for p in c["paras"]) for c in row] for row in tables[1][1:]]
    assert rows == [
        [
            "Shares what they know with colleagues in other teams",
            "Keeps what they know to themselves",
        ],
        ["Is open to the ideas of others", "Dismisses the ideas of others"],
        ["Asks for help early", "Hides problems until late"],
    ]
    last = tables[1][3][0]["paras"][0].source
    assert last == {"page": 2, "lines": [3]}
    assert not any(line.strip() for line in lines[1:])


def test_levels_and_polarity_with_no_competency_labels_make_one_competency(tmp_path):
    import docx

    doc = docx.Document()
    for n in (1, 2):
        doc.add_heading(f"Level {n} – Band {n}", 2)
        table = doc.add_table(rows=2, cols=2)
        table.rows[0].cells[0].text, table.rows[0].cells[1].text = "Effective", "Ineffective"
        table.rows[1].cells[0].text = f"Plans ahead at band {n}"
        table.rows[1].cells[1].text = f"Misses deadlines at band {n}"
    doc.save(tmp_path / "ladder.docx")
    result = compkit.ingest(tmp_path / "ladder.docx")
    fw = result.framework
    assert [c.name for c in fw.competency_records] == ["ladder"]
    assert len(fw.indicator_records) == 4
    assert _notes(result, "no labels name competencies: every statement read into one")


WRAPPED = """\
# Scale

## Skills

The scale below describes what people can do
at each level, and how they grow.

**Level 1** - Aware

* You know the **basic terms and
  ideas** of the field.

**Level 2** - Practitioner

* You apply the methods **without
help**.
"""


def test_markdown_hard_wraps_in_descriptions_and_bold_spans(tmp_path):
    fw = _ingest(tmp_path, "scale.md", WRAPPED).framework
    assert fw.competency_records[0].description == (
        "The scale below describes what people can do at each level, and how they grow."
    )
    assert [i.text for i in fw.indicator_records] == [
        "You know the basic terms and ideas of the field.",
        "You apply the methods without help.",
    ]
