"""An author drafting a revised framework (nineteenth round): what the redline and import say.

A competency or level the author deletes is struck out in the Word redline where it stood in
the previous version (after the one that came before it), not after every other one.
"""

import io

import docx

from compkit.authoring import render_redline
from compkit.framework import from_dict

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _ladder(comps=("alpha", "bravo", "charlie"), levels=("one", "two", "three")):
    """A self-written framework: a statement per competency and level, in the order given."""
    return from_dict(
        {
            "schema_version": 1,
            "id": "ladder",
            "title": "Ladder Test Framework",
            "organisation": "Probe Works",
            "levels": [
                {"id": lv, "name": f"Level {lv.capitalize()}", "rank": n}
                for n, lv in enumerate(levels, 1)
            ],
            "competencies": [
                {
                    "id": comp,
                    "name": comp.capitalize(),
                    "indicators": [
                        {"id": f"{comp}-{lv}-1", "level": lv, "text": f"Shows {comp} at {lv}."}
                        for lv in levels
                    ],
                }
                for comp in comps
            ],
        }
    )


def _headings(data: bytes) -> list[tuple[str, str]]:
    """Each heading of the redline: its style and its text, deleted words included."""
    out = []
    for para in docx.Document(io.BytesIO(data)).paragraphs:
        if para.style.name.startswith("Heading"):
            words = para._p.iter(f"{_W}t", f"{_W}delText")
            out.append((para.style.name, "".join(t.text or "" for t in words)))
    return out


def test_a_removed_competency_is_struck_out_where_it_stood():
    old, new = _ladder(), _ladder(comps=("alpha", "charlie"))
    comps = [text for style, text in _headings(render_redline(old, new)) if style == "Heading 1"]
    assert comps == ["Alpha", "Bravo", "Charlie"]


def test_a_removed_first_competency_stays_first():
    old, new = _ladder(), _ladder(comps=("bravo", "charlie"))
    comps = [text for style, text in _headings(render_redline(old, new)) if style == "Heading 1"]
    assert comps == ["Alpha", "Bravo", "Charlie"]


def test_a_removed_level_is_struck_out_between_the_levels_it_stood_between():
    old, new = _ladder(), _ladder(levels=("one", "three"))
    heads = _headings(render_redline(old, new))
    ladder = heads[heads.index(("Heading 1", "Levels")) + 1 : heads.index(("Heading 1", "Alpha"))]
    assert [text for _, text in ladder] == ["Level One", "Level Two", "Level Three"]
    alpha = heads[heads.index(("Heading 1", "Alpha")) + 1 : heads.index(("Heading 1", "Bravo"))]
    assert [text for _, text in alpha] == ["Level One", "Level Two", "Level Three"]


def test_the_redline_of_kept_order_is_as_before():
    old, new = _ladder(), _ladder(comps=("alpha", "bravo", "charlie", "delta"))
    comps = [text for style, text in _headings(render_redline(old, new)) if style == "Heading 1"]
    assert comps == ["Alpha", "Bravo", "Charlie", "Delta"]


def _numbered():
    """A self-written framework whose Junior cell is a numbered list (1, 2) in its source."""
    return from_dict(
        {
            "schema_version": 1,
            "id": "numbered",
            "title": "Numbered Test Framework",
            "organisation": "Probe Works",
            "levels": [
                {"id": "junior", "name": "Junior", "rank": 1},
                {"id": "senior", "name": "Senior", "rank": 2},
            ],
            "competencies": [
                {
                    "id": "craft",
                    "name": "Craft",
                    "indicators": [
                        {
                            "id": f"craft-{lv}-{n}",
                            "level": lv,
                            "text": f"Shows craft {n} at {lv}.",
                            "source": {"lines": [n], "numbers": [n]},
                        }
                        for lv in ("junior", "senior")
                        for n in (1, 2, 3)
                    ],
                }
            ],
        }
    )


def test_a_statement_added_to_a_numbered_list_keeps_the_list_numbered(tmp_path):
    from compkit.authoring import add_indicator, move_indicator, render

    fw = add_indicator(_numbered(), "craft", "junior", "Reviews a colleague's change.")
    fw = move_indicator(fw, "craft-senior-3", level="junior")
    text = render(fw, tmp_path / "fw.md", layout="competency").read_text(encoding="utf-8")
    junior = text[text.index("### Junior") : text.index("### Senior")]
    assert [line for line in junior.splitlines() if line[:1].isdigit()] == [
        "1. Shows craft 1 at junior.",
        "2. Shows craft 2 at junior.",
        "3. Shows craft 3 at junior.",
        "4. Reviews a colleague's change.",
        "5. Shows craft 3 at senior.",
    ]
    html = render(fw, tmp_path / "fw.html").read_text(encoding="utf-8")
    assert html.count("<ol") == 2  # both cells stay numbered lists
    assert "<li>Reviews a colleague&#x27;s change.</li>" in html or (
        "<li>Reviews a colleague's change.</li>" in html
    )


