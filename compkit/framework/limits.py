r"""Guards every input passes before it is parsed: size, encoding, nesting, zip bombs.

YAML aliases and deep YAML nesting are refused by the framework loader itself
(:mod:`compkit.framework._yaml`), in the same pass that reads the file.

A hostile or broken file must give one clear message in well under a second, never a hang, a
memory error or a traceback. The limits (documented in docs/format.md) are generous for real
frameworks -- a sector-wide library of 100,000 statements fits -- and tight for bombs.

Examples
--------
>>> decode_text(b"\xef\xbb\xbfid: x\n", "fw.yaml")
'id: x\n'
>>> try:
...     load_json("[" * 1000 + "]" * 1000, "deep.json")
... except InputError as exc:
...     print(exc)
deep.json: nested deeper than 64 levels
"""

from __future__ import annotations

import os
import re
import zipfile
from pathlib import Path

from ..errors import InputError

__all__ = [
    "MAX_DEPTH",
    "MAX_FILE_BYTES",
    "MAX_TEXT_CHARS",
    "MAX_UNZIPPED_BYTES",
    "MAX_XLSX_CELLS",
    "check_zip",
    "control_characters",
    "decode_text",
    "file_kind",
    "read_text",
]

#: Largest file compkit reads (framework YAML/JSON, CSV, SSSOM, workbook, document): 256 MiB.
MAX_FILE_BYTES = 256 * 2**20
#: Deepest nesting of mappings and lists in a framework document (the format needs 6).
MAX_DEPTH = 64
#: Longest single text (a statement, a name, a description): 100,000 characters.
MAX_TEXT_CHARS = 100_000
#: Largest total size of the entries of a zip container (XLSX, DOCX) once unpacked: 1 GiB.
MAX_UNZIPPED_BYTES = 2**30
#: Most cells a worksheet may declare (rows x columns of its dimension): 20 million.
MAX_XLSX_CELLS = 20_000_000
#: Largest compression ratio of one zip entry over 1 MiB (a bomb packs far tighter).
MAX_RATIO = 200

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\x80-\x9f]")
_NAMES = {
    "\x00": "NUL",
    "\x0b": "a vertical tab (Word's soft line break)",
    "\x0c": "a form feed",
    "\x1b": "ESC",
    "\x7f": "DEL",
}


def human_size(n: float) -> str:
    """A byte count for reading: ``human_size(1536)`` is ``'1.5 KiB'``.

    Examples
    --------
    >>> human_size(512), human_size(1536), human_size(256 * 2**20)
    ('512 bytes', '1.5 KiB', '256 MiB')
    """
    for unit, size in (("GiB", 2**30), ("MiB", 2**20), ("KiB", 2**10)):
        if n >= size:
            return f"{n / size:,.1f}".removesuffix(".0") + f" {unit}"
    return f"{int(n)} bytes"


def check_size(path: Path, *, limit: int | None = None) -> int:
    """The size of ``path`` in bytes; :class:`~compkit.errors.InputError` when over ``limit``.

    ``limit`` defaults to :data:`MAX_FILE_BYTES`, read when called (tests may lower it).
    """
    limit = MAX_FILE_BYTES if limit is None else limit
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise InputError(unreadable(path, exc)) from None
    if size > limit:
        raise InputError(
            f"{path}: the file is {human_size(size)}; compkit reads files up to {human_size(limit)}"
        )
    return size


def decode_text(data: bytes, name: str | os.PathLike) -> str:
    """Decode a text file: UTF-8 with or without a BOM, or UTF-16 with a BOM.

    Raises
    ------
    compkit.errors.InputError
        For any other encoding, saying where the first bad byte is and how to fix it.
    """
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise InputError(f"{name}: broken UTF-16 text; save the file as UTF-8") from None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(
            f"{name}: not UTF-8 text ({exc.reason} at byte {exc.start}); save the file as UTF-8 "
            "(in Excel: Save As, 'CSV UTF-8'; in a text editor: encoding UTF-8)"
        ) from None


