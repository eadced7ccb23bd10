"""Large, realistic synthetic frameworks for benchmarks and scale tests.

:func:`large_framework` builds a framework of any size with the shapes real ones have: clusters
of competencies, six cumulative levels, statements whose reach widens with the level, negative
indicators (about one in five), statements repeated at a higher level (about 3 %), and typos
(about 1 %). It is deterministic: the same arguments give the same framework.

It is measured against the project's corpus (CiS, WSX Mind and the seven corpus frameworks,
1,233 statements): 7.9 content words per statement there and here; near-duplicate pairs
(:func:`~compkit.checks.similarity.similar_pairs`) at 1.3 in 10,000 pairs there and about 1.2
to 2 here (higher in small samples); but fewer distinct words (about 14,000 in 100,000
statements, where the corpus's growth predicts about 24,000), so the synthetic library shares
common words more than a real one would: a conservative test of the checker's speed.
"""

from __future__ import annotations

from functools import cache

import numpy as np

from .build import from_dict
from .model import Framework

__all__ = ["large_document", "large_framework"]

# Pools of phrase parts. A statement is an opening (an adverb, sometimes), a verb, an object
# (a qualifier, sometimes), the reach of its level and, often, a purpose or a second clause —
# about 15 words on average, as in real frameworks (CiS 17.5, WSX Mind 14.3). The pools are
# large enough that two statements share most of their content words about as rarely as in a
# real library, and within one competency statements keep to its own objects, as real ones do.
_VERBS = (
    "builds", "shares", "plans", "reviews", "explains", "improves", "leads", "supports",
    "challenges", "delivers", "coordinates", "measures", "listens to", "develops", "protects",
    "champions", "questions", "negotiates", "monitors", "designs", "evaluates", "agrees",
    "communicates", "manages", "prioritises", "anticipates", "records", "reports on",
    "promotes", "encourages", "maintains", "identifies", "analyses", "responds to", "adapts",
    "tests", "simplifies", "documents", "presents", "influences", "sponsors", "mentors",
    "coaches", "resolves", "investigates", "interprets", "secures", "allocates", "forecasts",
    "audits", "consults on", "celebrates", "recognises", "reflects on", "acts on",
    "takes ownership of", "seeks out", "contributes to", "oversees", "sets direction for",
)  # fmt: skip
_QUALITIES = (
    "clear", "shared", "realistic", "difficult", "local", "long-term", "competing", "complex",
    "sensitive", "practical", "new", "existing", "agreed", "emerging", "routine", "strategic",
    "operational", "financial", "informal", "formal", "cross-team", "external", "internal",
    "measurable", "ambitious", "inclusive", "accessible", "timely", "robust", "creative",
)  # fmt: skip
_OBJECTS = (
    "working relationships", "feedback", "priorities", "budgets", "risks", "learning",
    "service users' views", "data and evidence", "ideas", "safeguarding concerns",
    "partnerships", "quality standards", "change", "wellbeing", "decisions", "resources",
    "digital tools", "policies", "equality and inclusion", "performance", "objectives",
    "project plans", "targets", "complaints", "procedures", "training needs", "workloads",
    "volunteers' contributions", "funding bids", "contracts", "records", "case notes",
    "communications", "campaigns", "research findings", "service models", "outcomes",
    "stakeholder expectations", "health and safety", "information governance", "conflict",
    "team meetings", "induction", "recruitment", "supervision", "appraisals", "good practice",
    "innovation", "customer needs", "community links", "referrals", "caseloads",
    "reporting systems", "governance", "strategy", "values", "culture", "evaluation methods",
    "professional boundaries", "user involvement", "peer support", "public messages",
    "media enquiries", "service reviews", "pilot projects", "procurement", "assets",
    "environmental impact", "accessibility needs", "confidential information",
    "sector developments", "policy consultations", "fundraising events", "partnership agreements",
    "service specifications", "business cases", "quality audits", "incident reports",
)  # fmt: skip
_REACH = (
    "in their own work", "with close colleagues", "for the people they manage",
    "across the team", "across the service", "across the organisation and the sector",
)  # fmt: skip
_HOW = (
    "openly", "carefully", "consistently", "proactively", "with confidence", "promptly",
    "constructively", "fairly", "accurately", "creatively", "calmly", "transparently",
    "sensitively", "systematically", "thoughtfully", "respectfully",
)  # fmt: skip
_WHY = (
    "so that service users get the support they need", "so that risks are managed early",
    "so that colleagues know what is expected", "so that decisions are well informed",
    "using evidence and sound judgement", "taking account of different perspectives",
    "even under pressure", "in a way that people can understand",
    "while respecting confidentiality",
    "and asks for help when needed", "and explains the reasons for decisions",
    "and involves the people affected", "and checks that actions are completed",
)  # fmt: skip
_PURPOSE = (
    "improve", "protect", "strengthen", "simplify", "secure", "sustain", "clarify", "widen",
    "speed up", "join up", "keep track of", "make the most of", "learn from", "build on",
    "reduce the cost of", "raise awareness of", "open up", "align", "safeguard", "renew",
)  # fmt: skip
_NEGATIVE = (
    "ignores", "avoids", "dismisses", "delays", "blames others for", "overlooks", "neglects",
    "resists", "undermines", "misrepresents", "withholds", "rushes", "criticises", "postpones",
    "takes credit for", "loses track of", "complicates", "duplicates", "mishandles",
    "pays lip service to",
)  # fmt: skip
_NEGATIVE_TAIL = (
    "", "", " when under pressure", " without good reason", " and leaves others to cope",
    " even when asked", " until problems escalate", " in front of colleagues",
    " without telling anyone", " when it suits them", " despite clear guidance",
    " and does not learn from mistakes",
)  # fmt: skip
_TYPOS = {"their": "thier", "across": "accross", "with": "wiht", "the": "teh", "to": "ot"}
_LEVELS = ("foundation", "practitioner", "experienced", "senior", "lead", "director")
_CLUSTERS = ("People", "Delivery", "Improvement", "Leadership", "Partnership")


