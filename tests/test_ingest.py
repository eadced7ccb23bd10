"""compkit ingest: the two seeds read back exactly, each layout from a purpose-made document, the
report, and the command line. Fixture documents: tests/data/ingest/ (make_fixtures.py builds them).
"""

import re
import subprocess
import sys
from pathlib import Path

import pytest

import compkit
from compkit.framework import data_dir
from compkit.ingest import LAYOUTS, IngestReport, ingest
from compkit.ingest.limits import IngestError

DATA = Path(__file__).parent / "data" / "ingest"
RAW = data_dir() / "raw"


def cells(fw, *, numbers=False):
    """Every statement with its cell by names and rank: (competency, level rank, text, polarity)."""
    rank = {lv.id: lv.rank for lv in fw.level_records}
    name = {c.id: c.name for c in fw.competency_records}
    return [
        (name[i.competency], rank[i.level], i.text, i.polarity)
        + ((i.source.numbers,) if numbers else ())
        for i in fw.indicator_records
    ]


# -- the seeds ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("fid", "raw", "layout", "numbered"),
    [
        ("cis", "000_f041fda749b9a554.txt", "level-columns", False),
        ("wsx", "004_311b47c8518e2add.txt", "headings-lists", True),
    ],
)
def test_seed_reads_back_exactly(fid, raw, layout, numbered):
    result = ingest(RAW / raw)
    want = compkit.load(fid)
    got = result.framework
    assert result.report.layout == layout
    assert cells(got, numbers=numbered) == cells(want, numbers=numbered)
    assert [lv.name for lv in got.level_records] == [lv.name for lv in want.level_records]
    assert [c.name for c in got.competency_records] == [c.name for c in want.competency_records]
    assert got.cumulative is True
    # every repair of the hand-made file is listed in the report, on the same source lines
    repaired = {(i.repair.kind, i.source.lines) for i in want.indicator_records if i.repair}
    assert repaired == {(i.repair.kind, i.source.lines) for i in got.indicator_records if i.repair}
    notes = result.report.to_frame()
    for _kind, lines in repaired:
        span = f"lines {lines[0]}-{lines[-1]}"
        assert ((notes["kind"] == "repair") & (notes["where"] == span)).sum() == 1, span
    # nothing dropped silently: no unused text in either seed
    assert result.report.summary()["unused"] == 0


def test_cis_descriptions_values_and_role_match_the_hand_made_file(cis):
    got = ingest(RAW / "000_f041fda749b9a554.txt").framework
    assert [c.description for c in got.competency_records] == [
        c.description for c in cis.competency_records
    ]
    assert sorted(v.name for v in got.value_records) == sorted(v.name for v in cis.value_records)
    (role,) = got.role_records
    assert role.name == "Senior Officer"
    ranks = {lv.id: lv.rank for lv in got.level_records}
    want = {lv.id: lv.rank for lv in cis.level_records}
    assert [ranks[lv] for _, lv in role.requires] == [
        want[lv] for _, lv in cis.role_records[0].requires
    ]


def test_wsx_split_numbers_are_joined_with_all_their_numbers(wsx):
    got = ingest(RAW / "004_311b47c8518e2add.txt").framework
    (joined,) = [
        i for i in got.indicator_records if i.repair and i.repair.kind == "joined-split-numbers"
    ]
    assert joined.text.endswith(
        "to be creative in their approach to their ideas and work at WSX Mind"
    )
    assert joined.source.numbers == (2, 3, 4)
    assert joined.source.lines == (426, 428, 430)


# -- each layout from a purpose-made document -----------------------------------------------------


def test_word_levels_in_columns_with_shaded_role_levels_and_an_undefined_cell():
    result = ingest(DATA / "levels-in-columns.docx")
    fw = result.framework
    assert result.report.layout == "level-columns"
    assert [lv.name for lv in fw.level_records] == ["Foundation", "Practitioner", "Expert"]
    assert [c.name for c in fw.competency_records] == ["Communicating", "Delivering"]
    assert fw.counts().loc["communicating"].tolist() == [2, 1, 2]
    (role,) = fw.role_records
    assert role.name == "Team Leader" and dict(role.requires) == {
        "communicating": "practitioner",
        "delivering": "practitioner",
    }
    (undefined,) = fw.competency("delivering").undefined
    assert (undefined.level, undefined.note) == ("expert", "n/a")
    assert fw.cumulative is True  # "each level also meets the levels below"
    first = fw.indicator_records[0]
    assert first.source.table == 1 and first.source.ref == "row 2, column 1"  # from 1