#: Names of an OLE2 (old Office) container's streams, as its directory spells them (UTF-16).
_OLE_STREAMS = (
    ("EncryptedPackage", "a password-protected Office file (Word or Excel)"),
    ("WordDocument", "an old-format Word document (.doc)"),
    ("Workbook", "an old-format Excel workbook (.xls)"),
    ("Book", "an old-format Excel workbook (.xls)"),
)
#: The part a zip container's kind is told by, and the kind's words (as ``SOURCE_KINDS``).
_ZIP_PARTS = (
    ("word/document.xml", "a Word document"),
    ("xl/workbook.xml", "a spreadsheet"),
    ("ppt/presentation.xml", "a presentation"),
)


def file_kind(path: str | os.PathLike) -> str:
    r"""What a file that is no text holds, told by its bytes, not its name (``""`` for text).

    A Word document, a workbook (``"a spreadsheet"``), an OpenDocument file, a PDF, another
    zip file, a damaged zip file, a password-protected Office file or an old-format one: the
    words a message about a file given in the wrong place opens with.

    Examples
    --------
    >>> import tempfile, zipfile, pathlib
    >>> p = pathlib.Path(tempfile.mkdtemp()) / "fw.yaml"
    >>> with zipfile.ZipFile(p, "w") as z:
    ...     z.writestr("word/document.xml", "<w:document/>")
    >>> file_kind(p)
    'a Word document'
    >>> _ = p.write_text("id: x\n")
    >>> file_kind(p)
    ''
    """
    path = Path(path)
    if not path.is_file():  # a folder, a pipe (opening one waits for a writer), a device
        return ""
    try:
        with path.open("rb") as handle:
            head = handle.read(8)
            if head.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
                handle.seek(0)
                data = handle.read(8 * 2**20)  # the directory of a small container lies within
                for stream, what in _OLE_STREAMS:
                    if stream.encode("utf-16-le") + b"\x00\x00" in data:
                        return what
                return "an old-format Office file (.doc, .xls)"
    except OSError:  # unreadable, a folder: the caller's message says so
        return ""
    if head.startswith(b"%PDF"):
        return "a PDF"
    if not head.startswith((b"PK\x03\x04", b"PK\x05\x06")):
        return ""
    try:
        with zipfile.ZipFile(path) as archive:
            names = set(archive.namelist())
            mime = archive.read("mimetype")[:80] if "mimetype" in names else b""
    except (zipfile.BadZipFile, OSError, KeyError, ValueError):
        return "a damaged zip file (a document or workbook cut short?)"
    for part, what in _ZIP_PARTS:
        if part in names:
            return what
    if b"opendocument.text" in mime:
        return "an OpenDocument text"
    if b"opendocument.spreadsheet" in mime:
        return "a spreadsheet"
    return "a zip file"


def read_text(path: str | os.PathLike, *, limit: int | None = None) -> str:
    """Read a text file within the size limit, decoded as :func:`decode_text` does.

    A directory, a FIFO or a device is refused with a clear message (reading one would hang).
    """
    path = Path(path)
    if path.is_dir():
        raise InputError(f"{path}: is a folder; expected a file")
    if path.exists() and not path.is_file():
        raise InputError(f"{path}: is not a regular file (a pipe or a device); expected a file")
    check_size(path, limit=limit)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(unreadable(path, exc)) from None
    return decode_text(data, path)


def unreadable(path: str | os.PathLike, exc: OSError) -> str:
    """The message for a file the system would not let us read: what is wrong, what to do.

    Examples
    --------
    >>> print(unreadable("my.yaml", PermissionError(13, "Permission denied")))
    my.yaml: cannot read the file (permission denied); expected a file you may read: ask its
    owner for read access, or give a copy you can read
    >>> print(unreadable("my.yaml", OSError(5, "Input/output error")))
    my.yaml: cannot read the file (Input/output error); expected a file the system can read:
    copy it to a local disk and give the copy
    """
    if isinstance(exc, PermissionError):
        return (
            f"{path}: cannot read the file (permission denied); expected a file you may read: "
            "ask its owner for read access, or give a copy you can read"
        )
    return (
        f"{path}: cannot read the file ({exc.strerror or exc}); expected a file the system can "
        "read: copy it to a local disk and give the copy"
    )


