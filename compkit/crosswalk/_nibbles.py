"""An embedding table in 4 bits, looked up inside an ONNX graph with standard operators.

Each row is cut into blocks of :data:`BLOCK` values; each block is stored as 4-bit codes with
its own offset and step (float16), fitted by least squares to its codes, so a block's value is
``offset + step * code``. Two codes share a byte: byte ``k`` of a row holds code ``k`` in its
low half and code ``k + width / 2`` in its high half, so the graph unpacks a row with one
``Concat`` and needs no reshaping. A word table of 30,522 × 384 takes 7.3 MB instead of 11.8 MB
in 8 bits per row (and 47 MB in float).

:func:`lookup_nodes` writes the nodes that replace a ``Gather`` from such a table: gather the
packed bytes and the blocks' offsets and steps, split each byte, and scale back.
"""

from __future__ import annotations

import numpy as np

__all__ = ["BLOCK", "lookup_nodes", "quantise", "restore"]

#: Values per block (each block has its own offset and step).
BLOCK = 32
_FIT_ROUNDS = 3


def quantise(table: np.ndarray, block: int = BLOCK) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """A ``rows × width`` float table as ``(packed uint8, offsets float16, steps float16)``.

    ``packed`` is ``rows × width / 2``; ``offsets`` and ``steps`` are ``rows × width / block``.
    ``width`` must be a multiple of ``block`` and ``width / 2`` a multiple of ``block`` too (so a
    byte's two codes come from whole blocks).

    Examples
    --------
    >>> t = np.random.default_rng(0).normal(size=(3, 128)).astype(np.float32)
    >>> packed, offsets, steps = quantise(t)
    >>> packed.shape, packed.dtype.name, offsets.shape, steps.dtype.name
    ((3, 64), 'uint8', (3, 4), 'float16')
    >>> bool(np.abs(restore(packed, offsets, steps) - t).max() < 0.25)
    True
    """
    rows, width = table.shape
    if width % (2 * block):
        raise ValueError(f"a table {width} wide does not split into pairs of {block}-value blocks")
    x = table.astype(np.float64).reshape(rows, width // block, block)
    low, high = x.min(axis=2, keepdims=True), x.max(axis=2, keepdims=True)
    offset, step = low, np.maximum((high - low) / 15.0, 1e-12)
    for _ in range(_FIT_ROUNDS):  # codes, then the offset and step that fit them best
        codes = np.clip(np.rint((x - offset) / step), 0, 15)
        mean_c, mean_x = codes.mean(axis=2, keepdims=True), x.mean(axis=2, keepdims=True)
        var = ((codes - mean_c) ** 2).sum(axis=2, keepdims=True)
        cov = ((codes - mean_c) * (x - mean_x)).sum(axis=2, keepdims=True)
        fitted = np.where(var > 0, cov / np.where(var > 0, var, 1.0), step)
        step = np.where(np.abs(fitted) > 1e-12, fitted, 1e-12)
        offset = mean_x - step * mean_c
    offset16, step16 = offset.astype(np.float16), step.astype(np.float16)
    step16 = np.where(step16 == 0, np.float16(6e-8), step16)  # float16's smallest step
    codes = np.clip(np.rint((x - offset16) / step16.astype(np.float64)), 0, 15)
    codes = codes.astype(np.uint8).reshape(rows, width)
    half = width // 2
    packed = codes[:, :half] | (codes[:, half:] << 4)
    return packed, offset16[..., 0], step16[..., 0]


def restore(packed: np.ndarray, offsets: np.ndarray, steps: np.ndarray) -> np.ndarray:
    """The float32 table that ``quantise``'s output stands for (what the graph computes).

    Examples
    --------
    >>> packed, offsets, steps = quantise(np.zeros((1, 64), np.float32))
    >>> restore(packed, offsets, steps).shape
    (1, 64)
    """
    codes = np.concatenate([packed & 15, packed >> 4], axis=-1).astype(np.float32)
    block = codes.shape[-1] // offsets.shape[-1]
    scale = np.repeat(steps.astype(np.float32), block, axis=-1)
    return codes * scale + np.repeat(offsets.astype(np.float32), block, axis=-1)


def lookup_nodes(name: str, ids: str, out: str, width: int, block: int = BLOCK):
    """``(nodes, constants)`` that set ``out`` to the float rows of table ``name`` at ``ids``.

    The graph must hold the initializers ``name + ".q4"`` (packed), ``name + ".o"`` (offsets)
    and ``name + ".st"`` (steps); ``constants`` are the small initializers the nodes add.

    Examples
    --------
    >>> nodes, constants = lookup_nodes("words", "ids", "x", 64)
    >>> [n.op_type for n in nodes][:5], len(constants)
    (['Gather', 'BitShift', 'BitShift', 'Sub', 'Concat'], 2)
    """
    import onnx
    from onnx import helper, numpy_helper

    four = numpy_helper.from_array(np.array(4, np.uint8), out + ".four")
    spread = numpy_helper.from_array(np.arange(width, dtype=np.int64) // block, out + ".blocks")
    node = helper.make_node
    f32 = onnx.TensorProto.FLOAT
    nodes = [
        node("Gather", [name + ".q4", ids], [out + ".g"], name=out + ".g"),
        node("BitShift", [out + ".g", out + ".four"], [out + ".hi"], direction="RIGHT"),
        node("BitShift", [out + ".hi", out + ".four"], [out + ".hi4"], direction="LEFT"),
        node("Sub", [out + ".g", out + ".hi4"], [out + ".lo"], name=out + ".lo"),
        node("Concat", [out + ".lo", out + ".hi"], [out + ".c"], axis=-1),
        node("Cast", [out + ".c"], [out + ".cf"], to=f32),
    ]
    for part in ("st", "o"):  # each block's step and offset, spread over its values
        nodes += [
            node("Gather", [f"{name}.{part}", ids], [f"{out}.{part}"]),
            node("Cast", [f"{out}.{part}"], [f"{out}.{part}f"], to=f32),
            node("Gather", [f"{out}.{part}f", out + ".blocks"], [f"{out}.{part}w"], axis=-1),
        ]
    nodes += [
        node("Mul", [out + ".cf", out + ".stw"], [out + ".m"], name=out + ".m"),
        node("Add", [out + ".m", out + ".ow"], [out], name=out),
    ]
    return nodes, [four, spread]
