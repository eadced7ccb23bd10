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

from .blocks import clean, marker
from .folios import EDGE_NUMBER, folio
from .pdfbreaks import over_break, over_note
from .pdfcells import join_lines, words_of
from .pdffooters import edge_lines, page_footers
from .pdfhint import NO_HINTS, Given
from .pdfpages import may_hold_table

__all__ = ["blank_layout", "furniture", "page_furniture", "unligature", "wrapped"]

_LIGATURES = {chr(c): unicodedata.normalize("NFKC", chr(c)) for c in range(0xFB00, 0xFB07)}
_LIGATURE = re.compile("[" + "".join(_LIGATURES) + "]")
_COPYRIGHT = re.compile(r"^(?:copyright\b|©|\(c\)\s+\d{4})", re.I)


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
    rest = EDGE_NUMBER.sub("", text)
    return rest if len(rest.split()) >= 2 or len(rest) >= 12 else text


def furniture(
    lines: list[str],
    where: list[dict],
    ys: list,
    taken: set,
    *,
    bounds: dict | None = None,
    hints: Given = NO_HINTS,
) -> list[tuple]:
    """Blank the running headers, footers and page numbers; return the report's notes.

    A line is a running header or footer when its text (less a page number at either end)
    stands first or last on at least three pages and on half the pages or more (a book's
    left and right pages may alternate two: 39 of 79 are half, rounded down; or next to
    a page number there; on both pages of a two-page file where both heights are known),
    apart from the text (where heights are known: by more than 1.5 line steps) and at the
    same height: the same distance from its edge of the page, when
    ``bounds`` gives each page's ``(bottom, top)`` (a landscape page's header stands lower
    than a portrait page's, its footer as high). A line at a page's edge, apart from the
    text, that ends by naming that page ("Behaviours | Page 1", "Guide - page 2 of 9") is a
    footer on any document, one page long or more. A bare page number ("4", "Page 4",
    "4 of 8", a spread's "148 149") standing first or last on its page is a page number when
    the document has one page, or when its number less its page's is the same on two pages
    or more (it rises with the page). A copyright line standing apart at a page's edge is set
    aside too. Lines in ``taken`` (headings, tables) are kept, and so is a table's header row
    repeated over pages (naming levels or sides, those the user named, ``hints``, too).

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
    notes, gone, noted = [], set(), set()
    for _ in range(3):  # a header over a header, set aside one after the other
        edges = {
            p: (edge_lines(left, lines, ys), edge_lines(left[::-1], lines, ys))
            for p, at in pages.items()
            if (left := [i for i in at if i not in gone])
        }
        seen: dict[tuple, dict[int, int]] = {}
        for p, (top, foot) in edges.items():
            for zone, at in (("top", top), ("foot", foot)):
                for i in at:
                    seen.setdefault((_key(clean(lines[i])), zone), {}).setdefault(p, i)
        running = {}  # (text, zone) -> its pages' lines, for the lines that run on most pages
        for (text, zone), at in seen.items():
            heights = {
                round(_from_edge(ys[i], zone, (bounds or {}).get(p)))
                for p, i in at.items()
                if i < len(ys) and ys[i] is not None
            }
            known = sum(i < len(ys) and ys[i] is not None for i in at.values())
            pair = len(at) == len(pages) == 2 == known  # a two-page file: both, at one height
            if (
                (len(at) >= 3 or pair)
                and 2 * len(at) + 1 >= len(pages)  # a book's odd pages: 39 of 79
                and len(heights) <= 1
                and not _kept(text, hints)
            ):
                running[text, zone] = at
        said = set()
        for top, foot in edges.values():
            for zone, at in (("top", top), ("foot", foot)):
                for i in at:  # from the edge inwards: furniture stands outside the text
                    text = clean(lines[i])
                    if (_key(text), zone) in running:
                        gone.add(i)
                        said.add((_key(text), zone))
                    elif _COPYRIGHT.match(text) and len(text.split()) <= 20:
                        gone.add(i)
                        notes.append(
                            ("unused", f"a copyright line set aside: {text!r}", 0.8, where[i])
                        )
                    elif folio(text) is None:
                        break
        for key in sorted(said - noted, key=lambda k: min(running[k].values())):
            noted.add(key)
            at = running[key]
            first = where[min(at.values())]
            notes.append(
                (
                    "unused",
                    f"a running header or footer on {len(at)} of {len(pages)} pages set aside: "
                    f"{key[0]!r}",
                    0.8,
                    {"page": first.get("page"), "lines": first.get("lines", [])},
                )
            )
    named, said = page_footers(pages, lines, ys, gone, where)  # "Behaviours | Page 1"
    gone |= named
    notes += said
    folios = {}
    for p, at in pages.items():
        left = [i for i in at if i not in gone]  # a page's edges, its furniture set aside
        for i in {left[0], left[-1]} if left else ():
            number = folio(clean(lines[i]))
            if number is not None:
                folios[i] = number - p
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


def _from_edge(y: float, zone: str, bounds: tuple[float, float] | None) -> float:
    """A baseline's height from its page's edge: the top's for a header, the foot's else.

    Without the page's bounds, the baseline itself (pages of one size).

    Examples
    --------
    >>> _from_edge(800.0, "top", (0.0, 842.0)), _from_edge(553.0, "top", (0.0, 595.0))
    (42.0, 42.0)
    >>> _from_edge(30.0, "foot", (0.0, 595.0)), _from_edge(30.0, "top", None)
    (30.0, 30.0)
    """
    if bounds is None:
        return y
    return bounds[1] - y if zone == "top" else y - bounds[0]


def _kept(text: str, hints: Given) -> bool:
    """Whether a repeated line is kept wherever it stands: a page number, or a header row.

    A table's header row (level names or polarities side by side) is repeated over each
    page of a long table.
    """
    return folio(text) is not None or may_hold_table([text], hints=hints)


def page_furniture(
    texts: list[list[str]],
    heights: list[list],
    bounds: list | None = None,
    *,
    hints: Given = NO_HINTS,
) -> tuple:
    """Each page's plain lines with its furniture blanked, the texts set aside, the notes.

    :func:`furniture` over every page's plain text, before any page is read for tables
    (``bounds``: each page's bottom and top): returns the pages' lines, ``{page: texts set
    aside}`` and the report's notes.
    """
    flat = [t for page in texts for t in page]
    where = [
        {"page": p, "lines": [k]}
        for p, page in enumerate(texts, 1)
        for k in range(1, len(page) + 1)
    ]
    ys = [y for page in heights for y in page]
    edges = dict(enumerate(bounds, 1)) if bounds else None
    notes = furniture(flat, where, ys, set(), bounds=edges, hints=hints)
    out, removed, n = [], {}, 0
    for p, page in enumerate(texts, 1):
        out.append(flat[n : n + len(page)])
        removed[p] = {clean(a) for a, b in zip(page, out[-1], strict=True) if clean(a) and not b}
        n += len(page)
    return out, removed, notes


def blank_layout(layout: list[str], removed: set[str]) -> list[str]:
    """A page's layout lines less the furniture set aside from its plain text.

    Only the first and last three lines with text are looked at; a line goes when its text
    is, or is a part of, a text set aside ("12/3/26, 1:50 AM" standing alone in the layout
    text, of the browser's header "12/3/26, 1:50 AM Competencies - ...").
    """
    if not removed:
        return layout
    filled = [k for k, t in enumerate(layout) if t.strip()]
    out = list(layout)
    for k in {*filled[:3], *filled[-3:]}:
        text = clean(layout[k])
        if any(text == r or (len(text) >= 8 and text in r) for r in removed):
            out[k] = ""
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


def _spaced(lines: list[str], styles: list, ys: list, where: list, wide: dict, steps: dict) -> set:
    """The styles whose paragraphs stand apart: a gap follows a paragraph's short last line.

    A style's line ending a sentence short of nine tenths of the full width (a paragraph's
    last line) is followed, on its page and in its style, by a drop of more than 1.15 line
    steps at least three times and in four cases of five or more (list items left out): its
    paragraphs are spaced, so a line one step under a full line is the same paragraph even
    when the full line ends a sentence.
    """
    after: dict = {}
    for k in range(1, min(len(ys), len(styles), len(lines))):
        a, b, s, above, text = ys[k - 1], ys[k], styles[k], clean(lines[k - 1]), clean(lines[k])
        if None in (a, b, s) or styles[k - 1] != s or s not in steps or s not in wide:
            continue
        if where[k].get("page") != where[k - 1].get("page") or not above or not text:
            continue
        if any(marker(t)[1] or marker(t)[0] is not None for t in (above, text)):
            continue
        if above.endswith((".", "!", "?")) and len(above) < 0.9 * wide[s] and a - b > 0:
            after.setdefault(s, []).append(a - b > 1.15 * steps[s])
    return {s for s, gaps in after.items() if sum(gaps) >= 3 and 5 * sum(gaps) >= 4 * len(gaps)}


def wrapped(lines: list[str], styles: list, ys: list, xs: list, where: list, taken: set) -> list:
    """Join each paragraph wrapped over lines onto its first line (the rest blanked).

    The geometry decides (the module's rules); a line known by place only to pypdf's layout
    text (a table's page: no baseline or left edge) is never joined. Returns the report's
    notes, one repair per paragraph joined, naming its source lines.
    """
    wide, steps, notes = _wide(lines, styles), _steps(ys, styles, where), []
    spaced = _spaced(lines, styles, ys, where, wide, steps)
    words = words_of(lines)  # the document's own spellings, for a line-end hyphen
    i = 0
    while i < len(lines):
        j, over = i, None  # over: the first line of the next page or column it runs on to
        shift = 0.0  # how far right the paragraph's lines stand since it ran on (a column)
        while True:
            if j + 1 < len(lines) and _goes_on(
                lines, styles, ys, xs, where, taken, (wide, steps, spaced), i, j, shift
            ):
                j += 1
            elif over is None and (k := over_break(lines, styles, ys, xs, where, taken, i, j)):
                shift = xs[k] - xs[j]
                j = over = k
            else:
                break
        if j > i:
            here = [n for n in range(i, j + 1) if where[n].get("page") == where[i].get("page")]
            span = [n for place in (where[n] for n in here) for n in place.get("lines", [])]
            if over is not None:
                notes.append(over_note(where, over, j, where[i]))
            where[i] = {**where[i], "lines": span}
            text = clean(lines[i])
            for more in lines[i + 1 : j + 1]:
                text = join_lines(text, clean(more), words) if clean(more) else text
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


def _goes_on(lines, styles, ys, xs, where, taken, measures, i: int, j: int, shift=0.0) -> bool:
    """Whether line ``j + 1`` continues the paragraph that opens at line ``i``, ending at ``j``.

    ``measures``: each style's full width and line step, and the styles whose paragraphs are
    spaced (:func:`_spaced`); ``shift``, how far right of line ``i``'s column line ``j``'s
    stands (the paragraph ran on into another column).
    """
    wide, steps, spaced = measures
    k = j + 1
    if k >= min(len(styles), len(ys), len(xs)) or {i, k} & taken:
        return False
    text, before = clean(lines[k]), clean(lines[j])
    style = styles[i]
    if not text or not before or style is None or styles[k] != style or styles[j] != style:
        return False
    if (
        where[k].get("page") != where[j].get("page")
        or marker(text)[1]
        or marker(text)[0] is not None
    ):
        return False
    if None in (ys[j], ys[k], xs[j], xs[k]):
        return False
    step = ys[j] - ys[k]
    if not 0 < step <= min(1.15 * steps.get(style, step), 1.8 * style[0]):
        return False
    if marker(clean(lines[i]))[1] or marker(clean(lines[i]))[0] is not None:
        return _item_goes_on(lines, xs, wide.get(style, 10**6), i, j, shift)
    if abs(xs[k] - xs[j]) > 2 and not (j == i and 0 < xs[i] - xs[k] <= 3 * style[0]):
        return False  # another column, or an indented line (not a first-line indent)
    width = wide.get(style, 10**6)  # full, or too full for the next line's first word
    full = len(before) >= 0.8 * width or len(before) + 1 + len(text.split()[0]) > 0.9 * width
    if before.endswith(":"):
        return False  # a lead-in over what follows
    if before.endswith((".", "!", "?")):  # "e.g." at a line's end; a spaced paragraph's line
        return full and (text[:1].islower() or style in spaced)
    return full or text[:1].islower()


def _item_goes_on(lines: list[str], xs: list, width: float, i: int, j: int, shift=0.0) -> bool:
    """Whether line ``j + 1`` runs on the list item opening at line ``i``, at its hanging indent.

    A line in lower case does; one in capitals ("8. Values ... in-line with WSX Mind's" over
    "Equalities Policy") one line step under a line too full for its first word, even one
    ending a sentence once a wrapped line shows the indent (FT's "... architecture." over
    "Contributes to ..."): a new item would open with its number or bullet. A line under
    an item whose bracket is still open goes on ("(eg" over "Processes, procedures, etc)").
    """
    k = j + 1
    text, before = clean(lines[k]), clean(lines[j])
    if before.endswith(":") or xs[k] <= xs[i] + shift + 2 or (j > i and abs(xs[k] - xs[j]) > 2):
        return False
    so_far = " ".join(clean(lines[n]) for n in range(i, k))
    if so_far.count("(") > so_far.count(")"):
        return True  # a bracket left open: "(eg" over "Processes, procedures, ...)"
    if text[:1].islower() or (before.endswith((".", "!", "?")) and j == i):
        return text[:1].islower()
    return len(before) + 1 + len(text.split()[0]) > 0.9 * width
