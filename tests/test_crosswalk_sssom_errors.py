"""A cross-walk file (SSSOM TSV) edited by hand: each fault is one clear message with its line.

Also the cross-walk workbook on paper: the "Pairs" sheet prints legibly, headers in a named font.
"""

import re
import string
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import compkit
from compkit import CrosswalkError
from compkit.cli import main
from compkit.crosswalk.sssom import read_sssom, write_sssom

ROOT = Path(__file__).resolve().parents[1]
SHIPPED = ROOT / "data" / "crosswalks" / "cis-wsx.sssom.tsv"
LINES = SHIPPED.read_text(encoding="utf-8").splitlines(keepends=True)
HEADER = next(i for i, line in enumerate(LINES, 1) if not line.startswith("#"))  # the table's
WIDTH = LINES[HEADER - 1].count("\t") + 1


def edited(tmp_path, line: int, edit, *, set_cell_at=None) -> Path:
    """The shipped cross-walk with one line (1-based, in the file) changed by ``edit``.

    ``set_cell_at`` is (line, column, value): a second line changed.
    """
    lines = list(LINES)
    lines[line - 1] = edit(lines[line - 1].rstrip("\n")) + "\n"
    if set_cell_at:
        at, column, value = set_cell_at
        lines[at - 1] = set_cell(column, value)(lines[at - 1].rstrip("\n")) + "\n"
    path = tmp_path / "edited.sssom.tsv"
    path.write_text("".join(lines), encoding="utf-8")
    return path


def set_cell(column: str, value: str):
    columns = LINES[HEADER - 1].rstrip("\n").split("\t")

    def edit(line: str) -> str:
        cells = line.split("\t")
        cells[columns.index(column)] = value
        return "\t".join(cells)

    return edit


def refused(path) -> str:
    """The message read_sssom gives: exactly one line."""
    with pytest.raises(CrosswalkError) as err:
        read_sssom(path)
    message = str(err.value)
    assert message.count("\n") == 0, message
    return message


def cli_refused(capsys, *argv) -> str:
    code = main(list(argv))
    _, err = capsys.readouterr()
    assert code == 2, err
    assert err.startswith("compkit: error: ") and err.count("\n") == 1, err
    assert "Traceback" not in err and "internal error" not in err
    return err


# -- 1, 2. a stray tab: one message, the file's line ------------------------------------------
@pytest.mark.parametrize("line", [HEADER + 1, HEADER + 10, len(LINES)])
def test_a_stray_tab_is_one_message_with_the_files_line(tmp_path, line):
    path = edited(tmp_path, line, lambda text: text + "\tstray")
    expected = f"{path}:{line}: {WIDTH + 1} cells, the header has {WIDTH} (a tab inside a cell?)"
    assert refused(path) == expected


def test_a_stray_tab_is_refused_by_the_commands(tmp_path, capsys):
    path = edited(tmp_path, HEADER + 10, lambda text: text + "\tstray")
    said = f"{path}:{HEADER + 10}: {WIDTH + 1} cells, the header has {WIDTH}"
    err = cli_refused(capsys, "report", "cis", "wsx", "--crosswalk", str(path),
                      "-o", str(tmp_path / "r.html"))  # fmt: skip
    assert said in err
    err = cli_refused(capsys, "crosswalk", "cis", "wsx", "--reviewed", str(path),
                      "-o", str(tmp_path / "y.csv"))  # fmt: skip
    assert said in err
    assert not (tmp_path / "r.html").exists() and not (tmp_path / "y.csv").exists()


def test_empty_cells_past_the_header_are_a_spreadsheets_padding(tmp_path):
    path = edited(tmp_path, HEADER + 3, lambda text: text + "\t\t")
    assert len(read_sssom(path)) == len(read_sssom(SHIPPED))


@pytest.mark.parametrize("breaks", [1, 2])
def test_a_row_cut_by_a_line_break_is_one_message(tmp_path, breaks):
    def cut(text: str) -> str:  # inside subject_label
        cells = text.split("\t")
        cells[1] = cells[1].replace(" ", "\n", breaks)
        return "\t".join(cells)

    path = edited(tmp_path, HEADER + 4, cut)
    assert refused(path) == (
        f"{path}:{HEADER + 4}: a line break inside a cell cuts this row, lines "
        f"{HEADER + 4} to {HEADER + 4 + breaks}"
    )


def test_a_short_row_lacking_a_mandatory_cell_says_so(tmp_path):
    path = edited(tmp_path, HEADER + 2, lambda text: "\t".join(text.split("\t")[:5]))
    assert refused(path) == (
        f"{path}:{HEADER + 2}: 5 cells, the header has {WIDTH} "
        "(cells missing, or a line break in a cell?)"
    )


