"""Ninth probe of the comparison report, on frameworks nobody had compared.

Probed: Skylight's product manager career pathway (CC BY-SA 4.0, skylight-hq/skylight.digital,
pages/careers/career-pathways/product_manager.md: 6 levels, 7 competencies, second person,
American English) in its 2021 and 2022 versions, against one competency of the UK Civil Service
Competency Framework 2012-2017 (Crown copyright, Open Government Licence v3.0: "Delivering at
Pace", levels 1-3, effective and ineffective behaviours, written as instructions). The fixtures
below are written for the tests; statements quoted from those frameworks say so.

Mended: two files of one framework ingested apart (two ids, one title and publisher) were both
called "Product manager" in every column and sentence; chart titles said "1 competencies";
a framework written as instructions was said to "start with a verb: 'Manage ...'" though none of
its statements does; the level alignment called every suggestion of a level its "matches" when
none of that level's statements had a counterpart; coaching and mentoring others read as no
theme at all (Civil Service, GDS, HSE, Monzo, Medium, Engineering Ladders, Skylight), and an
engineering-management ladder built on "direct reports" and "1:1s" (Abtion's, read locally: no
licence to copy it) read 3 of 34 statements as people management, now 18.
"""

from pathlib import Path

import pytest

import compkit
from compkit.compare.graph_plot import plot_graph
from compkit.compare.plots import plot_counts
from compkit.compare.report_content import build_report

DATE = "2027-01-15"
CORPUS = Path(__file__).parent / "data" / "corpus"

FRAME = """\
schema_version: 2
id: {id}
title: {title}
organisation: {org}
competency_term: competency
cumulative: false
language: en-GB
levels:
  - {{id: l1, name: Level 1, rank: 1}}
  - {{id: l2, name: Level 2, rank: 2}}
competencies:
  - id: c1
    name: Delivering at Pace
    indicators:
{indicators}
"""

#: Civil Service "Delivering at Pace", levels 1 and 2 (three effective behaviours each).
PACE = [
    ("l1", "Work with energy and pace to get the job done"),
    (
        "l1",
        "Take responsibility for the quality of own work and keep manager informed of how "
        "the work is progressing",
    ),
    ("l1", "Remain focused on delivery"),
    ("l2", "Take ownership of problems in their own area of responsibility"),
    ("l2", "Set and achieve challenging goals and monitor quality"),
    ("l2", "Coach and support others to set and achieve challenging goals for themselves"),
]


def framework(tmp_path, name, rows, *, fid=None, title="Pace", org="Civil Service"):
    """A framework file of ``rows`` (level, text) in one competency, named ``name``."""
    lines = "\n".join(
        f'      - {{id: c1-{k}, level: {lv}, text: "{text}"}}' for k, (lv, text) in enumerate(rows)
    )
    path = tmp_path / name
    text = FRAME.format(id=fid or path.stem, title=title, org=org, indicators=lines)
    path.write_text(text, encoding="utf-8")
    return path


# -- two files of one framework, ingested apart ------------------------------------------------
def test_two_files_of_one_framework_with_two_ids_are_named_apart(tmp_path):
    old = framework(tmp_path, "pm-2021.yaml", PACE)
    new = framework(tmp_path, "pm-2022.yaml", [*PACE[:5], ("l2", "Remain positive")])
    report = build_report(old, new, date=DATE, crosswalk=False, appendix=False)
    assert report.title.startswith(
        "Pace (pm-2021.yaml) and Pace (pm-2022.yaml): how the two versions compare"
    )
    assert compkit.compare.compare_overview(old, new).columns.tolist() == ["pm-2021", "pm-2022"]
    glance = next(b.frame for s in report.sections for b in s.blocks if "at a glance" in b.caption)
    assert glance.columns.tolist()[1:] == [
        "Pace (pm-2021.yaml)",
        "Pace (pm-2022.yaml)",
    ]


def test_frameworks_of_different_names_keep_them(tmp_path):
    a = framework(tmp_path, "a.yaml", PACE, org="Civil Service")
    b = framework(tmp_path, "b.yaml", PACE, org="Skylight", title="Product manager")
    fa, fb = compkit.compare.tables._load((a, b))
    assert (fa.label, fb.label) == ("Civil Service", "Skylight")


# -- counts in chart titles --------------------------------------------------------------------
def test_chart_titles_count_one_competency_and_one_value_in_the_singular(tmp_path):
    one = framework(tmp_path, "pace.yaml", PACE, org="(organisation not stated)")
    titles = [ax.get_title() for ax in plot_counts("cis", one).axes if ax.get_title()]
    assert titles == ["CiS: 6 competencies × 4 levels", "Pace: 1 competency × 2 levels"]
    fig = plot_graph(one)
    assert fig.axes[0].get_title().startswith("Pace: 0 values → 1 competency → 2 levels (")
    assert fig._suptitle.get_text() == "The framework graph of Pace"  # no placeholder