def test_word_headings_and_lists_number_the_items():
    fw = ingest(DATA / "headings-lists.docx").framework
    assert [lv.name for lv in fw.level_records] == ["Core", "Senior", "Leader"]
    together = [i for i in fw.indicator_records if i.competency == "working-together"]
    assert [i.source.numbers for i in together] == [(1,), (2,), (1,), (1,), (2,)]
    assert fw.indicator("working-together-core-2").text == "Asks for help when needed"
    assert all(i.source.paragraph is not None for i in fw.indicator_records)


def test_word_effective_ineffective_tables_pair_their_rows():
    result = ingest(DATA / "effective-ineffective.docx")
    fw = result.framework
    assert result.report.layout == "effective-ineffective"
    negative = fw.indicators[fw.indicators["polarity"] == "ineffective"]
    assert len(negative) == 5 and len(fw.indicators) == 10
    bad = fw.indicator("seeing-the-big-picture-level-1-neg-1")
    assert bad.text == "Focuses only on own tasks"
    assert bad.mirrors == "seeing-the-big-picture-level-1-1"


def test_spreadsheet_wide_with_stem_roles_undefined_and_blank_cells():
    result = ingest(DATA / "wide.xlsx")
    fw = result.framework
    assert result.report.layout == "wide"
    assert fw.stem == "You can:"
    assert fw.title == "Data Profession Skills"
    assert fw.competency("data-analysis").description == "Turning data into insight."
    counts = fw.counts()
    assert counts.loc["data-analysis"].tolist() == [2, 1, 2, 1]
    assert counts.isna().loc["data-ethics", "working"]  # "n/a": undefined, not 0
    roles = {r.name: dict(r.requires) for r in fw.role_records}
    assert roles["Data scientist"] == {"data-analysis": None, "data-ethics": None}
    ind = fw.indicator("data-analysis-awareness-2")
    assert (ind.text, ind.source.sheet, ind.source.cell) == (
        "read a chart correctly",
        "Skills",
        "C4",
    )
    notes = result.report.to_frame()
    assert "cell F5 (Data ethics, Expert) is blank: read as empty" in notes["message"].tolist()
    assert "sheet 'Read me' not read as the framework" in notes["message"].tolist()


def test_blank_cells_can_be_read_as_undefined():
    fw = ingest(DATA / "wide.xlsx", blank_cells="undefined").framework
    assert {(u.level, u.note) for u in fw.competency("data-ethics").undefined} == {
        ("working", "n/a"),
        ("expert", "blank in the source"),
    }


def test_csv_long_with_loose_headers_and_polarity():
    result = ingest(DATA / "long.csv", organisation="Example Retail")
    fw = result.framework
    assert result.report.layout == "long"
    assert [lv.name for lv in fw.level_records] == ["Band A", "Band B"]
    assert fw.organisation == "Example Retail"
    assert fw.indicators["polarity"].value_counts().to_dict() == {"effective": 4, "ineffective": 2}
    assert fw.indicator_records[1].source.cell == "C3"
    low = result.report.to_frame().iloc[0]
    assert low["confidence"] < 0.5  # the least sure guesses come first


def test_pdf_text_layer_headings_and_lists_with_a_wrapped_line():
    result = ingest(DATA / "outline.pdf")
    fw = result.framework
    assert result.report.layout == "headings-lists"
    assert fw.counts().to_numpy().tolist() == [[2, 1], [2, 2]]
    wrapped = fw.indicator("safe-practice-level-2-2")
    assert wrapped.text == "Reviews incidents and shares the lessons with the team"
    assert wrapped.repair.kind == "joined-wrapped-lines"
    assert (wrapped.source.page, wrapped.source.lines) == (2, (7, 8))


