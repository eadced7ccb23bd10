import re
from pathlib import Path

import pytest
import yaml

import compkit
from compkit.framework.build import from_dict
from compkit.framework.io import from_text, to_dict

DATA = Path(__file__).parent / "data"


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
    said = error_of(tmp_path, "- just\n- a list\n")
    assert "not a compkit framework file: it reads as a list ['just', 'a list']" in said
    assert "expected a framework file as 'compkit ingest' writes" in said


def test_a_script_named_as_a_framework_is_said_to_be_none(tmp_path):
    """`compkit diff cis run.sh` said "expected a mapping, got a string 'F=…'"."""
    said = error_of(tmp_path, "F=1\necho hi\n")
    assert "not a compkit framework file: it reads as a string 'F=1 echo hi'" in said
    assert "the file is empty" in error_of(tmp_path, "# nothing yet\n")
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


# -- format version 2, and version-1 files unchanged ---------------------------------------------


@pytest.mark.parametrize("path", ["cis", "wsx", str(DATA / "clustered.yaml")])
def test_version_1_files_keep_loading_unchanged(path):
    """A version-1 file loads as before and its document comes back as version 1, key for key."""
    fw = compkit.load(path)
    source = yaml.safe_load(Path(fw.path).read_text("utf-8"))
    assert source["schema_version"] == 1
    doc = compkit.framework.to_dict(fw)
    assert doc["schema_version"] == 1
    assert (fw.language, fw.stem, fw.undefined_cells - _outside(fw)) == ("en-GB", "", set())
    assert not any(i.mirrors for i in fw.indicator_records)
    assert set(doc) <= set(source)

    def statements(document):
        return [
            (c["id"], i["id"], i["level"], i["text"], i.get("polarity", "effective"))
            for c in document["competencies"]
            for i in c["indicators"]
        ]

    assert statements(doc) == statements(source)


def _outside(fw):
    return {(c.id, lv) for c in fw.competency_records if c.levels for lv in fw.level_ids} - {
        (c.id, lv) for c in fw.competency_records for lv in c.levels
    }


V2 = """
schema_version: 2
id: digital
title: Digital skills
organisation: Example Department
language: en-US
stem: "You can:"
levels:
  - {id: awareness, name: Awareness, rank: 1}
  - {id: working, name: Working, rank: 2, stem: "At this level you can:"}
competencies:
  - id: data
    name: Data analysis
    stem: "In data analysis you can:"
    undefined:
      - {level: working, note: Not defined, source: {sheet: Skills, cell: D4}}
    indicators:
      - {id: data-1, level: awareness, text: explain what a dataset is,
         source: {sheet: Skills, cell: C4}}
      - {id: data-2, level: awareness, text: share data without checking it, polarity: ineffective,
         mirrors: data-1, source: {file: other.xlsx, sheet: Skills, cell: E4}}
  - id: code
    name: Programming
    indicators:
      - {id: code-1, level: working, text: write a program, source: {page: 3, lines: [12]}}
      - {id: code-2, level: awareness, text: read code, source: {table: 1, paragraph: 4}}
roles:
  - {id: analyst, name: Analyst, requires: {data: awareness, code: null}}
"""


def test_version_2_document_loads_and_round_trips():
    fw = compkit.framework.from_text(V2)
    assert (fw.language, fw.stem, fw.schema_version) == ("en-US", "You can:", 2)
    assert fw.stem_for("data", "working") == "In data analysis you can:"
    assert fw.stem_for("code", "working") == "At this level you can:"
    assert fw.stem_for("code", "awareness") == "You can:"
    assert fw.undefined_cells == {("data", "working")}
    assert fw.indicator("data-2").mirrors == "data-1"
    assert str(fw.indicator("data-2").source) == "other.xlsx; sheet Skills cell E4"
    assert str(fw.indicator("code-1").source) == "page 3; line 12"
    assert fw.role("analyst").required_levels == {"data": "awareness", "code": None}
    doc = compkit.framework.to_dict(fw)
    assert compkit.framework.to_dict(compkit.framework.from_dict(doc)) == doc
    assert doc["competencies"][0]["undefined"][0]["source"] == {"sheet": "Skills", "cell": "D4"}


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (
            lambda d: d["competencies"][0]["undefined"].append({"level": "awareness"}),
            "the cell at level 'awareness' is declared undefined but holds statements",
        ),
        (
            lambda d: d["competencies"][0]["undefined"].append({"level": "expert"}),
            "unknown level 'expert'; expected one of the declared levels: awareness, working",
        ),
        (
            lambda d: d["competencies"][0]["indicators"][1].__setitem__("mirrors", "code-9"),
            "unknown indicator 'code-9'; expected the id of an effective one",
        ),
        (
            lambda d: d["competencies"][0]["indicators"][0].__setitem__("mirrors", "code-1"),
            "only an ineffective indicator can mirror another",
        ),
        (
            lambda d: d["roles"][0]["requires"].__setitem__("code", 3),
            "expected a string or nothing (null), got a whole number 3",
        ),
        (
            lambda d: d.__setitem__("language", "English"),
            "'English' is not valid here; expected the framework's language as a BCP 47 tag",
        ),
    ],
)
def test_version_2_mistakes_are_reported(change, message):
    doc = yaml.safe_load(V2)
    change(doc)
    with pytest.raises(compkit.FrameworkFileError, match=re.escape(message)):
        compkit.framework.from_dict(doc)


def test_corpus_frameworks_load():
    """Every framework of the corpus (tests/data/corpus/) loads with its version-2 features."""
    corpus = sorted((DATA / "corpus").glob("*.yaml"))
    loaded = {p.stem: compkit.load(p) for p in corpus if p.name != "manifest.yaml"}
    assert len(loaded) >= 6
    assert any(fw.language == "en-US" for fw in loaded.values())
    assert any(fw.undefined_cells for fw in loaded.values())
    assert any((fw.indicators["polarity"] == "ineffective").any() for fw in loaded.values())
