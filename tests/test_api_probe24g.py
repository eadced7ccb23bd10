"""Twenty-fourth round, helper G: the public verbs' arguments of a wrong type refused by name.

A sweep gave every verb of ``compkit.__all__`` an int, None, a list, bytes, a dict, a float and
a DataFrame in each argument: 216 of 242 were refused saying what was expected; these were
Python's own errors (``'int' object has no attribute 'day'``, ``unsupported operand``), or
nothing at all (a list as a report's title, printed as "['cis']").
"""

from __future__ import annotations

import pandas as pd
import pytest

import compkit


@pytest.mark.parametrize("date", [42, 1.5, ["2027-01-15"], {"a": 1}])
def test_a_report_date_of_another_type_is_refused(tmp_path, date):
    with pytest.raises(compkit.UsageError, match=r"^date: expected a date \(datetime.date\)"):
        compkit.write_report("cis", "wsx", tmp_path / "r.md", date=date)
    assert not list(tmp_path.iterdir())


@pytest.mark.parametrize(("name", "value"), [("title", ["cis"]), ("author", 7)])
def test_a_report_title_or_author_not_text_is_refused(tmp_path, name, value):
    with pytest.raises(compkit.UsageError, match=rf"^{name}: expected text \(a string\)"):
        compkit.write_report("cis", "wsx", tmp_path / "r.md", **{name: value})


@pytest.mark.parametrize("ratio", [[2], b"2", {"a": 1}, 0, -1, True])
def test_theme_gaps_ratio_must_be_a_positive_number(ratio):
    with pytest.raises(compkit.UsageError, match=r"^ratio: expected a number above 0"):
        compkit.theme_gaps("cis", "wsx", ratio=ratio)


@pytest.mark.parametrize("weight", [[0.3], "0.3", 42, -0.1, pd.DataFrame({"x": [1]})])
def test_align_levels_scope_weight_must_be_a_share(weight):
    maps = compkit.read_sssom(
        compkit.load("cis").path.parent.parent / "crosswalks/cis-wsx.sssom.tsv"
    )
    with pytest.raises(compkit.UsageError, match=r"^scope_weight: expected a number from 0 to 1"):
        compkit.align_levels(maps, "cis", "wsx", scope_weight=weight)


@pytest.mark.parametrize(("name", "value"), [("role", pd.DataFrame()), ("layout", ["level"])])
def test_render_role_and_layout_must_be_text(tmp_path, name, value):
    with pytest.raises(compkit.UsageError, match=rf"^{name}: expected text \(a string\)"):
        compkit.render("cis", tmp_path / "c.md", **{name: value})


@pytest.mark.parametrize("levels", [3, 1.5, pd.DataFrame({"x": [1]})])
def test_ingest_levels_must_be_a_list(tmp_path, levels):
    page = tmp_path / "f.md"
    page.write_text("# Team work\n\n## Junior\n\n- Helps others.\n", encoding="utf-8")
    with pytest.raises(compkit.CompkitError, match="expected a list of level names"):
        compkit.ingest(page, levels=levels)
