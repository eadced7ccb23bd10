"""A statement removed and another added in its cell may take its id: diff tells them apart.

compkit numbers a cell's statements (``people-l1-3``); remove the last and add another, and the
new one is numbered as the removed one was. Under such an id, an unrelated text is a removed
statement and an added one; a rewording (sharing content words) keeps its id. An id a publisher
gave (a UUID) names its statement whatever its words.
"""

from compkit import diff
from compkit.authoring.edits import _edit, set_text
from compkit.framework import from_dict, load, to_dict


def _indicator_rows(table):
    rows = table[table["item"] == "indicator"]
    cols = (rows["change"], rows["old_id"].fillna(""), rows["new_id"].fillna(""))
    return sorted(zip(*cols, strict=True))


def test_removed_then_added_in_one_cell_is_not_a_rewording():
    # compkit's edits now retire a removed id (tests/test_authoring_retired_ids.py); a file
    # edited by hand, or by an older compkit, keeps no such record and may give the id again
    cis = load("cis")
    last = [i.id for i in cis.indicator_records if (i.competency, i.level) == ("people", "l1")][-1]
    doc = to_dict(cis)
    cell = doc["competencies"][0]["indicators"]
    spot = next(n for n, i in enumerate(cell) if i["id"] == last)
    cell[spot] = {"id": last, "level": "l1", "text": "Keeps a tidy record of decisions made."}
    revised = from_dict(doc)
    assert revised.retired_ids is None
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
