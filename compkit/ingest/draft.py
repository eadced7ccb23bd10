"""Collect what a layout read -- levels, competencies, statements, roles -- and write the document.

Every layout fills a :class:`Draft` with names as printed; :meth:`Draft.to_document` then gives
ids, ranks and indicator ids (``<competency>-<level>-<n>``, ``n`` the source's own number when
the cell is numbered, else the position in the cell), chooses where stems belong (framework,
level or competency), and returns a framework document in the file format (schema version 2),
ready for :func:`compkit.framework.from_dict`.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field

from .blocks import clean, numbered_name
from .freevalues import intro_values, unused_values
from .idnames import unique_ids as _ids
from .namedrecords import named_records
from .report import IngestReport
from .sidestems import place_side_stems
from .stemnotes import say_stems

__all__ = ["Draft", "Statement"]


@dataclass
class Statement:
    """A statement as read: names of its cell, verbatim text, numbers and location.

    ``note`` is what the source sets beside the statement that is not the statement itself
    (its reasons, evidence or sources), word for word; see :attr:`.blocks.Para.note`.
    """

    competency: str
    level: str
    text: str
    polarity: str = "effective"
    numbers: list[int] = field(default_factory=list)
    source: dict = field(default_factory=dict)
    repair: tuple[str, str] | None = None
    mirrors: int | None = None  # index of the effective statement it mirrors
    note: str = ""


def _same_level(name: str, bare: tuple[int, str]) -> bool:
    """Whether a level's printed name has ``bare``'s number and name ("Level 1: Novice")."""
    own = numbered_name(name)
    return bool(own) and own[0] == bare[0] and _key(own[1]) == _key(bare[1]) and bool(own[1])


@dataclass
class _Named:
    name: str
    source: dict = field(default_factory=dict)
    rank: float | None = None
    description: str = ""
    group: str | None = None
    values: list[str] = field(default_factory=list)
    said: list[tuple[str, dict]] = field(default_factory=list)  # description paragraphs' sources


def _key(name: str) -> str:
    return clean(name).casefold()


def _merge(source: dict, more: dict | None) -> dict:
    if not more:
        return source
    if not source:
        return dict(more)
    out = dict(source)
    if more.get("lines") and "page" not in more:
        out["lines"] = sorted({*out.get("lines", []), *more["lines"]})
    return out


class Draft:
    """What a layout read, by name, before ids are given (see module docs)."""

    def __init__(self, report: IngestReport) -> None:
        self.report = report
        self.levels: dict[str, _Named] = {}
        self.competencies: dict[str, _Named] = {}
        self.groups: dict[str, _Named] = {}
        self.values: dict[str, _Named] = {}
        self.statements: list[Statement] = []
        self.undefined: list[tuple[str, str, str, str | None, dict]] = []
        # (competency, level, text, source), or with the side it heads (:mod:`.sidestems`)
        self.stems: list[tuple] = []
        self.one_side_stems: frozenset[str] | None = None  # compkit's Markdown: see .sidestems
        self.roles: dict[str, dict[str, list[str | None]]] = {}
        self.role_sources: dict[str, dict] = {}
        self.role_notes: dict[str, str] = {}  # a role's description (.describedtables)
        self.introduction: list[tuple[str, dict]] = []
        self.introduction_extra: list[tuple[str, dict]] = []
        self.level_names: dict[str, str] = {}  # key -> preferred name (from an introduction)

    # -- collecting ------------------------------------------------------------------------------

    def level(self, name: str, source: dict | None = None, *, rank: float | None = None) -> str:
        """Declare a level by its printed name; return its key.

        A name with its number before it ("1 - Novice") is the level declared without it
        ("Novice", e.g. from the levels hint).
        """
        key = _key(name)
        bare = numbered_name(name)
        if key not in self.levels and bare and _key(bare[1]) in self.levels:
            key = _key(bare[1])
        if key not in self.levels and bare:  # "Level 1 – Novice" is "Level 1: Novice" declared
            key = next((k for k, v in self.levels.items() if _same_level(v.name, bare)), key)
        if key not in self.levels:
            shown = self.level_names.get(key, clean(name))
            if shown.isdigit():
                shown = f"Level {shown}"
            self.levels[key] = _Named(shown, dict(source or {}), rank)
        else:
            self.levels[key].source = _merge(self.levels[key].source, source)
            if rank is not None and self.levels[key].rank is None:
                self.levels[key].rank = rank
        return key

    def competency(
        self,
        name: str,
        source: dict | None = None,
        *,
        number: int | None = None,
        group: str | None = None,
    ) -> str:
        """Declare a competency by its printed name; return its key."""
        key = _key(name)
        if key not in self.competencies:
            src = dict(source or {})
            if number is not None:
                src["numbers"] = [number]
            self.competencies[key] = _Named(clean(name), src)
        if group:
            gkey = _key(group)
            self.groups.setdefault(gkey, _Named(clean(group)))
            self.competencies[key].group = self.competencies[key].group or gkey
        return key

    def describe(self, competency: str, text: str, source: dict | None = None) -> None:
        """Add a paragraph to a competency's description (where it stands, when known)."""
        comp = self.competencies[competency]
        comp.description = f"{comp.description}\n\n{clean(text)}".strip()
        if source:
            comp.said.append((clean(text), source))

    def value(self, competency: str | None, name: str, source=None, *, description="") -> None:
        """Record a value, as printed: one a competency expresses, or the framework's own."""
        key = _key(name)
        if key not in self.values:
            self.values[key] = _Named(clean(name), dict(source or {}), description=description)
        else:
            self.values[key].source = _merge(self.values[key].source, source)
            self.values[key].description = self.values[key].description or description
        if competency is not None and key not in self.competencies[competency].values:
            self.competencies[competency].values.append(key)

    def statement(self, stmt: Statement) -> int:
        """Add a statement; return its index (for ``mirrors``)."""
        self.statements.append(stmt)
        return len(self.statements) - 1

    def role(self, name: str, competency: str, level: str | None, source=None) -> None:
        """Record that a role needs a competency at a level (``None``: at no stated level)."""
        self.roles.setdefault(clean(name), {}).setdefault(competency, []).append(level)
        if source:
            self.role_sources[clean(name)] = _merge(self.role_sources.get(clean(name), {}), source)

    def find(self, kind: str, name: str) -> str | None:
        """The key of a level or competency by its printed name or shown name, if declared."""
        table = self.levels if kind == "level" else self.competencies
        key = _key(name)
        if key in table:
            return key
        return next((k for k, v in table.items() if _key(v.name) == key), None)

    # -- writing ---------------------------------------------------------------------------------

    def _level_order(self) -> list[str]:
        keys = list(self.levels)
        if any(self.levels[k].rank is not None for k in keys):
            return sorted(
                keys, key=lambda k: (self.levels[k].rank is None, self.levels[k].rank or 0)
            )
        return keys

    def _open_cells(self) -> list[tuple[str, str, str, str | None, dict]]:
        """The undefined marks of cells that hold no statement of their side, each cell once.

        A sheet with a row per criterion may say "N/A" on one criterion of a level and give
        the others statements: the cell is defined, and the mark is said in the report.
        """
        held = {(s.competency, s.level, s.polarity) for s in self.statements}
        kept, seen, beside = [], set(), []
        for u in self.undefined:
            c, lv, _, pol, src = u
            if any((c, lv, p) in held for p in ([pol] if pol else ["effective", "ineffective"])):
                beside.append(src)
            elif (c, lv, pol) not in seen:
                seen.add((c, lv, pol))
                kept.append(u)
        if beside:  # the notes that said these cells were recorded undefined go
            gone = {self.report.where(src) for src in beside}
            notes = self.report.notes
            notes[:] = [n for n in notes if n.kind != "undefined" or n.where not in gone]
            self.report.add(
                "guess",
                f"{len(beside)} 'n/a' marks stand beside statements in their cell: the cell is "
                "not recorded as undefined",
                0.8,
                beside[0],
            )
        return kept

    def to_document(
        self,
        *,
        id: str,
        title: str,
        organisation: str,
        source: dict,
        language: str = "en-GB",
        cumulative: bool = False,
        competency_term: str = "competency",
        stem: str | None = None,
    ) -> dict:
        """The framework document (file format, schema version 2)."""
        intro_values(self)  # a values section before the competencies: the framework's values
        self.undefined = self._open_cells()
        used = {s.competency for s in self.statements} | {u[0] for u in self.undefined}
        unused_values(self, used)  # a values section after the competencies (.freevalues)
        for key, comp in self.competencies.items():
            if key not in used:
                texts = [t for t in comp.description.split("\n\n") if t]
                lost = (  # its text goes nowhere else: say what it was
                    f" with its text ({len(texts)} paragraph{'s' * (len(texts) > 1)}: "
                    f"{texts[0][:60]!r}{', ...' if len(texts) > 1 else ''})"
                    if texts
                    else ""
                )
                self.report.add(
                    "unused",
                    f"'{comp.name}' was read as a {competency_term} but holds no statement; "
                    f"left out{lost}",
                    0.6,
                    comp.source,
                )
        level_ids = _ids({k: self.levels[k].name for k in self._level_order()}, "level")
        comp_ids = _ids({k: c.name for k, c in self.competencies.items() if k in used}, "c")
        group_ids = _ids({k: g.name for k, g in self.groups.items()}, "group")
        value_ids = _ids({k: v.name for k, v in self.values.items()}, "value")
        stems = say_stems(self, self._place_stems(stem), stem)
        levels = []
        for rank, key in enumerate(level_ids, 1):
            lv = self.levels[key]
            levels.append(
                _clean_dict(
                    {
                        "id": level_ids[key],
                        "name": lv.name,
                        "rank": rank,
                        "description": lv.description,
                        "source": lv.source,
                        "stem": stems.get(("level", key)),
                    }
                )
            )
        indicator_ids = self._indicator_ids(comp_ids, level_ids)
        competencies = []
        for key, cid in comp_ids.items():
            comp = self.competencies[key]
            indicators = []
            for n, s in enumerate(self.statements):
                if s.competency != key:
                    continue
                indicators.append(
                    _clean_dict(
                        {
                            "id": indicator_ids[n],
                            "level": level_ids[s.level],
                            "text": s.text,
                            "polarity": "ineffective" if s.polarity == "ineffective" else None,
                            "source": _clean_dict(s.source),
                            "repair": {"kind": s.repair[0], "note": s.repair[1]}
                            if s.repair
                            else None,
                            "mirrors": indicator_ids.get(s.mirrors)
                            if s.mirrors is not None
                            else None,
                            "note": s.note or None,
                        }
                    )
                )
            rank = {lv["id"]: lv["rank"] for lv in levels}
            indicators.sort(key=lambda i: rank[i["level"]])
            undefined = [
                _clean_dict({"level": level_ids[lv], "note": note, "polarity": pol, "source": src})
                for c, lv, note, pol, src in self.undefined
                if c == key
            ]
            competencies.append(
                _clean_dict(
                    {
                        "id": cid,
                        "name": comp.name,
                        "description": comp.description,
                        "group": group_ids.get(comp.group) if comp.group else None,
                        "values": [value_ids[v] for v in comp.values],
                        "source": comp.source,
                        "stem": stems.get(("competency", key)),
                        "undefined": undefined,
                    }
                )
                | {"indicators": indicators}
            )
        doc = {
            "schema_version": 2,
            "id": id,
            "title": title,
            "organisation": organisation,
            "competency_term": competency_term,
            "cumulative": cumulative,
            "language": language,
            "stem": stems.get(("framework", None)),
            "source": source,
            "introduction": [
                _clean_dict({"text": t, "source": src}) for t, src in self.introduction if t
            ],
            "levels": levels,
            "groups": named_records(self.groups, group_ids),
            "values": named_records(self.values, value_ids),
            "competencies": competencies,
            "roles": self._roles(comp_ids, level_ids),
        }
        return {k: v for k, v in doc.items() if v not in (None, "", [], {})}

    def _indicator_ids(self, comp_ids: dict, level_ids: dict) -> dict[int, str]:
        cells: dict[tuple[str, str, str], list[int]] = defaultdict(list)
        for n, s in enumerate(self.statements):
            cells[(s.competency, s.level, s.polarity)].append(n)
        out: dict[int, str] = {}
        seen: set[str] = set()
        for (comp, level, polarity), members in cells.items():
            firsts = [
                self.statements[n].numbers[0] if self.statements[n].numbers else None
                for n in members
            ]
            numbered = None not in firsts and len(set(firsts)) == len(firsts)
            base = f"{comp_ids[comp]}-{level_ids[level]}" + (
                "-neg" if polarity == "ineffective" else ""
            )
            for pos, n in enumerate(members, 1):
                ident = f"{base}-{firsts[pos - 1] if numbered else pos}"
                while ident in seen:
                    ident += "x"
                seen.add(ident)
                out[n] = ident
        return out

    def _place_stems(self, given: str | None) -> dict[tuple[str, str | None], str]:
        if given:
            return {("framework", None): given}
        if not self.stems:
            return {}
        if self.one_side_stems or any(s[4:] == ("ineffective",) for s in self.stems):
            return self._place_side_stems()
        texts = Counter(s[2] for s in self.stems)
        cells = {(s.competency, s.level) for s in self.statements}
        if len(texts) == 1 and len(self.stems) >= len(cells):
            return {("framework", None): next(iter(texts))}
        out: dict[tuple[str, str | None], str] = {}
        for scope, index in (("level", 1), ("competency", 0)):
            by: dict[str, set[str]] = defaultdict(set)
            for stem in self.stems:
                by[stem[index]].add(stem[2])
            opened, held = Counter(s[index] for s in self.stems), Counter(c[index] for c in cells)
            if all(len(v) == 1 and 2 * opened[k] > held[k] for k, v in by.items()):  # most cells
                for k, v in by.items():
                    out[(scope, k)] = next(iter(v))
                return out
        top, count = texts.most_common(1)[0]
        if count == 1 or 2 * count <= len(cells):  # none repeats, or few: "... understand:"
            for text, n in texts.items():  # each leads into its own cells, none the framework's
                src = next(s[3] for s in self.stems if s[2] == text)
                opens = "one cell only" if count == 1 else f"{n} of {len(cells)} cells"
                self.report.add(
                    "unused", f"lead-in {text!r} opens {opens}, no stem; not kept", 0.5, src
                )
            return {}
        for _comp, _lv, text, src, *_ in self.stems:
            if text != top:
                self.report.add(
                    "unused", f"stem {text!r} differs from the usual {top!r}; not kept", 0.5, src
                )
        return {("framework", None): top}

    def _place_side_stems(self) -> dict:
        """Stems read per side: the fewest that give each cell's sides their own (.sidestems)."""
        out, unfit = place_side_stems(self.stems, self.statements, self.one_side_stems)
        for (comp, lv), pair in unfit:
            where = f'the {self.levels[lv].name} "{self.competencies[comp].name}" cell'
            shown = " / ".join(repr(t) for t in pair if t)
            self.report.add(
                "unused", f"stems {shown} of {where} fit no level or competency; not kept", 0.5
            )
        scopes = [f"{scope} {k or ''}".strip() for scope, k in out]
        if out:
            self.report.add("guess", f"a stem per side read ({', '.join(scopes)})", 0.8)
        return out

    def _roles(self, comp_ids: dict, level_ids: dict) -> list[dict]:
        order = {k: i for i, k in enumerate(level_ids)}
        role_ids = _ids({name: name for name in self.roles}, "role")  # "Team lead", "Team Lead"
        out = []
        for name, needs in self.roles.items():
            requires = {}
            for comp, levels in needs.items():
                if comp not in comp_ids:
                    continue
                known = [lv for lv in levels if lv is not None and lv in level_ids]
                requires[comp_ids[comp]] = (
                    level_ids[max(known, key=order.__getitem__)] if known else None
                )
            if requires:
                out.append(
                    _clean_dict(
                        {
                            "id": role_ids[name],
                            "name": name,
                            "description": self.role_notes.get(name),
                            "requires": requires,
                            "source": self.role_sources.get(name),
                        }
                    )
                )
        return out


def _clean_dict(d: dict) -> dict:
    return {k: v for k, v in d.items() if v not in (None, "", [], {}, ())}
