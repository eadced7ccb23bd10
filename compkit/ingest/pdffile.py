"""Read a PDF's text layer (through pypdf) into labelled regions, page by page.

pypdf is pure Python with no compiled dependencies, reads encrypted files' metadata to refuse
them clearly, and extracts text in reading order. Each page's lines then go through the text
heuristics of :mod:`compkit.ingest.textlines` (headings, numbered and bulleted lists); every
statement keeps its ``page`` and the ``lines`` within that page. pypdf does not expose table
cells; a page whose layout text shows a table headed by level names or effective | ineffective
is read from that layout text instead, its tables told apart into cells by where their text
stands (:mod:`compkit.ingest.pdftables`), and the report names every table so read.
"""

from __future__ import annotations

from pathlib import Path

from .blocks import Document
from .limits import LIMITS, IngestError
from .pdftables import find_tables, may_hold_table
from .textlines import text_document

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
        where: list[dict] = []
        tables: dict[int, list] = {}
        notes: list[tuple] = []
        run: list[str] = []  # layout lines of pages run together: a table over a page break
        places: list[tuple[int, int]] = []
        for number, page in enumerate(pages, 1):
            text = (page.extract_text() or "").split("\n")
            if not run and not may_hold_table(text):
                lines.extend(text)
                where.extend({"page": number, "lines": [k]} for k in range(1, len(text) + 1))
                continue
            layout = (page.extract_text(extraction_mode="layout") or "").split("\n")
            while layout and not layout[-1].strip():
                layout.pop()
            first = places[0][0] if places else number
            run += [*layout, ""]  # a page break parts a table's rows
            places += [(number, k) for k in range(1, len(layout) + 2)]
            found, grids, said = find_tables(run, first, f"p{first}", places=places)
            if grids and number < len(pages) and _open(found, grids):
                continue  # the last table runs to the page's end: read on into the next page
            if not grids:  # no table after all: the page's plain text
                run, places = text, [(number, k) for k in range(1, len(text) + 1)]
                found = text
            notes += said
            tables.update({len(lines) + i: g for i, g in grids.items()})
            lines.extend(found)
            where.extend({"page": p, "lines": [k]} for p, k in places)
            run, places = [], []
    except IngestError:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, OSError) as exc:
        raise IngestError(path, f"not a readable PDF ({type(exc).__name__}: {exc})") from None
    except Exception as exc:  # pypdf raises a wide range for damaged streams and missing crypto
        raise IngestError(path, f"not a readable PDF ({type(exc).__name__})") from None
    if not tables and not any(line.strip() for line in lines):
        raise IngestError(
            path, "the PDF has no text layer (a scan?); no competency framework found"
        )
    doc = text_document(lines, places=where, tables=tables)
    doc.notes.extend(notes)
    doc.kind = "pdf"
    return doc


def _open(found: list[str], grids: dict) -> bool:
    """Whether the last table found runs to the end of the lines (on into the next page)."""
    return not any(line.strip() for line in found[max(grids) :])
