"""Frameworks for comparison: loaded, named for a reader, two versions of one told apart.

Every comparison function starts here (:func:`_load`), so a framework with no short name is
called by its organisation rather than its id, and two versions of one framework (the same id,
from two files) get ids and names of their own instead of being refused.
"""

from __future__ import annotations

import re
import unicodedata
from typing import TYPE_CHECKING

from ..errors import UsageError
from ..framework.model import stated_organisation
from ..framework.shortnames import framework_texts, short_name

if TYPE_CHECKING:
    from ..framework.model import Framework


def _load(frameworks) -> list[Framework]:
    """Load ``frameworks``, each with a name a reader can tell apart from the others'.

    A framework with no short name is called by its organisation (else its title), never by its
    bare id. Two versions of one framework (the same id, from different files or edited in
    memory) are told apart by file name, else by version, else by order: ids ``wsx`` and
    ``wsx-v2``, names "WSX Mind (wsx.yaml)" and "WSX Mind (wsx-v2.yaml)"; so are frameworks of
    different ids whose names read alike (two files of one framework ingested apart). The same
    framework given twice is refused.
    """
    from ..framework.io import load

    if not frameworks:
        raise UsageError("give at least one framework (a bundled id such as 'cis', or a path)")
    loaded = [load(f) for f in frameworks]
    loaded = _named(loaded)
    ids = [fw.id for fw in loaded]
    for dupe in dict.fromkeys(i for i in ids if ids.count(i) > 1):
        same = [k for k, fw in enumerate(loaded) if fw.id == dupe]
        _refuse_repeats([loaded[k] for k in same], dupe)
        for k, fw in zip(same, _versions([loaded[k] for k in same], taken=set(ids)), strict=True):
            loaded[k] = fw
    return _apart(loaded)


def _apart(loaded: list[Framework]) -> list[Framework]:
    """Frameworks of different ids that would read alike, each with a tag of its own.

    Two files of one framework ingested apart have two ids but one title and publisher, so both
    would be called "Product manager" in every column and sentence; each is then named as two
    versions are (by file name, else version, else id): "Product manager (pm-2021.yaml)". A
    publisher's name shorter than the shared title names both instead: "LMG (lmg-2021.yaml)",
    not "LMG Technology Career Ladder: Engineering roles (lmg-2021.yaml)" in every cell.
    """
    from dataclasses import replace

    labels = [fw.label.casefold() for fw in loaded]
    out = list(loaded)
    for label in dict.fromkeys(x for x in labels if labels.count(x) > 1):
        same = [k for k, x in enumerate(labels) if x == label]
        fws = [loaded[k] for k in same]
        files = [fw.path.name if fw.path is not None else "" for fw in fws]
        versions = [fw.version for fw in fws]
        if all(files) and len(set(files)) == len(files):
            tags = files
        elif all(versions) and len(set(versions)) == len(versions):
            tags = [f"version {v}" for v in versions]
        else:
            tags = [fw.id for fw in fws]
        orgs = {stated_organisation(fw) for fw in fws}
        org = orgs.pop() if len(orgs) == 1 else ""
        for k, fw, tag in zip(same, fws, tags, strict=True):
            name = org if org and len(org) < len(fw.label) else fw.label
            out[k] = replace(fw, short_name=f"{name} ({tag})")
    return out


def _named(loaded: list[Framework]) -> list[Framework]:
    """Give a framework with no short name one: its organisation, else its title.

    A long organisation or title is called by the source's own short form of it, never an
    invented one (:func:`~compkit.framework.shortnames.short_name`): "Snowflake" for
    "Snowflake - Medium engineering growth framework", "Health and Safety Executive" for
    "Health and Safety Executive (research by Goldsmiths, ...)"; with none given, by the whole
    of it.

    Two frameworks of one publisher whose titles open alike ("Persado Engineering Job Ladder:
    Software Engineer" and "...: Reliability Engineer") are named by the publisher and what
    tells their titles apart, "Persado (Software Engineer)", not by the whole title in every
    column and sentence.
    """
    from dataclasses import replace

    out = []
    for fw in loaded:
        if not fw.short_name:
            others = {o.organisation for o in loaded if o is not fw and o.id != fw.id}
            org = stated_organisation(fw)
            name = short_name(org) if org not in others else _within(fw, org, loaded)
            title = short_name(fw.title, texts=framework_texts(fw))
            fw = replace(fw, short_name=undressed(name or title) or fw.id)
        out.append(fw)
    return out


