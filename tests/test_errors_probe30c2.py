"""A hostile user's probe of the public Python API (round 30, helper C2).

Each call below raised a Python error (AttributeError, TypeError, KeyError) before; each now
raises one CompkitError whose message names the argument and what was expected.
"""

import shutil
from pathlib import Path

import pandas as pd
import pytest

import compkit


@pytest.fixture(scope="module")
def mappings():
    return compkit.read_sssom("data/crosswalks/cis-wsx.sssom.tsv")


def test_render_with_a_format_that_is_no_text(tmp_path):
    with pytest.raises(compkit.UsageError, match=r"unknown document format 3; expected one of"):
        compkit.render("cis", tmp_path / "cis.md", to=3)
    assert not list(tmp_path.iterdir())


def test_suggest_with_a_cache_folder_that_is_a_number():
    with pytest.raises(compkit.UsageError, match="cache_dir must be the path of a folder, not int"):
        compkit.suggest("cis", "wsx", method="lexical", cache_dir=42)


@pytest.mark.parametrize(
    ("given", "said"),
    [
        (dict(vocabulary=42), "vocabulary: expected a DataFrame with theme_id, theme, keywords, got int 42"),
        (dict(vocabulary=pd.DataFrame()), "vocabulary: expected a DataFrame with theme_id, theme, keywords, got columns []"),
        (dict(assignments="themes.tsv"), "assignments: expected a DataFrame with framework, indicator_id, theme_id, got str 'themes.tsv'"),
        (dict(assignments=pd.DataFrame({"x": [1]})), "assignments: expected a DataFrame with framework, indicator_id, theme_id, got columns ['x']"),
    ],
)  # fmt: skip
def test_theme_gaps_with_tables_that_are_not_tables(given, said):
    with pytest.raises(compkit.UsageError) as caught:
        compkit.theme_gaps("cis", "wsx", **given)
    assert str(caught.value) == said


@pytest.mark.parametrize("frame", [pd.DataFrame({"x": [1]}), pd.DataFrame({"subject": ["cis:x"]})])
def test_write_report_with_a_crosswalk_frame_that_has_no_mappings(tmp_path, frame):
    with pytest.raises(
        compkit.UsageError, match="crosswalk: the mappings have no column 'subject_id', 'object_id'"
    ):
        compkit.write_report("cis", "wsx", tmp_path / "r.md", crosswalk=frame)
    assert not list(tmp_path.iterdir())


def test_write_sssom_with_a_curie_map_that_is_no_mapping(tmp_path, mappings):
    with pytest.raises(
        compkit.CrosswalkError, match=r"meta's curie_map must map prefixes to IRIs .* not 'x'"
    ):
        compkit.write_sssom(mappings, tmp_path / "x.sssom.tsv", meta={"curie_map": "x"})
    assert not list(tmp_path.iterdir())


_CLEAN = "tests/data/checks/clean.yaml"


@pytest.mark.parametrize(
    ("old", "new", "said"),
    [
        ("    values: [courage]\n", "    values: 7\n", "competency 'learning': values: expected a list, got a whole number 7"),
        ("    indicators:\n      - {id: learning-one-1", "    indicators: 7\n    x:\n      - {id: learning-one-1", "competency 'learning': indicators: expected a list, got a whole number 7"),
        ("{id: two, name: Two, rank: 2}", "{id: two, name: Two, rank: [2]}", "level 'two': rank: expected a whole number, got a list [2]"),
        ("{id: delivery-two-1, level: two,", "{id: delivery-two-1, level: [two],", "indicator 'delivery-two-1': level: expected a string, got a list ['two']"),
    ],
)  # fmt: skip
def test_a_framework_file_with_a_value_of_the_wrong_type(tmp_path, old, new, said):
    text = Path(_CLEAN).read_text(encoding="utf-8")
    assert old in text
    bad = tmp_path / "bad.yaml"
    bad.write_text(text.replace(old, new, 1), encoding="utf-8")
    with pytest.raises(compkit.FrameworkFileError) as caught:
        compkit.load(bad)
    assert said in str(caught.value)


def test_review_crosswalk_refuses_a_blank_reviewer_before_writing_the_file(tmp_path):
    # it wrote the new cross-walk, then refused
    with pytest.raises(compkit.UsageError) as caught:
        compkit.review_crosswalk(tmp_path / "cw.sssom.tsv", "cis", "wsx", reviewer="")
    assert str(caught.value) == "the review widget needs a reviewer's name, not ''"
    assert not list(tmp_path.iterdir())


@pytest.mark.parametrize(
    ("given", "said"),
    [
        (dict(top=0), "top must be at least 1, not 0"),
        (dict(method="bogus"), "unknown method 'bogus'; expected one of: hybrid, embedding, lexical"),
    ],
)  # fmt: skip
def test_review_crosswalk_refuses_bad_options_on_an_existing_file(tmp_path, given, said):
    # on a file that exists, top=0 and method="bogus" were taken without a word
    path = tmp_path / "cw.sssom.tsv"
    shutil.copy("data/crosswalks/cis-wsx.sssom.tsv", path)
    with pytest.raises(compkit.UsageError) as caught:
        compkit.review_crosswalk(path, "cis", "wsx", reviewer="Ann", **given)
    assert str(caught.value) == said


@pytest.mark.parametrize(
    ("path", "said"),
    [(42, "path must be a file path (str or os.PathLike), not int"), (".", ".: is a folder; expected the path of a file to write")],
)  # fmt: skip
def test_editor_refuses_a_path_it_could_never_save_to(path, said):
    with pytest.raises(compkit.UsageError) as caught:  # was taken, and failed at the save
        compkit.editor("cis", path=path)
    assert str(caught.value) == said
