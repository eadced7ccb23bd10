"""Hypothesis strategies that generate valid frameworks, for property-based round-trip tests.

:func:`framework_documents` draws documents in the file format (as :func:`compkit.framework.to_dict`
returns them) with every optional part exercised: groups, values, competencies described at
some levels only, negative indicators, source references, repairs, roles, rules and awkward
text (punctuation, accents, leading ``=`` or ``'``, line breaks). Requires ``hypothesis``
(a development dependency); import this module only from tests and benchmarks.
:func:`large_framework` builds a large, realistic framework for scale tests;
:func:`framework_on` puts a few competencies' statements on a base document's levels (a rule's
fixture on ``tests/data/checks/clean.yaml``);
:func:`long_table_pdf` a long Word table printed to PDF by LibreOffice, for PDF ingest;
:func:`pdf_fonts` the fonts of a hand-placed PDF page (pypdf's object model); those and
:func:`chromium_pdf` (a web page printed by Chromium), :func:`print_page` (a page written and
printed), :func:`grid_page` and :func:`grid_pdf` (a framework as a web page's grid, printed) and
:func:`word_grid` (as a Word grid) live in :mod:`compkit.testing.printing`; the frame every
printed fixture shares, :func:`web_page`, :func:`grid_table` and :func:`word_page`, in
:mod:`compkit.testing.pages`.
"""

from __future__ import annotations

import copy
from collections import Counter
from typing import Any

from hypothesis import strategies as st

from ..framework.synthetic import large_document, large_framework
from .pages import grid_table, web_page, word_page
from .printing import (
    cell_keys,
    chromium_pdf,
    fixture_script,
    grid_page,
    grid_pdf,
    in_place,
    long_table_pdf,
    pdf_fonts,
    print_page,
    printed_renders,
    word_grid,
    word_to_pdf,
)

__all__ = [
    "cell_keys",
    "cells_by_name",
    "chromium_pdf",
    "fixture_script",
    "framework_documents",
    "framework_from_cells",
    "framework_on",
    "frameworks",
    "grid_page",
    "grid_pdf",
    "grid_table",
    "in_place",
    "large_document",
    "large_framework",
    "long_table_pdf",
    "pdf_fonts",
    "print_page",
    "printed_renders",
    "statement_keys",
    "stripped",
    "web_page",
    "word_grid",
    "word_page",
    "word_to_pdf",
]

_ID = st.from_regex(r"[a-z][a-z0-9]{0,5}(-[a-z0-9]{1,4})?", fullmatch=True)
_CHARS = st.characters(
    codec="utf-8",
    categories=("L", "N", "P", "S", "Zs"),
    exclude_characters="\x85\xa0\u2028\u2029",
)
#: A statement or name: at least one visible character, possibly tricky ones around it.
TEXT = st.one_of(
    st.text(_CHARS, min_size=1, max_size=40).filter(str.strip),
    st.sampled_from(
        ["=SUM(A1)", "'quoted'", "+1 more", "-dash", "@me", "Ça va: oui", "two\nlines", "12"]
    ),
)
_WORD = st.from_regex(r"[A-Za-z][A-Za-z0-9-]{0,8}", fullmatch=True)
_NUMBERS = st.lists(st.integers(0, 500), min_size=1, max_size=3)


def _optional(strategy) -> st.SearchStrategy:
    return st.one_of(st.just(None), strategy)


@st.composite
def _source(draw, v2: bool = False) -> dict[str, Any]:
    out: dict[str, Any] = {}
    if draw(st.booleans()):
        out["lines"] = draw(st.lists(st.integers(1, 900), min_size=1, max_size=3))
    if draw(st.booleans()):
        out["numbers"] = draw(_NUMBERS)
    if draw(st.integers(0, 4)) == 0:
        out["ref"] = draw(TEXT)
    if v2 and draw(st.integers(0, 3)) == 0:  # a location in another document
        out["file"] = draw(st.sampled_from(["other.docx", "b/sheet.xlsx", "p.pdf"]))
        out |= draw(
            st.one_of(
                st.fixed_dictionaries({"page": st.integers(1, 300)}),
                st.fixed_dictionaries({"sheet": TEXT, "cell": st.sampled_from(["B7", "AA12"])}),
                st.fixed_dictionaries(
                    {"paragraph": st.integers(0, 90), "table": st.integers(0, 9)}
                ),
            )
        )
    return out


