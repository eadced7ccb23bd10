"""The event-driven YAML reader gives what PyYAML's safe loader gives, and refuses what it must."""

from pathlib import Path

import pytest
import yaml
from hypothesis import given, settings

from compkit.framework._yaml import describe_yaml_error, load_yaml
from compkit.testing import framework_documents

ROOT = Path(__file__).resolve().parents[1]
FILES = sorted(
    p
    for p in [*ROOT.glob("data/**/*.yaml"), *ROOT.glob("tests/data/**/*.yaml")]
    if "bad" not in p.name
)


@pytest.mark.parametrize("path", FILES, ids=lambda p: str(p.relative_to(ROOT)))
def test_agrees_with_the_safe_loader_on_every_yaml_file(path):
    text = path.read_text("utf-8")
    assert load_yaml(text)[0] == yaml.safe_load(text)


@settings(max_examples=40, deadline=None)
@given(framework_documents())
def test_agrees_with_the_safe_loader_on_generated_documents(doc):
    for style in (None, False, True):
        text = yaml.safe_dump(doc, allow_unicode=True, default_flow_style=style, sort_keys=False)
        assert load_yaml(text)[0] == yaml.safe_load(text) == doc


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a: 1\nb: 0x1F\nc: -2.5\nd: .inf\n", {"a": 1, "b": 31, "c": -2.5, "d": float("inf")}),
        (
            "a: yes\nb: Off\nc: ~\nd: null\ne: ''\n",
            {"a": True, "b": False, "c": None, "d": None, "e": ""},
        ),
        (
            "a: '1'\nb: \"true\"\nc: |\n  two\n  lines\n",
            {"a": "1", "b": "true", "c": "two\nlines\n"},
        ),
        (
            "a: Openly shares feedback\nb: 12 months\n",
            {"a": "Openly shares feedback", "b": "12 months"},
        ),
        ("version: 2024-01-31\n", {"version": "2024-01-31"}),
    ],
)
def test_scalars(text, expected):
    assert load_yaml(text)[0] == expected


def test_lines_and_duplicate_keys():
    data, lines, problems = load_yaml("a:\n  - x: 1\n    y: 2\n  - x: 3\na: 4\n")
    assert data == {"a": 4}
    assert [p.message for p in problems] == [
        "duplicate key 'a' (first given on line 1); a key may appear once"
    ]
    data, lines, _ = load_yaml("a:\n  - x: 1\n    y: 2\n  - x: 3\n")
    assert lines.line(("a", 1, "x")) == 4
    assert lines.line(("a", 0, "y")) == 3


@pytest.mark.parametrize(
    ("text", "line", "message"),
    [
        ("a: &x [1]\nb: *x\n", 2, "YAML aliases (*x) are not allowed"),
        (
            "a: !!python/object:os.system x\n",
            1,
            "the tag 'tag:yaml.org,2002:python/object:os.system' is not allowed",
        ),
        ("a: 1\n---\nb: 2\n", 2, "a second YAML document"),
        ("a: " + "[" * 65 + "]" * 65, 1, "nested deeper than 64 levels"),
        ("a: [1, 2\n", 2, "malformed YAML"),
    ],
)
def test_refused(text, line, message):
    with pytest.raises(yaml.YAMLError) as info:
        load_yaml(text)
    problem = describe_yaml_error(info.value)
    assert problem.line == line
    assert message in problem.message
