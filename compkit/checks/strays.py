"""What rule T004 reads at a statement's end: a stray word's people, a stray quotation mark.

A statement can end with something left over from typing or conversion: a capitalised word
pasted from the next cell (read in :mod:`compkit.checks.text_quality`), or a quotation mark
that closes no quotation ("... when necessary.'"). This module tells a name for the people
of a proper noun ("Dropboxers") from a stray word, and a stray closing mark from one that
closes a quotation or a plural possessive ("and others'").
"""

from __future__ import annotations

import re

from .dictionary import known

#: Endings that make a name for the people of a proper noun ("Dropboxers", "Monzonauts").
PEOPLE_ENDINGS = ("er", "ers", "ian", "ians", "ite", "ites", "naut", "nauts")
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
