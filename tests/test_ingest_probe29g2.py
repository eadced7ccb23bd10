"""Round 29, helper G2: a table column headed as notes or examples beside the statements.

Fixtures in ``tests/data/probe29g2/`` (self-written, see its README) and Sourcegraph's
engineering framework from ``tests/data/probe27g/``.
"""

from __future__ import annotations

from pathlib import Path

from compkit.ingest.api import ingest

DATA = Path(__file__).parent / "data"


def _messages(report) -> str:
    return "\n".join(n.message for n in report.notes)


def test_sourcegraph_notes_column_is_the_rows_statements_note():
    result = ingest(DATA / "probe27g" / "sourcegraph-engineering-framework.md")
    fw = result.framework
    ind = fw.indicators
    assert "Additional Notes/Key Points/Examples" not in fw.competencies["competency"].tolist()
    analogy = "Analogy: captain of a smaller crew; takes people on day trips."
    assert not ind["text"].str.contains("Analogy:", regex=False).any()
    m3 = ind[ind["level_name"] == "M3"]
    assert len(m3) == 25  # 12 proficiency, 3 execution, 10 teamwork
    assert m3["note"].str.endswith(analogy).all()
    assert m3["note"].iloc[0].startswith("Manages a one or two teams team of individual")
    assert (ind.loc[~ind["level_name"].str.startswith("M"), "note"] == "").all()
    said = _messages(result.report)
    assert "'Additional Notes/Key Points/Examples' column read as the notes" in said


def test_pipe_table_notes_column_word_for_word():
    result = ingest(DATA / "probe29g2" / "notes-column.md")
    fw = result.framework
    ind = fw.indicators
    assert fw.competencies["competency"].tolist() == ["Customers", "Tooling"]
    notes = dict(zip(ind["text"], ind["note"], strict=True))
    assert notes == {
        "Answers tickets within the agreed time.": "Analogy: a deckhand. Most people join here",
        "Asks for help early.": "Analogy: a deckhand. Most people join here",
        "Uses the runbooks.": "Analogy: a deckhand. Most people join here",
        "Handles escalations alone.": "Typically two years at L1 first.",
        "Improves a runbook each quarter.": "Typically two years at L1 first.",
    }
    assert "'Notes' column read as the notes" in _messages(result.report)


def test_html_table_notes_column(tmp_path):
    page = tmp_path / "ladder.html"
    page.write_text(
        "<h1>Ladder</h1><table><tr><th>Level</th><th>Delivery</th><th>Examples</th></tr>"
        "<tr><th>L1</th><td><ul><li>Ships small changes.</li></ul></td>"
        "<td>Fixed a typo in the docs.</td></tr>"
        "<tr><th>L2</th><td><ul><li>Ships features.</li></ul></td>"
        "<td>Led the search rewrite.</td></tr></table>",
        encoding="utf-8",
    )
    ind = ingest(page).framework.indicators
    assert ind["competency"].unique().tolist() == ["Delivery"]
    assert dict(zip(ind["text"], ind["note"], strict=True)) == {
        "Ships small changes.": "Fixed a typo in the docs.",
        "Ships features.": "Led the search rewrite.",
    }


def test_examples_of_header_stays_a_competency():
    from compkit.ingest.blocks import Para
    from compkit.ingest.notecolumns import note_columns

    def row(*cells):
        return [{"paras": [Para(t, {})], "source": {}} for t in cells]

    grid = [row("Level", "Examples of positive behaviour", "Examples of negative behaviour")]
    grid.append(row("L1", "Listens.", "Shouts."))
    assert note_columns(grid) == (grid, None)
    described = [row("Level", "Description", "Examples"), row("L1", "New to it.", "Fixed a typo.")]
    assert note_columns(described) == (described, None)  # no statement to hold the note


def test_role_summary_row_beside_level_columns_describes_the_levels():
    result = ingest(DATA / "probe28g" / "sourcegraph-comms-framework.md")
    fw = result.framework
    assert "Role Summary" not in fw.competencies["competency"].tolist()
    ind = fw.indicators
    assert not ind["text"].str.startswith("An autonomous contributor").any()
    described = dict(zip(fw.levels["level_name"], fw.levels["description"], strict=True))
    assert described["IC4"].startswith("An autonomous contributor, executor, and collaborator")
    assert described["IC5"].startswith("A very experienced Comms leader")
    assert "'Role Summary' row read as each level's description" in _messages(result.report)


def test_scope_row_beside_level_columns_stays_a_competency(tmp_path):
    page = tmp_path / "ladder.md"
    page.write_text(
        "# Ladder\n\n| | L1 | L2 |\n| --- | --- | --- |\n"
        "| Summary | New to the craft and learning it. | Leads the craft. |\n"
        "| Scope | Owns a task. | Owns a project. |\n",
        encoding="utf-8",
    )
    fw = ingest(page).framework
    assert fw.competencies["competency"].tolist() == ["Scope"]
    assert fw.levels["description"].tolist() == [
        "New to the craft and learning it.",
        "Leads the craft.",
    ]


def test_evidence_column_copied_to_each_statement_beside_it_said_once(tmp_path):
    # one table of note headers for tables in text and long sheets ("Evidence" in both), and
    # one rule: a row's note beside several statements is each one's, said once
    page = tmp_path / "ladder.md"
    page.write_text(
        "# Ladder\n\n| Level | Delivery | Evidence |\n|---|---|---|\n"
        "| L1 | Ships small changes.<br>Asks for help early. | Fixed a typo in the docs. |\n"
        "| L2 | Ships features. | Led the search rewrite. |\n",
        encoding="utf-8",
    )
    result = ingest(page)
    ind = result.framework.indicators
    assert ind["competency"].unique().tolist() == ["Delivery"]
    assert dict(zip(ind["text"], ind["note"], strict=True)) == {
        "Ships small changes.": "Fixed a typo in the docs.",
        "Asks for help early.": "Fixed a typo in the docs.",
        "Ships features.": "Led the search rewrite.",
    }
    said = [n.message for n in result.report.notes]
    assert (
        "the 'Evidence' column read as the notes of the statements beside it in its row (2 rows;"
        " a note beside several statements copied to each: 1 note over 2 statements)" in said
    )


def test_sheet_and_text_tables_share_one_table_of_note_headers():
    from compkit.ingest import longcolumns, notecolumns

    assert notecolumns.NOTE_WORD in longcolumns._ASIDE.pattern
    for head in ("Notes", "Evidence", "Examples", "Key points", "Remarks", "Sources"):
        assert notecolumns.NOTE_HEADER.match(head)
        assert longcolumns._ASIDE.search(head.lower())
