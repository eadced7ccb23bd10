"""A data file naming no competency: its statements are one competency, named for the reader.

A JSON or YAML file kept per competency often leaves the competency's name out: the file's
object holds only its levels (``{"L1": {...}, "L2": {...}}``, as half the EM Competency Matrix's
files do), or the file's own title stands over records giving a level and a text each
(``{"title": "Communication", "statements": [{"level": 1, "text": "..."}]}``). Both were
refused. They are read as one competency named by the data's own ``title`` (or ``name``), or,
when it has none, by the file's name; the report records the name as a repair, saying where it
came from, so a reader can rename it. The statements keep their words and places.

A level's record may keep several lists of sentences under the same keys at every level
(tech-roles-library's ``"coreCompetencies": [...]``, ``"complementaryCompetencies": [...]``,
``"indicators": [...]``): every list is read, each key a competency named by its words ("Core
competencies"), not the one list a statement key names with the others left unread. A level
record's ``level`` written as a name ("L1 - Data Analyst Trainee") names the level, and its own
number (``"levelNumber": 1``) places it: two of tech-roles-library's roles write L1 last.
"""

from __future__ import annotations

from dataclasses import replace

from .blocks import Label, clean, file_name_title
from .datafields import COMP as _COMP
from .datafields import GROUP as _GROUP
from .datafields import LEVEL as _LEVEL
from .datafields import TEXT as _TEXT
from .datafields import field as _field
from .datafields import nodes as _nodes
from .dataflat import Records
from .dataflat import flat as _flat
from .datalevelmajor import _key_words
from .datalevels import level_cells, level_numbers, level_object, sentence_lists
from .datarecords import _keyed

__all__ = ["unnamed"]

_TITLE = ("title", "name", "label")
_SLOT = "data: competency name"


def unnamed(data, where, *, file_name: str | None = None) -> Records | None:
    """Read a data file that names no competency as one, or None when it is not that.

    Parameters
    ----------
    data : dict or list
        The parsed JSON or YAML, which :func:`~.datarecords.read_records` did not read.
    where : callable
        Maps a path of keys into ``data`` to its source location (``{"lines": [n]}``).
    file_name : str, optional
        The file's name without its suffix: the competency's name when the data has no title.

    Returns
    -------
    Records or None
        One competency's regions (its name's origin in ``notes`` as a repair), or None.

    Examples
    --------
    >>> data = {"title": "Listening", "statements": [
    ...     {"level": 1, "text": "Hears people out."}, {"level": 2, "text": "Sums up."}]}
    >>> found = unnamed(data, lambda path: {})
    >>> [r.labels[0].text for r in found.regions], found.level_names
    (['Listening', 'Listening'], ['Level 1', 'Level 2'])
    >>> found.notes[0][1]
    "competency 'Listening' named by the data's 'title' (the data names no competency)"
    >>> unnamed({"L1": "Plans a sprint.", "L2": "Plans a quarter."}, lambda p: {},
    ...         file_name="02_sprint-planning").regions[0].labels[0].text
    'Sprint planning'
    """
    title = next(
        (k for k in _TITLE if isinstance(data, dict) and isinstance(data.get(k), str)), None
    )
    if title and clean(data[title]):
        name, said, source = clean(data[title]), f"the data's {title!r}", where((title,))
    elif file_name and clean(file_name):
        name, said, source = file_name_title(clean(file_name)), "the file's name", {}
    else:
        return None
    if (found := _lists_apart(data, where)) is not None:
        return found
    found = _levels_only(data, where, name) or _records_only(data, where, name)
    if found is None:
        return None
    label = Label(name, _SLOT, tuple(source.items()))
    found.regions = [
        replace(
            r,
            labels=tuple(
                label if lab.text == name and lab.slot.startswith("data: comp") else lab
                for lab in r.labels
            ),
        )
        for r in found.regions
    ]
    if title and clean(data[title]):
        found.used.add((title,))
    found.reasons["competency"] = (said, 0.7)
    found.notes.append(
        (
            "repair",
            f"competency {name!r} named by {said} (the data names no competency)",
            0.7,
            source,
        )
    )
    return found


def _levels_only(data, where, name: str) -> Records | None:
    """An object holding only a competency's levels (``L1`` ... ``L6``), no name."""
    if not isinstance(data, dict) or _field(data, _COMP) or not level_cells(data):
        return None
    found = _keyed([{"name": name, **data}], (), lambda path: where(path[1:]), least=1)
    if found is None:
        return None
    found.used = {path[1:] for path in found.used if path[1:] != ("name",)}
    levels = found.reasons["level"][0]
    found.said = f"one competency's statements {levels}, its name nowhere in the data"
    return found


