"""``compkit ingest -o`` names a framework file, in YAML, as ``compkit import -o`` does.

Was: ``compkit ingest skills.md -o skills.txt`` wrote YAML into a file named .txt.
"""

from __future__ import annotations

import pytest

from compkit.cli import main

MD = "# Skills\n\n| Skill | Basic | Skilled |\n| --- | --- | --- |\n| Writing | Notes. | Reports. |\n"


@pytest.mark.parametrize(
    ("name", "then"),
    [
        ("out.txt", None),
        ("out.toml", None),
        ("out.docx", "run 'compkit render out.yaml -o out.docx' after the ingest"),
        ("out.csv", "run 'compkit export out.yaml -o out.csv' after the ingest"),
    ],
)
def test_ingest_to_another_kind_of_file_is_refused(tmp_path, capsys, name, then):
    source = tmp_path / "skills.md"
    source.write_text(MD, encoding="utf-8")
    out = tmp_path / name
    assert main(["ingest", str(source), "-o", str(out)]) == 2
    err = capsys.readouterr().err
    assert err.startswith(
        f"compkit: error: -o {out}: 'compkit ingest' writes a framework file in YAML only, not "
        f"{out.suffix}; expected a name ending in .yaml or .yml (-o out.yaml)"
    ), err
    assert (then in err) if then else "after the ingest" not in err
    assert not out.exists()


@pytest.mark.parametrize("name", ["out.yaml", "out.yml", "out"])
def test_ingest_to_a_yaml_name_writes_it(tmp_path, capsys, name):
    source = tmp_path / "skills.md"
    source.write_text(MD, encoding="utf-8")
    assert main(["ingest", str(source), "-o", str(tmp_path / name)]) == 0
    assert (tmp_path / name).read_text(encoding="utf-8").startswith(("id:", "#", "schema"))