@pytest.mark.parametrize("name", ["levels-in-columns", "effective-ineffective"])
def test_pdf_tables_read_as_the_word_document_they_were_printed_from(name):
    """LibreOffice's PDF of each Word fixture: the same statements, cells and polarity."""
    result = ingest(DATA / f"{name}.pdf")
    word = ingest(DATA / f"{name}.docx")
    assert result.report.layout == word.report.layout
    assert cells(result.framework) == cells(word.framework)
    assert [i.mirrors for i in result.framework.indicator_records] == [
        i.mirrors for i in word.framework.indicator_records
    ]
    tables = [m for m in result.report.to_frame()["message"] if m.startswith("a table with")]
    assert len(tables) == {"levels-in-columns": 2, "effective-ineffective": 4}[name]
    assert "(pypdf's layout text; line numbers count its lines); check its cells" in tables[0]


def test_pdf_table_cells_keep_page_lines_and_their_repairs():
    fw = ingest(DATA / "levels-in-columns.pdf").framework
    wrapped = fw.indicator("communicating-expert-1")
    assert wrapped.text == "Shapes how the organisation communicates"
    assert (wrapped.source.page, wrapped.source.lines) == (1, (12, 13, 14))
    assert wrapped.repair.kind == "joined-wrapped-lines"
    (undefined,) = fw.competency("delivering").undefined
    assert (undefined.level, undefined.note) == ("expert", "n/a")


def test_word_tables_whose_cells_are_all_short(tmp_path):
    """A "Level | Statements" table: the first column is the level even when every statement
    is short; a table of level columns holding one short statement is no role table."""
    import docx

    rows = docx.Document()
    rows.add_heading("Teamwork", level=1)
    table = rows.add_table(rows=4, cols=2)
    for r, (level, text) in enumerate(
        [("Level", "Statements"), ("Level 1", "Shares"), ("Level 2", ""), ("Level 3", "Leads")]
    ):
        table.cell(r, 0).text, table.cell(r, 1).text = level, text
    rows.save(tmp_path / "rows.docx")
    fw = ingest(tmp_path / "rows.docx").framework
    assert [(i.level, i.text) for i in fw.indicator_records] == [
        ("level-1", "Shares"),
        ("level-3", "Leads"),
    ]
    columns = docx.Document()
    columns.add_heading("Planning", level=1)
    table = columns.add_table(rows=2, cols=3)
    for c, (level, text) in enumerate([("Level 1", ""), ("Level 2", "novice"), ("Level 3", "")]):
        table.cell(0, c).text = level
        table.cell(1, c).paragraphs[0].style = columns.styles["List Bullet"]
        table.cell(1, c).paragraphs[0].add_run(text)
    columns.save(tmp_path / "columns.docx")
    fw = ingest(tmp_path / "columns.docx").framework
    assert [(i.level, i.text) for i in fw.indicator_records] == [("level-2", "novice")]
    assert not fw.role_records


def test_polarity_hint_reads_every_statement_as_ineffective(tmp_path):
    result = ingest(DATA / "headings-lists.docx", polarity="ineffective")
    fw = result.framework
    assert set(fw.indicators["polarity"]) == {"ineffective"}
    assert len(fw.indicators) == len(ingest(DATA / "headings-lists.docx").framework.indicators)
    assert (
        "every statement read as ineffective, as told"
        in result.report.to_frame()["message"].tolist()
    )


def test_polarity_hint_names_the_heading_of_negative_statements(tmp_path):
    doc = tmp_path / "fw.md"
    doc.write_text(
        "# Leading\n\n## Level 1\n\n- Sets clear goals\n\n## Level 2\n\n- Sets direction\n\n"
        "## Watch outs\n\n- Blames others\n\n"
        "# Delivering\n\n## Level 1\n\n- Plans work\n\n## Watch outs\n\n- Misses deadlines\n"
    )
    plain = ingest(doc).framework
    assert "Watch outs" in [lv.name for lv in plain.level_records]  # read as a level
    result = ingest(doc, polarity="watch outs")
    fw = result.framework
    assert [lv.name for lv in fw.level_records] == ["Level 1", "Level 2", "All levels"]
    negative = fw.indicators.query("polarity == 'ineffective'")
    assert sorted(negative["text"]) == ["Blames others", "Misses deadlines"]
    assert set(negative["level"]) == {"all-levels"}
    notes = result.report.to_frame()["message"].tolist()
    assert (
        "statements under 'Watch outs' read as ineffective, at all levels (the polarity hint)"
        in notes
    )


