"""Read a PDF's text layer (through pypdf) into labelled regions, page by page.

pypdf is pure Python with no compiled dependencies, reads encrypted files' metadata to refuse
them clearly, and extracts text in reading order. Each page's lines then go through the text
heuristics of :mod:`compkit.ingest.textfile` (headings, numbered and bulleted lists); every
statement keeps its ``page`` and the ``lines`` within that page. pypdf does not expose table
cells, so a table in a PDF is read as its lines (a level-per-column table needs the Word file).
"""

from __future__ import annotations

from pathlib import Path

from .blocks import Document
from .limits import LIMITS, IngestError
from .textfile import text_document

__all__ = ["read_pdf"]


def read_pdf(path: Path) -> Document:
    """Read a PDF file's text into a :class:`~compkit.ingest.blocks.Document`."""
    import logging

    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    logging.getLogger("pypdf").setLevel(logging.ERROR)
    try:
        reader = PdfReader(str(path))
        if reader.is_encrypted and not reader.decrypt(""):
            raise IngestError(path, "the PDF is password-protected; save a copy without a password")
        pages = reader.pages
        if len(pages) > LIMITS["pdf_pages"]:
            raise IngestError(path, f"{len(pages)} pages, over the limit of {LIMITS['pdf_pages']}")
        lines: list[str] = []
        where: list[tuple[int, int]] = []
        for number, page in enumerate(pages, 1):
            for k, line in enumerate((page.extract_text() or "").split("\n"), 1):
                lines.append(line)
                where.append((number, k))
    except IngestError:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, OSError) as exc:
        raise IngestError(path, f"not a readable PDF ({type(exc).__name__}: {exc})") from None
    except Exception as exc:  # pypdf raises a wide range for damaged streams and missing crypto
        raise IngestError(path, f"not a readable PDF ({type(exc).__name__})") from None
    if not any(line.strip() for line in lines):
        raise IngestError(
            path, "the PDF has no text layer (a scan?); no competency framework found"
        )
    doc = text_document(lines, page_lines=where)
    doc.kind = "pdf"
    return doc
