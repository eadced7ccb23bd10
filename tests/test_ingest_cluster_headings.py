"""Headings that name a cluster of competencies ("1. Core Competencies") are groups, not levels.

UN-family frameworks print their competencies under cluster headings -- WHO's "1. Core
Competencies", "2. Management Competencies", "3. Leadership Competencies"; UNICEF's and the UN
Secretariat's "Core Values", "Core Competencies", "Managerial Competencies" -- and name no
levels at all. "Core" and "Management" are level words elsewhere, so the cluster headings were
read as levels. The fixtures are built here from the publishers' text, word for word (short
excerpts, quoted for testing; no open licence is stated by any of the three):

- WHO Global Competency Model (World Health Organization, 2004), core competencies 1-2, as
  reproduced at mafiadoc.com/who-global-competency-model-world-health-organization_5a20cba2...;
  the third ineffective behaviour of competency 2 is cut off there and left out;
- UNICEF Competency Definitions (core values and core competencies), as reproduced at
  fdokumen.com/documents/unicef-competency-framework-definitions-and-behavioural-indicators-...
  ("CORE VALUES", then "COMPETENCIES" over "Core Competencies");
- UN Secretariat competencies (core value Professionalism; core competencies Planning and
  Organizing, Client Orientation), as every UN Secretariat job opening prints them.
"""

from __future__ import annotations

import pytest

import compkit
from compkit.ingest.labels import level_score, names_group

WHO_1 = "1) COMMUNICATING IN A CREDIBLE AND EFFECTIVE WAY"
WHO_1_DEFINITION = (
    "Definition: Expresses oneself clearly in conversations and interactions with others; "
    "listens actively. Produces effective written communications. Ensures that information "
    "is shared."
)
WHO_1_EFFECTIVE = [
    "Speaks and writes clearly, adapting communication style and content so they are "
    "appropriate to the needs of the intended audience",
    "Conveys information and opinions in a structured and credible way",
    "Encourages others to share their views; takes time to understand and consider these views",
    "Ensures that messages have been heard and understood",
    "Keeps others informed of key and relevant issues",
]
WHO_1_INEFFECTIVE = [
    "Does not share useful information with others",
    "Does little to facilitate open communication",
    "Interrupts or argues with others rather than listening",
    "Uses jargon inappropriately in interaction with others",
    "Lacks coherence in structure of oral and written communications; overlooks key points",
]
WHO_2 = "2) KNOWING AND MANAGING YOURSELF"
WHO_2_DEFINITION = (
    "Definition: Manages ambiguity and pressure in a self-reflective way. Uses criticism as a "
    "development opportunity. Seeks opportunities for continuous learning and professional "
    "growth."
)
WHO_2_ROWS = [
    (
        "Works productively in an environment where clear information or direction is not "
        "always available",
        "Demonstrates helplessness when confronted with ambiguous situations",
    ),
    (
        "Remains productive when under pressure",
        "Demonstrates a lack of emotional control during difficult situations",
    ),
    ("Stays positive in the face of challenges and recovers quickly from setbacks", ""),
]

UNICEF = {
    "Core Values": {
        "Diversity and Inclusion": "Treats all people with dignity and respect; shows respect "
        "and sensitivity towards gender, cultural and religious differences; challenges "
        "prejudice, biases and intolerance in the workplace; encourages diversity wherever "
        "possible.",
        "Integrity": "Maintains high ethical standards; takes clear ethical stands; keeps "
        "promises; immediately addresses untrustworthy or dishonest behavior; resists pressure "
        "in decision-making from internal and external sources; does not abuse power or "
        "authority.",
        "Commitment": "Demonstrates commitment to UNICEF’s mission and to the wider UN system; "
        "demonstrates the values of UNICEF in daily activities and behaviors; seeks out new "
        "challenges, assignments and responsibilities; promotes UNICEF’s cause.",
    },
    "Core Competencies": {
        "Communication": "Speaks fluently; expresses opinions, information and key points of an "
        "argument clearly; presents information with skill and confidence; responds quickly to "
        "the needs of an audience and to their reactions and feedback; projects credibility; "
        "structures information to meet the needs and understanding of the intended audience; "
        "presents information in a well-structured and logical way.",
        "Working with People": "Shows respect for the views and contributions of other team "
        "members; shows empathy; listens, supports and cares for others; consults others and "
        "shares information and expertise with them; builds team spirit and reconciles "
        "conflict; adapts to the team and fits in well.",
        "Drive for Results": "Sets high standards for quality of work; monitors and maintains "
        "quality of work; works in a systematic, methodical and orderly way; consistently "
        "achieves project goals; focuses on the needs and satisfaction of internal and external "
        "partners; accepts and tackles demanding goals with enthusiasm.",
    },
}