def test_polarity_hint_names_a_column_or_a_polarity_heading(tmp_path):
    sheet = tmp_path / "fw.csv"
    sheet.write_text(
        "Competency,Level,Behaviour,Derailer\nTeamwork,1,Helps others,\n"
        "Teamwork,1,Blames others,x\nTeamwork,2,Leads briefings,no\n"
    )
    fw = ingest(sheet, polarity="Derailer").framework
    assert fw.indicators["polarity"].tolist() == ["effective", "ineffective", "effective"]
    doc = tmp_path / "fw.md"
    doc.write_text(
        "# Teamwork\n\n## What good looks like\n\n- Helps others\n\n## Derails us\n\n"
        "- Blames others\n"
    )
    assert ingest(doc).report.layout == "headings-lists"
    result = ingest(doc, polarity="Derails us")
    assert result.report.layout == "effective-ineffective"
    assert result.framework.indicators["polarity"].tolist() == ["effective", "ineffective"]
    with pytest.raises(IngestError, match="polarity 'Red flags' names no heading, column"):
        ingest(doc, polarity="Red flags")


def test_markdown_outline_title_competencies_levels():
    fw = ingest(DATA / "outline.md").framework
    assert fw.title == "Engineering Ladder"
    assert [c.name for c in fw.competency_records] == ["Technical skill", "Collaboration"]
    assert [lv.name for lv in fw.level_records] == ["Junior", "Senior"]


def test_hints_override_guesses(tmp_path):
    doc = tmp_path / "fw.txt"
    doc.write_text(
        "Planning\nStep one\n- Makes a plan\nStep two\n- Reviews the plan\n"
        "Caring\nStep one\n- Is kind\nStep two\n- Shows compassion\n"
    )
    result = ingest(
        doc,
        levels=["Step one", "Step two"],
        title="T",
        organisation="O",
        id="fw-1",
        language="en-US",
        cumulative=False,
    )
    fw = result.framework
    assert (fw.id, fw.title, fw.organisation, fw.language, fw.cumulative) == (
        "fw-1",
        "T",
        "O",
        "en-US",
        False,
    )
    assert [lv.name for lv in fw.level_records] == ["Step one", "Step two"]
    assert fw.counts().to_numpy().tolist() == [[1, 1], [1, 1]]


def test_report_lists_text_that_went_nowhere(tmp_path):
    doc = tmp_path / "fw.md"
    doc.write_text(
        "# Framework\n\n## Teamwork\n\n### Level 1\n\n- Shares\n\n"
        "### Level 2\n\n- Leads\n\nPrinted 2024 by the HR team.\n"
    )
    report = ingest(doc).report
    unused = report.to_frame().query("kind == 'unused'")
    assert unused["message"].str.contains("Printed 2024 by the HR team").any() or (
        ingest(doc).framework.indicator("teamwork-level-2-2").text == "Printed 2024 by the HR team."
    )


def test_report_markdown_and_frame():
    report = ingest(DATA / "levels-in-columns.docx").report
    assert isinstance(report, IngestReport)
    text = report.to_markdown()
    assert text.startswith("# Ingest report: levels-in-columns.docx")
    assert "| Competency | Foundation | Practitioner | Expert |" in text
    frame = report.to_frame()
    assert list(frame.columns) == ["kind", "confidence", "message", "where"]
    assert frame["confidence"].is_monotonic_increasing
    assert set(LAYOUTS) >= {report.layout}


def test_write_saves_yaml_and_report_that_load(tmp_path):
    result = ingest(DATA / "headings-lists.docx")
    out = result.write(tmp_path / "out" / "fw.yaml")
    fw = compkit.load(out)
    assert cells(fw) == cells(result.framework)
    assert (tmp_path / "out" / "fw.ingest.md").read_text().startswith("# Ingest report")
    assert out.read_text().startswith("# Staff Framework: ingested by compkit from headings-lists")


# -- command line ---------------------------------------------------------------------------------


def run(*args, cwd=None):
    return subprocess.run(
        [sys.executable, "-m", "compkit.cli", *args], capture_output=True, text=True, cwd=cwd
    )


