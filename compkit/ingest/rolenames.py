"""What a role ladder's lists are named: "Responsibilities", "Members are expected to:".

A contributor ladder opens each of a role's lists with a bullet, a bold line, a heading or a
sentence closed by a colon; :mod:`compkit.ingest.rolelists` (Markdown) and
:mod:`compkit.ingest.roleblocks` (web pages) find the lists, and this module names them: a short
name without its qualifier ("Requirements (one or several of the below)" is "Requirements"), a
sentence by the words saying what a role asks or grants ("Reviewers are expected to" is
"Expectations"), whether a name opens with such a word (:func:`role_word`), and whether a word
names a person, as a role does (:func:`person_word`, :func:`compkit._words.person_word`, which
the checker's role titles use too).
"""

from __future__ import annotations

import re

from .._words import person_word

__all__ = ["list_name", "opening_name", "person_word", "role_word", "sentence_name"]

#: what a role asks of its holder or grants them: the first word of one of the lists' names
_ROLE_WORDS = frozenset(
    [
        "responsibilities",
        "responsibility",
        "requirements",
        "requirement",
        "privileges",
        "rights",
        "duties",
        "expectations",
        "qualifications",
        "criteria",
        "prerequisites",
        "permissions",
    ]
)
_QUALIFIER = re.compile(r"\s*\([^()]*\)")  # "(one or several of the below)"
_TAIL = re.compile(r"\s+(?:include|includes|including)$", re.IGNORECASE)
_ADDED = re.compile(r"^(?:additional|other|further|extra)\s+(?=\w)", re.IGNORECASE)
#: a sentence's words naming what a role asks or grants, and the list's name they give
_SAYS = re.compile(
    r"\b(?:(responsibilities|requirements|privileges|capabilities|duties|expectations"
    r"|qualifications|criteria|prerequisites|permissions|rights)|(expected\s+to)"
    r"|(responsible\s+for))\b",
    re.IGNORECASE,
)
#: a sentence closing on another role's lists ("..., plus") or on examples ("such as")
_NOT_NAMING = re.compile(r"\b(?:plus|such as|for example|e\.g|like|including)$", re.IGNORECASE)


def list_name(printed: str) -> str | None:
    """The name a bullet gives its list, or None when its words are no short name.

    Examples
    --------
    >>> list_name("Requirements (one or several of the below)"), list_name("Additional privileges")
    ('Requirements', 'Privileges')
    >>> list_name("Responsibilities include"), list_name("How users can get involved with it")
    ('Responsibilities', None)
    """
    name = _ADDED.sub("", _TAIL.sub("", _QUALIFIER.sub("", printed).strip()))
    if not 1 <= len(name.split()) <= 4 or re.search(r"[.,;!?\[\]`]", name):
        return None
    return name[0].upper() + name[1:]


def sentence_name(printed: str) -> str | None:
    """The name a sentence closed by a colon gives the list below it, or None.

    A ladder may open each list with a sentence ("Reviewers are expected to:", "To become a
    maintainer you must meet the following requirements:"): the list is named by the words
    saying what a role asks or grants, "expected to" and "responsible for" by their nouns.

    Examples
    --------
    >>> sentence_name("Reviewers are expected to"), sentence_name("Members are responsible for")
    ('Expectations', 'Responsibilities')
    >>> sentence_name("To become a reviewer you must meet the following requirements")
    'Requirements'
    >>> sentence_name("Reviewers have the following additional capabilities")
    'Capabilities'
    >>> sentence_name("Contributions can take many forms, including") is None
    True

    A sentence closing on another role's lists, or on examples, names none:

    >>> sentence_name("Reviewers have all the rights and responsibilities of a Member, plus")
    >>> sentence_name("Maintainers can have different areas of responsibilities, such as")
    """
    printed = printed.strip()
    if len(printed.split()) < 3 or _NOT_NAMING.search(printed):
        return None
    if not (m := _SAYS.search(printed)):
        return None
    if m.group(1):
        return m.group(1).capitalize()
    return "Expectations" if m.group(2) else "Responsibilities"


def role_word(name: str) -> bool:
    """Whether a list's name opens with a word saying what a role asks or grants.

    Examples
    --------
    >>> role_word("Responsibilities and privileges"), role_word("Behaviours")
    (True, False)
    """
    return name.split()[0].casefold() in _ROLE_WORDS


def opening_name(opening: str) -> str | None:
    """A list's name: a short name saying what a role asks or grants, or a sentence's words.

    Else its opening words as a short name. A sentence ("Members are expected to") is named by
    :func:`sentence_name`.

    Examples
    --------
    >>> opening_name("Responsibilities and privileges"), opening_name("Members are expected to")
    ('Responsibilities and privileges', 'Expectations')
    >>> opening_name("Community activities"), opening_name("How users can get involved in it")
    ('Community activities', None)
    """
    name = list_name(opening)
    if name and role_word(name):
        return name
    return sentence_name(opening) or name
