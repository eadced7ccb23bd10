"""The cross-walk's deliverables, part two (twenty-second round): what a reviewer reads.

Each test here failed on the code before its fix: on a cross-walk under review the workbook's
"No counterpart" sheet listed only the statements a reviewer marked, never those the method
flagged (FT → GDS: 2 rows while 16 statements were flagged); the Note column's meaning was
"the reviewer's note" in ``pairs_table`` though it shows the method's flag.
"""

from __future__ import annotations

import pandas as pd
import pytest
from openpyxl import load_workbook

import compkit
from compkit.crosswalk import decide, read_sssom, to_crosswalk, write_sssom
from compkit.crosswalk.pairs import pairs_table
from compkit.crosswalk.review import NO_CREDIBLE


@pytest.fixture(scope="module")
def reviewed(tmp_path_factory):
    """A CiS → WSX cross-walk (model-free backend) whose first three statements the method
    flagged: the first marked "no counterpart" by Ann, the second given a counterpart, the
    third left; the fourth (not flagged) marked "no counterpart" on two of its rows."""
    s = compkit.suggest("cis", "wsx", top=2, backend="hashing")
    first = list(dict.fromkeys(s["subject_id"]))[:4]
    s = s.assign(unmatched=s["subject_id"].isin(first[:3]))
    cw = to_crosswalk(s, subject="cis", object="wsx")
    ids = [f"cis:{i}" for i in first]
    when = {"reviewer": "Ann", "date": "2026-12-05"}
    cw = decide(cw, ids[0], None, "no_match", **when)
    pick = cw.loc[cw["subject_id"] == ids[1], "object_id"].iloc[0]
    cw = decide(cw, ids[1], pick, "accept", **when)
    for obj in cw.loc[cw["subject_id"] == ids[3], "object_id"].iloc[:2]:  # typed on two rows
        cw.loc[(cw["subject_id"] == ids[3]) & (cw["object_id"] == obj), "review_status"] = (
            "no_match"
        )
        cw.loc[(cw["subject_id"] == ids[3]) & (cw["object_id"] == obj), "reviewer_label"] = "Ann"
    folder = tmp_path_factory.mktemp("reviewed")
    path = write_sssom(cw, folder / "cw.sssom.tsv", meta=cw.attrs.get("sssom"))
    return read_sssom(path), ids, folder


def test_the_no_counterpart_sheet_lists_the_methods_flags_and_the_reviewers_once_each(reviewed):
    cw, ids, folder = reviewed
    book = compkit.export_crosswalk(cw, folder / "cw.xlsx", a="cis", b="wsx")
    sheet = pd.read_excel(book, sheet_name="No counterpart")
    assert list(sheet.columns) == ["CiS competency", "CiS level", "CiS statement", "Said by",
                                   "CiS id"]  # fmt: skip
    said = dict(zip("cis:" + sheet["CiS id"], sheet["Said by"], strict=True))
    assert len(said) == len(sheet)  # each statement once
    assert said[ids[0]].startswith("the reviewer (Ann)")
    assert said[ids[2]] == "the method (not yet reviewed)"  # was missing
    assert said[ids[3]] == "the reviewer (Ann)"  # marked on two rows: once
    assert ids[1] not in said  # the reviewer found it a counterpart: the flag no longer stands
    assert list(said) == [i for i in ids if i in said]  # in the framework's order
    readme = load_workbook(book)["Read me"]
    meaning = {r[0].value: r[1].value for r in readme.iter_rows() if r[0].value and r[1].value}
    assert meaning["Said by"].startswith("who said it has none: the reviewer")
    ws = load_workbook(book)["No counterpart"]  # the id on screen only; who said so printed
    assert ws.print_area.endswith(f"$D${ws.max_row}")


def test_suggestions_keep_their_sheet_of_the_methods_flags_without_a_said_by_column(tmp_path):
    s = compkit.suggest("cis", "wsx", top=2, backend="hashing")
    s = s.assign(unmatched=s["subject_id"].isin(s["subject_id"].iloc[:1]))
    book = compkit.export_crosswalk(s, tmp_path / "s.xlsx", a="cis", b="wsx")
    sheet = pd.read_excel(book, sheet_name="No counterpart")
    assert list(sheet.columns) == ["CiS competency", "CiS level", "CiS statement", "CiS id"]
    assert sheet["CiS id"].tolist() == [s["subject_id"].iloc[0]]


def test_the_note_columns_meaning_says_the_flag_is_the_methods(reviewed):
    cw, _, _ = reviewed
    _, meaning = pairs_table(cw, "cis", "wsx")
    assert meaning["Note"].startswith(f"the reviewer's note; '{NO_CREDIBLE}' on a statement")
    assert "is the method's flag" in meaning["Note"]
    _, meaning = pairs_table(cw.assign(comment=""), "cis", "wsx")
    assert meaning["Note"] == "the reviewer's note"


def test_the_review_widgets_cards_lead_with_names_and_the_statement_the_id_last_and_small(
    reviewed,
):
    from compkit.crosswalk import ReviewWidget

    cw, ids, folder = reviewed
    w = ReviewWidget(folder / "cw.sssom.tsv", reviewer="Bo", a="cis", b="wsx")
    assert w.current == ids[2]  # the first statement not yet decided, flagged by the method
    first = cw[cw["subject_id"] == w.current].iloc[0]
    card = w.subject.value
    names = card.index("Supporting our people · ")  # was after the id, in code type
    assert names < card.index(first["subject_label"][:40]) < card.index(w.current)
    assert card.index("no credible counterpart") < card.index("<code") < card.index(w.current)
    for k, box in enumerate(w.candidates.children):
        text, obj = box.children[2].value, w.objects[k]
        label = cw.loc[(cw["subject_id"] == w.current) & (cw["object_id"] == obj)].iloc[0]
        assert text.index("<b>") < text.index(label["object_label"][:40]) < text.index(obj)
        assert f"rank {k + 1} · <code" in text  # small, beside the state


def test_the_sssom_file_writes_each_competency_as_a_curie_its_header_declares(tmp_path):
    """SSSOM's subject_category: a category's term (a CURIE, preferred) or a string; a bare
    competency id ("people") was neither. Read back, the frame holds the bare id as before."""
    cw = compkit.read_sssom("cis-wsx")  # the bundled file, written before: bare ids
    path = write_sssom(cw, tmp_path / "cw.sssom.tsv")
    text = path.read_text(encoding="utf-8")
    body = [line.split("\t") for line in text.splitlines() if not line.startswith("#")]
    head = body[0]
    rows = [dict(zip(head, r, strict=True)) for r in body[1:]]
    assert rows[0]["subject_category"] == "cis:people"  # was "people"
    assert rows[0]["object_category"].startswith("wsx:")
    none = [r for r in rows if r["object_id"] == "sssom:NoTermFound"]
    assert none and {r["object_category"] for r in none} == {""}
    header = compkit.read_sssom(path).attrs["sssom"]["curie_map"]
    assert {"cis", "wsx"} <= set(header)
    back = compkit.read_sssom(path)
    cols = ["subject_category", "object_category"]
    assert back[cols].values.tolist() == cw[cols].values.tolist()
    again = write_sssom(back, tmp_path / "again.sssom.tsv")  # never cis:cis:people
    assert again.read_text(encoding="utf-8") == text
