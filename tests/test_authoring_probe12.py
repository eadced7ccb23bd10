"""Twelfth probe of authoring: descriptions a reviewer must see, names typed in the workbook.

Found by ingesting three frameworks compkit had not seen, each of another shape, and drafting a
revision of each through the workbook, ``compkit import``, ``diff`` and the Word redline:

- SFIA 9's levels of responsibility (sfia-online.org, SFIA Foundation; quoted for testing):
  seven levels whose names hold commas ("Level 5 - Ensure, advise"), a competency's
  description ("Autonomy: The degree of personal discretion and independence you have in your
  role.") over one paragraph per level;
- the Qatar Finance and Business Academy's Kafaa non-technical skills, cluster 1
  (qfba.edu.qa; no licence stated, a few statements quoted): "1.1-Strategic thinking" with a
  description, levels LEARNING … DIRECTING, and a DEFICIENCY (ineffective) list per level;
- Médecins Sans Frontières OCB's transversal competencies dictionary (career.ocb.msf.org; no
  licence stated, a few statements quoted): four levels in a web table, a capitals headline
  over each cell's bullets.

What was wrong: a competency's or level's description reworded, and the introduction, were
"description reworded" / "introduction changed" in ``diff`` and the change log without the
words, and missing from the Word redline altogether (whose own first paragraph promises that
accepting every change gives the new version word for word); SFIA's level names typed in a
competency's ``levels`` cell were split at their commas ("unknown level 'Level 5 - Ensure'");
a level or competency renamed to a name another one has was imported silently, two columns
alike, with notes saying an untouched level had been renamed; a level name that names no level
was told twice, the second time as a regular expression's words about the empty id.
"""

from __future__ import annotations

import io

import docx
import pytest
from openpyxl import load_workbook

from compkit.authoring import diff, read_workbook, render_changelog, render_redline, write_workbook
from compkit.cli import main
from compkit.errors import WorkbookError
from compkit.framework import to_dict
from compkit.framework.build import from_dict

SFIA_LEVELS = [
    "Level 1 - Follow",
    "Level 2 - Assist",
    "Level 3 - Apply",
    "Level 4 - Enable",
    "Level 5 - Ensure, advise",
    "Level 6 - Initiate, influence",
    "Level 7 - Set strategy, inspire, mobilise",
]
AUTONOMY = "The degree of personal discretion and independence you have in your role."
AUTONOMY_TEXTS = [
    "Follows instructions and works under close direction.",
    "Works under routine direction.",
    "Works under general direction.",
    "Works under general direction within a clear framework of accountability.",
    "Works under broad direction.",
    "Guides high level decisions and strategies within the organisation’s overall policies "
    "and objectives.",
    "Defines and leads the organisation’s vision and strategy within over-arching business "
    "objectives.",
]
STRATEGIC = (
    "Ability to understand wide implications to the business including challenges and "
    "opportunities and translate them into an actionable vision"
)


def _sfia() -> dict:
    return {
        "schema_version": 2,
        "id": "sfia9",
        "title": "SFIA 9 Levels of responsibility",
        "organisation": "SFIA Foundation",
        "cumulative": False,
        "levels": [
            {"id": f"l{n}", "name": name, "rank": n} for n, name in enumerate(SFIA_LEVELS, 1)
        ],
        "competencies": [
            {
                "id": "autonomy",
                "name": "Autonomy",
                "description": AUTONOMY,
                "indicators": [
                    {"id": f"autonomy-{n}", "level": f"l{n}", "text": t}
                    for n, t in enumerate(AUTONOMY_TEXTS, 1)
                ],
            },
            {
                "id": "creativity",
                "name": "Creativity",
                "indicators": [
                    {
                        "id": "creativity-2",
                        "level": "l2",
                        "text": "May apply creative thinking and suggest new ways to approach "
                        "a task.",
                    }
                ],
            },
        ],
    }


def _kafaa() -> dict:
    levels = ["LEARNING", "EXECUTING", "MONITORING", "DIRECTING"]
    return {
        "schema_version": 2,
        "id": "kafaa",
        "title": "Non-technical skills",
        "organisation": "Qatar Finance and Business Academy",
        "levels": [{"id": n.lower(), "name": n, "rank": i} for i, n in enumerate(levels, 1)],
        "groups": [{"id": "leadership", "name": "Cluster 1 – Leadership"}],
        "competencies": [
            {
                "id": "strategic-thinking",
                "name": "1.1-Strategic thinking",
                "group": "leadership",
                "description": STRATEGIC,
                "indicators": [
                    {
                        "id": "st-1",
                        "level": "learning",
                        "text": "Knows which actions shall be taken to achieve business objectives",
                    },
                    {
                        "id": "st-1-neg",
                        "level": "learning",
                        "polarity": "ineffective",
                        "text": "Unaware of issues that impact the business",
                    },
                ],
            }
        ],
    }


