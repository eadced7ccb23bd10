"""Ingest of HTML definition lists (``<dl><dt>…<dd>``) and of a web page's own title.

Fixtures are small pages written for these tests from the text of two public frameworks, word
for word:

- the CFO Council's federal financial management competency cards ("0501 Financial
  Administration and Program Support", Accountability and Flexibility), as GSA/CFO.gov serves
  them: `_cards/0501-Personal-Accountability-Entry.md` and
  `_cards/0501-Personal-Flexibility-Entry.md` at commit 219d17da (a ``<dl>`` per card, each
  ``<dt>`` a proficiency level, each ``<dd>`` a behaviour); public domain in the USA and CC0 1.0
  worldwide (README "Public domain" of GSA/CFO.gov);
- the Section 508 Program Manager Competency Guide (GSA/Section508.gov, the corpus file
  `tests/data/corpus/raw/gsa-508-pm.txt`; public domain in the USA and CC0 1.0 worldwide),
  its "Key Work Behaviors" re-set as definition lists, by competency and by level.
"""

from __future__ import annotations

import pytest

import compkit
from compkit.ingest import IngestError
from compkit.ingest.markup import TERM, markdown_lines
from compkit.ingest.webpage import page_title

ACCOUNTABILITY = {
    "Accountability (Level 1 - Awareness)": [
        "Delegates work to staff to ensure responsibilities are completed",
        "Meets weekly with team to monitor progress of work plans",
    ],
    "Accountability (Level 2 - Basic)": [
        "Outlines goals and assesses workgroup progress towards goal achievement",
        "Distributes workload among staff to ensure staff meet key deliverables",
    ],
    "Accountability (Level 3 - Intermediate)": [
        "Implements new guidelines and procedures mandated by Congress",
    ],
}
DEFINITION = (
    "Holds self and others accountable for measurable high-quality, timely, and cost-effective "
    "results; determines objectives, sets priorities, and delegates work; accepts responsibility "
    "for mistakes; complies with established control systems and rules."
)
FLEXIBILITY = (
    "Is open to change and new information; adapts behavior or work methods in response to new "
    "information, changing conditions, or unexpected obstacles; effectively deals with ambiguity."
)


def _dl(cells: dict[str, list[str]]) -> str:
    return (
        '<dl class="text-base card-content-color">'
        + "".join(
            f"<dt>{term}</dt>" + "".join(f"<dd>{text} </dd>" for text in texts)
            for term, texts in cells.items()
        )
        + "</dl>"
    )


def _cells(result) -> list[tuple[str, str, str]]:
    fw = result.framework
    names = {lv.id: lv.name for lv in fw.level_records}
    comps = {c.id: c.name for c in fw.competency_records}
    return [(comps[i.competency], names[i.level], i.text) for i in fw.indicator_records]


def _write(tmp_path, name: str, text: str):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_definition_terms_are_the_levels_of_the_descriptions_after_them(tmp_path):
    page = (
        "<html><head><title>Accountability</title></head><body><h1>Accountability</h1>\n"
        f"{_dl(ACCOUNTABILITY)}\n</body></html>"
    )
    result = compkit.ingest(_write(tmp_path, "r5_definition_list.html", page))
    assert [lv.name for lv in result.framework.level_records] == list(ACCOUNTABILITY)
    assert _cells(result) == [
        ("Accountability", level, text) for level, texts in ACCOUNTABILITY.items() for text in texts
    ]
    # the page names itself: its title, not the file's name ("R5 definition list")
    assert result.framework.title == "Accountability"
    messages = list(result.report.to_frame()["message"])
    assert "title 'Accountability' taken from the page's own title" in messages
    assert any("'definition term' kind read as levels" in m for m in messages)


def test_a_levels_hint_naming_the_terms_is_obeyed(tmp_path):
    page = f"<h1>Accountability</h1>\n{_dl(ACCOUNTABILITY)}\n"
    path = _write(tmp_path, "card.html", page)
    result = compkit.ingest(path, levels=list(ACCOUNTABILITY))  # was refused
    assert [lv.name for lv in result.framework.level_records] == list(ACCOUNTABILITY)
    assert len(result.framework.indicator_records) == 5


