"""The on-disk vector cache (``crosswalk._vectorcache``): a rebuilt model's vectors are new."""

import numpy as np

from compkit.crosswalk import _vectorcache, l3build
from compkit.crosswalk import embeddings as emb


def _built_model(folder, provenance: str) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "PROVENANCE.txt").write_text(provenance)


def test_vectors_of_a_model_built_again_in_another_format_are_made_again(monkeypatch, tmp_path):
    models = tmp_path / "models"
    monkeypatch.setenv("COMPKIT_MODELS", str(models))
    _built_model(models / l3build.MODEL_NAME, "format 1")
    calls = []

    def model(texts):
        calls.append(list(texts))
        return np.full((len(texts), 4), len(calls), dtype=np.float32)

    monkeypatch.setattr(emb, "_MODELS", {"minilm-l3-q8": model})
    monkeypatch.setattr(emb, "_CACHE", {})
    cache = tmp_path / "cache"
    emb.embed(["a"], backend="minilm-l3-q8", cache_dir=cache)
    monkeypatch.setattr(emb, "_CACHE", {})
    emb.embed(["a"], backend="minilm-l3-q8", cache_dir=cache)
    assert calls == [["a"]]  # the same model: read from disk
    _built_model(models / l3build.MODEL_NAME, "format 2")
    monkeypatch.setattr(emb, "_CACHE", {})
    emb.embed(["a"], backend="minilm-l3-q8", cache_dir=cache)
    assert calls == [["a"], ["a"]]  # rebuilt: made again, and kept under the new model's tag
    tag = _vectorcache.model_tag("minilm-l3-q8")
    assert _vectorcache.read(cache / "embeddings-minilm-l3-q8.npz", tag).keys() == {emb._key("a")}


def test_a_cache_written_before_tags_still_serves_a_package_backend(tmp_path):
    disk = tmp_path / "embeddings-hashing.npz"
    np.savez(disk, keys=np.array(["k"]), vectors=np.ones((1, 4), np.float32))
    assert list(_vectorcache.read(disk, "hashing")) == ["k"]
    assert _vectorcache.read(disk, "minilm-l3-q8:abc") == {}
