import shutil
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings

import compkit
from compkit.authoring.edits import add_indicator, move_indicator, remove_indicator, set_text
from compkit.authoring.yamledit import dump_yaml, edit_yaml
from compkit.framework.build import from_dict
from compkit.framework.io import from_text, to_dict
from compkit.testing import framework_documents

DATA = Path(__file__).parent / "data"


def copy_of(tmp_path, name: str) -> Path:
    source = compkit.framework.bundled()[name] if name in ("cis", "wsx") else DATA / name
    return Path(shutil.copy(source, tmp_path / Path(source).name))


def changed_lines(before: str, after: str) -> tuple[list[str], list[str]]:
    old, new = before.splitlines(), after.splitlines()
    return [x for x in old if x not in new], [x for x in new if x not in old]


@pytest.mark.parametrize("name", ["cis", "wsx", "clustered.yaml"])
def test_saving_an_unchanged_framework_rewrites_nothing(tmp_path, name):
    path = copy_of(tmp_path, name)
    before = path.read_text(encoding="utf-8")
    compkit.write_yaml(compkit.load(path))
    assert path.read_text(encoding="utf-8") == before


def test_rewording_changes_one_line_and_keeps_comments(tmp_path):
    path = copy_of(tmp_path, "wsx")
    before = path.read_text(encoding="utf-8")
    fw = set_text(
        compkit.load(path), "qualities-core-1", "Recognises their own values: and others'"
    )
    compkit.write_yaml(fw)
    after = path.read_text(encoding="utf-8")
    assert after.startswith("# WSX Mind: Staff Competency Framework.\n")
    removed, added = changed_lines(before, after)
    assert len(removed) == 1 and removed[0].strip().startswith("text: Recognises")
    assert added == ['        text: "Recognises their own values: and others\'"']
    assert compkit.load(path).indicator("qualities-core-1").text == (
        "Recognises their own values: and others'"
    )


def test_add_remove_and_move_touch_only_their_statements(tmp_path):
    path = copy_of(tmp_path, "clustered.yaml")
    before = path.read_text(encoding="utf-8")
    fw = compkit.load(path)
    fw = add_indicator(fw, "caring", "foundation", "Says no, politely.")
    fw = remove_indicator(fw, "delivering-lead-1")
    fw = move_indicator(fw, "leading-senior-1", level="lead")
    compkit.write_yaml(fw)
    after = path.read_text(encoding="utf-8")
    removed, added = changed_lines(before, after)
    assert added == [
        "      - {id: leading-senior-1, level: lead, text: Sets clear goals for the people they "
        "manage.}",
        '      - {id: caring-foundation-3, level: foundation, text: "Says no, politely."}',
        "retired_ids: [delivering-lead-1]",  # the removed id, never given again
    ]
    assert [line.split(",")[0] for line in removed] == [
        "      - {id: leading-senior-1",
        "      - {id: delivering-lead-1",
    ]
    # a default the author wrote out (`polarity: effective`) stays, though to_dict leaves it out
    assert "Sets the organisation's strategy., polarity: effective}" in after
    assert to_dict(compkit.load(path)) == to_dict(fw)


def test_a_new_file_is_written_in_the_house_style(tmp_path):
    out = compkit.write_yaml(compkit.load("cis"), tmp_path / "new" / "cis.yaml")
    assert to_dict(compkit.load(out)) == to_dict("cis")
    # line for line the hand-written file, but for its comments
    bundled = compkit.framework.bundled()["cis"].read_text(encoding="utf-8").splitlines()
    assert out.read_text(encoding="utf-8").splitlines() == [
        line for line in bundled if not line.startswith("#")
    ]


def test_strings_that_yaml_1_1_reads_differently_are_quoted():
    doc = to_dict("tests/data/clustered.yaml")
    doc["short_name"] = "no"
    doc["competencies"][0]["indicators"][0]["text"] = "What? Why: because"
    doc["competencies"][0]["indicators"][1]["text"] = "2024-01-01"
    doc["roles"][0]["name"] = "null"
    text = edit_yaml((DATA / "clustered.yaml").read_text(encoding="utf-8"), doc)
    assert to_dict(from_text(text)) == doc
    assert yaml.safe_load(text)["short_name"] == "no"


