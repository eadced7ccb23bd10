"""Thirtieth probe round (C): a CASE statement's closing label names it only where it states it.

"Energy is associated with people (anthropocentric misconception)" states the misconception
ACT's Holistic Framework labels (ineffective, since round 29); "Anticipates that learners add
the denominators (common misconception)" is its holder addressing one, the label naming the
topic, as "(red flags)" closing a statement does. It read ineffective.
"""

from __future__ import annotations

from compkit.authoring import from_case


def _package(texts):
    """A package another tool wrote: one competency over statements, no compkit extension."""
    doc = {"identifier": "d0000000-0000-0000-0000-000000000000", "title": "Fractions"}
    doc["creator"] = "Self-written for probe 30c"
    items = [
        {"identifier": f"00000000-0000-0000-0000-{n:012d}", "fullStatement": t}
        for n, t in enumerate(["Fractions", *texts], 1)
    ]

    def child(origin, dest, n):
        return {
            "identifier": f"a0000000-0000-0000-0000-{n:012d}",
            "associationType": "isChildOf",
            "originNodeURI": {"identifier": origin},
            "destinationNodeURI": {"identifier": dest},
            "sequenceNumber": n,
        }

    links = [child(items[0]["identifier"], doc["identifier"], 1)]
    links += [child(i["identifier"], items[0]["identifier"], n) for n, i in enumerate(items[1:], 2)]
    return {"CFDocument": doc, "CFItems": items, "CFAssociations": links}


def test_a_closing_label_on_the_holders_doing_names_its_topic():
    texts = [
        "Anticipates that learners add the denominators (common misconception)",
        "Corrects the belief that multiplying always makes a number bigger (common misconception)",
        "I explain why a longer decimal is not a bigger number (common misunderstanding)",
        "Fractions are always smaller than one (common misconception)",
        "A bigger denominator means a bigger fraction (common misconception)",
        "Heavier objects fall faster (common misconception)",
    ]
    fw = from_case(_package(texts))
    polarity = fw.indicators.set_index("text")["polarity"].to_dict()
    assert polarity == dict(zip(texts, ["effective"] * 3 + ["ineffective"] * 3, strict=True))


def test_a_holder_holding_the_misconception_states_it():
    """Round 30 review #5: "Believes that ...", "Thinks ...", "Assumes ..." report the belief
    held, so the closing label names the statement (ineffective), as it does a bare claim or a
    doing that is the error itself; only a verb of handling it keeps the statement effective."""
    texts = [
        "Believes that heavier objects fall faster (common misconception)",
        "Thinks that plants get their food from the soil (misconception)",
        "Assumes a longer fraction is larger (common misconception)",
        "Adds the denominators when adding fractions (common misconception)",
        "Identifies learners who think a longer decimal is bigger (common misconception)",
        "Addresses the idea that plants feed from the soil (misconception)",
    ]
    fw = from_case(_package(texts))
    polarity = fw.indicators.set_index("text")["polarity"].to_dict()
    assert polarity == dict(zip(texts, ["ineffective"] * 4 + ["effective"] * 2, strict=True))
