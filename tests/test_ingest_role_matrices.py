"""A page of role matrices, a generic scale and other tables, with no behaviour statements.

A competency matrix template (role × competency tables of required levels 0-4, a scale, an
individual tracking table and a training plan; REF-08's shape) read the tracking and training
tables' columns as 53 "statements" of competencies named "Team Member", "Required Level" ...
It holds role profiles and no statement: refused, in words, as a document of role profiles
alone is. Self-written fixture of the shape.
"""

from __future__ import annotations

import pytest

import compkit

PAGE = """# Skills matrix

## 1. Purpose

Sets the competencies each role needs and tracks the team's levels.

---

## 2. Competency Scale

| Level | Description | Indicator |
|-------|-------------|-----------|
| 0 | None | Has not met the topic |
| 1 | Aware | Knows the ideas |
| 2 | Able | Does it with help |
| 3 | Skilled | Does it alone |
| 4 | Expert | Teaches others |

---

## 3. Role Requirements

| Competency | Analyst | Engineer | Lead |
|------------|:-------:|:--------:|:----:|
| Data modelling | 2 | 1 | 3 |
| Testing | 1 | 3 | 2 |
| Reporting | 3 | 1 | 1 |
| Planning | 1 | 1 | 4 |

---

## 4. Tracking

| Team Member | Role | Required Level | Current Level | Gap | Action Plan |
|-------------|------|:--------------:|:-------------:|:---:|-------------|
| _[Name]_ | _[Role]_ | _[1-4]_ | _[0-4]_ | _[+/-]_ | _[Training]_ |
| | | | | | |

---

## 5. Training Plan

| Training Topic | Target Audience | Provider | Format | Status |
|----------------|-----------------|----------|--------|--------|
| SQL refresher | Analysts | Internal | Workshop | ☐ Planned |
| Test automation | Engineers | External | Course | ☐ Planned |
| *[Add more]* | | | | |
"""


def test_role_matrices_and_other_tables_alone_are_refused_in_words(tmp_path):
    path = tmp_path / "matrix.md"
    path.write_text(PAGE, encoding="utf-8")
    with pytest.raises(compkit.CompkitError) as caught:
        compkit.ingest(path)
    message = str(caught.value)
    assert "no statements to read: the document holds role profiles only, 3 roles" in message
    assert "stand at no level under no competency the roles name" in message
    assert "'team member'" in message


def test_role_profiles_beside_real_statements_still_read(tmp_path):
    path = tmp_path / "framework.md"
    grid = (
        "\n## Behaviours\n\n| Competency | 1 | 2 |\n| --- | --- | --- |\n"
        "| Data modelling | Draws a simple model. | Designs a shared model. |\n"
        "| Testing | Runs the tests. | Writes the test plan. |\n"
    )
    path.write_text(PAGE.split("## Tracking")[0] + grid, encoding="utf-8")
    fw = compkit.ingest(path).framework
    assert "Designs a shared model." in set(fw.indicators.text)
