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

from collections import Counter
from pathlib import Path

from .blocks import Document, clean
from .limits import LIMITS, IngestError
from .pdffonts import font_headings, styled_lines
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
        styles: list = []  # each line's font size and boldness (None: not known)
        ys: list = []  # and its baseline on the page
        chars: Counter = Counter()  # characters per style: the body text's is the commonest
        by_text: dict[int, dict] = {}  # page -> line text -> style, for its layout lines
        for number, page in enumerate(pages, 1):
            text, marks, heights, counted = styled_lines(page)
            chars.update(counted)
            if not run and not may_hold_table(text):
                lines.extend(text)
                styles.extend(marks)
                ys.extend(heights)
                where.extend({"page": number, "lines": [k]} for k in range(1, len(text) + 1))
                continue
            by_text[number] = _by_text(text, marks, heights)
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
            known = [
                by_text[p].get(clean(t), (None, None))
                for t, (p, _) in zip(found, places, strict=False)
            ]
            known += [(None, None)] * (len(found) - len(known))
            styles.extend(style for style, _ in known)
            ys.extend(y for _, y in known)
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
    lines, where, heads, said = font_headings(lines, styles, ys, where, chars)
    doc = text_document(lines, places=where, tables=tables, headings=heads)
    doc.notes.extend([*notes, *said])
    doc.kind = "pdf"
    return doc


def _open(found: list[str], grids: dict) -> bool:
    """Whether the last table found runs to the end of the lines (on into the next page)."""
    return not any(line.strip() for line in found[max(grids) :])


def _by_text(text: list[str], styles: list, heights: list) -> dict:
    """A page's line texts, their styles and baselines (none where a text comes twice)."""
    out: dict = {}
    for line, style, y in zip(text, styles, heights, strict=True):
        key = clean(line)
        out[key] = (style, y) if key not in out else (None, None)
    return out
