"""The 8-bit all-mpnet-base-v2 (``mpnet-q8``): its graph, its quantisation and its vectors."""

import copy
from pathlib import Path

import numpy as np
import pytest

from compkit.crosswalk import _mpnet, _mpnetq8, embeddings, mpnetbuild

DATA = Path(__file__).parent / "data" / "crosswalk"
WORDS = [
    "<s>",
    "<pad>",
    "</s>",
    "<unk>",
    "the",
    "team",
    "builds",
    "trust",
    "with",
    "partners",
    "and",
    "budget",
]


def _tiny_weights(seed: int = 0, dim: int = 128, heads: int = 4, layers: int = 2) -> dict:
    """MPNet-shaped random weights, small enough to build and run in a test."""
    rng = np.random.default_rng(seed)

    def r(*shape, scale=0.05):
        return (rng.normal(size=shape) * scale).astype(np.float32)

    w = {
        "embeddings.word_embeddings.weight": r(len(WORDS), dim, scale=0.5),
        "embeddings.position_embeddings.weight": r(64, dim, scale=0.5),
        "embeddings.LayerNorm.weight": 1 + r(dim),
        "embeddings.LayerNorm.bias": r(dim),
        "encoder.relative_attention_bias.weight": r(32, heads, scale=0.5),
    }
    for i in range(layers):
        p = f"encoder.layer.{i}."
        for name, (n_out, n_in) in {
            "attention.attn.q": (dim, dim),
            "attention.attn.k": (dim, dim),
            "attention.attn.v": (dim, dim),
            "attention.attn.o": (dim, dim),
            "intermediate.dense": (2 * dim, dim),
            "output.dense": (dim, 2 * dim),
        }.items():
            w[p + name + ".weight"], w[p + name + ".bias"] = r(n_out, n_in), r(n_out)
        for norm in ("attention.LayerNorm", "output.LayerNorm"):
            w[p + norm + ".weight"], w[p + norm + ".bias"] = 1 + r(dim), r(dim)
    return w


def _tokenizer_json() -> str:
    from tokenizers import Tokenizer, models, pre_tokenizers, processors

    tok = Tokenizer(models.WordLevel({t: i for i, t in enumerate(WORDS)}, unk_token="<unk>"))
    tok.pre_tokenizer = pre_tokenizers.Whitespace()
    tok.post_processor = processors.TemplateProcessing(
        single="<s> $A </s>", special_tokens=[("<s>", 0), ("</s>", 2)]
    )
    return tok.to_str()


def test_8bit_graph_gives_the_float_models_vectors(tmp_path):
    weights = _tiny_weights()
    mpnetbuild.write_model(copy.deepcopy(weights), _tokenizer_json(), tmp_path / "m", "a test")
    texts = ["the team builds trust", "budget", "partners and the team with trust and budget"]
    got = _mpnetq8.encoder(tmp_path / "m")(texts)

    from tokenizers import Tokenizer

    tok = Tokenizer.from_str(_tokenizer_json())
    tok.enable_padding(pad_id=1, pad_token="<pad>")
    enc = tok.encode_batch(texts)
    ids = np.array([e.ids for e in enc])
    mask = np.array([e.attention_mask for e in enc])
    want = _mpnet.forward_fn(copy.deepcopy(weights))(ids, mask)

    cos = (got * want).sum(1) / np.linalg.norm(got, axis=1) / np.linalg.norm(want, axis=1)
    assert got.shape == (3, 128)
    assert cos.min() > 0.999, cos
    # padding must not change a text's vector: the shortest text alone gives the same
    alone = _mpnetq8.encoder(tmp_path / "m")(["budget"])
    np.testing.assert_allclose(alone[0], got[1], rtol=1e-4, atol=1e-5)
    assert "a test" in (tmp_path / "m" / "PROVENANCE.txt").read_text()


