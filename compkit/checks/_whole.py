"""Whether a two-word statement is a whole behaviour: the holder's verb and what it acts on.

Rule T003 flags statements of fewer than three words. In a framework written about the holder
("Uses git to manage ...", "Learns to write ..."), a statement of a verb in the holder's
third person and its object, particle or manner ("Fixes bugs", "Manages up", "Ships
regularly") is a clause, a behaviour said whole, not a heading or a fragment ("Pain control",
"Further definitions", "With quality", "Writing code"). A state's verb (be, have, do: "Is
flexible", "Has integrity", the rule's own example) says no behaviour, and a first word
English has only as a noun ("Sales figures") no verb: both are still short.
"""

from __future__ import annotations

from functools import lru_cache

import pandas as pd

__all__ = ["whole_behaviour"]

#: the verbs of a state or an auxiliary, in the third person: "Is flexible", "Has integrity"
_STATE = frozenset(["is", "has", "does", "was", "gets", "seems", "appears", "becomes"])


@lru_cache(maxsize=1 << 12)
def _third_person(word: str) -> bool:
    """Whether ``word`` is a verb's third person singular ("fixes", "manages"; not "sales").

    >>> _third_person("fixes"), _third_person("manages"), _third_person("sales")
    (True, True, False)
    >>> _third_person("is"), _third_person("has")
    (False, False)
    """
    from lemminflect import getAllLemmas, getInflection

    if word in _STATE:
        return False
    return any(word in getInflection(v, "VBZ") for v in getAllLemmas(word).get("VERB", ()))


def whole_behaviour(texts: pd.Series, voices: pd.Series) -> pd.Series:
    """Whether each statement is two words, the holder's verb and its complement.

    Only in a framework whose statements are mostly in the holder's voice (see
    :func:`compkit.checks.voice.voice`), and only for a statement in that voice.

    Parameters
    ----------
    texts, voices : Series of str
        The statements and their voices, aligned.

    Examples
    --------
    >>> texts = pd.Series(["Fixes bugs", "Manages up.", "Is flexible", "Sales figures",
    ...                    "Uses git to manage the workflow", "Learns to write CSS"])
    >>> voices = pd.Series(["holder"] * 6)
    >>> whole_behaviour(texts, voices).tolist()
    [True, True, False, False, False, False]
    >>> whole_behaviour(texts, pd.Series(["holder"] * 2 + ["first"] * 4)).tolist()
    [False, False, False, False, False, False]
    """
    words = texts.str.split()
    found = (words.str.len() == 2) & voices.eq("holder")
    main = voices.mode()
    if not found.any() or main.tolist() != ["holder"]:
        return pd.Series(False, index=texts.index, dtype=bool)
    first = words[found].str[0].str.lower().str.strip(".,;:!?'\"()")
    found[found] = first.map(_third_person).astype(bool)
    return found
