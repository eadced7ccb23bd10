"""The comparison report at its edges: no effective statements, one statement, two versions of
one framework, one-sided undefined cells, the report's language and alt text, a bad --date."""

import io
import re
import zipfile
from pathlib import Path

import docx
import numpy as np
import pytest

import compkit
from compkit.cli import main
from compkit.compare.report_content import build_report
from compkit.compare.tables import compare_overview
from compkit.errors import CompkitWarning

CORPUS = Path(__file__).parent / "data" / "corpus"
HSE = CORPUS / "hse-stress-competencies.yaml"
MEDIUM = CORPUS / "medium-snowflake.yaml"
DATE = "2027-01-15"

ONE = """\
schema_version: 2
id: one
title: One Statement Framework
organisation: Probe Org
competency_term: competency
cumulative: true
language: en-GB
levels:
  - {id: l1, name: Level 1, rank: 1}
competencies:
  - id: c1
    name: Only competency
    indicators:
      - {id: c1-1, level: l1, text: "Listens to colleagues before deciding."}
"""

NEG = """\
schema_version: 2
id: neg
title: Only Ineffective Behaviors
organisation: Probe Corp
competency_term: competency
cumulative: true
language: en-US
levels:
  - {id: l1, name: Entry, rank: 1}
  - {id: l2, name: Senior, rank: 2}
competencies:
  - id: c1
    name: Teamwork
    indicators:
      - {id: c1-n1, level: l1, text: "Ignores colleagues' ideas", polarity: ineffective}
      - {id: c1-n2, level: l2, text: "Blames the team for failures", polarity: ineffective}
  - id: c2
    name: Organization
    indicators:
      - {id: c2-n1, level: l1, text: "Misses deadlines", polarity: ineffective}
"""


@pytest.fixture(scope="module")
def probes(tmp_path_factory):
    """one.yaml (one effective statement), neg.yaml (ineffective only) and wsx-v2.yaml."""
    folder = tmp_path_factory.mktemp("probes")
    (folder / "one.yaml").write_text(ONE, encoding="utf-8")
    (folder / "neg.yaml").write_text(NEG, encoding="utf-8")
    wsx = Path(compkit.load("wsx").path).read_text(encoding="utf-8")
    edited = wsx.replace("Wiling", "Willing", 1)
    assert edited != wsx
    (folder / "wsx-v2.yaml").write_text(edited, encoding="utf-8")
    return folder


def _text(report) -> str:
    """Every word of a report: summary, paragraphs and table cells."""
    parts = [report.title, report.subtitle, *report.summary]
    for s in report.sections:
        parts += [s.title, *s.paragraphs]
        for b in s.blocks:
            if hasattr(b, "frame"):
                parts += [b.caption, *map(str, b.frame.columns)]
                parts += [str(v) for row in b.frame.to_numpy().tolist() for v in row]
    return "\n".join(parts)


def _table(report, caption):
    return next(
        b for s in report.sections for b in s.blocks if getattr(b, "caption", "") == caption
    )


@pytest.fixture(scope="module")
def wsx_neg(probes):
    return build_report("wsx", probes / "neg.yaml", date=DATE, crosswalk=False)


# -- 1: no statements of matching polarity ------------------------------------------------------
@pytest.mark.parametrize(("a", "b"), [("neg.yaml", "wsx"), ("one.yaml", "neg.yaml")])
def test_cli_report_with_suggest_and_no_matching_polarity(probes, tmp_path, capsys, a, b):
    fws = [str(probes / x) if x.endswith(".yaml") else x for x in (a, b)]
    out = tmp_path / "r.docx"
    assert main(["report", *fws, "-o", str(out), "--crosswalk", "suggest"]) == 0
    err = capsys.readouterr().err
    assert "--cross-polarity" not in err and "align_levels" not in err
    text = "\n".join(p.text for p in docx.Document(str(out)).paragraphs)
    assert "Cross-walk: what each framework has that the other has not" in text
    assert "Probe Corp has no statements a holder must show (effective), only negative " in text
    assert "so no statements of matching polarity exist to pair with" in text
    assert "compkit.suggest(a, b, cross_polarity=True)" in text  # what could be done
    assert "There is no cross-walk to report: Probe Corp has no statements" in text