def _msf() -> dict:
    return {
        "schema_version": 2,
        "id": "msf",
        "title": "Transversal competencies dictionary",
        "organisation": "MSF OCB",
        "levels": [{"id": f"level-{n}", "name": f"Level {n}", "rank": n} for n in (1, 2)],
        "competencies": [
            {
                "id": "commitment",
                "name": "Commitment to MSF’s Principles",
                "indicators": [
                    {
                        "id": "commitment-1",
                        "level": "level-1",
                        "text": "Respects the choices made by the organisation.",
                    },
                    {
                        "id": "commitment-2",
                        "level": "level-2",
                        "text": "Translates the principles of MSF into actions.",
                    },
                ],
            },
            {
                "id": "cross-cultural",
                "name": "Cross-cultural Awareness",
                "indicators": [
                    {
                        "id": "cross-cultural-1",
                        "level": "level-1",
                        "text": "Considers cultural differences.",
                    }
                ],
            },
        ],
    }


def _revised(doc: dict, edit) -> tuple:
    new = to_dict(from_dict(doc))
    edit(new)
    return from_dict(doc), from_dict(new)


def _tracked(data: bytes) -> tuple[list[str], list[str]]:
    body = docx.Document(io.BytesIO(data)).element.body
    return (
        [t.text for t in body.xpath(".//w:del/w:r/w:delText")],
        [t.text for t in body.xpath(".//w:ins/w:r/w:t")],
    )


def _accepted(data: bytes) -> str:
    """The document's text with every change accepted: inserted words kept, deleted dropped."""
    body = docx.Document(io.BytesIO(data)).element.body
    return " ".join(" ".join(t.text for t in p.xpath(".//w:t")) for p in body.xpath(".//w:p"))


@pytest.mark.parametrize(
    ("make", "comp", "new_words", "word"),
    [
        (_sfia, 0, AUTONOMY.replace("in your role.", "in your work."), "work."),
        (_kafaa, 0, STRATEGIC.replace("actionable vision", "actionable, shared vision"), "shared"),
    ],
)
def test_a_reworded_description_shows_its_words(make, comp, new_words, word, tmp_path):
    """The change log and the CLI's table show the words, the redline tracks them."""

    def edit(doc):
        doc["competencies"][comp]["description"] = new_words

    old, new = _revised(make(), edit)
    changes = diff(old, new)
    row = changes[changes["item"] == "competency"].iloc[0]
    assert row["note"] == "description reworded"
    assert "[-" in row["word_diff"] and "{+" in row["word_diff"]
    log = render_changelog(changes)
    assert "  - Description: " in log and "~~" in log and "**" in log
    assert "<del>" in render_changelog(changes, to="html")
    deleted, inserted = _tracked(render_redline(old, new))
    assert deleted and inserted  # there was nothing to accept or reject
    assert word in " ".join(inserted)
    assert " ".join(new_words.split()) in " ".join(_accepted(render_redline(old, new)).split())


def test_the_redline_shows_the_introduction_and_level_descriptions(capsys, tmp_path):
    """An introduction added and a level described are inserted paragraphs, in order."""
    intro = "SFIA levels of responsibility describe increasing impact."
    essence = "Essence of the level: Performs routine tasks under close supervision."

    def edit(doc):
        doc["introduction"] = [{"text": intro}]
        doc["levels"][0]["description"] = essence

    old, new = _revised(_sfia(), edit)
    data = render_redline(old, new)
    _, inserted = _tracked(data)
    assert intro in inserted and essence in inserted
    text = _accepted(data)
    assert text.index(intro) < text.index(essence) < text.index(AUTONOMY)
    # and back: a description removed is struck out, the introduction's heading with it
    deleted, _ = _tracked(render_redline(new, old))
    assert {intro, essence, "Introduction"} <= set(deleted)


def test_the_cli_table_names_the_item_and_shows_the_description(tmp_path, capsys):
    def edit(doc):
        doc["competencies"][0]["description"] = AUTONOMY.replace("role.", "work.")

    old, new = _revised(_sfia(), edit)
    paths = []
    for name, fw in (("old", old), ("new", new)):
        path = tmp_path / f"{name}.yaml"
        from compkit.authoring import write_yaml

        write_yaml(fw, path)
        paths.append(str(path))
    assert main(["diff", *paths]) == 0
    out = capsys.readouterr().out
    assert "Autonomy: The degree of" in out and "[-role.-] {+work.+}" in out


def _edited(tmp_path, doc: dict, edit, name="book.xlsx"):
    path = write_workbook(from_dict(doc), tmp_path / name)
    wb = load_workbook(path)
    edit(wb)
    wb.save(path)
    return path


def _columns(ws) -> dict[str, int]:
    return {c.value: c.column for c in ws[1]}


