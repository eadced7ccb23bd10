"""Run the 8-bit all-mpnet-base-v2 built by :mod:`.mpnetbuild` (the ``mpnet-q8`` backend).

The tokens are embedded in NumPy from the 8-bit word table (one scale per row) and the position
table; the relative-position attention bias is added to the padding mask here too; onnxruntime
runs the twelve layers (8-bit dense weights, float32 activations) and the mean pooling. When
token vectors are first asked for (what :mod:`compkit.crosswalk.tokens` aligns), a second
session is loaded with the last hidden state, which the pooling averages, as a second output of
the graph, so one run gives both the sentence vectors and every token's contextual vector; a
plain run does not pay for that.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np

from . import _mpnet
from ._onnx import session, token_rows

_BATCH = 32


def _with_hidden(path: Path) -> tuple[bytes, str]:
    """The model at ``path`` with the last hidden state as a second output, and its name."""
    import onnx
    from onnx import TensorProto, helper

    model = onnx.load(str(path))
    pooled = next(n for n in model.graph.node if n.op_type == "Mul" and "mask" in n.input)
    hidden = next(i for i in pooled.input if i != "mask")
    dim = model.graph.output[0].type.tensor_type.shape.dim[1].dim_value
    out = helper.make_tensor_value_info(hidden, TensorProto.FLOAT, ["b", "t", dim])
    model.graph.output.append(out)
    return model.SerializeToString(), hidden


class Encoder:
    """The 8-bit all-mpnet-base-v2 in ``folder``: called, sentence vectors; :meth:`tokens`, more.

    Examples
    --------
    >>> from compkit.crosswalk.embeddings import _built
    >>> enc = Encoder(_built("mpnet-q8"))  # doctest: +SKIP
    >>> enc(["Listens to others"]).shape  # doctest: +SKIP
    (1, 768)
    """

    def __init__(self, folder: Path):
        from tokenizers import Tokenizer

        with np.load(folder / "embeddings.npz") as z:
            self._words, self._word_scales = z["words"], z["word_scales"]
            self._positions, self._relative = z["positions"], z["relative_bias"]
        tok = Tokenizer.from_file(str(folder / "tokenizer.json"))
        tok.enable_truncation(max_length=384)
        tok.enable_padding(pad_id=_mpnet._PAD, pad_token="<pad>")
        self._tok = tok
        self._model = folder / "model.onnx"
        self._session = session(self._model)
        self._tokens_session: tuple[object, str] | None = None
        self._dim = self._words.shape[1]
        self._encode = _mpnet.batched(tok, self._pooled, self._dim, _BATCH)

    def _run(
        self, ids: np.ndarray, mask: np.ndarray, outputs: list[str], run_with=None
    ) -> list[np.ndarray]:
        pos = _mpnet.positions(mask)
        words = self._words[ids].astype(np.float32) * self._word_scales[ids][..., None]
        feeds = {
            "embedded": words + self._positions[pos],
            "bias": np.ascontiguousarray(_mpnet.attention_bias(self._relative, mask)),
            "mask": mask[..., None].astype(np.float32),
        }
        return (run_with or self._session).run(outputs, feeds)

    def _pooled(self, ids: np.ndarray, mask: np.ndarray) -> np.ndarray:
        return self._run(ids, mask, ["vector"])[0]

    def __call__(self, texts: list[str]) -> np.ndarray:
        return self._encode(texts)

    def tokens(
        self, texts: list[str]
    ) -> list[tuple[np.ndarray, np.ndarray, list[str], np.ndarray]]:
        """Per text: its tokens' hidden states, vocabulary ids and words, and its pooled vector.

        Special tokens are left out; the word is the whole word (lower case) a token belongs
        to. The pooled vector is what calling the encoder gives, from the same run.
        """
        if self._tokens_session is None:
            graph, hidden = _with_hidden(self._model)
            self._tokens_session = (session(graph), hidden)
        run_with, hidden = self._tokens_session
        out = []
        for start in range(0, len(texts), _BATCH):
            batch = texts[start : start + _BATCH]
            enc = self._tok.encode_batch(batch)
            ids = np.array([e.ids for e in enc], dtype=np.int64)
            mask = np.array([e.attention_mask for e in enc], dtype=np.int64)
            states, pooled = self._run(ids, mask, [hidden, "vector"], run_with)
            for e, h, text, p in zip(enc, states, batch, pooled, strict=True):
                out.append((*token_rows(e, h, text), p.astype(np.float32)))
        return out


def encoder(folder: Path) -> Encoder:
    """The encoder of the 8-bit model built into ``folder`` (see :class:`Encoder`)."""
    return Encoder(folder)
