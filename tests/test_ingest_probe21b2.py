"""An .odt's hidden text left out as Word's is; a Word render's descriptions read back whole."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest

import compkit
from compkit.testing.odtfiles import odt_heading, write_odt

_STYLES = (
    '<style:style style:name="Gone" style:family="text"><style:text-properties '
    'text:display="none"/></style:style>'
    '<style:style style:name="Note_20_to_20_authors" style:display-name="Note to authors" '
    'style:family="paragraph"><style:text-properties text:display="none"/></style:style>'
    '<text:list-style style:name="Dots"><text:list-level-style-bullet text:level="1" '
    'text:bullet-char="•"/></text:list-style>'
)


def _odt(path: Path, body: str) -> Path:
    return write_odt(path, body, _STYLES, automatic=False)


_h = odt_heading


def _items(*texts: str) -> str:
    items = "".join(f"<text:list-item><text:p>{t}</text:p></text:list-item>" for t in texts)
    return f'<text:list text:style-name="Dots">{items}</text:list>'


def _framework(hidden: str) -> str:
    """A two-competency outline with ``hidden`` standing in Listening's level 2."""
    return (
        _h("Team Framework", 1) + _h("Listening", 2) + _h("Level 1", 3)
        + _items("Listens to others.", "Asks open questions.")
        + _h("Level 2", 3) + _items("Sums up what was said.") + hidden
        + _h("Planning", 2) + _h("Level 1", 3) + _items("Plans own work.")
        + _h("Level 2", 3) + _items("Plans the team's work.")
    )  # fmt: skip


_SHOWN = [
    "Asks open questions.",
    "Listens to others.",
    "Plans own work.",
    "Plans the team's work.",
    "Sums up what was said.",
]

_HIDDEN = {
    "character style": _items('<text:span text:style-name="Gone">Drafts agendas.</text:span>'),
    "paragraph style": '<text:p text:style-name="Note_20_to_20_authors">Drafts agendas.</text:p>',
    "hidden section": '<text:section text:name="Old" text:display="none">'
    + _items("Drafts agendas.")
    + "</text:section>",
    "hidden-text field": _items(
        '<text:hidden-text text:condition="ooow:1" text:string-value="Drafts agendas." '
        'text:is-hidden="true"/>'
    ),
    "hidden-paragraph field": _items(
        'Drafts agendas.<text:hidden-paragraph text:condition="ooow:1" text:is-hidden="true"/>'
    ),
}


@pytest.mark.parametrize("way", list(_HIDDEN))
def test_hidden_odt_text_is_left_out_and_said_as_word_hidden_text_is(tmp_path, way):
    result = compkit.ingest(_odt(tmp_path / "team.odt", _framework(_HIDDEN[way])))
    assert sorted(result.framework.indicators["text"]) == _SHOWN
    said = " | ".join(n.message for n in result.report.notes)
    assert "1 piece of hidden text left out, as Word shows and prints" in said
    assert "'Drafts agendas.'" in said


def test_a_hidden_odt_field_whose_condition_last_failed_is_read(tmp_path):
    shown = _items(
        '<text:hidden-text text:condition="ooow:0" text:string-value="Drafts agendas." '
        'text:is-hidden="false"/>',
        'Keeps notes.<text:hidden-paragraph text:condition="ooow:0" text:is-hidden="false"/>',
    )
    result = compkit.ingest(_odt(tmp_path / "team.odt", _framework(shown)))
    assert sorted(result.framework.indicators["text"]) == sorted(
        [*_SHOWN, "Drafts agendas.", "Keeps notes."]
    )
    assert "hidden text" not in " | ".join(n.message for n in result.report.notes)


_TWO_PARAGRAPHS = """\
schema_version: 2
id: team
title: Team Framework
organisation: Example Council
competency_term: competency
cumulative: false
language: en-GB
levels:
  - id: level-1
    name: Level 1
    rank: 1
    description: "Works under guidance.\\n\\nAsks before acting on new work."
  - id: level-2
    name: Level 2
    rank: 2
competencies:
  - id: listening
    name: Listening
    description: "Hearing what others mean.\\n\\nLevel 1: Checks what was heard.\\n\\nLevel 2: Sums it up for others."
    indicators:
      - {id: l1, level: level-1, text: Listens to others.}
      - {id: l2, level: level-1, text: Asks open questions.}
      - {id: l3, level: level-2, text: Sums up what was said.}
  - id: planning
    name: Planning
    description: Making the work fit the time.
    indicators:
      - {id: p1, level: level-1, text: Plans own work.}
      - {id: p2, level: level-2, text: Plans the team's work.}
"""


@pytest.mark.parametrize("layout", ["competency", "level"])
def test_a_word_render_writes_each_description_paragraph_as_a_paragraph(tmp_path, layout):
    src = tmp_path / "team.yaml"
    src.write_text(_TWO_PARAGRAPHS, encoding="utf-8")
    fw = compkit.load(src)
    out = compkit.render(fw, tmp_path / "team.docx", layout=layout)
    texts = [p.text for p in docx.Document(out).paragraphs]
    assert not any("\n" in t for t in texts)  # no line breaks standing for paragraphs
    shown = ["Works under guidance.", "Asks before acting on new work."]
    if layout == "competency":
        shown = ["Hearing what others mean.", "Level 1: Checks what was heard."]
        shown += ["Level 2: Sums it up for others."]  # a level's title (ingest's .cellheadlines)
    at = texts.index(shown[0])
    assert texts[at : at + len(shown)] == shown
    back = compkit.ingest(out).framework  # read back as written: paragraphs, not spaces
    assert sorted(i.text for i in back.indicator_records) == sorted(
        i.text for i in fw.indicator_records
    )  # a level's title in the description is no statement
    if layout == "competency":
        assert back.competency("listening").description == fw.competency("listening").description
    else:
        assert back.level("level-1").description == fw.level("level-1").description
