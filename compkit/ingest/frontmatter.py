"""YAML front matter: a Markdown page's metadata, and the framework when the page keeps it there.

Site generators put a YAML block between ``---`` lines at the top of a page. Its title,
organisation and language become the framework's (never statements). When the block holds the
framework itself -- a list of competencies, each with a name and a list of levels holding lists
of statements, as in Monzo's progression framework and the sites built from it -- that structure
is read as labelled regions: a competency per item, a level per entry (``level: 3`` is "Level 3"),
a statement per string under a key such as ``criteria``, ``indicators`` or ``behaviours`` (or per
such key of a mapping in that list, e.g. ``exampleCriteria: [{criteria: ..., examples: [...]}]``).
Every statement keeps its line; every key read as nothing is named in the report. A whole data
file that nests nothing so is read as flat records or competencies keyed by name
(:mod:`.datarecords`), and its top-level ``name`` (or ``role``) is its title when it has no
``title``; one
that names no competency is one, named by its title or the file's name (:mod:`.dataunnamed`). Either
way, a topic of level summaries is the levels' descriptions and a level a topic leaves out, where
the others list it, is undefined (:mod:`.datatopics`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .blocks import Label, Para, Region, clean
from .datacatalogue import names_only
from .datarecords import read_records
from .datatopics import left_out_levels, level_summaries
from .dataunnamed import unnamed
from .freevalues import data_values

__all__ = ["FrontMatter", "read_front_matter"]

_NAME = ("name", "title", "competency", "skill", "topic", "label", "heading")
_LEVEL = re.compile(r"^(?:level|grade|band|milestone|stage|tier)$", re.IGNORECASE)
_STATEMENTS = re.compile(
    r"criteri|indicator|behaviou?r|statement|signal|descriptor|expectation|outcome", re.I
)
_DESCRIPTION = ("description", "summary", "definition")
_META = {
    "title": ("title",),
    "organisation": ("organisation", "organization", "publisher", "company", "owner"),
    "language": ("language", "lang", "locale"),
}
_BCP47 = re.compile(r"^[a-z]{2,3}(?:[-_][A-Za-z]{2,4})?$")


@dataclass
class FrontMatter:
    """What the front matter says: metadata, and the framework's regions if it holds one."""

    size: int  # lines it takes, its two ``---`` included
    title: Para | None = None
    meta: dict[str, str] = field(default_factory=dict)
    introduction: list[Para] = field(default_factory=list)
    regions: list[Region] = field(default_factory=list)
    level_names: list[str] = field(default_factory=list)
    notes: list[tuple] = field(default_factory=list)
    all_keys: dict[str, tuple[str, dict]] = field(default_factory=dict)
    level_order: str = "the front matter's level numbers"
    shape: str = "nested"  # or "flat records", "competencies keyed by name" (datarecords)
    structure: str = "front matter"  # or "a JSON data file", "a YAML data file"
    slot_reasons: dict[str, tuple[str, float]] = field(default_factory=dict)  # kind -> why
    slots: dict[str, str] = field(default_factory=dict)  # a data file's groups' slot
    refusal: str = ""  # a whole data file holding no framework: what it holds (names only)
    values: list[tuple[str, str, dict]] = field(default_factory=list)  # (name, text, source)

    @property
    def said(self) -> str:
        """What a data file holds and how it was read, in its own keys ("" for front matter)."""
        return self.slot_reasons.get("layout", ("",))[0]


