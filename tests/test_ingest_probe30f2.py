"""Thirtieth round, fix F2: level items and roles tables in Markdown and web pages.

- "**Step 1:**" items under "How to use this framework" are a procedure, not levels: the
  heading is the introduction's, no 'step-1' level, no statement (``ingest/mdlevelitems.py``,
  ``ingest/weblevelitems.py``).
- What follows a list of level items at the list's indent is not the last level's: it stands
  at all levels of the competency, and the report says so.
- Only a short name before the level's code ("Analysis L1") is a title set aside; "Works
  unaided at Level 2" is a statement; the report lists every title set aside.
- On the web, the title set aside is no "joined wrapped lines" repair, and the reading of
  items as levels' headings is said.
- A roles table (``| Data analyst | SQL – Level 2 |``) names the role in its rows and the
  competency in its lines (``ingest/gradecolumns.py``).
"""

from __future__ import annotations

import compkit

_LADDER = """
## Delivery

### Level 1

- Ships small changes with help.

### Level 2

- Ships features on their own.
"""

_STEPS_MD = (
    "# Engineering framework\n\n## How to use this framework\n\n1. **Step 1:**\n\n"
    "   Read the competencies for your role.\n\n2. **Step 2:**\n\n"
    "   Agree your goals with your manager.\n" + _LADDER
)

_STEPS_WEB = (
    "<html><body><h1>Engineering framework</h1>\n<h2>How to use this framework</h2>\n<ol>\n"
    "<li><p><strong>Step 1:</strong></p><p>Read the competencies for your role.</p></li>\n"
    "<li><p><strong>Step 2:</strong></p><p>Agree your goals with your manager.</p></li>\n"
    "</ol>\n<h2>Delivery</h2>\n<h3>Level 1</h3><ul><li>Ships small changes with help.</li></ul>\n"
    "<h3>Level 2</h3><ul><li>Ships features on their own.</li></ul>\n</body></html>\n"
)


