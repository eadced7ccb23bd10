"""Thirteenth probe, Markdown: kramdown's attribute lists, and job families' levels by title.

Fixtures quote short excerpts of real public pages, word for word, in the file a user would
have:

- the CircleCI engineering competency matrix as a Jekyll post (hoanhan101/gray,
  ``_posts/2020-12-15-circleci-engineering-competency-matrix.md``; no licence stated, so only
  a few lines are quoted, for testing): ``* TOC`` over ``{:toc}``, kramdown's table of
  contents, read as a statement "TOC {:toc}" under a competency "Table of Contents".
- Sourcegraph's engineering career development framework (handbook, Markdown as published;
  as quoted in test_ingest_probe12_docs), under a centred logo as a GitHub README shows one
  (the logo's HTML is ours): read down the web-page path, its list items were not read by name.
- GitLab's job families (the GitLab handbook, CC BY-SA 4.0; "Business Systems
  Administrator" and "Business Technology Service Desk Analyst"): a "### Requirements" for
  every level beside "### Junior Business Systems Administrator" ... over "#### Job Grade",
  "#### Requirements", "#### Responsibilities"; read as one level, the headings of the levels
  as competencies holding nothing (Business Systems Administrator: 30 statements of 119).
"""

from __future__ import annotations

from compkit.ingest import ingest
from compkit.testing import cells_by_name

_CIRCLECI = """\
---
layout: post
title: How To Grow And Level Up As A Software Engineer
---

<h2> Table of Contents </h2>

* TOC
{:toc}

<hr>

## Technical skills
{: .no_toc }

### Writing code

1. Consistently writes code that are testable, easily understood by other developers.
2. Document effectively.

### Testing

1. Understands the testing pyramid (unit test, integration test, end-to-end test) and ensures that they are in good places.
2. Understands the team testing approach, works to recommend solutions accordingly.
"""

_GITLAB = """\
---
title: "Business Systems Administrator"
---

Business Systems Administrators work on the configuration of GitLab's Salesforce.com instance and all packages, tools and integrations associated with it.

### Requirements

- Ability to use GitLab

### Job Grades

Read more about GitLab [Job Grades](/handbook/total-rewards/compensation/compensation-calculator/#gitlab-job-grades).

### Junior Business Systems Administrator

#### Job Grade

The Junior Business Systems Administrator is a [grade 5](/handbook/total-rewards/compensation/compensation-calculator/#gitlab-job-grades).

#### Requirements

- Received or pursuing the Salesforce.com Administrator certification.
- Experience with Quote to Cash or Configure, Price, Quote functionality.

#### Responsibilities

- Support our internal customers by fielding any and all questions, solving problems on the spot or routing them to who can solve in a timely manner.

### Intermediate Business Systems Administrator

#### Job Grade

The Business Systems Administrator is a [grade 6](/handbook/total-rewards/compensation/compensation-calculator/#gitlab-job-grades).

#### Requirements

- Salesforce.com Administrator certification.

#### Responsibilities

- Jump in and own short range Sales efficiency projects, having real impact on Sales performance.

### Senior Business Systems Administrator

#### Job Grade

The Senior Business Systems Administrator is a [grade 7](/handbook/total-rewards/compensation/compensation-calculator/#gitlab-job-grades).

#### Requirements

- Salesforce.com Advanced Administrator certification.

#### Responsibilities

- Lead the evaluation and implementation of new Sales tools.

## Hiring Process

- Selected candidates will be invited to schedule a 30min screening call with one of our Global Recruiters
"""

_SERVICE_DESK = """\
## Levels

### Business Technology Service Desk Analyst (Intermediate)

#### Job Grade

The Business Technology Service Desk Analyst (Intermediate) is a grade 6.

#### Responsibilities

- Provide first-line support for IT systems and applications.

#### Requirements

- Working knowledge of Google Workspace administration.

### Senior BT Service Desk Analyst

#### Job Grade

The Senior BT Service Desk Analyst is a grade 7.

#### Responsibilities

- Mentor other analysts on the team.

#### Requirements

- Advanced troubleshooting skills for macOS.
"""


def _write(tmp_path, text: str, name: str):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_kramdown_attribute_lists_are_no_statements(tmp_path):
    """'* TOC' over '{:toc}' and '{: .no_toc }' are markup: no statement, no competency."""
    result = ingest(_write(tmp_path, _CIRCLECI, "circleci.md"))
    texts = [i.text for i in result.framework.indicator_records]
    assert not [t for t in texts if "{:" in t or t.startswith("TOC")]
    names = [c["name"] for c in result.document["competencies"]]
    assert "Table of Contents" not in names
    assert "Writing code" in names
    assert len(texts) == 4
    notes = result.report.to_frame()
    said = notes[notes["message"].str.contains("kramdown")]
    assert len(said) == 1
    assert "2 kramdown attribute lists ('{:toc}', '{: .no_toc }')" in said["message"].iloc[0]