def _clean(d: dict) -> dict:
    return {k: v for k, v in d.items() if v not in (None, "", [], {})}


@st.composite
def framework_documents(draw, *, max_competencies: int = 4, v2: bool = False) -> dict[str, Any]:
    """Draw a valid framework document (plain dicts and lists, as in a YAML file).

    With ``v2=True`` the documents also use what version 2 of the file format adds: a
    language, stems on the framework, levels and competencies, cells left undefined (whole or
    one side), ineffective statements that mirror effective ones, role requirements with no
    level, and source locations in other files (page, sheet and cell, paragraph and table).

    Examples
    --------
    >>> from hypothesis import HealthCheck, given, settings
    >>> import compkit
    >>> @settings(max_examples=5, database=None, suppress_health_check=[HealthCheck.too_slow])
    ... @given(framework_documents())
    ... def check(doc):
    ...     assert compkit.framework.to_dict(compkit.framework.build.from_dict(doc)) == doc
    >>> check()
    """
    src = _source(v2)
    stem = _optional(TEXT) if v2 else st.just(None)
    ids = st.lists(_ID, min_size=1, max_size=6, unique=True)
    level_ids = draw(ids.map(lambda xs: xs[:5]))
    ranks = draw(
        st.lists(st.integers(1, 30), min_size=len(level_ids), max_size=len(level_ids), unique=True)
    )
    levels = sorted(
        (
            _clean(
                {
                    "id": lv,
                    "name": f"{draw(TEXT)} {lv}",  # two levels of one name are refused
                    "rank": rank,
                    "description": draw(_optional(TEXT)),
                    "stem": draw(stem),
                    "source": draw(src),
                }
            )
            for lv, rank in zip(level_ids, ranks, strict=True)
        ),
        key=lambda lv: lv["rank"],
    )
    groups = [
        _clean({"id": g, "name": draw(TEXT), "description": draw(_optional(TEXT))})
        for g in draw(st.lists(_ID, max_size=2, unique=True))
    ]
    values = [
        _clean({"id": v, "name": draw(TEXT), "source": draw(src)})
        for v in draw(st.lists(_ID, max_size=3, unique=True))
    ]
    comp_ids = draw(st.lists(_ID, min_size=1, max_size=max_competencies, unique=True))
    seen: set[str] = set()
    competencies = []
    for cid in comp_ids:
        subset = draw(_optional(st.lists(st.sampled_from(level_ids), min_size=1, unique=True)))
        at = subset or level_ids
        indicators = []
        for _ in range(draw(st.integers(0, 5))):
            iid = draw(_ID.filter(lambda x: x not in seen))
            seen.add(iid)
            kind = st.sampled_from(
                ["joined-wrapped-lines", "joined-split-numbers", "split-merged-statements", "other"]
            )
            repair = draw(_optional(st.fixed_dictionaries({"kind": kind, "note": TEXT})))
            polarity = draw(st.sampled_from([None, None, "ineffective"]))
            effective = [i["id"] for i in indicators if "polarity" not in i]
            mirrors = (
                draw(_optional(st.sampled_from(effective)))
                if v2 and polarity and effective
                else None
            )
            indicators.append(
                _clean(
                    {
                        "id": iid,
                        "level": draw(st.sampled_from(at)),
                        "text": draw(TEXT),
                        "polarity": polarity,
                        "source": draw(src),
                        "repair": repair,
                        "mirrors": mirrors,
                    }
                )
            )
        undefined = []
        for lv in draw(st.lists(st.sampled_from(at), unique=True, max_size=2)) if v2 else []:
            held = {i.get("polarity", "effective") for i in indicators if i["level"] == lv}
            side = "effective" if "ineffective" in held else "ineffective"
            if len(held) < 2:
                cell = {"level": lv, "note": draw(_optional(TEXT)), "source": draw(src)}
                if held:
                    cell["polarity"] = side
                elif draw(st.booleans()):
                    cell["polarity"] = draw(st.sampled_from(["effective", "ineffective"]))
                undefined.append(_clean(cell))
        competencies.append(
            {
                **_clean(
                    {
                        "id": cid,
                        "name": draw(TEXT),
                        "description": draw(_optional(TEXT)),
                        "group": draw(_optional(st.sampled_from([g["id"] for g in groups])))
                        if groups
                        else None,
                        "values": draw(
                            st.lists(st.sampled_from([v["id"] for v in values]), unique=True)
                        )
                        if values
                        else None,
                        "levels": subset,
                        "stem": draw(stem),
                        "source": draw(src),
                        "undefined": undefined,
                    }
                ),
                "indicators": indicators,
            }
        )
    # Keep indicators in framework order (level rank, then position) as to_dict writes them.
    rank = {lv["id"]: lv["rank"] for lv in levels}
    for comp in competencies:
        comp["indicators"].sort(key=lambda i: rank[i["level"]])
    roles = [
        _clean(
            {
                "id": rid,
                "name": draw(TEXT),
                "description": draw(_optional(TEXT)),
                "requires": {
                    c: draw(st.sampled_from([*level_ids, None] if v2 else level_ids))
                    for c in draw(st.lists(st.sampled_from(comp_ids), min_size=1, unique=True))
                },
            }
        )
        for rid in draw(st.lists(_ID, max_size=2, unique=True))
    ]
    rules = draw(
        _optional(
            st.dictionaries(st.sampled_from(["ignore", "allow_words"]), st.lists(_WORD, max_size=3))
        )
    )
    doc = {
        "schema_version": 2 if v2 else 1,
        "id": draw(_ID),
        "title": draw(TEXT),
        "organisation": draw(TEXT),
        "short_name": draw(_optional(TEXT)),
        "version": draw(_optional(TEXT)),
        "licence": draw(_optional(TEXT)),
        "notes": draw(_optional(TEXT)),
        "competency_term": draw(st.sampled_from(["competency", "cluster", "domain"])),
        "cumulative": draw(st.booleans()),
        "language": draw(st.sampled_from([None, "en-US", "fr"])) if v2 else None,
        "stem": draw(stem),
        "source": _clean(
            {
                "file": draw(_optional(st.sampled_from(["fw.txt", "a/b.docx"]))),
                "description": draw(_optional(TEXT)),
                "url": draw(_optional(st.just("https://example.org/fw"))),
            }
        ),
        "introduction": [
            _clean({"text": draw(TEXT), "source": draw(src)})
            for _ in range(draw(st.integers(0, 2)))
        ],
        "rules": rules,
        "levels": levels,
        "groups": groups,
        "values": values,
        "competencies": competencies,
        "roles": roles,
    }
    keep = {"schema_version", "id", "title", "organisation", "levels", "competencies", "cumulative"}
    return {k: v for k, v in doc.items() if k in keep or v not in (None, "", [], {})}


