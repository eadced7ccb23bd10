"""Hypothesis strategies that generate valid frameworks, for property-based round-trip tests.

:func:`framework_documents` draws documents in the file format (as :func:`compkit.framework.to_dict`
returns them) with every optional part exercised: groups, values, competencies described at
some levels only, negative indicators, source references, repairs, roles, rules and awkward
text (punctuation, accents, leading ``=`` or ``'``, line breaks). Requires ``hypothesis``
(a development dependency); import this module only from tests.
"""

from __future__ import annotations

from typing import Any

from hypothesis import strategies as st

__all__ = ["framework_documents", "frameworks"]

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
def _source(draw) -> dict[str, Any]:
    out: dict[str, Any] = {}
    if draw(st.booleans()):
        out["lines"] = draw(st.lists(st.integers(1, 900), min_size=1, max_size=3))
    if draw(st.booleans()):
        out["numbers"] = draw(_NUMBERS)
    if draw(st.integers(0, 4)) == 0:
        out["ref"] = draw(TEXT)
    return out


def _clean(d: dict) -> dict:
    return {k: v for k, v in d.items() if v not in (None, "", [], {})}


@st.composite
def framework_documents(draw, *, max_competencies: int = 4) -> dict[str, Any]:
    """Draw a valid framework document (plain dicts and lists, as in a YAML file).

    Examples
    --------
    >>> from hypothesis import given, settings
    >>> import compkit
    >>> @settings(max_examples=5, database=None)
    ... @given(framework_documents())
    ... def check(doc):
    ...     assert compkit.framework.to_dict(compkit.framework.build.from_dict(doc)) == doc
    >>> check()
    """
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
                    "name": draw(TEXT),
                    "rank": rank,
                    "description": draw(_optional(TEXT)),
                    "source": draw(_source()),
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
        _clean({"id": v, "name": draw(TEXT), "source": draw(_source())})
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
            indicators.append(
                _clean(
                    {
                        "id": iid,
                        "level": draw(st.sampled_from(at)),
                        "text": draw(TEXT),
                        "polarity": draw(st.sampled_from([None, None, "ineffective"])),
                        "source": draw(_source()),
                        "repair": repair,
                    }
                )
            )
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
                        "source": draw(_source()),
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
                    c: draw(st.sampled_from(level_ids))
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
        "schema_version": 1,
        "id": draw(_ID),
        "title": draw(TEXT),
        "organisation": draw(TEXT),
        "short_name": draw(_optional(TEXT)),
        "version": draw(_optional(TEXT)),
        "licence": draw(_optional(TEXT)),
        "notes": draw(_optional(TEXT)),
        "competency_term": draw(st.sampled_from(["competency", "cluster", "domain"])),
        "cumulative": draw(st.booleans()),
        "source": _clean(
            {
                "file": draw(_optional(st.sampled_from(["fw.txt", "a/b.docx"]))),
                "description": draw(_optional(TEXT)),
                "url": draw(_optional(st.just("https://example.org/fw"))),
            }
        ),
        "introduction": [
            _clean({"text": draw(TEXT), "source": draw(_source())})
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


def frameworks(*, max_competencies: int = 4) -> st.SearchStrategy:
    """Draw valid :class:`~compkit.Framework` objects (built from :func:`framework_documents`)."""
    from .framework.build import from_dict

    return framework_documents(max_competencies=max_competencies).map(from_dict)
