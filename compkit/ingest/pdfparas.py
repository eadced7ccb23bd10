"""A PDF's text lines made back into paragraphs: glyphs, page furniture and wrapped lines.

pypdf gives a page's text line by line, as the typesetter set it. Three things in that text
are the typesetter's, not the author's, and are mended here before the lines are read as
headings and statements (:mod:`compkit.ingest.textlines`), each mend named in the report:

- ligature glyphs (U+FB00–FB06, "ﬁ" for "fi"; Apple Quartz PDFs keep them) are spelt out;
- page furniture: a line repeated at the top or foot of most pages (a running header or
  footer), a bare page number standing first or last on its page and a copyright line at a
  page's edge are set aside (unused);
- a paragraph wrapped over lines is joined into one line when the geometry says so: the next
  line stands at the paragraph's left edge, one ordinary line step below, in the same style,
  opens no list item, and the line before runs to the text's full width or the next opens in
  lower case. A short line ending with no full stop ("Shows empathy") is no wrapped line, so
  lists of statements without full stops stay apart.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from itertools import pairwise

from .blocks import clean, marker
from .pdfcells import join_lines, words_of

__all__ = ["furniture", "unligature", "wrapped"]

_LIGATURES = {chr(c): unicodedata.normalize("NFKC", chr(c)) for c in range(0xFB00, 0xFB07)}
_LIGATURE = re.compile("[" + "".join(_LIGATURES) + "]")
# a folio: "4", "Page 4", "4 of 8", "4 / 8", a spread's two "148 149"
_FOLIO = re.compile(r"^(?:page\s+)?(\d{1,4})(?:\s*(?:of|/)\s*\d{1,4}|\s+\d{1,4})?$", re.I)
_COPYRIGHT = re.compile(r"^(?:copyright\b|©|\(c\)\s+\d{4})", re.I)
_EDGE_NUMBER = re.compile(r"^\d{1,4}\s+|\s+\d{1,4}$")


def unligature(lines: list[str]) -> tuple[list[str], int]:
    """The lines with ligature glyphs spelt out, and how many lines had one.

    Examples
    --------
    >>> unligature(["Identiﬁes a ﬂexible ﬁx", "plain"])
    (['Identifies a flexible fix', 'plain'], 1)
    """
    out = [_LIGATURE.sub(lambda m: _LIGATURES[m.group(0)], t) for t in lines]
    return out, sum(a != b for a, b in zip(lines, out, strict=True))


def _key(text: str) -> str:
    """A running line's text, less a page number at either end ("Skills 17" is "Skills")."""
    rest = _EDGE_NUMBER.sub("", text)
    return rest if len(rest.split()) >= 2 else text


def furniture(lines: list[str], where: list[dict], ys: list, taken: set) -> list[tuple]:
    """Blank the running headers, footers and page numbers; return the report's notes.

    A line is a running header or footer when its text (less a page number at either end)
    stands first or last on at least three pages and on half the pages or more (or next to
    a page number there), apart from the text (where heights are known: by more than 1.5
    line steps) and at the same height. A bare page number ("4", "Page 4",
    "4 of 8", a spread's "148 149") standing first or last on its page is a page number when
    the document has one page, or when its number less its page's is the same on two pages
    or more (it rises with the page). A copyright line standing apart at a page's edge is set
    aside too. Lines in ``taken`` (headings, tables) are kept.

    Examples
    --------
    >>> lines = ["Guide | Skills", "Leads teams.", "1", "Guide | Skills", "Plans work.", "2",
    ...          "Guide | Skills", "Owns budgets.", "3"]
    >>> where = [{"page": 1 + k // 3, "lines": [1 + k % 3]} for k in range(9)]
    >>> notes = furniture(lines, where, [None] * 9, set())
    >>> [t for t in lines if t]
    ['Leads teams.', 'Plans work.', 'Owns budgets.']
    >>> [n[1].split(":")[0] for n in notes]
    ['a running header or footer on 3 of 3 pages set aside', 'page numbers set aside']
    """
    pages: dict[int, list[int]] = {}
    for i, text in enumerate(lines):
        if clean(text) and i not in taken and where[i].get("page") is not None:
            pages.setdefault(where[i]["page"], []).append(i)
    if not pages:
        return []
    edges = {p: (_edge(at, lines, ys), _edge(at[::-1], lines, ys)) for p, at in pages.items()}
    seen: dict[tuple, dict[int, int]] = {}
    for p, (top, foot) in edges.items():
        for zone, at in (("top", top), ("foot", foot)):
            for i in at:
                seen.setdefault((_key(clean(lines[i])), zone), {}).setdefault(p, i)
    notes, gone = [], set()
    for (text, _zone), at in seen.items():
        heights = {round(ys[i]) for i in at.values() if i < len(ys) and ys[i] is not None}
        if len(at) < 3 or 2 * len(at) < len(pages) or len(heights) > 1 or _FOLIO.match(text):
            continue
        gone.update(at.values())
        first = where[min(at.values())]
        notes.append(
            (
                "unused",
                f"a running header or footer on {len(at)} of {len(pages)} pages set aside: "
                f"{text!r}",
                0.8,
                {"page": first.get("page"), "lines": first.get("lines", [])},
            )
        )
    for top, foot in edges.values():  # a copyright line at a page's edge, even once
        for i in {*top, *foot} - gone:
            if _COPYRIGHT.match(clean(lines[i])) and len(clean(lines[i]).split()) <= 20:
                gone.add(i)
                notes.append(
                    ("unused", f"a copyright line set aside: {clean(lines[i])!r}", 0.8, where[i])
                )
    folios = {}
    for p, at in pages.items():
        left = [i for i in at if i not in gone]  # a page's edges, its furniture set aside
        for i in {left[0], left[-1]} if left else ():
            m = _FOLIO.match(clean(lines[i]))
            if m:
                folios[i] = int(m.group(1)) - p
    steps = Counter(folios.values())
    numbers = sorted(i for i, d in folios.items() if len(pages) == 1 or steps[d] >= 2)
    if numbers:
        shown = ", ".join(repr(clean(lines[i])) for i in numbers[:8])
        notes.append(
            (
                "unused",
                f"page numbers set aside: {shown}" + (" ..." if len(numbers) > 8 else ""),
                0.85,
                where[numbers[0]],
            )
        )
    for i in gone | set(numbers):
        lines[i] = ""
    return notes


