"""kramdown's markup that is no text: attribute lists and the table-of-contents marker.

Jekyll and the GitLab handbook write Markdown for kramdown, which reads ``{: .no_toc }`` or
``{:toc}`` on a line of its own as attributes of the block beside it, ``{::options ... /}`` as
a setting, and ``## Heading {#anchor}`` as the heading's id. None of it is printed; read as
text it was a statement ("TOC {:toc}" under a "Table of Contents" competency on the CircleCI
matrix's Jekyll page, "{:.no_toc .hidden-md .hidden-lg}" on GitLab's). A list item that
``{:toc}`` marks is replaced by the page's table of contents, so it goes too. A site
generator's template tags alone on a line, and HTML comments, go the same way
(:mod:`compkit.ingest.shortcodes`).
"""

from __future__ import annotations

import re

from .shortcodes import html_comments, template_tags

__all__ = ["kramdown_attributes"]

#: A block attribute list, an attribute list definition or an extension, alone on its line.
_BLOCK = re.compile(r"^ {0,3}\{:(?::?[^{}]*|[^{}]*/)\}\s*$")
#: The same at a line's end, after a heading's or a paragraph's text ("## Levels {: .x }").
_TRAILING = re.compile(r"(?<=\S)[ \t]*\{(?::[^{}]*|#[\w-]+(?:[ \t][^{}]*)?)\}[ \t]*$")
#: The list item kramdown replaces by the table of contents ("* TOC", "- TOC", "1. TOC").
_TOC_ITEM = re.compile(r"^ {0,3}(?:[-*+]|\d{1,9}[.)])[ \t]+\S.*$")
_TOC = re.compile(r"^ {0,3}\{:[ \t]*toc\b")
#: Where fenced code blocks open or close: their lines are code, left as they are.
_FENCE = re.compile(r"^ {0,3}(?:`{3,}|~{3,})")


def kramdown_attributes(lines: list[str]) -> tuple[list[str], list[tuple]]:
    """Lines without kramdown's attribute lists, and the report's word on them.

    Parameters
    ----------
    lines : list of str
        The Markdown file's lines.

    Returns
    -------
    lines : list of str
        The same number of lines: an attribute list alone on its line, and the list item a
        ``{:toc}`` marks, blanked; one at the end of a line taken off.
    notes : list of tuple
        One guess naming how many were set aside and the first line, or none.

    Examples
    --------
    >>> lines = ["* TOC", "{:toc}", "## Levels {: .no_toc }", "{: .note}", "- Ships {#ships}"]
    >>> out, notes = kramdown_attributes(lines)
    >>> out
    ['', '', '## Levels', '', '- Ships']
    >>> notes[0][1]
    "4 kramdown attribute lists ('{:toc}', '{: .no_toc }', ...) set aside: markup, not text"
    """
    out, seen, first, fenced = list(lines), [], None, False
    for i, line in enumerate(lines):
        if _FENCE.match(line):
            fenced = not fenced
        if fenced:
            continue
        if _BLOCK.match(line):
            out[i] = ""
            if _TOC.match(line) and i and _TOC_ITEM.match(lines[i - 1]):
                out[i - 1] = ""  # the one-item list the contents replace
        elif m := _TRAILING.search(line):
            if line.lstrip().startswith(("{", "|")):
                continue
            out[i] = line[: m.start()]
        else:
            continue
        seen.append(line.strip() if out[i] == "" else line[m.start() :].strip())
        first = i + 1 if first is None else first
    out, tags = template_tags(out)  # Hugo's and Liquid's tags alone on a line, too
    out, comments = html_comments(out)
    tags += comments
    if not seen:
        return out, tags
    named = ", ".join(repr(s) for s in list(dict.fromkeys(seen))[:2])
    more = ", ..." if len(set(seen)) > 2 else ""
    n = len(seen)
    message = (
        f"{n} kramdown attribute list{'s' * (n > 1)} ({named}{more}) set aside: markup, not text"
    )
    return out, [("guess", message, 0.9, {"lines": [first]}), *tags]
