"""Atomic file writes: write to a temporary file beside the target, then rename it into place.

A crash or a kill during a write leaves the previous file intact: readers see either the old file
or the new one, never half of one. Multi-file outputs (a folder of tables, a report with its
figures) are built in a temporary folder and swapped in whole (:func:`atomic_dir`).

The target is checked first: a symbolic link is followed (the file it points to is replaced, the
link stays); a folder, a pipe or a device is refused. Errors name the user's path, never the
temporary one. Temporary files a killed write left behind (``.NAME.XXXX.tmp``, older than an
hour) are removed by the next write to the same folder.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import stat
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path

from .errors import UsageError

__all__ = ["atomic_dir", "atomic_path", "write_bytes", "write_text", "write_with"]

_STALE_SECONDS = 3600


def _target(target: str | os.PathLike, *, folder: bool = False) -> Path:
    """The real path to write: links followed; folders, pipes and devices refused."""
    path = Path(target)
    if path.is_symlink():
        path = Path(os.path.realpath(path))
    if path.exists():
        mode = path.stat().st_mode
        if folder and not stat.S_ISDIR(mode):
            raise UsageError(f"{target}: exists and is not a folder; expected a folder to write")
        if not folder and stat.S_ISDIR(mode):
            raise UsageError(f"{target}: is a folder; expected the path of a file to write")
        if not folder and not stat.S_ISREG(mode):
            raise UsageError(
                f"{target}: is not a regular file (a pipe or a device); refusing to replace it"
            )
    return path


def _clean_stale(folder: Path, name: str) -> None:
    now = time.time()
    for old in folder.glob(f".{name}.*.tmp"):
        with contextlib.suppress(OSError):
            if now - old.lstat().st_mtime > _STALE_SECONDS:
                if old.is_dir() and not old.is_symlink():
                    shutil.rmtree(old)
                else:
                    old.unlink()


def _renamed(exc: OSError, target: str | os.PathLike) -> OSError:
    """The same error, naming the user's target instead of the temporary file."""
    return OSError(exc.errno, exc.strerror or str(exc), os.fspath(target))


@contextlib.contextmanager
def atomic_path(target: str | os.PathLike) -> Iterator[Path]:
    """Yield a temporary path beside ``target``; on success rename it over ``target``.

    Use it for libraries that insist on writing to a path themselves (openpyxl, networkx).
    On any exception the temporary file is removed and ``target`` is untouched.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> out = pathlib.Path(tempfile.mkdtemp()) / "x.txt"
    >>> with atomic_path(out) as tmp:
    ...     _ = tmp.write_text("hello")
    >>> out.read_text()
    'hello'
    """
    real = _target(target)
    try:
        real.parent.mkdir(parents=True, exist_ok=True)
        _clean_stale(real.parent, real.name)
        fd, name = tempfile.mkstemp(prefix=f".{real.name}.", suffix=".tmp", dir=real.parent)
        os.close(fd)
    except OSError as exc:
        raise _renamed(exc, target) from None
    tmp = Path(name)
    try:
        yield tmp
        with tmp.open("rb+") as fh:
            os.fsync(fh.fileno())
        if real.exists():
            with contextlib.suppress(OSError):
                tmp.chmod(real.stat().st_mode & 0o7777)
        else:
            tmp.chmod(0o644)
        tmp.replace(real)
    except OSError as exc:
        raise _renamed(exc, target) from None
    finally:
        tmp.unlink(missing_ok=True)


@contextlib.contextmanager
def atomic_dir(target: str | os.PathLike) -> Iterator[Path]:
    """Yield a temporary folder beside ``target``; on success swap it in for ``target`` whole.

    Readers see the old folder or the new one; a kill during the build leaves the old folder
    as it was (and a hidden temporary folder the next write removes).

    Examples
    --------
    >>> import tempfile, pathlib
    >>> out = pathlib.Path(tempfile.mkdtemp()) / "tables"
    >>> with atomic_dir(out) as tmp:
    ...     _ = (tmp / "a.csv").write_text("x")
    >>> sorted(p.name for p in out.iterdir())
    ['a.csv']
    """
    real = _target(target, folder=True)
    try:
        real.parent.mkdir(parents=True, exist_ok=True)
        _clean_stale(real.parent, real.name)
        tmp = Path(tempfile.mkdtemp(prefix=f".{real.name}.", suffix=".tmp", dir=real.parent))
    except OSError as exc:
        raise _renamed(exc, target) from None
    try:
        yield tmp
        if real.exists():
            old = Path(tempfile.mkdtemp(prefix=f".{real.name}.", suffix=".tmp", dir=real.parent))
            old.rmdir()
            real.rename(old)
            tmp.rename(real)
            shutil.rmtree(old, ignore_errors=True)
        else:
            tmp.rename(real)
    except OSError as exc:
        raise _renamed(exc, target) from None
    finally:
        if tmp.exists():
            shutil.rmtree(tmp, ignore_errors=True)


def write_text(target: str | os.PathLike, text: str) -> Path:
    """Write ``text`` (UTF-8) to ``target`` atomically and return the path."""
    return write_with(target, lambda tmp: tmp.write_text(text, encoding="utf-8"))


def write_bytes(target: str | os.PathLike, data: bytes) -> Path:
    """Write ``data`` to ``target`` atomically and return the path."""
    return write_with(target, lambda tmp: tmp.write_bytes(data))


def write_with(target: str | os.PathLike, writer: Callable[[Path], object]) -> Path:
    """Call ``writer(tmp_path)`` and move the result to ``target`` atomically."""
    with atomic_path(target) as tmp:
        writer(tmp)
    return Path(target)
