"""Cross-walk files: SSSOM properties, review decisions, merging reviewers, atomic saves,
exports, and the reviewed CiS to WSX cross-walk that ships with compkit."""

import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pandas as pd
import pytest
import yaml

import compkit
from compkit.crosswalk import (
    CROSSWALK_COLUMNS,
    NO_TERM,
    PREDICATES,
    agreement,
    decide,
    export_crosswalk,
    merge,
    pending,
    read_sssom,
    suggest,
    to_crosswalk,
    update,
    write_sssom,
)

ROOT = Path(__file__).resolve().parents[1]
SHIPPED = ROOT / "data" / "crosswalks" / "cis-wsx.sssom.tsv"
CORPUS = ROOT / "tests" / "data" / "corpus"
MANDATORY = ("subject_id", "predicate_id", "object_id", "mapping_justification")
SEMAPV = {
    "semapv:ManualMappingCuration",
    "semapv:MappingReview",
    "semapv:CompositeMatching",
    "semapv:LexicalSimilarityThresholdMatching",
    "semapv:SemanticSimilarityThresholdMatching",
}


@pytest.fixture(scope="module")
def suggested():
    return to_crosswalk(suggest("cis", "wsx", top=3), subject="cis", object="wsx")


def header_and_rows(path: Path):
    lines = path.read_text(encoding="utf-8").splitlines()
    header = yaml.safe_load("\n".join(ln[2:] for ln in lines if ln.startswith("# ")))
    rows = pd.read_csv(path, sep="\t", comment="#", dtype=str, keep_default_na=False)
    return header, rows


def check_sssom_properties(path: Path) -> pd.DataFrame:
    """What a reader needs of an SSSOM file, checked on the file itself (not by sssom-py)."""
    header, rows = header_and_rows(path)
    for col in MANDATORY:
        assert col in rows.columns
        assert (rows[col] != "").all(), col
    assert header["mapping_set_id"].startswith("https://")
    assert header["license"].startswith("https://")
    curies = (
        set(rows["subject_id"])
        | set(rows["object_id"])
        | set(rows["predicate_id"])
        | set(rows["mapping_justification"])
    )
    for d in header.get("extension_definitions", []):
        curies |= {d["property"], d["type_hint"]}
        assert d["slot_name"] in rows.columns
    used = {c.split(":", 1)[0] for c in curies}
    assert used <= set(header["curie_map"]), used - set(header["curie_map"])
    assert set(rows["predicate_id"]) <= set(PREDICATES)
    assert set(rows["mapping_justification"]) <= SEMAPV
    assert set(rows["predicate_modifier"]) <= {"", "Not"}
    for col in set(rows.columns) - set(CROSSWALK_COLUMNS):
        pytest.fail(f"undeclared column {col}")
    return rows


# -- SSSOM files -------------------------------------------------------------------------------
def test_written_file_has_every_sssom_property_and_round_trips(suggested, tmp_path):
    cw = decide(
        suggested,
        *suggested.loc[0, ["subject_id", "object_id"]],
        "reject",
        reviewer="R",
        note="different",
        date="2025-01-02",
    )
    cw = decide(cw, "cis:equality-l4-3", None, "no_match", reviewer="R", date="2025-01-02")
    path = write_sssom(cw, tmp_path / "x.sssom.tsv")
    rows = check_sssom_properties(path)
    assert len(rows) == len(cw)
    back = read_sssom(path)
    pd.testing.assert_frame_equal(
        back[[*list(MANDATORY), "predicate_modifier", "review_status"]].reset_index(drop=True),
        cw[[*list(MANDATORY), "predicate_modifier", "review_status"]]
        .fillna("")
        .reset_index(drop=True),
        check_dtype=False,
    )
    assert back["match_score"].tolist() == pytest.approx(cw["match_score"].tolist(), nan_ok=True)
    again = write_sssom(back, tmp_path / "y.sssom.tsv", meta=back.attrs["sssom"])
    assert again.read_text() == path.read_text()


