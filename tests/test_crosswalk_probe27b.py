"""Probe 27 (B): a cross-walk file as other SSSOM tools read it, and the workbook's settled rows."""

from __future__ import annotations

import re

import pandas as pd
import yaml

import compkit
from compkit.crosswalk.sssom import write_sssom

#: sssom-py 0.4.21's CURIE test (``sssom.util.CURIE_PATTERN``): a prefix of letters, digits,
#: ``_`` and ``.``; a CURIE it does not recognise loses its prefix from the curie_map when
#: sssom-py writes the file again, leaving rows no reader accepts.
SSSOM_PY_CURIE = re.compile(r"[A-Za-z0-9_.]+[:][A-Za-z0-9_]")
#: The SSSOM/TSV spec's check of an extension definition (formats-tsv.md, "Support for
#: defined extensions"): an NCName slot name, no other keys, CURIEs the curie_map resolves.
NCNAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_.-]*$")


def _hyphenated() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "subject_id": ["medium-snowflake:mobile-m1-0", "medium-snowflake:mobile-m2-1"],
            "subject_category": ["mobile", "mobile"],
            "predicate_id": ["skos:closeMatch", "skos:relatedMatch"],
            "object_id": ["monzo-backend:mastery-l2-9", "sssom:NoTermFound"],
            "object_category": ["mastery", ""],
            "mapping_justification": ["semapv:ManualMappingCuration"] * 2,
            "review_status": ["accepted", "no_match"],
            "rank": [1, None],
        }
    )


def _split(text: str) -> tuple[dict, pd.DataFrame]:
    head = "\n".join(ln[2:] for ln in text.splitlines() if ln.startswith("#"))
    body = [ln.split("\t") for ln in text.splitlines() if not ln.startswith("#")]
    return yaml.safe_load(head), pd.DataFrame(body[1:], columns=body[0])


def test_hyphenated_framework_ids_are_written_under_prefixes_sssom_py_reads(tmp_path):
    """A framework id with a hyphen (``monzo-backend``) is a CURIE prefix sssom-py does not
    recognise: it dropped the prefix from the curie_map when writing the file again, and
    compkit then refused its own cross-walk ("prefix 'medium-snowflake' is not declared").
    The file now writes ``monzo_backend:`` declared with the framework's own IRI; the CURIEs
    expand to the same IRIs, and compkit reads the framework's id back."""
    path = write_sssom(_hyphenated(), tmp_path / "x.sssom.tsv")
    meta, rows = _split(path.read_text(encoding="utf-8"))
    for col in ("subject_id", "object_id", "subject_category"):
        values = rows[col][rows[col] != ""]
        assert values.map(lambda v: bool(SSSOM_PY_CURIE.match(v))).all(), values.tolist()
    assert meta["curie_map"]["medium_snowflake"] == "https://w3id.org/compkit/medium-snowflake/"
    assert meta["curie_map"]["monzo_backend"] == "https://w3id.org/compkit/monzo-backend/"
    assert "medium-snowflake" not in meta["curie_map"]
    assert meta["subject_source"] == "medium_snowflake:"
    assert meta["mapping_set_id"].endswith("/medium-snowflake-monzo-backend.sssom.tsv")
    # every prefix the rows use is declared, and each extension definition is one a
    # spec-following reader keeps (so it keeps the extension columns)
    used = set(pd.concat([rows["subject_id"], rows["object_id"]]).str.split(":").str[0])
    assert used - {"sssom"} <= set(meta["curie_map"])
    defined = {d["slot_name"] for d in meta["extension_definitions"]}
    assert {c for c in rows.columns if c in compkit.crosswalk.sssom.EXTENSION_SLOTS} <= defined
    for d in meta["extension_definitions"]:
        assert set(d) <= {"slot_name", "property", "type_hint"} and NCNAME.match(d["slot_name"])
        assert all(d[k].split(":")[0] in meta["curie_map"] for k in ("property", "type_hint"))

    back = compkit.read_sssom(path)  # compkit's own ids, and header, as before
    assert back["subject_id"].tolist() == _hyphenated()["subject_id"].tolist()
    assert back["object_id"].tolist() == _hyphenated()["object_id"].tolist()
    assert back["subject_category"].tolist() == ["mobile", "mobile"]
    assert back.attrs["sssom"]["curie_map"]["monzo-backend"].endswith("/monzo-backend/")
    assert back.attrs["sssom"]["subject_source"] == "medium-snowflake:"
    again, rows_again = _split(write_sssom(back, tmp_path / "y.sssom.tsv").read_text("utf-8"))
    assert again["curie_map"] == meta["curie_map"]  # written again: the same prefixes and ids
    ids = ["subject_id", "object_id", "subject_category", "object_category"]
    assert rows_again[ids].equals(rows[ids])


