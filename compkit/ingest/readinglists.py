"""Reading lists beside the statements: titles and links to read, not statements.

A ladder may close each level with books and links ("Additional reading": "The Testing
Pyramid", "Linting"; GDS's "External resources"). A heading naming a reading list is not
enough to drop what stands under it: a page's own sections of statements may follow it at a
deeper rank (Novoda's "Recommended reading" table, then "Consulting", "Delivery", ... each a
list of "Is able to ..." sentences). :func:`reading_list` drops what stands directly under
such a heading, and a section under a heading of its own below it when its items read as
titles or links (:func:`title_like`); it says which sections it keeps because their items
are sentences, and :func:`read_under` names their competency by their own heading.
"""

from __future__ import annotations

import re

from .blocks import Label, Para, Region, clean, unbulleted
from .draft import Draft

__all__ = ["read_under", "reading_list", "title_like"]

#: Sections beside the statements that hold none: reading or links ("Additional reading",
#: "External resources"; a bare "Reading" may be a competency, CEFR's, so a qualifier is
#: needed).
_ASIDE = {
    "are reading, not statements": re.compile(
        r"^(?:additional|further|recommended|suggested|required|external|useful|learning|other)"
        r"\s+(?:reading|readings|resources|links|materials)(?:\s*\[optional\])?:?$|"
        r"^reading lists?:?$",
        re.IGNORECASE,
    ),
}

_LINK = re.compile(r"https?://|\bwww\.|\]\(|\.(?:com|org|io|net)\b", re.IGNORECASE)
#: A title's author after it: "... - Michael Feathers", "... by Kent Beck".
_AUTHOR = re.compile(r"(?:\s[-–—]\s+|\bby\s+)(?:[A-Z][\w'’.]*\s*){1,4}$")
#: A title's opening: a question ("How we run incident reviews") or a quotation mark.
_OPENS = re.compile(r"^(?:(?:how|what|why|when|where|who)\b|[\"“‘'])", re.IGNORECASE)
#: A section's own heading naming a kind of reading: "Books", "Articles", "Videos".
_MEDIA = re.compile(
    r"^(?:books?|articles?|blogs?|blog posts?|videos?|podcasts?|courses?|papers?|talks?|"
    r"links?|websites?|sites?|tools?|resources?)\s*:?$",
    re.IGNORECASE,
)
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
#: Words a title leaves in lower case ("Guided by Tests", "The School of Life").
_SMALL = frozenset(
    "a an and as at but by for from in into nor of on or the to via vs with".split()  # noqa: SIM905
)


def title_like(text: str) -> bool:
    """Whether a list item reads as a title or a link, not a statement of what someone does.

    A link, four words or fewer ("Property-based testing"), a title followed by its author,
    a question or a quotation ("How we run incident reviews"), or words mostly capitalised
    ("Growing Object-Oriented Software, Guided by Tests") read as a title; a sentence in
    lower case after its first word does not.

    Examples
    --------
    >>> title_like("Working Effectively with Legacy Code - Michael Feathers")
    True
    >>> title_like("[Matrix self-evaluation](https://docs.google.com/spreadsheets/d/1)")
    True
    >>> title_like("Property-based testing")
    True
    >>> title_like("Is able to resolve conflict and build consensus within a team")
    False
    """
    text = unbulleted(clean(text))
    if _LINK.search(text) or _AUTHOR.search(text) or _OPENS.match(text):
        return True
    words = _WORD.findall(text)
    if len(words) <= 4:
        return True
    rest = [w for w in words[1:] if w.casefold() not in _SMALL]
    return 2 * sum(w[0].isupper() for w in rest) >= len(rest)


def _own_section(region: Region, label: Label) -> bool:
    """Whether a region stands under a heading of its own below ``label``, naming no reading."""
    inner = clean(region.labels[-1].text)
    return inner != clean(label.text) and not _MEDIA.match(inner)


def _sentences(paras: list[Para]) -> bool:
    """Whether most of a section's items read as sentences, not titles (none: False)."""
    items = [p for p in paras if clean(p.text)]
    return 2 * sum(not title_like(p.text) for p in items) > len(items)


def _heading(region: Region) -> tuple[Label, str] | None:
    """The reading list's heading a region stands under, and what its sections are."""
    return next(
        (
            (lb, said)
            for lb in region.labels
            for said, rx in _ASIDE.items()
            if rx.match(clean(lb.text))
        ),
        None,
    )


def read_under(region: Region, comp: Label | None) -> tuple[Label | None, bool]:
    """The competency of a section kept under a reading list's heading, and whether it is one.

    The heading names the reading, not a competency: the section's own heading under it
    names the competency ("Recommended reading" over "Consulting"). Such a section's items
    are statements even where no level heads them (read at "All levels" by the outline).

    Examples
    --------
    >>> aside, own = Label("Recommended reading", "h1"), Label("Consulting", "h3")
    >>> comp, kept = read_under(Region((aside, own), []), aside)
    >>> comp.text, kept
    ('Consulting', True)
    >>> read_under(Region((own,), []), own)[1]
    False
    """
    found = _heading(region)
    if found is None or not region.labels:
        return comp, False
    if comp is not None and comp.text == found[0].text and region.labels[-1].text != comp.text:
        return region.labels[-1], True
    return comp, True


def reading_list(draft: Draft, region: Region, regions: list[Region], told: set) -> bool:
    """Whether a region lies under a reading list's heading and lists titles or links.

    The heading names what stands directly under it: that is reading, whatever its items
    look like (a blog post's title may read as a sentence once its link is resolved). A
    section under a heading of its own below it that names no kind of reading ("Books",
    "Articles"), whose items are mostly sentences, is kept
    (said once per heading); the sections dropped are reported once per heading.

    Examples
    --------
    >>> from .report import IngestReport
    >>> region = Region((Label("Additional reading", "h3", key="a"),), [Para("Linting", {})])
    >>> draft = Draft(IngestReport("page.md", "headings-lists"))
    >>> reading_list(draft, region, [region], set()), draft.report.notes[0].message
    (True, "the lists under 'Additional reading' (1 section) are reading, not statements: not read")
    >>> said = Para("Is able to resolve conflict and build consensus within a team", {})
    >>> kept = Region((region.labels[0], Label("Consulting", "h4", key="b")), [said])
    >>> reading_list(draft, kept, [region, kept], set())
    False
    """
    found = _heading(region)
    if found is None:
        return False
    label, said = found
    under = [r for r in regions if any(lb.text == label.text for lb in r.labels)]
    kept = [r for r in under if _own_section(r, label) and _sentences(r.paras)]
    if ("kept", label.text) not in told and kept:
        told.add(("kept", label.text))
        names = ", ".join(repr(r.labels[-1].text) for r in kept[:5]) + ", ..." * (len(kept) > 5)
        draft.report.add(
            "guess",
            f"{len(kept)} section{'s' * (len(kept) > 1)} under {label.text!r} read as "
            f"statements, not reading: their items are sentences, not titles or links ({names})",
            0.6,
            label.where,
        )
    if region in kept:
        return False
    if ("aside", label.text) not in told:
        told.add(("aside", label.text))
        n = len(under) - len(kept)
        draft.report.add(
            "unused",
            f"the lists under {label.text!r} ({n} section{'s' * (n > 1)}) {said}: not read",
            0.7,
            label.where,
        )
    return True