def test_labels_that_look_like_formulas_stay_text(suggested, tmp_path):
    cw = suggested.copy()
    cw.loc[0, "subject_label"] = "=SUM(A1:A9)"
    cw.loc[1, "comment"] = "+1 from me"
    path = write_sssom(cw, tmp_path / "f.sssom.tsv")
    text = path.read_text()
    assert "\t'=SUM(A1:A9)" in text and "\t'+1 from me" in text
    back = read_sssom(path)
    assert back.loc[0, "subject_label"] == "=SUM(A1:A9)"
    csv = export_crosswalk(cw, tmp_path / "f.csv")
    assert "'=SUM(A1:A9)" in csv.read_text()
    xlsx = export_crosswalk(cw, tmp_path / "f.xlsx", a="cis", b="wsx")
    from openpyxl import load_workbook

    pairs = load_workbook(xlsx)["Pairs"]
    column = [c.value for c in pairs[1]].index("CiS statement") + 1
    cell = pairs.cell(2, column)
    assert cell.value.startswith("=SUM(A1:A9)") and cell.data_type == "s"


def test_xlsx_export_has_one_formatted_sheet_per_view(tmp_path):
    from openpyxl import load_workbook

    path = export_crosswalk(read_sssom(SHIPPED), tmp_path / "cw.xlsx", a="cis", b="wsx")
    wb = load_workbook(path)
    assert wb.sheetnames == [
        "Read me",
        "Pairs",
        "Level alignment",
        "Competencies",
        "No counterpart",
    ]
    for ws in wb.worksheets[1:]:
        assert ws.freeze_panes == "A2"
        assert ws.auto_filter.ref
        assert ws.column_dimensions["A"].width >= 8
    unmatched = pd.read_excel(path, sheet_name="No counterpart")
    assert sorted(unmatched["CiS id"]) == ["brilliant-l3-3", "brilliant-l4-3", "equality-l4-3"]
    levels = pd.read_excel(path, sheet_name="Level alignment")
    assert levels["Aligned WSX Mind level"].iloc[0] == "Core"


def test_xlsx_workbook_speaks_the_readers_language_and_prints(tmp_path):
    from openpyxl import load_workbook

    s = suggest("cis", "wsx", top=5)
    wb = load_workbook(export_crosswalk(s, tmp_path / "cw.xlsx", a="cis", b="wsx"))
    pairs = wb["Pairs"]
    header = [c.value for c in pairs[1]]
    row = dict(zip(header, [c for c in pairs[2]], strict=True))
    # names beside ids, relations in words with the CURIE in its own column
    assert row["CiS id"].value == "people-l1-1"
    assert row["CiS competency"].value == "Supporting our people"
    assert row["CiS level"].value == "Level 1"
    assert row["WSX Mind level"].value in {
        "Core",
        "Skilled",
        "Supervisory",
        "Management",
        "Executive",
    }
    relations = {c.value for c in pairs[get_column(header, "Relation")][1:]}
    assert relations <= {"exact match", "close match", "broader match", "narrower match",
                         "related match"}  # fmt: skip
    assert row["Relation (SKOS)"].value.startswith("skos:")
    # scores rounded, shown through number formats
    for name, fmt in (("Score", "0.00"), ("z-score", "0.0"), ("Meaning similarity", "0.00")):
        assert row[name].number_format == fmt
        assert row[name].value == round(row[name].value, 3)
    assert row["Why suggested"].value.startswith("shared words:")
    # every column of every sheet explained on the "Read me" sheet
    explained = {c.value for c in wb["Read me"]["A"] if c.value}
    for ws in wb.worksheets[1:]:
        for cell in ws[1]:
            assert cell.value in explained or ws.title != "Pairs", cell.value
    assert set(header) <= explained
    # printing: landscape, one page wide, header row repeated, text wrapped with tall rows
    for ws in wb.worksheets:
        assert ws.page_setup.orientation == "landscape"
        assert ws.page_setup.fitToWidth == 1 and ws.page_setup.fitToHeight == 0
        assert ws.sheet_properties.pageSetUpPr.fitToPage
    assert pairs.print_title_rows == "$1:$1"
    assert row["CiS statement"].alignment.wrap_text
    assert pairs.row_dimensions[2].height >= 30


