"""Headings in a PDF told by their font: lines set larger than the body text, or bold alone.

A PDF printed from Word keeps no heading styles, only the fonts they were set in. pypdf's text
extraction calls a visitor with every run of text, its font and size and the text matrix;
:func:`styled_lines` reads a page's plain text and each line's style (the font size most of its
characters are set in, and whether all of them are bold: a font name with Bold, Black, Heavy,
Semibold or Demi, or a weight of 600 or more) in that one pass. :func:`font_headings` then
finds the body text's size (the one most characters are set in) and reads as headings the
lines set clearly larger than it, and the short bold lines that stand alone (no final full
stop, comma or colon; a bold paragraph is no heading, but a level titled in a sentence is:
"Level 2: Adapts one's work to a situation."); a heading wrapped over two lines is joined.
Each style (size and boldness) that heads two or more lines is a heading slot, ranked by size
(bold before regular): the same slots Word's "Heading N" styles give, fed to the same
heuristics (:mod:`compkit.ingest.textlines`). A PDF set in one font finds no headings and reads
exactly as before. The report names every style read as headings, why, and its lines.
"""

from __future__ import annotations

import math
import re
from collections import Counter

from .blocks import OPEN_END, clean, marker
from .pdfbold import bold_lines
from .pdfshapes import BulletShapes, bulleted
from .tiers import _TITLED as LEVEL_TITLE

__all__ = ["font_headings", "styled_lines"]

_BOLD = re.compile(r"bold|black|heavy|demi|-bd\b|,bd\b", re.IGNORECASE)
_ITALIC = re.compile(r"italic|oblique|-it\b|,it\b", re.IGNORECASE)
_STOPS = (".", ";", ",")
#: pictographs a heading may open with ("🧙 1337", "💬 Communication"), and their joiners
#: a numbered heading's label: "Competency 8: ...", "Theme 2 - ..." (its words counted after)
_NUMBERED = re.compile(r"^(\w+ \d{1,3})\s*[:.–—-]\s+(\S.*)$")
_PICTURES = re.compile(r"^[\U0001F000-\U0001FAFF\u2600-\u27bf\u2b00-\u2bff\u200d\ufe0f\s]+")
Style = tuple[float, bool]  # font size in points, bold


def _bold(font) -> bool:
    """Whether a font dict names a bold face (its name, or its descriptor's weight)."""
    try:
        name = str(font.get("/BaseFont", ""))
        if _BOLD.search(name.split("+")[-1]):
            return True
        desc = font.get("/FontDescriptor")
        desc = desc.get_object() if desc is not None else None
        return bool(desc) and float(desc.get("/FontWeight", 0)) >= 600
    except (AttributeError, TypeError, ValueError):
        return False


def _italic(font) -> bool:
    """Whether a font dict names an italic or oblique face."""
    try:
        return bool(_ITALIC.search(str(font.get("/BaseFont", "")).split("+")[-1]))
    except (AttributeError, TypeError):
        return False


def _scale(m) -> float:
    return math.hypot(float(m[2]), float(m[3])) if m else 1.0


