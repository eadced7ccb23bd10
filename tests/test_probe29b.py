"""Probe 29, B: CASE packages as published (misconceptions, level headings, Markdown), the
statement's note through every export, and the cross-walk review's known limits."""

import json
import warnings
from pathlib import Path

import pytest

import compkit
from compkit.authoring.case import from_case, read_case, to_case

DATA = Path(__file__).parent / "data"
ACT_MATH = DATA / "probe27k" / "Ordering.json"
ACT_SCIENCE = DATA / "probe28k" / "test_framework_case.json"
WHEN = "2024-01-01T00:00:00+00:00"


def _package(texts):
    """A package another tool wrote: one competency over statements, no compkit extension."""
    doc = {"identifier": "d0000000-0000-0000-0000-000000000000", "title": "Shapes"}
    doc["creator"] = "Self-written for probe 29b"
    items = [
        {"identifier": f"00000000-0000-0000-0000-{n:012d}", "fullStatement": t}
        for n, t in enumerate(["Shapes", *texts], 1)
    ]

    def child(origin, dest, n):
        return {
            "identifier": f"a0000000-0000-0000-0000-{n:012d}",
            "associationType": "isChildOf",
            "originNodeURI": {"identifier": origin},
            "destinationNodeURI": {"identifier": dest},
            "sequenceNumber": n,
        }

    links = [child(items[0]["identifier"], doc["identifier"], 1)]
    links += [
        child(i["identifier"], items[0]["identifier"], n)
        for n, i in enumerate(items, 2)
        if i is not items[0]
    ]
    return {"CFDocument": doc, "CFItems": items, "CFAssociations": links}


def test_acts_misconceptions_read_ineffective_their_text_as_written():
    for path, labelled in [(ACT_MATH, 4), (ACT_SCIENCE, 8)]:
        fw = read_case(path)
        bad = fw.indicators[fw.indicators["polarity"] == "ineffective"]
        assert len(bad) == labelled  # all read effective before
        assert bad["text"].str.contains("(?i)misconception").all()  # word for word, label kept
        assert "Read as ineffective by the label their text opens or closes with" in fw.notes
        back = from_case(to_case(fw, changed=WHEN))
        assert compkit.framework.to_dict(back) == compkit.framework.to_dict(fw)
    square = read_case(ACT_MATH).indicators.set_index("text")
    assert (
        square.loc["(MISCONCEPTION) Squares and rectangles are distinct shapes", "polarity"]
        == "ineffective"
    )


def test_a_label_reads_ineffective_only_where_it_labels_the_statement():
    texts = [
        "Pitfall: names a square a rectangle only when it is upright",
        "[Common error] Counts the sides twice",
        "Corrects a common misconception about rectangles",
        "Errors in a shape's name are corrected",
        "Names a shape by its sides (red flags raised by others are heard)",
    ]
    fw = from_case(_package(texts))
    polarity = fw.indicators.set_index("text")["polarity"].to_dict()
    assert polarity == dict(zip(texts, ["ineffective"] * 2 + ["effective"] * 3, strict=True))


def test_a_plural_or_a_closing_pitfall_names_a_topic_not_the_statement():
    """Round 29's review: each read ineffective before (R's case/redflags.json)."""
    from compkit.ingest.polarity import polarity_of

    texts = [
        "Spots risks early and escalates them (red flags)",
        "Reviews designs for scalability (see common pitfalls)",
        "Warning signs - notices burnout in the team and acts",
        "Misconceptions: addresses learners' misconceptions directly",
        "Teaches students to avoid errors (common mistakes)",
        "Explains shapes to learners (see common misconception)",
        "Red flag: escalates risks only once they have happened",
    ]
    fw = from_case(_package(texts))
    polarity = fw.indicators.set_index("text")["polarity"].to_dict()
    assert polarity == dict(zip(texts, ["effective"] * 6 + ["ineffective"], strict=True))
    assert "Read as ineffective" in fw.notes  # the one labelled, said
    assert polarity_of("Warning signs") == "ineffective"  # a side's label, as before


def test_a_level_headings_own_text_is_said_as_such():
    fw = read_case(ACT_SCIENCE)
    first = next(i for i in fw.indicator_records if i.text == "Forms and sources of energy")
    assert str(first.source) == "H.A.SCI.CSC.C.CE.L1, the Level 1 heading's own text"
    assert "Level headings' own texts kept as the first statement of their cells" in fw.notes
    other = next(i for i in fw.indicator_records if i.text.startswith("Understand that the ind"))
    assert str(other.source).startswith("H.A.SCI.CSC.C.CE.L1.")  # each statement's own code


def test_markdown_in_a_full_statement_is_kept_and_said(tmp_path, capsys):
    from compkit.cli import main

    path = DATA / "probe27k" / "MarkdownFramework.json"
    package = json.loads(path.read_text(encoding="utf-8"))
    fw = read_case(path)
    assert sorted(fw.competencies["competency"]) == sorted(
        i["fullStatement"] for i in package["CFItems"]
    )
    assert "Kept as written, Markdown and all" in fw.notes
    assert "MD.Table" in fw.notes and "MD.Math" in fw.notes
    assert main(["import", str(path), "-o", str(tmp_path / "md.yaml")]) == 0
    assert "Kept as written, Markdown and all" in capsys.readouterr().err
    assert "Markdown" not in read_case(DATA / "probe27k" / "SequenceNumberFramework.json").notes


