import pytest

import compkit
from compkit.authoring.versions import DIFF_COLUMNS, word_diff
from compkit.cli import main
from compkit.framework.build import from_dict
from compkit.framework.io import to_dict


def revised_cis():
    """CiS with one of every kind of change."""
    doc = to_dict("cis")
    people = doc["competencies"][0]["indicators"]
    people[0]["id"] = "people-l1-100"  # id changed, text kept
    people[1]["text"] = "I know when and how to ask for help when I need it."  # split ...
    people.insert(
        2,
        {
            "id": "people-l1-9",  # ... into two
            "level": "l1",
            "text": "I help others when I can and collaborate with others in my team to achieve "
            "our common goals.",
        },
    )
    l4 = [i for i in people if i["level"] == "l4"]
    people[:] = [i for i in people if i["level"] != "l4"] + [
        {"id": "people-l4-7", "level": "l4", "text": l4[0]["text"] + " " + l4[1]["text"]}
    ]  # merged
    brilliant = doc["competencies"][1]["indicators"]
    brilliant[0]["text"] = brilliant[0]["text"].replace("shine", "excel")  # reworded
    moved = people.pop(3)  # people-l1-3 ...
    brilliant.append(moved | {"level": "l2"})  # ... moved to another competency and level
    doc["competencies"][2]["indicators"].pop(0)  # removed
    doc["competencies"][2]["indicators"].append(
        {"id": "creativity-l1-9", "level": "l1", "text": "I try one new approach each month."}
    )  # added
    doc["competencies"][3]["name"] = "Working with other people"  # renamed competency
    return from_dict(doc)


@pytest.fixture(scope="module")
def changes():
    return compkit.diff("cis", revised_cis())


def test_every_kind_of_change_is_found(changes):
    table = changes[["item", "change", "old_id", "new_id"]].values.tolist()
    assert table == [
        ["competency", "renamed", "others", "others"],
        ["indicator", "id changed", "people-l1-1", "people-l1-100"],
        ["indicator", "split", "people-l1-2", "people-l1-2"],
        ["indicator", "split", "people-l1-2", "people-l1-9"],
        ["indicator", "merged", "people-l4-1", "people-l4-7"],
        ["indicator", "merged", "people-l4-2", "people-l4-7"],
        ["indicator", "reworded", "brilliant-l1-1", "brilliant-l1-1"],
        ["indicator", "moved", "people-l1-3", "people-l1-3"],
        ["indicator", "removed", "creativity-l1-1", None],
        ["indicator", "added", None, "creativity-l1-9"],
    ]
    assert list(changes.columns) == DIFF_COLUMNS
    assert changes.attrs["old"] == "CiS"


def test_matches_say_how_they_were_made(changes):
    by_new = changes.set_index("new_id")
    assert by_new.loc["people-l1-100", "matched_by"] == "text"
    assert by_new.loc["people-l1-100", "note"] == "id changed from people-l1-1 to people-l1-100"
    assert (
        by_new.loc["people-l1-3", "note"]
        == "moved from Supporting our people to Being brilliant and from Level 1 to Level 2"
    )
    assert by_new.loc["brilliant-l1-1", "word_diff"].startswith(
        "I take responsibility for the quality of my own work. I will seek and receive help "
        "and support to develop the confidence and skills needed to [-shine.-] {+excel.+}"
    )
    assert set(changes.loc[changes["change"] == "split", "note"]) == {
        "split into people-l1-2, people-l1-9"
    }


def test_unchanged_statements_on_request(changes):
    every = compkit.diff("cis", revised_cis(), unchanged=True)
    assert (every["change"] == "unchanged").sum() == 62 - 7  # 7 old statements changed
    assert compkit.diff("cis", "cis").empty
    assert len(compkit.diff("cis", "cis", unchanged=True)) == 62


def test_a_rewording_below_the_threshold_is_a_removal_and_an_addition():
    doc = to_dict("wsx")
    doc["competencies"][0]["indicators"][0]["id"] = "brand-new"
    doc["competencies"][0]["indicators"][0]["text"] = "Keeps a tidy desk"
    table = compkit.diff("wsx", from_dict(doc))
    assert table[["change", "old_id", "new_id"]].values.tolist() == [
        ["added", None, "brand-new"],
        ["removed", "qualities-core-1", None],
    ]


