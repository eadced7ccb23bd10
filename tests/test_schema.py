"""The fast built-in validator agrees with jsonschema on the published schema."""

import contextlib
import copy

import jsonschema
import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

import compkit
from compkit.framework._schema import SUPPORTED, framework_schema, iter_errors


def all_keywords(node):
    if isinstance(node, dict):
        for key, value in node.items():
            yield key
            if key in ("properties", "$defs"):
                for sub in value.values():
                    yield from all_keywords(sub)
            else:
                yield from all_keywords(value)
    elif isinstance(node, list):
        for item in node:
            yield from all_keywords(item)


def test_schema_is_valid_draft_2020_12():
    jsonschema.Draft202012Validator.check_schema(framework_schema())


def test_schema_uses_only_supported_keywords():
    assert set(all_keywords(framework_schema())) <= SUPPORTED


def bundled_docs():
    return {k: yaml.safe_load(p.read_text("utf-8")) for k, p in compkit.framework.bundled().items()}


@pytest.mark.parametrize("name", ["cis", "wsx"])
def test_bundled_files_valid_for_both(name):
    doc = bundled_docs()[name]
    assert list(iter_errors(doc, framework_schema())) == []
    jsonschema.Draft202012Validator(framework_schema()).validate(doc)


MUTATIONS = [
    lambda d: d.pop("title"),
    lambda d: d.__setitem__("levels", "not a list"),
    lambda d: d["levels"][0].__setitem__("rank", 0),
    lambda d: d["levels"][0].__setitem__("rank", "1"),
    lambda d: d["levels"][0].__setitem__("colour", "red"),
    lambda d: d["competencies"][0].__setitem__("id", "Bad Id"),
    lambda d: d["competencies"][0]["indicators"][0].__setitem__("text", " "),
    lambda d: d["competencies"][0]["indicators"][0].__setitem__("polarity", "negative"),
    lambda d: d["competencies"][0]["indicators"][0].__setitem__("source", {"lines": []}),
    lambda d: d.__setitem__("cumulative", "yes"),
    lambda d: d.__setitem__("schema_version", 3),
    lambda d: d.__setitem__("language", "English"),
    lambda d: d.__setitem__("stem", ""),
    lambda d: d["competencies"][0].__setitem__("undefined", [{"note": "n/a"}]),
    lambda d: d["competencies"][0]["indicators"][0].__setitem__("mirrors", "Not An Id"),
    lambda d: d["competencies"][0]["indicators"][0].__setitem__("source", {"page": 0}),
    lambda d: d.__setitem__("roles", [{"id": "r", "name": "R", "requires": {"people": 3}}]),
]


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(["cis", "wsx"]), st.sets(st.integers(0, len(MUTATIONS) - 1), min_size=1))
def test_validators_agree_on_broken_documents(name, picks):
    doc = copy.deepcopy(bundled_docs()[name])
    for i in sorted(picks):
        # an earlier mutation may already have replaced what this one edits
        with contextlib.suppress(TypeError, KeyError, AttributeError):
            MUTATIONS[i](doc)
    ours = bool(list(iter_errors(doc, framework_schema())))
    theirs = bool(list(jsonschema.Draft202012Validator(framework_schema()).iter_errors(doc)))
    assert ours == theirs is True


def test_an_empty_file_is_said_to_be_empty(tmp_path):
    path = tmp_path / "empty.yaml"
    path.write_text("", encoding="utf-8")
    with pytest.raises(compkit.CompkitError, match=r"the file is empty; expected a mapping$"):
        compkit.load(path)


def test_import_file_refuses_a_path_that_is_not_one():
    with pytest.raises(compkit.UsageError, match="must be a file path"):
        compkit.import_file(None)


def test_a_bad_item_of_an_unnamed_list_names_its_list_and_place(tmp_path):
    doc = yaml.safe_load(compkit.framework.bundled()["cis"].read_text(encoding="utf-8"))
    doc["competencies"][0]["undefined"] = ["l4"]  # a level id where a mapping belongs
    path = tmp_path / "cis.yaml"
    path.write_text(yaml.safe_dump(doc), encoding="utf-8")
    with pytest.raises(compkit.CompkitError) as raised:
        compkit.load(path)
    assert "competency 'people': undefined item 1: expected a mapping, got a string 'l4'" in str(
        raised.value
    )