def get_column(header, name):
    from openpyxl.utils import get_column_letter

    return get_column_letter(header.index(name) + 1)


def test_reading_a_bad_file_reports_every_problem_with_its_line(tmp_path):
    bad = tmp_path / "bad.sssom.tsv"
    bad.write_text(
        "# curie_map:\n#   cis: https://w3id.org/compkit/cis/\n"
        "subject_id\tpredicate_id\tobject_id\tmapping_justification\n"
        "cis:a\tskos:sameAs\twsx:b\tsemapv:ManualMappingCuration\n"
        "cis:a\tskos:closeMatch\twsx:c\tmanual\n"
    )
    with pytest.raises(compkit.CrosswalkError) as err:
        read_sssom(bad)
    message = str(err.value)
    assert f"{bad}:4: predicate_id 'skos:sameAs' is not a SKOS mapping predicate" in message
    assert (
        f"{bad}:4: object_id 'wsx:b': prefix 'wsx' is not declared in the header's curie_map"
        in message
    )
    assert f"{bad}:5: mapping_justification 'manual' is not a SEMAPV term" in message
    missing = tmp_path / "missing.sssom.tsv"
    missing.write_text("# curie_map: {}\nsubject_id\tobject_id\ncis:a\twsx:b\n")
    with pytest.raises(
        compkit.CrosswalkError,
        match=r"missing.sssom.tsv:2: missing mandatory "
        r"columns predicate_id, mapping_justification in the table's header row "
        r"\(found: subject_id, object_id\)",
    ):
        read_sssom(missing)


# -- decisions ---------------------------------------------------------------------------------
def test_each_decision_is_recorded_with_reviewer_date_note_and_justification(suggested):
    s, o = suggested.loc[0, ["subject_id", "object_id"]]
    s2, o2 = suggested.loc[1, ["subject_id", "object_id"]]
    s3, o3 = suggested.loc[3, ["subject_id", "object_id"]]
    cw = decide(suggested, s, o, "accept", reviewer="Ann", note="same", date="2025-02-01")
    cw = decide(cw, s2, o2, "reject", reviewer="Ann", note="no", date="2025-02-01")
    cw = decide(
        cw, s3, o3, "change", predicate="skos:broadMatch", reviewer="Ann", date="2025-02-01"
    )
    cw = decide(cw, *suggested.loc[4, ["subject_id", "object_id"]], "unsure", reviewer="Ann")
    cw = decide(cw, "cis:brilliant-l4-3", None, "no_match", reviewer="Ann", note="nothing")
    got = cw.set_index(["subject_id", "object_id"])
    assert got.loc[
        (s, o),
        ["review_status", "reviewer_label", "mapping_date", "comment", "mapping_justification"],
    ].tolist() == ["accepted", "Ann", "2025-02-01", "same", "semapv:ManualMappingCuration"]
    assert got.loc[(s2, o2), ["review_status", "predicate_modifier"]].tolist() == [
        "rejected",
        "Not",
    ]
    assert got.loc[(s3, o3), ["review_status", "predicate_id"]].tolist() == [
        "changed",
        "skos:broadMatch",
    ]
    assert got.loc[(s3, o3), "suggested_predicate_id"] == suggested.loc[3, "predicate_id"]
    unsure = cw[cw["review_status"] == "unsure"].iloc[0]
    assert unsure["mapping_justification"] == "semapv:MappingReview"
    nomatch = cw[cw["object_id"] == NO_TERM].iloc[0]
    assert nomatch["review_status"] == "no_match" and nomatch["subject_id"] == "cis:brilliant-l4-3"
    assert pd.notna(got.loc[(s2, o2), "match_score"])  # the method's score stays
    assert "cis:brilliant-l4-3" not in set(pending(cw)["subject_id"])
    assert len(suggested) == (suggested["review_status"] == "suggested").sum()  # input unchanged


