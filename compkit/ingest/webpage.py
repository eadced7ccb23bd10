"""What a web page says about itself: its own title, and whether its definition terms are levels.

:mod:`compkit.ingest.markup` reads a page's body into lines; this module reads what frames
them. :func:`page_title` is the title a page gives itself (its ``<title>``, else its first
h1), for a framework whose document names no title of its own; :func:`term_levels` tells
when a page's definition-list terms (``<dt>``) name its levels.
"""

from __future__ import annotations

import re

from .blocks import clean
from .htmltree import SKIP, Node, Tree, text_of
from .labels import level_score
from .markup import inline_markdown

__all__ = ["page_title", "term_levels"]


def term_levels(terms: list[str]) -> tuple[str, float] | None:
    """Why a page's definition terms are its levels (a reason and a confidence), else None.

    A term labels the descriptions right after it, nearer the statements than any heading:
    when the terms all read as levels ("Level 1", "Accountability (Level 2 -
    Basic)", "Expert"), they are the levels, whatever the headings above them read as.

    Examples
    --------
    >>> term_levels(["Accountability (Level 1 - Awareness)", "Accountability (Level 2 - Basic)"])
    ("a definition list's terms, each a level (Accountability (Level 1 - Awareness), ...)", 0.8)
    >>> term_levels(["Communication", "Level 2"]) is None
    True
    """
    names = list(dict.fromkeys(clean(t) for t in terms if clean(t)))
    if not names or not all(level_score(t) >= 0.5 for t in names):
        return None
    return f"a definition list's terms, each a level ({names[0]}, ...)", 0.8


#: Where a page's ``<title>`` joins the page's name to its site's ("Teamwork | Acme").
_TITLE_PARTS = re.compile(r"\s+[|·–—:-]{1,2}\s+")


def page_title(lines: list[str]) -> tuple[str, int] | None:
    """The title a page gives itself, with its line: its ``<title>``, else its first h1.

    A ``<title>`` that is the h1 followed by the site's name ("We Are Emotionally Aware |
    College of Policing") gives the h1; a Markdown "# Name" line is an h1 too. A page of
    several h1s names its sections with them, not itself. None when the page names itself
    nowhere.

    Examples
    --------
    >>> page_title(["<html><head><title>Teamwork | Acme</title></head>", "<h1>Teamwork</h1>"])
    ('Teamwork', 2)
    >>> page_title(["<title>Levels</title>", "<h1>Teamwork</h1>"])
    ('Levels', 1)
    >>> page_title(["# Teamwork", "", "<ul><li>Listens</li></ul>"]), page_title(["<p>x</p>"])
    (('Teamwork', 1), None)
    """
    text = "\n".join(lines)
    found = _named(text[: _head_end(text)])  # no more than the page's head and first h1
    title, h1 = found.get("title"), found.get("h1")
    if sum(len(rx.findall(text)) for rx in _ENDS[1:]) > 1:
        h1 = None  # several: the page's sections ("# Introduction", "# Levels"), not its name
    if title and h1 and _TITLE_PARTS.split(title[0].casefold())[0] == h1[0].casefold():
        return h1
    return title or h1


def _named(text: str) -> dict[str, tuple[str, int]]:
    """The first ``<title>`` and h1 of a page's text, each with its line."""
    tree = Tree(1)
    tree.feed(text)
    tree.close()
    found: dict[str, tuple[str, int]] = {}

    def visit(node: Node) -> None:
        for child in node.children:
            if isinstance(child, tuple):
                if "h1" not in found and (m := re.search(r"^#[ \t]+(\S.*)$", child[0], re.M)):
                    text = clean(inline_markdown(m.group(1)).rstrip("# "))
                    found["h1"] = (text, child[1] + child[0].count("\n", 0, m.start()))
            elif child.tag in ("title", "h1") and child.tag not in found:
                if text := clean(text_of(child)):
                    found[child.tag] = (text, child.line)
            elif child.tag not in SKIP or child.tag == "head":
                visit(child)

    visit(tree.root)
    return found


_ENDS = (
    re.compile(r"</title\s*>", re.I),
    re.compile(r"</h1\s*>", re.I),
    re.compile(r"^#[ \t].*$", re.M),
)


def _head_end(text: str) -> int:
    """Where a page's ``<title>`` and first h1 (HTML or Markdown), those it has, have ended."""
    title, *h1 = (m.end() if (m := rx.search(text)) else 0 for rx in _ENDS)
    return max(title, min((end for end in h1 if end), default=0))
