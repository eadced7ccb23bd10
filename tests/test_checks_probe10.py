"""The tenth probe of the checker: defects found on real public frameworks, each pinned here.

- **One repeat, one finding** (C001): a cumulative framework that repeats a statement at every
  level it stays on got a finding per pair of levels, six for a statement repeated at four.
  Engineering Ladders' Developer ladder (corpus, Apache-2.0: "mentors others to accelerate
  their career-growth and encourages them to participate" at D4 to D7): 17 findings, now 10;
  Sarah Drasner's career ladder (one sentence at five levels): 10, now 1; the APS ILS
  comparative table read as cumulative: 50, now 28.
- **One restatement, one finding** (C002): a sentence restated at several levels got a finding
  per pair of levels too. The APS Integrated Leadership System (Australian Public Service
  Commission, CC BY; read as cumulative) opens APS 1, 2, 4, 5 and 6's *Supports shared purpose
  and direction* with "Understands and supports the organisation's vision, mission and
  business objectives.": 195 findings on its comparative table, now 52; Skylight's user
  researcher ladder 15, now 5; Basecamp's designer levels 23, now 15.
- **One competency's empty cells, one finding** (S001): e-CF 3.0 describes each competence at
  two to four of its five levels, by design; read from a workbook with blank cells, it got
  94 findings, one a cell, now 40, each naming its levels and saying the competence is
  described at a band only (declare its levels if by design). Teleport's SRE ladder 12, now
  8; Dropbox's 28, now 10; inDrive's 14, now 8; the DDaT skills page 7, now 4. A gap inside
  the band (Teleport's *Mentorship* at levels 1, 4 and 6) gets no such hint.
- **Numbers count** (C001, C002, P003): content words leave numbers out, so statements alike
  but for their numbers read as repeats. Sarah Drasner's career ladder (github
  sdras/career-ladders, one sentence quoted): "Experience: Typically requires a minimum of 2
  years of professional experience." at Engineer II, 5 at Senior ... 12 at Distinguished: one
  C001 finding, wrong, now none; DB1 Group's seniorities (github db1group/dgs-engineer-guide,
  read as cumulative): "You must have between 1 and 3 years of work experience. ..." and
  "between 3 and 5 years" a C001, and the QA page's "Expected Experience: Between 1 and 3
  years." restated at Mid-level a C002, both wrong, now none.
- **A question keeps its mark** (T011): in DB1 Group's seniorities, whose bullets mostly end
  bare, "... Example: why unit testing matters to the business?" was said to end "with a full
  stop"; a question mark is no full stop, and a question keeps it.
- **Sentences run together** (T005): a stop with no space after it, as text copied from a PDF
  leaves it, went unseen. The European e-Competence Framework 3.0 (CEN CWA 16234, its level
  descriptors as held in github KITNikita/competence-map-api @ 8b90de75, no licence stated; one
  sentence quoted): "... maintenance activities.Complies with budget requirements." and four
  more; Teleport's backend engineer ladder (github gravitational/careers, one sentence quoted):
  "Actively solicits feedback.Participates on interview panels."; Postman's and the APS ILS
  guide's one each.
"""

from compkit import check
from compkit.testing import framework_from_cells

LADDER = ("d3", "d4", "d5", "d6", "d7")
MENTORS = "mentors others to accelerate their career-growth and encourages them to participate"


def _c001(cells, levels=LADDER):
    found = check(framework_from_cells(cells, levels=levels), select="C001").to_frame()
    return found[["indicator_id", "related_id", "message"]].to_dict("records")


def test_a_statement_repeated_at_four_levels_is_one_finding_naming_the_others():
    cells = {"People": {"d3": ["coordinates team members"]} | {lv: [MENTORS] for lv in LADDER[1:]}}
    [one] = _c001(cells)
    assert (one["indicator_id"], one["related_id"]) == ("people-d5-1", "people-d4-1")
    assert one["message"].endswith("; the D6 statement and the D7 statement repeat it too")


def test_a_repeat_of_a_repeat_joins_the_original():
    # d6 keeps fewer words than d5, so it repeats d5 (and d4): still one fault, one finding
    short = "mentors others to accelerate their career-growth and encourages them"
    cells = {"People": {"d4": [MENTORS], "d5": [MENTORS], "d6": [short]}}
    [one] = _c001(cells, levels=("d4", "d5", "d6"))
    assert one["related_id"] == "people-d4-1"
    assert one["message"].endswith("; the D6 statement repeats it too")


def test_repeats_of_two_statements_stay_two_findings():
    other = "follows the team processes, delivering a consistent flow of features"
    cells = {"People": {"d4": [MENTORS, other], "d5": [MENTORS, other]}}
    found = _c001(cells, levels=("d4", "d5"))
    assert [f["related_id"] for f in found] == ["people-d4-1", "people-d4-2"]
    assert not any("too" in f["message"] for f in found)