def test_a_levels_hint_naming_the_headings_wins_over_terms_that_read_as_levels(tmp_path):
    entry = dict(list(ACCOUNTABILITY.items())[:1])
    page = (
        f"<h1>Career levels</h1>\n<h2>Entry</h2>\n{_dl(entry)}\n"
        f"<h2>Mid</h2>\n{_dl(dict(list(ACCOUNTABILITY.items())[1:2]))}\n"
    )
    path = _write(tmp_path, "stages.html", page)
    unhinted = compkit.ingest(path)  # the terms label the statements: they are the levels
    assert [lv.name for lv in unhinted.framework.level_records] == list(ACCOUNTABILITY)[:2]
    hinted = compkit.ingest(path, levels=["Entry", "Mid"])
    assert [lv.name for lv in hinted.framework.level_records] == ["Entry", "Mid"]
    assert [c.name for c in hinted.framework.competency_records] == list(ACCOUNTABILITY)[:2]


def test_the_published_card_is_read_not_refused(tmp_path):
    """The repository's Markdown card: front matter, then the card's ``<dl>`` as served."""
    card = (
        "---\nlayout: career-planning-landing\n"
        "title: 0501 Financial Administration and Program Support Entry Flexibility\n"
        "competency: Flexibility\n---\n\n"
        '<div class="desktop:grid-col-6 margin-y-3">\n'
        '    <p class="text-bold label-color font-size-21">Behavior Illustrations</p>\n'
        '    <hr class="hr-green"/>\n'
        '    <dl class="text-base card-content-color"><dt>Flexibility (Level 1 - Awareness)</dt>'
        "<dd>Meets with team to adjust and coordinate schedules to accommodate all team members "
        "</dd><dd>Adjusts staff assignments based on feedback and work load priorities</dd></dl>\n"
        "</div>\n"
    )
    result = compkit.ingest(_write(tmp_path, "0501-Personal-Flexibility-Entry.md", card))
    fw = result.framework
    assert [lv.name for lv in fw.level_records] == ["Flexibility (Level 1 - Awareness)"]
    assert [i.text for i in fw.indicator_records] == [
        "Meets with team to adjust and coordinate schedules to accommodate all team members",
        "Adjusts staff assignments based on feedback and work load priorities",
    ]
    assert fw.title == "0501 Financial Administration and Program Support Entry Flexibility"


GSA = {
    "Acquisition Strategy": {
        "Beginner": [
            "Conduct market research, ensure procurements address Section 508 requirements, and "
            "fulfill the Federal Acquisition Regulation (FAR) requirements at FAR 11.002(f) and "
            "FAR 39.2."
        ],
        "Intermediate": [
            "Formulate strategy for incorporating Section 508 requirements across the "
            "acquisition lifecycle."
        ],
    },
    "Change Management": {
        "Beginner": [
            "Prioritize and adjust Section 508 plans, schedules, and resources in response to "
            "changing needs and competing priorities.",
            "Update relevant plans and communicate approved changes to Section 508 program "
            "activities.",
        ],
        "Intermediate": ["Identify the impacts of change on business processes."],
    },
}
GSA_CELLS = [
    (comp, level, text)
    for comp, levels in GSA.items()
    for level, texts in levels.items()
    for text in texts
]


def test_level_terms_under_competency_headings_end_tags_left_out(tmp_path):
    # <dt> and <dd> closed by the next one, as HTML allows; a <div> around each pair; a list,
    # or several paragraphs, in one <dd>
    parts = ["<h1>Section 508 Program Manager Competency Guide</h1>"]
    for comp, levels in GSA.items():
        parts.append(f"<h2>{comp}</h2>\n<dl>")
        for level, texts in levels.items():
            body = (
                "<ul>" + "".join(f"<li>{t}</li>" for t in texts) + "</ul>"
                if comp == "Change Management"
                else "".join(f"<p>{t}</p>" for t in texts)
            )
            parts.append(f"<div><dt>{level}<dd>{body}</div>")
        parts.append("</dl>")
    result = compkit.ingest(_write(tmp_path, "gsa.html", "\n".join(parts)))
    assert sorted(_cells(result)) == sorted(GSA_CELLS)
    assert result.framework.title == "Section 508 Program Manager Competency Guide"