def frameworks(*, max_competencies: int = 4, v2: bool = False) -> st.SearchStrategy:
    """Draw valid :class:`~compkit.Framework` objects (built from :func:`framework_documents`)."""
    from ..framework.build import from_dict

    return framework_documents(max_competencies=max_competencies, v2=v2).map(from_dict)


def statement_keys(framework, name: Any = str) -> Counter:
    """Each statement as (competency name, level name, polarity, text), counted.

    Whitespace is collapsed; ``name`` may normalise competency and level names (a PDF's text
    layer loses emoji). Two readings agree when their keys are equal.

    Examples
    --------
    >>> import compkit
    >>> keys = statement_keys(compkit.load("cis"))
    >>> sum(keys.values())
    62
    """
    levels = {lv.id: name(lv.name) for lv in framework.level_records}
    comps = {c.id: name(c.name) for c in framework.competency_records}
    return Counter(
        (comps[ind.competency], levels.get(ind.level), ind.polarity, " ".join(ind.text.split()))
        for ind in framework.indicator_records
    )


def cells_by_name(doc: dict) -> dict[tuple[str, str], list[str]]:
    """A framework document's statements by (competency name, level name), in order.

    Examples
    --------
    >>> doc = {"levels": [{"id": "l1", "name": "Level 1"}],
    ...        "competencies": [{"name": "Teamwork", "indicators": [
    ...            {"level": "l1", "text": "Listens."}, {"level": "l1", "text": "Shares."}]}]}
    >>> cells_by_name(doc)
    {('Teamwork', 'Level 1'): ['Listens.', 'Shares.']}
    """
    levels = {lv["id"]: lv["name"] for lv in doc["levels"]}
    out: dict[tuple[str, str], list[str]] = {}
    for comp in doc["competencies"]:
        for s in comp.get("indicators", []):
            out.setdefault((comp["name"], levels[s["level"]]), []).append(s["text"])
    return out


