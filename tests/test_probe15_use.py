"""Fifteenth probe round, a demanding user's day: words in other alphabets, names used twice.

A word with an accent was cut at it ("qualité" read as "qualit", "communiqué" as "communiqu"),
and the stump flagged as a misspelling of an English word. Two competencies of one name passed
``validate`` and ``check``, and ``show --competency NAME`` quietly showed the first of them.
"""

import pytest

from compkit.checks import check
from compkit.cli import main
from compkit.errors import UsageError
from compkit.framework.build import from_dict


def framework(statements=(), *, competencies=None, language="en-GB"):
    """A framework of one level, its competencies named as given (each with the statements)."""
    names = competencies or ["Delivery"]
    comps = [
        {
            "id": f"c{k}",
            "name": name,
            "indicators": [
                {"id": f"c{k}-{j}", "level": "one", "text": text}
                for j, text in enumerate(statements or ["Plans the team's work."], 1)
            ],
        }
        for k, name in enumerate(names, 1)
    ]
    doc = {
        "schema_version": 2,
        "id": "probe15",
        "title": "Probe 15",
        "organisation": "Riverside Trust",
        "language": language,
        "levels": [{"id": "one", "name": "One", "rank": 1}],
        "competencies": comps,
    }
    return from_dict(doc, validate=False)


def messages(fw, code):
    return [f.message for f in check(fw, select=code)]


# -- T005: a word is read whole, whatever its letters ------------------------------------


@pytest.mark.parametrize(
    "statement",
    [
        "Shares the communiqué with every team.",
        "Defines the team's qualité standards.",
        "Works with whānau and applies mātauranga Māori.",
    ],
)
def test_a_word_with_an_accent_is_not_cut_into_a_misspelling(statement):
    assert messages(framework([statement]), "T005") == []


def test_an_english_slip_beside_an_accented_word_is_still_found():
    fw = framework(["Keeps an acurate résumé of the communiqué."])
    assert messages(fw, "T005") == ["'acurate' looks misspelt; did you mean 'accurate'?"]


# -- S008: two competencies of one name ------------------------------------------------


def test_two_competencies_of_one_name_are_a_finding():
    fw = framework(competencies=["Communication", "communication "])
    assert messages(fw, "S008") == [
        "2 competencies named 'Communication' (c1 and c2): a reader of a report or a "
        "workbook cannot tell them apart; rename one or merge them"
    ]


def test_competencies_of_their_own_names_are_no_finding():
    fw = framework(competencies=["Communication", "Communication with service users"])
    assert messages(fw, "S008") == []


def _write(tmp_path, names):
    comps = "".join(
        f"  - id: c{k}\n    name: {name}\n    indicators:\n"
        f"      - {{id: c{k}-1, level: one, text: Plans the team's work.}}\n"
        for k, name in enumerate(names, 1)
    )
    path = tmp_path / "twice.yaml"
    path.write_text(
        "schema_version: 2\nid: twice\ntitle: Twice\norganisation: Riverside Trust\n"
        "levels:\n  - {id: one, name: One, rank: 1}\ncompetencies:\n" + comps,
        encoding="utf-8",
    )
    return path


def test_show_refuses_a_competency_name_that_two_competencies_bear(tmp_path, capsys):
    path = _write(tmp_path, ["Coopération & écoute", "coopération & écoute"])
    assert main(["show", str(path), "--competency", "Coopération & écoute"]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert err == (
        "compkit: error: --competency 'Coopération & écoute' names 2 competencies (c1, c2); "
        "give the id of the one you mean, or rename one (rule S008)\n"
    )
    assert main(["show", str(path), "--competency", "c2"]) == 0
    assert "c2-1" in capsys.readouterr().out


# -- T009: a British form in American text, with no rival form beside it ----------------


@pytest.mark.parametrize(
    ("statement", "form", "us"),
    [
        ("Helps the team minimise risk.", "minimise", "minimize"),
        ("Models the behaviours the team values.", "behaviours", "behaviors"),
        ("Helps new staff fulfil their goals.", "fulfil", "fulfill"),
    ],
)
def test_a_british_form_in_american_text_is_a_finding(statement, form, us):
    fw = framework(["Prioritizes the team's work.", statement], language="en-US")
    assert messages(fw, "T009") == [
        f"'{form}' is the British spelling; in the framework's English (en-US) it is '{us}'"
    ]


@pytest.mark.parametrize(
    "statement",
    [
        "Shares expertise and leads the dialogue with the catalogue team.",
        "Works with the Centre for Data Ethics.",
        "Reviews the analyses of cancelled projects.",
    ],
)
def test_forms_american_english_shares_are_no_finding(statement):
    assert messages(framework([statement], language="en-US"), "T009") == []


def test_british_english_may_write_ise_or_ize():
    fw = framework(["Helps the team minimize risk.", "Prioritises the work."], language="en-GB")
    assert messages(fw, "T009") == []


def test_a_word_spelt_both_ways_is_said_once():
    fw = framework(["Helps minimise risk.", "Helps minimize cost."], language="en-US")
    assert messages(fw, "T009") == [
        "'minimise' is spelt 'minimize' elsewhere in the framework (1 time)"
    ]


# -- check: an empty --select or --ignore (a variable left unset) -------------------------


@pytest.mark.parametrize(
    ("option", "value"), [("--select", ""), ("--select", ","), ("--ignore", " ")]
)
def test_check_refuses_an_empty_select_or_ignore(capsys, option, value):
    assert main(["check", "wsx", option, value]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert err == (
        f"compkit: error: {option} is empty; expected rule codes, prefixes or names (T005, T)\n"
    )


@pytest.mark.parametrize("select", ["", [], [""], [" "]])
def test_check_in_python_refuses_an_empty_select(select):
    with pytest.raises(UsageError, match="empty"):
        check("wsx", select=select)


# -- report: two frameworks of one level each -----------------------------------------------


def test_growth_of_two_one_level_frameworks_is_said_once():
    from dataclasses import replace

    from compkit.compare import headline_differences

    fa = framework(["Plans the team's work.", "Sets clear goals."])
    fb = replace(framework(["Keeps accurate records."]), id="other", title="Other")
    table = headline_differences(fa, fb)
    finding = table.loc[table["aspect"] == "growth", "finding"].item()
    assert finding.endswith(": 1 (both have one level: no growth to measure).")
    assert finding.count("no growth") == 1


def _with_negatives(ident, negatives):
    doc = {
        "schema_version": 2,
        "id": ident,
        "title": ident.title(),
        "organisation": "Riverside Trust",
        "levels": [{"id": "one", "name": "One", "rank": 1}],
        "competencies": [
            {
                "id": "c",
                "name": "Delivery",
                "indicators": [
                    {"id": "c-1", "level": "one", "text": "Plans the team's work."},
                    *(
                        {"id": f"n-{k}", "level": "one", "text": t, "polarity": "ineffective"}
                        for k, t in enumerate(negatives, 1)
                    ),
                ],
            }
        ],
    }
    return from_dict(doc)


def test_negative_indicators_of_both_frameworks_are_one_sentence():
    from compkit.compare.report_content import build_report

    fa = _with_negatives("north", ["Ignores deadlines.", "Blames others."])
    fb = _with_negatives("south", ["Misses meetings."])
    summary = build_report(fa, fb, crosswalk=False, appendix=False).summary[0]
    assert (
        "North also lists 2 negative indicators and South 1, behaviours a holder should not "
        "show; they are reported on their own and not counted above."
    ) in summary
    assert summary.count("behaviours a holder should not show") == 1
