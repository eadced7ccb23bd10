"""Read a Word document (DOCX, through python-docx) into labelled regions.

Headings (the "Heading N" styles, or a short line set in bold) label what follows them; list
paragraphs (Word numbering, "List Bullet" / "List Number" styles, or typed "1." and "•") are
items with their numbers. A table with a header row labels each body cell with its column header;
a first column of short labels is a row header. Shaded column headers, and role names printed
under a level name, mark the levels a role requires. A table headed "Role" whose other headers
are competencies is read as role profiles. Every paragraph keeps its place: ``paragraph`` (in
body order) for body text, ``table`` and a row/column ``ref`` for table cells.
"""

from __future__ import annotations

import re
from pathlib import Path

from .blocks import Document, Label, Para, Region, clean, marker, numbered_heading
from .labels import level_score, special_column, split_role_marks
from .limits import IngestError

__all__ = ["read_docx"]

_HEADING = re.compile(r"^Heading\s+(\d)$", re.IGNORECASE)
_GENERIC = re.compile(
    r"^(?:statements?|(?:behavioural |key )?indicators?|behaviou?rs?|descriptors?|criteria|"
    r"competenc(?:y|ies)|skills?|clusters?|domains?|capabilit(?:y|ies)|areas?|themes?|"
    r"examples?|what (?:this|it) looks like|levels?)$",
    re.IGNORECASE,
)
_NS = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def read_docx(path: Path) -> Document:
    """Read a DOCX file; raise :class:`IngestError` when it is damaged."""
    import docx

    try:
        word = docx.Document(str(path))
    except Exception as exc:  # python-docx raises many kinds for a damaged package
        raise IngestError(path, f"not a readable Word document ({type(exc).__name__})") from None
    return _Reader(word).read()


