"""A JSON or YAML data file that does not parse is refused with the line where it breaks."""

import pytest

import compkit
from compkit.cli import main


@pytest.mark.parametrize(
    ("name", "text", "where"),
    [
        (
            "cut.json",
            '{"competencies": [{"name": "A", "levels": [',
            "line 1, column 44: not valid JSON",
        ),
        (
            "comma.json",
            '{"competencies": [\n {"name": "A"}\n {"name": "B"}\n]}',
            "line 3, column 2",
        ),
        (
            "open.yaml",
            "competencies:\n  - name: A\n    levels: [x\n  - name: B\n",
            "line 4, column 9",
        ),
    ],
)
def test_the_parse_error_names_its_line(tmp_path, capsys, name, text, where):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    with pytest.raises(compkit.CompkitError, match=where):
        compkit.ingest(path)
    assert main(["ingest", str(path), "-o", str(tmp_path / "out.yaml")]) == 2
    err = capsys.readouterr().err
    assert where in err and "Traceback" not in err and len(err.strip().splitlines()) == 1


def test_a_data_file_that_parses_but_holds_no_framework_says_so(tmp_path):
    path = tmp_path / "other.yaml"
    path.write_text("a: 1\nb: [1, 2]\n", encoding="utf-8")
    with pytest.raises(compkit.CompkitError, match="no competency framework found in this data"):
        compkit.ingest(path)
