"""Probe 29, B: CASE packages as published (misconceptions, level headings, Markdown), the
statement's note through every export, and the cross-walk review's known limits."""

import json
from pathlib import Path

import compkit
from compkit.authoring.case import from_case, read_case, to_case

DATA = Path(__file__).parent / "data"
ACT_MATH = DATA / "probe27k" / "Ordering.json"
ACT_SCIENCE = DATA / "probe28k" / "test_framework_case.json"
WHEN = "2024-01-01T00:00:00+00:00"


def _package(texts):
    """A package another tool wrote: one competency over statements, no compkit extension."""
    doc = {"identifier": "d0000000-0000-0000-0000-000000000000", "title": "Shapes"}
    doc["creator"] = "Self-written for probe 29b"
    items = [
        {"identifier": f"00000000-0000-0000-0000-{n:012d}", "fullStatement": t}
        for n, t in enumerate(["Shapes", *texts], 1)
    ]

    def child(origin, dest, n):
        return {
            "identifier": f"a0000000-0000-0000-0000-{n:012d}",
            "associationType": "isChildOf",
            "originNodeURI": {"identifier": origin},
            "destinationNodeURI": {"identifier": dest},
            "sequenceNumber": n,
        }

    links = [child(items[0]["identifier"], doc["identifier"], 1)]
    links += [
        child(i["identifier"], items[0]["identifier"], n)
        for n, i in enumerate(items, 2)
        if i is not items[0]
    ]
    return {"CFDocument": doc, "CFItems": items, "CFAssociations": links}


def test_acts_misconceptions_read_ineffective_their_text_as_written():
    for path, labelled in [(ACT_MATH, 4), (ACT_SCIENCE, 8)]:
        fw = read_case(path)
        bad = fw.indicators[fw.indicators["polarity"] == "ineffective"]
        assert len(bad) == labelled  # all read effective before
        assert bad["text"].str.contains("(?i)misconception").all()  # word for word, label kept
        assert "Read as ineffective by the label their text opens or closes with" in fw.notes
        back = from_case(to_case(fw, changed=WHEN))
        assert compkit.framework.to_dict(back) == compkit.framework.to_dict(fw)
    square = read_case(ACT_MATH).indicators.set_index("text")
    assert (
        square.loc["(MISCONCEPTION) Squares and rectangles are distinct shapes", "polarity"]
        == "ineffective"
    )


def test_a_label_reads_ineffective_only_where_it_labels_the_statement():
    texts = [
        "Pitfall: names a square a rectangle only when it is upright",
        "[Common error] Counts the sides twice",
        "Corrects a common misconception about rectangles",
        "Errors in a shape's name are corrected",
        "Names a shape by its sides (red flags raised by others are heard)",
    ]
    fw = from_case(_package(texts))
    polarity = fw.indicators.set_index("text")["polarity"].to_dict()
    assert polarity == dict(zip(texts, ["ineffective"] * 2 + ["effective"] * 3, strict=True))


def test_a_level_headings_own_text_is_said_as_such():
    fw = read_case(ACT_SCIENCE)
    first = next(i for i in fw.indicator_records if i.text == "Forms and sources of energy")
    assert str(first.source) == "H.A.SCI.CSC.C.CE.L1, the Level 1 heading's own text"
    assert "Level headings' own texts kept as the first statement of their cells" in fw.notes
    other = next(i for i in fw.indicator_records if i.text.startswith("Understand that the ind"))
    assert str(other.source).startswith("H.A.SCI.CSC.C.CE.L1.")  # each statement's own code


def test_markdown_in_a_full_statement_is_kept_and_said(tmp_path, capsys):
    from compkit.cli import main

    path = DATA / "probe27k" / "MarkdownFramework.json"
    package = json.loads(path.read_text(encoding="utf-8"))
    fw = read_case(path)
    assert sorted(fw.competencies["competency"]) == sorted(
        i["fullStatement"] for i in package["CFItems"]
    )
    assert "Kept as written, Markdown and all" in fw.notes
    assert "MD.Table" in fw.notes and "MD.Math" in fw.notes
    assert main(["import", str(path), "-o", str(tmp_path / "md.yaml")]) == 0
    assert "Kept as written, Markdown and all" in capsys.readouterr().err
    assert "Markdown" not in read_case(DATA / "probe27k" / "SequenceNumberFramework.json").notes
