"""The ``hashing`` embedding backend: feature-hashed character trigrams, no model at all.

For tests and for machines without any of the model packages; see
:mod:`compkit.crosswalk.embeddings`.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable

import numpy as np


def load_hashing(dim: int = 512) -> Callable[[list[str]], np.ndarray]:
    """``encode(texts)``: each text's trigram counts hashed into ``dim`` buckets."""

    def encode(texts: list[str]) -> np.ndarray:
        out = np.zeros((len(texts), dim), dtype=np.float32)
        for row, text in enumerate(texts):
            padded = f"  {text.lower()}  "
            grams = [padded[i : i + 3] for i in range(len(padded) - 2)]
            keys = [
                int.from_bytes(hashlib.blake2b(g.encode(), digest_size=4).digest()) for g in grams
            ]
            np.add.at(out[row], np.asarray(keys, dtype=np.int64) % dim, 1.0)
        return out

    return encode