def test_a_deletion_mid_list_that_renumbers_the_rest_removes_the_deleted_statement():
    doc = to_dict("cis")
    items = doc["competencies"][0]["indicators"]
    cell = [i for i in items if i["level"] == items[0]["level"]]
    assert len(cell) >= 3
    gone = cell[1]
    ids = [i["id"] for i in cell]
    items.remove(gone)
    for i, ident in zip(cell[2:], ids[1:], strict=False):  # as a re-ingest numbers them
        i["id"] = ident
    table = compkit.diff("cis", from_dict(doc))
    assert table[["change", "old_id", "old_text"]].values.tolist()[0] == [
        "removed",
        gone["id"],
        gone["text"],
    ]
    assert set(table["change"]) == {"removed", "id changed"}
    assert len(table) == len(cell) - 1


def test_a_role_requiring_other_levels_and_a_reworded_description_are_changes():
    doc = to_dict("cis")
    role = doc["roles"][0]
    role["requires"]["people"] = "l3"
    del role["requires"]["brilliant"]
    doc["competencies"][1]["description"] = "Something else entirely."
    d = compkit.diff("cis", from_dict(doc))
    rows = d[d["change"] == "changed"].set_index("item")["note"]
    assert rows["competency"] == "description reworded"
    assert rows["role"] == (
        "requires Supporting our people at Level 3, was Level 2; no longer requires Being brilliant"
    )
    log = compkit.authoring.render_changelog(d)
    assert "**1 competency changed, 1 role changed**" in log
    assert "- Role Senior Officer: requires Supporting our people at Level 3, was Level 2" in log
    assert compkit.diff("cis", "cis").empty  # and nothing is said when nothing changed


def test_word_diff():
    assert word_diff("a b c", "a x c") == "a [-b-] {+x+} c"
    assert word_diff("same", "same") == "same"


def test_changelog_markdown_and_html(changes):
    md = compkit.authoring.render_changelog(changes)
    assert md.splitlines()[:3] == [
        "# Changes to CiS",
        "",
        "**1 competency renamed, 1 statement added, 1 statement removed, 1 statement "
        "reworded, 1 statement moved, 1 statement split, 1 statement merged, 1 statement given "
        "a new id**",
    ]
    assert "## Merged (1)" in md
    assert "- Competency renamed: Working with others → Working with other people" in md
    assert "- Supporting our people / Level 1 (split into 2 statements): I know when" in md
    assert "  - Supporting our people / Level 1: I help others when I can" in md
    assert "develop the confidence and skills needed to ~~shine.~~ **excel.**" in md
    page = compkit.authoring.render_changelog(changes, to="html", title="CiS <revised>")
    assert "<title>CiS &lt;revised&gt;</title>" in page
    assert "<del>shine.</del> <ins>excel.</ins>" in page
    with pytest.raises(
        compkit.UsageError, match="unknown change log format 'pdf'; expected one of: md, html"
    ):
        compkit.authoring.render_changelog(changes, to="pdf")


