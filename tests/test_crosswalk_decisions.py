"""Decisions in a cross-walk file edited by hand or rewritten by another SSSOM tool are kept."""

from __future__ import annotations

import compkit
from compkit.crosswalk import read_sssom, write_sssom


def _file(tmp_path, rows, header=""):
    cols = ["subject_id", "predicate_id", "predicate_modifier", "object_id"]
    cols += ["mapping_justification", "reviewer_label"]
    text = "#curie_map:\n#  cis: https://w3id.org/compkit/cis/\n"
    text += "#  wsx: https://w3id.org/compkit/wsx/\n" + header
    text += "\t".join(cols) + "\n" + "".join("\t".join(r) + "\n" for r in rows)
    path = tmp_path / "cw.sssom.tsv"
    path.write_text(text, encoding="utf-8")
    return path


MANUAL, COMPOSITE = "semapv:ManualMappingCuration", "semapv:CompositeMatching"


def test_states_come_from_sssom_columns_when_the_file_says_none(tmp_path):
    path = _file(
        tmp_path,
        [
            ["cis:people-l1-1", "skos:closeMatch", "Not", "wsx:qualities-core-1", MANUAL, ""],
            ["cis:people-l1-2", "skos:exactMatch", "", "wsx:qualities-core-2", MANUAL, "Ann"],
            ["cis:people-l1-3", "skos:closeMatch", "", "wsx:qualities-core-3", COMPOSITE, ""],
            ["cis:people-l2-1", "skos:exactMatch", "", "sssom:NoTermFound", MANUAL, ""],
        ],
        header="#mapping_date: 2026-11-30\n",
    )
    cw = read_sssom(path)
    assert cw["review_status"].tolist() == ["rejected", "accepted", "suggested", "no_match"]
    assert set(cw["mapping_date"]) == {"2026-11-30"}  # a slot the header holds for every row


def test_a_shipped_crosswalk_keeps_its_decisions_without_compkit_columns(tmp_path):
    shipped = read_sssom("cis-wsx")
    plain = shipped.drop(columns=["review_status", "suggested_predicate_id", "review_history"])
    path = tmp_path / "plain.sssom.tsv"
    write_sssom(plain.assign(review_status=""), path, meta=shipped.attrs.get("sssom"))
    again = read_sssom(path)
    decided = shipped["review_status"] != "suggested"
    assert (again["review_status"] != "suggested")[decided.to_numpy()].mean() > 0.95
    assert (again.loc[shipped["review_status"].eq("rejected").to_numpy(), "review_status"]
            == "rejected").all()  # fmt: skip


def test_a_retired_pair_is_negated_for_any_sssom_tool():
    cw = read_sssom("cis-wsx")
    doc = compkit.framework.to_dict("wsx")
    gone = doc["competencies"][0]["indicators"].pop(0)
    carried = compkit.carry_forward(cw, "wsx", compkit.framework.from_dict(doc))
    retired = carried[carried["object_id"] == f"wsx:{gone['id']}"]
    assert len(retired) and (retired["predicate_modifier"] == "Not").all()
    assert (retired["review_status"] == "rejected").all()


def test_a_carried_cross_walk_reads_back_for_the_new_version(tmp_path):
    from compkit.cli import main

    doc = compkit.framework.to_dict("wsx")
    doc["competencies"][0]["indicators"].pop(0)
    new = tmp_path / "wsx.yaml"
    compkit.write_yaml(compkit.framework.from_dict(doc), new)
    carried = compkit.carry_forward(read_sssom("cis-wsx"), "wsx", new)
    write_sssom(carried, tmp_path / "carried.sssom.tsv")
    out = tmp_path / "next.sssom.tsv"
    args = ["crosswalk", "cis", str(new), "--reviewed", str(tmp_path / "carried.sssom.tsv")]
    assert main([*args, "-o", str(out)]) == 0


def test_a_stale_reviewed_cross_walk_says_to_carry_it_forward(tmp_path, capsys):
    from compkit.cli import main

    cw = read_sssom("cis-wsx")
    kept = cw.loc[cw["review_status"] == "accepted", "object_id"].iloc[0].split(":")[1]
    doc = compkit.framework.to_dict("wsx")
    for comp in doc["competencies"]:
        comp["indicators"] = [i for i in comp["indicators"] if i["id"] != kept]
    new = tmp_path / "wsx.yaml"
    compkit.write_yaml(compkit.framework.from_dict(doc), new)
    assert main(["crosswalk", "cis", str(new), "--reviewed", "cis-wsx"]) == 2
    assert "carry it forward first" in capsys.readouterr().err


def test_arguments_of_the_wrong_type_are_refused_in_words(tmp_path):
    import pytest

    cw = read_sssom("cis-wsx")
    with pytest.raises(compkit.CompkitError, match="path must be a file path"):
        write_sssom(cw, 123)
    with pytest.raises(compkit.CompkitError, match="meta must be a mapping"):
        write_sssom(cw, tmp_path / "x.sssom.tsv", meta="title")
    with pytest.raises(compkit.CompkitError, match="path must be a file path"):
        read_sssom(None)
    with pytest.raises(compkit.CompkitError, match="reviewer's name"):
        compkit.review_crosswalk(tmp_path / "r.sssom.tsv", "cis", "wsx", reviewer=None)
    with pytest.raises(compkit.CompkitError, match=r"changes must be compkit\.diff"):
        compkit.carry_forward(cw, "wsx", "wsx", changes="x")
