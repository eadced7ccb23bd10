"""Guard every file before it is parsed: its type, its size and, for zip-based files, its zip.

Word and Excel files are zip archives; a small file can declare gigabytes of XML (a zip bomb).
:func:`check_file` reads only the zip's central directory -- the sizes each entry declares -- and
refuses the file before anything is decompressed. Encrypted (password-protected) Office files are
not zips at all but OLE compound files holding an ``EncryptionInfo`` stream; they are named as such.
Every refusal is an :class:`IngestError`: one line that names the file and says what to do.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

from ..errors import CompkitError, InputError
from ..framework.limits import check_zip, human_size

__all__ = ["LIMITS", "SUFFIXES", "IngestError", "check_file", "refuse_embedded_page"]

#: The limits an input must keep within (bytes unless named otherwise); zip containers also
#: pass :func:`compkit.framework.limits.check_zip` (unpacked size, ratio, sheet dimensions).
LIMITS = {
    "file_size": 50 * 1024 * 1024,  # the file as stored
    "zip_entries": 10_000,
    "rows": 200_000,  # rows of a sheet or CSV file
    "columns": 500,
    "pdf_pages": 2_000,
    "statement_chars": 32_767,  # longer paragraphs are not statements (an XLSX cell's limit)
}

#: The file types ingest reads, by suffix.
SUFFIXES = {
    ".docx": "docx",
    ".odt": "docx",  # OpenDocument text: laid out as a Word document (ingest.odtword)
    ".xlsx": "xlsx",
    ".xlsm": "xlsx",
    ".ods": "xlsx",  # OpenDocument: read in the same shape (ingest.odsfile)
    ".csv": "csv",
    ".tsv": "csv",
    ".txt": "text",
    ".text": "text",
    ".md": "text",
    ".html": "text",
    ".htm": "text",
    ".json": "text",
    ".yaml": "text",
    ".yml": "text",
    ".toml": "text",
    ".pdf": "pdf",
}
_OLD_OFFICE = {".doc": "Word 97-2003 (.doc)", ".xls": "Excel 97-2003 (.xls)"}
#: Other editors' files, and the type to save them as (LibreOffice, Apple, WordPad)
_SAVE_AS = {
    ".rtf": ("Rich Text Format (.rtf)", ".docx"),
    ".pages": ("Apple Pages (.pages)", ".docx"),
    ".numbers": ("Apple Numbers (.numbers)", ".xlsx"),
}
_CFB = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # OLE compound file: old Office or encrypted OOXML


class IngestError(CompkitError, ValueError):
    """A document that cannot be ingested: its type, size, damage or content.

    The message is one line naming the file, what is wrong and how to go on.

    Examples
    --------
    >>> str(IngestError("notes.key", "unsupported file type '.key'"))
    "notes.key: unsupported file type '.key'"
    """

    def __init__(self, file: str | Path, message: str) -> None:
        self.file = Path(file)
        self.reason = message
        super().__init__(f"{file}: {message}")


def check_file(path: str | Path, *, kind: str | None = None) -> str:
    """Check a file before reading it and return its kind: docx, xlsx, csv, text or pdf.

    Parameters
    ----------
    path : path
        The document.
    kind : str, optional
        The kind to read it as, whatever its suffix.

    Returns
    -------
    str
        The kind of reader to use.

    Raises
    ------
    IngestError
        For a missing file, an unsupported type, a file over :data:`LIMITS`, a damaged or
        password-protected Office file, or a zip bomb.

    Examples
    --------
    >>> from compkit.framework import data_dir
    >>> check_file(data_dir() / "raw" / "000_f041fda749b9a554.txt")
    'text'
    """
    path = Path(path)
    if not path.exists():
        raise IngestError(path, "no such file")
    if not path.is_file():
        raise IngestError(path, "not a file (a folder or a device); give a document to read")
    suffix = path.suffix.lower()
    if kind is None:
        if suffix in _OLD_OFFICE:
            raise IngestError(
                path,
                f"{_OLD_OFFICE[suffix]} files are not supported; "
                f"save it as {suffix}x from {'Word' if suffix == '.doc' else 'Excel'} and "
                "ingest that",
            )
        if suffix in _SAVE_AS:
            name, target = _SAVE_AS[suffix]
            raise IngestError(
                path,
                f"{name} files are not read; save it as {target} "
                f"(File > Save As in the program that made it) and ingest that",
            )
        if suffix not in SUFFIXES:
            raise IngestError(
                path,
                f"unsupported file type {suffix or '(no suffix)'!r}; "
                f"expected one of: {', '.join(sorted(SUFFIXES))}",
            )
        kind = SUFFIXES[suffix]
    size = path.stat().st_size
    if size > LIMITS["file_size"]:
        raise IngestError(
            path,
            f"the file is {human_size(size)}, over the limit of {human_size(LIMITS['file_size'])}",
        )
    if size == 0:
        raise IngestError(path, "the file is empty; no competency framework found")
    try:
        with path.open("rb") as fh:
            head = fh.read(8)
    except PermissionError:
        raise IngestError(
            path, "cannot read the file (permission denied); expected a file you may read: "
            "ask its owner for read access, or give a copy you can read"
        ) from None  # fmt: skip
    if kind in ("docx", "xlsx"):
        _check_zip(path, head, kind)
    elif kind == "pdf" and not head.startswith(b"%PDF"):
        raise IngestError(path, "not a PDF file (no %PDF header): damaged, or another type")
    return kind


def _check_zip(path: Path, head: bytes, kind: str) -> None:
    what = "Word" if kind == "docx" else "Excel"
    if path.suffix.lower() in (".ods", ".odt"):
        what = f"OpenDocument {'spreadsheet' if kind == 'xlsx' else 'text'}"
    if head.startswith(_CFB):
        data = path.read_bytes()
        if "EncryptionInfo".encode("utf-16-le") in data:
            raise IngestError(
                path,
                f"the {what} file is password-protected (encrypted); "
                "save a copy without a password and ingest that",
            )
        raise IngestError(
            path, f"an old binary Office file, not a {what} .{kind}; save it as .{kind}"
        )
    try:
        check_zip(path, kind=f"{what} file")  # sizes, ratios, encryption, sheet dimensions
    except InputError as exc:
        raise IngestError(path, str(exc).removeprefix(f"{path}: ")) from None
    with zipfile.ZipFile(path) as zf:
        infos = zf.infolist()
        manifest = b""
        if "META-INF/manifest.xml" in zf.namelist():
            manifest = zf.read("META-INF/manifest.xml")
    if b"encryption-data" in manifest:  # OpenDocument's own encryption: not the zip's
        raise IngestError(
            path, f"the {what} file is password-protected (encrypted); "
            "save a copy without a password and ingest that"
        )  # fmt: skip
    if len(infos) > LIMITS["zip_entries"]:
        raise IngestError(path, f"the {what} file holds {len(infos)} parts; refused as unsafe")
    names = {i.filename for i in infos}
    needed = "word/document.xml" if kind == "docx" else "xl/workbook.xml"
    if "mimetype" in names and "content.xml" in names:
        needed = "content.xml"  # OpenDocument (ingest.odsfile reads it by its mimetype)
    if needed not in names:
        raise IngestError(path, _not_what(path, what, needed, names))


def _not_what(path: Path, what: str, needed: str, names: set[str]) -> str:
    """Say a zip is not the document its name says, and what it is when another Office kind."""
    article = "an" if what[0] in "AEIOU" else "a"
    kinds = {
        "word/document.xml": ("a Word document", "docx"),
        "xl/workbook.xml": ("an Excel workbook", "xlsx"),
    }
    for part, (it, suffix) in kinds.items():
        if part in names and part != needed:
            return f"not {article} {what} file: it is {it} named {path.suffix}; rename it .{suffix}"
    return f"not {article} {what} file (no {needed} inside the zip)"


def refuse_embedded_page(word, path: Path) -> None:
    """Refuse a document whose body is an embedded page (``w:altChunk``) and little else.

    Some web tools export "Word" files that only wrap an HTML or RTF page; Word shows it, but
    the document itself holds no paragraphs to read. Saving it again in Word (or LibreOffice)
    turns the page into real paragraphs and tables.
    """
    body = word.element.body
    if not body.findall(".//{*}altChunk"):
        return
    text = "".join(t.text or "" for t in body.iter("{*}t"))
    if len(text.strip()) < 200:
        raise IngestError(
            path,
            "the document's body is an embedded web page (altChunk), which has no Word "
            "paragraphs to read; open it in Word or LibreOffice and save it again as .docx",
        )
