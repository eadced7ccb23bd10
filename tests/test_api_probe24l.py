"""Twenty-fourth round, helper L: a wrong argument to diff, carry_forward or check is named.

``diff("cis", 42)`` said "expected a framework ..., got int 42" without saying which of the two
frameworks was wrong; ``check(select=42)`` and ``check(ignore="X")`` did not say which option
held the bad code; ``diff(unchanged="no")`` was taken as true. Each message now opens with the
argument's name, as a file's error opens with the file's name; the framework file's own
``rules: {ignore: [...]}`` keeps its file and line.
"""

from __future__ import annotations

import pandas as pd
import pytest

import compkit
from compkit.checks import check

PAIRS = pd.DataFrame(
    {
        "subject_id": ["cis:people-l1-1"],
        "predicate_id": ["skos:closeMatch"],
        "object_id": ["wsx:qualities-core-1"],
    }
)
EXPECTED = "expected a framework, a bundled id (cis, wsx) or the path of a framework file, got"


@pytest.mark.parametrize(
    ("old", "new", "said"),
    [
        (42, "cis", f"old: {EXPECTED} int 42"),
        ("cis", None, f"new: {EXPECTED} NoneType None"),
        ("cis", ["wsx"], f"new: {EXPECTED} list ['wsx']"),
        (PAIRS, "cis", f"old: {EXPECTED} DataFrame"),  # its name, not its contents
    ],
)
def test_diff_names_the_version_that_is_no_framework(old, new, said):
    with pytest.raises(compkit.UsageError) as caught:
        compkit.diff(old, new)
    assert str(caught.value) == said


def test_diff_says_how_to_make_a_framework_of_a_dict():
    doc = compkit.framework.to_dict("cis")
    with pytest.raises(compkit.UsageError) as caught:
        compkit.diff("cis", doc)
    assert str(caught.value) == (
        f"new: {EXPECTED} a dict; compkit.framework.build.from_dict makes a framework of one"
    )
    assert len(compkit.diff("cis", compkit.framework.build.from_dict(doc))) == 0


def test_diff_names_the_version_not_found():
    with pytest.raises(compkit.FrameworkNotFoundError, match=r"^old: unknown framework 'nosuch'"):
        compkit.diff("nosuch", "cis")
    with pytest.raises(compkit.FrameworkNotFoundError, match=r"^new: nosuch\.yaml: no such"):
        compkit.diff("cis", "nosuch.yaml")


def test_diff_refuses_an_unchanged_that_is_not_true_or_false():
    with pytest.raises(compkit.UsageError, match=r"^unchanged: expected True or False, got str"):
        compkit.diff("cis", "cis", unchanged="no")  # was read as true
    assert len(compkit.diff("cis", "cis", unchanged=True)) > 0


@pytest.mark.parametrize(
    ("kwargs", "said"),
    [
        ({"select": 42}, "select: expected rule codes as a string or a list of strings, got int"),
        ({"select": [1]}, "select: expected a rule code (a string such as 'T005'), got int 1"),
        ({"select": "T005 X9"}, "select: unknown rule code or prefix 'X9'; expected one of: C001"),
        ({"select": [" "]}, "select: an empty rule code; expected a code, prefix or name"),
        ({"ignore": "X9"}, "ignore: unknown rule code or prefix 'X9'; expected one of: C001"),
        (
            {"ignore": [None]},
            "ignore: expected a rule code (a string such as 'T005'), got NoneType None",
        ),
    ],
)
def test_check_names_the_option_holding_a_bad_code(kwargs, said):
    with pytest.raises(compkit.UsageError) as caught:
        check("cis", **kwargs)
    assert str(caught.value).startswith(said)


def test_a_report_filtered_by_a_bad_code_names_the_option():
    report = check("wsx", select="T005")
    with pytest.raises(compkit.UsageError, match=r"^ignore: unknown rule code or prefix 'Q'"):
        report.filter(ignore="Q")
    assert len(report.filter(select="T", ignore="T011")) == 1


@pytest.mark.parametrize(
    ("old", "new", "said"),
    [
        (42, "wsx", f"old: {EXPECTED} int 42"),
        ("wsx", None, f"new: {EXPECTED} NoneType None"),
    ],
)
def test_carry_forward_names_the_version_that_is_no_framework(old, new, said):
    with pytest.raises(compkit.UsageError) as caught:
        compkit.carry_forward(PAIRS, old, new)
    assert str(caught.value) == said
    with pytest.raises(compkit.FrameworkNotFoundError, match=r"^new: unknown framework 'wsx2'"):
        compkit.carry_forward(PAIRS, "wsx", "wsx2")


def test_carry_forward_names_the_cross_walk_and_the_side():
    with pytest.raises(compkit.UsageError, match=r"^crosswalk: expected the cross-walk as a Data"):
        compkit.carry_forward(42, "wsx", "wsx")
    with pytest.raises(compkit.UsageError, match=r"^side: unknown side 'objects'; expected one"):
        compkit.carry_forward(PAIRS, "wsx", "wsx", side="objects")
    assert compkit.carry_forward(PAIRS, "wsx", "wsx")["carry"].tolist() == ["kept"]


def test_load_says_a_dict_or_a_table_briefly_not_its_whole_repr():
    # compkit.load(to_dict("cis")) printed 4,847 characters of the dict's repr
    import pandas as pd

    from compkit.framework.io import to_dict

    with pytest.raises(compkit.UsageError, match=r"got a dict; .*from_dict") as caught:
        compkit.load(to_dict("cis"))
    assert len(str(caught.value)) < 200
    with pytest.raises(compkit.UsageError, match=r"got DataFrame$"):
        compkit.load(pd.DataFrame({"a": range(100)}))
