"""Twenty-ninth probe (J): "expected one of" lists that stop before they run to paragraphs.

An unknown statement id named twelve statement ids of about 45 characters in its message
("set_text: unknown indicator 'nope-1' in framework 'usds-...'; expected one of: analytical-
ability-novice-1, ..." at 540 characters); a competency list with names ran to 700. The list
now stops at about 200 characters and says how many there are.
"""

import pytest

import compkit
import compkit.authoring as A


def test_an_unknown_statement_id_names_a_few_and_counts_them():
    with pytest.raises(compkit.UsageError) as err:
        A.set_text("wsx", "nope-1", "A statement.")
    said = str(err.value)
    assert len(said) < 330, said  # was 12 ids, over 330 characters
    assert said.endswith(", ... (153 in all)"), said
    assert "expected one of: qualities-core-1, " in said