def test_a_column_named_twice_or_commas_for_tabs(tmp_path):
    path = edited(tmp_path, HEADER, lambda text: text.replace("\tcomment\t", "\tsubject_id\t"))
    assert refused(path) == f"{path}:{HEADER}: column 'subject_id' appears twice in the header row"
    path = edited(tmp_path, HEADER, lambda text: text.replace("\t", ","))
    assert "one cell of text with commas; SSSOM TSV separates cells with tabs" in refused(path)


# -- 1. quotes: a lone '"' is text; what write_sssom quotes reads back ------------------------
@pytest.mark.parametrize("value", ['"I know when to ask', 'the "best" one', 'ends with "'])
def test_a_lone_double_quote_is_text(tmp_path, value):
    path = edited(tmp_path, HEADER + 10, set_cell("comment", value))
    cw = read_sssom(path)
    assert cw.loc[9, "comment"] == value
    assert len(cw) == len(read_sssom(SHIPPED))


def test_a_quote_that_swallows_rows_is_named(tmp_path):
    path = edited(tmp_path, HEADER + 10, set_cell("comment", '"opened'),
                  set_cell_at=(HEADER + 12, "subject_label", 'closed"'))  # fmt: skip
    message = refused(path)
    assert message.startswith(f"{path}:{HEADER + 10}: ")
    assert f"a double quote opens a cell that runs to line {HEADER + 12}" in message


TEXT = st.text(alphabet=string.ascii_letters[:3] + ' "\t\n\r#=+-@', max_size=12).filter(
    lambda s: not s.startswith("'")
)


@settings(max_examples=60, deadline=None)
@given(labels=st.lists(TEXT, min_size=1, max_size=4))
def test_write_sssom_reads_back_any_text(tmp_path_factory, labels):
    n = len(labels)
    frame = pd.DataFrame({
        "subject_id": [f"cis:s{i}" for i in range(n)], "subject_label": labels,
        "predicate_id": ["skos:closeMatch"] * n, "object_id": ["wsx:o"] * n,
        "object_label": labels[::-1], "mapping_justification": ["semapv:ManualMappingCuration"] * n,
        "comment": labels,
    })  # fmt: skip
    path = write_sssom(frame, tmp_path_factory.mktemp("rt") / "x.sssom.tsv")
    back = read_sssom(path)
    for col in ("subject_label", "object_label", "comment"):
        assert back[col].tolist() == frame[col].tolist()


# -- 3. numbers and dates are checked, not turned into NaN ------------------------------------
@pytest.mark.parametrize(
    ("column", "value", "said"),
    [
        ("similarity_score", "high", "similarity_score 'high' is not a number"),
        ("similarity_score", "0,73", "similarity_score '0,73' is not a number (write a decimal"),
        ("match_score", "nan", "match_score 'nan' is not a number"),
        ("rank", "first", "rank 'first' is not a number"),
        ("rank", "1.5", "rank '1.5' is not a whole number"),
        ("mapping_date", "23/11/2026", "mapping_date '23/11/2026' is not a date in SSSOM's"),
        ("mapping_date", "2026-02-30", "mapping_date '2026-02-30' is not a date"),
    ],
)
def test_a_bad_number_or_date_is_reported(tmp_path, column, value, said):
    path = edited(tmp_path, HEADER + 1, set_cell(column, value))
    message = refused(path)
    assert message.startswith(f"{path}:{HEADER + 1}: {said}")
    if column == "mapping_date":
        assert message.endswith("form YYYY-MM-DD (2026-11-23)")
    if value == "0,73":
        assert message.endswith("(write a decimal point, not a comma)")


def test_a_bad_score_is_refused_by_the_report(tmp_path, capsys):
    path = edited(tmp_path, HEADER + 1, set_cell("rank", "first"))
    err = cli_refused(capsys, "report", "cis", "wsx", "--crosswalk", str(path),
                      "-o", str(tmp_path / "r.html"))  # fmt: skip
    assert f"{path}:{HEADER + 1}: rank 'first' is not a number" in err


def test_empty_numbers_and_dates_stay_allowed(tmp_path):
    path = edited(tmp_path, HEADER + 1, set_cell("mapping_date", ""),
                  set_cell_at=(HEADER + 2, "rank", "2.0"))  # fmt: skip
    cw = read_sssom(path)
    assert cw.loc[0, "mapping_date"] == "" and cw.loc[1, "rank"] == 2
    assert cw["similarity_score"].isna().any()  # the shipped file leaves some empty