def test_bad_decisions_are_refused_with_a_clear_message(suggested):
    pair = suggested.loc[0, ["subject_id", "object_id"]]
    with pytest.raises(compkit.CrosswalkError, match="unknown decision 'maybe'; expected one of"):
        decide(suggested, *pair, "maybe", reviewer="R")
    with pytest.raises(compkit.CrosswalkError, match=r"decision 'change' needs the new relation"):
        decide(suggested, *pair, "change", reviewer="R")
    with pytest.raises(compkit.CrosswalkError, match="unknown relation 'skos:sameAs'"):
        decide(suggested, *pair, "accept", predicate="skos:sameAs", reviewer="R")
    with pytest.raises(compkit.CrosswalkError, match="a decision needs a reviewer"):
        decide(suggested, *pair, "accept", reviewer=" ")


def test_rerunning_suggestions_never_loses_a_decision(suggested):
    cw = suggested
    for i, decision in enumerate(["accept", "reject", "unsure"]):
        cw = decide(cw, *suggested.loc[i * 7, ["subject_id", "object_id"]], decision, reviewer="R")
    cw = decide(cw, "cis:people-l1-1", "wsx:work-core-1", "accept", reviewer="R")  # added by hand
    decided = cw[cw["review_status"] != "suggested"]
    for method in ("lexical", "hybrid"):
        fresh = to_crosswalk(
            suggest("cis", "wsx", top=5, method=method), subject="cis", object="wsx"
        )
        merged = update(cw, fresh)
        kept = merged.merge(decided, on=["subject_id", "object_id"], suffixes=("", "_old"))
        assert len(kept) == len(decided)
        assert (kept["review_status"] == kept["review_status_old"]).all()
        assert not merged.duplicated(["subject_id", "object_id"]).any()


def test_two_reviewers_merge_with_their_agreement_reported(suggested):
    pairs = [tuple(suggested.loc[i, ["subject_id", "object_id"]]) for i in range(6)]
    a = b = suggested
    for p, (da, db) in zip(
        pairs,
        [
            ("accept", "accept"),
            ("reject", "reject"),
            ("accept", "reject"),
            ("accept", "accept"),
            ("unsure", "accept"),
            ("reject", None),
        ],
        strict=True,
    ):
        a = decide(a, *p, da, reviewer="Ann", date="2025-03-01", note=f"ann {da}")
        if db:
            b = decide(b, *p, db, reviewer="Bob", date="2025-03-02", note=f"bob {db}")
    report = agreement(a, b)
    assert (report["pairs"], report["agreed"], report["agreement"]) == (5, 3, 0.6)
    assert -1 <= report["kappa"] < 0.6
    assert len(report["conflicts"]) == 2
    merged = merge(a, b)
    got = merged.set_index(["subject_id", "object_id"])
    assert got.loc[pairs[0], ["review_status", "reviewer_label"]].tolist() == [
        "accepted",
        "Ann|Bob",
    ]
    conflict = got.loc[pairs[2]]
    assert conflict["review_status"] == "unsure"
    assert conflict["comment"] == (
        "conflict: Ann: " + conflict["predicate_id"] + " (ann accept); "
        "Bob: not " + conflict["predicate_id"] + " (bob reject)"
    )
    assert got.loc[pairs[5], "review_status"] == "rejected"  # only Ann decided
    assert len(merged) == len(suggested)


# -- atomic saves ------------------------------------------------------------------------------
WRITER = """
import sys, pandas as pd
from compkit.crosswalk import read_sssom, write_sssom
frame = read_sssom(sys.argv[1])
big = pd.concat([frame] * 60, ignore_index=True)
print("ready", flush=True)
i = 0
while True:
    big["comment"] = f"round {i}"
    write_sssom(big, sys.argv[2])
    i += 1
"""