def test_cli_diff(tmp_path, capsys):
    new = compkit.write_yaml(revised_cis(), tmp_path / "cis2.yaml")
    assert main(["diff", "cis", str(new)]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[0].split() == ["change", "where", "note", "text", "id"]
    assert "renamed     Competency" in out
    assert "renamed: Working with others → Working with other people" in out
    assert out.splitlines()[-1].startswith("1 competency renamed, 1 statement added")
    assert "moved from Supporting our people to Being brilliant and from Level 1 to Level 2" in out
    assert main(["diff", "cis", str(new), "--exit-code"]) == 1
    assert main(["diff", "cis", "cis", "--exit-code"]) == 0
    assert capsys.readouterr().out.endswith("no changes\n")
    log = tmp_path / "changes.html"
    assert main(["diff", "cis", str(new), "--format", "html", "-o", str(log)]) == 0
    assert log.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert main(["diff", "cis", "nope"]) == 2
    assert "unknown framework 'nope'" in capsys.readouterr().err


# -- Word document with tracked changes ------------------------------------------------------

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def resolved(body, *, accept: bool) -> list[str]:
    """The paragraphs Word shows after Accept All (``accept``) or Reject All Changes."""
    drop = "del" if accept else "ins"
    out = []
    for p in body.iter(f"{W}p"):
        mark = p.find(f"{W}pPr/{W}rPr/{W}{drop}")
        if mark is not None:
            continue  # the paragraph itself is undone
        text = ""
        for node in p.iter(f"{W}t", f"{W}delText"):
            wrapper = node.getparent().getparent()
            if wrapper.tag == f"{W}{drop}":
                continue
            text += node.text or ""
        out.append((p, text))
    return [t for p, t in out if t]


def statements(fw) -> list[str]:
    return [i.text for i in fw.indicator_records]


def test_diff_as_word_tracked_changes_accepts_to_new_and_rejects_to_old(tmp_path):
    import docx

    new = revised_cis()
    out = tmp_path / "changes.docx"
    assert (
        main(["diff", "cis", str(write_tmp(new, tmp_path)), "--format", "docx", "-o", str(out)])
        == 0
    )
    body = docx.Document(out).element.body
    ins, dels = list(body.iter(f"{W}ins")), list(body.iter(f"{W}del"))
    assert ins and dels and all(m.get(f"{W}author") == "compkit" for m in ins + dels)
    accepted, rejected = resolved(body, accept=True), resolved(body, accept=False)
    old = compkit.load("cis")
    # every statement of each version, in its order within each cell, nothing else
    assert sorted(t for t in accepted if t in set(statements(new))) == sorted(statements(new))
    assert sorted(t for t in rejected if t in set(statements(old))) == sorted(statements(old))
    assert "Working with other people" in accepted and "Working with others" in rejected
    assert "Working with others" not in accepted
    reworded = next(t for t in accepted if "excel" in t)
    assert reworded.replace("excel", "shine") in rejected


def write_tmp(fw, tmp_path):
    return compkit.write_yaml(fw, tmp_path / "new.yaml")


def test_diff_as_word_needs_an_output_file(capsys):
    assert main(["diff", "cis", "cis", "--format", "docx"]) == 2
    assert "give its name with -o FILE.docx" in capsys.readouterr().err


def test_a_description_whose_breaks_alone_changed_is_not_called_reworded():
    doc = to_dict("cis")
    old = doc["competencies"][1]["description"]
    words = old.split()
    doc["competencies"][1]["description"] = " ".join(words[:3]) + "\n\n" + " ".join(words[3:])
    d = compkit.diff("cis", from_dict(doc))
    rows = d[d["change"] == "changed"].set_index("item")["note"]
    assert rows["competency"] == "description's line or paragraph breaks changed"


def test_polarity_level_order_stems_and_the_framework_itself_are_changes():
    doc = to_dict("cis")
    doc["competencies"][0]["indicators"][0]["polarity"] = "ineffective"
    for level in doc["levels"]:
        level["rank"] = 5 - level["rank"]
    doc["competencies"][1]["stem"] = "You can:"
    doc["title"] = "Competencies – all roles"
    doc["cumulative"] = not doc.get("cumulative", True)
    d = compkit.diff("cis", from_dict(doc))
    notes = dict(zip(d["item"] + " " + d["old_id"].fillna(""), d["note"], strict=True))
    assert notes["indicator people-l1-1"] == "polarity changed from effective to ineffective"
    assert notes["level l1"] == "now 4th from the lowest, was 1st"
    assert notes[f"competency {doc['competencies'][1]['id']}"] == "stem 'You can:' added"
    framework = notes["framework cis"]
    assert "title changed from 'Competencies – Senior Officer roles'" in framework
    assert "cumulative" in framework
    assert d["item"].iloc[0] == "framework"
    log = compkit.authoring.render_changelog(d)
    assert "Framework" in log and "polarity changed" in log


def test_diff_of_two_unrelated_frameworks_warns_once(capsys):
    assert main(["diff", "wsx", "cis"]) == 0
    err = capsys.readouterr().err
    assert err.count("warning") == 1
    assert "statements of wsx have a counterpart in cis: are they versions" in err


def test_diff_of_two_versions_warns_not(tmp_path, capsys):
    new = compkit.write_yaml(revised_cis(), tmp_path / "cis2.yaml")
    assert main(["diff", "cis", str(new)]) == 0
    assert "warning" not in capsys.readouterr().err


def test_carry_to_an_unrelated_framework_warns(tmp_path, capsys):
    out = tmp_path / "carried.sssom.tsv"
    assert main(["carry", "cis-wsx", "wsx", "cis", "-o", str(out)]) == 0
    err = capsys.readouterr().err
    assert "pairs retired: is cis a version of wsx? ('compkit diff wsx cis'" in err
