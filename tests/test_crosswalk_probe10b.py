"""The tenth probe of the cross-walk, second pass: what a helper found refreshing and merging.

Found on BuzzFeed's product design ladder (github.com/buzzfeed/design, product-design-roles.md,
GNU FDL 1.3: its designer levels against its design-manager levels, each ingested from the
published Markdown), reviewed, then refreshed with ``compkit crosswalk A B --top 3 --reviewed
cw.sssom.tsv -o out.xlsx``; pinned here on the public corpus frameworks in tests/data/corpus
(FT engineering, Monzo backend, GDS, Medium; see its README):

- after a refresh the decided rows kept the rank of the run that suggested them and the fresh
  suggestions theirs: "Rank 2" twice, a candidate not reviewed above an accepted one;
- a CSV export read back as SSSOM (``compkit.read_sssom("x.csv")``, ``--reviewed x.csv``) was
  refused for missing columns, not said to be an export, nor what to pass instead;
- :func:`compkit.crosswalk.merge` of two reviewers' files dropped the columns they had added
  (which ``decide`` and ``write_sssom`` keep);
- the workbook's long Pairs header ("Product Design Manager Roles competency") was clipped when
  printed: its height counted characters, not the lines its words wrap to.
"""

import shutil
from pathlib import Path

import pandas as pd
import pytest

import compkit
from compkit.crosswalk import decide, read_sssom, to_crosswalk, write_sssom

CORPUS = Path(__file__).resolve().parent / "data" / "corpus"
_KEYS = ["subject_id", "object_id"]
PAIRS = [
    ("ft-engineering", "monzo-backend"),
    ("gds-tech-career-path", "medium-snowflake"),
]


def _reviewed(folder: Path, a: str, b: str, *, reviewer: str = "Ann") -> tuple[Path, str, str]:
    """A cross-walk of two corpus frameworks, top 2, its first subject's rank 1 rejected and
    rank 2 accepted; the frameworks copied beside it. Returns the path and the two pairs."""
    for name in (a, b):
        shutil.copy(CORPUS / f"{name}.yaml", folder / f"{name}.yaml")
    fa, fb = folder / f"{a}.yaml", folder / f"{b}.yaml"
    cw = to_crosswalk(compkit.suggest(fa, fb, top=2, method="lexical"), subject=a, object=b)
    first = cw[cw["subject_id"] == cw.loc[0, "subject_id"]]
    (s, no), (_, yes) = first[["subject_id", "object_id"]].head(2).values.tolist()
    cw = decide(cw, s, no, "reject", reviewer=reviewer, date="2024-01-01")
    cw = decide(cw, s, yes, "accept", reviewer=reviewer, date="2024-01-01")
    path = folder / "cw.sssom.tsv"
    write_sssom(cw, path, meta=cw.attrs.get("sssom"))
    return path, no, yes


def _ranks_once_each(frame: pd.DataFrame, subject: str, rank: str) -> None:
    for sid, ranks in frame.groupby(subject)[rank]:
        got = sorted(ranks.dropna().astype(int))
        assert got == list(range(1, len(got) + 1)), (sid, got)


@pytest.mark.parametrize(("a", "b"), PAIRS)
def test_a_refresh_ranks_each_subject_once_each_the_reviewer_s_answer_first(tmp_path, a, b):
    from compkit.cli import main

    path, no, yes = _reviewed(tmp_path, a, b)
    argv = ["crosswalk", str(tmp_path / f"{a}.yaml"), str(tmp_path / f"{b}.yaml"), "--method",
            "lexical", "--top", "3", "--reviewed", str(path)]  # fmt: skip
    assert main([*argv, "-o", str(tmp_path / "out.sssom.tsv")]) == 0
    cw = read_sssom(tmp_path / "out.sssom.tsv")
    assert len(cw) > cw["subject_id"].nunique()
    _ranks_once_each(cw, "subject_id", "rank")
    mine = cw[cw["subject_id"] == cw.loc[0, "subject_id"]].sort_values("rank")
    assert mine.iloc[0][["object_id", "review_status", "rank"]].tolist() == [yes, "accepted", 1]
    assert mine.iloc[-1][["object_id", "review_status"]].tolist() == [no, "rejected"]
    open_ = mine[mine["review_status"] == "suggested"]["match_score"]
    assert open_.is_monotonic_decreasing and len(open_) >= 2
    assert main([*argv, "-o", str(tmp_path / "out.xlsx")]) == 0
    pairs = pd.read_excel(tmp_path / "out.xlsx", sheet_name="Pairs")
    sid = next(c for c in pairs.columns if c.endswith(" id"))
    _ranks_once_each(pairs, sid, "Rank")
    top = pairs[pairs[sid] == mine.iloc[0]["subject_id"].split(":", 1)[1]].iloc[0]
    assert (top["Rank"], top["Review"]) == (1, "accepted")


