"""Atomic file writes: write to a temporary file beside the target, then rename it into place.

A crash or a kill during a write leaves the previous file intact: readers see either the old file
or the new one, never half of one. Multi-file outputs (a folder of tables, a report with its
figures) are built in a temporary folder and swapped in whole (:func:`atomic_dir`).

The target is checked first: a symbolic link is followed (the file it points to is replaced, the
link stays); a folder, a pipe or a device is refused. Errors name the user's path, never the
temporary one. Temporary files a killed write left behind (``.NAME.XXXX.tmp``, older than an
hour) are removed by the next write to the same folder.

Two checks every writer shares sit here too, below every subpackage: :func:`as_path` turns a
path argument into a :class:`~pathlib.Path` (or one clear error), and :func:`check_suffix`
refuses an output file whose suffix says another format than the one asked for.
"""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
import shutil
import stat
import tempfile
import time
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path

from .errors import UsageError

__all__ = [
    "as_path",
    "atomic_dir",
    "atomic_path",
    "check_suffix",
    "write_bytes",
    "write_text",
    "write_with",
]

_STALE_SECONDS = 3600
#: Suffixes that name a kind of file: writing another format under one of them is refused.
#: Not ``.txt`` (any output may be kept as "some text") nor ``.doc`` (Word opens a DOCX file
#: so named without a word).
FILE_SUFFIXES = frozenset(
    {".csv", ".tsv", ".xlsx", ".xlsm", ".xls", ".ods", ".json", ".graphml", ".xml", ".yaml"}
    | {".yml", ".docx", ".odt", ".html", ".htm", ".md", ".markdown", ".pdf", ".png", ".svg"}
    | {".zip"}
)
#: The suffixes a document's file may end in, per format (any case): what ``render``, ``report``
#: and ``diff`` read from an output's name.
DOCUMENT_SUFFIXES = {"html": (".html", ".htm"), "md": (".md", ".markdown"), "docx": (".docx",)}


def as_path(
    value: object, what: str = "path", *, expected: str = "a file path (str or os.PathLike)"
) -> Path:
    """``value`` as a :class:`~pathlib.Path`, or one clear error naming the argument.

    Parameters
    ----------
    value : str or os.PathLike
        The path argument a user gave.
    what : str
        The argument's name, for the message.
    expected : str
        What the argument may be, for the message.

    Returns
    -------
    pathlib.Path
        The path.

    Raises
    ------
    compkit.UsageError
        For anything but a non-empty ``str`` or ``os.PathLike`` (None, a number, bytes, "").

    Examples
    --------
    >>> as_path("build/cis.csv").name
    'cis.csv'
    >>> as_path(None, "path")
    Traceback (most recent call last):
    ...
    compkit.errors.UsageError: path must be a file path (str or os.PathLike), not NoneType
    """
    text = os.fspath(value) if isinstance(value, os.PathLike) else value
    if isinstance(text, str):
        if not text.strip():
            raise UsageError(f"{what} is an empty string; expected {expected}")
        return Path(text).expanduser()  # "~/reports/x.docx" as a shell reads it
    raise UsageError(f"{what} must be {expected}, not {type(value).__name__}")


def check_suffix(path: Path, fmt: str, formats: Mapping[str, tuple[str, ...]]) -> None:
    """Refuse to write format ``fmt`` to ``path`` when the path's suffix says another format.

    A suffix ``fmt``'s files end in is fine, and so is a name whose suffix names no kind of
    file (``cis``, ``cis.v2``): the format was asked for. A suffix of another kind of file
    (:data:`FILE_SUFFIXES`: ``.xlsx`` for CSV text, ``.docx`` for YAML) is refused, as is a
    file's suffix on a format written as a folder, and a folder where a file is to be written.

    Parameters
    ----------
    path : pathlib.Path
        The output.
    fmt : str
        The format to write, a key of ``formats``.
    formats : mapping
        Each format the writer knows and the suffixes its files end in (lower case); an empty
        tuple for a format written as a folder.

    Raises
    ------
    compkit.UsageError
        Naming the path, the format, what its suffix means, and the name expected.

    Examples
    --------
    >>> from pathlib import Path
    >>> formats = {"csv": (".csv",), "xlsx": (".xlsx",)}
    >>> check_suffix(Path("cis.CSV"), "csv", formats)
    >>> check_suffix(Path("cis.xlsx"), "csv", formats)
    Traceback (most recent call last):
    ...
    compkit.errors.UsageError: cis.xlsx: the format csv contradicts the suffix .xlsx, which ...
    """
    allowed, suffix = formats[fmt], path.suffix.lower()
    if allowed and path.is_dir():
        raise UsageError(f"{path}: is a folder; expected the path of a file to write")
    if suffix in allowed or suffix not in FILE_SUFFIXES:
        return
    if not allowed:
        raise UsageError(
            f"{path}: the format {fmt} writes a folder, but {suffix} is a file's suffix; "
            "expected a folder name without a file suffix"
        )
    expected = f"a file name ending in {' or '.join(allowed)}"
    other = next((f for f, ends in formats.items() if suffix in ends), None)
    if other is not None:
        raise UsageError(
            f"{path}: the format {fmt} contradicts the suffix {suffix}, which means {other}; "
            f"expected {expected}, or the format {other}"
        )
    raise UsageError(
        f"{path}: the format {fmt} contradicts the suffix {suffix}; expected {expected}"
    )


def _target(target: str | os.PathLike, *, folder: bool = False) -> Path:
    """The real path to write: links followed; folders, pipes and devices refused."""
    path = Path(target).expanduser()
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
        tmp = _new_folder(real)
    except OSError as exc:
        raise _renamed(exc, target) from None
    try:
        yield tmp
        for inner in tmp.rglob("*"):
            if inner.is_file() and not inner.is_symlink():
                inner.chmod(0o644)  # as a single file's write leaves it
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


def _new_folder(real: Path) -> Path:
    """A new hidden temporary folder beside ``real``, with a folder's usual permissions.

    Made with :func:`os.mkdir` and mode ``0o777`` so the user's umask applies, as to any folder
    they make (``tempfile.mkdtemp`` would leave it private, 0700, on a shared drive).
    """
    for _ in range(100):
        tmp = real.parent / f".{real.name}.{secrets.token_hex(4)}.tmp"
        try:
            tmp.mkdir(mode=0o777)
        except FileExistsError:
            continue
        return tmp
    raise FileExistsError(errno.EEXIST, "no free temporary name", os.fspath(real.parent))


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
