"""The review widget: decisions through its buttons are saved at once and resumed later; and in
JupyterLab, in headless Chromium, a click on Accept lands in the saved file."""

from pathlib import Path

import pytest

import compkit
from compkit.crosswalk import NO_TERM, read_sssom, review_crosswalk


@pytest.fixture
def widget(tmp_path):
    return review_crosswalk(tmp_path / "cw.sssom.tsv", "cis", "wsx", reviewer="Ann", top=2)


def saved(widget):
    frame = read_sssom(widget.path)
    return frame.set_index(["subject_id", "object_id"])


def test_each_button_saves_its_decision_at_once(widget):
    first = widget.current
    assert widget.subject.value.count("Supporting our people") == 1
    assert "Level 1" in widget.subject.value and "work-core-11" in widget.object.value
    widget.note.value = "same behaviour"
    widget.buttons["accept"].click()
    assert saved(widget).loc[first, ["review_status", "reviewer_label", "comment"]].tolist() == [
        "accepted",
        "Ann",
        "same behaviour",
    ]
    second = widget.current
    widget.buttons["reject"].click()
    assert saved(widget).loc[second, ["review_status", "predicate_modifier"]].tolist() == [
        "rejected",
        "Not",
    ]
    third = widget.current
    widget.relation.value = "skos:broadMatch"
    widget.buttons["change"].click()
    assert saved(widget).loc[third, ["review_status", "predicate_id"]].tolist() == [
        "changed",
        "skos:broadMatch",
    ]
    fourth = widget.current
    widget.buttons["unsure"].click()
    assert saved(widget).loc[fourth, "review_status"] == "unsure"
    subject = widget.current[0]
    widget.buttons["no_match"].click()
    assert saved(widget).loc[(subject, NO_TERM), "review_status"] == "no_match"
    assert widget.current[0] != subject  # the settled subject is not asked again


def test_skip_and_back_navigate_without_deciding(widget):
    first = widget.current
    widget.buttons["skip"].click()
    assert widget.current != first
    assert saved(widget).loc[first, "review_status"] == "suggested"
    widget.buttons["accept"].click()
    widget.buttons["back"].click()
    assert widget.current != first and saved(widget).loc[widget.current, "review_status"] == (
        "accepted"
    )
    widget.buttons["reject"].click()  # changing one's mind overwrites the decision
    assert (saved(widget)["review_status"] == "rejected").sum() == 1


def test_reopening_the_file_resumes_where_the_review_stopped(widget):
    for _ in range(3):
        widget.buttons["accept"].click()
    where = widget.current
    again = review_crosswalk(widget.path, reviewer="Bob")
    assert again.current == where
    assert "3 decided" in again.progress.value


def test_the_last_decision_shows_that_everything_is_reviewed(tmp_path):
    path = tmp_path / "small.sssom.tsv"
    w = review_crosswalk(path, "cis", "wsx", reviewer="Ann", top=1)
    for _ in range(62):
        w.buttons["accept"].click()
    assert w.current is None
    assert w.buttons["accept"].disabled and not w.buttons["back"].disabled
    assert "All suggestions reviewed" in w.status.value


def test_the_widget_needs_a_reviewer_and_frameworks_for_a_new_file(tmp_path):
    with pytest.raises(compkit.UsageError, match="needs a reviewer name"):
        review_crosswalk(tmp_path / "x.sssom.tsv", "cis", "wsx", reviewer="")
    with pytest.raises(compkit.UsageError, match="does not exist: give both frameworks"):
        review_crosswalk(tmp_path / "y.sssom.tsv", reviewer="Ann")


@pytest.mark.slow
def test_accept_in_jupyterlab_lands_in_the_saved_file(run_notebook, lab_server, screenshot):
    page = run_notebook("02-map-indicators.ipynb")
    review = page.locator(".compkit-review")
    review.wait_for()
    review.scroll_into_view_if_needed()
    shown = review.locator("code").nth(0).inner_text(), review.locator("code").nth(1).inner_text()
    screenshot(page, "02-map-indicators-review")
    review.locator(".compkit-review-accept").click()
    path = Path(lab_server.root).parent / "build" / "crosswalks" / "review-demo.sssom.tsv"
    page.wait_for_function(
        "() => document.querySelector('.compkit-review').textContent.includes('3 decided')"
    )
    frame = read_sssom(path).set_index(["subject_id", "object_id"])
    assert frame.loc[shown, ["review_status", "reviewer_label"]].tolist() == [
        "accepted",
        "Notebook reader",
    ]
    assert (frame["review_status"] != "suggested").sum() == 3
    assert not [e for e in page.console_errors if "widget" in e.lower()]