# -- the voice of instructions, by the framework's own verb ------------------------------------
def test_instructions_are_shown_by_a_verb_the_framework_uses(tmp_path):
    pace = framework(tmp_path, "pace.yaml", PACE)
    report = build_report("cis", pace, date=DATE, crosswalk=False, appendix=False)
    summary = " ".join(report.summary)
    assert (
        "Civil Service as instructions (100% of statements start with a verb, such as "
        "'Take ...')" in summary
    )
    assert "'Manage ...'" not in summary
    gsa = CORPUS / "gsa-508-pm.yaml"  # a US federal framework written as instructions
    both = " ".join(build_report(gsa, pace, date=DATE, crosswalk=False, appendix=False).summary)
    assert "Both are written as instructions (" in both
    assert "start with a verb, such as 'Develop ...')" in both


@pytest.mark.filterwarnings("ignore:.*flagged unmatched")  # small frameworks (calibrate.py)
# -- level alignment read from suggestions -----------------------------------------------------
def test_level_alignment_from_suggestions_is_not_called_matches(tmp_path):
    pace = framework(tmp_path, "pace.yaml", PACE)
    report = build_report("cis", pace, date=DATE, crosswalk="suggest", appendix=False)
    section = next(s for s in report.sections if s.title.startswith("Cross-walk"))
    assert "its statements' suggestions land, weighted by their strength" in section.paragraphs[1]
    headers = [list(b.frame.columns) for b in section.blocks if hasattr(b, "frame")]
    assert [
        "CiS level",
        "Closest Civil Service level",
        "Share of the level's suggestions landing there (%)",
    ] in headers
    assert not any("matches landing" in h for cols in headers for h in cols)


def test_level_alignment_from_a_reviewed_crosswalk_speaks_of_matches():
    report = build_report("cis", "wsx", date=DATE, appendix=False)  # the shipped, reviewed one
    section = next(s for s in report.sections if s.title.startswith("Cross-walk"))
    assert "where most of its reviewed matches land" in section.paragraphs[1]


# -- coaching and mentoring others -------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "managing"),
    [
        ("Coach and support others to set and achieve challenging goals for themselves", True),
        ("Support and coach more junior members of the team", True),  # GDS
        ("provides mentoring and coaching", True),  # HSE
        ("Onboards / mentors new engineers", True),  # Monzo
        ("Provides regular status updates to their mentor/buddy", False),  # Monzo: is mentored
        ("providing regular one-to-ones", True),  # HSE
        ("Checks in weekly with each of their direct reports", True),  # Abtion's, Skylight's word
        ("You provide regular feedback in 1:1s", True),  # Skylight
        ("Writes clear reports for the board", False),
    ],
)
def test_coaching_and_mentoring_others_is_people_management(tmp_path, text, managing):
    path = framework(tmp_path, "one.yaml", [("l1", text)])
    themes = set(compkit.compare.assign_themes(path)["theme_id"])
    assert ("people-management" in themes) is managing


def test_the_dashboard_names_two_files_of_one_framework_apart(tmp_path):
    import re

    from compkit.compare.dashboard import dashboard

    old = framework(tmp_path, "pm-2021.yaml", PACE)
    new = framework(tmp_path, "pm-2022.yaml", [*PACE[:5], ("l2", "Remain positive")])
    d = dashboard({"old": compkit.load(old), "new": compkit.load(new), "cis": compkit.load("cis")})
    assert [label for label, _ in d.a.options][:2] == [
        "Pace (pm-2021.yaml): Pace",
        "Pace (pm-2022.yaml): Pace",
    ]
    d.theme.value = "people-management"
    assert re.findall(r"<caption><b>([^:<]*):", d.statements.value) == [
        "Pace (pm-2021.yaml)",
        "Pace (pm-2022.yaml)",
    ]
    assert d.export()["Framework"].unique().tolist() == ["Pace (pm-2021.yaml)"]  # its coaching


def test_the_dashboard_still_takes_one_framework_offered_twice():
    from compkit.compare.dashboard import dashboard

    wsx = compkit.load("wsx")
    d = dashboard({"a": wsx, "b": wsx})
    assert "Pick two different frameworks" in d.message.value


# -- the voice row's figures -------------------------------------------------------------------
def test_the_voice_row_shows_the_voices_its_finding_names(tmp_path):
    pace = framework(tmp_path, "pace.yaml", PACE)
    you = framework(tmp_path, "you.yaml", [("l1", "You define a north star for the team")])
    gsa = CORPUS / "gsa-508-pm.yaml"

    def row(a, b):
        t = compkit.headline_differences(a, b).set_index("aspect").loc["voice"]
        return t["measure"], t.iloc[1], t.iloc[2]

    # neither writes 'I ...': 0.0 and 0.0 beside a finding on other voices said nothing
    assert row(you, pace) == ("statements in each framework's main voice (%)", 100.0, 100.0)
    assert row(gsa, pace) == ("statements written as instructions (%)", 100.0, 100.0)
    assert row("cis", pace) == ("first-person statements (%)", 100.0, 0.0)  # as before


