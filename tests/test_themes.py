import re
from pathlib import Path

import pytest

import compkit
from compkit.compare.theme_suggest import suggest_themes
from compkit.compare.themes import read_overrides, read_vocabulary, unthemed

THEMES = Path(__file__).parent / "data" / "themes"
SMALL = THEMES / "small.yaml"


@pytest.fixture(scope="module")
def assigned():
    return compkit.compare.assign_themes("cis", "wsx")


def test_the_bundled_vocabulary_is_a_consultants_list():
    vocab = read_vocabulary()
    assert 12 <= len(vocab) <= 20
    assert vocab["theme_id"].is_unique
    for wanted in ("wellbeing", "learning", "technology", "change", "service-users", "equality"):
        assert wanted in set(vocab["theme_id"])
    for row in vocab.itertuples():
        assert row.description.endswith(".") and row.keywords
        for keyword in row.keywords:
            re.compile(keyword)


def test_every_bundled_statement_carries_a_theme(assigned):
    assert unthemed("cis", "wsx", assignments=assigned).empty
    per = assigned.groupby(["framework", "indicator_id"]).size()
    assert len(per) == 62 + 153


def test_keywords_keep_their_evidence(assigned):
    row = assigned.set_index(["indicator_id", "theme_id"]).loc[("sustainability-l1-1", "finance")]
    assert row["method"] == "keyword" and row["evidence"] == "budget"
    tech = assigned[assigned["theme_id"] == "technology"]
    assert tech.groupby("framework").size().to_dict() == {"cis": 4, "wsx": 1}


def test_overrides_add_and_remove_with_their_note(assigned):
    keyed = assigned.set_index(["indicator_id", "theme_id"])
    added = keyed.loc[("people-l1-3", "strategy")]
    assert added["method"] == "override" and "priorities" in added["evidence"]
    assert ("qualities-executive-3", "finance") not in keyed.index  # 'resources' = reading
    raw = compkit.compare.assign_themes("wsx", overrides=False).set_index(
        ["indicator_id", "theme_id"]
    )
    assert ("qualities-executive-3", "finance") in raw.index


def test_results_are_in_statement_then_vocabulary_order(assigned):
    cis = assigned[assigned["framework"] == "cis"]
    order = list(dict.fromkeys(cis["indicator_id"]))
    assert order == [i for i in compkit.load("cis").indicators["indicator_id"] if i in order]
    themes = list(read_vocabulary()["theme_id"])
    first = assigned[assigned["indicator_id"] == "people-l1-1"]["theme_id"].tolist()
    assert first == sorted(first, key=themes.index)


def test_a_vocabulary_of_ones_own_with_overrides():
    t = compkit.compare.assign_themes("cis", vocabulary=SMALL, overrides=THEMES / "overrides.yaml")
    keyed = t.set_index(["indicator_id", "theme_id"])
    assert ("people-l1-1", "money") in keyed.index
    assert keyed.loc[("people-l1-1", "money"), "evidence"] == "A test addition."
    assert ("sustainability-l1-1", "money") not in keyed.index
    assert ("sustainability-l2-1", "money") in keyed.index


def test_coverage_has_every_theme_for_every_framework(assigned):
    cov = compkit.compare.theme_coverage("cis", "wsx", assignments=assigned)
    assert len(cov) == 2 * len(read_vocabulary())
    row = cov.set_index(["theme_id", "framework"]).loc[("technology", "cis")]
    assert (row["n"], row["share"], row["n_competencies"]) == (4, 6.5, 1)


def test_theme_by_level_counts_add_up(assigned):
    levels = compkit.compare.theme_by_level("cis", "wsx", assignments=assigned)
    assert levels.groupby("framework")["n"].sum().to_dict() == (
        assigned.groupby("framework").size().to_dict()
    )
    strategy = levels[(levels["framework"] == "cis") & (levels["theme_id"] == "strategy")]
    assert strategy.set_index("level")["n"].to_dict() == {"l1": 1, "l2": 0, "l3": 0, "l4": 5}


def test_gaps_name_what_one_framework_covers_and_the_other_does_not():
    keywords_only = compkit.compare.assign_themes("cis", "wsx", vocabulary=SMALL, overrides=False)
    gaps = compkit.theme_gaps("cis", "wsx", vocabulary=SMALL, assignments=keywords_only)
    status = gaps.set_index("theme_id")["status"].to_dict()
    assert status == {"service-users": "only wsx", "money": "mostly cis", "zoo": "neither"}
    assert gaps["theme_id"].tolist() == ["service-users", "money", "zoo"]  # gaps first
    row = gaps.set_index("theme_id").loc["service-users"]
    assert row["cis"] == 0 and row["wsx"] > 20 and row["difference"] < 0