def styled_lines(page) -> tuple:
    """A page's plain text lines, each line's style, baseline and left edge, and more.

    Returns ``(lines, styles, ys, counted, xs, doubled, drawn, bolds, aparts)``: the
    characters per style in ``counted``; ``doubled``, how many runs of text were drawn twice
    and read once; ``drawn``, how many lines a list bullet drawn as a shape stands before,
    each marked "• " (:mod:`compkit.ingest.pdfshapes`); ``bolds``, each piece of text in one
    weight: bold or not (:func:`~compkit.ingest.pdfbold.bold_lines`); ``aparts``, the same in
    bold or italics or not (a name run in at a paragraph's head may be set either way). One
    extraction: the text is pypdf's ``extract_text()``, less any run drawn a second time at
    the same place in the same font (a Mac PDF's fill-and-stroke or shadow gives
    "DirectorDirector"; pdftotext prints it once). When the visited runs do not add up to
    that text (a pypdf change), every style is None and nothing is read by font or place.
    """
    runs: list[tuple[str, Style | None, float | None, float | None]] = []
    faces: dict[int, bool] = {}
    slanted: list[bool] = []  # each run's face italic (the runs kept, as drawn)
    seen: list = [None, 0]  # the last run with text: (text, font, x, y), and the runs dropped

    def visit(text, cm, tm, font, size):
        if not text:
            return
        if font is None or not size:
            runs.append((text, None, None, None))
            slanted.append(False)
            return
        if id(font) not in faces:
            faces[id(font)] = _bold(font)
        points = round(float(size) * _scale(tm) * _scale(cm), 1)
        x = float(cm[0]) * float(tm[4]) + float(cm[2]) * float(tm[5]) + float(cm[4])
        y = float(cm[1]) * float(tm[4]) + float(cm[3]) * float(tm[5]) + float(cm[5])
        here = (text, id(font), round(x, 1), round(y, 1))
        if text.strip() and here == seen[0]:  # the same run again at the same origin
            seen[1] += 1
            runs.append((text, None, None, False))  # False: drawn twice, not part of the text
            slanted.append(False)
            return
        if text.strip():
            seen[0] = here
        runs.append((text, (points, faces[id(font)]), y, x))
        slanted.append(_italic(font))

    shapes = BulletShapes()
    text = page.extract_text(visitor_text=visit, visitor_operand_before=shapes.visit) or ""
    if "".join(r[0] for r in runs) != text:
        lines = text.split("\n")
        none = [None] * len(lines)
        return lines, none, list(none), Counter(), list(none), 0, 0, {}, {}
    slanted = [s for s, r in zip(slanted, runs, strict=True) if r[3] is not False]
    runs = [r for r in runs if r[3] is not False]
    lines = "".join(r[0] for r in runs).split("\n")
    counts: list[Counter] = [Counter()]
    ys: list[float | None] = [None]
    xs: list[float | None] = [None]
    for chunk, style, y, x in runs:
        for k, part in enumerate(chunk.split("\n")):
            if k:
                counts.append(Counter())
                ys.append(None)
                xs.append(None)
            n = sum(not c.isspace() for c in part)
            if n and style is not None:
                counts[-1][style] += n
                ys[-1] = y if ys[-1] is None else ys[-1]
                xs[-1] = x if xs[-1] is None else xs[-1]
    styles: list[Style | None] = []
    for c in counts:
        if not c:
            styles.append(None)
            continue
        size = Counter()
        for (points, _), n in c.items():
            size[points] += n
        styles.append((size.most_common(1)[0][0], all(b for _, b in c)))
    total = Counter()
    for c in counts:
        total.update(c)
    drawn = bulleted(lines, styles, ys, xs, shapes.found)
    apart = [
        (r[0], r[1] if r[1] is None else (r[1][0], r[1][1] or s))
        for r, s in zip(runs, slanted, strict=True)
    ]
    bolds = bold_lines([r[:2] for r in runs])
    return lines, styles, ys, total, xs, seen[1], drawn, bolds, bold_lines(apart)


def _kind(text: str, style: Style, body: Style) -> str | None:
    """Why a line in ``style`` reads as a heading beside ``body`` text ("larger", "bold").

    A level's title ("Level 2: Adapts one's work to a situation.") may end as a sentence
    does, and its words are counted after the level's name, as a numbered heading's are
    after its label ("Competency 8: Comunicating assumptions and getting clarification up
    front to minimise rework", GDS's index: 10 words). A heading may open with an
    emoji (UNiDAYS' "🧙 1337"; a PDF's text layer may keep another one in its place).

    >>> _kind("🧙 1337", (14.0, True), (10.0, False)), _kind("• Plans", (14.0, True), (10.0, False))
    ('larger', None)
    >>> _kind("Competency 8: " + "word " * 11 + "end", (14.0, True), (10.0, False))
    'larger'
    """
    points, bold = style
    text = _PICTURES.sub("", text)  # a name opening with an emoji: "🧙 1337"
    if not text or marker(text)[1] or not text[0].isalnum():
        return None
    titled = LEVEL_TITLE.match(text)
    if text.endswith(_STOPS) and not titled:
        return None
    titled = titled or _NUMBERED.match(text)  # "Competency 8: Communicating assumptions ..."
    words = len((titled.group(2) if titled else text).split())
    if points - body[0] >= max(1.0, 0.1 * body[0]) and words <= 12:
        return "larger"
    if (
        bold
        and not body[1]
        and points >= body[0] - 0.5
        and words <= 10
        and not text.endswith(":")
        and (text[0].isupper() or text[0].isdigit())
        and marker(text)[0] is None
    ):
        return "bold"
    return None


