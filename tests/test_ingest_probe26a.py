"""Ingest, PDF: a library of competencies whose levels open list items ("• Meets: ...").

The U.S. Digital Service's SME-QA toolkit publishes its sample competencies as PDFs printed
from Word: a heading per competency, its description, then a bullet per level opening with
the level's name in italics and a colon ("Unfamiliar: ...", or "Meets:" / "Exceeds:"), with
no "Definition:" line or part label. Read before as one list at "All levels" (its level
names lost), each item is now its level's statement where the same names open items under
two or more headings (``pdfparts.recurring_levels``). The fixtures (``tests/data/probe26a``,
its README) are corpus frameworks laid out so and a self-written library, printed by
LibreOffice in Carlito and in DejaVu Sans. And a line-end hyphen between two words is the
text's where the document breaks no word itself (``pdfhyphens``). Every test here fails on
the code before.
"""

from __future__ import annotations

import re
import warnings
from collections import Counter
from pathlib import Path

import pytest

import compkit

DATA = Path(__file__).parent / "data" / "probe26a"
CORPUS = Path(__file__).parent / "data" / "corpus"


def _cells(framework, *, joined: bool) -> Counter:
    """(competency, level, text) keys; ``joined``: a cell's statements as one text."""
    levels = {lv.id: lv.name for lv in framework.level_records}
    comps = {c.id: c.name for c in framework.competency_records}
    found: dict = {}
    for i in framework.indicator_records:
        key = (comps[i.competency], levels.get(i.level))
        found.setdefault(key, []).append(" ".join(i.text.replace("\u200b", "").split()))
    if joined:
        return Counter((*key, " ".join(texts)) for key, texts in found.items())
    return Counter((*key, t) for key, texts in found.items() for t in texts)


def _bare(keys: Counter) -> Counter:
    return Counter(
        {tuple(re.sub(r"[^\w ]+", "", k).strip() for k in key): n for key, n in keys.items()}
    )


def _read(name: str):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return compkit.ingest(DATA / name)


@pytest.mark.parametrize(
    ("pdf", "source"),
    [
        ("usds-library-carlito.pdf", "usds-sample-competencies"),
        ("usds-library-dejavu.pdf", "usds-sample-competencies"),
        ("ft-library-carlito.pdf", "ft-engineering"),  # "Senior Engineer 2 (People Manager)"
        ("myunidays-library-dejavu.pdf", "myunidays"),  # "n00b", "🧙 1337"
        ("monzo-library-carlito.pdf", "monzo-backend"),  # "mastery" beside "communication"
    ],
)
def test_each_level_item_is_its_levels_statement(pdf, source):
    src = compkit.load(CORPUS / f"{source}.yaml")
    result = _read(pdf)
    want = _bare(_cells(src, joined=True))
    got = _bare(_cells(result.framework, joined=False))
    assert sum((want & got).values()) == sum(want.values())

    def bare(name: str) -> str:  # a name's emoji the print's fonts did not draw: no text
        return re.sub(r"[^\w ]+", "", name).strip()

    assert [bare(lv.name) for lv in result.framework.level_records] == [
        bare(lv.name) for lv in src.level_records
    ]
    described = {bare(c.name): c.description for c in result.framework.competency_records}
    for comp in src.competency_records:
        if comp.description:
            assert described[bare(comp.name)].split() == comp.description.split()
    assert "items opening with a name and a colon that recurs" in result.report.to_markdown()


@pytest.mark.parametrize("font", ["carlito", "dejavu"])
def test_names_no_word_list_knows_read_as_levels_and_a_misspelt_one_is_said(font):
    result = _read(f"meets-exceeds-{font}.pdf")
    fw = result.framework
    assert [lv.name for lv in fw.level_records] == ["Meets", "Exceeds"]
    cells = Counter((c, lv) for c, lv, _ in _cells(fw, joined=False))
    assert cells == Counter(
        {(c, lv): 1 for c in ("Analysis", "Stakeholder Engagement", "Writing") for lv in
         ("Meets", "Exceeds")}
    )  # fmt: skip
    texts = {i.text for i in fw.indicator_records}
    assert "Names the people a project depends on and plans how to keep them informed." in texts
    report = result.report.to_markdown()
    assert "'Meeets' as 'Meets'" in report  # the statement kept, its level's name said


def test_a_hyphen_between_two_words_is_the_texts_where_no_word_is_broken():
    """ "trade-" "offs" is "trade-offs" in a print that breaks no word (Word, LibreOffice).

    The FT's "Makes pragmatic trade-offs" printed in Carlito breaks at its hyphen; read as the
    dictionary's "tradeoffs" before. Teleport's typeset PDF breaks words itself ("algo-"
    "rithm"): there "soft-" "ware" is still "software".
    """
    ft = _read("../probe25a/ft-competency-carlito.pdf")
    texts = " ".join(i.text for i in ft.framework.indicator_records)
    assert "trade-offs" in texts
    assert "tradeoffs" not in texts
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        teleport = compkit.ingest(DATA.parent / "ingest" / "teleport-fullstack.pdf")
    texts = " ".join(i.text for i in teleport.framework.indicator_records)
    assert "software" in texts
    assert "soft-ware" not in texts