def stripped(value: Any) -> Any:
    """A framework document with the spaces around each of its texts taken off.

    Examples
    --------
    >>> stripped({"title": " Probe ", "levels": [{"name": "One "}], "rank": 1})
    {'title': 'Probe', 'levels': [{'name': 'One'}], 'rank': 1}
    """
    if isinstance(value, dict):
        return {k: stripped(v) for k, v in value.items()}
    if isinstance(value, list):
        return [stripped(v) for v in value]
    return value.strip() if isinstance(value, str) else value


def framework_on(base: dict, cells: dict, *, negative=(), validate: bool = True):
    """``base`` (a framework document) with ``{competency name: {level id: [statements]}}``.

    The base keeps its levels, settings and rules; its competencies give way to ``cells``,
    and its roles and values are dropped (they name competencies no longer there). A
    competency's id is its name in lower case, hyphenated; a statement's id is
    ``{competency}-{level}-{k}``. Competencies (by name) and statements (by id) in
    ``negative`` are ineffective. The base is not changed.

    Examples
    --------
    >>> base = {"schema_version": 1, "id": "probe", "title": "Probe", "organisation": "Us",
    ...         "levels": [{"id": "one", "name": "One", "rank": 1}], "competencies": []}
    >>> fw = framework_on(base, {"Craft": {"one": ["Plans work.", "Tests it."]}},
    ...                   negative=["craft-one-2"])
    >>> fw.indicators[["indicator_id", "polarity"]].values.tolist()
    [['craft-one-1', 'effective'], ['craft-one-2', 'ineffective']]
    """
    from ..framework.build import from_dict

    doc = copy.deepcopy(base)
    doc.pop("roles", None)
    doc.pop("values", None)
    doc["competencies"] = []
    for name, by_level in cells.items():
        cid = name.lower().replace(" ", "-")
        inds = []
        for lv, texts in by_level.items():
            for k, text in enumerate(texts, 1):
                sid = f"{cid}-{lv}-{k}"
                ind = {"id": sid, "level": lv, "text": text}
                if name in negative or sid in negative:
                    ind["polarity"] = "ineffective"
                inds.append(ind)
        doc["competencies"].append({"id": cid, "name": name, "indicators": inds})
    return from_dict(doc, validate=validate)


def framework_from_cells(
    cells: dict, *, cumulative: bool = True, language: str = "en-GB", levels=("one", "two", "three")
):
    """A small framework from ``{competency name: {level id: [statements]}}``, for tests.

    Examples
    --------
    >>> fw = framework_from_cells({"Team work": {"one": ["Listens."], "two": ["Leads."]}})
    >>> fw.indicators[["indicator_id", "level_name", "text"]].values.tolist()
    [['team-work-one-1', 'One', 'Listens.'], ['team-work-two-1', 'Two', 'Leads.']]
    """
    base = {
        "schema_version": 1,
        "id": "habits",
        "title": "Habits",
        "organisation": "Riverside Trust",
        "language": language,
        "cumulative": cumulative,
        "levels": [{"id": lv, "name": lv.title(), "rank": k} for k, lv in enumerate(levels, 1)],
        "competencies": [],
    }
    return framework_on(base, cells, validate=False)