@settings(
    max_examples=25, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow]
)
@given(old=framework_documents(), new=framework_documents())
def test_any_edit_of_any_file_reads_back_as_the_new_framework(old, new):
    text = dump_yaml(old)
    assert to_dict(from_text(text)) == old
    assert edit_yaml(text, old) == text
    assert to_dict(from_text(edit_yaml(text, new))) == new


def test_a_framework_without_a_file_needs_a_path():
    with pytest.raises(
        compkit.UsageError, match="framework 'cis' was not loaded from a file; give the path"
    ):
        compkit.write_yaml(from_dict(to_dict("cis")))


def test_nothing_is_written_when_the_result_would_not_read_back(tmp_path, monkeypatch):
    path = copy_of(tmp_path, "clustered.yaml")
    before = path.read_text(encoding="utf-8")
    monkeypatch.setattr(
        "compkit.authoring.yamledit.edit_yaml", lambda text, doc: text.replace("rank: 2", "rank: 9")
    )
    with pytest.raises(
        compkit.CompkitError, match="would not read back as the same framework; nothing was written"
    ):
        compkit.write_yaml(set_text(compkit.load(path), "caring-lead-1", "Changed."))
    assert path.read_text(encoding="utf-8") == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["clustered.yaml"]


@pytest.mark.parametrize(
    ("content", "why"),
    [
        (b"shopping: [milk, eggs]\n", "no top-level 'competencies'"),
        (b"- one\n- two\n", "no top-level 'competencies'"),
        (b"notes:\n  competencies: nested\n", "no top-level 'competencies'"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\xff\xfe", "not UTF-8 text"),
        (b"key: [unclosed\n", "no top-level 'competencies'"),
    ],
)
def test_a_file_that_is_not_a_framework_is_refused_untouched_unless_forced(tmp_path, content, why):
    target = tmp_path / "notes.yaml"
    target.write_bytes(content)
    with pytest.raises(compkit.UsageError, match=f"not a framework file \\({why}\\)"):
        compkit.write_yaml("cis", target)
    assert target.read_bytes() == content
    compkit.write_yaml("cis", target, force=True)
    assert compkit.load(target).indicators["text"].tolist() == (
        compkit.load("cis").indicators["text"].tolist()
    )


def test_an_existing_framework_or_empty_file_is_written_without_force(tmp_path):
    empty = tmp_path / "empty.yaml"
    empty.write_text("\n")
    assert compkit.load(compkit.write_yaml("wsx", empty)).id == "wsx"
    other = copy_of(tmp_path, "cis")
    compkit.write_yaml("wsx", other)  # another framework's file is a framework file: edited
    assert compkit.load(other).id == "wsx"
    with pytest.raises(compkit.UsageError, match="is a folder"):
        compkit.write_yaml("cis", tmp_path)


@pytest.mark.parametrize("command", ["import", "ingest"])
def test_the_cli_refuses_to_replace_a_file_that_is_not_a_framework_unless_forced(
    tmp_path, capsys, command
):
    from compkit.cli import main

    source = compkit.authoring.write_workbook("cis", tmp_path / "cis.xlsx")
    notes = tmp_path / "notes.yaml"
    notes.write_text("some: config\nkeep: me\n")
    binary = tmp_path / "image.yaml"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\xff")
    for target in (notes, binary):
        before = target.read_bytes()
        assert main([command, str(source), "-o", str(target)]) == 2
        err = capsys.readouterr().err
        assert f"{target}: exists and is not a framework file" in err and "--force" in err
        assert "Traceback" not in err and target.read_bytes() == before
    assert main([command, str(source), "-o", str(notes), "--force"]) == 0
    assert compkit.load(notes).counts().sum().sum() == 62
    assert main([command, str(source), "-o", str(notes)]) == 0  # now a framework: replaced
