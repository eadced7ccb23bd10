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
        f"compkit carry cis-wsx cis {new} --side subject -o carried.sssom.tsv (in Python, "
        "compkit.carry_forward), then give --reviewed carried.sssom.tsv"
    ) in err
    assert "in that order" not in err


def test_the_advice_given_carries_the_crosswalk_forward(capsys, tmp_path, monkeypatch):
    """What the message says to run makes a cross-walk of the new id that --reviewed takes."""
    from compkit.crosswalk import read_sssom

    new = _renamed(tmp_path)
    monkeypatch.chdir(tmp_path)
    argv = ["carry", "cis-wsx", "cis", str(new), "--side", "subject", "-o", "carried.sssom.tsv"]
    assert main(argv) == 0
    assert capsys.readouterr().err == "wrote carried.sssom.tsv: 426 pairs (426 kept)\n"
    back = read_sssom(tmp_path / "carried.sssom.tsv")
    assert {s.partition(":")[0] for s in back["subject_id"] if ":" in s} == {"cis-2026"}
    assert len(back) == len(read_sssom("cis-wsx"))
    assert main(argv) == 2  # an existing -o is kept
    assert "the file exists; expected a new file name, or --force" in capsys.readouterr().err
    code = main(["crosswalk", str(new), "wsx", "--method", "lexical", "--reviewed",
                 "carried.sssom.tsv", "-o", "honoured.csv"])  # fmt: skip
    assert code == 0, capsys.readouterr().err


def test_reviewed_in_the_wrong_order_still_says_so(capsys, tmp_path):
    code = main(["crosswalk", "wsx", "cis", "--reviewed", "cis-wsx", "-o", str(tmp_path / "x.csv")])
    err = capsys.readouterr().err
    assert code == 2
    assert "frameworks given are WSX Mind (wsx) to CiS (cis)" in err
    assert err.rstrip().endswith("expected a cross-walk from WSX Mind to CiS, in that order")
    assert "carry_forward" not in err


def test_competency_matrix_by_the_lexical_method_loads_no_embedding_model(monkeypatch):
    import compkit.crosswalk.embeddings as embeddings
    from compkit.crosswalk.levels import competency_matrix

    def refuse(*args, **kwargs):
        raise AssertionError("an embedding model was loaded for a lexical competency matrix")

    monkeypatch.setattr(embeddings, "embed", refuse)
    m = competency_matrix("cis", "wsx", method="lexical")  # was: the wordllama model, always
    assert m.shape == (6, 4)
    assert ((m.to_numpy() >= 0) & (m.to_numpy() <= 1)).all()


def test_competency_matrix_embeds_with_the_backends_chosen(monkeypatch):
    import numpy as np

    import compkit.crosswalk.embeddings as embeddings
    from compkit.crosswalk.levels import competency_matrix

    used = []

    def fake(texts, *, backend, **kwargs):
        used.append(backend)
        rows = np.random.default_rng(len(used)).normal(size=(len(texts), 8))
        return (rows / np.linalg.norm(rows, axis=1, keepdims=True)).astype(np.float32)

    monkeypatch.setattr(embeddings, "embed", fake)
    competency_matrix("cis", "wsx", method="hybrid", backend="ensemble")
    assert used == ["minilm-onnx", "minilm-l3-q8", "mpnet-q8"]  # the ensemble's members


def test_a_competency_with_no_statements_is_missing_not_zero(monkeypatch):
    import math

    import numpy as np

    import compkit.crosswalk.embeddings as embeddings
    from compkit.crosswalk.levels import competency_matrix

    monkeypatch.setattr(  # the default backend's call, without loading its model
        embeddings, "embed", lambda texts, **kw: np.ones((len(texts), 4), np.float32) / 2
    )
    from compkit.framework import from_dict

    def fw(ident, comps):
        return from_dict(
            {
                "schema_version": 2,
                "id": ident,
                "title": ident.capitalize(),
                "organisation": "Probe Works",
                "levels": [{"id": "one", "name": "One", "rank": 1}],
                "competencies": [
                    {
                        "id": comp,
                        "name": comp.capitalize(),
                        "indicators": [
                            {"id": f"{comp}-one-{n}", "level": "one", "text": text}
                            for n, text in enumerate(texts, 1)
                        ],
                    }
                    for comp, texts in comps.items()
                ],
            }
        )

    a = fw("left", {"planning": ["Plans the team's week."], "vision": []})
    b = fw("right", {"organising": ["Organises the week's plan."], "empty": []})
    m = competency_matrix(a, b)
    assert m.loc["Planning", "Organising"] == 1.0
    assert math.isnan(m.loc["Vision", "Organising"])  # was 0.0
    assert m["Empty"].isna().all()
    assert math.isnan(competency_matrix(a, b, method="lexical").loc["Vision", "Organising"])


def test_method_of_reads_how_suggestions_were_made():
    import pandas as pd

    from compkit.crosswalk.levels import method_of

    assert method_of(pd.DataFrame({"method": ["lexical"] * 2})) == {"method": "lexical"}
    said = pd.DataFrame({"method": ["hybrid:minilm-onnx+minilm-l3-q8+mpnet-q8"]})
    assert method_of(said) == {
        "method": "hybrid",
        "backend": ("minilm-onnx", "minilm-l3-q8", "mpnet-q8"),
    }
    assert method_of(pd.DataFrame({"subject_id": ["a:1"]})) == {}


def test_the_heatmap_leaves_a_competency_with_no_statements_blank():
    import numpy as np
    import pandas as pd

    from compkit.crosswalk.levels import plot_competency_matrix

    m = pd.DataFrame(
        [[0.5, np.nan], [np.nan, np.nan]],
        index=pd.Index(["Planning", "Vision"], name="Left"),
        columns=pd.Index(["Organising", "Empty"], name="Right"),
    )
    fig = plot_competency_matrix(m)
    said = [t.get_text() for t in fig.axes[0].texts]
    assert said == ["0.5", "", "", ""]  # was "nan" three times


def test_a_lexical_crosswalk_workbook_loads_no_embedding_model(monkeypatch, tmp_path):
    import openpyxl

    import compkit.crosswalk.embeddings as embeddings

    def refuse(*args, **kwargs):
        raise AssertionError("an embedding model was loaded for a lexical cross-walk")

    monkeypatch.setattr(embeddings, "embed", refuse)
    out = tmp_path / "x.xlsx"
    # the Competencies sheet compares as the suggestions were made (was: wordllama, always)
    assert main(["crosswalk", "cis", "wsx", "--method", "lexical", "-o", str(out)]) == 0
    assert "Competencies" in openpyxl.load_workbook(out, read_only=True).sheetnames
