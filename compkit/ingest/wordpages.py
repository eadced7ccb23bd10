"""A Word document whose body is a web page embedded whole (``w:altChunk``), read as that page.

Some tools write "Word" files that only wrap an HTML page: the body holds one ``w:altChunk``
pointing at an HTML part (docx4j, which the F1000Research exports use; mail-merge and report
generators; web apps offering "Download as Word"). Word shows the page, converting it on
opening, but the document itself holds no paragraph. Such a file is read as the web page it
wraps (:func:`embedded_page` finds it), and the report says so; a body embedding anything else
(RTF, MHT) or holding paragraphs of its own is left to the Word reader.
"""

from __future__ import annotations

import posixpath
import re
import zipfile
from pathlib import Path

__all__ = ["embedded_page"]

_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_CHUNK = re.compile(r"<w:altChunk\b[^>]*\br:id=\"([^\"]+)\"")
_TEXT = re.compile(r"<w:t(?:\s[^>]*)?>([^<]*)</w:t>")
_REL = re.compile(r"<Relationship\b([^>]*)/?>")
_CHARSET = re.compile(rb"<meta[^>]+charset=[\"']?([A-Za-z0-9_-]+)", re.I)


def _attrs(text: str) -> dict[str, str]:
    return dict(re.findall(r'(\w+)="([^"]*)"', text))


def embedded_page(path: Path) -> str | None:
    """The HTML of the page a Word document's body embeds whole, or None.

    The body must hold an ``w:altChunk`` and under 200 characters of text of its own (as
    :func:`compkit.ingest.limits.refuse_embedded_page` refuses), and every embedded part must be
    HTML (its name ending ``.htm`` or ``.html``, or its text opening with markup); their pages
    are joined in body order.

    Examples
    --------
    >>> import io, tempfile, zipfile
    >>> body = '<w:document xmlns:w="x" xmlns:r="y"><w:body><w:altChunk r:id="rId2"/>'
    >>> rels = '<Relationships><Relationship Id="rId2" Target="../page.html"/></Relationships>'
    >>> path = Path(tempfile.mkdtemp()) / "wrapped.docx"
    >>> with zipfile.ZipFile(path, "w") as z:
    ...     z.writestr("word/document.xml", body + "</w:body></w:document>")
    ...     z.writestr("word/_rels/document.xml.rels", rels)
    ...     z.writestr("page.html", "<h1>Ladder</h1>")
    >>> embedded_page(path)
    '<h1>Ladder</h1>'
    """
    try:
        with zipfile.ZipFile(path) as z:
            names = set(z.namelist())
            if "word/document.xml" not in names or "word/_rels/document.xml.rels" not in names:
                return None
            body = z.read("word/document.xml").decode("utf-8", "replace")
            ids = _CHUNK.findall(body)
            if not ids or len("".join(_TEXT.findall(body)).strip()) >= 200:
                return None
            rels = z.read("word/_rels/document.xml.rels").decode("utf-8", "replace")
            targets = {a.get("Id"): a.get("Target", "") for a in map(_attrs, _REL.findall(rels))}
            pages = []
            for rid in ids:
                part = posixpath.normpath(posixpath.join("word", targets.get(rid, "")))
                if part not in names:
                    return None
                data = z.read(part)
                if not _is_html(part, data):
                    return None
                pages.append(_decode(data))
    except (zipfile.BadZipFile, OSError, KeyError):
        return None
    return "\n".join(pages)


def _is_html(part: str, data: bytes) -> bool:
    if part.lower().endswith((".htm", ".html", ".xhtml")):
        return True
    head = data[:512].lstrip().lower()
    return head.startswith((b"<!doctype html", b"<html", b"<?xml")) and b"<html" in data[:2048]


def _decode(data: bytes) -> str:
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", "replace")
    m = _CHARSET.search(data[:4096])
    charset = m.group(1).decode() if m else "utf-8"
    try:
        return data.decode(charset, "replace")
    except LookupError:
        return data.decode("utf-8", "replace")