@pytest.fixture(scope="module")
def under_review(tmp_path_factory):
    """Engineering Ladders → Medium's: SSSOM and its workbook, top 3 (hashing: quick)."""
    from compkit.crosswalk import read_sssom

    corpus = DATA / "corpus"
    a, b = corpus / "engineering-ladders-developer.yaml", corpus / "medium-snowflake.yaml"
    s = compkit.suggest(a, b, top=3, backend="hashing")
    folder = tmp_path_factory.mktemp("review")
    sssom = compkit.export_crosswalk(s, folder / "cw.sssom.tsv", a=a, b=b)
    return sssom, compkit.export_crosswalk(read_sssom(sssom), folder / "cw.xlsx", a=a, b=b)


def _said(under_review, tmp_path, edit):
    """What take-review says of the workbook edited by ``edit(sheet, columns)``."""
    from openpyxl import load_workbook

    from compkit.crosswalk import read_sssom
    from compkit.crosswalk.workbookreview import read_review_workbook

    sssom, book = under_review
    wb = load_workbook(book)
    pairs = wb["Pairs"]
    edit(pairs, {c.value: c.column for c in pairs[1]})
    wb.save(tmp_path / "cw.xlsx")
    with warnings.catch_warnings(record=True) as seen:
        warnings.simplefilter("always")
        read_review_workbook(tmp_path / "cw.xlsx", read_sssom(sssom), reviewer="R")
    return [str(w.message).split("cw.xlsx: ", 1)[1] for w in seen]


def test_two_rank_cells_swapped_are_said(under_review, tmp_path):
    def swap(pairs, column):
        assert [pairs.cell(r, column["Rank"]).value for r in (2, 3, 4)] == [1, 2, 3]
        pairs.cell(2, column["Rank"]).value, pairs.cell(3, column["Rank"]).value = 2, 1
        pairs.cell(3, column["Review"]).value = "accepted"

    (said,) = _said(under_review, tmp_path, swap)  # nothing was said before
    assert said.startswith("sheet 'Pairs', rows 2, 3, column 'Rank': 2, 1 where the method ")
    assert "ranked the pairs 1, 2 (statement " in said
    assert "its rows ranked 2, 1, 3 down the sheet): a rank is the method's order" in said
    assert said.endswith("swapping ranks or rows records nothing; the Review on row 3 "
                         "('accepted') is recorded")  # fmt: skip

    def moved(pairs, column):  # the third row moved to the top of its statement's rows
        values = [[c.value for c in pairs[r]] for r in (2, 3, 4)]
        for r, row in zip((2, 3, 4), [values[2], values[0], values[1]], strict=True):
            for c, v in enumerate(row, 1):
                pairs.cell(r, c).value = v

    (said,) = _said(under_review, tmp_path, moved)
    assert said.startswith("sheet 'Pairs', rows 2, 3, 4, column 'Rank': 3, 1, 2 where the ")
    assert "to say which is the better match, pick 'accepted' in its Review column" in said


def test_a_sheet_sorted_by_another_column_says_nothing_of_ranks(under_review, tmp_path):
    def sort(pairs, column):
        rows = [[c.value for c in r] for r in pairs.iter_rows(min_row=2)]
        rows.sort(key=lambda r: str(r[column["Score"] - 1]))
        for r, row in enumerate(rows, 2):
            for c, v in enumerate(row, 1):
                pairs.cell(r, c).value = v

    assert _said(under_review, tmp_path, sort) == []


def test_a_reviewed_csv_says_a_settled_statements_fresh_candidates_are_not_needed():
    import pandas as pd

    from compkit.crosswalk.export import with_review

    s = pd.DataFrame({
        "subject_id": ["p-1", "p-1", "p-2", "p-3", "p-3"],
        "object_id": ["w-4", "w-9", "w-9", "sssom:NoTermFound", "w-1"],
        "rank": [1, 2, 1, 1, 2], "in_set": [True, False, True, False, False],
        "review_status": ["accepted", "suggested", "suggested", "no_match", "suggested"],
    })  # fmt: skip
    cw = pd.DataFrame({
        "subject_id": ["cis:p-1", "cis:p-3"], "object_id": ["wsx:w-4", "sssom:NoTermFound"],
        "review_status": ["accepted", "no_match"], "reviewer_label": ["Jo", "Jo"],
        "mapping_date": ["2026-12-05"] * 2, "comment": ["same duty", "none in WSX"],
    })  # fmt: skip
    out = with_review(s, cw).set_index(["subject_id", "object_id"])["review_status"]
    assert out[("p-1", "w-9")] == out[("p-3", "w-1")] == "not needed, statement settled"
    assert out[("p-2", "w-9")] == "suggested"  # an open statement's: work left, as before
    assert out[("p-1", "w-4")] == "accepted"