def test_killing_the_process_during_a_save_leaves_the_previous_file_intact(tmp_path):
    target = tmp_path / "cw.sssom.tsv"
    write_sssom(read_sssom(SHIPPED), target)
    before = target.read_text()
    rounds = set()
    for delay in (0.35, 0.6, 0.9, 1.3):
        proc = subprocess.Popen(
            [sys.executable, "-c", WRITER, str(SHIPPED), str(target)],
            stdout=subprocess.PIPE,
            text=True,
        )
        assert proc.stdout.readline().strip() == "ready"
        time.sleep(delay)
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=30)
        proc.stdout.close()
        frame = read_sssom(target)  # parses: never half a file
        text = target.read_text()
        assert text == before or len(frame) == 60 * len(read_sssom(SHIPPED))
        rounds |= set(frame["comment"]) if text != before else {"before"}
        before = text
    assert rounds  # at least one state was observed
    assert all(c == "before" or re.fullmatch(r"round \d+", c) for c in rounds)


# -- the shipped, reviewed cross-walk ----------------------------------------------------------
def test_shipped_crosswalk_reviews_every_cis_indicator(cis, wsx):
    rows = check_sssom_properties(SHIPPED)
    cw = read_sssom(SHIPPED)
    assert set(cw["subject_id"].str[4:]) == set(cis.indicators["indicator_id"])
    assert (cw["review_status"] != "suggested").all()
    assert set(cw["review_status"]) == {"accepted", "rejected", "unsure", "changed", "no_match"}
    assert (cw["reviewer_label"] == "compkit maintainers").all()
    assert (cw["comment"].str.len() > 10).all()
    assert cw["mapping_date"].str.fullmatch(r"\d{4}-\d{2}-\d{2}").all()
    manual = cw["review_status"] != "unsure"
    assert (cw.loc[manual, "mapping_justification"] == "semapv:ManualMappingCuration").all()
    assert (cw.loc[cw["review_status"] == "rejected", "predicate_modifier"] == "Not").all()
    positive = cw[cw["review_status"].isin(["accepted", "changed"])]
    assert (
        positive.groupby("subject_id")
        .size()
        .reindex("cis:" + cis.indicators["indicator_id"])
        .fillna(0)
        .gt(0)
        .sum()
        == 59
    )
    texts = dict(zip("cis:" + cis.indicators["indicator_id"], cis.indicators["text"], strict=True))
    texts |= dict(zip("wsx:" + wsx.indicators["indicator_id"], wsx.indicators["text"], strict=True))
    assert (cw["subject_label"] == cw["subject_id"].map(texts)).all()
    real = cw[cw["object_id"] != NO_TERM]
    assert (real["object_label"] == real["object_id"].map(texts)).all()
    assert len(rows) == len(cw)


# -- what other SSSOM tools read ---------------------------------------------------------------
def test_header_says_skos_concepts_and_leaves_the_tool_to_the_rows(suggested, tmp_path):
    # statements related by SKOS predicates are SKOS concepts, not OWL classes; mapping_tool is
    # propagatable, and SSSOM readers ignore a set-level value when rows hold their own
    header, rows = header_and_rows(write_sssom(suggested, tmp_path / "x.sssom.tsv"))
    assert (header["subject_type"], header["object_type"]) == ("skos concept", "skos concept")
    assert rows["mapping_tool"].str.startswith("compkit ").all()
    assert "mapping_tool" not in header
    kept = read_sssom(tmp_path / "x.sssom.tsv")
    kept.attrs["sssom"]["mapping_tool"] = "compkit"  # a header written before this fix
    header, _ = header_and_rows(write_sssom(kept, tmp_path / "y.sssom.tsv"))
    assert "mapping_tool" not in header
    bare = suggested.assign(mapping_tool="")
    header, _ = header_and_rows(write_sssom(bare, tmp_path / "z.sssom.tsv"))
    assert header["mapping_tool"] == "compkit"