def _records_only(data, where, name: str) -> Records | None:
    """Records each giving a level and a text, none a competency."""
    for path, node in _nodes(data, ()):
        if not isinstance(node, list):
            continue
        rows = [r for r in node if isinstance(r, dict)]
        if len(rows) < 2 or len(rows) < 0.8 * len(node) or any(_field(r, _COMP) for r in rows):
            continue
        if sum(bool(_field(r, _LEVEL) and _field(r, _TEXT, text=True)) for r in rows) < 0.8 * len(
            node
        ):
            continue
        named = [{**r, "competency": name} if isinstance(r, dict) else r for r in node]
        found = _flat(named, path, data, where)
        if found is None:
            continue
        found.used = {p for p in found.used if p[-1:] != ("competency",)}
        level_key = _field(rows[0], _LEVEL) or "level"
        text_key = _field(rows[0], _TEXT, text=True) or "text"
        found.said = (
            f"records ({len(rows)}), each a statement under {text_key!r} naming its {level_key!r}"
            ", the competency nowhere in them"
        )
        return found
    return None


def _lists_apart(data, where) -> Records | None:
    """Levels each keeping several lists of sentences under the same keys: a competency each.

    ``{"levels": {"DA-L1": {"level": "L1 - Trainee", "coreCompetencies": [...],
    "indicators": [...]}, ...}}``: each key holding a list of sentences at every level is a
    competency named by the key's words, its lists the statements at each level.

    Examples
    --------
    >>> data = {"levels": {
    ...     "A-L1": {"level": "L1 - Trainee", "core": ["Writes SQL."],
    ...              "indicators": ["Asks for help."]},
    ...     "A-L2": {"level": "L2 - Analyst", "core": ["Models data."],
    ...              "indicators": ["Leads a team."]}}}
    >>> found = _lists_apart(data, lambda path: {})
    >>> sorted({r.labels[0].text for r in found.regions}), found.level_names
    (['Core', 'Indicators'], ['L1 - Trainee', 'L2 - Analyst'])
    """
    if not isinstance(data, dict) or _field(data, _COMP):
        return None
    cells = level_cells(data)
    spots = [spot for _, _, spot, _ in cells]
    if len(cells) < 2 or any(len(s) != 3 or s[0] != spots[0][0] for s in spots):
        return None  # levels as objects in one "levels" list or object only
    at = spots[0][0]
    records = [data[at][s[1]] for s in spots]
    keys = sentence_lists(records[0])
    keys = [k for k in keys if all(isinstance(r.get(k), list) for r in records)]
    if len(keys) < 2:
        return None
    names, named_by = [], []
    for (level, *_), s, record in zip(cells, spots, records, strict=True):
        said = record.get("level")
        own = isinstance(said, str) and clean(said) and not clean(said).isdigit()
        names.append(clean(said) if own else level)
        named_by.append((at, s[1], "level") if own else None)
    group = _field(data, _GROUP)  # the file's "category", as its one competency took it
    listed = isinstance(data[at], list)  # [{"name": "Assists", ...}]: kept a list
    synthetic = []
    for k in keys:
        own = [{"name": n, k: r[k]} for r, n in zip(records, names, strict=True)]
        held = own if listed else dict(zip([s[1] for s in spots], own, strict=True))
        synthetic.append(
            {"name": _key_words(k), **({group: data[group]} if group else {}), at: held}
        )

    def back(path: tuple) -> tuple:
        """A path into the synthetic competencies as the path into the data it came from."""
        if len(path) < 2:
            return (at, spots[0][1], keys[path[0]]) if path else ()
        if len(path) >= 4 and path[3] == "name":
            level_at = [s[1] for s in spots].index(path[2])
            return named_by[level_at] or (at, path[2])
        if path[1] == "name":
            return (at, spots[0][1], keys[path[0]])
        if path[1] == group:
            return (group,)
        return path[1:]

    found = _keyed(synthetic, (), lambda path: where(back(path)), least=2)
    if found is None:
        return None
    found.used = {back(path) for path in found.used} | {n for n in named_by if n}
    named = [(s, level_object(data[at][s[1]])) for s in spots]
    found.used |= {(at, s[1], own[0]) for s, own in named if own and own[0]}
    if numbered := level_numbers(records):  # "levelNumber": 1, whatever the data's order
        key, numbers = numbered
        found.level_names = [n for _, n in sorted(zip(numbers, names, strict=True))]
        found.level_order = f"the levels' own {key!r}"
        found.used |= {(at, s[1], key) for s in spots}
    elif not found.level_names:  # keyed by codes ("DA-L1"): in the data's order
        found.level_names, found.level_order = list(dict.fromkeys(names)), "the data's order"
    shown = ", ".join(f"{k!r} -> {_key_words(k)!r}" for k in keys)
    found.said = (
        f"levels in a {at!r} {'list' if listed else 'object'} ({len(records)}), each keeping "
        f"{len(keys)} lists of sentences under the same keys, a competency each named by its "
        f"key: {shown}"
    )
    found.reasons["competency"] = ("the keys of the lists each level keeps", 0.85)
    found.notes.append(
        (
            "guess",
            f"competencies named by the levels' list keys: {shown}",
            0.85,
            where((at, spots[0][1], keys[0])),
        )
    )
    return found
