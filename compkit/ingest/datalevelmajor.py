"""A data file kept level by level: a list of levels, each listing its competencies' texts.

Most data files keep a framework competency by competency, the levels inside each. Some keep
it the other way round, as a ladder's page is read: ``"levels": [{"name": "Level 0", "titles":
[...], "skills": [{"name": "Teamwork", "body": "Helps teammates ..."}, ...]}, ...]`` (Stride's
open competency matrix). :func:`level_major` reads such a list: each level's one list of named
objects holding a text is its competencies' statements at that level, the level named by its
own ``name``; competencies named in a sibling list of groups (``"themes": [{"title":
"Collaboration", "skills": ["Teamwork", ...]}]``) take that group. A level's other lists (job
titles) and its own prose are left to the report's list of what was not read.

Some lists of levels keep each level's texts in one object keyed by competency instead
(Forward Impact's ``levels.yaml``: ``{"professionalTitle": "Engineer I", "expectations":
{"impactScope": "Contributes to ...", "autonomyExpectation": "Works under ..."}}``): the
object whose every value is a sentence of three words or more holds the statements, each
key the competency's name in words ("Impact scope", the repair said in the report), and a
level with no ``name`` is named by its one key ending in "title" (its first, when several).
An object of single words (``{"core": "foundational"}``, a role's required levels) is no
level's statements.
"""

from __future__ import annotations

import re

from .blocks import Label, Para, Region, clean
from .datafields import name_key, scalar
from .levelnames import level_score

__all__ = ["level_major"]

#: A key holding a competency's text at one level
_TEXT = re.compile(r"^(?:body|text|description|descriptor|expectations?|statements?)$", re.I)


def _named_texts(value) -> list[tuple[int, str, str, str]] | None:
    """(index, name key, text key, text) of a list of named objects with a text each, or None."""
    if not isinstance(value, list) or not value:
        return None
    out = []
    for i, obj in enumerate(value):
        if not isinstance(obj, dict):
            return None
        key = name_key(obj)
        says = next(
            (k for k in obj if isinstance(k, str) and _TEXT.match(k) and scalar(obj[k])), None
        )
        if key is None or says is None:
            return None
        out.append((i, key, says, obj[says]))
    return out


def _keyed_texts(value) -> list[tuple[str, str, str, str]] | None:
    """(key, key, key, text) of an object keyed by competency, a sentence each, or None."""
    if not isinstance(value, dict) or len(value) < 2:
        return None
    out = []
    for key, text in value.items():
        said = scalar(text) if isinstance(text, str) else None
        if not isinstance(key, str) or not said or len(said.split()) < 3:
            return None
        out.append((key, key, key, said))
    return out


def _key_words(key: str) -> str:
    """A competency key as its name: ``impactScope`` -> ``Impact scope``."""
    words = re.sub(r"(?<=[a-z])(?=[A-Z])", " ", key).replace("_", " ").replace("-", " ")
    words = " ".join(words.split())
    return words[:1].upper() + words[1:].lower() if words != words.upper() else words


def _title_key(obj: dict) -> str | None:
    """A level's name key: its own ``name``, or else its first key ending in "title"."""
    return name_key(obj) or next(
        (k for k in obj if isinstance(k, str) and re.search(r"title$", k, re.I) and scalar(obj[k])),
        None,
    )


def _levels_found(node, texts_of, name_of) -> list | None:
    """(index, name key, texts key, texts) of every level, each with one set of texts."""
    found = []
    for i, level in enumerate(node):
        own = name_of(level) if isinstance(level, dict) else None
        lists = [(k, t) for k, v in (level.items() if own else ()) if (t := texts_of(v))]
        if not own or len(lists) != 1 or not scalar(level[own]):
            return None
        found.append((i, own, *lists[0]))
    return found


#: A key over a list of levels: "levels", "grades", "stages"
_LEVELS_KEY = re.compile(r"(?:levels?|grades?|bands?|stages?|tiers?|ranks?|rungs?|steps?)", re.I)


def _named_levels(node: list, path: tuple, found: list) -> bool:
    """Whether the listed objects are levels, under a key naming levels or named as levels.

    Most must be named so ("Level 0", "L2", "Engineer II", "Senior Engineer") when the key
    does not say.

    Examples
    --------
    >>> _named_levels([{"name": "Didaktik"}, {"name": "Organisation"}], ("areas",),
    ...               [(0, "name"), (1, "name")])
    False
    >>> _named_levels([{"title": "Engineer I"}, {"title": "Engineer II"}], (),
    ...               [(0, "title"), (1, "title")])
    True
    """
    if path and isinstance(path[-1], str) and _LEVELS_KEY.fullmatch(path[-1]):
        return True
    names = [clean(str(node[i][own])) for i, own, *_ in found]
    return 2 * sum(level_score(n) > 0 or bool(re.search(r"\d", n)) for n in names) > len(names)


