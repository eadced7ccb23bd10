"""A short, faithful name for a framework that has none: the source's own short form.

A comparison calls each framework by a name in every sentence, column and chart. A framework
with no short name is called by its organisation, else its title (:mod:`._loading`); when that
is long ("Management competencies for preventing and reducing stress at work (positive and
negative manager behaviour)") it is shortened here, only ever to words the source itself gives:
a short form it writes in brackets ("MyUNiDAYS Ltd (UNiDAYS)" → "UNiDAYS"), an acronym its
introduction defines for the title ("... Behavioral Competency Model (SEBCM)"), the title's own
head before a separator ("Snowflake - Medium engineering growth framework" → "Snowflake"), the
acronym it opens with ("NASA Systems Engineering Behavior Competency Model" → "NASA"), or the
name without a bracketed qualifier. Nothing is invented: with none of these the long name
stays.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .model import Framework

#: Names up to this long are kept as they are (as :attr:`Framework.label` keeps titles).
LONG = 40

#: A bracketed short form: one word with two capitals or more ("UNiDAYS", "FAC-C").
_SHORT_FORM = re.compile(r"\(\s*([A-Za-z0-9][A-Za-z0-9&.\-]*[A-Za-z0-9])\s*\)")
#: Where a title's head ends: "Snowflake - Medium ...", "Ladder: Engineering", "X | Y".
_SEPARATOR = re.compile(r"\s*(?::|\s[-–—|])\s+")
#: A bracketed qualifier closing a name: "... at work (positive and negative manager behaviour)".
_TRAILING_BRACKET = re.compile(r"\s*[(\[][^()\[\]]*[)\]]\s*$")
#: Words that say what kind of document it is, not which: a head of only these names nothing.
_GENERIC = frozenset(
    re.findall(
        r"\w+",
        "a an and the of for in our framework frameworks competency competencies competence "
        "model models skills skill behaviours behaviors behaviour behavior guide ladder ladders "
        "profile profiles matrix capability capabilities core staff career progression "
        "levels level standards",
    )
)
#: Small words an acronym leaves out ("Management Competencies for Preventing ...").
_SMALL = frozenset(re.findall(r"\w+", "a an and the of for in on to at by with"))


def short_name(name: str, *, texts: tuple[str, ...] = ()) -> str:
    """``name`` shortened to the source's own short form when it is over :data:`LONG` characters.

    Parameters
    ----------
    name : str
        An organisation or a title, as the source writes it.
    texts : tuple of str
        The source's own prose (its introduction, description, notes), read for an acronym it
        defines for ``name``: "the Systems Engineering Behavioral Competency Model (SEBCM)".

    Returns
    -------
    str
        The shortest faithful form found of at most :data:`LONG` characters, else ``name``
        without a bracketed qualifier at its end, else ``name`` as given (whitespace joined).

    Examples
    --------
    >>> short_name("MyUNiDAYS Ltd (UNiDAYS)")  # short enough: kept as written
    'MyUNiDAYS Ltd (UNiDAYS)'
    >>> short_name("Federal Acquisition Certification in Contracting (FAC-C) competencies")
    'FAC-C'
    >>> short_name("Snowflake - Medium engineering growth framework")
    'Snowflake'
    >>> short_name("Competency framework: Finance and Business Partnering staff")
    'Finance and Business Partnering staff'
    >>> short_name("Health and Safety Executive (research by Goldsmiths, University of London)")
    'Health and Safety Executive'
    >>> short_name(
    ...     "Systems Engineering Behavioral Competency Model - what our engineers do",
    ...     texts=("This is the Systems Engineering Behavioral Competency Model (SEBCM).",),
    ... )
    'SEBCM'
    >>> short_name("NASA Systems Engineering Behavior Competency Model")
    'NASA'
    >>> short_name("Section 508 Program Manager Competency Guide for agencies")  # nothing given
    'Section 508 Program Manager Competency Guide for agencies'
    """
    name = " ".join(str(name or "").split())
    if len(name) <= LONG:
        return name
    found = _bracketed(name) or _defined(name, texts) or _part(name) or _opening(name)
    if found:
        return found
    bare = _TRAILING_BRACKET.sub("", name)
    return bare if bare and bare != name else name


def framework_texts(fw: Framework) -> tuple[str, ...]:
    """The framework's own prose, where a source defines its short form."""
    texts = [getattr(p, "text", str(p)) for p in fw.introduction]
    texts += [fw.source_description, fw.notes]
    return tuple(t for t in texts if t)