@pytest.mark.parametrize(("a", "b"), PAIRS)
def test_a_csv_export_read_as_sssom_is_named_and_told_what_to_pass(tmp_path, a, b, capsys):
    from compkit.cli import main

    path, _, _ = _reviewed(tmp_path, a, b)
    fa, fb = str(tmp_path / f"{a}.yaml"), str(tmp_path / f"{b}.yaml")
    argv = ["crosswalk", fa, fb, "--method", "lexical", "--top", "2"]
    assert main([*argv, "-o", str(tmp_path / "x.csv")]) == 0
    compkit.crosswalk.export_crosswalk(read_sssom(path), tmp_path / "cw.csv")
    told = "not SSSOM TSV; compkit does not read CSV exports back: give the SSSOM file"
    for name, what in (("x.csv", "table of suggestions in CSV"), ("cw.csv", "exported as CSV")):
        with pytest.raises(compkit.CompkitError) as err:
            read_sssom(tmp_path / name)
        said = str(err.value)
        assert what in said and told in said and "compkit crosswalk A B -o cw.sssom.tsv" in said
        assert "missing mandatory" not in said
    capsys.readouterr()
    assert (
        main([*argv, "--reviewed", str(tmp_path / "x.csv"), "-o", str(tmp_path / "y.sssom.tsv")])
        != 0
    )
    err = capsys.readouterr().err
    assert "table of suggestions in CSV" in err and "Traceback" not in err


@pytest.mark.parametrize(("a", "b"), PAIRS)
def test_merge_keeps_a_column_the_reviewers_added_both_values_where_they_differ(tmp_path, a, b):
    from compkit.crosswalk import merge

    path, no, yes = _reviewed(tmp_path, a, b)
    ann = read_sssom(path)
    bob = decide(ann, ann.loc[0, "subject_id"], no, "accept", reviewer="Bob", date="2024-01-02")
    s2, o2 = ann[ann["subject_id"] != ann.loc[0, "subject_id"]].iloc[0][_KEYS]
    bob = decide(bob, s2, o2, "reject", reviewer="Bob", date="2024-01-02")
    pair = ann.loc[0, "subject_id"]
    ann = ann.assign(source="")
    ann.loc[(ann["subject_id"] == pair) & (ann["object_id"] == no), "source"] = "p. 4"
    ann.loc[(ann["subject_id"] == pair) & (ann["object_id"] == yes), "source"] = "p. 4"
    bob = bob.assign(source="", asked="")
    bob.loc[(bob["subject_id"] == pair) & (bob["object_id"] == no), "source"] = "p. 5"
    bob.loc[(bob["subject_id"] == pair) & (bob["object_id"] == yes), "source"] = "p. 4"
    bob.loc[(bob["subject_id"] == s2) & (bob["object_id"] == o2), "asked"] = "Kim"
    m = merge(ann, bob)
    assert {"source", "asked"} <= set(m.columns)
    got = m.set_index(_KEYS)
    assert got.loc[(pair, yes), "source"] == "p. 4"  # agreed: once
    assert got.loc[(pair, no), "source"] == "Ann: p. 4; Bob: p. 5"  # differ: both, named
    assert got.loc[(s2, o2), "asked"] == "Kim"  # only one wrote it
    assert (m["source"] != "").sum() == 2 and (m["asked"] != "").sum() == 1
    write_sssom(m, tmp_path / "m.sssom.tsv", meta=ann.attrs.get("sssom"))
    again = read_sssom(tmp_path / "m.sssom.tsv").set_index(_KEYS)
    assert again.loc[(pair, no), "source"] == "Ann: p. 4; Bob: p. 5"


@pytest.mark.filterwarnings("ignore:.*flagged unmatched")  # small frameworks (calibrate.py)
@pytest.mark.parametrize(
    ("a", "b"),
    [("gds-tech-career-path", "medium-snowflake"), ("gsa-508-pm", "usds-sample-competencies")],
)
def test_a_long_pairs_header_is_tall_enough_for_its_words_wrapped(tmp_path, a, b):
    """Frameworks named by their organisation (no short name), as an ingested one often is."""
    import re

    import openpyxl

    from compkit.crosswalk import export_crosswalk

    paths = []
    for name in (a, b):
        text = (CORPUS / f"{name}.yaml").read_text(encoding="utf-8")
        paths.append(tmp_path / f"{name}.yaml")
        paths[-1].write_text(re.sub(r"(?m)^short_name:.*\n", "", text), encoding="utf-8")
    s = compkit.suggest(*paths, top=1, method="lexical")
    ws = openpyxl.load_workbook(export_crosswalk(s, tmp_path / "x.xlsx", a=paths[0], b=paths[1]))[
        "Pairs"
    ]
    from compkit.crosswalk._wraplines import header_lines

    widths = {c.value: ws.column_dimensions[c.column_letter].width for c in ws[1]}
    need = {c: header_lines(c, w) for c, w in widths.items()}
    longest = max(need, key=need.get)
    # "Medium (A Medium Corporation) competency": 4 lines printed by LibreOffice in its column
    # 13 wide, as its letters measure (counted as 11 characters a line it was 5, a row too tall)
    assert need[longest] >= 4, longest
    assert ws.row_dimensions[1].height >= 15 * need[longest]
    assert all(c.alignment.wrap_text for c in ws[1])
