"""Level words of frameworks not written in English: the word before a level's number, and names.

compkit's level words are English ("Level 2", "Beginner", "Senior"). A framework in another
language heads its levels "Niveau 2", "Stufe 2", "Nivel 3" or "レベル1", or names them
"Débutant", "Fortgeschritten", "Avanzado", "初級". The words here are none of them an English
word, so an English framework reads as it did; :mod:`.levelnames` reads them as level names and
:mod:`.levelorder` ranks them. Words shared with English ("Expert", "Senior", "Junior") are
English level words already.

Examples
--------
>>> import re
>>> bool(re.fullmatch(NOUNS, "stufe")), bool(re.fullmatch(NOUNS, "レベル"))
(True, True)
>>> bool(re.fullmatch(COLUMNS, "compétence")), bool(re.fullmatch(COLUMNS, "débutant"))
(True, False)
>>> TIERS["débutant"], TIERS["fortgeschritten"], TIERS["上級"]
(0, 3, 3)
"""

from __future__ import annotations

__all__ = ["COLUMNS", "NOUNS", "TIERS", "WORDS"]

#: The word before a level's number (a regular expression's alternatives, lower case): French and
#: Dutch "Niveau 2", German "Stufe 2", Spanish "Nivel 2", Portuguese "Nível 2", Italian "Livello
#: 2", French "Échelon 2", Japanese "レベル2", Korean "레벨 2", Russian "Уровень 2".
NOUNS = "niveau|stufe|nivel|nível|livello|échelon|レベル|레벨|уровень"

#: A table's header naming what its column holds, not a level (alternatives, lower case): the
#: competency ("Compétence", "Kompetenz", "Competencia", "Competência", "Competentie",
#: "Competenza", "Kompetencja", "コンピテンシー", "能力", "역량") or the level ("Niveau", "Stufe").
COLUMNS = (
    r"compétences?|kompetenz(?:en)?|competencias?|competências?|competenties?|competenz[ae]|"
    r"kompetencj[ae]|コンピテンシー|能力|역량|"
    r"niveaux?|stufen?|nivel(?:es)?|níve(?:l|is)|livell[oi]|レベル|레벨"
)

#: Words naming a level on their own, by seniority as :mod:`.levelorder` ranks English ones
#: (0 a beginner, 2 intermediate, 3 advanced, 4 an expert).
_BY_TIER = {
    0: "débutant débutante initié initiée einsteiger anfänger anfängerin grundkenntnisse "
    "principiante básico básica iniciante beginnend 初級 初心者 入門 初级 入门 초급",
    2: "intermédiaire intermedio intermedia intermediário intermediária gevorderd gevorderde "
    "mittelstufe 中級 中级 중급",
    3: "avancé avancée confirmé confirmée expérimenté expérimentée fortgeschritten "
    "fortgeschrittene fortgeschrittener erfahren erfahrene ervaren avanzado avanzada avançado "
    "avançada avanzato avanzata 上級 高级 고급",
    4: "experte expertin experto experta esperto esperta especialista deskundig "
    "エキスパート 熟練 专家 전문가",
}
#: Each word's seniority (lower case).
TIERS = {w: t for t, words in _BY_TIER.items() for w in words.split()}
#: The words (lower case).
WORDS = frozenset(TIERS)