class _Reader:
    def __init__(self, word) -> None:
        self.word = word
        self.doc = Document(regions=[], kind="docx", structure="headings and lists")
        self.stack: list[tuple[int, Label]] = []
        self.flow: Region | None = None
        self.formats = _list_formats(word)
        self.counters: dict[str, int] = {}
        self.n_para = self.n_table = 0
        self.seen_heading = False

    def read(self) -> Document:
        from docx.table import Table

        for block in self.word.iter_inner_content():
            if isinstance(block, Table):
                self.table(block)
            else:
                self.paragraph(block)
        return self.doc

    def labels(self) -> tuple[Label, ...]:
        return tuple(lb for _, lb in self.stack)

    # -- body paragraphs -------------------------------------------------------------------------

    def paragraph(self, p) -> None:
        index = self.n_para
        self.n_para += 1
        text = p.text
        if not clean(text):
            return
        key = f"P{index}"
        source = {"paragraph": index}
        self.doc.all_keys[key] = (clean(text), source)
        style = p.style.name if p.style is not None else ""
        if style == "Title" and self.doc.title is None:
            self.doc.title = Para(text, source, key=key)
            return
        if style == "Subtitle" and self.doc.subtitle is None and not self.seen_heading:
            self.doc.subtitle = Para(text, source, key=key)
            return
        depth = _heading_depth(p, style)
        if depth:
            slot = style if style.startswith("Heading") else "bold line"
            split = numbered_heading(text)
            name, number = (split[2], split[1]) if split else (clean(text), None)
            self.heading(Label(name, slot, tuple(source.items()), number=number, key=key), depth)
            return
        number, bullet = self.list_info(p, style, "body")
        para = Para(text, source, number=number, bullet=bullet, key=key)
        if not self.seen_heading:
            self.doc.introduction.append(para)
            return
        if self.flow is None:
            self.flow = Region(self.labels(), [])
            self.doc.regions.append(self.flow)
        self.flow.paras.append(para)

    def heading(self, label: Label, depth: int) -> None:
        self.seen_heading = True
        while self.stack and self.stack[-1][0] >= depth:
            self.stack.pop()
        self.stack.append((depth, label))
        self.flow = None
        self.counters = {k: v for k, v in self.counters.items() if not k.startswith("body")}

    def list_info(self, p, style: str, where: str) -> tuple[int | None, bool]:
        ppr = p._p.pPr
        num = ppr.numPr if ppr is not None else None
        fmt = None
        ident = style
        if num is not None and num.numId is not None:
            ident = str(num.numId.val)
            level = num.ilvl.val if num.ilvl is not None else 0
            fmt = self.formats.get((ident, level), "decimal")
        elif "Number" in style:
            fmt = "decimal"
        elif "Bullet" in style or ("List" in style and "Paragraph" not in style):
            fmt = "bullet"
        if fmt is None:
            return None, False
        if fmt in ("bullet", "none"):
            return None, True
        counter = f"{where}:{ident}"
        self.counters[counter] = self.counters.get(counter, 0) + 1
        return self.counters[counter], False

    # -- tables ----------------------------------------------------------------------------------

    def table(self, table) -> None:
        t = self.n_table
        self.n_table += 1
        self.flow = None
        grid = []
        for r, row in enumerate(table.rows):
            seen, cells = set(), []
            for c, cell in enumerate(row.cells):
                if id(cell._tc) in seen:
                    continue
                seen.add(id(cell._tc))
                cells.append(self.cell(cell, t, r, c))
            grid.append(cells)
        if not grid or not grid[0]:
            return
        self.doc.structure = "tables"
        if len(grid) > 2 and len(grid[0]) == 1 and len(grid[1]) > 1 and _label_like(grid[0][0]):
            title = grid.pop(0)[0]
            self.stack.append(
                (
                    10,
                    Label(
                        clean(" ".join(p.text for p in title["paras"])),
                        "table title",
                        tuple(title["source"].items()),
                        key=" ".join(p.key for p in title["paras"]),
                    ),
                )
            )
        head = grid[0]
        head_text = [clean(" ".join(p.text for p in c["paras"])) for c in head]
        if len(head) > 1 and len(grid) > 1 and self.roles_table(grid, head_text):
            return
        has_head = len(grid) > 1 and all(_label_like(c) for c in head)
        body = grid[1:] if has_head else grid
        row_head = (
            len(head) > 1
            and all(_label_like(row[0]) for row in body)
            and not all(all(_label_like(c) for c in row) for row in body)
        )
        columns = self.column_labels(head) if has_head else [None] * len(head)
        for r, row in enumerate(body, 1 if has_head else 0):
            labels = self.labels()
            cells = row
            if row_head:
                first = row[0]
                text = clean(" ".join(p.text for p in first["paras"]))
                labels = (
                    *labels,
                    Label(
                        text,
                        "row header",
                        tuple(first["source"].items()),
                        key=" ".join(p.key for p in first["paras"]),
                    ),
                )
                cells = row[1:]
            for k, cell in enumerate(cells, 1 if row_head else 0):
                col = columns[k] if k < len(columns) else None
                region = Region(
                    (*labels, col) if col else labels,
                    cell["paras"],
                    in_table=True,
                    source=cell["source"],
                )
                region.pair = (t, r)
                self.doc.regions.append(region)
        self.stack = [(d, lb) for d, lb in self.stack if lb.slot != "table title"]

    def cell(self, cell, t: int, r: int, c: int) -> dict:
        paras = []
        counters = self.counters
        self.counters = {}
        for k, p in enumerate(cell.paragraphs):
            if not clean(p.text):
                continue
            key = f"T{t}R{r}C{c}P{k}"
            source = {"table": t, "ref": f"row {r + 1}, column {c + 1}"}
            style = p.style.name if p.style is not None else ""
            number, bullet = self.list_info(p, style, "cell")
            italic = any(run.italic for run in p.runs if run.text.strip())
            self.doc.all_keys[key] = (clean(p.text), source)
            paras.append(Para(p.text, source, number=number, bullet=bullet, key=key, italic=italic))
        self.counters = counters
        shaded = _shaded(cell)
        return {
            "paras": paras,
            "source": {"table": t, "ref": f"row {r + 1}, column {c + 1}"},
            "shaded": shaded,
        }

    def column_labels(self, head: list[dict]) -> list[Label | None]:
        lines = [[ln for p in c["paras"] for ln in p.text.split("\n") if clean(ln)] for c in head]
        marked = split_role_marks([clean(ls[0]) if ls else "" for ls in lines])
        out: list[Label | None] = []
        for cell, rest, (name, roles) in zip(head, lines, marked, strict=True):
            marks = cell["shaded"] or any(p.italic for p in cell["paras"])
            extra = tuple(
                part
                for ln in rest[1:]
                if marks
                for part in (clean(x) for x in ln.split(", "))
                if part
            )
            if not name or _GENERIC.match(name):
                for p in cell["paras"]:
                    self.doc.all_keys.pop(p.key, None)
                out.append(None)
                continue
            keys = " ".join(p.key for p in cell["paras"])
            out.append(
                Label(name, "column header", tuple(cell["source"].items()), roles + extra, key=keys)
            )
        return out

    def roles_table(self, grid: list[list[dict]], head: list[str]) -> bool:
        """Read role profiles: a row per role (headed "Role") or a column per role."""
        texts = [[clean(" ".join(p.text for p in c["paras"])) for c in row] for row in grid]
        values = [t for row in texts[1:] for t in row[1:]]
        short = all(len(t.split()) <= 4 for t in values)
        heading = " ".join(lb.text for _, lb in self.stack[-1:]).lower()
        by_row = special_column(head[0]) == "roles"
        filled = [t for t in values if t]
        leveled = bool(filled) and all(level_score(t) >= 0.5 for t in filled)
        named_rows = bool(_GENERIC.match(head[0])) or not head[0]
        if not short or not (by_row or "role" in heading or (leveled and named_rows)):
            return False
        self.doc.role_source = grid[0][0]["source"]
        for row in texts[1:]:
            for name, cell in zip(head[1:], row[1:], strict=False):
                role, comp = (row[0], name) if by_row else (name, row[0])
                if cell and role and comp and not re.fullmatch(r"[-–—]+|n/?a|none", cell, re.I):
                    yes = re.fullmatch(r"[✓✔xX]|yes|required", cell, re.I)
                    self.doc.roles.setdefault(role, {})[comp] = None if yes else cell
        for row in grid:
            for cell in row:
                for p in cell["paras"]:
                    self.doc.all_keys.pop(p.key, None)
        return True