def test_a_crosswalk_that_pairs_nothing_is_said_in_words(probes):
    import pandas as pd

    report = build_report(
        "cis", probes / "one.yaml", date=DATE, crosswalk=pd.DataFrame(), appendix=False
    )
    assert "no statement of CiS has a counterpart in Probe Org" in _text(report)


# -- 2: a framework with no effective statements -----------------------------------------------
def test_no_effective_statements_reads_as_such(wsx_neg):
    text = _text(wsx_neg)
    assert not re.search(r"\bnan\b|None", text)
    voice = _table(wsx_neg, "Voice: statements (share)").frame
    assert voice["Probe Corp"].tolist() == ["–", "–", "–", "–"]
    assert "times as many" not in text
    assert "153 statements a holder must show, against none in Probe Corp" in text
    assert "0% first person" not in text
    assert "Probe Corp: n/a (no effective statements)" in text
    assert "Probe Corp has no statements a holder must show, so voice, length and scope" in text
    shape = _table(wsx_neg, "The two frameworks at a glance").frame.set_index("Measure")
    for measure in ("Words per statement (median)", "Written in the first person (%)"):
        assert shape.loc[measure, "Probe Corp"] == "–"
    lengths = _table(wsx_neg, "Words per statement, by level").frame
    assert "Probe Corp" not in set(lengths["Framework"])
    scope = _table(wsx_neg, "Share of each level's statements per scope (%)").frame
    assert set(scope[scope["Framework"] == "Probe Corp"].iloc[:, 2:].stack()) == {"–"}
    themes = _table(wsx_neg, "Themes each framework covers, gaps first").frame
    assert set(themes["Probe Corp (%)"]) == {"–"} and themes["Probe Corp statements"].eq("0").all()


def test_length_plot_shows_only_effective_statements(probes):
    from compkit.compare.plots import plot_lengths

    fig = plot_lengths("wsx", probes / "neg.yaml")
    empty = fig.axes[1]
    assert all(np.isnan(np.asarray(line.get_ydata(), dtype=float)).all() for line in empty.lines)
    assert any("no statements a holder" in t.get_text() for t in empty.texts)


# -- 3: two versions of one framework ----------------------------------------------------------
def test_two_versions_of_one_framework_compare(probes, tmp_path):
    out = tmp_path / "v.md"
    assert main(["report", "wsx", str(probes / "wsx-v2.yaml"), "-o", str(out)]) == 0
    page = out.read_text(encoding="utf-8")
    assert page.startswith(
        "# WSX Mind (wsx.yaml) and WSX Mind (wsx-v2.yaml): how the two versions compare"
    )
    assert "| Measure | WSX Mind (wsx.yaml) | WSX Mind (wsx-v2.yaml) |" in page
    assert "The two versions are the same size (153 statements each)." in page
    assert "The two frameworks" not in page and "The two versions at a glance" in page
    assert "what changed, statement by statement, is in their change log (compkit diff" in page
    assert "Both write 153 statements." in page
    over = compare_overview("wsx", probes / "wsx-v2.yaml")
    assert over.columns.tolist() == ["wsx", "wsx-v2"]


def test_the_same_framework_twice_is_still_refused():
    with pytest.raises(compkit.UsageError, match="framework 'wsx' given twice; compare different"):
        build_report("wsx", "wsx")


def test_versions_edited_in_memory_are_told_apart_by_version():
    from dataclasses import replace

    wsx = compkit.load("wsx")
    a, b = replace(wsx, path=None, version="1"), replace(wsx, path=None, version="2")
    report = build_report(a, b, date=DATE, crosswalk=False, appendix=False)
    assert report.title.startswith("WSX Mind (version 1) and WSX Mind (version 2)")


# -- 4: language and alt text ------------------------------------------------------------------
@pytest.mark.parametrize(
    ("a", "b", "lang"), [("cis", MEDIUM, "en-GB"), (MEDIUM, "neg.yaml", "en-US")]
)
def test_word_report_language_and_alt_text(probes, tmp_path, a, b, lang):
    b = probes / b if b == "neg.yaml" else b
    out = compkit.write_report(a, b, tmp_path / "r.docx", date=DATE, appendix=False)
    with zipfile.ZipFile(out) as z:
        styles = z.read("word/styles.xml").decode()
        body = z.read("word/document.xml").decode()
    assert re.findall(r'<w:lang w:val="([^"]+)"', styles) == [lang]
    pictures = re.findall(r"<wp:docPr [^>]*>", body)
    assert pictures and all(re.search(r'descr="[A-Z][^"]+"', p) for p in pictures)
    doc = docx.Document(io.BytesIO(out.read_bytes()))
    captions = {p.text for p in doc.paragraphs if p.style.name == "Caption"}
    assert {re.search(r'descr="([^"]+)"', p).group(1) for p in pictures} <= captions
    html = compkit.compare.report.report_html(a, b, date=DATE, appendix=False)
    assert f'<html lang="{lang}">' in html