# -- 4. not a cross-walk at all; a file that is not there -------------------------------------
def test_a_framework_file_is_named_as_one(capsys, tmp_path):
    framework = ROOT / "data" / "frameworks" / "cis.yaml"
    assert refused(framework) == (f"{framework} is a framework file, not a cross-walk (SSSOM TSV)")
    err = cli_refused(capsys, "report", "cis", "wsx", "--crosswalk", str(framework),
                      "-o", str(tmp_path / "r.html"))  # fmt: skip
    assert "is a framework file, not a cross-walk (SSSOM TSV)" in err


def test_a_bad_metadata_header_is_one_line_with_the_files_line(tmp_path):
    path = tmp_path / "bad.sssom.tsv"
    path.write_text("# curie_map:\n#   cis: https://w3id.org/compkit/cis/\n# title: a: b\n"
                    "subject_id\tpredicate_id\tobject_id\tmapping_justification\n")  # fmt: skip
    message = refused(path)
    assert message == (
        f"{path}:3: the metadata header (lines starting '#') is not valid YAML: "
        "mapping values are not allowed here"
    )
    assert "<unicode string>" not in message


def test_a_missing_file_is_named_as_the_user_gave_it(capsys, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    message = refused("nonexist")
    assert message == (
        "nonexist: no such cross-walk file here, nor a shipped cross-walk of that name (cis-wsx)"
    )
    err = cli_refused(capsys, "crosswalk", "cis", "wsx", "--reviewed", "nonexist", "-o", "y.csv")
    assert "nonexist: no such cross-walk file" in err and "data/crosswalks" not in err
    assert refused("gone.sssom.tsv") == "gone.sssom.tsv: no such cross-walk file"


# -- 5. the workbook on paper ----------------------------------------------------------------
PRINTABLE_PX = (11.69 - 2 * 0.4) * 96  # landscape A4, inside the margins


def printed_columns(ws) -> int:
    from openpyxl.utils import column_index_from_string

    return column_index_from_string(re.search(r"\$([A-Z]+)\$\d+$", ws.print_area).group(1))


def printed_size(ws) -> float:
    """The body text's size in points once the print area is fitted to the page width."""
    from openpyxl.utils import get_column_letter

    px = sum(ws.column_dimensions[get_column_letter(i)].width * 7 + 5
             for i in range(1, printed_columns(ws) + 1))  # fmt: skip
    return 11 * min(1.0, PRINTABLE_PX / px)


@pytest.fixture(scope="module", params=["suggestions", "reviewed"])
def workbook(request, tmp_path_factory):
    from openpyxl import load_workbook

    if request.param == "suggestions":
        mappings = compkit.suggest("cis", "wsx", method="lexical", top=5)
    else:
        mappings = read_sssom("cis-wsx")
    path = tmp_path_factory.mktemp("wb") / "cw.xlsx"
    return load_workbook(compkit.export_crosswalk(mappings, path, a="cis", b="wsx"))


def test_pairs_print_legibly_the_columns_a_reader_needs(workbook):
    ws = workbook["Pairs"]
    assert printed_size(ws) >= 8
    header = [c.value for c in ws[1]]
    printed = header[: printed_columns(ws)]
    assert {"CiS statement", "WSX Mind statement", "Relation", "Score"} <= set(printed)
    assert "Why suggested" in header and "Why suggested" not in printed
    # ids are on screen (a key for filters and lookups), names on paper
    assert "CiS id" in header and not [c for c in printed if c.endswith(" id")]
    assert ws.print_title_rows == "$1:$1"
    readme = {r[0].value: r[1].value for r in workbook["Read me"].iter_rows() if r[1].value}
    assert readme["Why suggested"].endswith("; on screen, not printed")
    assert not readme["CiS statement"].endswith("not printed")
    assert readme["WSX Mind id"].endswith("; on screen, not printed")
    none = workbook["No counterpart"]  # names on paper there too, the id last and on screen
    header = [c.value for c in none[1]]
    assert header[-1] == "CiS id" and printed_columns(none) == len(header) - 1


def test_every_bold_cell_has_a_named_font(workbook):
    for ws in workbook.worksheets:
        for row in ws.iter_rows(max_row=60):
            for cell in row:
                if cell.font.b:
                    assert cell.font.name == "Calibri", (ws.title, cell.coordinate)


def test_a_pipe_given_as_a_crosswalk_is_refused_not_waited_on(tmp_path, capsys):
    import os

    pipe = tmp_path / "cw.sssom.tsv"
    os.mkfifo(pipe)  # nothing ever writes to it: opening it to read would wait for ever
    with pytest.raises(CrosswalkError, match="not a regular file"):
        read_sssom(pipe)
    err = cli_refused(capsys, "crosswalk", "cis", "wsx", "--reviewed", str(pipe),
                      "-o", str(tmp_path / "y.csv"))  # fmt: skip
    assert "not a regular file" in err
