"""Ingested.write() beside a YAML data file never aims at the file it read."""

import pytest

import compkit

DATA = """competencies:
  - name: Communication
    levels:
      - name: Level 1
        statements: ["Listens to others and asks questions to understand"]
      - name: Level 2
        statements: ["Explains complex ideas in plain words to any audience"]
"""


def test_the_default_output_of_a_yaml_source_is_beside_it_under_another_name(tmp_path):
    src = tmp_path / "data.yaml"
    src.write_text(DATA, encoding="utf-8")
    out = compkit.ingest(src).write()
    assert out == tmp_path / "data.framework.yaml"
    assert src.read_text(encoding="utf-8") == DATA  # the source is untouched
    assert compkit.load(out).counts().sum().sum() == 2


def test_writing_over_the_source_is_refused_in_python_words(tmp_path):
    src = tmp_path / "data.yaml"
    src.write_text(DATA, encoding="utf-8")
    with pytest.raises(compkit.CompkitError, match=r"overwrite the document read.*write\(path\)"):
        compkit.ingest(src).write(src)
