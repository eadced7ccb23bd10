"""Round 23 (C2): comparing and cross-walking frameworks not written in English.

The report read pass Culture's French matrices' voice, scope and themes by English words
("Soft skills stresses 'communication'", "the commonest opening is 'Je ...'") and printed
the figures as findings. :mod:`compkit.compare.tongues` writes the sentence that stands in
their place, and the note the cross-walk prints: its encoders read English.
"""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest

from compkit.compare.tongues import encoders_note, english_readings
from compkit.framework.tongue import is_english, language_name, not_in_english

FR = SimpleNamespace(label="Data analysis", language="fr")
JA = SimpleNamespace(label="Mentoring", language="ja")
EN = SimpleNamespace(label="WSX", language="en-GB")


def test_english_frameworks_get_no_note():
    assert english_readings([EN, EN]) == "" and encoders_note(EN, EN) == ""


def test_the_note_names_each_framework_and_its_language():
    note = english_readings([FR, JA])
    assert note.startswith(
        "Data analysis is written in French (fr) and Mentoring is written in Japanese (ja): "
        "their statements' voice, scope and themes are read by English words"
    )
    assert english_readings([EN, FR]).startswith("Data analysis is written in French (fr): its")


def test_the_cross_walk_note_says_the_encoders_read_english():
    note = encoders_note(EN, FR)
    assert note.startswith("Data analysis is written in French (fr): the cross-walk reads English")
    assert note.endswith("review every one")


def test_language_tags():
    assert [is_english(t) for t in ("en-US", "en_gb", "nl", "ja-JP")] == [True, True, False, False]
    assert language_name("nl-BE") == "Dutch (nl-BE)" and language_name("sw") == "sw"
    assert not_in_english([EN, FR, JA]) == [FR, JA]


# -- with the patches to compkit/compare/report_content.py, report_sections.py and
# -- compkit/cli/crosswalk.py

SHEETS = Path(__file__).parent / "data" / "ingest" / "probe23-sheets"


@pytest.fixture(scope="module")
def french():
    from compkit.ingest import ingest  # compkit.ingest is the subpackage once it is imported

    return tuple(ingest(SHEETS / f"dsm-{n}.yaml") for n in ("programming", "visualization"))


def test_the_report_on_french_frameworks_reads_no_english(french):
    from compkit.compare.report_content import build_report

    report = build_report(*(r.framework for r in french), appendix=False)
    titles = [s.title for s in report.sections]
    assert "Voice, scope and themes" in titles
    assert not {"Themes", "How far expectations reach"} & set(titles)
    assert any("are written in French (fr)" in p for p in report.summary)
    assert not any(p.startswith("Themes:") for p in report.summary)
    heads = report.sections[0].blocks[0].frame.to_string()
    assert "Voice" not in heads and "Scope" not in heads


def test_the_cross_walk_says_its_encoders_read_english(french, tmp_path, capsys):
    from compkit.cli import main

    paths = []
    for r, name in zip(french, ("a.yaml", "b.yaml"), strict=True):
        r.write(tmp_path / name)
        paths.append(str(tmp_path / name))
    main(["crosswalk", *paths, "--method", "lexical", "-o", str(tmp_path / "cw.csv")])
    err = capsys.readouterr().err
    assert err.count("the cross-walk reads English") == 1
