"""A data file naming no competency: its statements are one competency, named for the reader.

A JSON or YAML file kept per competency often leaves the competency's name out: the file's
object holds only its levels (``{"L1": {...}, "L2": {...}}``, as half the EM Competency Matrix's
files do), or the file's own title stands over records giving a level and a text each
(``{"title": "Communication", "statements": [{"level": 1, "text": "..."}]}``). Both were
refused. They are read as one competency named by the data's own ``title`` (or ``name``), or,
when it has none, by the file's name; the report records the name as a repair, saying where it
came from, so a reader can rename it. The statements keep their words and places.
"""

from __future__ import annotations

from dataclasses import replace

from .blocks import Label, clean, file_name_title
from .datafields import COMP as _COMP
from .datafields import LEVEL as _LEVEL
from .datafields import TEXT as _TEXT
from .datafields import field as _field
from .datafields import nodes as _nodes
from .dataflat import Records
from .dataflat import flat as _flat
from .datalevels import level_cells
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