def test_the_corpus_ladder_repeats_once_per_statement():
    found = check("tests/data/corpus/engineering-ladders-developer.yaml", select="C001")
    frame = found.to_frame().set_index("indicator_id")
    assert len(frame) == 10
    assert "the D6 - Developer 6 statement" in frame.loc["people-d5-1", "message"]
    assert "the D7 - Developer 7 statement" in frame.loc["people-d5-1", "message"]


def _t005(texts):
    fw = framework_from_cells({"Service delivery": {"one": texts}})
    return check(fw, select="T005").to_frame()["message"].tolist()


def test_sentences_run_together_at_a_stop_are_seen():
    ecf = (
        "Ensures the integrity of the system by controlling the application of functional "
        "updates, software or hardware additions and maintenance activities.Complies with "
        "budget requirements."
    )
    teleport = "Actively solicits feedback.Participates on interview panels."
    assert _t005([ecf, teleport]) == [
        "'activities.Complies' runs two sentences together; did you mean 'activities. Complies'?",
        "'feedback.Participates' runs two sentences together; did you mean 'feedback. Participates'?",
    ]


def test_addresses_paths_calls_and_types_are_not_sentences_run_together():
    assert not _t005(
        [
            "Publishes the guide at www.Example.org for every team.",
            "Keeps the runbook in docs/Guide.Runbook up to date.",
            "Uses strings.Split(value) and knows when context.Context is passed.",
            "Writes idiomatic Node.js and knows the U.S. Federal standards.",
        ]
    )


def test_statements_alike_but_for_their_numbers_are_not_repeats():
    years = "Experience: Typically requires a minimum of {} years of professional experience."
    cells = {
        "Engineering": {
            lv: [years.format(n)] for lv, n in zip(LADDER, (2, 5, 8, 10, 12), strict=True)
        }
    }
    assert _c001(cells) == []
    same = {"Engineering": {lv: [years.format(2)] for lv in LADDER[:2]}}
    assert len(_c001(same, levels=LADDER[:2])) == 1


def test_a_sentence_alike_but_for_its_numbers_is_not_restated():
    db1 = {
        "Seniority": {
            "one": ["Expected Experience: Between 1 and 3 years. It is expected that you advance."],
            "two": ["Expected Experience: Between 3 and 5 years. Should demonstrate autonomy."],
        }
    }
    fw = framework_from_cells(db1, levels=("one", "two"))
    assert check(fw, select=["C001", "C002"]).to_frame().empty


def test_a_sentence_restated_at_several_levels_is_one_finding_naming_them():
    aps = "Understands and supports the organisation's vision, mission and business objectives."
    more = [
        "Identifies the relationship between organisational goals and operational tasks.",
        "Communicates with others regarding the purpose of their work.",
        "Translates strategy into operational goals and priorities for the team.",
    ]
    levels = ("one", "two", "three", "four")
    cells = {
        "Shared purpose": {"one": [aps]}
        | {lv: [f"{aps} {m}"] for lv, m in zip(levels[1:], more, strict=True)}
    }
    found = check(framework_from_cells(cells, levels=levels), select="C002").to_frame()
    [one] = found[["indicator_id", "related_id", "message"]].to_dict("records")
    assert (one["indicator_id"], one["related_id"]) == (
        "shared-purpose-two-1",
        "shared-purpose-one-1",
    )
    assert one["message"].endswith("; the Three statement and the Four statement restate it too")


def test_a_question_keeps_its_mark_where_statements_end_bare():
    bare = [f"You can deliver task {n} without help" for n in range(1, 9)]
    db1 = (
        "Knowing how to transcribe to the customer why a technical decision is important. "
        "Example: why unit testing matters to the business?"
    )
    stop = "You must be flexible to operate across different client engagement models."
    fw = framework_from_cells({"Seniority": {"one": [*bare, db1, stop]}})
    found = check(fw, select="T011").to_frame()
    assert found["indicator_id"].tolist() == ["seniority-one-10"]


FIVE = ("e-1", "e-2", "e-3", "e-4", "e-5")


def _s001(cells):
    found = check(framework_from_cells(cells, levels=FIVE), select="S001").to_frame()
    return found[["level", "message"]].values.tolist()


def test_a_competency_described_at_a_band_of_levels_is_one_finding_saying_so():
    design = [
        "Contributes to the design and general functional specification and interfaces.",
        "Organises the overall planning of the design of the application.",
        "Accounts for own and others actions in ensuring that the application is correctly "
        "integrated within a complex environment and complies with user / customer needs.",
    ]
    cells = {"Application Design": dict(zip(FIVE, [[t] for t in design], strict=False))}
    assert _s001(cells) == [
        [
            "e-4",
            "Application Design has no statements at E-4 and E-5; it is described at E-1 to "
            "E-3 only: declare its levels if that is by design",
        ]
    ]


def test_a_gap_inside_the_band_is_named_without_the_hint():
    cells = {"Mentorship": {"e-2": ["Mentors interns."], "e-3": ["Mentors engineers."]}}
    cells["Mentorship"]["e-5"] = ["Mentors the mentors across the organisation."]
    assert _s001(cells) == [["e-1", "Mentorship has no statements at E-1 and E-4"]]