# -- 5: names and grammar ----------------------------------------------------------------------
def test_a_framework_with_no_short_name_is_called_by_its_organisation(probes):
    report = build_report(probes / "one.yaml", "cis", date=DATE, crosswalk=False)
    text = _text(report)
    assert report.title == "Probe Org and CiS: how the two competency frameworks compare"
    assert not re.search(r"\bone (is|and|writes|names|:)", text)
    assert "1 competency × 1 level; CiS: 6 competencies × 4 levels" in text
    assert "CiS writes 62 times as many statements (62 against 1)" in text
    assert "62.0" not in text and "1 levels" not in text and "1 competencies" not in text


UNNAMED = """\
schema_version: 2
id: team-ladder
title: team-ladder
organisation: (organisation not stated)
competency_term: competency
cumulative: false
language: en-GB
levels:
  - {id: l1, name: Junior, rank: 1}
  - {id: l2, name: Senior, rank: 2}
competencies:
  - id: team-ladder
    name: team-ladder
    indicators:
      - {id: t-1, level: l1, text: "Plans their own work with the team."}
      - {id: t-2, level: l2, text: "Plans the work of the whole team."}
"""


def test_an_unstated_organisation_and_names_that_read_as_the_id(tmp_path):
    # an ingested file: the organisation a placeholder, the title and one competency the id
    path = tmp_path / "team-ladder.yaml"
    path.write_text(UNNAMED, encoding="utf-8")
    report = build_report(path, "cis", date=DATE, crosswalk=False, appendix=False)
    assert report.title.startswith("team-ladder and CiS:")
    assert report.subtitle == (
        "team-ladder and Competencies – Senior Officer roles (Children in Scotland)"
    )
    comps = _table(report, "Competencies side by side").frame
    assert comps.iloc[0, :2].tolist() == ["team-ladder", "team-ladder"]
    assert "(organisation not stated) and" not in _text(report)


def test_neither_framework_names_values():
    report = build_report(MEDIUM, HSE, date=DATE, crosswalk=False, appendix=False)
    text = _text(report)
    assert "Neither framework names organisational values." in text
    assert "names no organisational values" not in text and "names no values" not in text


# -- 6: cells undefined on one side ------------------------------------------------------------
def test_undefined_cells_of_either_polarity_are_counted():
    report = build_report(MEDIUM, HSE, date=DATE, crosswalk=False, appendix=False)
    shape = _table(report, "The two frameworks at a glance").frame.set_index("Measure")
    assert shape.loc["Cells the publisher left undefined"].tolist() == ["0", "1"]
    cells = _table(report, "Cells not defined by the publisher").frame
    assert cells.to_numpy().tolist() == [
        ["HSE", "Seeking advice", "Manager", "negative indicators"]
    ]
    text = _text(report)
    assert "HSE leaves the negative indicators of 1 cell undefined" in text
    assert (
        "HSE leaves 1 cell (competency at a level) partly undefined (its negative indicators); "
        "it is shown" in text
    )


# -- 7: the date -------------------------------------------------------------------------------
@pytest.mark.parametrize("date", ["2026-13-45", "2026-02-30"])
def test_cli_report_refuses_a_date_that_is_none(tmp_path, capsys, date):
    out = tmp_path / "r.html"
    assert main(["report", "cis", "wsx", "-o", str(out), "--date", date]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"compkit: error: argument --date: date '{date}' is not a date")
    assert len(err.strip().splitlines()) == 1 and not out.exists()


def test_library_refuses_a_date_that_is_none_and_keeps_words():
    with pytest.raises(compkit.UsageError, match="'2026-13-45' is not a date"):
        build_report("cis", "wsx", date="2026-13-45")
    assert build_report("cis", "wsx", date="Spring 2027", appendix=False).date == "Spring 2027"