def read_front_matter(
    lines: list[str], *, whole: bool = False, file_name: str | None = None
) -> FrontMatter | None:
    """Read the front matter of a page's lines, or None when it has none (or it is not YAML).

    With ``whole``, the lines are all YAML (or JSON: a progression framework's data file, as
    UNiDAYS publishes it), read the same way; a data file naming no competency is one, named by
    its title or else ``file_name`` (:mod:`.dataunnamed`).
    """
    import yaml

    from ..framework._yaml import load_yaml

    if whole:
        start, end = 0, len(lines)
    else:
        if not lines or lines[0].strip() != "---":
            return None
        end = next((k for k in range(1, len(lines)) if lines[k].rstrip() in ("---", "...")), None)
        if end is None:
            return None
        start = 1
    try:
        data, linemap, _ = load_yaml("\n".join(lines[start:end]))
    except yaml.YAMLError:
        return None
    if not isinstance(data, dict) and not (whole and isinstance(data, list)):
        return None
    front = FrontMatter(end if whole else end + 1)

    def where(path: tuple) -> dict:
        line = linemap.line(path)
        return {"lines": [line + start]} if line else {}

    used: set[tuple] = set()
    if isinstance(data, dict):
        _metadata(front, data, where, used, whole=whole)
    found = _find(data, ())
    if found is not None:
        _regions(front, found, data, where, used)
    elif whole and (
        records := read_records(data, where) or unnamed(data, where, file_name=file_name)
    ):  # flat or keyed by name, or one competency the data does not name
        front.regions, front.level_names = records.regions, records.level_names
        front.all_keys, front.shape = records.all_keys, records.shape
        front.level_order = records.level_order
        front.slot_reasons = {**records.reasons, "layout": (records.said, 1.0)}
        front.slots = {"level": "data: level"} | (
            {"group": "data: group"} if "group" in records.reasons else {}
        )
        used |= records.used
        front.notes += records.notes
    if whole and not front.regions:
        front.refusal = names_only(data) or ""  # competencies' names alone (.datacatalogue)
    if front.regions:  # a topic of level summaries; levels a topic leaves out
        front.regions, said = level_summaries(front.regions)
        front.regions, gaps = left_out_levels(front.regions)
        front.notes += said + gaps
    if front.regions:  # the framework's own values list (.freevalues)
        front.values, read = data_values(data, where)
        used |= read
    if whole and front.regions:
        first = next((line.strip() for line in lines if line.strip()), "")
        front.structure = f"a {'JSON' if first[:1] in ('{', '[') else 'YAML'} data file"
        if found is not None:  # nested as front matter nests it
            front.slot_reasons = _nested(found)
    skipped: dict[str, int] = {}
    for path in _leaves(data, ()):
        if path not in used:
            # a value in lists only ([1, 2, 3]) has no key to name it by
            key = next((str(k) for k in reversed(path) if isinstance(k, str)), "list items")
            skipped[key] = skipped.get(key, 0) + 1
    if skipped:
        shown = ", ".join(k if n == 1 else f"{k} ({n} values)" for k, n in skipped.items())
        where = "the data" if whole else "front matter"
        front.notes.append(("unused", f"{where} not read: {shown}", 0.8, {"lines": [1]}))
    return front


def _nested(path: tuple) -> dict[str, tuple[str, float]]:
    """Why a data file nesting competencies, levels and statements was read so, in its keys."""
    where = f" under {path[-1]!r}" if path and isinstance(path[-1], str) else ""
    return {
        "layout": (f"competencies{where}, each a name and a list of levels with statements", 1),
        "competency": (f"the names of the list{where}", 0.95),
        "level": ("each competency's list of levels", 0.95),
    }


def _metadata(front: FrontMatter, data: dict, where, used: set[tuple], *, whole: bool) -> None:
    for field_name, keys in _META.items():
        # FT's job family ("name"); the role a ladder's levels describe ("role": "Data Analyst")
        keys = (*keys, "name", "role") if whole and field_name == "title" else keys
        key = next((k for k in keys if isinstance(data.get(k), str) and clean(data[k])), None)
        if key is None:
            continue
        value = clean(data[key])
        used.add((key,))
        if field_name == "title":
            shown = _unsymbolled(value)
            front.title = Para(shown, where((key,)), key="FMtitle")
            if shown != value:
                front.notes.append(("guess", f"title {value!r} read without its symbols", 0.8))
        elif field_name == "language" and not _BCP47.match(value):
            used.discard((key,))
        else:
            front.meta[field_name] = value.replace("_", "-") if key != "organisation" else value
    for key in _DESCRIPTION:
        if isinstance(data.get(key), str) and clean(data[key]):
            parts = _paragraphs(data[key]) if whole else [data[key]]  # a data file's Markdown
            for k, part in enumerate(parts):
                front.introduction.append(Para(part, where((key,)), key=f"FM{key}{k or ''}"))
            used.add((key,))


#: A Markdown heading's marks: "## What does it mean for me?", or a setext underline ("====")
_ATX = re.compile(r"^#{1,6}[ \t]+")
_SETEXT = re.compile(r"^[ \t]*(?:=+|-{2,})[ \t]*$")


