"""Hostile and broken inputs are refused before parsing, with one clear message (issue 14).

Each case is a file a careless or malicious user could hand over; none may hang, exhaust memory
or end in a traceback.
"""

import io
import zipfile

import pytest

import compkit
from compkit.errors import InputError
from compkit.framework.export import csv_text
from compkit.framework.limits import MAX_DEPTH, check_zip, decode_text, load_json

GOOD = compkit.framework.bundled()["cis"].read_text("utf-8")


def load_text(tmp_path, text: str | bytes, name: str = "fw.yaml"):
    path = tmp_path / name
    (path.write_bytes if isinstance(text, bytes) else path.write_text)(text)
    return compkit.load(path)


def error_of(tmp_path, text, name="fw.yaml") -> str:
    with pytest.raises(compkit.CompkitError) as info:
        load_text(tmp_path, text, name)
    return str(info.value)


def test_alias_bomb_is_refused(tmp_path):
    bomb = "a: &a [x, x, x, x, x, x, x, x, x]\n" + "".join(
        f"{chr(98 + i)}: &{chr(98 + i)} [*{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, "
        f"*{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}]\n"
        for i in range(9)
    )
    message = error_of(tmp_path, bomb)
    assert "fw.yaml:2: YAML aliases (*a) are not allowed in a framework file" in message


@pytest.mark.parametrize("depth", [MAX_DEPTH + 1, 10_000])
def test_deep_nesting_is_refused(tmp_path, depth):
    message = error_of(tmp_path, "a: " + "[" * depth + "]" * depth + "\n")
    assert f"nested deeper than {MAX_DEPTH} levels" in message


def test_deep_json_is_refused():
    with pytest.raises(InputError, match=f"nested deeper than {MAX_DEPTH} levels"):
        load_json("[" * 100_000 + "]" * 100_000, "x.json")


@pytest.mark.parametrize(
    ("data", "allowed"),
    [
        ("x", True),
        ([[[]]], True),  # three levels, the innermost empty
        ([[["x"]]], False),  # a value inside the third level is at the fourth
        ({"a": [{}], "b": 1}, True),
        ({"a": [{"b": 1}]}, False),
        ([1, [2, [3]]], False),
        ([1, [2, []]], True),
        ([1, [2, [[]]]], False),
    ],
)
def test_json_nests_up_to_the_limit_counting_values(data, allowed):
    """A value counts as a level of its own, as the first guard counted it."""
    from compkit.framework.limits import check_depth

    if allowed:
        check_depth(data, "x.json", limit=3)
    else:
        with pytest.raises(InputError, match="nested deeper than 3 levels"):
            check_depth(data, "x.json", limit=3)


@pytest.mark.parametrize(
    ("char", "name"),
    [
        ("\x0b", "a vertical tab (Word's soft line break)"),
        ("\x00", "NUL"),
        ("\x1b", "ESC"),
    ],
)
def test_control_characters_in_a_statement_are_refused_with_the_line(tmp_path, char, name):
    escaped = char.encode("unicode_escape").decode().replace("\\x", "\\x")
    old = "text: I take responsibility for my own wellbeing,"
    text = GOOD.replace(old, f'text: "I take{escaped}responsibility for my own wellbeing,', 1)
    text = text.replace("opportunities for myself.\n", 'opportunities for myself."\n', 1)
    line = GOOD[: GOOD.index(old)].count("\n") + 1
    message = error_of(tmp_path, text)
    assert f"fw.yaml:{line}: indicator 'people-l1-1': text: contains {name} at character 7" in (
        message
    )


def test_an_id_with_a_trailing_newline_is_refused():
    doc = compkit.framework.to_dict("cis")
    doc["competencies"][0]["indicators"][0]["id"] = "people-l1-1\n"
    with pytest.raises(compkit.FrameworkFileError, match="is not valid here"):
        compkit.framework.from_dict(doc)


def test_encodings(tmp_path):
    assert load_text(tmp_path, GOOD.encode("utf-16"), "u16.yaml").id == "cis"
    assert load_text(tmp_path, b"\xef\xbb\xbf" + GOOD.encode(), "bom.yaml").id == "cis"
    message = error_of(tmp_path, GOOD.replace("–", "-").encode("utf-8") + b"caf\xe9\n", "l1.yaml")
    assert "not UTF-8 text" in message
    assert "save the file as UTF-8" in message
    assert decode_text("é".encode("utf-16"), "x") == "é"


def test_a_folder_or_a_pipe_is_not_a_framework(tmp_path):
    with pytest.raises(compkit.FrameworkNotFoundError, match="is a folder"):
        compkit.load(tmp_path)


@pytest.mark.parametrize("bad", [None, 123, b"cis", ["cis"], 1.5])
def test_load_says_what_it_expected(bad):
    with pytest.raises(compkit.UsageError, match="expected a framework, a bundled id"):
        compkit.load(bad)


def zip_with(entries: dict[str, bytes], path):
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in entries.items():
            z.writestr(name, data)
    return path


def test_a_sheet_declaring_a_million_rows_is_refused_before_reading(tmp_path):
    sheet = (
        b'<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/'
        b'spreadsheetml/2006/main"><dimension ref="A1:XFD1048576"/><sheetData/></worksheet>'
    )
    path = zip_with({"xl/worksheets/sheet1.xml": sheet}, tmp_path / "big.xlsx")
    with pytest.raises(InputError, match="declares 1,048,576 rows x 16,384 columns"):
        check_zip(path)


def test_a_zip_bomb_is_refused_from_its_directory(tmp_path):
    path = zip_with({"xl/sharedStrings.xml": b"0" * (64 * 2**20)}, tmp_path / "bomb.xlsx")
    assert path.stat().st_size < 2**20
    with pytest.raises(InputError, match="a zip bomb"):
        check_zip(path)


def test_corrupt_and_protected_files(tmp_path):
    corrupt = tmp_path / "corrupt.xlsx"
    corrupt.write_bytes(b"PK\x03\x04 not really a zip")
    with pytest.raises(InputError, match="not a valid workbook"):
        check_zip(corrupt)
    protected = tmp_path / "protected.xlsx"
    protected.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(512))
    with pytest.raises(InputError, match="password-protected or old-format"):
        check_zip(protected)


def test_csv_never_splits_a_row_nor_runs_a_formula():
    import csv

    import pandas as pd

    frame = pd.DataFrame({"text": ["Works well.\r=2+3", "=HYPERLINK()", "fine\n-1", "plain"]})
    rows = list(csv.reader(io.StringIO(csv_text(frame), newline="")))
    assert [r[0] for r in rows] == [
        "text",
        "Works well.\r'=2+3",
        "'=HYPERLINK()",
        "fine\n'-1",
        "plain",
    ]