def _bracketed(name: str) -> str:
    """A short form the name writes in brackets for the words before it, not a description.

    The short form must stand for those words: their initials ("Federal Acquisition
    Certification in Contracting (FAC-C)") or a word among them ("MyUNiDAYS Ltd (UNiDAYS)");
    "(UK)" after "Staff competency framework" is no short form of it.
    """
    for m in _SHORT_FORM.finditer(name):
        word = m.group(1)
        if sum(c.isupper() for c in word) < 2 or len(word) > 15:
            continue
        letters = re.sub(r"[^a-z0-9]", "", word.casefold())
        before = re.findall(r"[\w'’&-]+", name[: m.start()])
        if any(letters in w.casefold() for w in before) or any(
            _initials(before[-k:]).casefold() == letters for k in range(1, len(before) + 1)
        ):
            return word
    return ""


def _initials(words: list[str]) -> str:
    return "".join(w[0] for w in words if w.casefold() not in _SMALL and w[0].isalnum())


def _defined(name: str, texts: tuple[str, ...]) -> str:
    """An acronym the source defines for the whole name (or its head before a separator).

    "the Civil Service Competency Framework (CSCF)" defines CSCF for a title reading "Civil
    Service Competency Framework ..." only when the words the acronym stands for are the
    title's opening words up to its end, a separator or a bracket; an acronym for part of the
    title ("Program Manager (PM)" in "Section 508 Program Manager Competency Guide") is none.
    """
    heads = {_norm(name), _norm(_TRAILING_BRACKET.sub("", name))}
    heads |= {_norm(part) for part in _SEPARATOR.split(name)[:1]}
    for text in texts:
        for m in re.finditer(r"\(\s*([A-Z][A-Za-z0-9&\-]{1,14})\s*\)", text):
            acronym = m.group(1)
            before = re.findall(r"[\w'’&-]+", text[: m.start()])
            for k in range(len(before), 0, -1):
                words = before[-k:]
                phrase = _norm(" ".join(words))
                if phrase in heads and _initials(words).casefold() == acronym.casefold():
                    return acronym
    return ""


def _opening(name: str) -> str:
    """The acronym a title opens with, its publisher's or its own: "NASA Systems ... Model".

    Three letters or more, two capitals or more ("NASA", "DDaT"), followed by more words; a
    two-letter opening ("IT Skills ...", "HR ...") names a field, not the framework.
    """
    first, _, rest = name.partition(" ")
    if (
        rest
        and 3 <= len(first) <= 8
        and first.isalpha()
        and sum(c.isupper() for c in first) >= 2
        and first[0].isupper()
    ):
        return first
    return ""


def _norm(text: str) -> str:
    words = re.findall(r"[\w'’&-]+", text.casefold())
    if words and words[0] == "the":
        words = words[1:]
    return " ".join(words)


def _part(name: str) -> str:
    """The title's head before a separator; its tail when the head names only a kind."""
    parts = [p.strip() for p in _SEPARATOR.split(name, maxsplit=1)]
    if len(parts) < 2:
        return ""
    head, tail = parts
    for part in (head, tail):
        words = re.findall(r"[\w'’&-]+", part.casefold())
        if any(w not in _GENERIC for w in words):
            return part if len(part) <= LONG else ""
    return ""
