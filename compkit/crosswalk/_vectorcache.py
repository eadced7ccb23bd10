"""The on-disk cache of :func:`.embeddings.embed` (``cache_dir=``): one ``.npz`` per backend.

Each file holds the vectors by text key and a tag naming the model that made them, so vectors
from a model since rebuilt (a new quantisation of a model built at install time) are not reused:
a file whose tag differs is read as empty and written again.
"""

from __future__ import annotations

import hashlib
import io
import os
import zipfile
from pathlib import Path

import numpy as np

from ..errors import UsageError

__all__ = ["disk_file", "model_tag", "read", "write"]


def disk_file(cache_dir: str | os.PathLike, backend: str) -> Path:
    """The cache file of ``backend`` in ``cache_dir`` (an error if that is not a folder).

    Examples
    --------
    >>> disk_file("build/cache", "wordllama").name
    'embeddings-wordllama.npz'
    """
    from .._atomic import as_path

    folder = as_path(cache_dir, "cache_dir", expected="the path of a folder")
    if folder.exists() and not folder.is_dir():
        raise UsageError(
            f"cache_dir {folder}: is not a folder; expected a folder to keep vectors in"
        )
    return folder / f"embeddings-{backend}.npz"


def model_tag(backend: str) -> str:
    """What names the model behind ``backend``.

    For a model built at install time, its build's provenance (it changes when the build's
    format does); else the backend's name.

    Examples
    --------
    >>> model_tag("hashing")
    'hashing'
    """
    from . import l3build, mpnetbuild

    built = {"minilm-l3-q8": l3build.MODEL_NAME, "mpnet-q8": mpnetbuild.MODEL_NAME}
    if backend not in built:
        return backend
    provenance = mpnetbuild.models_dir() / built[backend] / "PROVENANCE.txt"
    try:
        digest = hashlib.sha1(provenance.read_bytes(), usedforsecurity=False).hexdigest()
    except OSError:
        return backend
    return f"{backend}:{digest}"


def read(disk: Path, tag: str) -> dict:
    """The vectors kept in ``disk`` by ``tag``'s model.

    None if the file is unreadable or another model's: a cache is rebuilt, not trusted.
    """
    if not disk.is_file():
        return {}
    try:  # from bytes: np.load leaves a torn file open when it fails
        with np.load(io.BytesIO(disk.read_bytes()), allow_pickle=False) as data:
            kept = str(data["model"]) if "model" in data.files else disk.stem.split("-", 1)[-1]
            if kept != tag:
                return {}
            return dict(zip(data["keys"].tolist(), data["vectors"], strict=True))
    except (OSError, ValueError, KeyError, EOFError, zipfile.BadZipFile):
        return {}


def write(disk: Path, cache: dict, tag: str) -> None:
    """Keep ``cache`` (text key -> vector) in ``disk``, atomically, tagged with ``tag``."""
    from .. import _atomic

    def put(tmp: Path) -> None:
        with tmp.open("wb") as fh:
            np.savez(
                fh,
                keys=np.array(list(cache)),
                vectors=np.stack(list(cache.values())),
                model=np.array(tag),
            )

    disk.parent.mkdir(parents=True, exist_ok=True)
    _atomic.write_with(disk, put)
