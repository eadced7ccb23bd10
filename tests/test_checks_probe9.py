"""The ninth probe round's checker findings, pinned on the published text that showed them.

T009 on one word's forms spelt in two systems: inDrive's Engineer Track (github.com/inDriver/
handbook, docs/people/crafters/ladders/engineer-track/*.md, commit 1d1f2c5, MIT licence;
statements word for word) writes "organises" and "organisation" but "organize", "utilising"
but "Utilizes"; Medium's snowflake ladder (the corpus, MIT) writes "organise" once among 23
-ize forms of the word. No rule saw either: T009 compared each form with its own spellings
only ("organises" with "organizes").
"""

from compkit.checks import check
from compkit.framework.build import from_dict


def framework(cells, *, language="en-GB", levels=("one", "two", "three")):
    """A framework from ``{competency name: {level: [statements]}}``."""
    comps = []
    for name, by_level in cells.items():
        cid = name.lower().replace(" ", "-")
        inds = [
            {"id": f"{cid}-{lv}-{k}", "level": lv, "text": t}
            for lv, texts in by_level.items()
            for k, t in enumerate(texts, 1)
        ]
        comps.append({"id": cid, "name": name, "indicators": inds})
    return from_dict(
        {
            "schema_version": 1,
            "id": "probe",
            "title": "Probe",
            "organisation": "Probe",
            "language": language,
            "levels": [{"id": lv, "name": lv.title(), "rank": k} for k, lv in enumerate(levels, 1)],
            "competencies": comps,
        },
        validate=False,
    )


def t009(fw):
    return [(f.indicator_id, f.subject, f.message) for f in check(fw, select="T009")]


# inDrive, Engineer Track (Senior I, Senior III, Principal I, Middle I), word for word
INDRIVE = {
    "Software Engineering": {
        "one": [
            "Has comprehensive knowledge and skills to autonomously implement scenarios as well "
            "as organises and leads implementation. Has experience of failures and lessons "
            "learned."
        ],
        "two": [
            "Has advanced knowledge and skills to autonomously implement scenarios as well as "
            "organize and lead implementations that have a high levels of complexity and "
            "uncertainty."
        ],
    },
    "Design Process": {
        "three": [
            "Sets strategic direction for design principles across the entire engineering "
            "organisation, utilising architecture, tools and a product focus."
        ]
    },
    "Sustainability and Reliability": {
        "one": ["Utilizes security guidelines and assessing and highlighting risks."]
    },
}


def test_a_word_spelt_ise_in_some_forms_and_ize_in_others_is_found():
    assert t009(framework(INDRIVE)) == [
        (
            "software-engineering-two-1",
            "organize",
            "'organize' is spelt -ize, the word's other forms in the framework -ise: "
            "'organises' and 'organisation' (2 times)",
        ),
        (
            "sustainability-and-reliability-one-1",
            "utilizes",
            "'utilizes' is spelt -ize, the word's other forms in the framework -ise: "
            "'utilising' (1 time)",
        ),
    ]


def test_in_american_text_the_ise_forms_are_the_slip_however_many():
    found = t009(framework(INDRIVE, language="en-US"))
    assert [(i, s) for i, s, _ in found] == [
        ("software-engineering-one-1", "organises"),
        ("design-process-three-1", "organisation"),
        ("design-process-three-1", "utilising"),
    ]


def test_medium_writes_organise_once_among_its_ize_forms():
    report = check("tests/data/corpus/medium-snowflake.yaml", select="T009")
    said = {f.indicator_id: f.message for f in report.findings}
    assert said["accomplishment-m5-1"] == (
        "'organise' is spelt -ise, the word's other forms in the framework -ize: "
        "'organization', 'organizational' and 2 more (23 times)"
    )
    # 'recognises' against 'recognizes' stays the form-by-form finding, reported once
    assert said["career-development-m1-2"].startswith("'recognises' is spelt 'recognizes'")


def test_oxford_spelling_with_yse_and_one_spelling_words_are_no_mix():
    cells = {
        "Delivery": {
            "one": ["Organizes the work of the team.", "Analyses the risks of a plan."],
            "two": ["Advises on the organization of the service.", "Uses expertise to size work."],
        }
    }
    assert t009(framework(cells)) == []
    # 'analyses', the plural of 'analysis', is not the British form of 'analyzes'
    cells = {"Delivery": {"one": ["Analyzes the data.", "Reads the analyses of others."]}}
    assert t009(framework(cells, language="en-US")) == []
