"""Figures whose texts draw whatever an installed font can draw, and drop only what none can.

The charts' font (DejaVu Sans) has no Japanese or Chinese, and no emoji. A name holding letters
it lacks is drawn in another installed font that has them (Noto Sans CJK, IPAGothic, Source Han
Sans ...), matplotlib falling back glyph by glyph; what no font can draw (an emoji, or Japanese on
a machine with no Japanese font) is dropped rather than drawn as a box with the warning
``Glyph … missing from font``, and letters dropped are said once, by the log of
``compkit.charts``, naming their script and what to install.
"""

from __future__ import annotations

import functools
import logging
import unicodedata

__all__ = ["drawable", "families", "glyph_safe_figure_class"]

#: The family the charts are drawn in (``_plotting.RC["font.family"]``).
BASE_FAMILY = "DejaVu Sans"
# Fonts never taken as a fallback: matplotlib's "Last Resort" draws a placeholder box for every
# code point (it has them all), which is what the fallback is for avoiding.
_NO_FALLBACK = ("Last Resort",)
_LOG = logging.getLogger("compkit.charts")


def glyph_safe_figure_class():
    """A matplotlib ``Figure`` whose ``draw`` first makes its texts drawable (built once)."""
    if not _FIGURE:
        from matplotlib import figure as mpl_figure
        from matplotlib.text import Text

        class Figure(mpl_figure.Figure):  # named as matplotlib's: its repr reads the same
            def draw(self, renderer):
                _fall_back(self)
                for text in self.findobj(Text):
                    value = text.get_text()
                    if value and not value.isascii():
                        shown = drawable(value)
                        if shown != value:
                            text.set_text(shown)
                for ax in self.axes:  # tick labels are made again by their formatter
                    for axis in (ax.xaxis, ax.yaxis):
                        for fmt in (axis.get_major_formatter(), axis.get_minor_formatter()):
                            if "format_ticks" not in vars(fmt):
                                fmt.format_ticks = _DrawableTicks(fmt)
                super().draw(renderer)

        Figure.__module__, Figure.__qualname__ = "compkit._plotting", "_GlyphSafeFigure"
        _FIGURE.append(Figure)
    return _FIGURE[0]


_FIGURE: list = []


class _DrawableTicks:
    """A formatter's ``format_ticks`` whose labels are made drawable (picklable, as figures are)."""

    def __init__(self, formatter):
        self.formatter = formatter

    def __call__(self, values):
        labels = type(self.formatter).format_ticks(self.formatter, values)
        return [drawable(label) for label in labels]


def _fall_back(fig) -> None:
    """Give every text of ``fig`` the fallback fonts its texts' letters need (if installed)."""
    from matplotlib.text import Text

    for ax in fig.axes:  # the tick labels as they stand, so their letters are seen
        for axis in (ax.xaxis, ax.yaxis):
            axis.get_ticklabels(which="both")
    texts = [t for t in fig.findobj(Text) if t.get_text() and not t.get_text().isascii()]
    fallbacks = families("".join(drawable(t.get_text()) for t in texts))[1:]
    if not fallbacks:
        return
    for ax in fig.axes:  # tick labels made later copy their axis' settings
        ax.tick_params(axis="both", which="both", labelfontfamily=[BASE_FAMILY, *fallbacks])
    for text in fig.findobj(Text):
        own = list(text.get_fontfamily())
        text.set_fontfamily(own + [f for f in fallbacks if f not in own])


def drawable(text: str) -> str:
    """``text`` without the characters no installed font can draw (spaces tidied).

    Letters the charts' font lacks are kept when another installed font has them (the figure
    draws them in it); letters dropped are said once in the log of ``compkit.charts``.

    >>> drawable("👨\u200d👨\u200d👧 Team Orientation")
    'Team Orientation'
    >>> drawable("Café → naïve")
    'Café → naïve'
    """
    if text.isascii():
        return text
    glyphs = base_glyphs()
    wanted = [c for c in text if _wants_font(c)]
    # a script is drawn whole or not at all: a Japanese name of which some font has one kana
    # ("の") would read as nonsense
    lost = frozenset(_script(c) for c in wanted if not _family_for(c))
    kept = "".join(
        c
        for c in text
        if c in "\n\t "
        or (ord(c) in glyphs and unicodedata.category(c) != "Cf" and not 0xFE00 <= ord(c) <= 0xFE0F)
        or (c in wanted and _script(c) not in lost)
    )
    if kept == text:
        return text
    if lost:
        _say_lost(lost)
    return "\n".join(" ".join(line.split()) for line in kept.split("\n")).strip()


