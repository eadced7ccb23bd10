"""Run a BERT-style transformer exported to ONNX: sentence vectors and token vectors.

The sentence-embedding backends of :mod:`compkit.crosswalk.embeddings` that ship as ONNX files
(all-MiniLM-L6-v2, paraphrase-MiniLM-L3-v2) are run here by onnxruntime, with the tokenizer of
the ``tokenizers`` package: the mean of the last hidden state over the tokens is a statement's
vector; the hidden state of each token is what :mod:`compkit.crosswalk.tokens` aligns.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np

__all__ = ["OnnxEncoder", "session"]


def session(model: Path | bytes):
    """An onnxruntime session on the CPU of ``model`` (a file or a serialised graph), quiet."""
    import onnxruntime

    options = onnxruntime.SessionOptions()
    options.log_severity_level = 3
    source = str(model) if isinstance(model, Path) else model
    return onnxruntime.InferenceSession(source, options, providers=["CPUExecutionProvider"])


class OnnxEncoder:
    """A BERT-style ONNX model run by onnxruntime.

    Called, it gives mean-pooled sentence vectors; :meth:`tokens` gives the contextual vector
    of every token.
    """

    def __init__(self, model: Path, tokenizer: Path, hidden: str | None = None):
        import gzip

        from tokenizers import Tokenizer

        if tokenizer.suffix == ".gz":
            tok = Tokenizer.from_str(gzip.decompress(tokenizer.read_bytes()).decode("utf-8"))
        else:
            tok = Tokenizer.from_file(str(tokenizer))
        tok.enable_truncation(max_length=256)
        tok.enable_padding()
        self._tok = tok
        self._session = session(Path(model))
        self._inputs = {i.name for i in self._session.get_inputs()}
        self._outputs = [hidden] if hidden else None

    def _batches(self, texts: list[str]):
        """``(encodings, hidden states, attention mask)`` per batch of 64 texts."""
        for start in range(0, len(texts), 64):
            enc = self._tok.encode_batch(texts[start : start + 64])
            ids = np.array([e.ids for e in enc], dtype=np.int64)
            mask = np.array([e.attention_mask for e in enc], dtype=np.int64)
            feeds = {"input_ids": ids, "attention_mask": mask, "token_type_ids": 0 * ids}
            feeds = {k: v for k, v in feeds.items() if k in self._inputs}
            yield enc, self._session.run(self._outputs, feeds)[0], mask

    def __call__(self, texts: list[str]) -> np.ndarray:
        out = []
        for _, states, mask in self._batches(texts):
            m = mask[..., None].astype(np.float32)
            out.append((states * m).sum(axis=1) / np.maximum(m.sum(axis=1), 1.0))
        return np.concatenate(out).astype(np.float32) if out else np.zeros((0, 384), np.float32)

    def tokens(
        self, texts: list[str]
    ) -> list[tuple[np.ndarray, np.ndarray, list[str], np.ndarray]]:
        """Per text: its tokens' hidden states, vocabulary ids and words, and its pooled vector.

        Special tokens are left out of the tokens; the word is the whole word (lower case) a
        token belongs to. The pooled vector is what calling the encoder gives, from the same run.
        """
        out = []
        for enc, states, mask in self._batches(texts):
            m = mask[..., None].astype(np.float32)
            pooled = (states * m).sum(axis=1) / np.maximum(m.sum(axis=1), 1.0)
            batch = texts[len(out) : len(out) + len(enc)]
            for e, h, text, p in zip(enc, states, batch, pooled, strict=True):
                out.append((*token_rows(e, h, text), p.astype(np.float32)))
        return out


def token_rows(e, h: np.ndarray, text: str) -> tuple[np.ndarray, np.ndarray, list[str]]:
    """The non-special tokens of one encoding ``e`` of ``text``: hidden states, ids, words.

    ``h`` holds the encoding's hidden states; each token's word is the whole word (lower case)
    it belongs to.
    """
    spans: dict[int, list[int]] = {}
    for (a, b), word in zip(e.offsets, e.word_ids, strict=True):
        if word is not None:
            span = spans.setdefault(word, [a, b])
            span[0], span[1] = min(span[0], a), max(span[1], b)
    keep = [i for i, w in enumerate(e.word_ids) if w is not None]
    words = [text[slice(*spans[e.word_ids[i]])].lower() for i in keep]
    ids = np.array([e.ids[i] for i in keep], dtype=np.int64)
    return h[keep].astype(np.float32), ids, words
