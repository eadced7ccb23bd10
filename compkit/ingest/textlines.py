"""Text lines into labelled regions: the outline and flattened-table shapes of any text.

Two shapes are recognised, with no option needed:

- **flattened tables**: a Word table exported as text puts each cell after the other, a cell
  opening with a tab-indented line. Under each repeated section heading ("Competency 2: ...",
  "SKILLED"), a run of one-line cells is a header row and the same number of cells after it is
  the row they head; a column header labels the cell below it.
- **outline**: headings (Markdown ``#``, "Level 2", "Competency 3: ...", CAPITALS, or a short
  line over a list) above numbered or bulleted lists or paragraphs.

A reader that knows more (Markdown with HTML, a PDF's layout) places tables as grids at given
lines. Numbered lists may restart in every cell; statements may be separated by blank lines
(then a line directly under another continues it) -- :mod:`compkit.ingest.cells` rebuilds them.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter

from .blocks import (
    OPEN_END,
    Document,
    Label,
    Para,
    Region,
    clean,
    marker,
    numbered_heading,
    numbered_name,
)
from .doctables import table_regions
from .gradecolumns import grade_columns
from .labels import level_score, polarity_of, split_role_marks
from .leveltitles import level_title_lines
from .mdlists import item_goes_on, item_indent
from .textfields import NAME_SLOT as NAME  # a name over its definition stands even once
from .textheads import (
    CHROME,
    described_heading,
    described_slot,
    join_descriptions,
    level_colon,
    long_name,
    outline_heads,
    stem_line,
    title_head,
)
from .textlevels import counted_on, level_fields, unqualified
from .textstack import push as _push

__all__ = ["text_document"]

_MARKDOWN = re.compile(r"^(#{1,6})\s+(\S.*)$")
_CAPS = re.compile(r"^[A-Z][A-Z &/'’,-]*[A-Z]$")
_VALUES_LINE = re.compile(r"^(?:our\s+)?values?\s*[:–-]\s*\S", re.IGNORECASE)
_URL = re.compile(r"^(?:https?://|www\.)\S+$", re.IGNORECASE)
_LEVELISH = re.compile(r"^(?:Level|Grade|Band|Tier|Stage|Step|Milestone)(?:\s+\w{1,4}|\d+)$", re.I)
_NUMBERED_SLOT = "numbered line (N - name)"
_OVER_LEVELS = ("#", "heading over a heading")  # no plain line above such a heading heads it
_LEVEL_WORD_LINE = re.compile(r"^(?:Level|Grade|Band|Tier|Stage)\s+\d", re.IGNORECASE)


def _heading(lines: list[str], i: int) -> tuple[str, str, int | None] | None:
    """(slot, text, number) when line ``i`` reads as a heading, else None."""
    raw = lines[i]
    if raw[:1] in ("\t",) or not raw.strip():
        return None
    line = raw.strip()
    m = _MARKDOWN.match(line)
    if m:  # the text reader has taken off a closing "##" (textfile._closed_headings)
        split = numbered_heading(m.group(2))  # "## Competency 2: Being brilliant"
        return "#" * len(m.group(1)), *((split[2], split[1]) if split else (m.group(2), None))
    number, bullet, rest = marker(line)
    if (number is not None or bullet) and _short_label(rest) and _over_nested_list(lines, i):
        return "list item over a nested list", rest.strip(), None  # "- **Beginner**"
    before = i == 0 or not lines[i - 1].strip()
    split = numbered_heading(line)
    if split and before and len(line.split()) <= 12 and marker(line)[0] is None:
        return f"{split[0]} N:", split[2], split[1]
    words = line.split()
    if _CAPS.match(line) and len(words) <= 6 and ":" not in line:
        return "CAPITALS", line, None
    if _LEVELISH.match(line):
        return "Level N", line, None
    level = numbered_name(unqualified(line))  # "1 - Novice", "Proficiency Level 2 - Working"
    if level and _short_label(level[1]) and len(level[1].split()) <= 5:
        return _NUMBERED_SLOT, line, level[0]
    return None


def _level_column_headers(lines: list[str], heads: dict) -> list[int]:
    """Lines of tab-separated column names ("Level<tab>Criteria") right above numbered levels.

    A table exported as text keeps its header row over the level lines; it names the columns
    and is neither a heading nor a description (the report lists it as text not read).
    """
    out = []
    for i, head in heads.items():
        if head[0] != _NUMBERED_SLOT or i == 0:
            continue
        above = lines[i - 1]
        cells = [c for c in above.strip().split("\t") if c.strip()]
        if len(cells) >= 2 and re.match(r"(?:level|grade|band|tier|stage)s?$", cells[0], re.I):
            out.append(i - 1)
    return out


def _numbered_in_order(heads: dict) -> bool:
    """Whether the plain numbered lines ("1 - Novice") count up, restarting, as levels do.

    Each line is the one before it plus one, or a restart (a number not above the one
    before: the next competency's levels); at least three lines, most steps counting up.
    """
    lines = [h for _, h in sorted(heads.items()) if h[0] == _NUMBERED_SLOT]
    numbers = [h[2] for h in lines]
    steps = list(itertools.pairwise(numbers))
    up = sum(b == a + 1 for a, b in steps)
    # "Level 1: Novice", "Level 2: Basic": lines that say "Level" need fewer to count up
    worded = bool(lines) and all(_LEVEL_WORD_LINE.match(unqualified(h[1])) for h in lines)
    return (
        len(numbers) >= (2 if worded else 3)
        and all(b == a + 1 or b <= a for a, b in steps)
        and up >= (1 if worded else max(2, len(steps) // 2))
    )


def _over_nested_list(lines: list[str], i: int) -> bool:
    """Whether the list item at line ``i`` has a more indented list item directly below it."""
    indent = item_indent(lines[i])
    if indent is None or not _has_nested(lines, i, indent):
        return False
    # a label heads each item of its list, or reads as one ("- **Beginner**", "1. Awareness");
    # an item among statements ("- Writes idiomatic Go code" over its example) is a statement
    rest = marker(lines[i].strip())[2].strip()
    named = level_score(clean(rest)) >= 0.8 or bool(re.fullmatch(r"(\*\*|__)\S.*\1", rest))
    return named or all(_has_nested(lines, k, indent) for k in _siblings(lines, i, indent))


def _has_nested(lines: list[str], i: int, indent: int) -> bool:
    nxt = next((line for line in lines[i + 1 :] if line.strip()), None)
    below = item_indent(nxt) if nxt is not None else None
    return below is not None and below > indent


def _siblings(lines: list[str], i: int, indent: int) -> list[int]:
    """The items of the list holding item ``i`` at its ``indent`` (blank lines between them)."""
    out = []
    for step in (-1, 1):
        k = i + step
        while 0 <= k < len(lines):
            here = item_indent(lines[k])
            if here is None and lines[k].strip() and not lines[k][:1].isspace():
                break  # text at the margin ends the list
            if here is not None and here < indent:
                break
            if here == indent:
                out.append(k)
            k += step
    return out


def _short_label(line: str) -> bool:
    text = clean(line)
    number, bullet, _ = marker(line)
    return (
        bool(text)
        and len(text.split()) <= 8
        and number is None
        and not bullet
        and (not text.endswith((".", ";", ",", ":")) or level_colon(text))
        and (text[0].isupper() or text[0].isdigit())
        and not _VALUES_LINE.match(text)  # "Values: BRAVE" is a competency's values line
    )


def text_document(
    lines: list[str],
    *,
    places: list[dict] | None = None,
    repairs: dict[int, str] | None = None,
    tables: dict[int, list[list[dict]]] | None = None,
    headings: dict[int, str] | None = None,
    describing: set[int] | None = None,
    asides: set[int] | None = None,
) -> Document:
    """Read text lines (without line ends) into regions.

    ``places`` gives each line's source location (default: its line number); ``repairs`` notes
    lines a reader already joined; ``tables`` puts a table (a grid of cells, see
    :mod:`compkit.ingest.doctables`) at a blank line; ``headings`` names lines a reader knows
    are headings, with their slot (a PDF's lines set in a heading font); ``describing`` names
    lines that describe the bold name above them (never headings themselves), ``asides``
    paragraphs set wholly in bold or italics among statements (notes on their level).

    Examples
    --------
    >>> doc = text_document(["Teamwork", "Level 1", "1. Listens", "2. Shares", "Level 2",
    ...                      "- Leads"])
    >>> [(tuple(lb.text for lb in r.labels), len(r.paras)) for r in doc.regions]
    [(('Teamwork', 'Level 1'), 2), (('Teamwork', 'Level 2'), 1)]
    """
    tables = tables or {}

    def where(i: int) -> dict:
        return dict(places[i]) if places else {"lines": [i + 1]}

    paras = [
        Para(
            line,
            where(i),
            blank_before=i > 0 and not lines[i - 1].strip(),
            key=f"L{i + 1}",
            repair=(repairs or {}).get(i),
            describes=i in (describing or ()),
            aside=i in (asides or ()),
        )
        for i, line in enumerate(lines)
    ]
    doc = Document(regions=[], kind="text")
    doc.all_keys = {p.key: (clean(p.text), p.source) for p in paras if clean(p.text)}
    heads = {i: h for i in range(len(lines)) if (h := _heading(lines, i))}
    heads.update(outline_heads(lines))  # "1. Manage Self" over "1.1 ...", "1.2 ..."
    for i, slot in (headings or {}).items():
        split = numbered_heading(lines[i].strip())
        heads[i] = (slot, *((split[2], split[1]) if split else (lines[i].strip(), None)))
    shapes = Counter(h[0] for h in heads.values())
    heads = {i: h for i, h in heads.items() if shapes[h[0]] >= 2 or h[0][0] == "#" or h[0] == NAME}
    if not _numbered_in_order(heads):
        heads = {i: h for i, h in heads.items() if h[0] != _NUMBERED_SLOT}
    for i in _level_column_headers(lines, heads):  # "Level<tab>Criteria" over "0 - None"
        paras[i] = Para("", paras[i].source, key=paras[i].key)
        lines = [*lines[:i], "", *lines[i + 1 :]]
    tab_lines = [i for i, line in enumerate(lines) if line.startswith("\t")]
    if not heads or len(tab_lines) < 4:
        quiet = (describing or set()) | (asides or set())
        bare = ["" if i in quiet else line for i, line in enumerate(lines)]
        described: set[int] = set()
        heads.update(level_title_lines(bare, heads, _plain_headings(bare, heads, described)))
        join_descriptions(doc, paras, described)  # a name's description, not a statement
    heads = level_fields(doc, title_head(lines, heads))  # "Level: Adept" under a capability
    marks = _role_marks(heads)
    first = min(heads, default=len(lines))
    _introduction(doc, paras[:first])
    doc.regions += _tables(doc, (), tables, 0, first)
    starts = sorted(heads)
    flattened = 0
    stack: list[Label] = []
    for n, start in enumerate(starts):
        end = starts[n + 1] if n + 1 < len(starts) else len(lines)
        slot, text, number = heads[start]
        name, roles = marks.get((slot, clean(text)), (clean(text), ()))
        label = Label(
            name, slot, tuple(where(start).items()), roles, number=number, key=f"L{start + 1}"
        )
        stack = _push(stack, label)
        cuts = [start + 1, *(k for i in sorted(tables) if start < i < end for k in (i, i + 1))]
        for lo, hi in zip(cuts[::2], [*cuts[1::2], end], strict=True):
            body = paras[lo:hi]
            if any(p.text.startswith("\t") for p in body):
                flattened += 1
                doc.regions += _table_section(tuple(stack), body)
            else:
                doc.regions += _outline_section(tuple(stack), body)
            doc.regions += _tables(doc, tuple(stack), tables, hi, hi + 1)
    kinds = ("outline", "Markdown with HTML tables", "flattened tables")
    doc.structure = kinds[2 if flattened else int(bool(tables))]
    return doc


def _tables(doc: Document, labels: tuple, tables: dict, lo: int, hi: int) -> list[Region]:
    """The regions of the tables placed at lines ``lo`` to ``hi`` (exclusive)."""
    out = []
    for i in sorted(tables):
        if lo <= i < hi:
            grid = tables[i]
            for row in grid:
                for cell in row:
                    doc.all_keys.update({p.key: (clean(p.text), p.source) for p in cell["paras"]})
            grid = grade_columns(doc, grid)  # "GS-01-04 – Level 2" lines: role profiles
            heading = labels[-1].text if labels else ""
            out += table_regions(doc, grid, labels, i, heading=heading)
    return out


def _role_marks(heads: dict) -> dict[tuple[str, str], tuple[str, tuple[str, ...]]]:
    """Level headings with a role beside some ("Level 1 — Senior Officer").

    Returns ``(slot, text) -> (level, roles)``.
    """
    texts: dict[str, list[str]] = {}
    for slot, text, _ in heads.values():
        if clean(text) not in texts.setdefault(slot, []):
            texts[slot].append(clean(text))
    out = {}
    for slot, names in texts.items():
        marked = split_role_marks(names)
        if any(roles for _, roles in marked):
            out.update({(slot, t): m for t, m in zip(names, marked, strict=True)})
    return out


def _plain_headings(lines: list[str], known: dict, described: set[int]) -> dict:
    """Short lines directly over a list item (or over another such line): outline headings.

    So is a name over its description paragraph over a list (:mod:`compkit.ingest.textheads`);
    the description's lines are added to ``described``.
    """
    out: dict[int, tuple[str, str, int | None]] = {}
    nonblank = [i for i, line in enumerate(lines) if line.strip()]
    for k, i in enumerate(nonblank):
        if i in known or not (_short_label(lines[i]) or long_name(lines, i)):
            continue
        if k and nonblank[k - 1] == i - 1 and OPEN_END.search(clean(lines[nonblank[k - 1]])):
            continue  # the end of a line broken after "Release Testing,": no heading
        if item_goes_on(lines, i):
            continue  # "- Follow the Kubewarden" / "  CoC now": the item's wrapped line
        nxt = nonblank[k + 1] if k + 1 < len(nonblank) else None
        if nxt is None:
            continue
        if stem_line(lines[nxt]) and k + 2 < len(nonblank):  # over "You can:" and its list
            nxt = nonblank[k + 2]
        if nxt in known:
            continue  # over a heading that is numbered as an item ("1. Manage Self"): below
        number, bullet, _ = marker(lines[nxt])
        about = [] if number is not None or bullet else described_heading(lines, nonblank, k, known)
        if number is not None or bullet or about:
            described.update(about)
            label, slot = clean(lines[i]), described_slot(lines, nonblank, about)
            out[i] = (slot, label[:-1] if level_colon(label) else label, None)
    # the same words elsewhere are the same heading, even over a paragraph ("Not defined");
    # so is a polarity label beside another ("Effective ..." where "Ineffective ..." heads a list)
    named = {clean(h[1]) for h in out.values()}
    sides = any(polarity_of(t) for t in named)
    for i in nonblank:
        text = clean(lines[i])
        side = sides and len(text.split()) <= 4 and polarity_of(text)
        if i not in out and i not in known and _short_label(text) and (text in named or side):
            out[i] = ("heading over a list", lines[i].strip(), None)
    # a short line directly above such a heading heads it (e.g. a competency above its levels),
    # unless a Markdown heading (or a PDF's, by its font) stands directly above it (its summary),
    # or the heading is a numbered level line that counts on from the one before
    counting = counted_on(lines, known, _NUMBERED_SLOT)
    for k, i in enumerate(nonblank):
        nxt = nonblank[k + 1] if k + 1 < len(nonblank) else None
        prev = known.get(nonblank[k - 1]) if k else None
        if (
            i not in out
            and i not in known
            and (nxt in out or nxt in known)
            and _short_label(lines[i])
            and not (prev and prev[0].startswith(("#", "PDF heading")))
            and nxt not in counting  # the last line of the level before ("1 - ..." over "2 - ...")
            # plain text heads no Markdown heading, nor a name heading a level's heading
            and not (known.get(nxt) or out.get(nxt) or ("",))[0].startswith(_OVER_LEVELS)
        ):
            out[i] = ("heading over a heading", lines[i].strip(), None)
    return out


def _introduction(doc: Document, paras: list[Para]) -> None:
    body = [p for p in paras if clean(p.text)]
    while body and CHROME.match(clean(body[0].text)):  # a saved page's "Skip to main content"
        body = body[1:]  # neither title nor introduction: reported as text not read
    first = clean(body[0].text) if body else ""
    if first and len(first.split()) <= 15 and not first.endswith(".") and not _URL.match(first):
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
    short = not cell or _short_label(cell[0].text) or len(clean(cell[0].text)) <= 3
    return len(cell) <= 1 and short


def _table_section(labels: tuple[Label, ...], body: list[Para]) -> list[Region]:
    free, cells = _cells(body)
    kept = [p for p in free if clean(p.text)]
    out = [Region(labels, kept)] if kept else []
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