NOTED = DATA / "probe29b" / "noted.yaml"


def _notes(fw):
    return {i.id: i.note for i in fw.indicator_records if i.note}


def test_a_statements_note_comes_back_from_every_export(tmp_path):
    import pandas as pd

    from compkit.authoring.exports import export

    fw = compkit.load(NOTED)
    want = _notes(fw)
    assert len(want) == 5
    for fmt, name in [("xlsx", "n.xlsx"), ("tables", "tables"), ("case", "n.json")]:
        out = export(fw, tmp_path / name, to=fmt)
        back = read_case(out) if fmt == "case" else compkit.import_file(out).framework
        assert _notes(back) == want, fmt  # xlsx and tables lost every note before
        assert compkit.framework.to_dict(back) == compkit.framework.to_dict(fw), fmt
    rows = pd.read_csv(export(fw, tmp_path / "n.csv"), dtype=str, keep_default_na=False)
    said = dict(zip(rows["indicator_id"], rows["note"], strict=True))
    assert said["delivering-experienced-1"] == want["delivering-experienced-1"]
    assert said["delivering-senior-1"] == "'" + want["delivering-senior-1"]  # no formula runs
    graph = compkit.framework.read_graphml(export(fw, tmp_path / "n.graphml"))
    noted = {d["indicator_id"]: d.get("note") for _, d in graph.nodes(data=True)
             if d.get("type") == "indicator" and d.get("note")}  # fmt: skip
    assert noted == want


def test_an_author_edits_notes_in_the_workbook(tmp_path):
    from openpyxl import load_workbook

    from compkit.authoring import write_workbook

    wb = load_workbook(write_workbook(NOTED, tmp_path / "n.xlsx"))
    ws = wb["indicators"]
    header = [c.value for c in ws[1]]
    assert header[header.index("polarity") + 1] == "note"  # beside the statement, printed
    rows = {ws.cell(r, 1).value: r for r in range(2, ws.max_row + 1)}
    note = header.index("note") + 1
    ws.cell(rows["leading-lead-1"], note).value = "Evidenced by: the team's survey, 2025."
    ws.cell(rows["leading-senior-1"], note).value = None  # a note deleted
    ws.cell(rows["caring-foundation-1"], note).value = "  Example: greets users by name.  "
    wb.save(tmp_path / "edited.xlsx")
    back = _notes(compkit.import_file(tmp_path / "edited.xlsx").framework)
    assert back["leading-lead-1"] == "Evidenced by: the team's survey, 2025."
    assert "leading-senior-1" not in back
    assert back["caring-foundation-1"] == "Example: greets users by name."  # spaces typed around
    assert (
        back["delivering-experienced-1"] == _notes(compkit.load(NOTED))["delivering-experienced-1"]
    )  # its two lines kept: a note is never split into statements
    readme = [tuple(c.value for c in r) for r in wb["Read me"].iter_rows()]
    said = next(r[2] for r in readme if r[:2] == (None, "note") and "statement" in (r[2] or ""))
    assert said.startswith("What the source sets beside the statement, not the statement")


def test_case_writes_a_note_in_the_specs_field_and_reads_one_back():
    package = to_case(compkit.load(NOTED), changed=WHEN)
    items = {i["humanCodingScheme"]: i for i in package["CFItems"]}
    assert items["leading-senior-1"]["notes"].startswith("Why this level:")
    assert "note" not in items["leading-senior-1"]["extensions"]["compkit"]  # said once
    assert "notes" not in items["leading-lead-1"]
    act = read_case(ACT_MATH)  # ACT's examples beside its statements, word for word
    door = next(i for i in act.indicator_records if i.text.startswith("Describe basic shapes"))
    assert door.note == "Call a rectangle a door;Call a clock a circle"
    assert len(_notes(act)) == 11
    ccss = read_case(
        DATA / "probe27k" / "opensalt-framework-20c5134f-423d-4097-a971-3dd5152bf507.json"
    )
    assert sum(n.startswith("For example") for n in _notes(ccss).values()) == 4


@pytest.mark.parametrize("added", ["Reviewer notes", "Notes"])
def test_a_workbook_written_before_the_note_column_still_imports(tmp_path, added):
    """Refused before: "compkit's column 'note' is missing: if it is 'note' renamed ..."."""
    from openpyxl import load_workbook

    from compkit.authoring import write_workbook

    wb = load_workbook(write_workbook("cis", tmp_path / "cis.xlsx"))
    ws = wb["indicators"]
    ws.delete_cols([c.value for c in ws[1]].index("note") + 1)  # as exported before it
    ws.cell(1, ws.max_column + 1).value = added  # an author's own column beside it
    ws.cell(2, ws.max_column).value = "ask Sam about this one"
    wb.save(tmp_path / "old.xlsx")
    done = compkit.import_file(tmp_path / "old.xlsx")
    assert done.notes == (
        f"sheet 'indicators', column {added!r} not read (compkit did not write it); its one "
        "value stays in the workbook, not in the framework",
    )
    assert compkit.framework.to_dict(done.framework) == compkit.framework.to_dict("cis")
