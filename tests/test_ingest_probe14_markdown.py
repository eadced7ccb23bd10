"""Fourteenth probe, Markdown: a ladder in lists beside a ladder in a table, job families' shares.

Fixtures quote short excerpts of real public pages, word for word, in the file a user would
have:

- Sourcegraph's engineering career development framework (the Sourcegraph handbook,
  ``content/departments/engineering/dev/career-development/framework.md``, Markdown with the
  managers' levels as an HTML table; no licence stated, so only a few lines of each part are
  quoted, for testing): read whole, the IC track ("## IC1" over "- Impact: ...") was lost
  beside the table's M3 ... M6.
- GitLab's job families (the GitLab handbook, CC BY-SA 4.0): "Business Systems
  Administrator" (a "### Requirements" every grade shares, then "#### Job Grade" under each
  grade), "Accessibility Engineer" ("### Base Requirements"), "Fullstack Engineers" (one
  "### Job Grade" over a line per grade on a page of one level).
- Engineering Ladders' developer ladder (tests/data/corpus/raw, MIT): a summary table over
  the same levels its headings set out is no second track.
- The Programmer Competency Matrix (Sijin Joseph; as a web page in neoascetic/
  programmer-competency-matrix, ``index.html``; no licence stated, a header and one row
  quoted): its levels "2<sup>n</sup> (level 0)", "n<sup>2</sup> (level 1)" read "2n", "n2".
- The teachingRSE project's "Foundational Competencies of a Research Software Engineer - The
  summary" (the-teachingRSE-project/competencies, ``summarised_competencies.md``, CC BY 4.0):
  HTML comments in the Markdown read as statements.
"""

from __future__ import annotations

from pathlib import Path

from compkit.ingest import ingest
from compkit.testing import cells_by_name

_SOURCEGRAPH = """\
# Sourcegraph engineering career development framework

## All Levels

- Impact

  - Directly contributes to achieving the company’s strategic goals and long term success.

- Teamwork
  - Does not gate-keep. Accelerates and unblocks colleagues.

## IC1

- Impact: Delivers clearly defined projects of small to medium technical risk.

- Teamwork: Generally works with a handful of people, primarily engineers, PM, and design partners on their team.

## IC2

- Impact: Clarifies project scope and delivers projects of medium to high technical risk.

- Teamwork: Actively contributes to a collaborative and respectful team culture.
  Collaborates across teams, focused on their direct areas of work.

## IC3

- Impact: Delivers highly technical, open-ended, potentially ambiguously defined projects.

- Teamwork:
  - Actively mentors junior team members.
  - Gives feedback which influences the work of others.

## Management Levels

<table class="levels-table">

  <thead>
    <tr>
      <th scope="col">Level</th>
      <th scope="col" class="category-title">Proficiency</th>
      <th scope="col" class="category-title">Teamwork</th>
    </tr>
  </thead>

  <tbody>
    <!-- M3 -->
    <tr>
      <th id="m3" scope="row" rowspan="3" class="level"><a class="anchor" href="#m3"></a><abbr title="Manager">M</abbr>3</th>
    </tr>
    <tr>
      <td class="level-summary" colspan="2">
          <p>Accountable for the performance and results of a small team of professional individual contributors..</p>
      </td>
    </tr>
    <tr class="behaviors-row">
      <td class="behaviors">
        <ul>
<li>Has IC4 equivalent technical knowledge.</li>
<li>Still writes some code.</li>
        </ul>
      </td>
      <td class="behaviors">
        <ul>
<li>Has IC4 equivalent teamwork expectations.</li>
<li>Proactively resolves interpersonal conflicts.</li>
        </ul>
      </td>
    </tr>
    <!-- M4 -->
    <tr>
      <th id="m4" scope="row" rowspan="3" class="level"><a class="anchor" href="#m4"></a><abbr title="Management">M</abbr>4</th>
    </tr>
    <tr>
      <td class="level-summary" colspan="2">
          <p>Accountable for performance and results of a medium sized team or multiple small teams.</p>
      </td>
    </tr>
    <tr class="behaviors-row">
      <td class="behaviors">
        <ul>
<li>Has IC5 equivalent technical knowledge.</li>
<li>Provides technical guidance to their teams and other teams.</li>
        </ul>
      </td>
      <td class="behaviors">
        <ul>
<li>Has IC5 equivalent teamwork expectations.</li>
<li>Enables those around them to be successful.</li>
        </ul>
      </td>
    </tr>
  </tbody>
</table>
"""


