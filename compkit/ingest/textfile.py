"""Read plain text (a text export of a Word document, pasted text, PDF text) into regions.

Two shapes are recognised, with no option needed:

- **flattened tables**: a Word table exported as text puts each cell after the other, a cell
  opening with a tab-indented line. Under each repeated section heading ("Competency 2: ...",
  "SKILLED"), a run of one-line cells is a header row and the same number of cells after it is
  the row they head; a column header labels the cell below it.
- **outline**: headings (Markdown ``#``, "Level 2", "Competency 3: ...", CAPITALS, or a short
  line over a list) above numbered or bulleted lists or paragraphs.

Numbered lists may restart in every cell; statements may be separated by blank lines (then a
line directly under another continues it) -- :mod:`compkit.ingest.cells` rebuilds them.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

from .blocks import Document, Label, Para, Region, clean, marker, numbered_heading
from .labels import split_role_marks
from .limits import IngestError

__all__ = ["decode", "read_text", "text_document"]

_MARKDOWN = re.compile(r"^(#{1,6})\s+(\S.*)$")
_CAPS = re.compile(r"^[A-Z][A-Z &/'’,-]*[A-Z]$")
_LEVELISH = re.compile(r"^(?:Level|Grade|Band|Tier|Stage|Step|Milestone)\s+\w{1,4}$", re.I)


def decode(data: bytes, path: str | Path) -> tuple[str, str]:
    """Text from bytes: UTF-8 (with or without BOM), UTF-16 with BOM, else Windows-1252.

    Returns the text and the encoding used.
    """
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16"), "UTF-16"
    try:
        return data.decode("utf-8-sig"), "UTF-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), "Windows-1252"
    except UnicodeDecodeError as exc:
        raise IngestError(
            path, f"not UTF-8 text (byte {exc.start}); save the file as UTF-8 and try again"
        ) from None


def read_text(path: Path) -> Document:
    """Read a text file into a :class:`~compkit.ingest.blocks.Document`."""
    text, encoding = decode(path.read_bytes(), path)
    if "\x00" in text:
        raise IngestError(path, "a binary file, not text; no competency framework found")
    doc = text_document(text.replace("\r\n", "\n").replace("\r", "\n").split("\n"))
    if encoding != "UTF-8":
        doc.notes.append(("guess", f"read as {encoding} text", 0.6))
    return doc


def _heading(lines: list[str], i: int) -> tuple[str, str, int | None] | None:
    """(slot, text, number) when line ``i`` reads as a heading, else None."""
    raw = lines[i]
    if raw[:1] in ("\t",) or not raw.strip():
        return None
    line = raw.strip()
    m = _MARKDOWN.match(line)
    if m:
        return "#" * len(m.group(1)), m.group(2), None
    before = i == 0 or not lines[i - 1].strip()
    split = numbered_heading(line)
    if split and before and len(line.split()) <= 12 and marker(line)[0] is None:
        return f"{split[0]} N:", split[2], split[1]
    words = line.split()
    if _CAPS.match(line) and len(words) <= 6 and ":" not in line:
        return "CAPITALS", line, None
    if _LEVELISH.match(line):
        return "Level N", line, None
    return None


def _short_label(line: str) -> bool:
    text = clean(line)
    number, bullet, _ = marker(line)
    return (
        bool(text)
        and len(text.split()) <= 8
        and number is None
        and not bullet
        and not text.endswith((".", ";", ",", ":"))
        and (text[0].isupper() or text[0].isdigit())
    )


def text_document(lines: list[str], *, page_lines: list[tuple[int, int]] | None = None) -> Document:
    """Read text lines (without line ends) into regions; ``page_lines`` maps to PDF pages.

    Examples
    --------
    >>> doc = text_document(["Teamwork", "Level 1", "1. Listens", "2. Shares", "Level 2",
    ...                      "- Leads"])
    >>> [(tuple(lb.text for lb in r.labels), len(r.paras)) for r in doc.regions]
    [(('Teamwork', 'Level 1'), 2), (('Teamwork', 'Level 2'), 1)]
    """

    def where(i: int) -> dict:
        if page_lines:
            page, line = page_lines[i]
            return {"page": page, "lines": [line]}
        return {"lines": [i + 1]}

    paras = [
        Para(line, where(i), blank_before=i > 0 and not lines[i - 1].strip(), key=f"L{i + 1}")
        for i, line in enumerate(lines)
    ]
    doc = Document(regions=[], kind="text")
    doc.all_keys = {p.key: (clean(p.text), p.source) for p in paras if clean(p.text)}
    heads = {i: h for i in range(len(lines)) if (h := _heading(lines, i))}
    shapes = Counter(h[0] for h in heads.values())
    heads = {i: h for i, h in heads.items() if shapes[h[0]] >= 2 or h[0].startswith("#")}
    tab_lines = [i for i, line in enumerate(lines) if line.startswith("\t")]
    if not heads or len(tab_lines) < 4:
        heads.update(_plain_headings(lines, heads))
    first = min(heads, default=len(lines))
    _introduction(doc, paras[:first])
    starts = sorted(heads)
    flattened = 0
    stack: list[Label] = []
    for n, start in enumerate(starts):
        end = starts[n + 1] if n + 1 < len(starts) else len(lines)
        slot, text, number = heads[start]
        label = Label(
            clean(text), slot, tuple(where(start).items()), number=number, key=f"L{start + 1}"
        )
        stack = _push(stack, label)
        body = paras[start + 1 : end]
        if any(p.text.startswith("\t") for p in body):
            flattened += 1
            doc.regions += _table_section(tuple(stack), body)
        else:
            doc.regions += _outline_section(tuple(stack), body)
    doc.structure = "flattened tables" if flattened else "outline"
    return doc


def _push(stack: list[Label], label: Label) -> list[Label]:
    for k, old in enumerate(stack):
        if old.slot == label.slot:
            return [*stack[:k], label]
    return [*stack, label]


def _plain_headings(lines: list[str], known: dict) -> dict:
    """Short lines directly over a list item (or over another such line): outline headings."""
    out: dict[int, tuple[str, str, int | None]] = {}
    nonblank = [i for i, line in enumerate(lines) if line.strip()]
    for k, i in enumerate(nonblank):
        if i in known or not _short_label(lines[i]):
            continue
        nxt = nonblank[k + 1] if k + 1 < len(nonblank) else None
        if nxt is None:
            continue
        number, bullet, _ = marker(lines[nxt])
        if number is not None or bullet:
            out[i] = ("heading over a list", lines[i].strip(), None)
    # a short line directly above such a heading heads it (e.g. a competency above its levels)
    for k, i in enumerate(nonblank):
        nxt = nonblank[k + 1] if k + 1 < len(nonblank) else None
        if (
            i not in out
            and i not in known
            and (nxt in out or nxt in known)
            and _short_label(lines[i])
        ):
            out[i] = ("heading over a heading", lines[i].strip(), None)
    return out


def _introduction(doc: Document, paras: list[Para]) -> None:
    body = [p for p in paras if clean(p.text)]
    if body and len(clean(body[0].text).split()) <= 15 and not clean(body[0].text).endswith("."):
        doc.title, body = body[0], body[1:]
    doc.introduction = body
    for k, p in enumerate(body):
        if re.search(r"\blevels?\b", p.text, re.I) and clean(p.text).endswith(":"):
            names = []
            for q in body[k + 1 :]:
                number, bullet, rest = marker(q.text)
                if number is None and not bullet:
                    break
                names.append(clean(rest))
            if len(names) >= 2:
                doc.level_names = names


def _outline_section(labels: tuple[Label, ...], body: list[Para]) -> list[Region]:
    content = [p for p in body if clean(p.text)]
    return [Region(labels, content)] if content else []


def _cells(body: list[Para]) -> tuple[list[Para], list[list[Para]]]:
    """Split a section into the free lines before the first cell and the cells."""
    free: list[Para] = []
    cells: list[list[Para]] = []
    for p in body:
        if p.text.startswith("\t"):
            cells.append([])
            if not p.text.strip():
                continue
        (cells[-1] if cells else free).append(p)
    return free, [[p for p in cell if clean(p.text)] for cell in cells]


def _header_like(cell: list[Para]) -> bool:
    return len(cell) <= 1 and (
        not cell or _short_label(cell[0].text) or len(clean(cell[0].text)) <= 3
    )


def _table_section(labels: tuple[Label, ...], body: list[Para]) -> list[Region]:
    free, cells = _cells(body)
    out = (
        [Region(labels, [p for p in free if clean(p.text)])]
        if any(clean(p.text) for p in free)
        else []
    )
    i = 0
    while i < len(cells):
        run = 0
        while i + run < len(cells) and _header_like(cells[i + run]):
            run += 1
        width = min(run, (len(cells) - i) // 2)
        if width == 0:
            out.append(Region(labels, cells[i], in_table=True))
            i += 1
            continue
        heads = cells[i : i + width]
        texts = [clean(c[0].text) if c else "" for c in heads]
        marked = split_role_marks(texts)
        columns = [
            Label(
                name,
                "column header",
                tuple(c[0].source.items()) if c else (),
                roles,
                key=c[0].key if c else "",
            )
            for (name, roles), c in zip(marked, heads, strict=True)
        ]
        for col, cell in zip(columns, cells[i + width : i + 2 * width], strict=False):
            out.append(Region((*labels, col), cell, in_table=True))
        i += 2 * width
    return out
