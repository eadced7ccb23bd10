"""The eleventh probe of the cross-walk: a reviewer's session on frameworks nobody had tried.

Found reviewing, in the Python API, a cross-walk of a US public-sector "Core Competency 5:
Communication" (studylib.net/doc/15022440, its "Meets Competency | Does Not Meet Competency"
table as Word) to the HSE's stress-management competencies, and of the US Department of
Labor's CareerOneStop "2.5 Communication" block (public domain, as a web page) to WSX Mind;
pinned here on the public corpus frameworks in tests/data/corpus (see its README) and the
bundled CiS and WSX:

- a pair the reviewer added by hand, and a statement's "no counterpart", went to the end of
  the file with no rank, and so to the foot of the exported workbook (row 65 of 67), while the
  statement's own rows still read "not reviewed" ranks 1 to 3 at the top; a file saved with
  its own old ranks was exported with them (the tenth round's leftover);
- a row whose cells a reviewer cleared in a spreadsheet (tabs only, not deleted) made the
  whole file unreadable: "empty subject_id, empty predicate_id, ..." at its line.
"""

from pathlib import Path

import pandas as pd
import pytest

import compkit
from compkit.crosswalk import decide, read_sssom, to_crosswalk, write_sssom

CORPUS = Path(__file__).resolve().parent / "data" / "corpus"
PAIRS = [
    ("cis", "wsx"),
    (str(CORPUS / "ft-engineering.yaml"), str(CORPUS / "monzo-backend.yaml")),
]


def _session(a, b):
    """A cross-walk, top 3, as a reviewer leaves it: the first statement's rank 2 rejected and a
    pair added by hand accepted, the second statement marked as having no counterpart."""
    fa, fb = compkit.load(a), compkit.load(b)
    cw = to_crosswalk(compkit.suggest(fa, fb, top=3, method="lexical"), subject=fa.id, object=fb.id)
    first, second = cw["subject_id"].unique()[:2]
    mine = cw[cw["subject_id"] == first]
    cw = decide(cw, first, mine["object_id"].iloc[1], "reject", reviewer="Ann", date="2024-01-01")
    suggested = set(mine["object_id"].str.split(":").str[1])
    other = next(i for i in fb.indicators["indicator_id"] if i not in suggested)
    cw = decide(cw, first, other, "accept", reviewer="Ann", date="2024-01-01", b=fb)
    cw = decide(cw, second, None, "no_match", reviewer="Ann", date="2024-01-01")
    return cw, first, second, f"{fb.id}:{other}"


@pytest.mark.parametrize(("a", "b"), PAIRS)
def test_a_pair_added_by_hand_stands_beside_its_statement_in_the_file(tmp_path, a, b):
    cw, first, _, added = _session(a, b)
    rows = cw.index[cw["subject_id"] == first].tolist()
    assert rows == list(range(rows[0], rows[0] + 4))  # its 3 suggestions and the added pair
    path = write_sssom(cw, tmp_path / "cw.sssom.tsv", meta=cw.attrs.get("sssom"))
    back = read_sssom(path)
    assert back.loc[rows[-1], ["subject_id", "object_id", "review_status"]].tolist() == [
        first,
        added,
        "accepted",
    ]


@pytest.mark.parametrize(("a", "b"), PAIRS)
@pytest.mark.parametrize("suffix", [".xlsx", ".csv", ".sssom.tsv"])
def test_an_export_ranks_each_statement_s_rows_the_reviewer_s_answer_first(tmp_path, a, b, suffix):
    cw, first, second, added = _session(a, b)
    path = write_sssom(cw, tmp_path / "cw.sssom.tsv", meta=cw.attrs.get("sssom"))
    out = compkit.export_crosswalk(read_sssom(path), tmp_path / f"out{suffix}", a=a, b=b)
    if suffix == ".xlsx":
        frame = pd.read_excel(out, sheet_name="Pairs")
        sid, oid = (c for c in frame.columns if c.endswith(" id"))
        frame = frame.rename(columns={sid: "s", oid: "o", "Rank": "rank", "Review": "status"})
        ids = {first.split(":", 1)[1], second.split(":", 1)[1]}
        settled = {"accepted", "no counterpart"}
        added = added.split(":", 1)[1]
    else:
        frame = read_sssom(out) if suffix != ".csv" else pd.read_csv(out, encoding="utf-8-sig")
        frame = frame.rename(
            columns={"subject_id": "s", "object_id": "o", "review_status": "status"}
        )
        ids, settled = {first, second}, {"accepted", "no_match"}
    for s in ids:  # each statement's rows together, ranked 1, 2, ... once each
        at = frame.index[frame["s"] == s]
        assert list(at) == list(range(at[0], at[0] + len(at)))
        assert frame.loc[at, "rank"].tolist() == list(range(1, len(at) + 1))
        assert frame.loc[at[0], "status"] in settled  # the reviewer's answer first
    mine = frame[frame["s"] == frame.loc[frame["o"] == added, "s"].iloc[0]]
    assert mine["o"].iloc[0] == added
    assert mine["status"].iloc[-1] == "rejected"


