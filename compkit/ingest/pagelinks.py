"""A web page's own navigation left in a Word document saved from the page ("Back to top").

A framework published as a web page and saved into Word (by Word, by LibreOffice Writer) keeps
the page's links back up the page as paragraphs of their own. The web page reader drops them
with the page's navigation; in Word they read as a statement of the last level above them.
:func:`is_page_link` tells such a paragraph by its words alone, the whole paragraph being the
link ("Back to top", "Return to contents", "Top of page"; a sentence that goes on, "Back to top
performers", is not one), and :func:`page_links_note` names them in the report as set aside.
"""

from __future__ import annotations

import re

__all__ = ["is_page_link", "page_links_note"]

_PAGE_LINK = re.compile(
    r"^\W*(?:back|return|go|jump)\s+(?:up\s+)?to\s+(?:the\s+)?(?:top|contents)"
    r"(?:\s+of\s+(?:the\s+)?page)?\W*$|^\W*top\s+of\s+(?:the\s+)?page\W*$",
    re.IGNORECASE,
)


def is_page_link(text: str) -> bool:
    """Whether a whole paragraph is a link back up its page.

    >>> [is_page_link(t) for t in ("Back to top", "↑ Return to contents", "Top of page")]
    [True, True, True]
    >>> is_page_link("Back to top performers, the team looks for advice.")
    False
    """
    return bool(_PAGE_LINK.match(text.strip()))


def page_links_note(links: list[str]) -> list[tuple[str, str, float]]:
    """The report's note on the page links set aside, or nothing when there were none.

    >>> page_links_note(["Back to top", "Back to top"])
    [('unused', "2 page links ('Back to top') set aside: a web page's navigation", 0.9)]
    """
    if not links:
        return []
    shown = ", ".join(repr(t) for t in dict.fromkeys(links))
    said = f"{len(links)} page link{'s' if len(links) > 1 else ''} ({shown})"
    return [("unused", f"{said} set aside: a web page's navigation", 0.9)]
