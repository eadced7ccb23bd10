"""A stem per side read back: compkit's renders of a framework with side stems, and plain text."""

from pathlib import Path

import pytest

import compkit
from compkit.ingest import ingest

SIDES = Path(__file__).parent / "data" / "stem_sides" / "sides.yaml"


def stems(fw) -> list[tuple[str, str]]:
    return [
        (fw.stem_for(c, lv), fw.stem_for(c, lv, "ineffective"))
        for c in fw.competency_ids
        for lv in fw.level_ids
    ]


def statements(fw) -> list[tuple[str, str]]:
    return [(i.text, i.polarity) for i in fw.indicator_records]


@pytest.mark.parametrize("suffix", [".md", ".html", ".docx"])
def test_render_then_ingest_gives_back_each_sides_stem(tmp_path, suffix):
    fw = compkit.load(SIDES)
    path = tmp_path / f"sides{suffix}"
    _render(path)
    back = ingest(path)
    assert statements(back.framework) == statements(fw)  # "Effective people:" is no heading
    assert stems(back.framework) == stems(fw)
    doc = back.document
    assert doc["stem"] == {"effective": "You can:"}
    assert doc["levels"][1]["stem"] == {
        "effective": "Effective people:",
        "ineffective": "Less effective people:",
    }
    assert doc["competencies"][1]["stem"] == "At this level you:"


def _render(path: Path) -> None:
    """compkit's render of sides.yaml, as ``compkit render sides.yaml -o PATH`` writes it."""
    a = compkit.authoring
    if path.suffix == ".docx":
        path.write_bytes(a.render_docx(SIDES))
    else:
        path.write_text((a.render_markdown if path.suffix == ".md" else a.render_html)(SIDES))


def test_markdown_says_a_shared_stem_once_and_its_marks_name_the_one_sided(tmp_path):
    path = tmp_path / "sides.md"
    _render(path)
    text = path.read_text()
    assert '"one_side_stems": ["You can:"]' in text
    # without the marks the text alone is read: "miss deadlines" stands under no stem
    plain = tmp_path / "plain.md"
    plain.write_text(text.rsplit("<!--", 1)[0])
    back = ingest(plain).framework
    assert statements(back) == statements(compkit.load(SIDES))
    assert back.stem_for(back.competency_ids[0], back.level_ids[1], "ineffective") == (
        "Less effective people:"
    )


def test_a_plain_page_with_a_stem_per_side_under_its_sides_names(tmp_path):
    page = tmp_path / "page.md"
    cell = (
        "**Effective behaviours**\n\nEffective leaders:\n\n- {}\n\n"
        "**Ineffective behaviours**\n\nLess effective leaders:\n\n- {}\n\n"
    )
    page.write_text(
        "# Values\n\n## Courage\n\n### Senior\n\n"
        + cell.format("speak up early", "stay silent")
        + "### Principal\n\n"
        + cell.format("speak for the team", "blame others")
        + "## Care\n\n### Senior\n\n"
        + cell.format("check in with people", "ignore stress")
    )
    back = ingest(page)
    assert [s for s in statements(back.framework) if s[1] == "ineffective"] == [
        ("stay silent", "ineffective"),
        ("blame others", "ineffective"),
        ("ignore stress", "ineffective"),
    ]
    assert back.document["stem"] == {
        "effective": "Effective leaders:",
        "ineffective": "Less effective leaders:",
    }


def test_a_side_stem_is_no_sides_name():
    from compkit.ingest.polarity import side_stem
    from compkit.ingest.textheads import level_colon

    assert side_stem("Effective people:") and not level_colon("Effective people:")
    assert not side_stem("Effective behaviours:") and level_colon("Effective behaviours:")