def test_a_file_saved_with_a_rank_twice_is_exported_ranked_once_each(tmp_path):
    """A cross-walk saved before ranks were renumbered (a refresh's old and new ranks)."""
    cw = read_sssom("cis-wsx")
    first = cw["subject_id"].iloc[0]
    mine = cw.index[cw["subject_id"] == first]
    cw.loc[mine, "rank"] = 1  # every pair of the statement "rank 1"
    out = compkit.export_crosswalk(cw, tmp_path / "cw.xlsx", a="cis", b="wsx")
    pairs = pd.read_excel(out, sheet_name="Pairs")
    sid = next(c for c in pairs.columns if c.endswith(" id"))
    ranks = pairs.loc[pairs[sid] == first.split(":", 1)[1], "Rank"].tolist()
    assert ranks == list(range(1, len(mine) + 1))


@pytest.mark.parametrize("name", ["cis-wsx", "ft-monzo"])
def test_a_row_of_cleared_cells_is_no_mapping(tmp_path, name):
    """Cells cleared in a spreadsheet, the row not deleted: tabs only, read as a blank line."""
    if name == "cis-wsx":
        cw = read_sssom("cis-wsx")
    else:
        a, b = CORPUS / "ft-engineering.yaml", CORPUS / "monzo-backend.yaml"
        cw = to_crosswalk(compkit.suggest(a, b, top=2, method="lexical"), subject=compkit.load(a).id,
                          object=compkit.load(b).id)  # fmt: skip
    path = write_sssom(cw, tmp_path / "cw.sssom.tsv", meta=cw.attrs.get("sssom"))
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    width = lines[-1].count("\t")
    at = next(i for i, ln in enumerate(lines) if not ln.startswith("#")) + 3
    lines[at:at] = ["\t" * width + "\r\n"]
    lines.append("\t" * width + "\n")
    path.write_text("".join(lines), encoding="utf-8", newline="")
    back = read_sssom(path)
    assert len(back) == len(cw)
    assert back["subject_id"].tolist() == cw["subject_id"].tolist()


@pytest.mark.parametrize("reviewed", [False, True])
def test_the_workbook_shows_a_statement_after_the_stem_it_completes(tmp_path, reviewed):
    """GDS's cells open "You should:" over a list: its statements are fragments on their own
    ("follow coding conventions/styleguides for your language"). The workbook shows them as a
    reader meets them, as the comparison report does; the SSSOM and CSV files keep each
    statement as published, and a framework with no stem (CiS) is shown as it is."""
    gds = CORPUS / "gds-tech-career-path.yaml"
    mappings = compkit.suggest(gds, "cis", top=1, method="lexical")
    if reviewed:
        mappings = to_crosswalk(mappings, subject="gds-tech-career-path", object="cis")
    out = compkit.export_crosswalk(mappings, tmp_path / "cw.xlsx", a=gds, b="cis")
    pairs = pd.read_excel(out, sheet_name="Pairs")
    first = compkit.load(gds).indicators.iloc[0]
    row = pairs[pairs["GDS id"] == first["indicator_id"]].iloc[0]
    assert row["GDS statement"] == f"You should: {first['text']}"
    cis = compkit.load("cis").indicators.set_index("indicator_id")["text"]
    assert row["CiS statement"] == cis[row["CiS id"]]
    csv = compkit.export_crosswalk(mappings, tmp_path / "cw.csv", a=gds, b="cis")
    frame = pd.read_csv(csv, encoding="utf-8-sig")
    published = frame.loc[
        frame["subject_id"].str.split(":").str[-1] == first["indicator_id"], "subject_label"
    ]
    assert published.tolist() == [first["text"]]


