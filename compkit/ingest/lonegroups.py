"""A lone heading between a document's title and its competencies: a group of one.

A framework that groups its competencies may print only one group, or a first draft may
have one so far: "# Team framework", then "## People" over "### Communication" and
"### Coaching". Each of the two outer headings is one label over everything, which reads as
a title; but a document has one title, and the heading right over the competencies is their
group unless its words say it titles the document ("Engineering Competency Framework",
"Career Ladder 2024"). :func:`lone_group` says which; :mod:`.labels` asks it only for the
heading :func:`innermost_lone` picks (the innermost of two or more such headings, or the only
one where a title line stands before it), with no other group below.
"""

from __future__ import annotations

import re

from .blocks import clean
from .levelnames import level_score

__all__ = ["innermost_lone", "lone_group"]

#: Words that title a document, not a group of competencies
_TITLE_WORDS = re.compile(
    r"\b(?:framework|ladders?|matrix|matrices|career|careers|path(?:way)?s?|progression|"
    r"guide|guidance|handbook|rubrics?|dictionary|model|profiles?|expectations|levels|"
    r"toolkit|standards?|document|policy|version|edition|draft|overview|introduction|"
    r"contents|appendix|about|summary|roles?|job|jobs|grades?|bands?|legend|key|glossary|"
    r"index|notes|definitions|a\s*(?:to|-|–)\s*z)\b",
    re.IGNORECASE,
)
#: A year, a version or a date: a title's mark ("2024", "v2")
_DATED = re.compile(r"\b(?:(?:19|20)\d\d|v\d+(?:\.\d+)*)\b", re.IGNORECASE)


def lone_group(text: str) -> bool:
    """Whether a lone heading under the title reads as a group's name, not another title.

    Short (four words at most), no words that title a document, no year or version, no
    level word, and not a sentence.

    Examples
    --------
    >>> lone_group("People"), lone_group("Delivery and outcomes"), lone_group("Core Values")
    (True, True, True)
    >>> lone_group("Engineering Career Ladder"), lone_group("Competency Framework 2024")
    (False, False)
    >>> lone_group("Senior Engineer"), lone_group("How to use this document.")
    (False, False)
    >>> lone_group("Legend"), lone_group("Skills A to Z")
    (False, False)
    """
    t = clean(text).strip()
    words = t.split()
    return (
        0 < len(words) <= 4
        and not _TITLE_WORDS.search(t)
        and not _DATED.search(t)
        and not t.endswith((".", ":", "?", "!"))
        and level_score(t) < 0.5
    )


def innermost_lone(slots: list[str], depth: dict, regions: list) -> str | None:
    """Of the slots holding one label over everything, the one that may be a group.

    The innermost of two or more (the outermost is the title), or the only one when text
    stands before its label (a PDF's or a text's title line, which its reader takes as the
    document's title: "Team framework" over "People").

    Parameters
    ----------
    slots : list of str
        The slots of one label over every statement.
    depth : dict
        Each slot's label depths (0 outermost) over the regions.
    regions : list of Region
        The document's regions, whose labels give where each stands.
    """
    if not slots:
        return None
    inmost = max(slots, key=lambda s: sum(depth[s]) / len(depth[s]))
    if len(slots) > 1:
        return inmost
    label = next(lb for r in regions for lb in r.labels if lb.slot == inmost)
    # a Markdown page's one "#" heading is its title wherever it stands (after front matter)
    return inmost if inmost != "#" and _after_first(label.where) else None


def _after_first(where: dict) -> bool:
    """Whether a label stands after its document's first line, page or paragraph.

    Text lines, PDF pages and Word paragraphs count from 1 (Word's from 0 until the
    thirtieth round, when its statements' paragraphs came to be counted as a reader counts:
    a Word document's one heading over its table was read as a group under no title).
    """
    lines = where.get("lines") or [where.get("line", 1)]
    return (
        where.get("page", 1) > 1
        or where.get("paragraph", 1) > 1
        or (isinstance(lines, list) and bool(lines) and min(lines) > 1)
    )