def _read(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    result = compkit.ingest(path)
    fw = result.framework
    cells = [(i.competency, i.level_name, i.text) for i in fw.indicators.itertuples()]
    return cells, [n.message for n in result.report.notes], result


def test_step_items_under_how_to_use_are_no_levels(tmp_path):
    for name, text in (("steps.md", _STEPS_MD), ("steps.html", _STEPS_WEB)):
        cells, said, _ = _read(tmp_path, name, text)
        assert cells == [
            ("Delivery", "Level 1", "Ships small changes with help."),
            ("Delivery", "Level 2", "Ships features on their own."),
        ], name
        assert not [s for s in said if "naming a level alone" in s], name


def test_step_items_under_a_competency_need_the_pages_steps_elsewhere(tmp_path):
    text = "# F\n\n## Delivery\n\n- **Step 1:**\n\n  Plans.\n\n- **Step 2:**\n\n  Ships.\n"
    cells, _, _ = _read(tmp_path, "one.md", text)
    assert [level for _, level, _ in cells] == ["All levels"] * len(cells)
    both = text + "\n## Quality\n\n- **Step 1:**\n\n  Tests.\n\n- **Step 2:**\n\n  Reviews.\n"
    cells, _, _ = _read(tmp_path, "two.md", both)
    assert cells == [
        ("Delivery", "Step 1", "Plans."),
        ("Delivery", "Step 2", "Ships."),
        ("Quality", "Step 1", "Tests."),
        ("Quality", "Step 2", "Reviews."),
    ]


_TAIL_MD = """# Data skills

### Analysis

- **Level 1:**

  You run standard reports when asked.

- **Level 2:**

  You design new reports for your team.

Common to every level:

- Checks the data's source before using it.
- Keeps queries in version control.

### Modelling

- **Level 1:**

  You fit a regression someone specified.

- **Level 2:**

  You choose the model for a question.
"""

_TAIL_WEB = (
    "<html><body><h1>Data skills</h1>\n<h3>Analysis</h3>\n<ul>\n"
    "<li><p><strong>Level 1:</strong></p><p>You run standard reports when asked.</p></li>\n"
    "<li><p><strong>Level 2:</strong></p><p>You design new reports for your team.</p></li>\n"
    "</ul>\n<p>Common to every level:</p>\n<ul><li>Checks the data's source before using it.</li>"
    "<li>Keeps queries in version control.</li></ul>\n<h3>Modelling</h3>\n<ul>\n"
    "<li><p><strong>Level 1:</strong></p><p>You fit a regression someone specified.</p></li>\n"
    "<li><p><strong>Level 2:</strong></p><p>You choose the model for a question.</p></li>\n"
    "</ul>\n</body></html>\n"
)


def test_text_after_a_list_of_level_items_stands_at_all_levels(tmp_path):
    for name, text, line in (("tail.md", _TAIL_MD, 13), ("tail.html", _TAIL_WEB, 7)):
        cells, said, _ = _read(tmp_path, name, text)
        assert cells == [
            ("Analysis", "Level 1", "You run standard reports when asked."),
            ("Analysis", "Level 2", "You design new reports for your team."),
            ("Analysis", "All levels", "Checks the data's source before using it."),
            ("Analysis", "All levels", "Keeps queries in version control."),
            ("Modelling", "Level 1", "You fit a regression someone specified."),
            ("Modelling", "Level 2", "You choose the model for a question."),
        ], name
        assert (
            f"the text after a list of levels' items ('Common to every level:', line {line}) "
            "read at all levels, under an 'All levels' heading: the levels' headings end where "
            "their list ends" in said
        ), name


_TITLES_MD = """# Data skills

### Analysis

- **Level 1:**

  Analysis L1

  You run standard reports when asked.

- **Level 2:**

  Works unaided at Level 2

  You design new reports for your team.

- **Level 3:**

  Analysis L3

  You set the strategy.
"""

_TITLES_WEB = (
    "<html><body><h1>Data skills</h1>\n<h3>Analysis</h3>\n<ul>\n"
    "<li><p><strong>Level 1:</strong></p><p>Analysis L1</p>"
    "<p>You run standard reports when asked.</p></li>\n"
    "<li><p><strong>Level 2:</strong></p><p>Works unaided at Level 2</p>"
    "<p>You design new reports for your team.</p></li>\n"
    "<li><p><strong>Level 3:</strong></p><p>Analysis L3</p><p>You set the strategy.</p></li>\n"
    "</ul>\n</body></html>\n"
)


def test_only_a_name_before_the_levels_code_is_a_title_and_every_one_is_said(tmp_path):
    for name, text, lines in (("t.md", _TITLES_MD, (7, 19)), ("t.html", _TITLES_WEB, (4, 6))):
        cells, said, result = _read(tmp_path, name, text)
        assert cells == [
            ("Analysis", "Level 1", "You run standard reports when asked."),
            ("Analysis", "Level 2", "Works unaided at Level 2"),
            ("Analysis", "Level 2", "You design new reports for your team."),
            ("Analysis", "Level 3", "You set the strategy."),
        ], name
        assert (
            f"2 title lines repeating the level's number set aside ('Analysis L1', line "
            f"{lines[0]}; 'Analysis L3', line {lines[1]})" in said
        ), name
        repairs = [i.repair for i in result.framework.indicator_records if i.repair]
        assert not [r for r in repairs if "title" in r.note], name


def test_a_web_pages_level_items_are_said(tmp_path):
    _, said, _ = _read(tmp_path, "t.html", _TITLES_WEB)
    assert (
        "3 list items naming a level alone ('Level 1:', line 4) read as the levels' headings, "
        "their paragraphs as the text under them" in said
    )


_ROLES = """# Data framework

## SQL

### Level 1
- Writes simple queries.

### Level 2
- Tunes slow queries.

## Python

### Level 1
- Writes scripts.

### Level 2
- Builds packages.

## Roles

| {head} | Key skill |
|---|---|
| Data analyst | SQL – Level 2 |
| Data engineer | Python – Level 2 |
| Data scientist | Python – Level 1 |
"""


def test_a_roles_tables_skill_lines_name_the_competency_for_the_rows_role(tmp_path):
    for head in ("Role", "Person"):  # a header naming roles, or lines naming the competencies
        cells, said, result = _read(tmp_path, "roles.md", _ROLES.format(head=head))
        needs = result.framework.roles[["role", "competency", "level_name"]]
        assert sorted(needs.itertuples(index=False, name=None)) == [
            ("Data analyst", "SQL", "Level 2"),
            ("Data engineer", "Python", "Level 2"),
            ("Data scientist", "Python", "Level 1"),
        ], head
        assert not [s for s in said if "matches no cell" in s], head
        assert (
            "the 'Key skill' column lists the competency and level each role needs (Data "
            "analyst, Data engineer, Data scientist): read as role profiles, not statements" in said
        )
        assert len(cells) == 4