def _paragraphs(text: str) -> list[str]:
    r"""A data file's description written in Markdown, a paragraph each, headings' marks dropped.

    Examples
    --------
    >>> _paragraphs("About\n=====\n\nWe are here.\n\n## What next?\n\nMore.")
    ['About', 'We are here.', 'What next?', 'More.']
    """
    out = []
    for block in re.split(r"\n[ \t]*\n", text.replace("\r\n", "\n")):
        lines = [_ATX.sub("", line) for line in block.split("\n") if not _SETEXT.match(line)]
        if clean(" ".join(lines)):
            out.append("\n".join(lines))
    return out or [text]


def _leaves(node, path: tuple):
    """The paths of every string, number and empty value in the data, depth first."""
    if isinstance(node, dict):
        for k, v in node.items():
            yield from _leaves(v, (*path, k))
    elif isinstance(node, list):
        for i, v in enumerate(node):
            yield from _leaves(v, (*path, i))
    elif node is not None and clean(str(node)):
        yield path


def _name(d: dict) -> str | None:
    for key in _NAME:
        if isinstance(d.get(key), str) and clean(d[key]):
            return key
    return None


#: a name written as an identifier ("knowledge", "dev-eng-practices"): a site shows the title
_SLUG = re.compile(r"^[a-z0-9]+(?:[-_][a-z0-9]+)*$")


def _unsymbolled(value: str) -> str:
    """A title without the symbols opening it ("🧠 Knowledge" is "Knowledge")."""
    return re.sub(r"^[^\w\"'(“‘]+", "", value) or value


def _titled(d: dict) -> str | None:
    """The title a site shows over a name written as an identifier, or None.

    Examples
    --------
    >>> _titled({"name": "knowledge", "title": "🧠 Knowledge"})
    'Knowledge'
    >>> _titled({"name": "communication", "title": None}) is None
    True
    >>> _titled({"name": "Team work", "title": "Teamwork"}) is None
    True
    """
    title, name = d.get("title"), d.get("name")
    if isinstance(name, str) and _SLUG.match(clean(name)) and isinstance(title, str):
        return _unsymbolled(clean(title)) if clean(title) else None
    return None


def _by_title(items: list) -> bool:
    """Whether every competency named by an identifier has a title: all are called by it."""
    named = [d for d in items if isinstance(d, dict) and _name(d) == "name"]
    slugs = [d for d in named if _SLUG.match(clean(d["name"]))]
    return bool(slugs) and all(_titled(d) for d in slugs)


def _shared_titles(items: list) -> list[str]:
    """The names (casefolded) two or more competencies would show: the titled keep their ids.

    Examples
    --------
    >>> _shared_titles([{"name": "comms-written", "title": "✍️ Communication"},
    ...                 {"name": "comms-verbal", "title": "🗣️ Communication"},
    ...                 {"name": "craft", "title": "Craft"}, {"name": "Delivery"},
    ...                 {"name": "ship", "title": "Delivery"}])
    ['communication', 'delivery']
    """
    shown = [
        (_titled(d) or clean(str(d[key]))).casefold()
        for d in items
        if isinstance(d, dict) and (key := _name(d))
    ]
    return sorted({t for t in shown if shown.count(t) > 1})


def _statements(entry: dict, path: tuple) -> list[tuple[str, tuple]]:
    """(text, path) of every statement of a level entry."""
    out = []
    for key, value in entry.items():
        if not isinstance(key, str) or not _STATEMENTS.search(key) or not isinstance(value, list):
            continue
        for i, item in enumerate(value):
            if isinstance(item, str) and clean(item):
                out.append((item, (*path, key, i)))
            elif isinstance(item, dict):
                inner = next(
                    (
                        k
                        for k, v in item.items()
                        if isinstance(k, str) and _STATEMENTS.search(k) and isinstance(v, str)
                    ),
                    None,
                )
                if inner is not None and clean(item[inner]):
                    out.append((item[inner], (*path, key, i, inner)))
    return out


