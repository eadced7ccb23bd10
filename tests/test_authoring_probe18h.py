"""An author drafting a revised framework (eighteenth round): what the renders say of a draft.

A role may require a level the author has added and not yet written. By competency, that
level's column stays in the tables of the competencies the role requires it for, headed with
the role's name and shaded, and says "No statements at this level yet." once; the other tables
leave the level out as before. Read back, the level holds no statement and the role is kept.
"""

import io
import re
from pathlib import Path

import docx
import pytest

from compkit.authoring._layout import EMPTY_LEVEL, NONE, cells, empty_levels
from compkit.authoring.documents import render, render_docx, render_html, render_markdown
from compkit.framework import from_dict
from compkit.ingest import ingest


def _drafted(*, cumulative: bool = False):
    """A self-written framework: "Expert" has no statement yet and Team lead requires it in
    Planning (Practised in Coaching)."""
    said = {"foundation": "Explains the plan", "practised": "Adapts the plan to the team"}
    return from_dict(
        {
            "schema_version": 2,
            "id": "drafted",
            "title": "Drafted Framework",
            "organisation": "Probe Works",
            "cumulative": cumulative,
            "levels": [
                {"id": "foundation", "name": "Foundation", "rank": 1},
                {"id": "practised", "name": "Practised", "rank": 2},
                {"id": "expert", "name": "Expert", "rank": 3},
            ],
            "competencies": [
                {
                    "id": comp,
                    "name": comp.capitalize(),
                    "indicators": [
                        {"id": f"{comp}-{lv}-1", "level": lv, "text": f"{text} ({comp})."}
                        for lv, text in said.items()
                    ],
                }
                for comp in ("planning", "coaching")
            ],
            "roles": [
                {
                    "id": "team-lead",
                    "name": "Team lead",
                    "requires": {"planning": "expert", "coaching": "practised"},
                }
            ],
        }
    )


def test_a_role_needing_an_empty_level_keeps_its_column_where_it_needs_it():
    fw = _drafted()
    assert [lv.name for lv in empty_levels(fw)] == ["Expert"]
    planning, coaching = fw.competency_records
    got = [(c.level.name, c.roles, c.missing()) for c in cells(fw, planning)]
    assert got[-1] == ("Expert", ("Team lead",), EMPTY_LEVEL)
    assert [c.level.name for c in cells(fw, coaching)] == ["Foundation", "Practised"]


def test_markdown_by_competency_heads_the_empty_level_with_the_role():
    text = render_markdown(_drafted(), layout="competency")
    planning = text.split("## Competency 1: Planning")[1].split("## Competency 2")[0]
    assert f"### Expert — Team lead\n\n*{EMPTY_LEVEL}*" in planning
    assert "### Expert" not in text.split("## Competency 2")[1]
    assert NONE not in text


def test_html_by_competency_shades_the_empty_levels_column():
    page = render_html(_drafted(), layout="competency")
    heads = re.findall(r'<th( class="role")? scope="col">(\w+)', page)
    role = ' class="role"'
    assert heads[:5] == [
        *[("", "Foundation"), ("", "Practised"), (role, "Expert")],  # Planning
        *[("", "Foundation"), (role, "Practised")],  # Coaching
    ]
    assert page.count(f'<td class="role"><p class="undefined">{EMPTY_LEVEL}</p></td>') == 1


def test_word_by_competency_names_the_role_over_the_empty_level():
    word = docx.Document(io.BytesIO(render_docx(_drafted(), layout="competency")))
    first = word.tables[0]
    assert [c.text for c in first.rows[0].cells] == ["Foundation", "Practised", "Expert\nTeam lead"]
    assert first.rows[1].cells[2].text == EMPTY_LEVEL
    assert [c.text for c in word.tables[1].rows[0].cells] == ["Foundation", "Practised\nTeam lead"]


@pytest.mark.parametrize("fmt", ["md", "html", "docx"])
def test_by_level_still_says_the_empty_level_once(fmt):
    fn = {"md": render_markdown, "html": render_html, "docx": render_docx}[fmt]
    out = fn(_drafted(), layout="level")
    if fmt == "docx":
        word = docx.Document(io.BytesIO(out))
        out = "\n".join(p.text for p in word.paragraphs)
    assert out.count(EMPTY_LEVEL) == 1
    assert NONE not in out


@pytest.mark.parametrize("fmt", ["md", "docx"])
@pytest.mark.parametrize("layout", ["competency", "level"])
def test_the_drafts_render_reads_back_with_its_role(fmt, layout, tmp_path):
    fw = _drafted()
    back = ingest(render(fw, tmp_path / f"drafted.{fmt}", layout=layout)).framework
    assert sorted(i.text for i in back.indicator_records) == sorted(
        i.text for i in fw.indicator_records
    )
    assert [r.name for r in back.role_records] == ["Team lead"]


