"""Probe 9 (outline): job ladders and documents whose outline the ingest misread.

Fixtures are cut, word for word, from public frameworks' text:

- Skylight's career pathways (``skylight-hq/skylight.digital``, ``pages/career_pathways/``,
  CC BY-SA 4.0; the user-researcher page is itself based on GOV.UK's DDaT capability framework,
  OGL v3): a level heading opens with a paragraph -- some levels with a bulleted "At this
  level, you'll be expected to:" -- and its skills stand under sub-headings. The user-researcher
  and data-scientist pages read as one level of 7 and 17 statements.
"""

from __future__ import annotations

from compkit.ingest import ingest

SKYLIGHT_UR = """\
# User researcher

User researchers plan, design, and carry out research activities with users.

### Required skills

#### Analysis and synthesis
You turn research data into clear findings that inform decisions.

#### Research methods
You understand and have experience with a wide range of user research methods.

## User researcher career pathway

### Associate user researcher

As a trainee in an entry-level role, working with more experienced user researchers, you'll \
need to have an understanding of the role and show potential.

#### Skills needed for this level

##### Analysis and synthesis
You know about the need for careful analysis of data to produce clear findings.

##### Research methods
You have some understanding of basic user research methods.

### User researcher I

A user researcher I is embedded in a multidisciplinary team to carry out user research \
activities. At this level, you’ll be expected to:
- Have some practical experience but need regular guidance and training to produce your best \
work and develop your skills
- Work under the guidance of a more senior user researcher

#### Skills needed for this level

##### Analysis and synthesis
You apply basic techniques for the analysis of research data and synthesis of findings.

##### Research methods
You know when to use those methods and how to apply them correctly.

### User researcher II

A user researcher II is usually embedded in a multidisciplinary team and responsible for \
planning and carrying out user research activities. At this level, you’ll be expected to work \
independently on a team.

#### Skills needed for this level

##### Analysis and synthesis
You use a range of techniques for the analysis of research data and synthesis of findings.

##### Research methods
You understand and have experience of a range of user research methods.

### Senior user researcher

A senior user researcher is an experienced practitioner who plans and leads user research \
activities in larger teams and on more complex services. At this level, you’ll be expected to:
- build and lead user research teams
- help teams to develop their capability for user-centered design

#### Skills needed for this level

##### Analysis and synthesis
You lead analysis and synthesis activities across teams.

##### Research methods
You have a thorough knowledge of a broad range of research methods.

### Staff user researcher

A staff user researcher is an expert practitioner, leading and aligning user research \
activities across several teams. At this level, you’ll be expected to:
- Ensure that teams take a user-centered, evidence-based approach to service design and delivery
- Develop and assure good user research practice

#### Skills needed for this level

##### Analysis and synthesis
You help an organization adopt a wide range of analysis and synthesis techniques.

##### Research methods
You help an organization continually assure, improve, and innovate their research practices.
"""


def _read(tmp_path, text, name):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    result = ingest(path)
    ind = result.framework.indicators
    return result, list(zip(ind.competency, ind.level_name, ind.text, strict=True))


def test_ladder_levels_with_sub_headings_are_levels_though_some_open_with_bullets(tmp_path):
    """A level heading over sub-headings is a level, whether its opening holds a list or not."""
    result, rows = _read(tmp_path, SKYLIGHT_UR, "user-researcher.md")
    levels = result.document["levels"]
    assert [lv["name"] for lv in levels] == [
        "Associate user researcher",
        "User researcher I",
        "User researcher II",
        "Senior user researcher",
        "Staff user researcher",
    ]
    assert {c for c, *_ in rows} == {"Analysis and synthesis", "Research methods"}
    assert len(rows) == 10  # one statement a skill a level; the openings describe the levels
    assert ("Research methods", "User researcher II", "You understand and have experience of a "
            "range of user research methods.") in rows  # fmt: skip
    assert "build and lead user research teams" in levels[3]["description"]