def test_kramdown_heading_id_is_taken_off(tmp_path):
    """'## Delivery {#delivery}' names the competency 'Delivery', as kramdown prints it."""
    text = "# Ladder\n\n## Delivery {#delivery}\n\n- Ships often.\n\n## Craft\n\n- Writes tests.\n"
    result = ingest(_write(tmp_path, text, "ids.md"))
    assert [c["name"] for c in result.document["competencies"]] == ["Delivery", "Craft"]


def test_kramdown_attributes_in_code_are_code(tmp_path):
    """A fenced block showing '{: .no_toc }' is code, and set aside as code."""
    from compkit.ingest.kramdown import kramdown_attributes

    lines = ["```", "{: .no_toc }", "```", "{: .no_toc }"]
    assert kramdown_attributes(lines)[0] == ["```", "{: .no_toc }", "```", ""]


def test_job_family_levels_are_the_job_titles(tmp_path):
    """GitLab's job family: the titles over 'Requirements' are the levels (was one level)."""
    result = ingest(_write(tmp_path, _GITLAB, "business-systems-administrator.md"))
    levels = [lv["name"] for lv in result.document["levels"]]
    assert levels == [
        "All levels",  # the "### Requirements" every grade shares (fourteenth probe)
        "Junior Business Systems Administrator",
        "Intermediate Business Systems Administrator",
        "Senior Business Systems Administrator",
    ]
    cells = cells_by_name(result.document)
    assert cells["Requirements", "Junior Business Systems Administrator"] == [
        "Received or pursuing the Salesforce.com Administrator certification.",
        "Experience with Quote to Cash or Configure, Price, Quote functionality.",
    ]
    assert cells["Responsibilities", "Senior Business Systems Administrator"] == [
        "Lead the evaluation and implementation of new Sales tools."
    ]
    hiring = [i for i in result.framework.indicator_records if "screening call" in i.text]
    assert not hiring


def test_two_job_titles_over_the_same_headings_are_two_levels(tmp_path):
    """Two titles, one '(Intermediate)', one 'Senior': levels, not 'Job Grade' and the rest."""
    result = ingest(_write(tmp_path, _SERVICE_DESK, "service-desk.md"))
    levels = [lv["name"] for lv in result.document["levels"]]
    assert levels == [
        "Business Technology Service Desk Analyst (Intermediate)",
        "Senior BT Service Desk Analyst",
    ]
    cells = cells_by_name(result.document)
    assert cells["Responsibilities", "Senior BT Service Desk Analyst"] == [
        "Mentor other analysts on the team."
    ]


_NUMBERED = """\
# How To Grow And Level Up As A Software Engineer

## Guidelines

- A numbered list is used for each theme, where the higher the number is, the higher seniority level one has. Usually, each is built on top of the previous one.

## Technical skills

### Testing

1. Understands the testing pyramid (unit test, integration test, end-to-end test) and ensures that they are in good places.
2. Understands the team testing approach, works to recommend solutions accordingly.
3. Works with other teams to recommend solutions
4. Drives the company wide testing strategy.

### Debugging

1. Uses a systematic approach to debug issues located within a single device.
2. Proficient at using systematic debugging to diagnose cross services issues.
3. Leads incident response across the organization.

### Security

1. Approaches all engineering work with a security lens, actively looks for vulnerabilities both in code and peer reviews.
2. Fosters a security first mindset across the teams/organization.

**References:**
- <https://docs.google.com/spreadsheets/d/1mtn4QTvqCiS_sf6uxtCiexTo03FVjSbnwbZXE46NdQE/edit?usp=sharing>
"""


def test_list_numbers_are_levels_when_the_page_says_so(tmp_path):
    """CircleCI's matrix: 'the higher the number ... the higher seniority level' (was 1 level)."""
    result = ingest(_write(tmp_path, _NUMBERED, "circleci.md"))
    levels = [lv["name"] for lv in result.document["levels"]]
    assert levels == ["Level 1", "Level 2", "Level 3", "Level 4"]
    cells = cells_by_name(result.document)
    assert cells["Testing", "Level 4"] == ["Drives the company wide testing strategy."]
    assert cells["Debugging", "Level 3"] == ["Leads incident response across the organization."]
    assert cells["Security", "Level 1"] == [
        "Approaches all engineering work with a security lens, actively looks for "
        "vulnerabilities both in code and peer reviews."
    ]
    record = next(i for i in result.framework.indicator_records if i.text.startswith("Drives"))
    assert record.source.lines == (14,)  # the item's own line
    notes = result.report.to_frame()
    assert notes["message"].str.contains("read as levels 1 to 4, as the page says").any()