def test_bundled_gaps(assigned):
    gaps = compkit.theme_gaps("cis", "wsx", assignments=assigned).set_index("theme_id")
    assert gaps.loc["technology", "status"] == "mostly cis"
    assert gaps.loc["teamwork", "status"] == "mostly wsx"
    assert gaps.loc["wellbeing", "status"] == "both"


def test_a_broken_vocabulary_names_every_problem_with_its_line():
    with pytest.raises(compkit.ThemeFileError) as err:
        read_vocabulary(THEMES / "bad-vocabulary.yaml")
    lines = str(err.value).splitlines()
    assert any(
        line.startswith(f"{THEMES / 'bad-vocabulary.yaml'}:6: theme 'money': keyword")
        and "is not a valid regular expression" in line
        for line in lines
    )
    assert any(":7: duplicate theme id 'money' (first on line 3)" in line for line in lines)
    assert any(":11: theme id 'Bad Id' is not valid" in line for line in lines)
    assert any("'name' is missing or empty" in line for line in lines)
    assert any("'keywords' must be a non-empty list" in line for line in lines)


def test_broken_overrides(tmp_path):
    with pytest.raises(compkit.ThemeFileError) as err:
        read_overrides(THEMES / "bad-overrides.yaml", vocabulary=read_vocabulary(SMALL))
    text = str(err.value)
    assert ":5: override 1 (people-l1-1): unknown theme 'moneyy'; expected one of: money," in text
    assert ":7: override 2: 'note' is missing or empty" in text
    with pytest.raises(compkit.ThemeFileError, match=r":4: unknown indicator 'people-l9-9'"):
        compkit.compare.assign_themes(
            "cis", vocabulary=SMALL, overrides=THEMES / "unknown-indicator.yaml"
        )
    missing = tmp_path / "none.yaml"
    with pytest.raises(compkit.ThemeFileError, match="no such theme vocabulary file"):
        read_vocabulary(missing)
    broken = tmp_path / "broken.yaml"
    broken.write_text("themes: [\n  - id: x\n")
    with pytest.raises(compkit.ThemeFileError, match=r"broken.yaml:\d+: malformed YAML"):
        read_vocabulary(broken)
    wrong = tmp_path / "wrong.yaml"
    wrong.write_text("overrides: {}\n")
    with pytest.raises(compkit.ThemeFileError, match="expected a mapping with a 'overrides:'"):
        read_overrides(wrong)


def test_suggestions_rank_themes_for_a_reviewer():
    top = suggest_themes("cis", only_unthemed=False, top=2)
    assert top.groupby("indicator_id").size().max() == 2
    first = top[top["rank"] == 1].set_index("indicator_id")["theme_id"]
    assert first["sustainability-l1-2"] == "finance"
    assert first["brilliant-l1-3"] == "technology"
    assert top["score"].between(0, 1).all()
    assert suggest_themes("cis").empty  # every bundled statement already has a theme
    with pytest.raises(compkit.UsageError, match="top must be at least 1, not 0"):
        suggest_themes("cis", top=0)


def test_keywords_read_american_spellings_and_software_work():
    texts = {
        "a": "Writes clear code and reviews the team's software changes",
        "b": "Follows the code of conduct in every meeting",
        "c": "Reflects on the impact of their own behavior on others",
        "d": "Builds person-centered plans with each family",
        "e": "Shows strong organizational skills",
    }
    vocab = read_vocabulary()
    found = {}
    for key, text in texts.items():
        found[key] = {
            row.theme_id
            for row in vocab.itertuples()
            if any(re.search(k, text, re.IGNORECASE) for k in row.keywords)
        }
    assert "technology" in found["a"] and "technology" not in found["b"]
    assert "self-awareness" in found["c"]
    assert "service-users" in found["d"]
    assert "planning" in found["e"]


def test_overrides_apply_to_each_version_of_a_framework():
    from compkit.framework import to_dict
    from compkit.framework.build import from_dict

    doc = to_dict("cis")
    doc["competencies"][0]["indicators"][0]["text"] += " Always."
    table = compkit.compare.assign_themes("cis", from_dict(doc))
    overridden = table[table["method"] == "override"]
    assert sorted(overridden["framework"]) == ["cis-1", "cis-2"]


def test_other_agencies_are_partners_and_the_agency_one_works_for_is_not():
    # an American federal "agency" before a noun is the employer (GSA's "agency strategic
    # goals"); agencies in the plural, a partner or multi-agency network are outside partners
    vocab = read_vocabulary()
    [partners] = [row.keywords for row in vocab.itertuples() if row.theme_id == "partnerships"]

    def tagged(text: str) -> bool:
        return any(re.search(k, text, re.IGNORECASE) for k in partners)

    assert not tagged("Ensure program decisions align with agency strategic goals.")
    assert not tagged("Report on program maturity to the agency CIO.")
    assert tagged("Develops links with external partner agencies")
    assert tagged("Develops professional communities and multi-agency working")
    assert tagged("Advises executives across agencies on program risk")
