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