def _heading_depth(p, style: str) -> int:
    m = _HEADING.match(style)
    if m:
        return int(m.group(1))
    text = clean(p.text)
    runs = [run for run in p.runs if run.text.strip()]
    bold = runs and all(run.bold for run in runs)
    number, bullet, _ = marker(text)
    if (
        bold
        and len(text.split()) <= 10
        and not text.endswith(".")
        and number is None
        and not bullet
    ):
        return 9
    return 0


def _label_like(cell: dict) -> bool:
    paras = cell["paras"]
    if len(paras) > 2:
        return False
    text = clean(" ".join(p.text for p in paras))
    return len(text.split()) <= 12 and not any(p.number is not None or p.bullet for p in paras)


def _shaded(cell) -> bool:
    pr = cell._tc.tcPr
    if pr is None:
        return False
    shd = pr.find(f"{_NS}shd")
    fill = shd.get(f"{_NS}fill") if shd is not None else None
    return fill not in (None, "auto", "FFFFFF", "ffffff")


def _list_formats(word) -> dict[tuple[str, int], str]:
    """(numId, level) -> numFmt ("decimal", "bullet", ...) from the numbering part."""
    try:
        numbering = word.part.numbering_part.element
    except (KeyError, NotImplementedError, AttributeError):
        return {}
    abstract = {}
    for a in numbering.findall(f"{_NS}abstractNum"):
        levels = {}
        for lvl in a.findall(f"{_NS}lvl"):
            fmt = lvl.find(f"{_NS}numFmt")
            levels[int(lvl.get(f"{_NS}ilvl", "0"))] = (
                fmt.get(f"{_NS}val") if fmt is not None else "decimal"
            )
        abstract[a.get(f"{_NS}abstractNumId")] = levels
    out = {}
    for num in numbering.findall(f"{_NS}num"):
        ref = num.find(f"{_NS}abstractNumId")
        levels = abstract.get(ref.get(f"{_NS}val") if ref is not None else None, {})
        for level, fmt in levels.items():
            out[(num.get(f"{_NS}numId"), level)] = fmt
    return out
