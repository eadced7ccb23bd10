"""Sixteenth probe round: a name two competencies (or roles) bear is refused by every lookup.

Two competencies of one name load (a publisher may repeat a name under two clusters, and
rule S008 reports it), but ``Framework.competency(name)`` returned the first of them, so an
edit or a table asked for by name went quietly to one the author may not have meant.
"""

import pytest

from compkit.authoring import add_indicator
from compkit.errors import UsageError
from compkit.framework.build import from_dict


def framework(names, roles=()):
    """A one-level framework whose competencies (and roles) bear the names given."""
    doc = {
        "schema_version": 2,
        "id": "twice",
        "title": "Twice",
        "organisation": "Riverside Trust",
        "levels": [{"id": "one", "name": "One", "rank": 1}],
        "competencies": [
            {
                "id": f"c{k}",
                "name": name,
                "indicators": [{"id": f"c{k}-1", "level": "one", "text": "Plans the work."}],
            }
            for k, name in enumerate(names, 1)
        ],
        "roles": [
            {"id": f"r{k}", "name": name, "requires": {"c1": "one"}}
            for k, name in enumerate(roles, 1)
        ],
    }
    return from_dict(doc)


def test_a_name_two_competencies_bear_loads_but_is_refused_by_name():
    fw = framework(["Communication", "communication "])
    with pytest.raises(UsageError) as caught:
        fw.competency("Communication")
    assert str(caught.value) == (
        "competency 'Communication' names 2 competencies in framework 'twice' (c1, c2); "
        "give the id of the one you mean"
    )
    assert fw.competency("c2").id == "c2"


def test_an_edit_by_an_ambiguous_name_is_refused_not_filed_under_the_first():
    fw = framework(["Communication", "Communication"])
    with pytest.raises(UsageError, match="names 2 competencies"):
        add_indicator(fw, competency="communication", level="One", text="Listens well.")


def test_a_name_two_roles_bear_is_refused():
    fw = framework(["Communication"], roles=["Analyst", "ANALYST"])
    with pytest.raises(UsageError, match=r"role 'Analyst' names 2 roles .*\(r1, r2\)"):
        fw.role("Analyst")


def test_a_name_one_competency_bears_is_found_whatever_its_case_and_spacing():
    fw = framework(["Communication", "Delivery"])
    assert fw.competency("  delivery ").id == "c2"