def test_merged_reviewers_are_one_multivalued_sssom_label(suggested, tmp_path):
    pair = tuple(suggested.loc[0, ["subject_id", "object_id"]])
    a = decide(suggested, *pair, "accept", reviewer="Ann", date="2025-03-01")
    b = decide(suggested, *pair, "accept", reviewer="Bob", date="2025-03-02")
    c = decide(suggested, *pair, "accept", reviewer="Bob", date="2025-03-03")
    merged = merge(merge(a, b), c)
    assert merged.loc[0, "reviewer_label"] == "Ann|Bob"  # each reviewer once
    back = read_sssom(write_sssom(merged, tmp_path / "m.sssom.tsv"))
    assert back.loc[0, "reviewer_label"] == "Ann|Bob"
    with pytest.raises(compkit.CrosswalkError, match=re.escape("'|' separates reviewers in")):
        decide(suggested, *pair, "accept", reviewer="Ann|Bob")


def test_suggestions_honouring_a_review_export_with_its_decisions(tmp_path):
    honoured = suggest("cis", "wsx", top=2, method="lexical", reviewed="cis-wsx")
    cw = to_crosswalk(honoured, subject="cis", object="wsx")
    decided = cw["review_status"] != "suggested"
    assert set(cw.loc[decided, "review_status"]) == {"accepted", "changed", "no_match"}
    assert (cw.loc[decided, "mapping_justification"] == "semapv:ManualMappingCuration").all()
    assert (cw.loc[~decided, "mapping_justification"] != "semapv:ManualMappingCuration").all()
    check_sssom_properties(export_crosswalk(honoured, tmp_path / "h.sssom.tsv", a="cis", b="wsx"))
    from openpyxl import load_workbook

    book = load_workbook(export_crosswalk(honoured, tmp_path / "h.xlsx", a="cis", b="wsx"))
    header = [c.value for c in book["Pairs"][1]]
    review = [
        r[header.index("Review")] for r in book["Pairs"].iter_rows(min_row=2, values_only=True)
    ]
    assert {"accepted", "accepted, relation changed", "no counterpart"} <= set(review)


def test_a_long_title_on_the_read_me_sheet_has_room_for_every_line(tmp_path):
    from openpyxl import load_workbook

    hse = ROOT / "tests" / "data" / "corpus" / "hse-stress-competencies.yaml"
    s = suggest(hse, "cis", top=1, method="lexical", cross_polarity=True)
    readme = load_workbook(export_crosswalk(s, tmp_path / "h.xlsx", a=hse, b="cis"))["Read me"]
    title = readme["A1"].value
    assert len(title) > 180  # three lines at 14 points over both columns
    assert readme.row_dimensions[1].height >= 3 * 18
    short = load_workbook(export_crosswalk(suggest("cis", "wsx", top=1, method="lexical"),
                                           tmp_path / "c.xlsx", a="cis", b="wsx"))  # fmt: skip
    assert short["Read me"].row_dimensions[1].height == 40  # room for two lines


def test_a_file_saved_again_by_a_spreadsheet_reads_as_written(suggested, tmp_path):
    # LibreOffice and Excel pad every '#' line with a tab per column, and quote one holding '"'
    path = write_sssom(suggested, tmp_path / "x.sssom.tsv", meta={"mapping_set_title": 'A "B"'})
    width = len(CROSSWALK_COLUMNS) - 1
    saved = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#"):
            line = f'"{line.replace(chr(34), 2 * chr(34))}"' if '"' in line else line
            line += "\t" * width
        saved.append(line)
    again = tmp_path / "saved.sssom.tsv"
    again.write_text("\n".join(saved) + "\n", encoding="utf-8")
    first, second = read_sssom(path), read_sssom(again)
    assert second.attrs["sssom"] == first.attrs["sssom"]
    assert second.attrs["sssom"]["mapping_set_title"] == 'A "B"'
    pd.testing.assert_frame_equal(second, first)


