"""Run the 8-bit all-mpnet-base-v2 built by :mod:`.mpnetbuild` (the ``mpnet-q8`` backend).

The tokens are embedded in NumPy from the 8-bit word table (one scale per row) and the position
table; the relative-position attention bias is added to the padding mask here too; onnxruntime
runs the twelve layers (8-bit dense weights, float32 activations) and the mean pooling.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import numpy as np

from . import _mpnet

_BATCH = 32


def encoder(folder: Path) -> Callable[[list[str]], np.ndarray]:
    """``encode(texts)``: the sentence vectors of the 8-bit model built into ``folder``."""
    import onnxruntime
    from tokenizers import Tokenizer

    with np.load(folder / "embeddings.npz") as z:
        words, word_scales = z["words"], z["word_scales"]
        positions, relative = z["positions"], z["relative_bias"]
    tok = Tokenizer.from_file(str(folder / "tokenizer.json"))
    tok.enable_truncation(max_length=384)
    tok.enable_padding(pad_id=_mpnet._PAD, pad_token="<pad>")
    options = onnxruntime.SessionOptions()
    options.log_severity_level = 3
    session = onnxruntime.InferenceSession(
        str(folder / "model.onnx"), options, providers=["CPUExecutionProvider"]
    )
    dim = words.shape[1]

    def run(ids: np.ndarray, mask: np.ndarray) -> np.ndarray:
        pos = _mpnet.positions(mask)
        embedded = words[ids].astype(np.float32) * word_scales[ids][..., None] + positions[pos]
        feeds = {
            "embedded": embedded,
            "bias": np.ascontiguousarray(_mpnet.attention_bias(relative, mask)),
            "mask": mask[..., None].astype(np.float32),
        }
        return session.run(None, feeds)[0]

    return _mpnet.batched(tok, run, dim, _BATCH)
