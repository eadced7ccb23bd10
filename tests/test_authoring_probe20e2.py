"""Probe 20 E2: role profiles with no statements read back from compkit's renders; new ids."""

import pytest
import yaml

import compkit
from compkit.authoring import render
from compkit.cli import main
from compkit.ingest import IngestError

ONE_ROLE = """\
schema_version: 1
id: grades
title: Grade profiles
organisation: Example Agency
levels:
  - {id: l1, name: Level 1, rank: 1}
  - {id: l2, name: Level 2, rank: 2}
competencies:
  - {id: communication, name: Communication, indicators: []}
roles:
  - {id: gs-01, name: GS-01-04, requires: {communication: l2}}
"""

SAID = (
    ": no statements to read: the document holds role profiles only, 1 role (GS-01-04) "
    "needing a level of 1 competency (Level 2), and no behaviour or indicator under a "
    "competency and a level; expected statements (a framework's behaviours) beside or below "
    "the competencies; this is compkit's own render of a framework with no statements yet, and "
    "a document brings back only a framework with statements: keep the framework's YAML file, "
    "or its workbook or CASE export, which hold it whole"
)


@pytest.mark.parametrize("fmt", ["docx", "md", "html"])
@pytest.mark.parametrize("layout", ["competency", "level"])
def test_a_render_of_roles_with_no_statements_is_refused_in_words(tmp_path, fmt, layout):
    source = tmp_path / "grades.yaml"
    source.write_text(ONE_ROLE, encoding="utf-8")
    out = tmp_path / f"grades.{fmt}"
    render(compkit.load(source), out, layout=layout)
    with pytest.raises(IngestError) as err:  # the Word render's roles lead-in was a statement
        compkit.ingest(out)
    assert str(err.value) == str(out) + SAID


def test_the_cli_says_so_without_a_traceback(tmp_path, capsys):
    source = tmp_path / "grades.yaml"
    source.write_text(ONE_ROLE, encoding="utf-8")
    out = tmp_path / "grades.docx"
    assert main(["render", str(source), "-o", str(out)]) == 0
    assert main(["ingest", str(out), "-o", str(tmp_path / "back.yaml")]) == 2
    err = capsys.readouterr().err
    assert "1 role (GS-01-04) needing a level of 1 competency (Level 2)" in err
    assert "Traceback" not in err
    assert not (tmp_path / "back.yaml").exists()


def test_a_render_with_statements_keeps_its_roles_and_statements(tmp_path):
    doc = yaml.safe_load(ONE_ROLE)
    doc["competencies"][0]["indicators"] = [
        {"id": "communication-l2-1", "level": "l2", "text": "Writes clearly for the reader."}
    ]
    source = tmp_path / "grades.yaml"
    source.write_text(yaml.safe_dump(doc, sort_keys=False), encoding="utf-8")
    out = tmp_path / "grades.docx"
    render(compkit.load(source), out)
    fw = compkit.ingest(out).framework
    assert [i.text for i in fw.indicator_records] == ["Writes clearly for the reader."]
    assert list(fw.roles["role"]) == ["GS-01-04"]