def test_a_statement_added_first_to_a_numbered_list_numbers_it_afresh(tmp_path):
    from compkit.authoring import add_indicator, render
    from compkit.framework.io import to_dict

    doc = to_dict(add_indicator(_numbered(), "craft", "junior", "Reads the team's guide."))
    cell = doc["competencies"][0]["indicators"]
    new = next(n for n, item in enumerate(cell) if item["text"] == "Reads the team's guide.")
    cell.insert(0, cell.pop(new))  # the author puts the new statement first
    text = render(from_dict(doc), tmp_path / "fw.md").read_text(encoding="utf-8")
    junior = text[text.index("### Junior") : text.index("### Senior")]
    assert [line[:3] for line in junior.splitlines() if line[:1].isdigit()] == [
        "1. ",
        "2. ",
        "3. ",
        "4. ",
    ]
    assert "1. Reads the team's guide." in junior


def test_asking_for_a_pdf_says_how_to_get_one(tmp_path, capsys):
    from compkit.cli import main

    assert main(["render", "cis", "-o", str(tmp_path / "cis.pdf")]) == 2
    err = capsys.readouterr().err
    assert "unknown document format '.pdf'; expected one of: docx, html, md" in err
    assert "for a PDF, render .html and print it from a browser" in err
    assert "soffice --headless --convert-to pdf" in err
    assert not (tmp_path / "cis.pdf").exists()
    assert main(["render", "cis", "-o", str(tmp_path / "cis.txt")]) == 2
    assert "for a PDF" not in capsys.readouterr().err


def _grouped(groups: dict[str, str], of: dict[str, str]):
    """A self-written framework: competencies ``of`` their groups (id -> name in ``groups``)."""
    from compkit.framework.io import to_dict

    doc = to_dict(_ladder(comps=tuple(of)))
    doc["groups"] = [{"id": gid, "name": name} for gid, name in groups.items()]
    for comp in doc["competencies"]:
        comp["group"] = of[comp["id"]]
    return from_dict(doc)


def _group_heads(data: bytes) -> list[tuple[str, list[str], list[str]]]:
    """Each group heading of the redline: its text, the words inserted and the words deleted."""
    out = []
    for para in docx.Document(io.BytesIO(data)).paragraphs:
        if para.style.name == "Heading 1" and para._p.xpath("string(.)") not in (
            "Levels",
            "Role profiles",
        ):
            ins = [t.text for t in para._p.xpath(".//w:ins//w:t")]
            dels = [t.text for t in para._p.xpath(".//w:del//w:delText")]
            out.append((para.text, ins, dels))
    return out


def test_a_renamed_added_or_removed_group_is_tracked_in_its_heading():
    old = _grouped(
        {"people": "People", "spare": "Spare", "work": "Work"},
        {"alpha": "people", "bravo": "work"},
    )
    new = _grouped(
        {"people": "People and teams", "work": "Work", "growth": "Growth"},
        {"alpha": "people", "bravo": "work", "charlie": "growth"},
    )
    heads = _group_heads(render_redline(old, new))
    assert heads == [
        ("", ["People and teams"], ["People"]),
        ("", [], ["Spare"]),  # struck out where it stood, below People (518da43)
        ("Work", [], []),
        ("", ["Growth"], []),
    ]


def test_unchanged_groups_print_as_before():
    fw = _grouped({"people": "People", "work": "Work"}, {"alpha": "people", "bravo": "work"})
    assert _group_heads(render_redline(fw, fw)) == [("People", [], []), ("Work", [], [])]


_QUOTED = """\
# An author's file: every statement in double quotes, a comment kept.
schema_version: 1
id: quoted
title: Quoted Test Framework
organisation: Probe Works
levels:
  - {id: one, name: "Level One", rank: 1}
competencies:
  - id: craft
    name: "Craft"
    indicators:
      - id: craft-one-1
        level: one
        text: "Writes tidy code."  # checked with the team
        source: {lines: [3]}
"""


def test_a_new_statement_takes_its_neighbours_quotes(tmp_path):
    from compkit.authoring import add_indicator, write_yaml

    path = tmp_path / "quoted.yaml"
    path.write_text(_QUOTED, encoding="utf-8")
    write_yaml(add_indicator(path, "craft", "one", "Reviews a colleague's change."), path)
    assert path.read_text(encoding="utf-8") == _QUOTED + (
        "      - id: craft-one-2\n"
        "        level: one\n"
        '        text: "Reviews a colleague\'s change."\n'
    )


def test_a_new_group_takes_its_neighbours_quotes_in_a_flow_map(tmp_path):
    from compkit.authoring import write_yaml
    from compkit.framework.io import load, to_dict

    path = tmp_path / "quoted.yaml"
    path.write_text(
        _QUOTED.replace(
            "competencies:\n", 'groups:\n  - {id: core, name: "Core"}\ncompetencies:\n'
        ),
        encoding="utf-8",
    )
    doc = to_dict(load(path))
    doc["groups"].append({"id": "extra", "name": "Extra"})
    write_yaml(from_dict(doc), path)
    text = path.read_text(encoding="utf-8")
    assert '  - {id: core, name: "Core"}\n  - {id: extra, name: "Extra"}\n' in text


def test_an_edit_adds_no_default_the_author_left_out(tmp_path):
    from compkit.authoring import set_text, write_yaml

    path = tmp_path / "quoted.yaml"
    path.write_text(_QUOTED, encoding="utf-8")
    write_yaml(set_text(path, "craft-one-1", "Writes neat code."), path)
    assert path.read_text(encoding="utf-8") == _QUOTED.replace(
        '"Writes tidy code."', '"Writes neat code."'
    )  # no "competency_term: competency" or "cumulative: true" written in
