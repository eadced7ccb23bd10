"""Searching many statements at once gives what ``re`` gives on each statement, only sooner."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from compkit.compare.themes import read_vocabulary
from compkit.framework._keywords import Statements, required_letters
from compkit.framework.text import _MEMBERSHIP_RE, _PATTERNS

ATOMS = ["a", "b", "c", "ab", "B", "x", " ", ".", r"\b", r"\w", r"\s", "[ab]", "[^a]", "[]a]"]
ATOMS += [r"\.", "-", "1", r"\x41", "a{2}", "b{1,2}", "(?=ab)", "(?!b)", "(?<!a)", "(?i)x"]
TEXTS = st.lists(st.text("aAbBcCx 1.-ÅſK", max_size=12), max_size=30)


@st.composite
def patterns(draw, depth: int = 0) -> str:
    """Regular expressions of letters, classes, escapes, groups, alternatives and quantifiers."""
    branches = []
    for _ in range(draw(st.integers(1, 3))):
        pieces = []
        for _ in range(draw(st.integers(0, 4))):
            if depth < 2 and draw(st.booleans()):
                group = draw(st.sampled_from(["(?:", "(", "(?>", "(?P<g>"]))
                group = group.replace("<g>", f"<g{depth}{len(pieces)}{len(branches)}>")
                quantifier = draw(st.sampled_from(["", "", "?", "??"]))  # never nested * or +
                pieces.append(group + draw(patterns(depth + 1)) + ")" + quantifier)
            else:
                quantifier = draw(st.sampled_from(["", "", "", "?", "*", "+", "{2}", "{,2}"]))
                pieces.append(draw(st.sampled_from(ATOMS)) + quantifier)
        branches.append("".join(pieces))
    return "|".join(branches)


@settings(max_examples=400, deadline=None)
@given(pattern=patterns(), texts=TEXTS)
def test_statements_answer_as_re_does(pattern, texts):
    try:
        rx = re.compile(pattern, re.IGNORECASE)
    except re.error:
        return
    statements = Statements(texts)
    assert statements.first_matches(pattern) == [
        m.group() if (m := rx.search(t)) else None for t in texts
    ]
    assert statements.contains(pattern).tolist() == [rx.search(t) is not None for t in texts]
    assert statements.sub(rx, " ") == [rx.sub(" ", t) for t in texts]


@pytest.mark.parametrize(
    ("pattern", "letters"),
    [
        (r"\bwell-?being\b", {"being"}),
        (r"ab+c", {"a"}),
        (r"[^]a]bc", {"bc"}),
        (r"x{10}", None),
        (r"\x41bc", None),
        (r"(?i)abc", None),
        (r"(?#comment)abc", None),
        (r"foo|\bbar", {"foo", "bar"}),
        (r"(?:ab)?cd", {"cd"}),
        (r"(?:x|)", None),
        (r"(?<=ab)cd", {"cd"}),
        (r"\btrust(?:ing)?\b(?! my)", {"trust"}),
    ],
)
def test_required_letters_are_read_conservatively(pattern, letters):
    assert required_letters(pattern) == letters


def test_the_bundled_patterns_have_required_letters():
    """Else the scope and theme searches would be as slow as before."""
    for pattern in [_MEMBERSHIP_RE.pattern, *_PATTERNS.values()]:
        assert required_letters(pattern)
    for keywords in read_vocabulary()["keywords"]:
        assert required_letters("|".join(f"(?:{k})" for k in keywords))
