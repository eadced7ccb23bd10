"""What a notebook shows, part two (twenty-second round): the ingest report and the tables.

An analyst ingests a file and leaves ``result.report`` as a cell's last line, then reads the
framework's tables. Each test pins what they read, on a self-written CSV whose names hold
markup (so escaping shows) and on the bundled frameworks.
"""

from __future__ import annotations

import compkit
from compkit.ingest.report import IngestReport

CSV = """\
Competency,Level,Behaviour
Plan <fast> & well,Level 1,Writes a plan <b>today</b>.
Plan <fast> & well,Level 2,Reviews plans & budgets.
Talk,Level 1,Speaks clearly.
Talk,Level 2,Listens well.
"""


def _ingested(tmp_path):
    path = tmp_path / "skills.csv"
    path.write_text(CSV, encoding="utf-8")
    return compkit.ingest(path)


def test_report_repr_reads_like_the_markdown_report(tmp_path):
    report = _ingested(tmp_path).report
    assert isinstance(report, IngestReport)
    text = repr(report)
    assert "IngestReport(file=" not in text and "notes=[Note(" not in text
    lines = text.splitlines()
    assert lines[0] == "Ingest report: skills.csv"
    assert lines[1].startswith("Layout: long (")
    assert lines[2] == "4 statements read in 2 competencies × 2 levels: 5 guesses."
    assert lines[3] == "5 entries under 0.7 confidence: check them first."
    shown = [float(line.split()[0]) for line in lines[5:] if line.startswith("  0.")]
    assert shown == sorted(shown) and shown[0] == 0.3  # lowest confidence first
    assert str(report) == report.to_markdown()  # str is still the whole report


def test_report_html_names_escapes_and_orders(tmp_path):
    report = _ingested(tmp_path).report
    shown = report._repr_html_()
    assert shown.startswith("<div class='compkit-ingest-report'>")
    assert "Plan &lt;fast&gt; &amp; well" in shown and "<fast>" not in shown
    assert "plan-fast-well" not in shown  # names, not ids
    assert "<th style='padding:2px 8px;border-bottom:1px solid #ddd;vertical-align:top;" in shown
    assert ">Level 1</th>" in shown and ">level-1</th>" not in shown
    organisation = shown.index("organisation not stated")
    assert organisation < shown.index("levels read as not cumulative")  # 0.3 before 0.6
    assert "5 entries under 0.7 confidence" in shown


def test_report_html_counts_the_entries_it_leaves_out():
    from compkit.framework import data_dir

    report = compkit.ingest(data_dir() / "raw" / "004_311b47c8518e2add.txt").report
    shown = report._repr_html_()
    assert len(report.notes) == 13
    assert shown.count("<tr style='background:#fff4e0'>") == len(report.low_confidence) == 2
    assert "… and 1 more entry" in shown
    assert ">Managing Work</td>" in shown and ">work</td>" not in shown
    assert "… and 1 more (report.to_frame() has them all)" in repr(report)


def test_list_columns_name_what_they_list_beside_their_ids(cis):
    """Where a table lists competencies, values or levels, it names them ("; " between names,
    which hold commas) before the ids a join needs."""
    groups = compkit.load("tests/data/clustered.yaml").groups
    assert groups["competency_names"].tolist() == [
        "Leading others; Caring for service users",
        "Delivering results",
    ]
    assert groups["competencies"].tolist() == ["leading, caring", "delivering"]  # unchanged
    values = cis.values.set_index("value_id")
    assert values.loc["open-and-fair", "competency_names"] == (
        "Supporting our people; Creativity, adaptability and problem solving; Equality & Diversity"
    )
    comps = cis.competencies.set_index("competency_id")
    assert comps.loc["equality", "value_names"] == "OPEN AND FAIR; COLLABORATIVE AND KIND"
    assert comps.loc["equality", "values"] == "open-and-fair, collaborative-and-kind"
    assert comps.loc["people", "level_names"] == "Level 1; Level 2; Level 3; Level 4"
    columns = list(cis.competencies.columns)
    assert columns.index("value_names") < columns.index("values")
    assert columns.index("level_names") < columns.index("levels")


def test_group_and_repair_rows_say_names():
    fw = compkit.load("tests/data/clustered.yaml")
    ind = fw.indicators.set_index("indicator_id")
    assert ind.loc["leading-lead-1", ["group", "group_id"]].tolist() == ["People", "people"]
    comps = fw.competencies.set_index("competency_id")
    assert comps.loc["delivering", ["group", "group_id"]].tolist() == ["Delivery", "delivery"]
    repairs = compkit.load("wsx").repairs.set_index("indicator_id")
    row = repairs.loc["improving-management-2"]
    assert (row["competency"], row["level_name"]) == (
        "Continually & Creatively Improving",
        "Management",
    )
    ungrouped = compkit.load("cis")
    assert set(ungrouped.indicators["group"]) == {""} == set(ungrouped.competencies["group"])


def test_a_role_profile_names_the_level_required(cis):
    prof = cis.profile(role="senior-officer")
    pairs = set(zip(prof["required_level"], prof["required_level_name"], strict=True))
    assert pairs == {("l2", "Level 2"), ("l3", "Level 3")}
