"""Word documents never seen (twenty-eighth round, helper I).

Five real frameworks laid out in Word (``tests/data/probe28i/README.md``: Teddy Ward's, Stu
Cavill's, Paul Berry's and Rodrigo Dlugokenski's frameworks, each its own in a fork of
monzo/progression-framework, MIT; Daniel Blumenthal and Arnaud Lucas's six-level ladder, CC0),
read as a sweep's inputs; and two mends: a level item's reasons are cut off at their own start
(the end of its text), not at the first place their label's words appear, and a padded level
code ("L02 - Analyst") names a level as "L2 - Analyst" does.
"""

from __future__ import annotations

from pathlib import Path

import docx

from compkit.ingest.api import ingest
from compkit.ingest.levelnames import level_score

HERE = Path(__file__).parent / "data" / "probe28i"


def _texts(document) -> list[str]:
    return [i["text"] for c in document["competencies"] for i in c["indicators"]]


# -- a level item's reasons ------------------------------------------------------------------


def _catalogue(path: Path) -> Path:
    """A self-written catalogue: level items led by their names, each with its sources.

    The statement itself names a "Sources:" list, as a design document's template has one.
    """
    d = docx.Document()
    d.add_paragraph("Capability Catalog", style="Title")
    d.add_paragraph("Each capability is listed with its proficiency levels.")
    for code, name in (("DOC-01", "Design Documents"), ("DOC-02", "Runbooks")):
        d.add_heading(f"{code} — {name}", 2)
        kind = d.add_paragraph()
        kind.add_run("Type:").italic = True
        kind.add_run(f" Technical — Writes {name.lower()} others can follow.")
        for level, title in (("P1", "Assisted"), ("P2", "Independent"), ("P3", "Proficient")):
            p = d.add_paragraph(style="List Bullet")
            p.add_run(f"{level} — {title}:").bold = True
            p.add_run(f" Keeps the Sources: list of each {name.lower()[:-1]} current at {level}.")
            p.add_run().add_break()
            p.add_run("— ")
            p.add_run("Sources:").italic = True
            p.add_run(" Dreyfus (1980).")
    d.save(path)
    return path


def test_a_level_item_keeps_its_words_before_its_own_reasons(tmp_path):
    result = ingest(_catalogue(tmp_path / "catalogue.docx"))
    texts = _texts(result.document)
    assert len(texts) == 6
    assert texts[0] == "Keeps the Sources: list of each design document current at P1."
    assert not any("Dreyfus" in t for t in texts)
    notes = [n.message for n in result.report.notes]
    kept = "6 statements' reasons set aside after them, kept as their notes, each led by"
    assert f"{kept} 'Sources:'" in notes


# -- a padded level code -----------------------------------------------------------------------


def test_a_padded_level_code_names_a_level():
    assert level_score("L02 - Analyst") == 0.8  # "L" names a level, padded or not
    assert level_score("IC03 — Senior Analyst") == 0.8
    assert level_score("SWE-01 — Writing Code") == 0.0  # a catalogue's item, as before
    assert level_score("EM-03 — Hiring") == 0.0


# -- headings beside the levels ahead of everything ------------------------------------------


def test_headings_beside_the_levels_before_any_statement_introduce_the_framework():
    result = ingest(HERE / "rdlu-data-analytics-pt.docx")  # "Sobre ..." over "Nível 1"'s rank
    document = result.document
    intro = [p["text"] for p in document["introduction"]]
    assert intro[0] == "Sobre as pessoas de dados"
    assert any(t.startswith("Uma pessoa de dados ideal é quase um unicórnio") for t in intro)
    assert "Como esse framework funciona?" in intro
    notes = [n.message for n in result.report.notes]
    assert (
        "heading 'Sobre as pessoas de dados' and its text read as part of the introduction" in notes
    )
    assert not any(n.startswith("the text under 'Sobre") for n in notes)
    assert [lv["name"] for lv in document["levels"]] == [f"Nível {n}" for n in range(1, 7)]
    assert len(_texts(document)) == 105  # 104 criteria, and one nested item, unmarked
    texts = [(i["text"], i.get("note")) for c in document["competencies"] for i in c["indicators"]]
    assert ("SELECTs, INNER JOIN, GROUP BY, ORDER, HAVING, SUBSELECT", None) in texts
    shown = "Entendimento básico de ferramentas de visualização"
    assert (shown, "Por ex: Metabase, PowerBI") in texts  # marked as its example: its note
    # a Markdown page's "## What are the expectations of my role?" over its dimensions, each
    # named at the head of its item ("- Impact: The tangible ..."), ahead of the levels
    page = Path(__file__).parent / "data" / "probe27g" / "sourcegraph-engineering-framework.md"
    result = ingest(page)
    intro = [p["text"] for p in result.document["introduction"]]
    assert intro.count("What are the expectations of my role?") == 1
    at = intro.index("Impact")
    assert intro[at + 1].startswith("The tangible and positive difference made through")
    notes = [n.message for n in result.report.notes]
    assert not any(n.startswith("the text under 'What are the expectations") for n in notes)
    # the same sections after the competencies stay beside them, reported
    notes = [n.message for n in ingest(HERE / "tallpaul-developer-rows.docx").report.notes]
    assert any(n.startswith("the text under 'How does it work?' (8 paragraphs)") for n in notes)