def check_depth(data, name: str | os.PathLike, *, limit: int = MAX_DEPTH) -> None:
    """Refuse parsed data (JSON, say) nested deeper than ``limit``, without recursion."""
    level, depth = ([data] if isinstance(data, dict | list) else []), 1
    while level:  # the containers at one depth; a value inside one is one level deeper
        below = []
        for node in level:
            values = node.values() if isinstance(node, dict) else node
            if depth >= limit and values:
                raise InputError(f"{name}: nested deeper than {limit} levels")
            below += [v for v in values if isinstance(v, (dict, list))]
        level, depth = below, depth + 1


def load_json(text: str, name: str | os.PathLike):
    """Parse JSON text, refusing deep nesting with a clear message instead of a RecursionError."""
    import json

    try:
        data = json.loads(text)
    except RecursionError:
        raise InputError(f"{name}: nested deeper than {MAX_DEPTH} levels") from None
    except json.JSONDecodeError as exc:
        raise InputError(
            f"{name}:{exc.lineno}: malformed JSON, column {exc.colno}: {exc.msg}"
        ) from None
    check_depth(data, name)
    return data


def control_characters(text: str) -> str | None:
    r"""Describe the first control character in ``text`` (tab and newline are allowed), or None.

    Examples
    --------
    >>> control_characters("Works well.\x0bNext"), control_characters("fine\tand\nfine")
    ("a vertical tab (Word's soft line break) at character 12", None)
    """
    found = _CONTROL.search(text)
    if found is None:
        return None
    char = found.group()
    name = _NAMES.get(char, f"U+{ord(char):04X}")
    return f"{name} at character {found.start() + 1}"


def check_zip(path: str | os.PathLike, *, kind: str = "workbook") -> None:
    """Check a zip container (XLSX, DOCX) before anything is unpacked.

    Reads only the zip directory and, for a workbook, the first bytes of each sheet: refuses an
    encrypted or corrupt file, entries that unpack past :data:`MAX_UNZIPPED_BYTES` or at a
    ratio past :data:`MAX_RATIO`, and a sheet that declares more than :data:`MAX_XLSX_CELLS`.
    """
    path = Path(path)
    check_size(path)
    try:
        archive = zipfile.ZipFile(path)
    except PermissionError as exc:  # chmod 000, another user's file: not a damaged one
        raise InputError(unreadable(path, exc)) from None
    except (zipfile.BadZipFile, OSError):
        if path.read_bytes()[:8] == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1":
            raise InputError(
                f"{path}: a password-protected or old-format (.xls/.doc) Office file; save it "
                f"without a password as a .xlsx or .docx {kind}"
            ) from None
        raise InputError(f"{path}: not a valid {kind} (the file is damaged or not a zip)") from None
    with archive:
        total = 0
        for info in archive.infolist():
            if info.flag_bits & 0x1:
                raise InputError(f"{path}: encrypted; save the {kind} without a password")
            total += info.file_size
            ratio = info.file_size / max(info.compress_size, 1)
            if total > MAX_UNZIPPED_BYTES or (info.file_size > 2**20 and ratio > MAX_RATIO):
                raise InputError(
                    f"{path}: entry {info.filename!r} would unpack to "
                    f"{human_size(info.file_size)} (a zip bomb?), refused before unpacking; "
                    f"compkit unpacks up to {human_size(MAX_UNZIPPED_BYTES)} "
                    f"at ratios up to {MAX_RATIO}:1"
                )
        for info in archive.infolist():
            if re.fullmatch(r"xl/worksheets/[^/]+\.xml", info.filename):
                with archive.open(info) as sheet:
                    head = sheet.read(4096).decode("utf-8", "replace")
                _check_dimension(path, info.filename, head)


def _column_number(letters: str) -> int:
    n = 0
    for ch in letters:
        n = n * 26 + ord(ch) - 64
    return n


def _check_dimension(path: Path, sheet: str, head: str) -> None:
    found = re.search(r'<(?:\w+:)?dimension ref="([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?"', head)
    if not found or not found.group(3):
        return
    rows = int(found.group(4)) - int(found.group(2)) + 1
    cols = _column_number(found.group(3)) - _column_number(found.group(1)) + 1
    if rows * cols > MAX_XLSX_CELLS:
        raise InputError(
            f"{path}: {sheet} declares {rows:,} rows x {cols:,} columns; compkit reads sheets of "
            f"up to {MAX_XLSX_CELLS:,} cells (delete the empty rows and columns, then save)"
        )
