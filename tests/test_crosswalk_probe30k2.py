"""Round 30 (K2): a cross-walk's decisions after a carry, and the workbook of a French one.

- ``compkit carry`` put the decisions on a reworded statement back to review and said nothing
  of it: the next ``crosswalk --reviewed`` counted fewer decisions than were made, with no
  hint. A pair whose relation the reviewer had changed was even read back as ``changed`` (its
  relation still the reviewer's, not the method's), a decision again with no reviewer. Carry
  and ``--reviewed`` now say how many decisions a carry re-opened and why
  (:mod:`compkit.crosswalk.carried`); the reviewed CSV keeps a re-opened pair's note, and no
  longer refuses a carried cross-walk whose retired pairs name a removed statement.
- The workbook's Read me of a framework not in English did not say that the cross-walk reads
  English (:mod:`compkit.crosswalk.workbookreadme`).
"""

from __future__ import annotations

import warnings
from pathlib import Path

import pandas as pd
import pytest

import compkit
from compkit.cli import main
from compkit.crosswalk import decide, to_crosswalk

FRENCH = Path(__file__).parent / "data" / "probe30k" / "fr-grille.yaml"


@pytest.fixture(scope="module")
def carried(tmp_path_factory):
    """CiS -> WSX, two pairs decided, carried to a WSX whose statements were reworded/removed."""
    d = tmp_path_factory.mktemp("carry")
    s = compkit.suggest("cis", "wsx", top=2, method="lexical").head(6)
    cw = to_crosswalk(s, subject="cis", object="wsx")
    first, second, gone = (cw.loc[k, ["subject_id", "object_id"]] for k in (0, 2, 4))
    cw = decide(cw, *first, "change", reviewer="Jo", predicate="skos:narrowMatch")
    cw = decide(cw, *second, "accept", reviewer="Jo", note="same duty")
    compkit.write_sssom(cw, d / "x.sssom.tsv")
    doc = compkit.framework.to_dict("wsx")
    texts = {i["id"]: i for c in doc["competencies"] for i in c["indicators"]}
    for curie in (first["object_id"], second["object_id"]):
        texts[curie.split(":")[1]]["text"] += " at all times"
    gone_id = gone["object_id"].split(":")[1]
    if gone_id not in {first["object_id"].split(":")[1], second["object_id"].split(":")[1]}:
        for c in doc["competencies"]:
            c["indicators"] = [i for i in c["indicators"] if i["id"] != gone_id]
    compkit.write_yaml(compkit.framework.build.from_dict(doc), d / "wsx2.yaml")
    return d


def test_carry_says_how_many_decisions_it_reopened_and_why(carried, capsys):
    d = carried
    rc = main(["carry", str(d / "x.sssom.tsv"), "wsx", str(d / "wsx2.yaml"), "-o",
               str(d / "c.sssom.tsv")])  # fmt: skip
    err = capsys.readouterr().err
    assert rc == 0
    assert (
        "compkit: note: 2 decisions were re-opened by 'compkit carry', their statement "
        "reworded (2): each is to review again" in err
    )
    out = compkit.carry_forward(d / "x.sssom.tsv", "wsx", d / "wsx2.yaml")
    notes = out.loc[out["carry"] == "re-review", "carry_note"].tolist()
    assert "reworded; decision re-opened (was changed)" in notes
    assert "reworded; decision re-opened (was accepted)" in notes
    back = compkit.read_sssom(d / "c.sssom.tsv")  # read back open, not "changed" again
    was = back[back["comment"].fillna("").str.contains("was changed to narrower match by Jo")]
    assert was["review_status"].tolist() == ["suggested"]
    assert (was["predicate_id"] == was["suggested_predicate_id"]).all()


def test_reviewed_outputs_say_a_carry_reopened_decisions(carried, capsys):
    d = carried
    if not (d / "c.sssom.tsv").exists():
        main(["carry", str(d / "x.sssom.tsv"), "wsx", str(d / "wsx2.yaml"), "-o",
              str(d / "c.sssom.tsv")])  # fmt: skip
    capsys.readouterr()
    for ext in ("sssom.tsv", "csv"):
        rc = main(["crosswalk", "cis", str(d / "wsx2.yaml"), "--method", "lexical", "--top", "2",
                   "--reviewed", str(d / "c.sssom.tsv"), "-o", str(d / f"r.{ext}")])  # fmt: skip
        err = capsys.readouterr().err
        assert rc == 0, err
        assert "2 decisions were re-opened by 'compkit carry'" in err
    rows = pd.read_csv(d / "r.csv")
    again = rows[rows["comment"].fillna("").str.contains("decision|was accepted|was changed")]
    assert set(again["review_status"]) == {"suggested"} and len(again) == 2


def test_workbook_read_me_says_a_french_framework_is_read_as_english(tmp_path):
    from openpyxl import load_workbook

    def readme(a, b):
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            s = compkit.suggest(a, b, top=1, method="lexical")
        path = compkit.export_crosswalk(s, tmp_path / "w.xlsx", a=a, b=b)
        ws = load_workbook(path)["Read me"]
        return [str(r[0]) for r in ws.iter_rows(max_row=8, values_only=True) if r[0]]

    said = [line for line in readme(FRENCH, "wsx") if "reads English" in line]
    assert said == [
        "Grille des compétences de l'équipe données is written in French (fr): the cross-walk "
        "reads English (its word match drops English stop words and stems English endings; its "
        "sentence models were trained on English), so its suggestions rest on shared words, "
        "names and loanwords; review every one."
    ]
    assert not [line for line in readme("cis", "wsx") if "reads English" in line]