def _level_of(entry: dict) -> tuple[str, str] | None:
    """(level name, key) of a level entry: ``level: 3`` is "Level 3", else its name."""
    for key, value in entry.items():
        if isinstance(key, str) and _LEVEL.match(key) and isinstance(value, int | float | str):
            if isinstance(value, bool) or not clean(str(value)):
                continue
            text = clean(str(value))
            return (f"Level {text}" if re.fullmatch(r"\d+(?:\.\d+)?", text) else text), key
    key = _name(entry)
    return (clean(entry[key]), key) if key else None


def _level_list(comp: dict) -> str | None:
    """The key of a competency's list of level entries, if it has one."""
    for key, value in comp.items():
        if (
            isinstance(value, list)
            and value
            and all(isinstance(e, dict) and _level_of(e) for e in value)
            and any(_statements(e, ()) for e in value)
        ):
            return key
    return None


def _find(node, path: tuple) -> tuple | None:
    """The path of the first list whose items are competencies (a name and a level list)."""
    if isinstance(node, list):
        if any(isinstance(d, dict) and _name(d) and _level_list(d) for d in node):
            return path
        children = enumerate(node)
    elif isinstance(node, dict):
        children = node.items()
    else:
        return None
    for key, child in children:
        found = _find(child, (*path, key))
        if found is not None:
            return found
    return None


def _regions(front: FrontMatter, path: tuple, data: dict, where, used: set[tuple]) -> None:
    items = data
    for step in path:
        items = items[step]
    comp_slot = f"front matter: {path[-1] if path else 'list'}"
    levels: dict[str, float | None] = {}
    titled: list[tuple[str, str]] = []  # (identifier, title) of competencies named by title
    kept: list[tuple[str, str]] = []  # (identifier, title) of those whose titles another shows
    by_title = _by_title(items)  # every identifier titled (Monzo leaves some titles empty)
    shared = _shared_titles(items) if by_title else []  # two topics shown as "Communication"
    for i, comp in enumerate(items):
        if not isinstance(comp, dict) or not _name(comp) or not _level_list(comp):
            continue
        name_key, list_key = _name(comp), _level_list(comp)
        here = (*path, i)
        used.add((*here, name_key))
        shown_key, shown = name_key, clean(comp[name_key])
        title = _titled(comp) if by_title else None  # "knowledge" over "🧠 Knowledge", as shown
        if title and title.casefold() in shared:
            used.add((*here, "title"))  # said in the report
            kept.append((clean(comp[name_key]), title))
        elif title:
            shown_key, shown = "title", title
            used.add((*here, shown_key))
            titled.append((clean(comp[name_key]), shown))
        comp_label = Label(shown, comp_slot, tuple(where((*here, shown_key)).items()))
        for key in _DESCRIPTION:
            if isinstance(comp.get(key), str) and clean(comp[key]):
                used.add((*here, key))
                para = Para(comp[key], where((*here, key)), key=f"FM{i}{key}")
                front.regions.append(Region((comp_label,), [para]))
        for j, entry in enumerate(comp[list_key]):
            level, level_key = _level_of(entry)
            at = (*here, list_key, j)
            used.add((*at, level_key))
            number = re.fullmatch(r"Level (\d+(?:\.\d+)?)", level)
            levels.setdefault(level, float(number.group(1)) if number else None)
            label = Label(level, "front matter: level", tuple(where((*at, level_key)).items()))
            paras = []
            for text, spot in _statements(entry, at):
                used.add(spot)
                key = "FM" + ".".join(map(str, spot))
                paras.append(Para(text, where(spot), bullet=True, blank_before=True, key=key))
                front.all_keys[key] = (clean(text), where(spot))
            front.regions.append(Region((comp_label, label), paras))
    if levels and all(rank is not None for rank in levels.values()):
        front.level_names = sorted(levels, key=levels.__getitem__)
    if titled:
        shown = ", ".join(f"{t!r} for {n!r}" for n, t in titled[:3]) + ", ..." * (len(titled) > 3)
        said = f"competencies named by their titles, as a site shows them ({shown}), not by the"
        front.notes.append(("guess", f"{said} identifiers their 'name' keys hold", 0.8))
    if kept:
        shown = ", ".join(f"{n!r} ({t!r})" for n, t in kept)
        said = (
            f"competencies named by their identifiers, their titles shown by more than one: {shown}"
        )
        front.notes.append(("guess", said, 0.8))
