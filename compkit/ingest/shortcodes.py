"""Markup no reader sees, on lines of its own: template tags and HTML comments.

Pages kept for Hugo (the GitLab handbook) or Jekyll call templates in the Markdown:
``{{% job-families/sales/performance %}}`` pulls in a shared section, ``{{< youtube "x" >}}``
embeds a video, ``{{% details summary="Question" %}}`` ... ``{{% /details %}}`` folds the lines
between, ``{% include toc.html %}`` inserts a file. None of it is printed as written; read as
text each was a statement (32 on 22 of 343 GitLab job-family pages). :func:`template_tags`
blanks a line that holds only such tags, outside fenced code, and says so once; the lines
between an opening and a closing tag are the page's own and stay. An HTML comment that
starts a line (``<!-- vale off -->``, or ``<!--`` over lines of notes and ``-->``) is hidden
the same way, by :func:`html_comments` (a comment with text after it on its last line keeps
that text), and so is a comment opened and closed inside a line ("## Security Monitoring
<!-- tooltip: ... -->" names "Security Monitoring"; one in a code span stays; a list item left
with its marker alone goes with it); a whole web page (``<!DOCTYPE html>``) is left to the HTML
reader, which hides them itself.
"""

from __future__ import annotations

import re

__all__ = ["html_comments", "template_tags"]

#: A line of tags only: Hugo's {{< name ... >}} / {{% name ... %}}, Liquid's {% name ... %}
_TAGS = re.compile(
    r"^[ \t]*(?:(?:\{\{[<%]-?[ \t]*/?[\w./-]+(?:[ \t][^{}]*?)?-?[>%]\}\}|"
    r"\{%-?[ \t]*[\w./-]+(?:[ \t][^{}%]*?)?-?%\})[ \t]*)+$"
)
_FENCE = re.compile(r"^ {0,3}(?:`{3,}|~{3,})")


def template_tags(lines: list[str]) -> tuple[list[str], list[tuple]]:
    """Lines with the lines of template tags blanked, and the report's word on them.

    Examples
    --------
    >>> lines = ["{{% details summary='Listen' %}}", "- Listens.", "{{% /details %}}",
    ...          "{% include toc.html %}", "Costs {{ price }} a month."]
    >>> out, notes = template_tags(lines)
    >>> out
    ['', '- Listens.', '', '', 'Costs {{ price }} a month.']
    >>> notes[0][1].split(" (")[0], notes[0][3]
    ('3 template tags of the site generator', {'lines': [1]})
    """
    out, seen, first, fenced = list(lines), [], None, False
    for i, line in enumerate(lines):
        if _FENCE.match(line):
            fenced = not fenced
        if fenced or not _TAGS.match(line):
            continue
        out[i] = ""
        seen.append(line.strip())
        first = i + 1 if first is None else first
    if not seen:
        return out, []
    named = ", ".join(repr(s) for s in list(dict.fromkeys(seen))[:2])
    more = ", ..." if len(set(seen)) > 2 else ""
    message = (
        f"{len(seen)} template tag{'s' * (len(seen) > 1)} of the site generator ({named}{more}) "
        "set aside: markup, not text"
    )
    return out, [("guess", message, 0.9, {"lines": [first]})]


_OPEN = re.compile(r"^ {0,3}<!--")
_INLINE = re.compile(r"[ \t]*<!--.*?-->")
_EMPTY_ITEM = re.compile(r"^[ \t]*(?:[-*+]|\d{1,3}[.)])[ \t]*$")  # a list marker and nothing
_PAGE = re.compile(r"^\s*<(?:!doctype|html)\b", re.I)


def html_comments(lines: list[str]) -> tuple[list[str], list[tuple]]:
    """Lines with the HTML comments that start a line blanked, and the report's word on them.

    Examples
    --------
    >>> out, notes = html_comments(["<!-- vale off -->", "- Ships.", "<!--", "Notes", "-->"])
    >>> out
    ['', '- Ships.', '', '', '']
    >>> notes[0][1]
    '2 HTML comments set aside: not shown on the page'
    >>> html_comments(["## Monitoring <!-- tooltip: Watching -->", "- `<!-- x -->` kept."])[0]
    ['## Monitoring', '- `<!-- x -->` kept.']

    A list item holding only a comment (a template's "*  <!-- TODO: fill in contact info -->")
    prints as an empty bullet: it is blanked, not left as a marker to join the line above.

    >>> html_comments(["* Reach out to:", "    *  <!-- TODO: fill in contact info -->"])[0]
    ['* Reach out to:', '']
    """
    out, n, first, fenced, i = list(lines), 0, None, False, 0
    if any(_PAGE.match(line) for line in lines[:20]):  # a web page: its parser hides them
        return out, []
    while i < len(lines):
        if _FENCE.match(lines[i]):
            fenced = not fenced
        if fenced or not _OPEN.match(lines[i]):
            if not fenced and (kept := _inline(lines[i])) != lines[i]:
                out[i] = "" if _EMPTY_ITEM.match(kept) else kept  # an item holding a note only
                n, first = n + lines[i].count("<!--") - kept.count("<!--"), first or i + 1
            i += 1
            continue
        end = next((k for k in range(i, len(lines)) if "-->" in lines[k]), None)
        if end is None:  # never closed: left as written
            break
        for k in range(i, end + 1):
            out[k] = ""
        out[end] = lines[end].split("-->", 1)[1] if lines[end].split("-->", 1)[1].strip() else ""
        n, first, i = n + 1, first or i + 1, end + 1
    if not n:
        return out, []
    said = f"{n} HTML comment{'s' * (n > 1)} set aside: not shown on the page"
    return out, [("guess", said, 0.9, {"lines": [first]})]


def _inline(line: str) -> str:
    """The line without the comments opened and closed in it, outside code spans."""

    def drop(m: re.Match) -> str:
        return m.group() if line.count("`", 0, m.start()) % 2 else ""

    return _INLINE.sub(drop, line) if "<!--" in line else line
