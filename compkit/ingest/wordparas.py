"""What a Word paragraph or cell is by its styles: a heading's depth, a list's, a shading.

A heading is a "Heading N" style, a short line set wholly in bold, or a short line set by
hand at a heading style's size; a list paragraph's depth is its numbering level or its
style's ("List 2"), its numbers' format read from the numbering part. A cell is shaded by
its fill. A competency's name may stand as a labelled field ("Competency: Planning"), and a
cell's list may be typed after line breaks within one paragraph.
"""

from __future__ import annotations

import re

from .blocks import clean, marker

__all__ = [
    "HEADING",
    "KIND_PREFIX",
    "NS",
    "broken_items",
    "heading_depth",
    "heading_sizes",
    "list_depth",
    "list_formats",
    "named_field",
    "shaded",
    "sized_depth",
]

HEADING = re.compile(r"^Heading\s+(\d)$", re.IGNORECASE)
NS = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"

#: A heading's word for what it names, before the name: "Competency: We take ownership"
KIND_PREFIX = re.compile(
    r"^(?:competency|capability|behaviou?r|skill)(?:\s+(?:title|name))?\s*:\s+(?=\S)", re.I
)


def named_field(text: str) -> str | None:
    """A competency's name given as a field in a line of its own, or None.

    Word exports of competency dictionaries print each competency's name as a labelled
    field over its table ("Competency Title: Strategic Thinking", "Competency: Planning"),
    not as a heading: a short name, no sentence.

    Examples
    --------
    >>> named_field("Competency Title: Strategic Thinking"), named_field("Skill: Testing")
    ('Strategic Thinking', 'Testing')
    >>> named_field("Competency Type: Behavioural"), named_field("Skill: Tests all code.")
    (None, None)
    """
    text = clean(text)
    m = KIND_PREFIX.match(text)
    if not m:
        return None
    name = text[m.end() :]
    if len(name.split()) > 8 or name.endswith((".", ":", ";")):
        return None
    return name


def broken_items(text: str) -> list[str]:
    r"""A cell paragraph's list items typed after line breaks, each apart; else the paragraph.

    A list pasted into a table cell often keeps its bullets as typed characters, its items
    parted by line breaks (Shift+Enter) within one paragraph: "• Relate goals to own work.
    ⏎• Know the vision." Two or more lines opening with a marker are items (or one, under a
    line closed by a colon: "You can:⏎• describe ..."); a line without one goes on with the
    item above it (a wrapped line), and lines before the first item stand apart (a lead-in such
    as "You can:"). A paragraph broken anywhere else stays whole here (a cell's unmarked lines
    are read in :mod:`.wordbreaks`).

    Examples
    --------
    >>> broken_items("• Relates goals.\n• Knows the\nvision.")
    ['• Relates goals.', '• Knows the vision.']
    >>> broken_items("You can:\n- plan work\n- review it"), broken_items("One\nline")
    (['You can:', '- plan work', '- review it'], ['One\nline'])
    >>> broken_items("You can:\n• describe agile working")
    ['You can:', '• describe agile working']
    """
    lines = [line for line in text.split("\n") if clean(line)]
    marked = [marker(line)[0] is not None or marker(line)[1] for line in lines]
    first = marked.index(True) if any(marked) else 0
    if sum(marked) < 2 and not (first and clean(lines[first - 1]).endswith(":")):
        return [text]  # one item only under its lead-in: "You can:⏎• describe ..."
    pieces: list[str] = []
    for k, (line, opens) in enumerate(zip(lines, marked, strict=True)):
        if pieces and not opens and any(marked[:k]):
            pieces[-1] = f"{pieces[-1]} {line.strip()}"
        else:
            pieces.append(line.strip())
    return pieces


_LIST_STYLE = re.compile(r"^List(?: (?:Bullet|Number|Continue))?\s+(\d)$", re.IGNORECASE)


def list_depth(p, style: str) -> int:
    """How deep a list paragraph is nested: its numbering level, else its style's ("List 2")."""
    ppr = p._p.pPr
    num = ppr.numPr if ppr is not None else None
    if num is not None and num.ilvl is not None:
        return int(num.ilvl.val)
    m = _LIST_STYLE.match(style)
    return int(m.group(1)) - 1 if m else 0


def heading_depth(p, style: str) -> int:
    """A paragraph's heading depth: N of a "Heading N" style, 9 for a short bold line, else 0."""
    m = HEADING.match(style)
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


def heading_sizes(word) -> list[tuple[int, int]]:
    """(size, N) of each "Heading N" style set clearly larger than the body text, largest first."""
    body = word.styles["Normal"].font.size if "Normal" in word.styles else None
    if body is None:  # the body size is the document default's (w:sz counts half points)
        sz = word.styles.element.find(f"{NS}docDefaults/{NS}rPrDefault/{NS}rPr/{NS}sz")
        body = int(sz.get(f"{NS}val")) * 6350 if sz is not None else None
    sizes = []
    for style in word.styles if body else ():
        m = HEADING.match(getattr(style, "name", "") or "")
        size = getattr(getattr(style, "font", None), "size", None)
        if m and size and size >= 1.2 * body:
            sizes.append((size, int(m.group(1))))
    return sorted(sizes, reverse=True)


def sized_depth(p, sizes: list[tuple[int, int]]) -> int:
    """A short line set by hand at a heading style's size reads as that heading (0 if not).

    Authors often set a heading as a Normal paragraph in a large font; the University of
    Auckland's capability framework sets 'Alignment Statements ...' at Heading 2's 24 pt, and
    read as body text it ran into the last capability's description.
    """
    runs = [run for run in p.runs if run.text.strip()]
    text = clean(p.text)
    if not sizes or not runs or len(text.split()) > 12 or text.endswith((".", ":", ";", ",")):
        return 0
    size = min((run.font.size or 0) for run in runs)
    if marker(text)[0] is not None or marker(text)[1]:
        return 0
    return next((n for heading, n in sizes if size >= heading), 0)


def shaded(cell) -> bool:
    """Whether a table cell is filled with a colour (white and "auto" are no shading)."""
    pr = cell._tc.tcPr
    if pr is None:
        return False
    shd = pr.find(f"{NS}shd")
    fill = shd.get(f"{NS}fill") if shd is not None else None
    return fill not in (None, "auto", "FFFFFF", "ffffff")


def list_formats(word) -> dict[tuple[str, int], str]:
    """(numId, level) -> numFmt ("decimal", "bullet", ...) from the numbering part."""
    try:
        numbering = word.part.numbering_part.element
    except (KeyError, NotImplementedError, AttributeError):
        return {}
    abstract = {}
    for a in numbering.findall(f"{NS}abstractNum"):
        levels = {}
        for lvl in a.findall(f"{NS}lvl"):
            fmt = lvl.find(f"{NS}numFmt")
            levels[int(lvl.get(f"{NS}ilvl", "0"))] = (
                fmt.get(f"{NS}val") if fmt is not None else "decimal"
            )
        abstract[a.get(f"{NS}abstractNumId")] = levels
    out = {}
    for num in numbering.findall(f"{NS}num"):
        ref = num.find(f"{NS}abstractNumId")
        levels = abstract.get(ref.get(f"{NS}val") if ref is not None else None, {})
        for level, fmt in levels.items():
            out[(num.get(f"{NS}numId"), level)] = fmt
    return out