@pytest.mark.parametrize(("a", "b"), PAIRS)
def test_the_widget_does_not_call_candidates_left_open_new(tmp_path, a, b):
    """Pairs decided one by one in the Python API leave the statement's other candidates open:
    the widget said "Decided before; new candidates since.", though none came since."""
    from compkit.crosswalk import review_crosswalk

    cw, first, _, _ = _session(a, b)
    path = write_sssom(cw, tmp_path / "cw.sssom.tsv", meta=cw.attrs.get("sssom"))
    w = review_crosswalk(path, a, b, reviewer="Ann")
    assert "new candidates" not in w.progress.value
    # the first statement has a counterpart accepted: settled, its other candidates not
    # needed (since the twenty-eighth round, as the workbook says; it was "still open")
    assert "still open" not in w.progress.value
    shown = []
    while w.current is not None:
        shown.append(w.current)
        w.choose({})
    assert first not in shown


def _packed(text: str, room: int) -> int:
    """Lines an id of hyphenated words takes when lines break only after a hyphen."""
    lines, used = 1, 0
    for piece in text.replace("-", "-\0").split("\0"):
        if used + len(piece) > room:
            lines, used = lines + 1, 0
        used += len(piece)
    return lines


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (CORPUS / "ft-engineering.yaml", CORPUS / "monzo-backend.yaml"),
        (CORPUS / "gsa-508-pm.yaml", "wsx"),
    ],
)
def test_a_long_id_is_not_cut_off_in_the_pairs(tmp_path, a, b):
    """Ids of hyphenated words ("problem-solving-decision-making-tech-director-1") wrap after
    their hyphens, so they take more lines than their characters fill: the rows were as tall as
    the characters, and the id's end, the number telling the statements apart, was cut off.
    Ids are kept off paper now (names beside them tell a reader the statements), in a column
    wide enough to read them on screen, and a row is still as tall as its id wraps."""
    from openpyxl import load_workbook
    from openpyxl.utils import column_index_from_string, get_column_letter

    s = compkit.suggest(a, b, top=1, method="lexical")
    out = compkit.export_crosswalk(s, tmp_path / "cw.xlsx", a=a, b=b)
    ws = load_workbook(out)["Pairs"]
    header = [c.value for c in ws[1]]
    col = next(i for i, name in enumerate(header, 1) if name.endswith(" id"))
    last_printed = ws.print_area.split(":")[-1].rstrip("0123456789").strip("$")
    assert column_index_from_string(last_printed) < col
    room = int(ws.column_dimensions[get_column_letter(col)].width * 1.1)
    ids = [ws.cell(r, col).value for r in range(2, ws.max_row + 1)]
    assert max(len(i) for i in ids) > 30 and room >= 30  # read whole, not in five lines
    r, longest = max(enumerate(ids, start=2), key=lambda x: _packed(x[1], room))
    assert ws.row_dimensions[r].height >= 14 * _packed(longest, room)


@pytest.mark.parametrize(("a", "b"), PAIRS)
def test_a_file_sorted_in_a_spreadsheet_is_exported_in_the_framework_s_order(tmp_path, a, b):
    """A reviewer sorted the file by the other framework's statements (Excel, Sort A to Z) and
    saved it: the export put each statement's rows together, in that scrambled order."""
    cw, _, _, _ = _session(a, b)
    cw = cw.sort_values("object_label", kind="stable").reset_index(drop=True)
    out = compkit.export_crosswalk(cw, tmp_path / "cw.csv", a=a, b=b)
    got = pd.read_csv(out, encoding="utf-8-sig")["subject_id"].str.split(":", n=1).str[-1]
    ids = list(compkit.load(a).indicators["indicator_id"])
    order = list(dict.fromkeys(got))
    assert order == [i for i in ids if i in set(order)]
