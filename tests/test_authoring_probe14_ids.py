"""A statement removed and another added in its cell may take its id: diff tells them apart.

compkit numbers a cell's statements (``people-l1-3``); remove the last and add another, and the
new one is numbered as the removed one was. Under such an id, an unrelated text is a removed
statement and an added one; a rewording (sharing content words) keeps its id. An id a publisher
gave (a UUID) names its statement whatever its words.
"""

from compkit import diff
from compkit.authoring.edits import _edit, add_indicator, remove_indicator, set_text
from compkit.framework import load


def _indicator_rows(table):
    rows = table[table["item"] == "indicator"]
    cols = (rows["change"], rows["old_id"].fillna(""), rows["new_id"].fillna(""))
    return sorted(zip(*cols, strict=True))


def test_removed_then_added_in_one_cell_is_not_a_rewording():
    cis = load("cis")
    last = [i.id for i in cis.indicator_records if (i.competency, i.level) == ("people", "l1")][-1]
    revised = remove_indicator(cis, last)
    revised = add_indicator(revised, "people", "l1", "Keeps a tidy record of decisions made.")
    assert revised.indicator(last).text == "Keeps a tidy record of decisions made."  # id taken
    rows = _indicator_rows(diff(cis, revised))
    assert rows == [("added", "", last), ("removed", last, "")]
    added = diff(cis, revised).query("change == 'added'")
    assert added["note"].tolist() == ["takes the id of a removed statement"]


def test_a_rewording_in_place_keeps_its_id():
    cis = load("cis")
    first = next(i for i in cis.indicator_records if (i.competency, i.level) == ("people", "l1"))
    words = first.text.split()
    # a rewording that shares few words overall (under the 0.5 Dice of a rewording by text)
    text = " ".join([*words[:3], "and", "more", "besides", "this", "in", "every", "way"])
    revised = set_text(cis, first.id, text)
    assert _indicator_rows(diff(cis, revised)) == [("reworded", first.id, first.id)]


def test_an_id_given_by_the_publisher_names_its_statement_whatever_its_words():
    cis = load("cis")
    first = next(i for i in cis.indicator_records if (i.competency, i.level) == ("people", "l1"))

    def rename(doc):
        for c in doc["competencies"]:
            for i in c["indicators"]:
                if i["id"] == first.id:
                    i["id"] = "7ed8deae-2dbb-4830"

    ided = _edit(cis, rename)
    revised = set_text(ided, "7ed8deae-2dbb-4830", "Keeps a tidy record of decisions made.")
    rows = _indicator_rows(diff(ided, revised))
    assert rows == [("reworded", "7ed8deae-2dbb-4830", "7ed8deae-2dbb-4830")]