def test_cumulative_levels_below_stay_highlighted_and_the_empty_one_joins_them():
    fw = _drafted(cumulative=True)
    planning = fw.competency_records[0]
    assert [(c.level.name, c.roles) for c in cells(fw, planning)] == [
        ("Foundation", ("Team lead",)),
        ("Practised", ("Team lead",)),
        ("Expert", ("Team lead",)),
    ]


def test_a_role_shown_alone_keeps_its_empty_column():
    page = render_html(_drafted(), layout="competency", role="team-lead")
    assert page.count('<th class="role" scope="col">Expert') == 1


def _ladder(prefix: str) -> dict:
    """A self-written ladder repeating a statement at two levels, its ids led by ``prefix``
    (a version ingested anew has ids of its own)."""
    said = {
        "l1": ["Fixes small bugs.", "Asks for help."],
        "l2": ["Mentors others in the team.", "Reviews code."],
        "l3": ["Mentors others in the team.", "Designs systems."],
    }
    return {
        "schema_version": 2,
        "id": "ladder",
        "title": "Ladder",
        "organisation": "Probe Works",
        "levels": [{"id": lv, "name": lv.upper(), "rank": n} for n, lv in enumerate(said, 1)],
        "competencies": [
            {
                "id": "craft",
                "name": "Craft",
                "indicators": [
                    {"id": f"{prefix}{lv}-{n}", "level": lv, "text": text}
                    for lv, texts in said.items()
                    for n, text in enumerate(texts, 1)
                ],
            }
        ],
    }


def test_a_statement_a_ladder_repeats_at_two_levels_is_no_split_when_ids_change():
    """Read back from a render, every id differs: each copy is its level's statement again."""
    from compkit import diff

    changes = diff(from_dict(_ladder("craft-")), from_dict(_ladder("craft-x-")))
    assert set(changes["change"]) == {"id changed"}  # was 1 split into 2 and 1 removed
    mentors = changes[changes["old_text"] == "Mentors others in the team."]
    assert sorted(zip(mentors["old_id"], mentors["new_id"], strict=True)) == [
        ("craft-l2-1", "craft-x-l2-1"),
        ("craft-l3-1", "craft-x-l3-1"),
    ]


def _numbers(text: str, after: str) -> list[int]:
    """The numbers of the Markdown list that follows the line ``after``."""
    lines = text.split(after, 1)[1].splitlines()
    out = []
    for line in lines[1:]:
        m = re.match(r"(\d+)\. ", line)
        if m:
            out.append(int(m.group(1)))
        elif line.strip() and out:
            break
    return out


def test_a_numbered_list_a_statement_was_removed_from_has_no_gap():
    """WSX's Supervisory "Personal Qualities" list 1-7 without its 6th: printed 1-6, not 1-5, 7;
    the gap a joined statement leaves (2, 3 and 4 joined) is still the source's own."""
    from compkit import load
    from compkit.authoring import remove_indicator

    head = "### Cluster 1: Demonstrating Personal Qualities"
    wsx = load("wsx")
    before = render_markdown(wsx, layout="level").split("## Supervisory")[1]
    assert _numbers(before, head) == [1, 2, 3, 4, 5, 6, 7]
    fw = remove_indicator(wsx, "qualities-supervisory-6")
    after = render_markdown(fw, layout="level").split("## Supervisory")[1]
    assert _numbers(after, head) == [1, 2, 3, 4, 5, 6]  # was 1, 2, 3, 4, 5, 7
    improving = "### Cluster 4: Continually & Creatively Improving"
    management = render_markdown(fw, layout="level").split("## Management")[1]
    assert _numbers(management, improving) == [1, 2, 5, 6, 7, 8]  # item 2 joins 2, 3 and 4


def test_a_competencys_values_changed_are_named():
    from compkit import diff, load
    from compkit.framework import to_dict

    clustered = Path(__file__).parent / "data" / "clustered.yaml"
    doc = to_dict(load(clustered))
    doc["competencies"][0]["values"] = ["care"]  # Leading others: Care, was Courage
    changes = diff(clustered, from_dict(doc))
    notes = changes.loc[changes["item"] == "competency", "note"].tolist()
    assert notes == ["values: Care added, Courage removed"]  # was "values changed"


def test_an_added_competency_says_its_group():
    from compkit import diff, load
    from compkit.framework import to_dict

    clustered = Path(__file__).parent / "data" / "clustered.yaml"
    doc = to_dict(load(clustered))
    doc["competencies"].append(
        {"id": "learning", "name": "Learning", "group": "people", "indicators": []}
    )
    doc["competencies"].append({"id": "ungrouped", "name": "Ungrouped", "indicators": []})
    changes = diff(clustered, from_dict(doc)).set_index("new_id")
    assert changes.loc["learning", "note"] == "in People"  # was ""
    assert changes.loc["ungrouped", "note"] == ""
