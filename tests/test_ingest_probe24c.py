"""Round 24, helper C: document ingest (Word, HTML, Markdown, text) leftovers.

Fixtures in ``tests/data/probe24c/`` (see its README for sources and licences).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from compkit.ingest.api import ingest

DATA = Path(__file__).parent / "data" / "probe24c"


def _levels(doc: dict) -> list[str]:
    return [lv["name"] for lv in doc["levels"]]


@pytest.mark.parametrize(
    ("name", "levels", "competencies"),
    [
        (
            "niveau-nl.md",
            ["Niveau 1 – Starter", "Niveau 2 – Gevorderd", "Niveau 3 – Expert"],
            ["Samenwerken", "Datakwaliteit"],
        ),
        (
            "nivel-es.md",
            ["Nivel 1 – Básico", "Nivel 2 – Intermedio", "Nivel 3 – Avanzado"],
            ["Atención al cliente", "Trabajo en equipo"],
        ),
        ("level-ja.md", ["レベル1", "レベル2", "レベル3"], ["コミュニケーション", "品質"]),
        ("einsteiger-de.md", ["Einsteiger", "Fortgeschritten", "Experte"], ["Kommunikation"]),
        (
            "grille-fr.html",
            ["Débutant", "Intermédiaire", "Avancé"],
            ["Communication", "Qualité", "Autonomie"],
        ),
    ],
)
def test_level_headings_in_other_languages_are_levels(name, levels, competencies):
    doc = ingest(DATA / name).document
    assert _levels(doc) == levels
    assert [c["name"] for c in doc["competencies"]] == competencies
    # every level of every competency holds its statements (two in a list, one in a table)
    per_cell = 1 if name.endswith(".html") else 2
    for comp in doc["competencies"]:
        placed = [i["level"] for i in comp["indicators"]]
        assert len(placed) == per_cell * len(levels)
        assert len(set(placed)) == len(levels)


def test_levels_in_another_language_rank_by_their_words():
    from compkit.ingest.levelorder import _rank

    assert _rank("Avancé") > _rank("Intermédiaire") > _rank("Débutant")
    assert _rank("上級") > _rank("中級") > _rank("初級")
    assert _rank("Stufe 3") > _rank("Stufe 2")


FT_YAML = Path(__file__).parent / "data" / "ingest" / "probe16-data" / "ft-competencies-2019.yml"


@pytest.mark.parametrize("head", ["", "# The FT's competencies, kept as YAML\n\n", "---\n"])
def test_a_yaml_framework_saved_as_text_is_read_as_yaml_and_said(tmp_path, head):
    kept = ingest(FT_YAML).document
    saved = tmp_path / "framework.txt"
    saved.write_text(head + FT_YAML.read_text(encoding="utf-8"), encoding="utf-8")
    got = ingest(saved)
    assert got.report.layout == "front-matter"

    def read(doc):
        return [
            (c["name"], [(i["level"], i["text"]) for i in c["indicators"]])
            for c in doc["competencies"]
        ]

    assert read(got.document) == read(kept)
    said = [n.message for n in got.report.notes if n.message.startswith("read as YAML data")]
    assert said == [
        "read as YAML data: the file is named .txt but holds YAML (rename it .yaml to say so)"
    ]


def test_a_compkit_framework_saved_as_text_is_refused_saying_what_it_is(tmp_path):
    from compkit.framework.io import data_dir
    from compkit.ingest.limits import IngestError

    saved = tmp_path / "cis.txt"
    saved.write_text((data_dir() / "frameworks" / "cis.yaml").read_text(encoding="utf-8"))
    with pytest.raises(IngestError, match="a compkit framework file or CASE data"):
        ingest(saved)


@pytest.mark.parametrize(
    ("name", "closing", "levels", "statements"),
    [("poss-ladder.md", "Credit", 5, 102), ("licence-ladder.md", "Licence", 3, 6)],
)
def test_a_closing_section_after_the_levels_is_no_level_and_is_reported(
    name, closing, levels, statements
):
    got = ingest(DATA / name)
    doc = got.document
    assert closing not in _levels(doc)
    assert len(doc["levels"]) == levels
    assert sum(len(c["indicators"]) for c in doc["competencies"]) == statements
    said = [n.message for n in got.report.notes if n.message.startswith(repr(closing))]
    assert said and "reads as no level and holds prose only" in said[0]
    unused = [n.message for n in got.report.notes if n.kind == "unused"]
    assert any(repr(closing) in m for m in unused)  # its text is reported, not lost


def test_poss_ladder_keeps_its_three_aspects_as_competencies():
    doc = ingest(DATA / "poss-ladder.md").document
    assert [c["name"] for c in doc["competencies"]] == [
        "Knowledge & Experience",
        "Leadership & Influence",
        "Organizational Impact",
    ]


@pytest.mark.parametrize(
    ("name", "competency", "level", "words"),
    [
        ("references-grid.html", "Sharing work", "level-2", "See Level 3"),
        ("references-grid.html", "Planning", "level-2", "Refer to level 1."),
        ("references-grid.html", "Learning", "level-3", "Same as level 2 (see above)"),
        ("references-ladder.md", "Coaching", "senior", "See L1"),
        ("references-ladder.md", "Answering customers", "staff", "Same as Senior"),
    ],
)
def test_a_cell_referring_to_another_is_no_statement_and_keeps_its_words(
    name, competency, level, words
):
    got = ingest(DATA / name)
    comp = next(c for c in got.document["competencies"] if c["name"] == competency)
    assert words not in [i["text"] for i in comp["indicators"]]
    assert not [i for i in comp["indicators"] if i["level"] == level]
    assert [(u["level"], u["note"]) for u in comp["undefined"]] == [(level, words)]
    said = [n.message for n in got.report.notes if n.kind == "undefined"]
    assert any(repr(words) in m and "recorded as undefined" in m for m in said)


def test_a_reference_with_more_to_say_stays_a_statement():
    from compkit.ingest.cells import undefined_note

    assert undefined_note("See L5") == "See L5"
    assert undefined_note("As level 2, and also mentors others") is None
    assert undefined_note("See risks early and say so") is None
    assert undefined_note("Same as Senior") is None  # a name alone: only with the level names


@pytest.mark.parametrize("name", ["one-cluster.md", "one-cluster.docx", "one-cluster.html"])
def test_a_single_clusters_paragraph_is_its_description_not_the_introduction(name):
    got = ingest(DATA / name)
    doc = got.document
    assert [(g["name"], g.get("description")) for g in doc["groups"]] == [
        ("Leading people", "This cluster is about how we guide and grow the people around us.")
    ]
    assert [i["text"] for i in doc["introduction"]] == [
        "This framework describes what we expect of everyone at Acme, level by level."
    ]
    said = [n.message for n in got.report.notes if "read as its description" in n.message]
    assert said and "'Leading people'" in said[0]