_AUDIENCES = (
    "service users", "carers", "volunteers", "trustees", "funders", "commissioners",
    "partner agencies", "new starters", "families", "young people", "managers", "donors",
    "local communities", "the board", "regulators", "peers", "students", "members",
    "suppliers", "the public", "clinical staff", "front-line staff", "specialist teams",
    "external auditors",
)  # fmt: skip


@cache
def _topics() -> tuple[str, ...]:
    """Topic words: pyspellchecker's English words of middling frequency (ranks 2,000-30,000).

    Real libraries name their subjects ("phlebotomy", "tendering", "safeguarding"): about
    1,900 distinct content words in the 1,233 statements of the project's corpus, growing as
    the square root of the statements and more (about 24,000 expected in 100,000). The pools
    above hold a few hundred, so each competency draws its own topics from these words.
    """
    from spellchecker import SpellChecker

    counts = SpellChecker(language="en", distance=1).word_frequency.dictionary
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[2_000:30_000]
    return tuple(w for w, _ in ranked if w.isascii() and w.isalpha() and len(w) >= 5)


def _purpose_object(rng) -> str:
    obj = _OBJECTS[rng.integers(len(_OBJECTS))]
    return f"{_QUALITIES[rng.integers(len(_QUALITIES))]} {obj}" if rng.random() < 0.5 else obj


def _statement(rng, objects: np.ndarray, topics: list[str], rank: int) -> str:
    """One effective statement at a level of ``rank`` (0-based).

    From the competency's objects and topics, and now and then a word of its own.
    """
    draw = rng.random(7)
    obj = _OBJECTS[objects[rng.integers(len(objects))]]
    if draw[5] < 0.5:
        obj = f"{obj} on {topics[rng.integers(len(topics))]}"
    if draw[0] < 0.5:
        obj = f"{_QUALITIES[rng.integers(len(_QUALITIES))]} {obj}"
    if draw[1] < 0.5:
        obj = f"{obj} {('for', 'with', 'from')[rng.integers(3)]} "
        obj += _AUDIENCES[rng.integers(len(_AUDIENCES))]
    words = [_VERBS[rng.integers(len(_VERBS))], obj]
    if draw[2] < 0.6:
        words.append(_REACH[min(rank, len(_REACH) - 1)])
    if draw[3] < 0.5:
        words.insert(0, _HOW[rng.integers(len(_HOW))])
    if draw[4] < 0.1:
        words.append(_WHY[rng.integers(len(_WHY))])
    elif draw[4] < 0.6:  # a purpose of its own: "to improve existing referrals"
        words.append(f"to {_PURPOSE[rng.integers(len(_PURPOSE))]} {_purpose_object(rng)}")
    if draw[6] < 0.3:
        pool = _topics()
        words.append(f"including {pool[rng.integers(len(pool))]}")
    text = " ".join(words)
    return f"{text[0].upper()}{text[1:]}."


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
            "name": f"{_OBJECTS[c % len(_OBJECTS)].capitalize()} {c // len(_OBJECTS) + 1}",
            "group": _CLUSTERS[c % len(_CLUSTERS)].lower(),
            "indicators": [],
        }
        take = min(left, per_cell * len(level_ids))
        left -= take
        earlier: list[str] = []
        objects = rng.choice(len(_OBJECTS), size=12, replace=False)  # the competency's own
        topics = [_topics()[t] for t in rng.choice(len(_topics()), size=6, replace=False)]
        for k in range(take):
            rank = k * len(level_ids) // max(take, 1)
            negative = rng.random() < 0.2
            if earlier and not negative and rng.random() < 0.03:
                text = earlier[int(rng.integers(len(earlier)))]  # repeated at a higher level
            elif negative:
                verb = _NEGATIVE[rng.integers(len(_NEGATIVE))].capitalize()
                obj = _OBJECTS[objects[rng.integers(len(objects))]]
                if rng.random() < 0.5:
                    obj = f"{_QUALITIES[rng.integers(len(_QUALITIES))]} {obj}"
                if rng.random() < 0.5:
                    obj = f"{obj} {('for', 'with', 'from')[rng.integers(3)]} "
                    obj += _AUDIENCES[rng.integers(len(_AUDIENCES))]
                text = f"{verb} {obj}{_NEGATIVE_TAIL[rng.integers(len(_NEGATIVE_TAIL))]}."
            else:
                text = _statement(rng, objects, topics, rank)
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
