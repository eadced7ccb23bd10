"""Two tiers of headings, one repeating under the other: the tier read as levels, and why."""

from pathlib import Path

import pytest

import compkit
from compkit.ingest import ingest
from compkit.ingest.textfile import read_text
from compkit.ingest.tiers import level_tier

LADDER = ["Junior Analyst", "Analyst", "Senior Analyst", "Head of Analysis"]
AREAS = ["Curiosity", "Craft", "Care"]


def by_level(intro: str, levels=LADDER, areas=AREAS, numbered=False) -> str:
    out = ["# Analyst ladder", "", intro, ""]
    for lv in levels:
        out += [f"## {lv}", ""]
        for n, area in enumerate(areas, 1):
            out += [f"### {f'Area {n}: ' if numbered else ''}{area}", ""]
            out += [f"- Shows {area.lower()} as a {lv.lower()} does.", ""]
    return "\n".join(out)


def by_area(intro: str, levels=LADDER, areas=AREAS) -> str:
    out = ["# Analyst ladder", "", intro, ""]
    for n, area in enumerate(areas, 1):
        out += [f"## Area {n}: {area}", ""]
        for lv in levels:
            out += [f"### {lv}", "", f"- Shows {area.lower()} as a {lv.lower()} does.", ""]
    return "\n".join(out)


def read(tmp_path: Path, text: str):
    path = tmp_path / "ladder.md"
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    "intro",
    ["Four levels, each building on the one before.", "Our ladder has 4 levels."],
)
def test_the_tier_the_text_counts_as_levels_is_the_levels(intro, tmp_path):
    names = ["Bronze", "Silver", "Gold", "Platinum"]  # not level-like, no ladder, no numbers
    path = read(tmp_path, by_level(intro, levels=names))
    slot, why, confidence = level_tier(read_text(path))
    assert slot == "##" and "the text says" in why and 0.6 <= confidence <= 0.85
    fw = ingest(path).framework
    assert [lv.name for lv in fw.level_records] == names
    assert [c.name for c in fw.competency_records] == AREAS
    assert len(fw.indicator_records) == 12


def test_numbered_competencies_and_a_job_ladder_tell_the_levels_with_no_count(tmp_path):
    path = read(tmp_path, by_level("How analysts grow.", numbered=True))
    slot, why, _ = level_tier(read_text(path))
    assert slot == "##"
    assert "numbered as competencies" in why and "job ladder" in why
    result = ingest(path)
    assert [lv.name for lv in result.framework.level_records] == LADDER
    note = next(n for n in result.report.notes if "two tiers of headings" in n.message)
    assert "read as levels" in note.message


def test_levels_repeated_under_numbered_competencies(tmp_path):
    path = read(tmp_path, by_area("Three areas, four levels."))
    assert level_tier(read_text(path))[0] == "###"
    fw = ingest(path).framework
    assert [lv.name for lv in fw.level_records] == LADDER
    assert fw.counts().shape == (3, 4)


def test_no_evidence_either_way_decides_nothing(tmp_path):
    names = ["Bronze", "Silver", "Gold", "Platinum"]
    path = read(tmp_path, by_level("How analysts grow.", levels=names))
    assert level_tier(read_text(path)) is None


def test_one_competency_needs_stronger_evidence(tmp_path):
    names = ["Bronze", "Silver", "Gold", "Platinum"]
    text = by_area("How analysts grow.", levels=names, areas=["Craft"])
    # numbered as a competency: evidence enough under several headings, not under one
    assert level_tier(read_text(read(tmp_path, text))) is None
    counted = text.replace("How analysts grow.", "One area, four levels.")
    assert level_tier(read_text(read(tmp_path, counted)))[0] == "###"
    fw = ingest(read(tmp_path, counted)).framework
    assert [lv.name for lv in fw.level_records] == names


def test_the_tiers_overrule_names_that_only_read_as_levels(tmp_path):
    # GSA's competencies "Change Management", "Knowledge Management" ... hold a level word;
    # printed by level (Beginner, Intermediate, Advanced) they were read as the levels (their
    # names no longer read as levels either: "management" after a word that is no level word
    # names what is done, ingest.levelnames.names_activity)
    gsa = compkit.load(Path(__file__).parent / "data" / "corpus" / "gsa-508-pm.yaml")
    path = compkit.render(gsa, tmp_path / "gsa.docx", layout="level", marks=False)
    result = ingest(path)
    note = next(n for n in result.report.notes if "two tiers of headings" in n.message)
    assert note.message.startswith("labels of the 'Heading 1' kind read as levels")
    assert [lv.name for lv in result.framework.level_records] == [
        lv.name for lv in gsa.level_records
    ]
    assert len(result.framework.indicator_records) == len(gsa.indicator_records)
