"""Markdown's inline markup resolved: emphasis, links, code spans, escapes, raised text.

:func:`inline_markdown` turns a Markdown line into the words a reader sees (links keep their
words, a heading's permalink "[#](#name)" none, emphasis markers go, a code span and an escaped
character stay as written, ``<sup>`` and ``<sub>`` as :func:`compkit.ingest.htmltree.raised`
shows them); :func:`spans_over_breaks` closes a bold span, or a link's text, a hard line
break cut in two; :func:`reference_links` reads links to a definition elsewhere on the page
("[two-factor authentication]" over "[two-factor authentication]: https://...") as their words.
:mod:`compkit.ingest.markup` reads the HTML around such lines and re-exports both.
"""

from __future__ import annotations

import re

from .htmltree import raised

__all__ = ["inline_markdown", "reference_links", "spans_over_breaks"]

_ESCAPED = re.compile(r"\\([!-/:-@\[-`{-~])")  # a backslash escape: \_ is _
_CODE = re.compile(r"`([^`]+)`")
_RAISED = re.compile(r"<(sup|sub)>([^<>]*)</\1>", re.I)  # raw HTML inside a Markdown line
_HIDDEN = {c: 0xF0000 + c for c in range(0x21, 0x7F)}  # printable ASCII, out of the regexes' way
#: an autolink, shown as its target: ``<https://example.org>``, ``<team@example.org>``
_AUTOLINK = re.compile(r"<([A-Za-z][\w+.-]{1,31}:[^\s<>]*|[\w.+-]+@[\w-]+(?:\.[\w-]+)+)>")
#: a link or image; its target may hold balanced brackets, "(#visual-(ui))", as CommonMark's
_TARGET = r"(?:[^()]|\([^()]*\))*"
_LINK = re.compile(rf"!\[[^\]]*\]\({_TARGET}\)|\[([^\]]*)\]\(({_TARGET})\)")
# Emphasis as CommonMark reads it: ``**x**``, ``*x*``, ``__x__`` and ``_x_``; an underscore
# inside a word (snake_case, __init__.py's dots aside) opens or closes nothing.
_STRONG = re.compile(
    r"\*\*(?=\S)(.+?)(?<=\S)\*\*|(?<![\w_])__(?=[^\s_])(.+?)(?<=[^\s_])__(?![\w_])|`([^`]+)`|"
    r"(?<![\w*])\*(?=[^\s*])(.+?)(?<=[^\s*])\*(?![\w*])|"
    r"(?<![\w_])_(?=[^\s_])(.+?)(?<=[^\s_])_(?![\w_])"
)


def inline_markdown(line: str, *, targets: bool = False) -> str:
    r"""A Markdown line with its inline markup resolved: links keep their words, no ``**``.

    Emphasis markers (``*``, ``_``, doubled or not) are dropped and their words kept; an
    underscore inside a word is no emphasis and stays. With ``targets`` a link keeps its
    target after its words, in brackets, as the source wrote it ("Rumelt
    (https://example.org)"): a note's source is part of the note; a link within the page, or
    one whose words are its target, keeps its words alone.

    Examples
    --------
    >>> inline_markdown("- Read **the** [guide](https://example.org) `now`, *please*")
    '- Read the guide now, please'
    >>> inline_markdown("_Plans ahead._ Keeps snake_case names, __always__")
    'Plans ahead. Keeps snake_case names, always'
    >>> inline_markdown(r"the todo\_lists table, 2 \* 3")
    'the todo_lists table, 2 * 3'
    >>> inline_markdown("***I deliver code*** and ***ship it***, 2 * 3, `__init__`, `*a*`")
    'I deliver code and ship it, 2 * 3, __init__, *a*'
    >>> inline_markdown("O(2<sup>n</sup>) and H<SUB>2</SUB>O")
    'O(2ⁿ) and H₂O'
    >>> inline_markdown("See <https://ex.org/a_b_> or <team@ex.org>, not <b>")
    'See https://ex.org/a_b_ or team@ex.org, not <b>'

    A link within the page shown as a mark alone is a permalink, no text:

    >>> inline_markdown("## Engineer I [#](#engineer-i)"), inline_markdown("[See x](#x)")
    ('## Engineer I', 'See x')
    >>> inline_markdown("[Visual (UI)](#visual-(ui)), [Foo](https://w.org/Foo_(bar))")
    'Visual (UI), Foo'

    A note keeps where its links lead:

    >>> inline_markdown("*Sources:* [Rumelt](https://ex.org/r 'Book'), [x](#x)", targets=True)
    'Sources: Rumelt (https://ex.org/r), x'
    """
    line = _ESCAPED.sub(lambda m: chr(0xF0000 + ord(m.group(1))), line)  # kept as they are
    line = _CODE.sub(lambda m: m.group(1).translate(_HIDDEN), line)  # a code span: as it is
    line = _AUTOLINK.sub(lambda m: m.group(1).translate(_HIDDEN), line)  # <https://...>: as shown
    words = _linked_words if targets else _link_words
    line = re.sub(r"[ \t]*\x00", "", _LINK.sub(words, line))
    line = _RAISED.sub(lambda m: raised(m.group(2), m.group(1).lower()), line)  # 2<sup>n</sup>
    for _ in range(2):  # ***both***: emphasis inside strong, resolved from the outside in
        line = _STRONG.sub(lambda m: next(g for g in m.groups() if g is not None), line)
    return re.sub("[\U000f0021-\U000f007e]", lambda m: chr(ord(m.group(0)) - 0xF0000), line)