def test_cli_ingest_writes_yaml_and_report(tmp_path):
    out = tmp_path / "wsx.yaml"
    proc = run(
        "ingest",
        str(RAW / "004_311b47c8518e2add.txt"),
        "-o",
        str(out),
        "--organisation",
        "WSX Mind",
        "--id",
        "wsx-ingested",
        "--report",
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.startswith("# Ingest report: 004_311b47c8518e2add.txt")
    assert re.search(r"wrote .*wsx\.yaml \(153 statements, 4 competencies × 5 levels", proc.stderr)
    fw = compkit.load(out)
    assert (fw.id, fw.organisation, len(fw.indicators)) == ("wsx-ingested", "WSX Mind", 153)
    assert (tmp_path / "wsx.ingest.md").exists()
    assert run("validate", str(out)).returncode == 0


def test_cli_polarity_option(tmp_path):
    out = tmp_path / "neg.yaml"
    proc = run("ingest", str(DATA / "outline.md"), "-o", str(out), "--polarity", "ineffective")
    assert proc.returncode == 0, proc.stderr
    assert set(compkit.load(out).indicators["polarity"]) == {"ineffective"}
    assert "--polarity SIDE_OR_LABEL" in run("ingest", "--help").stdout


def test_cli_ingest_bad_input_exits_2_and_writes_nothing(tmp_path):
    bad = tmp_path / "notes.key"
    bad.write_text("x")
    proc = run("ingest", str(bad), "-o", str(tmp_path / "x.yaml"))
    assert proc.returncode == 2
    assert proc.stderr.strip().splitlines() == [
        f"compkit: error: {bad}: unsupported file type '.key'; expected one of: "
        ".csv, .docx, .htm, .html, .json, .md, .ods, .odt, .pdf, .text, .toml, .tsv, .txt, .xlsm, .xlsx, .yaml, .yml"
    ]
    assert not (tmp_path / "x.yaml").exists()


def test_cli_help_names_the_layouts():
    proc = run("ingest", "--help")
    assert proc.returncode == 0
    assert all(name in proc.stdout for name in LAYOUTS)


SKILLS_LONG = """Contents,,,
Prompt Engineering,,,
Model Deployment,,,
Subdomain,Skill,Level,Description
Context Engineering,Prompt Design,Beginner,"Writes direct questions (e.g., ""Summarise this"")"
,,Novice,Writes prompts with a role and a format
,Prompt Evaluation,Beginner,Notices when an answer is wrong
,,Novice,Compares two prompts on the same inputs
Deployment,Serving,Beginner,Runs a model behind an API
,,Novice,Caches and batches requests
"""

SKILLS_WIDE = """Subdomain,Skill,Beginner,Novice,Expert
Data Modeling,SQL,Writes SELECT statements,Uses JOINs,Leads query tuning
,Schema Design,Names tables,Normalises schemas,Sets standards
Storage,File Formats,Knows CSV,Chooses Parquet,Designs formats
"""


def test_skills_matrix_csv_long_fills_blank_names_down_and_reads_the_description(tmp_path):
    """A skills matrix as spreadsheets export it: a contents block above the header, the skill
    and subdomain written once and left blank below, a description per skill and level, in
    Windows-1252 (a real CSV download looks like this)."""
    path = tmp_path / "skills.csv"
    path.write_bytes(SKILLS_LONG.replace("Notices", "\u201cNotices\u201d").encode("cp1252"))
    result = ingest(path)
    fw = result.framework
    assert result.report.layout == "long"
    assert fw.counts().to_numpy().tolist() == [[1, 1], [1, 1], [1, 1]]
    assert [c.name for c in fw.competency_records] == [
        "Prompt Design",
        "Prompt Evaluation",
        "Serving",
    ]
    assert [g.name for g in fw.group_records] == ["Context Engineering", "Deployment"]
    assert fw.competency("prompt-evaluation").group == fw.competency("prompt-design").group
    assert fw.indicator_records[0].text.startswith("Writes direct questions (e.g.")
    messages = " ".join(result.report.to_frame()["message"])
    assert "3 rows with a blank competency read as the competency above them" in messages
    assert "read as Windows-1252 text" in messages
    assert "'Contents' (above the header row) is in no statement" in messages
    assert "'Model Deployment' (above the header row)" in messages


def test_skills_matrix_csv_wide_fills_the_group_column_down(tmp_path):
    path = tmp_path / "skills.csv"
    path.write_text(SKILLS_WIDE, encoding="utf-8")
    result = ingest(path)
    fw = result.framework
    assert result.report.layout == "wide"
    groups = {c.name: c.group for c in fw.competency_records}
    assert groups["Schema Design"] == groups["SQL"] != groups["File Formats"]
    assert "column 'Subdomain'" not in " ".join(result.report.to_frame()["message"])
