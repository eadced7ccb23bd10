"""Cross-walk loose ends (eighteenth round, W2): a reviewed cross-walk of a framework whose id
changed, and the competency matrix by the method the user chose."""

from pathlib import Path

from compkit.cli import main

ROOT = Path(__file__).resolve().parents[1]


def _renamed(tmp_path: Path) -> Path:
    """CiS under a new id, as a new version ingested from another file would have."""
    text = (ROOT / "data" / "frameworks" / "cis.yaml").read_text(encoding="utf-8")
    assert "\nid: cis\n" in text
    path = tmp_path / "cis-2026.yaml"
    path.write_text(text.replace("\nid: cis\n", "\nid: cis-2026\n"), encoding="utf-8")
    return path


def test_reviewed_of_an_old_id_names_both_ids_and_how_to_carry_it_forward(capsys, tmp_path):
    new = _renamed(tmp_path)
    code = main(
        ["crosswalk", str(new), "wsx", "--reviewed", "cis-wsx", "-o", str(tmp_path / "x.csv")]
    )
    out, err = capsys.readouterr()
    assert code == 2 and out == "" and err.count("\n") == 1 and "Traceback" not in err
    assert (
        "the reviewed cross-walk maps cis to wsx, but the frameworks given are CiS (cis-2026) "
        "to WSX Mind (wsx): its subject_id 'cis:people-l1-1' is not a statement of CiS "
        "(cis-2026); expected a cross-walk from cis-2026 to wsx. If CiS (cis-2026) is a new "
        "version of cis, carry the reviewed cross-walk forward to it first"
    ) in err  # was "... but the frameworks given are CiS to WSX Mind ..., in that order"
    assert (
        f"compkit.crosswalk.write_sssom(compkit.carry_forward('cis-wsx', 'cis', '{new}', "
        "side='subject'), 'carried.sssom.tsv'), then give --reviewed carried.sssom.tsv"
    ) in err
    assert "in that order" not in err


def test_the_advice_given_carries_the_crosswalk_forward(tmp_path):
    """What the message says to run makes a cross-walk of the new id, every pair kept."""
    import compkit
    from compkit.crosswalk import read_sssom, write_sssom

    new = _renamed(tmp_path)
    carried = compkit.carry_forward("cis-wsx", "cis", str(new), side="subject")
    back = read_sssom(write_sssom(carried, tmp_path / "carried.sssom.tsv"))
    subjects = {s.partition(":")[0] for s in back["subject_id"] if ":" in s}
    assert subjects == {"cis-2026"}
    assert len(back) == len(read_sssom("cis-wsx"))


def test_reviewed_in_the_wrong_order_still_says_so(capsys, tmp_path):
    code = main(["crosswalk", "wsx", "cis", "--reviewed", "cis-wsx", "-o", str(tmp_path / "x.csv")])
    err = capsys.readouterr().err
    assert code == 2
    assert "frameworks given are WSX Mind (wsx) to CiS (cis)" in err
    assert err.rstrip().endswith("expected a cross-walk from WSX Mind to CiS, in that order")
    assert "carry_forward" not in err