def test_only_framework_columns_swap_ids_for_names():
    import pandas as pd

    from compkit.compare.present import readable

    cis = compkit.load("cis")
    frame = pd.DataFrame(
        {"framework": ["cis"], "status": ["only cis"], "competency": ["cis"], "text": ["cis it"]}
    )
    assert readable(frame, (cis,)).iloc[0].tolist() == ["CiS", "only in CiS", "cis", "cis it"]


def test_two_frameworks_of_one_shape_and_voice_are_told_together(tmp_path):
    other = ONE.replace("id: one", "id: two").replace("Probe Org", "Other Org")
    other = other.replace("Listens to colleagues before deciding.", "Plans the team's week.")
    (tmp_path / "one.yaml").write_text(ONE, encoding="utf-8")
    (tmp_path / "two.yaml").write_text(other, encoding="utf-8")
    report = build_report(
        tmp_path / "one.yaml", tmp_path / "two.yaml", date=DATE, crosswalk=False, appendix=False
    )
    summary = " ".join(report.summary)
    assert "Both arrange them in 1 competency at 1 level." in summary
    assert (
        "Both are written in the third person (100% of Probe Org's statements and 100% of "
        "Other Org's read like 'Manages ...')." in summary
    )
    assert "arranges them in" not in summary and "is written" not in summary


def test_the_second_person_and_instructions_are_named_in_the_summary(tmp_path):
    you = ONE.replace("Listens to colleagues before deciding.", "You listen before deciding.")
    bare = ONE.replace("id: one", "id: two").replace("Probe Org", "Other Org")
    bare = bare.replace("Listens to colleagues before deciding.", "Plan the team's week.")
    (tmp_path / "one.yaml").write_text(you, encoding="utf-8")
    (tmp_path / "two.yaml").write_text(bare, encoding="utf-8")
    report = build_report(
        tmp_path / "one.yaml", tmp_path / "two.yaml", date=DATE, crosswalk=False, appendix=False
    )
    summary = " ".join(report.summary)
    assert "Probe Org is written in the second person (100% of statements start 'You ...')" in (
        summary
    )
    assert "Other Org as instructions (100% of statements start with a verb" in summary
    assert "mix of voices" not in summary
    # the key figures say the voice from the same reading as the summary, never "mixed"
    heads = compkit.compare.headline_differences(tmp_path / "one.yaml", tmp_path / "two.yaml")
    said = heads.set_index("aspect").loc["voice", "finding"]
    assert "Probe Org is written in the second person" in said and "as instructions" in said
    assert "mixed" not in said and said in summary


def test_suggestions_read_back_from_sssom_keep_their_no_counterpart_flags(tmp_path):
    from compkit.compare.mapping import crosswalk_overview

    hse = CORPUS / "hse-stress-competencies.yaml"
    with pytest.warns(CompkitWarning, match="no candidate of their polarity"):
        found = compkit.suggest(hse, "cis", method="lexical", top=3)
    flagged = found.groupby("subject_id")["unmatched"].any().sum()
    assert flagged  # some HSE statements have no credible counterpart in CiS
    path = compkit.export_crosswalk(found, tmp_path / "hse-cis.sssom.tsv", a=hse, b="cis")
    for mappings in (found, path):  # the frame and the file read back say the same
        t = crosswalk_overview(mappings, hse, "cis").set_index("measure")
        assert t.loc["HSE statements with no counterpart in CiS", "value"] == flagged


def test_the_voice_is_read_once_per_framework_for_summary_and_key_figures(monkeypatch):
    from compkit.checks import voice as voice_module
    from compkit.compare import voicing

    calls = []
    real = voice_module.voice
    monkeypatch.setattr(voice_module, "voice", lambda texts: calls.append(1) or real(texts))
    monkeypatch.setattr(voicing, "_FINER", type(voicing._FINER)())  # nothing read before
    fa, fb = compkit.load("cis"), compkit.load("wsx")
    compkit.compare.headline_differences(fa, fb)
    voicing.voices(fa, fb, compkit.compare.compare_overview(fa, fb))
    assert len(calls) == 2  # once for each framework, not once per sentence


