"""A data file's statements kept in pairs of sides, and objects wrapped in lists of one.

Two ways a framework kept as data differs from the shapes :mod:`.datarecords` reads:

- *Sides in pairs*: a level's statements as a list of objects, each pairing an effective
  behaviour with an ineffective one (``{"effective": "Listens to others", "ineffective":
  "Looks at issues from own viewpoint only"}``), as the UK Civil Service Competency
  Framework 2012 prints its two columns. Every key of every object names a side
  (:func:`.polarity.polarity_of`: "effective" / "ineffective", "positive" / "negative",
  "do" / "don't") and one of them at least the ineffective side; each text is read under its
  side, word for word (:func:`side_items`, :func:`by_side`).
- *A side per record*: flat records naming each statement's side in a field
  (``{"competency": ..., "level": 2, "polarity": "Ineffective", "text": ...}``), as a long
  sheet's polarity column exported to JSON keeps it (:func:`side_field`).
- *Lists of one*: an object standing alone in a list under its key (``"delivering-at-pace":
  [{...}]``), as a TOML array of tables converted to JSON keeps every competency. The list
  says nothing; :func:`singletons` reads the data as if the object stood under its key, and
  :func:`original` maps a path of that reading back to the file's. Read with the lists, each
  key would be a group of one competency; it is read so only where the key names something
  else than its competency ("engineering": [{"name": "Craft"}]), :func:`wrapped_groups`.
"""

from __future__ import annotations

import re

from .blocks import Region, clean
from .polarity import polarity_of

__all__ = ["by_side", "original", "side_field", "side_items", "singletons", "wrapped_groups"]


def side_items(value) -> list[tuple[str, tuple]] | None:
    """(text, path within ``value``) of statements kept in pairs of sides, or None.

    Examples
    --------
    >>> pairs = [{"effective": "Listens.", "ineffective": "Interrupts."},
    ...          {"effective": "Shares.", "ineffective": ""}]
    >>> for text, path in side_items(pairs):
    ...     print(text, path)
    Listens. (0, 'effective')
    Interrupts. (0, 'ineffective')
    Shares. (1, 'effective')
    >>> side_items([{"text": "Listens.", "id": "a1"}]) is None
    True
    """
    if not isinstance(value, list) or not value:
        return None
    keys = {k for v in value if isinstance(v, dict) for k in v}
    if (
        not all(isinstance(v, dict) and v for v in value)
        or not all(isinstance(k, str) and polarity_of(k) for k in keys)
        or not any(polarity_of(k) == "ineffective" for k in keys)
        or not all(isinstance(t, str) for v in value for t in v.values())
    ):
        return None
    return [(t, (j, k)) for j, v in enumerate(value) for k, t in v.items() if clean(t)]


#: A record's key that may name its statement's side: "polarity", "side", "indicator_type"
_SIDE_KEY = re.compile(
    r"^(?:polarity|side|valence|(?:indicator|behaviou?r|statement)?[ _-]?type)$", re.I
)


def side_field(rows: list[dict]) -> str | None:
    """The key of flat records naming each statement's side, both sides among them, or None.

    Examples
    --------
    >>> side_field([{"text": "Listens.", "polarity": "Effective"},
    ...             {"text": "Interrupts.", "polarity": "Ineffective"}])
    'polarity'
    >>> side_field([{"text": "Listens.", "type": "core"}, {"text": "Leads.", "type": "lead"}])
    """
    keys = {k for r in rows for k in r if isinstance(k, str) and _SIDE_KEY.match(k)}
    for key in sorted(keys):
        said = [r[key] for r in rows if isinstance(r.get(key), str) and clean(r[key])]
        sides = {polarity_of(v) for v in said}
        if said and None not in sides and "ineffective" in sides:
            return key
    return None


def by_side(found: list[tuple[str, tuple]]) -> list[tuple[str | None, list]]:
    """A level's items parted by side, in the order the sides first stand (None: no sides).

    Examples
    --------
    >>> found = [("Listens.", (0, "effective")), ("Cuts in.", (0, "ineffective"))]
    >>> for side, items in by_side(found):
    ...     print(side, items)
    effective [('Listens.', (0, 'effective'))]
    ineffective [('Cuts in.', (0, 'ineffective'))]
    >>> by_side([("Ships.", (0,))])
    [(None, [('Ships.', (0,))])]
    """
    if not found or not all(
        len(sub) == 2 and isinstance(sub[1], str) and polarity_of(sub[1]) for _, sub in found
    ):
        return [(None, found)]
    sides: dict[str, list] = {}
    for text, sub in found:
        sides.setdefault(sub[1], []).append((text, sub))
    return list(sides.items())


def singletons(data):
    """The data with every object that stands alone in a list under a key read in its place.

    Examples
    --------
    >>> singletons({"people": [{"craft": [{"title": "Craft"}]}]})
    {'people': {'craft': {'title': 'Craft'}}}
    >>> singletons({"levels": [{"name": "One"}, {"name": "Two"}]})
    {'levels': [{'name': 'One'}, {'name': 'Two'}]}
    """
    if isinstance(data, dict):
        return {k: singletons(v[0] if _alone(v) else v) for k, v in data.items()}
    if isinstance(data, list):
        return [singletons(v) for v in data]
    return data


def _alone(value) -> bool:
    return isinstance(value, list) and len(value) == 1 and isinstance(value[0], dict)


def original(data, path: tuple) -> tuple:
    """The path in ``data`` of a path in :func:`singletons` ``(data)``.

    Examples
    --------
    >>> original({"people": [{"craft": [{"title": "Craft"}]}]}, ("people", "craft", "title"))
    ('people', 0, 'craft', 0, 'title')
    """
    out: list = []
    node = data
    for step in path:
        if isinstance(node, dict) and _alone(node.get(step)):
            out += [step, 0]
            node = node[step][0]
        else:
            out.append(step)
            try:
                node = node[step]
            except (KeyError, IndexError, TypeError):
                node = None
    return tuple(out)


def wrapped_groups(regions: list[Region]) -> bool:
    """Whether every group read is a key naming its one competency ("craft": [{"title": "Craft"}]).

    Such keys are the competencies' identifiers over objects alone in lists, not groups; a key
    naming another thing ("engineering": [{"name": "Craft"}]) stays a group of one.

    Examples
    --------
    >>> from compkit.ingest.blocks import Label
    >>> def region(group, comp):
    ...     return Region((Label(group, "data: group"), Label(comp, "data: competency name")), [])
    >>> wrapped_groups([region("craft", "Craft"), region("impact", "Impact")])
    True
    >>> wrapped_groups([region("company", "Ownership"), region("engineering", "Craft")])
    False
    """
    held: dict[str, set[str]] = {}
    for region in regions:
        groups = [lb.text for lb in region.labels if lb.slot == "data: group"]
        comps = [lb.text for lb in region.labels if lb.slot == "data: competency name"]
        for group in groups:
            held.setdefault(group, set()).update(comps)
    return len(held) >= 2 and all(
        len(comps) == 1 and _bare(group) == _bare(next(iter(comps)))
        for group, comps in held.items()
    )


def _bare(text: str) -> str:
    return re.sub(r"[\W_]+", "", text).casefold()