#: What dresses a name and is none of its words: pictographs and their joiners (categories),
#: variation selectors and skin tones (characters); an accent (a combining mark) is a letter's.
_DRESS = frozenset({"So", "Cf", "Cs"})
_DRESS_MARKS = frozenset("\ufe0e\ufe0f\U0001f3fb\U0001f3fc\U0001f3fd\U0001f3fe\U0001f3ff")


def undressed(name: str) -> str:
    """A name without the pictographs that dress it at either end ("🎯 Ops Leadership").

    A page's icon set before its title is no word of the name, and a report's fonts may draw
    it as an empty box; letters, digits and brackets stay.

    Examples
    --------
    >>> undressed("🎯 Ops Leadership Framework"), undressed("👩\u200d🏭 Pessoas (Dados) ✨")
    ('Ops Leadership Framework', 'Pessoas (Dados)')
    >>> undressed("C++ ladder"), undressed("🎯"), undressed("Cafe\u0301") == "Cafe\u0301"
    ('C++ ladder', '', True)
    """
    keep = [
        unicodedata.category(ch) not in _DRESS and ch not in _DRESS_MARKS and not ch.isspace()
        for ch in name
    ]
    if not any(keep):
        return ""
    return name[keep.index(True) : len(keep) - keep[::-1].index(True)]


#: Where a title's shared opening ends: "Ladder: Software Engineer", "Framework - Web".
_SEPARATOR = re.compile(r"\s*(?::|\s[-–—|])\s+")


def _within(fw: Framework, org: str, loaded: list[Framework]) -> str:
    """``fw``'s name among frameworks of its publisher ``org``: "Persado (Software Engineer)".

    The part of its title after an opening every sibling's title shares up to a separator (a
    colon or a dash); "" when the titles share no such opening (each is then called by its
    title), or are the same (told apart later by file, see :func:`_apart`).

    Examples
    --------
    >>> import compkit
    >>> from dataclasses import replace
    >>> cis = replace(compkit.load("cis"), short_name="")
    >>> a = replace(cis, id="a", title="Ladder: Software Engineer", organisation="Persado")
    >>> b = replace(cis, id="b", title="Ladder: Reliability Engineer", organisation="Persado")
    >>> _within(a, "Persado", [a, b]), _within(a, "Persado", [a, replace(b, title="Other")])
    ('Persado (Software Engineer)', '')
    """
    title = " ".join(str(fw.title or "").split())
    if not org or not title:
        return ""
    siblings = [
        " ".join(str(o.title or "").split())
        for o in loaded
        if o is not fw and o.id != fw.id and stated_organisation(o) == org
    ]
    shared = title
    for other in siblings:
        n = 0
        while n < min(len(shared), len(other)) and shared[n].casefold() == other[n].casefold():
            n += 1
        shared = shared[:n]
    cuts = [m.end() for m in _SEPARATOR.finditer(title) if m.end() <= len(shared)]
    tail = title[cuts[-1] :].strip() if cuts else ""
    return f"{org} ({tail})" if tail and tail != title else ""


def _refuse_repeats(same: list[Framework], fid: str) -> None:
    def where(fw):
        return fw.path.resolve() if fw.path is not None else None

    for i, fw in enumerate(same):
        for other in same[i + 1 :]:
            if other is fw or (where(fw) is not None and where(fw) == where(other)):
                raise UsageError(
                    f"framework {fid!r} given twice; compare different frameworks, or two "
                    "versions of one from different files"
                )


def _versions(same: list[Framework], *, taken: set[str]) -> list[Framework]:
    """Distinct ids and names for versions of one framework (see :func:`_load`)."""
    from dataclasses import replace

    files = [fw.path.name if fw.path is not None else "" for fw in same]
    stems = [fw.path.stem if fw.path is not None else "" for fw in same]
    versions = [fw.version for fw in same]
    if all(files) and len(set(files)) == len(files):
        tags = files
        ids = stems if len(set(stems)) == len(stems) else None
    elif all(versions) and len(set(versions)) == len(versions):
        tags = [f"version {v}" for v in versions]
        ids = None
    else:
        tags = [f"{_ORDINALS[k] if k < len(_ORDINALS) else k + 1}" for k in range(len(same))]
        ids = None
    fid = same[0].id
    if ids is None or any(i != fid and i in taken for i in ids) or len(set(ids)) < len(ids):
        ids = [f"{fid}-{k}" for k in range(1, len(same) + 1)]
    return [
        replace(fw, id=i, short_name=f"{fw.short_name or fw.id} ({tag})")
        for fw, i, tag in zip(same, ids, tags, strict=True)
    ]


_ORDINALS = ("first", "second", "third", "fourth")