def test_an_empty_top_level_is_not_measured_as_the_top(tmp_path):
    from compkit.compare.report import report_markdown
    from compkit.framework import to_dict
    from compkit.framework.build import from_dict

    doc = to_dict("cis")
    doc["levels"].append({"id": "l5", "name": "Director", "rank": 5})
    v2 = from_dict(doc)
    page = report_markdown("cis", v2, date="2027-01-15", appendix=False)
    said = re.search(r"At the top level, (\S+) of .*? against (\S+) of", page)
    assert said is not None and said.group(1) == said.group(2) != "0%"


def test_themes_say_who_checked_them():
    ours = _text(build_report("cis", "wsx", date=DATE, crosswalk=False, appendix=False))
    assert "then, for CiS and WSX Mind, checked by a reviewer" in ours
    theirs = _text(build_report("cis", MEDIUM, date=DATE, crosswalk=False, appendix=False))
    assert "then, for CiS, checked by a reviewer" in theirs
    assert "Medium" not in theirs.split("checked by a reviewer")[0][-60:]


def test_one_decision_does_not_turn_the_unreviewed_statements_into_no_match(tmp_path):
    from compkit.compare.mapping import matched_pairs, report_mappings

    cw = compkit.suggest("cis", "wsx", top=1, progress=False).assign(review_status="suggested")
    before = matched_pairs(cw, "cis", "wsx")
    first = cw.index[cw["subject_id"] == before["subject_id"].iloc[0]]
    cw.loc[first, "review_status"] = "rejected"  # one statement reviewed: its pair rejected
    after = matched_pairs(cw, "cis", "wsx")
    assert len(after) == len(before) - 1
    _, how = report_mappings(cw, compkit.load("cis"), compkit.load("wsx"))
    assert how == (
        "the cross-walk (1 of 62 statements of CiS reviewed, the others by their best suggestion)"
    )


LONG_LEVELS = """\
schema_version: 2
id: council
title: Council Competency Framework
organisation: Probe Borough Council
competency_term: competency
cumulative: true
language: en-GB
levels:
  - {id: l1, name: Level one - All employees, rank: 1}
  - {id: l2, name: "Level 2 – Professional/Technical Officers, Managers, Supervisors and Team Leaders", rank: 2}
  - {id: l3, name: "Level 3 – Corporate Management Team (CMT) and Senior Leadership Team (SLT)", rank: 3}
competencies:
  - id: c1
    name: "One council one team – seeing the bigger picture, collaboration and partnering"
    indicators:
      - {id: c1-1, level: l1, text: "Listens to colleagues before deciding."}
      - {id: c1-2, level: l2, text: "Keeps up to date with the work of the council."}
      - {id: c1-3, level: l3, text: "Shapes how the council works with its partners."}
"""


def test_long_level_names_make_legible_charts(tmp_path):
    """Publishers' level names ('Level 2 – Professional/Technical Officers, ...') squeezed the
    charts to a strip and matplotlib warned; on an axis they are 'Level 2' (filterwarnings=error
    fails the test on any warning)."""
    path = tmp_path / "council.yaml"
    path.write_text(LONG_LEVELS, encoding="utf-8")
    out = compkit.write_report(path, "cis", tmp_path / "r.html")
    html = out.read_text(encoding="utf-8")
    assert "Level 2 – Professional/Technical Officers" in html  # tables keep the whole name
    from compkit._plotting import tick_label

    assert tick_label("Level 3 – Corporate Management Team (CMT)") == "Level 3"
    assert tick_label("Level one - All employees") == "Level one"


def test_prose_and_table_say_the_same_voice_share(tmp_path):
    """One statement of 121 not in the second person: the summary said '100%' while its table
    said 99.2 (the two read the voice apart); a share short of all is never rounded to it."""
    from compkit.compare._prose import pct

    rows = "\n".join(
        f'      - {{id: c1-{k}, level: l1, text: "You review code number {k} carefully."}}'
        for k in range(120)
    )
    text = ONE.replace(
        '      - {id: c1-1, level: l1, text: "Listens to colleagues before deciding."}',
        rows + '\n      - {id: c1-x, level: l1, text: "Work you have done is reviewed."}',
    )
    path = tmp_path / "you.yaml"
    path.write_text(text, encoding="utf-8")
    out = compkit.write_report(path, "cis", tmp_path / "r.md").read_text(encoding="utf-8")
    assert "second person (99% of statements start 'You ...')" in out
    assert "(100% of statements start 'You" not in out
    assert (pct(99.7), pct(0.2), pct(100.0)) == ("over 99%", "under 1%", "100%")
