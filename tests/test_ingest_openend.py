"""A line that ends on a word that cannot end a sentence runs on (``blocks.OPEN_END``).

The USDS sample proficiencies (public domain) break a Familiar cell over a page after "Knows
what"; the statement must be read whole, not as "… Knows what" and "'Connection refused'
means. …".
"""

from __future__ import annotations

from pathlib import Path

import pytest

import compkit
from compkit.ingest.blocks import OPEN_END

HERE = Path(__file__).parent / "data" / "lead27"


@pytest.mark.parametrize(
    "line",
    [
        "Knows what",
        "Decides whether",
        "Works with colleagues whose",
        "Acts because",
        "Shares learning including",
        "Balances demands between",
        "Sets targets per",
        "Builds a culture among",
    ],
)
def test_a_line_ending_on_a_word_no_sentence_ends_with_runs_on(line):
    assert OPEN_END.search(line)


@pytest.mark.parametrize(
    "line",
    [
        "Knows what to do.",
        "Working with others",
        "Leading change",
        "Health and wellbeing",
        "Values",
        "I show kindness, caring and compassion for others where I can",
        "Actively seeks to reinforce and enhance this",
        "Follows through",
        "Decides as agreed upon",
        "Leads the service as a whole, or both",
    ],
)
def test_a_line_ending_a_sentence_or_a_name_does_not(line):
    assert not OPEN_END.search(line)


def test_a_cell_broken_after_knows_what_over_a_page_is_read_whole():
    result = compkit.ingest(HERE / "usds-sample-competencies-proficiencies.pdf")
    texts = result.framework.indicators["text"].tolist()
    whole = [t for t in texts if "Knows what 'Connection refused' means." in t]
    assert len(whole) == 1
    assert not any(t.rstrip().endswith("Knows what") for t in texts)
    assert not any(t.startswith("'Connection refused'") for t in texts)