def families(text: str) -> list[str]:
    """The font families that draw ``text``: the charts' font, then the fallbacks it needs.

    >>> families("Café")
    ['DejaVu Sans']
    """
    wanted = sorted({c for c in text if _wants_font(c)})
    return list(dict.fromkeys([BASE_FAMILY, *filter(None, map(_family_for, wanted))]))


@functools.lru_cache(maxsize=1)
def base_glyphs() -> frozenset[int]:
    """The code points the charts' font (:data:`BASE_FAMILY`) can draw."""
    from matplotlib import font_manager
    from matplotlib.ft2font import FT2Font

    path = font_manager.findfont(font_manager.FontProperties(family=BASE_FAMILY))
    return frozenset(FT2Font(path).get_charmap())


def _wants_font(c: str) -> bool:
    """Whether ``c`` is a letter, mark, digit or punctuation the charts' font cannot draw.

    Emoji and other symbols are dropped, not looked for: a colour emoji font does not draw in
    matplotlib.
    """
    return ord(c) not in base_glyphs() and unicodedata.category(c)[0] in "LMNP"


@functools.lru_cache(maxsize=4096)
def _family_for(c: str) -> str:
    """The family of the first installed font that draws ``c`` ("" if none does)."""
    return next((family for family, charmap in _fallbacks() if ord(c) in charmap), "")


@functools.lru_cache(maxsize=1)
def _fallbacks() -> tuple[tuple[str, frozenset[int]], ...]:
    """Each installed font's family and code points, regular faces first (read once)."""
    from matplotlib import font_manager
    from matplotlib.ft2font import FT2Font

    fonts = sorted(
        (f for f in font_manager.fontManager.ttflist if not f.name.startswith(_NO_FALLBACK)),
        key=lambda f: (f.style != "normal", f.weight not in (400, "normal", "regular"), f.name),
    )
    found = {}
    for font in fonts:
        if font.name in found or font.name == BASE_FAMILY:
            continue
        try:
            found[font.name] = frozenset(FT2Font(font.fname).get_charmap())
        except (OSError, RuntimeError, ValueError):  # a font file matplotlib cannot open
            continue
    return tuple(found.items())


#: What the log calls a script by the word its characters' Unicode names open with.
_SCRIPT_NAMES = {
    "CJK": "Chinese or Japanese",
    "HIRAGANA": "Chinese or Japanese",
    "KATAKANA": "Chinese or Japanese",
    "KATAKANA-HIRAGANA": "Chinese or Japanese",
    "HALFWIDTH": "Chinese or Japanese",
    "FULLWIDTH": "Chinese or Japanese",
    "IDEOGRAPHIC": "Chinese or Japanese",
    "HANGUL": "Korean",
}
_SAID: set[str] = set()


def _script(c: str) -> str:
    """The script of a character, by the word its Unicode name opens with ("Japanese", "Thai")."""
    word = unicodedata.name(c, "UNKNOWN").split()[0]
    return _SCRIPT_NAMES.get(word, word.title())


def _say_lost(scripts: frozenset[str]) -> None:
    """Say, once per script in a session, that no installed font draws its letters."""
    new = sorted(scripts - _SAID)
    if not new:
        return
    _SAID.update(new)
    cjk = any(s in _SCRIPT_NAMES.values() for s in new)
    hint = " (e.g. Noto Sans CJK: fonts-noto-cjk)" if cjk else ""
    _LOG.warning(
        "no font on this machine draws %s letters: charts show names without them; install a "
        "font that has them%s and compkit draws them in it",
        " or ".join(new),
        hint,
    )