def _link_words(m: re.Match) -> str:
    words, target = m.group(1) or "", (m.group(2) or "").strip()
    if target.startswith("#") and not re.search(r"\w", words):
        return "\x00"  # a permalink: no text, nor the space before it
    return words


def _linked_words(m: re.Match) -> str:
    """A link's words and its target in brackets (a title after the target left out)."""
    words = _link_words(m)
    parts = (m.group(2) or "").split()
    target = parts[0].strip("<>") if parts else ""
    if m.group(1) is None or words == "\x00" or not target or target.startswith("#"):
        return words
    return words if target in words else f"{words} ({target.translate(_HIDDEN)})"  # as written


#: a link's text opened and not closed on its line ("Follow the [Kubewarden"), and its close
#: on the next line ("    CoC](https://...)"): the words between the brackets, then the rest
_SPLIT_OPEN = re.compile(r"(?<![!\\])\[(?=[^\[\]]*$)")
_SPLIT_CLOSE = re.compile(r"^(\s*[^\[\]]*)\]\([^)\s]*\)(.*)$")


def spans_over_breaks(lines: list[str]) -> list[str]:
    """Close on each line a bold span a hard line break cuts in two; so too a link's text.

    ("**enhancing knowledge" / "or skill**."): the per-line markup pass then resolves both. A
    link whose words a line break cuts in two ("[Kubewarden" / "CoC](https://...)") keeps its
    words on each line, as the page shows them, its brackets and target gone.

    Examples
    --------
    >>> spans_over_breaks(["- Focus on **new", "  skills**.", "- Plain ** text"])
    ['- Focus on **new**', '  **skills**.', '- Plain ** text']
    >>> spans_over_breaks(["- Follow the [Kubewarden", "    CoC](https://example.org/coc)"])
    ['- Follow the Kubewarden', '    CoC']
    """
    out = list(lines)
    for k in range(len(out) - 1):
        here, after = out[k], out[k + 1]
        if after.strip() and (split := _SPLIT_OPEN.search(here)) and _SPLIT_CLOSE.match(after):
            out[k] = here[: split.start()] + here[split.start() + 1 :]  # "[Kubewarden" / "CoC](x)"
            out[k + 1] = _SPLIT_CLOSE.sub(r"\1\2", after, count=1)
            here, after = out[k], out[k + 1]
        if not after.strip() or _MARK.sub("", here).count("**") % 2 == 0:
            continue
        if _MARK.sub("", after).count("**") % 2 and re.search(r"\S\*\*", after):
            head = re.match(r"\s*", after).group(0)
            out[k], out[k + 1] = f"{here}**", f"{head}**{after[len(head) :]}"
    return out


_MARK = re.compile(r"\*\*(?=\S)(.+?)(?<=\S)\*\*")


#: a link reference definition ("[dan-north]: https://..."), shown nowhere on the page
_DEFINITION = re.compile(
    r"^ {0,3}\[([^\[\]]+)\]:[ \t]*<?\S+>?(?:[ \t]+(?:\"[^\"]*\"|'[^']*'|\([^)]*\)))?[ \t]*$"
)
_FULL = re.compile(r"(?<![!\\])\[([^\[\]]+)\]\[([^\[\]]*)\]")  # [words][label], [words][]
_SHORTCUT = re.compile(r"(?<![!\\\]])\[([^\[\]]+)\](?![\[(:])")  # [label] alone


def _label(text: str) -> str:
    return " ".join(text.split()).casefold()


def reference_links(lines: list[str]) -> tuple[list[str], list[tuple[str, str, float]]]:
    """Links to a definition elsewhere on the page read as their words; the definitions go.

    CommonMark's reference links (``[words][label]``, ``[label][]``, ``[label]``) show their
    words where a line ``[label]: target`` defines the label; the definitions show nothing.
    Brackets naming no definition stay as written. Returns the lines and the report's note.

    Examples
    --------
    >>> lines = ["- Enabled [two-factor authentication] on GitHub", "- Read [the guide][g]",
    ...          "- Keep [this] as it is", "", "[g]: https://example.org/guide",
    ...          "[Two-factor  authentication]: https://example.org/2fa"]
    >>> out, notes = reference_links(lines)
    >>> out[:3], out[4:]
    (['- Enabled two-factor authentication on GitHub', '- Read the guide', \
'- Keep [this] as it is'], ['', ''])
    >>> notes[0][1]
    '2 link reference definitions set aside: not shown on the page'
    """
    defined = {
        _label(m.group(1)): i for i, line in enumerate(lines) if (m := _DEFINITION.match(line))
    }
    if not defined:
        return lines, []

    def full(m: re.Match) -> str:
        return m.group(1) if _label(m.group(2) or m.group(1)) in defined else m.group(0)

    def shortcut(m: re.Match) -> str:
        return m.group(1) if _label(m.group(1)) in defined else m.group(0)

    gone = set(defined.values())
    out = [
        "" if i in gone else _SHORTCUT.sub(shortcut, _FULL.sub(full, line))
        for i, line in enumerate(lines)
    ]
    n = len(gone)
    said = f"{n} link reference definition{'s' * (n != 1)} set aside: not shown on the page"
    return out, [("unused", said, 0.9)]