@pytest.mark.parametrize(
    "typed",
    [
        "Level 5 - Ensure, advise, Level 6 - Initiate, influence",
        "Level 5 - Ensure, advise; Level 6 - Initiate, influence",
        "l5, Level 6 - Initiate, influence",
    ],
)
def test_level_names_holding_commas_are_read_whole(tmp_path, typed):
    """SFIA's levels typed by name in a competency's levels cell: two levels, not four pieces."""
    doc = _sfia()
    doc["competencies"][0]["indicators"] = [
        i for i in doc["competencies"][0]["indicators"] if i["level"] in ("l5", "l6")
    ]

    def edit(wb):
        ws = wb["competencies"]
        ws.cell(row=2, column=_columns(ws)["levels"]).value = typed

    imported = read_workbook(_edited(tmp_path, doc, edit))
    assert imported.framework.competency("autonomy").levels == ("l5", "l6")


@pytest.mark.parametrize(
    ("make", "sheet", "row", "taken", "term"),
    [
        (_sfia, "levels", 6, "Level 4 - Enable", "level"),
        (_msf, "competencies", 3, "Commitment to MSF’s Principles", "competency"),
        (_kafaa, "levels", 3, "learning", "level"),
    ],
)
def test_a_name_given_twice_is_refused(tmp_path, capsys, make, sheet, row, taken, term):
    """A level or competency renamed to another's name (any case): one line, exit 2."""

    def edit(wb):
        ws = wb[sheet]
        ws.cell(row=row, column=_columns(ws)["name"]).value = taken

    path = _edited(tmp_path, make(), edit)
    with pytest.raises(WorkbookError) as err:
        read_workbook(path)
    message = str(err.value)
    assert f"sheet '{sheet}', row {row}, column 'name'" in message
    assert f"is also the name of row {row - 1}; each {term} needs a name of its own" in message
    assert main(["import", str(path), "-o", str(tmp_path / "out.yaml")]) == 2
    assert not (tmp_path / "out.yaml").exists()
    assert "Traceback" not in capsys.readouterr().err


def test_a_framework_exported_with_two_names_alike_comes_back(tmp_path):
    """Only an author's new name is refused: a framework that had two alike round-trips."""
    doc = _msf()
    doc["competencies"][1]["name"] = doc["competencies"][0]["name"]
    fw = from_dict(doc)
    assert to_dict(read_workbook(write_workbook(fw, tmp_path / "x.xlsx")).framework) == to_dict(fw)


def test_a_level_name_naming_no_level_is_told_once(tmp_path):
    """Not again as "column 'level': '' is not valid here; expected lower-case letters ..."."""

    def edit(wb):
        ws = wb["indicators"]
        cols = _columns(ws)
        ws.cell(row=3, column=cols["level_name"]).value = "Level 8 - Transcend"
        ws.cell(row=3, column=cols["level"]).value = None

    with pytest.raises(WorkbookError) as err:
        read_workbook(_edited(tmp_path, _sfia(), edit))
    message = str(err.value)
    assert "unknown level 'Level 8 - Transcend'" in message
    assert "lower-case letters" not in message


@pytest.mark.parametrize(
    "name",
    [
        "1.1-Strategic thinking",  # Kafaa's clusters number their skills so
        "A.1. IS and Business Strategy Alignment",  # the e-CF 3.0's first competence
    ],
)
def test_a_name_numbered_by_its_source_is_not_numbered_again(name):
    """Not "Competency 1: 1.1-Strategic thinking" in the documents."""
    from compkit.authoring import render_markdown

    doc = _kafaa()
    doc["competencies"][0]["name"] = name
    text = render_markdown(from_dict(doc))
    assert f"## {name}\n" in text
    assert "Competency 1:" not in text


@pytest.mark.parametrize("make", [_sfia, _kafaa])
def test_saving_an_edit_keeps_the_language_line_ingest_wrote(tmp_path, make):
    """Every ingested file states ``language: en-GB``; saving a reworded description keeps it.

    It was dropped (to_dict leaves the default out), so ``write_yaml`` changed a line the
    author never touched.
    """
    import yaml

    from compkit.authoring import write_yaml
    from compkit.framework.io import load

    doc = make()
    doc["language"] = "en-GB"
    path = tmp_path / "fw.yaml"
    path.write_text(yaml.safe_dump(doc, allow_unicode=True, sort_keys=False), encoding="utf-8")
    new = to_dict(load(path))
    new["competencies"][0]["description"] = "Reworded by the author."
    write_yaml(from_dict(new), path)
    text = path.read_text(encoding="utf-8")
    assert "\nlanguage: en-GB\n" in text
    assert "Reworded by the author." in text


def test_the_redline_shows_a_group_description_under_its_heading():
    """Kafaa's cluster given a description by the author: inserted under 'Cluster 1 – ...'."""
    words = "Skills for leading people and the business."

    def edit(doc):
        doc["groups"][0]["description"] = words

    old, new = _revised(_kafaa(), edit)
    _, inserted = _tracked(render_redline(old, new))
    assert words in inserted
    text = _accepted(render_redline(old, new))
    assert text.index("Cluster 1 – Leadership") < text.index(words) < text.index(STRATEGIC)
    deleted, _ = _tracked(render_redline(new, old))
    assert words in deleted