def test_numbered_lists_stay_lists_when_nothing_says_they_are_levels(tmp_path):
    """Without the sentence, the numbers are a list's: one level, as before."""
    text = _NUMBERED.replace(
        "A numbered list is used for each theme, where the higher the number is, the higher seniority level one has. ",
        "",
    )
    result = ingest(_write(tmp_path, text, "plain.md"))
    assert [lv["name"] for lv in result.document["levels"]] == ["All levels"]


def _ladder(codes: list[str], closing: str, depth: str = "##") -> str:
    """A ladder of levels, each over its list, closed by a section on moving on."""
    head = "# Engineering levels\n\n" if depth == "##" else ""
    body = "".join(
        f"{depth} {code}\n\n- Delivers projects of scope {k}.\n- Mentors at step {k}.\n\n"
        for k, code in enumerate(codes, 1)
    )
    return head + body + closing


def test_a_closing_transition_section_is_no_level(tmp_path):
    """'## Transition from E5 to E6' after E1 ... E5 names a move, not a sixth level."""
    closing = "## Transition from E5 to E6\n\n- Leads an organisation-wide initiative.\n"
    codes = ["E1", "E2", "E3", "E4", "E5"]
    result = ingest(_write(tmp_path, _ladder(codes, closing), "e.md"))
    assert [lv["name"] for lv in result.document["levels"]] == codes
    assert len(result.framework.indicator_records) == 10
    named = ["Associate Engineer", "Engineer", "Senior Engineer", "Staff Engineer"]
    named.append("Principal Engineer")
    closing = "## From Principal to Distinguished\n\n- Is recognised outside the company.\n"
    result = ingest(_write(tmp_path, _ladder(named, closing), "named.md"))
    assert [lv["name"] for lv in result.document["levels"]] == named


def test_sub_headings_of_a_closing_section_are_no_competencies(tmp_path):
    """'### Impact' only under the closing section: the ladder is one competency, 5 levels."""
    closing = (
        "# Transition from L5 to L6\n\n### Impact\n\n- Leads an organisation-wide initiative.\n"
    )
    codes = ["L1", "L2", "L3", "L4", "L5"]
    result = ingest(_write(tmp_path, _ladder(codes, closing, "#"), "ladder.md"))
    assert [lv["name"] for lv in result.document["levels"]] == codes
    records = result.framework.indicator_records
    assert len(records) == 10
    assert len({r.competency for r in records}) == 1


def test_a_heading_in_html_tags_leaves_the_page_markdown(tmp_path):
    """The CircleCI post opens '<h2> Table of Contents </h2>' and '<hr>': still Markdown."""
    opening = "<h2> Table of Contents </h2>\n\n* TOC\n{:toc}\n\n<hr>\n\n"
    text = _NUMBERED.replace("## Guidelines", opening + "## Guidelines")
    result = ingest(_write(tmp_path, text, "circleci.md"))
    levels = [lv["name"] for lv in result.document["levels"]]
    assert levels == ["Level 1", "Level 2", "Level 3", "Level 4"]
    notes = result.report.to_frame()
    assert notes["message"].str.contains("lines of HTML that only dress the page").any()


_SOURCEGRAPH = """\
# Sourcegraph engineering career development framework

## All Levels

- Impact

  - Directly contributes to achieving the company’s strategic goals and long term success.

- Scope

  - Has high productivity and output, with frequent and meaningful commits.
  - Ships regularly.

## IC1

- Impact: Delivers clearly defined projects of small to medium technical risk.

- Scope: Primarily focuses on their team’s code. Utilizes general software engineering knowledge.

## IC2

- Impact: Clarifies project scope and delivers projects of medium to high technical risk.

- Scope: Primarily focuses on their team’s code and architecture. Pulls on broader knowledge of Sourcegraph.

## IC3

- Impact: Delivers highly technical, open-ended, potentially ambiguously defined projects.

- Scope: Often works on components outside their immediate domain.
"""
_LOGO = '<p align="center">\n  <img src="logo.png" width="120" alt="">\n</p>\n\n'