def test_a_csv_file_tells_spreadsheets_it_is_utf8(tmp_path):
    # without a byte-order mark LibreOffice and Excel read it in the system's code page:
    # "colleagues’" became "colleaguesâ€™" and "Débutant" "DÃ©butant" (LibreOffice, headless)
    fw = tmp_path / "tiny.yaml"
    fw.write_text(
        "schema_version: 1\nid: tiny\ntitle: Petit référentiel\norganisation: Coopérative\n"
        "cumulative: true\nlevels:\n  - {id: base, name: Niveau 1 – Débutant, rank: 1}\n"
        "competencies:\n  - id: equipe\n    name: Travail d'équipe 🤝\n    indicators:\n"
        '      - {id: equipe-1, level: base, text: "Listens to colleagues’ ideas — and '
        'builds on them."}\n',
        encoding="utf-8",
    )
    s = suggest(fw, "wsx", top=1, method="lexical")
    data = export_crosswalk(s, tmp_path / "t.csv", a=fw, b="wsx").read_bytes()
    assert data.startswith(b"\xef\xbb\xbfsubject_id,")
    back = pd.read_csv(tmp_path / "t.csv")
    assert back.loc[0, "subject_label"] == "Listens to colleagues’ ideas — and builds on them."
    assert back.loc[0, "subject_competency_name"] == "Travail d'équipe 🤝"
    assert back.loc[0, "subject_level_name"] == "Niveau 1 – Débutant"


def test_no_header_word_is_cut_by_a_narrow_column(tmp_path):
    # FT's competencies head columns of two-digit numbers: 'Communication' and 'Technical'
    # were broken over two lines ('Communic' / 'ation') in LibreOffice's PDF
    from openpyxl import load_workbook
    from openpyxl.utils import get_column_letter

    uni, ft = CORPUS / "myunidays.yaml", CORPUS / "ft-engineering.yaml"
    s = suggest(uni, ft, top=1, method="lexical")
    book = load_workbook(export_crosswalk(s, tmp_path / "u.xlsx", a=uni, b=ft))
    for ws in book.worksheets[1:]:
        for i, cell in enumerate(ws[1], 1):
            longest = max(len(w) for w in str(cell.value).split())
            assert ws.column_dimensions[get_column_letter(i)].width >= longest + 2, cell.value


@pytest.mark.parametrize("draft_id", ["cis", "cis-draft"])
def test_a_framework_and_its_draft_keep_both_sides_in_the_workbook(tmp_path, draft_id):
    # both called "CiS": the pairs sheet had one "CiS statement" column, the draft's was lost
    from openpyxl import load_workbook

    text = SHIPPED.parents[1].joinpath("frameworks", "cis.yaml").read_text(encoding="utf-8")
    draft = tmp_path / "cis-draft.yaml"
    draft.write_text(
        text.replace("\nid: cis\n", f"\nid: {draft_id}\n").replace(
            "I trust my own judgement", "I trust my own judgement and act on it"
        ),
        encoding="utf-8",
    )
    s = suggest("cis", draft, top=1, method="lexical")
    book = load_workbook(export_crosswalk(s, tmp_path / "d.xlsx", a="cis", b=draft))
    tags = ("A", "B") if draft_id == "cis" else ("cis", "cis-draft")
    a, b = (f"CiS ({t})" for t in tags)
    pairs = pd.DataFrame(
        list(book["Pairs"].values)[1:], columns=[c.value for c in book["Pairs"][1]]
    )
    edited = pairs[pairs[f"{a} statement"] == "I trust my own judgement"]
    assert edited[f"{b} statement"].tolist() == ["I trust my own judgement and act on it"]
    assert f"called {a} here to " in book["Read me"]["A1"].value
    assert book["Level alignment"]["B1"].value == f"Share of matches at {b} Level 1"