def test_quantised_blocks_are_what_matmulnbits_multiplies():
    import onnxruntime
    from onnx import TensorProto, helper, numpy_helper

    rng = np.random.default_rng(3)
    weight = rng.normal(size=(256, 5)).astype(np.float32)
    codes, scales = mpnetbuild.quantise_blocks(weight)
    node = helper.make_node(
        "MatMulNBits", ["x", "q", "s"], ["y"], domain="com.microsoft",
        K=256, N=5, bits=8, block_size=mpnetbuild.BLOCK,
    )  # fmt: skip
    graph = helper.make_graph(
        [node], "g",
        [helper.make_tensor_value_info("x", TensorProto.FLOAT, [2, 256])],
        [helper.make_tensor_value_info("y", TensorProto.FLOAT, [2, 5])],
        [numpy_helper.from_array(codes, "q"), numpy_helper.from_array(scales, "s")],
    )  # fmt: skip
    opsets = [helper.make_opsetid("", 17), helper.make_opsetid("com.microsoft", 1)]
    model = helper.make_model(graph, opset_imports=opsets)
    model.ir_version = 8
    session = onnxruntime.InferenceSession(model.SerializeToString())
    x = rng.normal(size=(2, 256)).astype(np.float32)
    y = session.run(None, {"x": x})[0]
    np.testing.assert_allclose(y, x @ weight, atol=0.05 * np.abs(x @ weight).max())


def test_backend_not_built_says_how_to_build_it(tmp_path, monkeypatch):
    monkeypatch.setenv("COMPKIT_MODELS", str(tmp_path))
    monkeypatch.delitem(embeddings._MODELS, "mpnet-q8", raising=False)
    assert embeddings.available()["mpnet-q8"] is False
    with pytest.raises(embeddings.EmbeddingBackendError, match=r"compkit\.crosswalk\.modelbuild"):
        embeddings.BACKENDS["mpnet-q8"]()


@pytest.mark.skipif(
    not embeddings.available()["mpnet-q8"], reason="mpnet-q8 is not built (make install builds it)"
)
def test_built_model_gives_all_mpnet_base_v2s_vectors():
    """Against all-mpnet-base-v2's float32 vectors (its PyPI wheels run by ``_mpnet``)."""
    with np.load(DATA / "mpnet-reference.npz") as ref:
        texts, want = ref["texts"].tolist(), ref["vectors"]
    folder = mpnetbuild.models_dir() / mpnetbuild.MODEL_NAME
    got = _mpnetq8.encoder(folder)(texts)
    cos = (got * want).sum(1) / np.linalg.norm(got, axis=1) / np.linalg.norm(want, axis=1)
    assert cos.min() > 0.998, cos
    provenance = (folder / "PROVENANCE.txt").read_text()
    assert "Apache-2.0" in provenance and "sha256" in provenance


def test_a_slow_backend_shows_progress_sooner(monkeypatch, capsys):
    """mpnet-q8 embeds about 60 statements a second: its bar shows from 2,000, not 20,000."""
    assert embeddings.PROGRESS_FROM["mpnet-q8"] < 20_000
    monkeypatch.setitem(embeddings.PROGRESS_FROM, "hashing", 3)
    embeddings.embed([f"statement {i}" for i in range(5)], backend="hashing")
    assert "embedding (hashing)" in capsys.readouterr().err
    embeddings.embed([f"another {i}" for i in range(3)], backend="hashing")
    assert "embedding" not in capsys.readouterr().err


@pytest.mark.skipif(
    not embeddings.available()["mpnet-q8"], reason="mpnet-q8 is not built (make install builds it)"
)
def test_built_model_gives_each_tokens_contextual_vector():
    """One run gives the pooled vector and each token's vector; the pooled is their mean."""
    folder = mpnetbuild.models_dir() / mpnetbuild.MODEL_NAME
    enc = _mpnetq8.encoder(folder)
    texts = ["Listens to others", "Leads the team through change, including hard talks."]
    per = enc.tokens(texts)
    assert per[0][2] == ["listens", "listens", "to", "others"]
    assert per[1][2][-2:] == ["talks", "."] and "," in per[1][2]
    pooled = np.stack([p for *_, p in per])
    np.testing.assert_allclose(pooled, enc(texts), atol=1e-5)
    vectors, ids, _, _ = per[0]
    assert vectors.shape == (4, 768) and ids.shape == (4,)
    # the pooled vector averages the special tokens too: close to, not equal to, the tokens' mean
    mean = vectors.mean(axis=0)
    cos = mean @ pooled[0] / np.linalg.norm(mean) / np.linalg.norm(pooled[0])
    assert cos > 0.9


def test_the_tokens_signal_reads_the_first_token_backend_of_an_ensemble():
    from compkit.crosswalk.signals import TOKEN_BACKENDS, token_backend

    assert token_backend(("minilm-onnx", "minilm-l3-q8", "mpnet-q8")) == TOKEN_BACKENDS[0]
    assert token_backend(("wordllama", "hashing")) is None
    assert all(token_backend((b, "wordllama")) == b for b in TOKEN_BACKENDS)
