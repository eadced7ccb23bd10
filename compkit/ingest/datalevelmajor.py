"""A data file kept level by level: a list of levels, each listing its competencies' texts.

Most data files keep a framework competency by competency, the levels inside each. Some keep
it the other way round, as a ladder's page is read: ``"levels": [{"name": "Level 0", "titles":
[...], "skills": [{"name": "Teamwork", "body": "Helps teammates ..."}, ...]}, ...]`` (Stride's
open competency matrix). :func:`level_major` reads such a list: each level's one list of named
objects holding a text is its competencies' statements at that level, the level named by its
own ``name``; competencies named in a sibling list of groups (``"themes": [{"title":
"Collaboration", "skills": ["Teamwork", ...]}]``) take that group. A level's other lists (job
titles) and its own prose are left to the report's list of what was not read.
"""

from __future__ import annotations

import re

from .blocks import Label, Para, Region, clean
from .datafields import name_key, scalar

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


def level_major(node, path: tuple, data, where) -> dict | None:
    """The records (``Records``' fields) of a list of levels, each listing its competencies.

    Every item must be a named object with exactly one list of named objects holding a text
    (its competencies' statements at that level), and at least two levels must be listed.

    Examples
    --------
    >>> levels = [{"name": "L0", "skills": [{"name": "Teamwork", "body": "Helps others."}]},
    ...           {"name": "L1", "skills": [{"name": "Teamwork", "body": "Leads pairing."}]}]
    >>> read = level_major(levels, ("levels",), {}, lambda _: {})
    >>> [[lb.text for lb in r.labels] for r in read["regions"]], read["level_names"]
    ([['Teamwork', 'L0'], ['Teamwork', 'L1']], ['L0', 'L1'])
    """
    if not isinstance(node, list) or len(node) < 2:
        return None
    found = []
    for i, level in enumerate(node):
        own = name_key(level) if isinstance(level, dict) else None
        lists = [(k, t) for k, v in (level.items() if own else ()) if (t := _named_texts(v))]
        if not own or len(lists) != 1 or not scalar(level[own]):
            return None
        found.append((i, own, *lists[0]))
    names = {clean(str(node[i][k][j][nk])) for i, _, k, t in found for j, nk, _, _ in t}
    groups = _groups(data, names)
    regions, used, levels = [], set(), []
    for i, own, key, texts in found:
        level = clean(str(node[i][own]))
        levels.append(level)
        used.add((*path, i, own))
        level_label = Label(level, "data: level", tuple(where((*path, i, own)).items()))
        for j, name_at, text_at, text in texts:
            here = (*path, i, key, j)
            comp = clean(str(node[i][key][j][name_at]))
            used.update({(*here, name_at), (*here, text_at)})
            labels = []
            if comp in groups:
                group, spot, m, members = groups[comp]
                used.update({spot, (*spot[:2], members, m)})  # its title, its name listed
                labels.append(Label(group, "data: group", tuple(where(spot).items())))
            labels += [Label(comp, "data: competency", tuple(where((*here, name_at)).items()))]
            para = Para(clean(str(text)), where((*here, text_at)), bullet=True, key=f"DL{here}")
            regions.append(Region((*labels, level_label), [para]))
    said = f"levels listed one by one ({len(levels)}), each holding its competencies' texts in "
    said += f"{found[0][2]!r}" + (
        " (grouped as the data's list of groups names them)" if groups else ""
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
            "competency": ("the named objects listed at each level", 0.9),
        },
    }