UN = {
    "Core values": {
        "Professionalism": "Shows pride in work and in achievements; demonstrates professional "
        "competence and mastery of subject matter; is conscientious and efficient in meeting "
        "commitments, observing deadlines and achieving results; is motivated by professional "
        "rather than personal concerns; shows persistence when faced with difficult problems or "
        "challenges; remains calm in stressful situations.",
    },
    "Core competencies": {
        "Planning and Organizing": "Develops clear goals that are consistent with agreed "
        "strategies; identifies priority activities and assignments; adjusts priorities as "
        "required; allocates appropriate amount of time and resources for completing work; "
        "foresees risks and allows for contingencies when planning; monitors and adjusts plans "
        "and actions as necessary; uses time efficiently.",
        "Client Orientation": "Considers all those to whom services are provided to be "
        "“clients” and seeks to see things from clients’ point of view; establishes and "
        "maintains productive partnerships with clients by gaining their trust and respect; "
        "identifies clients’ needs and matches them to appropriate solutions; monitors ongoing "
        "developments inside and outside the clients’ environment to keep informed and "
        "anticipate problems; keeps clients informed of progress or setbacks in projects; meets "
        "timeline for delivery of products or services to client.",
    },
}


def _who_docx(path):
    """The WHO model as WHO prints it: numbered cluster and competencies, polarity tables."""
    import docx

    word = docx.Document()
    word.add_paragraph("WHO GLOBAL COMPETENCY MODEL", style="Title")
    word.add_paragraph("1. Core Competencies", style="Heading 1")
    word.add_paragraph(WHO_1, style="Heading 2")
    word.add_paragraph(WHO_1_DEFINITION)
    table = word.add_table(rows=2, cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text = "EFFECTIVE BEHAVIOURS", "INEFFECTIVE BEHAVIOURS"
    for col, items in enumerate((WHO_1_EFFECTIVE, WHO_1_INEFFECTIVE)):
        cell = table.cell(1, col)
        cell.text = f"1. {items[0]}"
        for n, item in enumerate(items[1:], 2):
            cell.add_paragraph(f"{n}. {item}")
    word.add_paragraph(WHO_2, style="Heading 2")
    word.add_paragraph(WHO_2_DEFINITION)
    table = word.add_table(rows=1 + len(WHO_2_ROWS), cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text = "EFFECTIVE BEHAVIOURS", "INEFFECTIVE BEHAVIOURS"
    for n, (good, bad) in enumerate(WHO_2_ROWS, 1):
        table.cell(n, 0).text = f"{n}. {good}"
        table.cell(n, 1).text = f"{n}. {bad}" if bad else ""
    word.save(path)
    return path


def _unicef_html(path):
    """UNICEF's definitions as a web page: a heading per cluster, one per competency."""
    body = "".join(
        f"<h2>{cluster}</h2>"
        + "".join(f"<h3>{name}</h3>\n<p>{text}</p>\n" for name, text in items.items())
        for cluster, items in UNICEF.items()
    )
    path.write_text(
        "<!DOCTYPE html><html><head><title>UNICEF Competency Definitions</title></head><body>"
        f"<h1>UNICEF Competency Definitions</h1>\n{body}</body></html>",
        encoding="utf-8",
    )
    return path


def _un_markdown(path, *, numbered=False):
    """The UN Secretariat's values and competencies as Markdown, optionally numbered."""
    lines = ["# United Nations competencies", ""]
    for k, (cluster, items) in enumerate(UN.items(), 1):
        lines += [f"## {f'{k}. ' if numbered else ''}{cluster}", ""]
        for name, text in items.items():
            lines += [f"### {name}", "", text, ""]
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


def _rows(fw):
    frame = fw.indicators
    return list(
        zip(frame["competency"], frame["level_name"], frame["polarity"], frame["text"], strict=True)
    )


def test_a_numbered_cluster_heading_is_the_group_and_the_levels_are_all_levels(tmp_path):
    result = compkit.ingest(_who_docx(tmp_path / "who.docx"))
    fw = result.framework
    assert [lv.name for lv in fw.level_records] == ["All levels"]
    [group] = fw.group_records
    # the number is the cluster's numbering, kept beside its name, never in it
    assert group.name == "Core Competencies"
    assert group.source.numbers == (1,)
    # "1) NAME": the list number is the competency's numbering, not part of its name
    name_1, name_2 = WHO_1.removeprefix("1) "), WHO_2.removeprefix("2) ")
    assert {c.name: c.group for c in fw.competency_records} == {
        name_1: group.id,
        name_2: group.id,
    }
    assert [c.source.numbers for c in fw.competency_records] == [(1,), (2,)]
    rows = _rows(fw)
    assert len(rows) == 15
    assert sum(p == "ineffective" for *_, p, _ in rows) == 7
    assert (name_1, "All levels", "effective", WHO_1_EFFECTIVE[4]) in rows
    assert (name_2, "All levels", "ineffective", WHO_2_ROWS[1][1]) in rows
    said = result.report.to_frame()["message"].tolist()
    assert any("read as groups: their names say they group" in m for m in said)
    assert not any("read as levels" in m for m in said)
    # the definition paragraph is the competency's description, and no blank cell
    assert {c.name: c.description for c in fw.competency_records}[name_1] == WHO_1_DEFINITION
    assert not any("cell is blank" in m and name_1 in m for m in said)


@pytest.mark.parametrize("build", [_unicef_html, _un_markdown])
def test_clusters_named_core_values_and_core_competencies_are_groups(tmp_path, build):
    source, suffix = (UNICEF, "html") if build is _unicef_html else (UN, "md")
    fw = compkit.ingest(build(tmp_path / f"source.{suffix}")).framework
    assert [lv.name for lv in fw.level_records] == ["All levels"]
    assert [g.name for g in fw.group_records] == list(source)
    groups = {g.id: g.name for g in fw.group_records}
    assert {c.name: groups[c.group] for c in fw.competency_records} == {
        name: cluster for cluster, items in source.items() for name in items
    }
    # every paragraph a statement of its competency, word for word (curly quotes kept)
    assert sorted((c, t) for c, _, _, t in _rows(fw)) == sorted(
        (name, text) for items in source.values() for name, text in items.items()
    )


def test_clusters_nested_as_unicef_prints_them_group_by_the_innermost(tmp_path):
    # "CORE VALUES" and "COMPETENCIES" head the document, "Core Competencies" the second part
    import docx

    word = docx.Document()
    word.add_paragraph("UNICEF Competency Definitions", style="Title")
    word.add_paragraph("CORE VALUES", style="Heading 1")
    for name, text in UNICEF["Core Values"].items():
        word.add_paragraph(name, style="Heading 3")
        word.add_paragraph(text)
    word.add_paragraph("COMPETENCIES", style="Heading 1")
    word.add_paragraph("Core Competencies", style="Heading 2")
    for name, text in UNICEF["Core Competencies"].items():
        word.add_paragraph(name, style="Heading 3")
        word.add_paragraph(text)
    word.save(tmp_path / "unicef.docx")
    result = compkit.ingest(tmp_path / "unicef.docx")
    fw = result.framework
    assert [lv.name for lv in fw.level_records] == ["All levels"]
    groups = {g.id: g.name for g in fw.group_records}
    assert {c.name: groups[c.group] for c in fw.competency_records} == {
        name: "CORE VALUES" if cluster == "Core Values" else cluster
        for cluster, items in UNICEF.items()
        for name in items
    }
    assert len(fw.indicator_records) == 6
    # the heading over the clusters names no competency's group: reported, not lost
    said = result.report.to_frame()["message"].tolist()
    assert "'COMPETENCIES' is in no statement, name or description" in said


def test_numbered_markdown_clusters_keep_their_numbers_apart(tmp_path):
    fw = compkit.ingest(_un_markdown(tmp_path / "un.md", numbered=True)).framework
    assert [(g.name, g.source.numbers) for g in fw.group_records] == [
        ("Core values", (1,)),
        ("Core competencies", (2,)),
    ]
    assert [lv.name for lv in fw.level_records] == ["All levels"]


def test_one_cluster_heading_unnumbered_over_everything_is_the_title(tmp_path):
    # a lone "Core Competencies" over the page names it; numbered, it is the first cluster
    path = tmp_path / "core.md"
    body = "".join(f"## {n}\n\n{t}\n\n" for n, t in UNICEF["Core Competencies"].items())
    path.write_text(f"# Core Competencies\n\n{body}", encoding="utf-8")
    result = compkit.ingest(path)
    assert result.framework.title == "Core Competencies"
    assert [lv.name for lv in result.framework.level_records] == ["All levels"]
    assert not result.framework.group_records


def test_outer_headings_that_name_levels_are_still_levels(tmp_path):
    # the same competencies under "Core", "Senior", "Management": a level per heading
    path = tmp_path / "levels.md"
    path.write_text(
        "".join(
            f"## {level}\n\n### Communication\n\n- {level} communicates.\n\n"
            f"### Teamwork\n\n- {level} works in a team.\n\n"
            for level in ("Core", "Senior", "Management")
        ),
        encoding="utf-8",
    )
    fw = compkit.ingest(path).framework
    assert [lv.name for lv in fw.level_records] == ["Core", "Senior", "Management"]
    assert not fw.group_records
    assert len(fw.indicator_records) == 6


def test_the_levels_hint_still_reads_cluster_headings_as_levels(tmp_path):
    path = _un_markdown(tmp_path / "un.md")
    fw = compkit.ingest(path, levels=["Core values", "Core competencies"]).framework
    assert [lv.name for lv in fw.level_records] == ["Core values", "Core competencies"]
    assert not fw.group_records


@pytest.mark.parametrize(
    ("text", "group", "score"),
    [
        ("1. Core Competencies", True, 0.0),
        ("2. Management Competencies", True, 0.0),
        ("Managerial competencies", True, 0.0),
        ("Core Values", True, 0.0),
        ("Level 2 Competencies", False, 0.6),
        ("Management", False, 0.8),
        ("Area Manager", False, 0.8),
        ("Senior Leadership", False, 0.8),
    ],
)
def test_names_that_group_competencies_are_not_level_names(text, group, score):
    assert names_group(text) is group
    assert level_score(text) == score
