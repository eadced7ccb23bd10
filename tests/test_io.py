from pathlib import Path

import pytest

import compkit
from compkit.framework.build import from_dict
from compkit.framework.io import from_text, to_dict


def write(tmp_path: Path, text: str, name: str = "fw.yaml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def error_of(tmp_path, text) -> str:
    with pytest.raises(compkit.FrameworkFileError) as info:
        compkit.load(write(tmp_path, text))
    return str(info.value)


def test_bundled_frameworks_load(cis, wsx):
    assert set(compkit.framework.bundled()) == {"cis", "wsx"}
    assert (len(cis.indicators), len(wsx.indicators)) == (62, 153)
    assert compkit.load("cis") is cis  # cached while the file is unchanged


def test_load_accepts_a_path_and_a_framework(clustered):
    assert compkit.load(clustered) is clustered
    assert clustered.path.name == "clustered.yaml"
    assert str(clustered).startswith("<Framework 'clustered'")


def test_malformed_yaml_names_file_and_line(tmp_path, clustered_text):
    msg = error_of(
        tmp_path, clustered_text.replace("  - id: caring\n", "  - id: caring\n   x: [\n")
    )
    assert msg.startswith(f"{tmp_path / 'fw.yaml'}:35: malformed YAML")
    assert len(msg.splitlines()) == 1


def test_unknown_level_names_the_declared_ones(tmp_path, clustered_text):
    msg = error_of(
        tmp_path, clustered_text.replace("level: lead, text: Builds", "level: leed, text: Builds")
    )
    assert msg == (
        f"{tmp_path / 'fw.yaml'}:32: indicator 'leading-lead-1': unknown level 'leed'; expected one "
        "of the declared levels: foundation, practitioner, experienced, senior, lead, director"
    )


def test_duplicate_id(tmp_path, clustered_text):
    msg = error_of(tmp_path, clustered_text.replace("id: caring-lead-1", "id: caring-senior-1"))
    assert ":44: indicator 'caring-senior-1': duplicate indicator id 'caring-senior-1'" in msg
    assert len(msg.splitlines()) == 1


def test_duplicate_competency_id_and_key(tmp_path, clustered_text):
    text = clustered_text.replace("  - id: delivering\n", "  - id: caring\n")
    assert "duplicate id 'caring' in competencies" in error_of(tmp_path, text)
    text = clustered_text.replace("  - id: caring\n", "  - id: caring\n    name: Again\n")
    assert ":36: duplicate key 'name' (first given on line 35)" in error_of(tmp_path, text)


def test_empty_statement(tmp_path, clustered_text):
    msg = error_of(
        tmp_path, clustered_text.replace("text: Plans support with service users.", "text: '  '")
    )
    assert msg.endswith(":41: indicator 'caring-practitioner-1': text: empty; expected some words")


def test_every_problem_is_reported_at_once(tmp_path, clustered_text):
    text = (
        clustered_text.replace("level: lead, text: Builds", "level: leed, text: Builds")
        .replace("nme", "x")
        .replace("name: Caring for service users", "nme: Caring")
        .replace("rank: 6", "rank: six")
        .replace("values: [care]", "values: [kindness]")
        .replace("caring: practitioner", "caring: expert")
    )
    lines = error_of(tmp_path, text).splitlines()
    assert len(lines) == 6
    assert [int(line.split(":")[1]) for line in lines] == sorted(
        int(line.split(":")[1]) for line in lines
    )
    joined = "\n".join(lines)
    for part in (
        "rank: expected a whole number, got a string 'six'",
        "unknown level 'leed'",
        "missing required key 'name'",
        "unknown key 'nme'",
        "unknown value 'kindness'",
        "unknown level 'expert'",
    ):
        assert part in joined


def test_role_and_group_references(tmp_path, clustered_text):
    text = clustered_text.replace("leading: senior,", "leadership: senior,").replace(
        "group: delivery", "group: results"
    )
    msg = error_of(tmp_path, text)
    assert "role 'team-leader': unknown competency 'leadership'" in msg
    assert (
        "competency 'delivering': unknown group 'results'; expected one of the declared groups: people, delivery"
        in msg
    )


def test_indicator_outside_a_competencys_levels(tmp_path, clustered_text):
    text = clustered_text.replace(
        "id: leading-senior-1, level: senior", "id: leading-senior-1, level: foundation"
    )
    assert (
        "level 'foundation' is not one of the levels competency 'leading' is described at"
        in error_of(tmp_path, text)
    )


def test_missing_file_and_unknown_id(tmp_path):
    with pytest.raises(compkit.FrameworkNotFoundError, match=r"nope\.yaml: no such framework file"):
        compkit.load(tmp_path / "nope.yaml")
    with pytest.raises(compkit.FrameworkNotFoundError) as info:
        compkit.load("abc")
    assert str(info.value) == (
        "unknown framework 'abc'; expected a bundled id (cis, wsx) or the path of a framework YAML file"
    )


def test_not_a_mapping_and_not_utf8(tmp_path):
    assert "expected a mapping, got a list" in error_of(tmp_path, "- just\n- a list\n")
    path = tmp_path / "latin.yaml"
    path.write_bytes("id: caf\xe9\n".encode("latin-1"))
    with pytest.raises(compkit.FrameworkFileError, match="not UTF-8 text"):
        compkit.load(path)


def test_errors_are_compkit_errors():
    assert issubclass(compkit.FrameworkFileError, compkit.CompkitError)
    assert issubclass(compkit.FrameworkNotFoundError, compkit.CompkitError)
    assert issubclass(compkit.UsageError, compkit.CompkitError)


@pytest.mark.parametrize("name", ["cis", "wsx", "clustered"])
def test_dict_round_trip(name, clustered):
    fw = clustered if name == "clustered" else compkit.load(name)
    back = from_dict(to_dict(fw))
    assert to_dict(back) == to_dict(fw)
    assert back.indicators.equals(fw.indicators)


def test_json_round_trip(tmp_path, cis):
    out = compkit.framework.write_json(cis, tmp_path / "cis.json")
    back = compkit.load(out)
    assert to_dict(back) == to_dict(cis)


def test_from_text_without_a_file():
    with pytest.raises(compkit.FrameworkFileError) as info:
        from_text("schema_version: 1\nid: x\n")
    assert str(info.value).startswith("<string>:1: missing required key 'title'")