def test_a_centred_logo_reads_as_the_page_without_it(tmp_path):
    """A README's centred logo sent Sourcegraph's IC track down the web-page path."""
    plain = ingest(_write(tmp_path, _SOURCEGRAPH, "plain.md"))
    dressed = ingest(_write(tmp_path, _LOGO + _SOURCEGRAPH, "dressed.md"))
    assert cells_by_name(dressed.document) == cells_by_name(plain.document)
    assert [lv["name"] for lv in dressed.document["levels"]] == ["All Levels", "IC1", "IC2", "IC3"]


def test_html_with_text_of_its_own_is_still_read_as_a_web_page(tmp_path):
    """A table in HTML is the page's content: the web-page reading, as before."""
    from compkit.ingest.cosmetichtml import cosmetic_html

    lines = [*_LOGO.splitlines(), "<table>", "<tr><td>Ships</td></tr>", "</table>"]
    text = "\n".join(lines)
    assert cosmetic_html(text, (lines, [])) == (text, lines, [])


_RED_TEAM = """\
---
title: "Red Team Roles"
---

## Levels

### Red Team Engineer (Intermediate)

This position reports to the [Manager, Red Team](#manager-red-team).

#### Red Team Engineer (Intermediate) Job Grade

The Red Team Engineer is a [grade 6](/handbook/total-rewards/compensation/compensation-calculator/#gitlab-job-grades).

#### Red Team Engineer (Intermediate) Responsibilities

- Includes [base-level responsibilities](#responsibilities).

#### Red Team Engineer (Intermediate) Requirements

- Includes [base-level requirements](#requirements).

### Senior Red Team Engineer

This position reports to the [Manager, Red Team](#manager-red-team).

#### Senior Red Team Engineer Job Grade

The Senior Red Team Engineer is a [grade 7](/handbook/total-rewards/compensation/compensation-calculator/#gitlab-job-grades).

#### Senior Red Team Engineer Responsibilities

- Includes [base-level responsibilities](#responsibilities).
- Deploy and manage attack infrastructure for stealth operations
- Create and deliver short video summaries of completed Red Team operations

#### Senior Red Team Engineer Requirements

- Includes [base-level requirements](#requirements).
- Several years experience conducting adversary-emulation exercises

### Staff Red Team Engineer

This position reports to the [Manager, Red Team](#manager-red-team).

#### Staff Red Team Engineer Job Grade

The Staff Red Team Engineer is a [grade 8](/handbook/total-rewards/compensation/compensation-calculator/#gitlab-job-grades).

#### Staff Red Team Engineer Responsibilities

- Includes [Senior-level responsibilities](#senior-red-team-engineer-responsibilities)
- Identify new Red Team open source project opportunities and internal tooling needs

#### Staff Red Team Engineer Requirements

- Includes [Senior-level requirements](#senior-red-team-engineer-requirements)
- Strong knowledge of the GitLab application and its components
"""


def test_sections_named_after_their_level_repeat_under_each_level(tmp_path):
    """GitLab's 'Senior Red Team Engineer Responsibilities' under 'Senior Red Team Engineer'."""
    result = ingest(_write(tmp_path, _RED_TEAM, "red-team.md"))
    levels = [lv["name"] for lv in result.document["levels"]]
    assert levels == [
        "Red Team Engineer (Intermediate)",
        "Senior Red Team Engineer",
        "Staff Red Team Engineer",
    ]
    cells = cells_by_name(result.document)
    assert cells["Responsibilities", "Staff Red Team Engineer"] == [
        "Includes Senior-level responsibilities",
        "Identify new Red Team open source project opportunities and internal tooling needs",
    ]
    assert cells["Requirements", "Senior Red Team Engineer"][1] == (
        "Several years experience conducting adversary-emulation exercises"
    )
    notes = result.report.to_frame()
    assert notes["message"].str.contains("open with the name of the heading above them").any()


def test_specialties_named_after_a_role_are_left_as_named(tmp_path):
    """'Paralegal (Corporate) Responsibilities' under specialties, no ladder: names kept."""
    from compkit.ingest.blocks import Document, Label, Region
    from compkit.ingest.parentnames import parent_prefixes

    names = ("Paralegal (Corporate)", "Paralegal (Employment)", "Paralegal (Privacy)")
    doc = Document(
        [
            Region((Label(n, "###"), Label(f"{n} {part}", "####")), [])
            for n in names
            for part in ("Responsibilities", "Requirements")
        ]
    )
    assert parent_prefixes(doc) == []
    assert doc.regions[0].labels[1].text == "Paralegal (Corporate) Responsibilities"