def test_a_file_sssom_py_wrote_again_reads(tmp_path):
    """What sssom-py writes again of a compkit file (the prefixes it recognises kept, the
    extension columns and the prefixes only they use dropped) reads in compkit; it was
    refused for every row when the frameworks' ids held a hyphen."""
    path = write_sssom(_hyphenated(), tmp_path / "x.sssom.tsv")
    meta, rows = _split(path.read_text(encoding="utf-8"))
    # sssom-py 0.4.21 `sssom parse`: curie_map cut to the prefixes its CURIE pattern finds
    # in the rows, standard columns only
    ids = pd.concat([rows["subject_id"], rows["object_id"], rows["subject_category"]])
    found = {v.split(":")[0] for v in ids if SSSOM_PY_CURIE.match(v)}
    kept = {p: iri for p, iri in meta["curie_map"].items() if p in found}
    redone = tmp_path / "sssom-py.sssom.tsv"
    head = yaml.safe_dump({"curie_map": kept, "license": meta["license"]}, sort_keys=False)
    standard = ["subject_id", "subject_category", "predicate_id", "predicate_modifier",
                "object_id", "object_category", "mapping_justification"]  # fmt: skip
    body = rows[standard].to_csv(sep="\t", index=False)
    redone.write_text("".join(f"#{ln}\n" for ln in head.splitlines()) + body, encoding="utf-8")
    back = compkit.read_sssom(redone)
    assert back["subject_id"].tolist() == _hyphenated()["subject_id"].tolist()
    assert back["object_id"].tolist() == _hyphenated()["object_id"].tolist()


def test_a_file_written_before_with_hyphenated_prefixes_reads_as_it_did(tmp_path):
    """A file declaring ``monzo-backend:`` itself (written before) reads the same ids, and is
    written again under the portable prefix, one curie_map entry per framework."""
    old = tmp_path / "old.sssom.tsv"
    old.write_text(
        "# curie_map:\n"
        "#   medium-snowflake: https://w3id.org/compkit/medium-snowflake/\n"
        "#   monzo-backend: https://w3id.org/compkit/monzo-backend/\n"
        "# subject_source: 'medium-snowflake:'\n"
        "subject_id\tpredicate_id\tobject_id\tmapping_justification\n"
        "medium-snowflake:mobile-m1-0\tskos:closeMatch\tmonzo-backend:mastery-l2-9\t"
        "semapv:ManualMappingCuration\n",
        encoding="utf-8",
    )
    back = compkit.read_sssom(old)
    assert back["subject_id"].tolist() == ["medium-snowflake:mobile-m1-0"]
    meta, rows = _split(write_sssom(back, tmp_path / "new.sssom.tsv").read_text("utf-8"))
    assert rows["object_id"].tolist() == ["monzo_backend:mastery-l2-9"]
    assert meta["subject_source"] == "medium_snowflake:"
    framework_iris = [v for v in meta["curie_map"].values() if "/compkit/m" in v]
    assert sorted(framework_iris) == [
        "https://w3id.org/compkit/medium-snowflake/",
        "https://w3id.org/compkit/monzo-backend/",
    ]