# -- what a framework 'stresses' ---------------------------------------------------------------
def test_one_statement_of_many_is_not_an_emphasis(tmp_path):
    more = [
        ("l1", "Participate in quality assurance of products or services"),
        ("l1", "Maintain consistent performance"),
        ("l2", "Remain positive and focused on achieving outcomes despite setbacks"),
        ("l2", "Successfully manage, support and stretch self and team to deliver agreed goals"),
        (
            "l2",
            "Plan ahead but reassess workloads and priorities if situations change or people "
            "are facing conflicting demands",
        ),
    ]
    pace = framework(tmp_path, "pace.yaml", [*PACE, *more])  # 11 statements, 1 on workloads
    you = framework(
        tmp_path,
        "you.yaml",
        [("l1", "You build relationships with stakeholders"), ("l2", "You brief stakeholders")],
        org="Skylight",
    )
    report = build_report(pace, you, date=DATE, crosswalk=False, appendix=False)
    themes = report.summary[2]
    assert "Civil Service stresses 'quality and performance'" in themes
    assert "wellbeing" not in themes  # one statement in eleven
    gaps = compkit.theme_gaps(pace, you).set_index("theme_id")
    assert gaps.loc["wellbeing", "status"] == "only pace"  # the table still shows it
    tiny = framework(tmp_path, "tiny.yaml", [("l1", "Manage your workload")], org="Tiny Org")
    said = build_report(tiny, you, date=DATE, crosswalk=False, appendix=False).summary[2]
    assert "Tiny Org stresses 'wellbeing and workload'" in said  # the whole of a small framework


# -- stems in the appendix ---------------------------------------------------------------------
def test_the_appendix_shows_a_statement_after_the_stem_it_completes():
    gds = CORPUS / "gds-tech-career-path.yaml"  # "You should:" opens one competency's cells
    report = build_report(gds, "cis", date=DATE, crosswalk=False, appendix=True)
    appendix = next(s for s in report.sections if s.title.startswith("Appendix"))
    assert appendix.paragraphs[0].endswith(
        "A statement that completes a stem (such as 'You should:') follows it."
    )
    shown = appendix.blocks[0].frame["Statement"].tolist()
    assert "You should: be familiar with the language and tools your team uses." in shown
    assert sum(s.startswith("You should: ") for s in shown) < len(shown)  # its competency only
    cis = appendix.blocks[1].frame["Statement"].tolist()
    assert cis == compkit.load("cis").indicators["text"].tolist()  # no stem, as published


# -- more statements, fewer words --------------------------------------------------------------
def test_more_statements_of_fewer_words_is_not_asking_more(tmp_path):
    paragraph = (
        "You check in regularly with your direct reports to listen and ask questions. You help "
        "them resolve any challenges they face. You ensure they feel valued, celebrated, "
        "motivated and heard. You act with kindness and respect."
    )
    long = framework(tmp_path, "long.yaml", [("l1", paragraph), ("l2", paragraph)], org="Long")
    short = framework(tmp_path, "short.yaml", PACE, org="Short")  # 6 short instructions
    first = build_report(short, long, date=DATE, crosswalk=False, appendix=False).summary[0]
    assert first.startswith(
        "Short writes more statements (6 against 2 in Long, 3 times as many), but Long's are "
        "longer: 72 words against 62 in all."
    )
    assert "asks more" not in first
    ft, monzo = CORPUS / "ft-engineering.yaml", CORPUS / "monzo-backend.yaml"  # FT bundles
    said = build_report(ft, monzo, date=DATE, crosswalk=False, appendix=False).summary[0]
    assert said.startswith("Monzo writes more statements (135 against 92 in FT")
    wsx = build_report("cis", "wsx", date=DATE, crosswalk=False, appendix=False).summary[0]
    assert wsx.startswith("WSX Mind asks more of its staff on paper: 153 statements")  # more words


def test_statements_with_no_counterpart_are_shown_after_their_stem():
    gds = CORPUS / "gds-tech-career-path.yaml"
    report = build_report(gds, "cis", date=DATE, crosswalk="suggest", appendix=False)
    section = next(s for s in report.sections if s.title.startswith("Cross-walk"))
    alone = next(b.frame for b in section.blocks if b.caption.startswith("GDS statements with no"))
    stemmed = alone[alone["Competency"] == "Building software as a team"]["Statement"]
    assert len(stemmed) and all(t.startswith("You should: ") for t in stemmed)
    assert (
        not alone[alone["Competency"] != "Building software as a team"]["Statement"]
        .str.startswith("You should: ")
        .any()
    )
