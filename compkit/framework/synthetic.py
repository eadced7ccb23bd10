"""Large, realistic synthetic frameworks for benchmarks and scale tests.

:func:`large_framework` builds a framework of any size with the shapes real ones have: clusters
of competencies, six cumulative levels, statements whose reach widens with the level, negative
indicators (about one in five), statements repeated at a higher level (about 3 %), and typos
(about 1 %). It is deterministic: the same arguments give the same framework.
"""

from __future__ import annotations

import numpy as np

from .build import from_dict
from .model import Framework

__all__ = ["large_document", "large_framework"]

_VERBS = (
    "builds", "shares", "plans", "reviews", "explains", "improves", "leads", "supports",
    "challenges", "delivers", "coordinates", "measures", "listens to", "develops", "protects",
    "champions", "questions", "negotiates", "monitors", "designs",
)  # fmt: skip
_OBJECTS = (
    "working relationships", "feedback", "priorities", "budgets", "risks", "learning",
    "service users' views", "data and evidence", "new ideas", "safeguarding concerns",
    "partnerships", "quality standards", "change", "wellbeing", "decisions", "resources",
    "digital tools", "policies", "equality and inclusion", "performance",
)  # fmt: skip
_REACH = (
    "in their own work", "with close colleagues", "for the people they manage",
    "across the team", "across the service", "across the organisation and the sector",
)  # fmt: skip
_HOW = ("openly", "carefully", "consistently", "proactively", "with confidence", "promptly")
_NEGATIVE = (
    "ignores", "avoids", "dismisses", "delays", "blames others for", "overlooks",
)  # fmt: skip
_TYPOS = {"their": "thier", "across": "accross", "with": "wiht", "the": "teh"}
_LEVELS = ("foundation", "practitioner", "experienced", "senior", "lead", "director")
_CLUSTERS = ("People", "Delivery", "Improvement", "Leadership", "Partnership")


def large_document(n_statements: int, *, seed: int = 0, levels: int = 6) -> dict:
    """A framework document (the file format) with about ``n_statements`` statements.

    Examples
    --------
    >>> doc = large_document(1_000)
    >>> sum(len(c["indicators"]) for c in doc["competencies"])
    1000
    """
    rng = np.random.default_rng(seed)
    level_ids = _LEVELS[:levels] if levels <= len(_LEVELS) else [f"l{i}" for i in range(levels)]
    per_cell = 8
    n_comps = max(1, -(-n_statements // (per_cell * len(level_ids))))
    doc: dict = {
        "schema_version": 1,
        "id": f"large-{n_statements}",
        "title": f"Synthetic framework of {n_statements:,} statements",
        "organisation": "Example Sector Body",
        "levels": [{"id": lv, "name": lv.title(), "rank": r} for r, lv in enumerate(level_ids, 1)],
        "groups": [{"id": c.lower(), "name": c} for c in _CLUSTERS],
        "competencies": [],
    }
    left = n_statements
    for c in range(n_comps):
        comp = {
            "id": f"c{c + 1}",
            "name": f"{_OBJECTS[c % len(_OBJECTS)].capitalize()} {c + 1}",
            "group": _CLUSTERS[c % len(_CLUSTERS)].lower(),
            "indicators": [],
        }
        take = min(left, per_cell * len(level_ids))
        left -= take
        earlier: list[str] = []
        for k in range(take):
            rank = k * len(level_ids) // max(take, 1)
            verb, obj, how = (
                rng.integers(len(_VERBS)),
                rng.integers(len(_OBJECTS)),
                rng.integers(len(_HOW)),
            )
            negative = rng.random() < 0.2
            if earlier and not negative and rng.random() < 0.03:
                text = earlier[int(rng.integers(len(earlier)))]  # repeated at a higher level
            elif negative:
                text = f"{_NEGATIVE[verb % len(_NEGATIVE)].capitalize()} {_OBJECTS[obj]}."
            else:
                reach = _REACH[min(rank, len(_REACH) - 1)]
                text = f"{_HOW[how].capitalize()} {_VERBS[verb]} {_OBJECTS[obj]} {reach}."
            if rng.random() < 0.01:
                for right, wrong in _TYPOS.items():
                    if f" {right} " in text:
                        text = text.replace(f" {right} ", f" {wrong} ", 1)
                        break
            item = {"id": f"c{c + 1}-{k + 1}", "level": level_ids[rank], "text": text}
            if negative:
                item["polarity"] = "ineffective"
            else:
                earlier.append(text)
            comp["indicators"].append(item)
        doc["competencies"].append(comp)
    return doc


def large_framework(n_statements: int, *, seed: int = 0, levels: int = 6) -> Framework:
    """A :class:`~compkit.framework.model.Framework` of ``n_statements`` statements.

    Parameters
    ----------
    n_statements : int
        How many statements (indicators), e.g. 100,000 for a sector-wide library.
    seed : int
        The random seed; the same seed gives the same framework.
    levels : int
        How many cumulative levels.

    Examples
    --------
    >>> fw = large_framework(2_000)
    >>> len(fw.indicator_records), len(fw.level_records)
    (2000, 6)
    >>> 0.1 < (fw.indicators["polarity"] == "ineffective").mean() < 0.3
    np.True_
    """
    return from_dict(large_document(n_statements, seed=seed, levels=levels))