def _write(tmp_path: Path, text: str, name: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_a_track_in_lists_and_a_track_in_a_table_are_both_read(tmp_path):
    """Sourcegraph's whole page: IC levels from the lists, M levels from the table (was M only)."""
    result = ingest(_write(tmp_path, _SOURCEGRAPH, "framework.md"))
    levels = [lv["name"] for lv in result.document["levels"]]
    assert levels == ["All Levels", "IC1", "IC2", "IC3", "M3", "M4"]
    cells = cells_by_name(result.document)
    assert cells["Impact", "IC1"] == [
        "Delivers clearly defined projects of small to medium technical risk."
    ]
    assert cells["Teamwork", "IC2"] == [
        "Actively contributes to a collaborative and respectful team culture. "
        "Collaborates across teams, focused on their direct areas of work."
    ]
    assert cells["Teamwork", "IC3"] == [
        "Actively mentors junior team members.",
        "Gives feedback which influences the work of others.",
    ]
    assert cells["Proficiency", "M3"] == [
        "Has IC4 equivalent technical knowledge.",
        "Still writes some code.",
    ]
    assert cells["Teamwork", "M4"] == [
        "Has IC5 equivalent teamwork expectations.",
        "Enables those around them to be successful.",
    ]
    assert len(result.framework.indicator_records) == 17
    said = [n.message for n in result.report.notes if "two parts" in n.message]
    assert said == [
        "the page sets its levels in two parts, All Levels to IC3 (9 statements in the text "
        "around them) and M3 and M4 (8 statements in its tables), no level in both: both "
        "read, in the page's order"
    ]
    unused = [n.message for n in result.report.notes if n.kind == "unused"]
    assert not any("IC1" in m or "Has IC4" in m for m in unused)


def test_named_items_in_a_markdown_page_with_html_read_as_in_plain_markdown(tmp_path):
    """'- Impact: ...' under each level beside HTML: each name its competency (was the title)."""
    text = _SOURCEGRAPH.split("## Management Levels")[0] + "<p>More to come.</p>\n"
    result = ingest(_write(tmp_path, text, "framework.md"))
    cells = cells_by_name(result.document)
    assert {c for c, _ in cells} == {"Impact", "Teamwork"}
    assert cells["Impact", "All Levels"] == [
        "Directly contributes to achieving the company’s strategic goals and long term success."
    ]


def test_a_summary_table_over_the_same_ladder_is_no_second_track():
    """Engineering Ladders: 'Level 1' ... in a table, 'D1 - Developer 1' ... in headings."""
    path = Path(__file__).parent / "data" / "corpus" / "raw" / "engineering-ladders-developer.txt"
    result = ingest(path)
    assert len(result.document["levels"]) == 7
    assert not [n for n in result.report.notes if "two parts" in n.message]


_GITLAB = """\
---
title: "Business Systems Administrator"
---

Business Systems Administrators work on the configuration of GitLab's Salesforce.com instance and all packages, tools and integrations associated with it.

### Requirements

- Demonstrated progressive experience in a Sales Operations, Business Operations or Business Systems role.
- Ability to use GitLab

### Responsibilities

- Support our internal customers by fielding any and all questions, solving problems on the spot or routing them to who can solve in a timely manner.

### Job Grades

Read more about GitLab [Job Grades](/handbook/total-rewards/compensation/compensation-calculator/#gitlab-job-grades).

### Junior Business Systems Administrator

#### Job Grade

The Junior Business Systems Administrator is a [grade 5](/handbook/total-rewards/compensation/compensation-calculator/#gitlab-job-grades).

#### Requirements

- Received or pursuing the Salesforce.com Administrator certification.

#### Responsibilities

- Oversee the configuration and support of our suite of Sales Tools, being the go-to person for any questions or improvement ideas.

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
"""


def test_sections_every_grade_shares_read_at_all_levels(tmp_path):
    """GitLab: '### Requirements' before the grades is every grade's (was the introduction)."""
    result = ingest(_write(tmp_path, _GITLAB, "business-systems-administrator.md"))
    levels = [lv["name"] for lv in result.document["levels"]]
    assert levels[0] == "All levels"
    cells = cells_by_name(result.document)
    assert cells["Requirements", "All levels"] == [
        "Demonstrated progressive experience in a Sales Operations, Business Operations or "
        "Business Systems role.",
        "Ability to use GitLab",
    ]
    assert cells["Responsibilities", "All levels"] == [
        "Support our internal customers by fielding any and all questions, solving problems "
        "on the spot or routing them to who can solve in a timely manner."
    ]
    said = [n.message for n in result.report.notes if "'All levels'" in n.message]
    assert said == [
        "'Requirements', 'Responsibilities': written once before the levels under the name of "
        "a section each level holds, read at 'All levels'"
    ]


def test_a_job_grade_line_under_each_grade_describes_the_level(tmp_path):
    """'The Senior X is a grade 7.' under each grade: the level's words, no 'Job Grade' skill."""
    result = ingest(_write(tmp_path, _GITLAB, "business-systems-administrator.md"))
    assert "Job Grade" not in {c for c, _ in cells_by_name(result.document)}
    described = {lv["name"]: lv.get("description", "") for lv in result.document["levels"]}
    assert described["Senior Business Systems Administrator"] == (
        "The Senior Business Systems Administrator is a grade 7."
    )
    assert described["Intermediate Business Systems Administrator"] == (
        "The Business Systems Administrator is a grade 6."
    )
    assert not [n for n in result.report.notes if n.kind == "unused" and "grade" in n.message]


def test_base_requirements_are_the_requirements_of_every_grade(tmp_path):
    """GitLab's Accessibility Engineer: '### Base Requirements' reads as Requirements, all levels."""
    text = """\
## Accessibility Engineer Roles at GitLab

### Base Requirements

- Interest in digital accessibility.
- Understanding of design and UX.

### Levels

#### Accessibility Engineer

##### Job Grade

The Accessibility Engineer is a [grade 6](/handbook/total-rewards/compensation/compensation-calculator/#gitlab-job-grades).

##### Requirements

- Proven WCAG knowledge and implementation.

#### Senior Accessibility Engineer

##### Job Grade

The Senior Accessibility Engineer is a [grade 7](/handbook/total-rewards/compensation/compensation-calculator/#gitlab-job-grades).

##### Requirements

- Expert knowledge of WCAG guidelines and accessibility best practices.
"""
    result = ingest(_write(tmp_path, text, "accessibility-engineer.md"))
    cells = cells_by_name(result.document)
    assert cells["Requirements", "All levels"] == [
        "Interest in digital accessibility.",
        "Understanding of design and UX.",
    ]
    assert {c for c, _ in cells} == {"Requirements"}
    assert [lv["name"] for lv in result.document["levels"]] == [
        "All levels",
        "Accessibility Engineer",
        "Senior Accessibility Engineer",
    ]


def test_a_job_grade_section_on_a_page_of_one_level_is_introduction(tmp_path):
    """GitLab's Fullstack Engineers: '### Job Grade' over a line per grade is no competency."""
    text = """\
---
title: "Fullstack Engineers"
---

Fullstack Engineers will work across the backend (Ruby on Rails), and frontend (Vue.js) parts of our application.

### Job Grade

The Fullstack Engineer is a [grade 6](/handbook/total-rewards/compensation/compensation-calculator/#gitlab-job-grades).
The Senior Fullstack Engineer is a [grade 7](/handbook/total-rewards/compensation/compensation-calculator/#gitlab-job-grades).

## Responsibilities

- Develop features and improvements to the GitLab product in a secure, well-tested, and performant way
- Advocate for improvements to product quality, security, and performance

## Requirements

- Professional experience with Ruby and Rails
- Positive and solution-oriented mindset

### Nice-to-haves

- Experience working with modern frontend frameworks (eg. React, Vue.js, Angular)
- Product company experience
"""
    result = ingest(_write(tmp_path, text, "fullstack-engineer.md"))
    cells = cells_by_name(result.document)
    assert {c for c, _ in cells} == {"Responsibilities", "Requirements", "Nice-to-haves"}
    intro = [p.text for p in result.framework.introduction]
    assert "The Senior Fullstack Engineer is a grade 7." in intro
    said = [n.message for n in result.report.notes if "grades" in n.message]
    assert said == [
        "1 section ('Job Grade') naming the job's grades, one a line: part of the "
        "introduction, not a competency"
    ]


_MATRIX = """\
<h1>Programmer Competency Matrix</h1>
<table>
    <caption>Computer Science</caption>
    <thead>
        <tr>
            <th></th>
            <th>2<sup>n</sup> (level 0)</th>
            <th>n<sup>2</sup> (level 1)</th>
            <th>n (level 2)</th>
            <th>log(n) (level 3)</th>
        </tr>
    </thead>
    <tbody>
        <tr>
            <td>data structures</td>
            <td>Doesn't know the difference between Array and LinkedList</td>
            <td>Able to explain and use Arrays, LinkedLists, Dictionaries etc in practical programming tasks</td>
            <td>Knows space and time tradeoffs of the basic data structures, Arrays vs LinkedLists, Able to explain how hashtables can be implemented and can handle collisions, Priority queues and ways to implement them etc</td>
            <td>Knowledge of advanced data structures like B-trees, binomial and fibonacci heaps, AVL/Red Black trees, Splay Trees, Skip Lists, tries etc.</td>
        </tr>
    </tbody>
</table>
"""


def test_superscripts_in_a_web_table_read_as_shown(tmp_path):
    """The programmer competency matrix: '2<sup>n</sup> (level 0)' is '2ⁿ (level 0)', not '2n'."""
    result = ingest(_write(tmp_path, _MATRIX, "matrix.html"))
    names = [lv["name"] for lv in result.document["levels"]]
    assert names == ["2ⁿ (level 0)", "n² (level 1)", "n (level 2)", "log(n) (level 3)"]
    assert len(result.framework.indicator_records) == 4


def test_superscripts_and_subscripts_in_markdown_lines(tmp_path):
    """Raw '<sup>' in a Markdown item reads as shown, not as its tags."""
    text = (
        "# Ladder\n\n## Level 1\n\n### Algorithms\n\n- Avoids O(2<sup>n</sup>) searches.\n\n"
        "## Level 2\n\n### Algorithms\n\n- Knows when n<sup>2</sup> is fast enough.\n"
    )
    cells = cells_by_name(ingest(_write(tmp_path, text, "ladder.md")).document)
    assert cells["Algorithms", "Level 1"] == ["Avoids O(2ⁿ) searches."]
    assert cells["Algorithms", "Level 2"] == ["Knows when n² is fast enough."]


def test_site_generator_template_tags_are_no_statements(tmp_path):
    """GitLab's Hugo shortcodes ('{{% job-families/sales/performance %}}') read as statements."""
    text = _GITLAB.replace(
        "### Job Grades",
        "### Performance Indicators\n\n- Net ARR vs. plan > 1\n- Net ARR efficiency > 1.0\n\n"
        '{{% job-families/sales/performance %}}\n\n{{< youtube "8cUTvSwUqVc" >}}\n\n### Job Grades',
    )
    result = ingest(_write(tmp_path, text, "business-systems-administrator.md"))
    texts = [i.text for i in result.framework.indicator_records]
    texts += [p.text for p in result.framework.introduction]
    assert "Net ARR efficiency > 1.0" in texts
    assert not [t for t in texts if "{{" in t]
    said = [n.message for n in result.report.notes if "template tags" in n.message]
    assert said == [
        "2 template tags of the site generator ('{{% job-families/sales/performance %}}', "
        "'{{< youtube \"8cUTvSwUqVc\" >}}') set aside: markup, not text"
    ]


def test_html_comments_in_markdown_are_no_statements(tmp_path):
    """teachingRSE's summary: '<!--' over a note and '-->' read as three statements."""
    text = (
        "# RSE specialisations\n\n## Specialisations outside the core RSE competencies\n\n"
        "#### Data-focused RSE\n\n"
        "Certain domains have a high demand for data science skills.\n\n"
        "<!--\nNew areas of expertise\n-->\n\n"
        "#### HPC-RSE\n\n"
        "<!-- vale handbook.Repetition = NO -->\n"
        "\\acrshort{HPC}-focused RSEs help domain scientists to better use HPC resources.\n"
    )
    result = ingest(_write(tmp_path, text, "summarised_competencies.md"))
    texts = [i.text for i in result.framework.indicator_records]
    assert texts == [
        "Certain domains have a high demand for data science skills.",
        "\\acrshort{HPC}-focused RSEs help domain scientists to better use HPC resources.",
    ]
    said = [n.message for n in result.report.notes if "HTML comment" in n.message]
    assert said == ["2 HTML comments set aside: not shown on the page"]