def _pairs(path) -> list[dict]:
    from openpyxl import load_workbook

    book = load_workbook(path, read_only=True)
    try:
        values = list(book["Pairs"].iter_rows(values_only=True))
    finally:
        book.close()
    return [dict(zip(values[0], r, strict=True)) for r in values[1:]]


def _reopened(tmp_path):
    """The shipped CiS → WSX cross-walk with its first statement's rejected pairs reopened
    (fresh candidates of a statement settled) and one statement's pairs all open."""
    cw = compkit.read_sssom("cis-wsx")
    first = cw["subject_id"].iloc[0]
    reopen = (cw["subject_id"] == first) & cw["review_status"].eq("rejected")
    other = cw["subject_id"].eq(cw.loc[~cw["subject_id"].eq(first), "subject_id"].iloc[0])
    open_ = reopen | (other & cw["object_id"].ne("sssom:NoTermFound"))
    cols = ["review_status", "predicate_modifier", "reviewer_label", "mapping_date",
            "mapping_justification", "comment"]  # fmt: skip
    cw.loc[open_, cols] = ["suggested", "", "", "", "semapv:CompositeMatching", ""]
    cw.loc[open_, "suggested_predicate_id"] = cw.loc[open_, "predicate_id"]
    cw = cw[~(other & ~open_)]
    return write_sssom(cw, tmp_path / "cw.sssom.tsv"), first, other


def test_a_settled_statements_fresh_candidates_say_nothing_is_asked(tmp_path):
    """A statement a reviewer already settled showed its fresh candidates "not reviewed", as
    if work were left (the shipped CiS → WSX suggested again: 96 such rows, every one of a
    statement decided); they now say "not needed, statement settled". A statement with no
    decision still shows "not reviewed"; the drop-down offers both."""
    from compkit.crosswalk.workbook import write_workbook

    path, first, _ = _reopened(tmp_path)
    cw = compkit.read_sssom(path)
    out = write_workbook(cw, tmp_path / "cw.xlsx", "cis", "wsx")
    rows = _pairs(out)
    mine = [r["Review"] for r in rows if "cis:" + str(r["CiS id"]) == first]
    assert "not needed, statement settled" in mine and "not reviewed" not in mine
    assert {"accepted", "accepted, relation changed"} & set(mine)
    others = [r["Review"] for r in rows if "cis:" + str(r["CiS id"]) != first]
    assert "not reviewed" in others
    from openpyxl import load_workbook

    readme = [c for row in load_workbook(out)["Read me"].iter_rows(values_only=True) for c in row]
    assert "not needed, statement settled" in readme  # offered in the drop-down's list


def test_take_review_reads_not_needed_as_open_and_an_accepted_one_as_a_new_counterpart(
    tmp_path, capsys
):
    """Left as shown, the workbook decides nothing; one such row accepted is recorded."""
    from openpyxl import load_workbook

    from compkit.cli import main
    from compkit.crosswalk.workbook import write_workbook

    path, first, _ = _reopened(tmp_path)
    out = write_workbook(compkit.read_sssom(path), tmp_path / "cw.xlsx", "cis", "wsx")
    before = path.read_bytes()
    assert main(["take-review", str(path), str(out), "--reviewer", "R"]) == 0
    assert "nothing decided" in capsys.readouterr().err
    assert path.read_bytes() == before
    book = load_workbook(out)
    ws = book["Pairs"]
    col = {c.value: c.column for c in ws[1]}
    n = next(r for r in range(2, ws.max_row + 1)
             if ws.cell(r, col["Review"]).value == "not needed, statement settled")  # fmt: skip
    ws.cell(n, col["Review"]).value = "accepted"
    obj = "wsx:" + ws.cell(n, col["WSX Mind id"]).value
    book.save(tmp_path / "decided.xlsx")
    assert main(["take-review", str(path), str(tmp_path / "decided.xlsx"), "--reviewer", "R"]) == 0
    cw = compkit.read_sssom(path)
    pair = cw[(cw["subject_id"] == first) & (cw["object_id"] == obj)]
    assert pair["review_status"].tolist() == ["accepted"]
    assert pair["reviewer_label"].tolist() == ["R"]