def _prose(lines: list[str], styles: list, body: Style) -> Style | None:
    """The style a document's sentences are set in, when larger than its commonest text.

    Tables set smaller than the prose around them (9 pt cells under 10 pt paragraphs, as a
    framework rendered to Word and printed keeps them) make the cells' size the body text's;
    a short line in the paragraphs' own size ("VALUES: OPEN AND FAIR" under a competency's
    description) is then no heading. The sentences' style: the one most characters of lines
    ending in a full stop or of more than 12 words are set in, if not bold and in 3 such lines.

    >>> _prose(["A long sentence here.", "Another one here.", "And a third.", "Short"],
    ...        [(10.0, False)] * 3 + [(9.0, False)], (9.0, False))
    (10.0, False)
    >>> _prose(["One sentence.", "Short"], [(10.0, False), (9.0, False)], (9.0, False)) is None
    True
    """
    chars: Counter = Counter()
    count: Counter = Counter()
    for line, style in zip(lines, styles, strict=False):
        text = clean(line)
        if style is None or not text or not (text.endswith(".") or len(text.split()) > 12):
            continue
        chars[style] += len(text)
        count[style] += 1
    if not chars:
        return None
    style = chars.most_common(1)[0][0]
    if style[1] or style[0] <= body[0] or count[style] < 3:
        return None
    return style


def _under(y: float | None, below: float | None, style: Style, body: Style) -> bool:
    """Whether a line in a larger font stands right under another, as a wrapped line does."""
    if y is None or below is None or style[0] - body[0] < max(1.0, 0.1 * body[0]):
        return False
    return 0 < y - below <= 1.3 * style[0]


def font_headings(
    lines: list[str],
    styles: list[Style | None],
    ys: list[float | None],
    places: list[dict],
    chars: Counter,
) -> tuple[list[str], list[dict], dict[int, str], list[tuple]]:
    """The lines read as headings by their font, as slots by rank, and the report's notes.

    Returns the lines and places (a heading wrapped over two lines joined on its first line,
    the second left blank), ``{line index: slot}`` and the notes. No font differences: the
    lines and places as given, no headings.
    """
    size = Counter()
    for (points, _), n in chars.items():
        size[points] += n
    if not size:
        return lines, places, {}, []
    points = size.most_common(1)[0][0]
    bold = sum(n for (p, b), n in chars.items() if p == points and b) * 2 > size[points]
    body = (points, bold)
    prose = _prose(lines, styles, body)
    lines, places = list(lines), list(places)
    found: dict[int, tuple[Style, str]] = {}
    i = 0
    while i < len(lines):
        style = styles[i] if i < len(styles) else None
        if style is None or style in (body, prose) or not clean(lines[i]):
            i += 1
            continue
        j = i  # a heading wrapped: the same style on the next line, the first ending open
        while (
            j + 1 < min(len(lines), len(styles), len(ys), len(places))
            and styles[j + 1] == style
            and places[j + 1].get("page") == places[i].get("page")
            and clean(lines[j + 1])
            and (
                lines[j][-1:].isspace()
                or OPEN_END.search(clean(lines[j]))
                or clean(lines[j + 1])[0].islower()
                or _under(ys[j], ys[j + 1], style, body)
            )
        ):
            j += 1
        text = clean(" ".join(lines[i : j + 1]))
        why = _kind(text, style, body)
        if why is not None:
            found[i] = (style, why)
            if j > i:
                lines[i] = text
                span = [n for p in places[i : j + 1] for n in p.get("lines", [])]
                places[i] = {**places[i], "lines": span}
                for k in range(i + 1, j + 1):
                    lines[k] = ""
        i = j + 1
    by_style = Counter(style for style, _ in found.values())
    ranked = sorted((s for s, n in by_style.items() if n >= 2), key=lambda s: (-s[0], not s[1]))
    slots = {
        s: f"PDF heading {k} ({s[0]:g} pt{' bold' if s[1] else ''})"
        for k, s in enumerate(ranked, 1)
    }
    heads = {i: slots[s] for i, (s, _) in found.items() if s in slots}
    notes = []
    for s in ranked:
        at = [i for i in heads if found[i][0] == s]
        why = {found[i][1] for i in at}
        reason = (
            f"set in {s[0]:g} pt{' bold' if s[1] else ''}, larger than the body text "
            f"({body[0]:g} pt)"
            if "larger" in why
            else f"short lines standing alone in bold ({s[0]:g} pt; the body text is not bold)"
        )
        shown = ", ".join(repr(clean(lines[i])) for i in at[:5]) + (" ..." if len(at) > 5 else "")
        confidence = 0.8 if "larger" in why and s[1] else 0.75 if "larger" in why else 0.7
        notes.append(
            (
                "guess",
                f"{len(at)} lines read as headings ({slots[s]}) by their font: {reason}: {shown}",
                confidence,
                places[at[0]],
            )
        )
    return lines, places, heads, notes
