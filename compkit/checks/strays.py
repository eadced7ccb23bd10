"""What rule T004 reads at a statement's end: a stray word's people, a stray quotation mark.

A statement can end with something left over from typing or conversion: a capitalised word
pasted from the next cell (read in :mod:`compkit.checks.text_quality`), or a quotation mark
that closes no quotation ("... when necessary.'"). This module tells a name for the people
of a proper noun ("Dropboxers") from a stray word, and a role the framework names as one of
its levels or roles ("other Maintainers" in a ladder whose levels are Member and Maintainer),
and the last word of a title ("Code of Conduct"); and a stray closing mark from one that
closes a quotation or a plural possessive ("and others'").
"""

from __future__ import annotations

import re

from .._words import person_word
from .dictionary import known
from .typography import INSTITUTIONS

#: Endings that make a name for the people of a proper noun ("Dropboxers", "Monzonauts").
PEOPLE_ENDINGS = ("er", "ers", "ian", "ians", "ite", "ites", "naut", "nauts")
#: A statement ending on a title's last word after "of" ("the Code of Conduct").
_TITLE_END = re.compile(r"\b[A-Z][a-z]+ of [A-Z][a-z]+[.\s]*$")
#: A statement ending on a name a preposition takes ("deployment in Heroku", "tests via
#: Cypress", "leaders in Engineering"): one word in the singular, after the preposition.
_OBJECT_END = re.compile(
    r"\b(?:in|into|on|onto|at|by|via|with|within|from|to|for|across|through|using|under|over)"
    r"\s+[A-Z][a-z]+(?<![^s]s)[.\s]*$"
)
#: A quotation mark or apostrophe ending a statement, after any spaces.
_END_MARK = re.compile("(['\"\u2019\u201d])\\s*$")
#: What opens a quotation each closing mark may close: a straight single mark before a word
#: after a space or bracket (an apostrophe inside a word, "doesn't", opens nothing), any
#: other straight double mark, and the curly opening marks.
_OPENS = {
    "'": re.compile(r"(?:^|[\s(\[/\u2013\u2014-])'(?=\w)"),
    "\u2019": re.compile("\u2018"),
    "\u201d": re.compile("\u201c"),
}


def people_of(word: str, proper: frozenset[str]) -> bool:
    """Whether ``word`` names the people of one of the ``proper`` nouns ("Dropboxers").

    >>> people_of("Dropboxers", frozenset({"Dropbox"})), people_of("Person", frozenset({"Per"}))
    (True, False)
    """
    if known(word.lower()):
        return False
    for name in proper:
        for base in {name, name.removesuffix("e")}:
            if len(base) >= 4 and word.startswith(base) and word[len(base) :] in PEOPLE_ENDINGS:
                return True
    return False


def role_titles(names) -> frozenset[str]:
    """The words of level or role ``names`` that name a person ("Maintainer"), to read as terms.

    A contributor ladder names its levels for roles and writes them with a capital wherever
    they stand ("Must be a community Member", "no objections from other Maintainers"); a
    level's word for a rank ("Level", "Senior", "Management") names no person and is left out
    (:func:`compkit._words.person_word`, the test the reader of role tables uses too). A
    plural is kept in the singular ("Maintainers": "Maintainer").

    >>> sorted(role_titles(["Member", "Maintainer (Project-Wide)", "Level 2", "Senior Engineer"]))
    ['Engineer', 'Maintainer', 'Member']
    >>> sorted(role_titles(["Contributors", "Project Lead", "Product Designer", "Management"]))
    ['Contributor', 'Designer', 'Lead']
    """
    words = re.findall(r"[A-Z][a-z]{3,}", " ".join(str(n) for n in names))
    return frozenset(w[:-1] if w.endswith("s") else w for w in words if person_word(w))


def named_end(text: str, word: str, titles: frozenset[str]) -> bool:
    """Whether the capitalised ``word`` ending ``text`` is a role, a title's word or a name.

    ``word`` is one of the ``titles`` (:func:`role_titles`), in the singular or the plural,
    or ends a title after "of" whose word before is capitalised too ("Code of Conduct"), or
    is a preposition's object in the singular: a product, a place or a department ("its
    deployment in Heroku", "tests via Cypress"); a plural there is a common noun given a
    wrong capital ("meets with Managers").

    >>> named_end("from other Maintainers.", "Maintainers", frozenset({"Maintainer"}))
    True
    >>> named_end("Must follow the Community Code of Conduct.", "Conduct", frozenset())
    True
    >>> named_end("between managers and service users Person", "Person", frozenset())
    False
    >>> named_end("I own its deployment in Heroku.", "Heroku", frozenset())
    True
    >>> named_end("Meets weekly with Managers.", "Managers", frozenset())
    False

    An institution after its article is named, as T008 reads it mid-sentence ("reports to the
    Board", "is sought out by others in the Company"):

    >>> named_end("Is sought out by others in the Company.", "Company", frozenset())
    True
    """
    if word in titles or (word.endswith("s") and word[:-1] in titles):
        return True
    if word.lower() in INSTITUTIONS and re.search(rf"\b(?:the|our|its)\s+{word}[.\s]*$", text):
        return True
    return bool(_TITLE_END.search(text) or _OBJECT_END.search(text))


def stray_mark(text: str) -> str | None:
    """The quotation mark ending ``text`` when it closes no quotation, else None.

    A straight double mark is stray when the statement holds an odd number of them; a single
    mark, straight or curly, when nothing before it opens a quotation, unless it follows an
    "s" (a plural possessive: "and others'").

    Examples
    --------
    >>> stray_mark("Able to make difficult decisions when necessary.'")
    "'"
    >>> stray_mark("Never says 'we have always done it this way'"), stray_mark("and others'")
    (None, None)
    >>> stray_mark('Describes it as "takes initiative"'), stray_mark('Takes initiative."')
    (None, '"')
    """
    m = _END_MARK.search(text)
    if not m:
        return None
    mark, before = m.group(1), text[: m.start()]
    if mark == '"':
        return mark if text.count('"') % 2 else None
    if re.search(r"\ws$", before, re.IGNORECASE) or _OPENS[mark].search(before):
        return None
    return mark
