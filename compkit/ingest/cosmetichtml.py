"""HTML in a Markdown page that only dresses it: a centred logo, a rule, a heading in tags.

Any HTML block sent a Markdown page down the web-page reading (:mod:`compkit.ingest.markup`),
which reads tables and lists written in HTML but not Markdown's nested lists, lead-in items or
numbered levels. A GitHub README's ``<p align="center"><img src="logo.png"></p>`` was enough:
Sourcegraph's product ladder read its four competencies as one, GitLab's security engineers 57
statements of 236, the CircleCI matrix (which opens ``<h2> Table of Contents </h2>``) lost its
levels. When the page's HTML holds no text but headings -- tags alone on their lines, images,
rules, ``<hN>`` headings -- the tags are set aside (a heading becomes a Markdown heading) and
the page is read as Markdown. HTML with text of its own (a table, a list, a paragraph) is the
page's content and is read as a web page, as before.
"""

from __future__ import annotations

import html
import re

from .markup import HTML

__all__ = ["cosmetic_html"]

#: One HTML tag (not an autolink such as ``<https://example.org>``).
_TAG = re.compile(r"</?[A-Za-z][\w-]*(?:\s[^<>]*)?/?>")
_COMMENT = re.compile(r"<!--.*?-->")
_HEADING = re.compile(r"^\s*<h([1-6])\b[^>]*>(.*?)</h\1\s*>\s*$", re.IGNORECASE)
_FENCE = re.compile(r"^ {0,3}(?:`{3,}|~{3,})")
#: Tags that dress a page; any other (a table, a list, details) holds its content.
_DRESS = {"p", "div", "center", "img", "picture", "source", "br", "wbr", "hr", "a", "span"}
_DRESS |= {"figure", "iframe", "video", "audio", "svg", "path", "embed", "object"}  # embeds
_DRESS |= {"b", "i", "u", "s", "em", "strong", "small", "sup", "sub", "kbd", "code", "abbr"}
_DRESS |= {f"h{n}" for n in range(1, 7)}
_RULE = re.compile(r"<hr\b[^>]*>", re.IGNORECASE)
_NAME = re.compile(r"</?([A-Za-z][\w-]*)")


def cosmetic_html(text: str, read: tuple[list[str], list[tuple]]) -> tuple:
    r"""The page's text and lines with dressing HTML set aside, and the report's notes.

    Parameters
    ----------
    text : str
        The file's text, as decoded.
    read : tuple
        The lines read so far and the notes on them (from
        :func:`~compkit.ingest.kramdown.kramdown_attributes`).

    Returns
    -------
    tuple
        ``(text, lines, notes)``: when every HTML line is dressing, the text is the lines
        joined (no HTML left, so it reads as Markdown), tag-only lines are blank and ``<h2>``
        headings are ``##`` headings, and a note says so; otherwise all as given.

    Examples
    --------
    >>> lines = ['<p align="center"><img src="logo.png"></p>', "<h2> Levels </h2>", "- Ships"]
    >>> text, out, notes = cosmetic_html("\n".join(lines), (lines, []))
    >>> out
    ['', '## Levels', '- Ships']
    >>> cosmetic_html("<table><tr><td>Ships</td></tr></table>", (["<table>"], []))[1]
    ['<table>']
    """
    lines, notes = read
    if not HTML.search(text):
        return text, lines, notes
    out, fenced, dressed = list(lines), False, []
    for i, line in enumerate(lines):
        if _FENCE.match(line):
            fenced = not fenced
        if fenced or "<" not in line:
            continue
        bare = _COMMENT.sub("", line)
        if any(n.lower() not in _DRESS for n in _NAME.findall(" ".join(_TAG.findall(bare)))):
            return text, lines, notes  # a table, a list: the page's content, in HTML
        if m := _HEADING.match(bare):
            words = html.unescape(_TAG.sub("", m.group(2))).strip()
            out[i] = f"{'#' * int(m.group(1))} {words}" if words else ""
        elif _TAG.search(bare) and not _TAG.sub("", bare).strip():
            out[i] = "***" if _RULE.fullmatch(bare.strip()) else ""  # a rule stays a rule
        elif HTML.search(bare):
            return text, lines, notes  # HTML with text of its own: the page's content
        else:
            continue
        dressed.append(i + 1)
    if not dressed:
        return text, lines, notes
    note = (
        "guess",
        f"{len(dressed)} line{'s' * (len(dressed) > 1)} of HTML that only dress the page "
        "(tags, images, headings) set aside: read as Markdown",
        0.8,
        {"lines": dressed[:1]},
    )
    return "\n".join(out), out, [*notes, note]