def test_competency_terms_recurring_under_level_headings_label_statements(tmp_path):
    """One description to each term, but the terms recur under every level: not a glossary."""
    parts = []
    for level in ("Beginner", "Intermediate"):
        parts.append(f"<h2>{level}</h2>\n<dl>")
        for comp, levels in GSA.items():
            parts.append(f"<dt>{comp}</dt><dd>{levels[level][0]}</dd>")
        parts.append("</dl>")
    result = compkit.ingest(_write(tmp_path, "by-level.html", "\n".join(parts)))
    assert sorted(_cells(result)) == sorted(
        (comp, level, levels[level][0]) for comp, levels in GSA.items() for level in levels
    )


GLOSSARY = (
    f"<dl><dt>Accountability</dt><dd>{DEFINITION}</dd>\n"
    f"<dt>Flexibility</dt><dd>{FLEXIBILITY}</dd></dl>\n"
)


def test_a_glossary_alone_invents_no_statements(tmp_path):
    page = f"<html><head><title>Competencies</title></head><body>\n{GLOSSARY}</body></html>"
    with pytest.raises(IngestError, match="no competency framework found"):
        compkit.ingest(_write(tmp_path, "glossary.html", page))


def test_a_glossary_beside_the_framework_is_introduction_not_statements(tmp_path):
    levels = "".join(
        f"<h3>{level}</h3><ul>" + "".join(f"<li>{t}</li>" for t in texts) + "</ul>\n"
        for level, texts in ACCOUNTABILITY.items()
    )
    page = f"<h1>Competencies</h1>\n{GLOSSARY}<h2>Accountability</h2>\n{levels}"
    result = compkit.ingest(_write(tmp_path, "defined.html", page))
    texts = [i.text for i in result.framework.indicator_records]
    assert texts == [t for ts in ACCOUNTABILITY.values() for t in ts]
    intro = [p["text"] for p in result.document["introduction"]]
    assert DEFINITION in intro and FLEXIBILITY in intro
    assert [c.name for c in result.framework.competency_records] == ["Accountability"]
    messages = list(result.report.to_frame()["message"])
    assert "a glossary ('Accountability', 'Flexibility'): definitions, not statements" in messages


def test_definition_list_blocks():
    blocks = markdown_lines(["<dl><dt>Level 1<dd>Listens<dd><ul><li>Shares</li></ul></dl>"])
    assert [(b.text, b.slot, b.bullet) for b in blocks] == [
        ("Level 1", TERM, False),
        ("Listens", None, True),
        ("Shares", None, True),
    ]
    glossary = markdown_lines([GLOSSARY])
    assert [(b.text[:14], b.slot, b.describes) for b in glossary] == [
        ("Accountability", TERM, False),
        ("Holds self and", None, True),
        ("Flexibility", TERM, False),
        ("Is open to cha", None, True),
    ]


@pytest.mark.parametrize(
    ("page", "title"),
    [
        # the <title> is the h1 and the site's name: the h1
        (
            "<title>Accountability | CFO.gov</title><h1>Accountability</h1>",
            "Accountability",
        ),
        # a <title> of its own, unlike the h1 (which is the competency): the <title>
        (
            "<title>0501 Financial Administration and Program Support - Accountability</title>"
            "<h1>Accountability</h1>",
            "0501 Financial Administration and Program Support - Accountability",
        ),
        ("<h1>Accountability</h1>", "Accountability"),  # no <title>: the first h1
        ("# Accountability\n\n<p>x</p>", "Accountability"),  # a Markdown h1
        ("<svg><title>icon</title></svg><p>x</p>", None),  # an icon's title names no page
        # several h1s name the page's sections (or a menu), not the page
        ("<h1>Introduction</h1><p>x</p><h1>Levels</h1>", None),
        ("# Introduction\n\nx\n\n# Levels", None),
        (
            "<nav><h1>Menu</h1></nav><title>Accountability | CFO.gov</title>\n"
            "<h1>Accountability</h1>",
            "Accountability | CFO.gov",
        ),
    ],
)
def test_page_title(page, title):
    found = page_title(page.split("\n"))
    assert (found[0] if found else None) == title


def test_a_title_given_or_written_in_the_document_comes_first(tmp_path):
    page = (
        "<title>Accountability | CFO.gov</title>\n<p>Federal financial management competencies</p>"
        f"\n<h1>Accountability</h1>\n{_dl(ACCOUNTABILITY)}\n"
    )
    path = _write(tmp_path, "card.html", page)
    assert compkit.ingest(path).framework.title == "Federal financial management competencies"
    assert compkit.ingest(path, title="Mine").framework.title == "Mine"