def _groups(data, names: set[str]) -> dict[str, tuple]:
    """Each competency's group from a list of groups naming it: (group, path, index, key)."""
    if not isinstance(data, dict):
        return {}
    for key, value in data.items():
        if not isinstance(value, list):
            continue
        out: dict[str, tuple] = {}
        for i, group in enumerate(value):
            title = name_key(group) if isinstance(group, dict) else None
            lists = [
                k
                for k, v in (group.items() if title else ())
                if isinstance(v, list) and v and all(scalar(x) for x in v)
            ]
            if title and len(lists) == 1:
                for m, member in enumerate(group[lists[0]]):
                    out[clean(str(member))] = (clean(group[title]), (key, i, title), m, lists[0])
        if out and names <= out.keys():
            return out
    return {}


def level_major(node, path: tuple, data, where, *, keyed: bool = False) -> dict | None:
    """The records (``Records``' fields) of a list of levels, each listing its competencies.

    Every item must be a named object with exactly one list of named objects holding a text
    (its competencies' statements at that level), at least two levels must be listed, and
    they must be levels: listed under a key naming them or most named as levels are.
    With ``keyed``, every item's one object of sentences keyed by competency is read instead
    (tried only when the data reads no other way: keys naming levels are refused).

    Examples
    --------
    >>> levels = [{"name": "L0", "skills": [{"name": "Teamwork", "body": "Helps others."}]},
    ...           {"name": "L1", "skills": [{"name": "Teamwork", "body": "Leads pairing."}]}]
    >>> read = level_major(levels, ("levels",), {}, lambda _: {})
    >>> [[lb.text for lb in r.labels] for r in read["regions"]], read["level_names"]
    ([['Teamwork', 'L0'], ['Teamwork', 'L1']], ['L0', 'L1'])
    >>> one = {"impactScope": "Delivers small tasks.", "influenceScope": "Limited to the team."}
    >>> two = {"impactScope": "Delivers whole features.", "influenceScope": "Helps other teams."}
    >>> keyed = [{"jobTitle": "Engineer I", "skills": {"core": "working"}, "expectations": one},
    ...          {"jobTitle": "Engineer II", "skills": {"core": "expert"}, "expectations": two}]
    >>> read = level_major(keyed, (), {}, lambda _: {}, keyed=True)
    >>> [[lb.text for lb in r.labels] for r in read["regions"]][:2]
    [['Impact scope', 'Engineer I'], ['Influence scope', 'Engineer I']]
    """
    if not isinstance(node, list) or len(node) < 2:
        return None
    if not keyed:
        found = _levels_found(node, _named_texts, name_key)
    else:  # each level's texts in one object keyed by competency, not by level
        found = _levels_found(node, _keyed_texts, _title_key)
        if found is None or len({k for _, _, k, _ in found}) != 1:
            return None
        keys = {k for *_, texts in found for k, *_ in texts}
        if any(level_score(k) > 0 or re.fullmatch(r"\d+", k) for k in keys):
            return None  # keyed by level: a competency's levels, read elsewhere
    if found is None or not _named_levels(node, path, found):
        return None  # a list of groups ("areas": [{"name": ..., "facets": [...]}]), not levels

    def comp_of(i, key, j, name_at) -> str:
        return _key_words(name_at) if keyed else clean(str(node[i][key][j][name_at]))

    names = {comp_of(i, k, j, nk) for i, _, k, t in found for j, nk, _, _ in t}
    groups = _groups(data, names)
    regions, used, levels = [], set(), []
    for i, own, key, texts in found:
        level = clean(str(node[i][own]))
        levels.append(level)
        used.add((*path, i, own))
        level_label = Label(level, "data: level", tuple(where((*path, i, own)).items()))
        for j, name_at, text_at, text in texts:
            here = (*path, i, key, j)
            comp = comp_of(i, key, j, name_at)
            name_spot, text_spot = (here, here) if keyed else ((*here, name_at), (*here, text_at))
            used.update({name_spot, text_spot})
            labels = []
            if comp in groups:
                group, spot, m, members = groups[comp]
                used.update({spot, (*spot[:2], members, m)})  # its title, its name listed
                labels.append(Label(group, "data: group", tuple(where(spot).items())))
            labels += [Label(comp, "data: competency", tuple(where(name_spot).items()))]
            para = Para(clean(str(text)), where(text_spot), bullet=True, key=f"DL{here}")
            regions.append(Region((*labels, level_label), [para]))
    said = f"levels listed one by one ({len(levels)}), each holding its competencies' texts in "
    said += f"{found[0][2]!r}" + (
        " (grouped as the data's list of groups names them)" if groups else ""
    )
    if keyed:
        keys = dict.fromkeys(k for *_, texts in found for k, *_ in texts)
        renamed = [f"{k!r} -> {_key_words(k)!r}" for k in keys if _key_words(k) != k]
        said += ", keyed by competency" + (
            "; names written from the keys: " + ", ".join(renamed) if renamed else ""
        )
    return {
        "regions": regions,
        "level_names": list(dict.fromkeys(levels)),
        "used": used,
        "shape": "levels listed",
        "level_order": "the order of the data's list of levels",
        "said": said,
        "reasons": {
            "level": ("each level object's own name", 0.9),
            "competency": (
                "the keys of each level's texts"
                if keyed
                else "the named objects listed at each level",
                0.9,
            ),
        },
    }
