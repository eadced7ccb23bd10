"""Page-number lines: the one vocabulary of plain text copied from a PDF and of PDFs.

A page's number is printed in a few ways: standing alone ("4", "Page 4", "4 of 8", "4 / 8",
"- 4 -", a spread's "148 149"), or in a footer after the document's words ("Guide - page 2
of 9", "Behaviours | Page 1", "Civil Service Behaviours | ii", "4 | Guide"). Both readers
that meet such lines, :mod:`compkit.ingest.textpages` (text pasted out of a PDF) and
:mod:`compkit.ingest.pdfparas` (a PDF's own lines), ask :func:`folio` and
:func:`named_page`, so a form known to one is known to the other.
"""

from __future__ import annotations

import re

__all__ = ["EDGE_NUMBER", "folio", "named_page", "roman"]

_N = r"(\d{1,4}|[ivxlc]{1,6})"
# a number standing alone: "4", "Page 4", "Page 4 of 8", "4 / 8", "- 4 -", "148 149", "Page ii"
_ALONE = re.compile(
    r"^(?:(?:page|p\.)\s+" + _N + r"(?:\s*(?:of|/)\s*\d{1,4})?"
    r"|(\d{1,4})(?:\s*(?:of|/)\s*\d{1,4}|\s+\d{1,4})?"
    r"|[-–—]\s*" + _N + r"\s*[-–—])$",
    re.I,
)
# words, then a page: "Guide - page 2 of 9", "Behaviours | Page 1", "Date: 2019 Page 2 of 20"
_PAGE_AFTER = re.compile(
    r"^(?P<words>.*?\S)(?P<sep>\s*[|│–—-]\s*|\s+)(?:page|p\.)\s+"
    + _N
    + r"(?P<of>\s*(?:of|/)\s*\d{1,4})?$",
    re.I,
)
# a number beyond a bar: "Civil Service Behaviours | 4", "Title | ii", "4 | Guide"
_BARRED = re.compile(
    r"^(?:(?P<a>[^|│]{3,}?)\s*[|│]\s*" + _N + r"|" + _N + r"\s*[|│]\s*(?P<b>[^|│]{3,}))$", re.I
)
#: A page number at either end of a running line ("Skills 17", "17 Skills", "Skills Page 4 of 8"),
#: also a chapter's page as manuals number them ("4-7 FM 6-22", "Guide A-3")
_SECTION = r"(?:\d{1,2}|(?-i:[A-Z]))[-–]\d{1,3}"
EDGE_NUMBER = re.compile(
    rf"^(?:{_SECTION}|\d{{1,4}})\s+|\s+(?:page\s+)?(?:{_SECTION}|\d{{1,4}})"
    r"(?:\s*(?:/|of)\s*\d{1,4})?$|\s*[|│]\s*[ivxlc]{1,6}$",
    re.I,
)
_ROMAN = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100}


def roman(text: str) -> int | None:
    """The value of a number in digits or small Roman numerals, else None.

    Examples
    --------
    >>> roman("12"), roman("iv"), roman("xii"), roman("ic"), roman("civil")
    (12, 4, 12, None, None)
    """
    if text.isdigit():
        return int(text)
    values = [_ROMAN.get(c) for c in text.lower()]
    if not values or None in values:
        return None
    total = sum(-v if v < w else v for v, w in zip(values, [*values[1:], 0], strict=True))
    canonical = ("c" * (total // 100)) + _small(total % 100)
    return total if canonical == text.lower() else None


def _small(n: int) -> str:
    """``n`` below 100 in small Roman numerals."""
    tens = ["", "x", "xx", "xxx", "xl", "l", "lx", "lxx", "lxxx", "xc"]
    ones = ["", "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix"]
    return tens[n // 10] + ones[n % 10]


def folio(text: str, *, bare: bool = True) -> int | None:
    """The page number of a line that is only a page number, else None.

    ``bare=False`` leaves out a number in digits with no word or dash ("4", "148 149",
    "4 / 8"): in plain text such a line may be a level's number.

    Examples
    --------
    >>> [folio(t) for t in ["4", "Page 4", "Page 4 of 8", "4 / 8", "- 4 -", "– 12 –", "148 149"]]
    [4, 4, 4, 4, 4, 12, 148]
    >>> folio("Page ii"), folio("4", bare=False), folio("Level 4"), folio("-4")
    (2, None, None, None)
    """
    m = _ALONE.match(text.strip())
    if m is None or (m.group(2) and not bare):
        return None
    return roman(next(g for g in m.groups() if g))


def named_page(text: str, *, loose: bool = False) -> tuple[str, int] | None:
    """A footer's words and the page it names, else None.

    The words come before "page N" after a bar or dash ("Guide - page 2 of 9", "Behaviours
    | Page 1") or a space when "of M" follows ("Review Date: 2019 Page 2 of 20"), or stand
    beyond a bar from a page number ("Civil Service Behaviours | 4", "Title | ii", "4 |
    Guide": two words or more). ``loose`` takes "words page N" after a space too, for a
    reader that checks N against the page the line stands on.

    Examples
    --------
    >>> named_page("Guide - page 2 of 9"), named_page("Behaviours | Page 1")
    (('Guide', 2), ('Behaviours', 1))
    >>> named_page("Civil Service Behaviours | ii"), named_page("4 | Leadership Guide")
    (('Civil Service Behaviours', 2), ('Leadership Guide', 4))
    >>> named_page("Reads the home page 4"), named_page("Reads the home page 4", loose=True)
    (None, ('Reads the home', 4))
    >>> named_page("Skills | 4"), named_page("Ships | Plans")
    (None, None)
    """
    text = text.strip()
    m = _PAGE_AFTER.match(text)
    if m and (loose or m.group("of") or m.group("sep").strip()):
        number = roman(m.group(3))
        if number is not None:
            return m.group("words").strip(" |│–—-"), number
    b = _BARRED.match(text)
    if b:
        words = (b.group("a") or b.group("b")).strip()
        number = roman(b.group(2) or b.group(3))
        if number is not None and len(words.split()) >= 2:
            return words, number
    return None