def _edge(at: list[int], lines: list[str], ys: list) -> list[int]:
    """A page's lines that may be running text at one edge (``at`` from that edge inwards).

    The edge line, or the next when the edge line is a page number; and only a line that
    stands apart from the text inside it (a gap of more than 1.5 ordinary line steps), where
    the lines' heights are known.
    """
    known = [ys[i] for i in at if i < len(ys) and ys[i] is not None]
    drops = sorted(abs(a - b) for a, b in pairwise(known) if a != b)
    step = drops[len(drops) // 4] if drops else None  # the lower quartile: a line step
    out = []
    for n in range(min(2, len(at))):
        if n and not _FOLIO.match(clean(lines[at[0]])):
            break
        i, inner = at[n], at[n + 1] if n + 1 < len(at) else None
        y, y2 = (ys[i] if i < len(ys) else None), (ys[inner] if inner is not None else None)
        if step is None or y is None or y2 is None or abs(y - y2) > 1.5 * step:
            out.append(i)
    return out


def _wide(lines: list[str], styles: list) -> dict:
    """The full width of each style's text, in characters: the 90th percentile line length."""
    sizes: dict = {}
    for text, style in zip(lines, styles, strict=False):
        if style is not None and clean(text):
            sizes.setdefault(style, []).append(len(clean(text)))
    return {s: sorted(n)[int(0.9 * (len(n) - 1))] for s, n in sizes.items() if len(n) >= 3}


def _steps(ys: list, styles: list, where: list) -> dict:
    """Each style's ordinary line step: the commonest drop between its consecutive lines."""
    found: dict = {}
    for k in range(1, min(len(ys), len(styles))):
        a, b, s = ys[k - 1], ys[k], styles[k]
        if a is None or b is None or s is None or styles[k - 1] != s:
            continue
        if where[k].get("page") == where[k - 1].get("page") and 0 < a - b <= 2.5 * s[0]:
            found.setdefault(s, Counter())[round(a - b, 1)] += 1
    return {s: c.most_common(1)[0][0] for s, c in found.items()}


def wrapped(lines: list[str], styles: list, ys: list, xs: list, where: list, taken: set) -> list:
    """Join each paragraph wrapped over lines onto its first line (the rest blanked).

    The geometry decides (the module's rules); a line known by place only to pypdf's layout
    text (a table's page: no baseline or left edge) is never joined. Returns the report's
    notes, one repair per paragraph joined, naming its source lines.
    """
    wide, steps, notes = _wide(lines, styles), _steps(ys, styles, where), []
    words = words_of(lines)  # the document's own spellings, for a line-end hyphen
    i = 0
    while i < len(lines):
        j = i
        while j + 1 < len(lines) and _goes_on(
            lines, styles, ys, xs, where, taken, wide, steps, i, j
        ):
            j += 1
        if j > i:
            span = [n for place in where[i : j + 1] for n in place.get("lines", [])]
            where[i] = {**where[i], "lines": span}
            text = clean(lines[i])
            for more in lines[i + 1 : j + 1]:
                text = join_lines(text, clean(more), words)
            lines[i] = text
            lines[i + 1 : j + 1] = [""] * (j - i)
            notes.append(
                (
                    "repair",
                    f"a paragraph wraps over {j - i + 1} lines (page {where[i].get('page')}, "
                    f"lines {span[0]}-{span[-1]}); joined with a space (a line-end hyphen as the "
                    "document spells the word elsewhere), as its lines stand one line step "
                    "apart at one left edge",
                    0.85,
                    where[i],
                )
            )
        i = j + 1
    return notes


def _goes_on(lines, styles, ys, xs, where, taken, wide, steps, i: int, j: int) -> bool:
    """Whether line ``j + 1`` continues the paragraph that opens at line ``i``, ending at ``j``."""
    k = j + 1
    if k >= min(len(styles), len(ys), len(xs)) or {i, k} & taken:
        return False
    text, before = clean(lines[k]), clean(lines[j])
    style = styles[i]
    if not text or not before or style is None or styles[k] != style or styles[j] != style:
        return False
    if (
        where[k].get("page") != where[i].get("page")
        or marker(text)[1]
        or marker(text)[0] is not None
    ):
        return False
    if marker(clean(lines[i]))[1] or marker(clean(lines[i]))[0] is not None:
        return False  # a list item's own wrapped lines are the list reader's to join
    if None in (ys[j], ys[k], xs[j], xs[k]):
        return False
    step = ys[j] - ys[k]
    if not 0 < step <= min(1.15 * steps.get(style, step), 1.8 * style[0]):
        return False
    if abs(xs[k] - xs[j]) > 2 and not (j == i and 0 < xs[i] - xs[k] <= 3 * style[0]):
        return False  # another column, or an indented line (not a first-line indent)
    full = len(before) >= 0.8 * wide.get(style, 10**6)
    if before.endswith(":"):
        return False  # a lead-in over what follows
    if before.endswith((".", "!", "?")):
        return full and text[:1].islower()  # "e.g." at a line's end
    return full or text[:1].islower()
