"""Twenty-eighth probe round (C): the checker read by an author, and false findings mended.

``compkit check`` on a framework with hundreds of findings: the table was over 300 columns wide
and never showed the statement; the Markdown of 406 findings was over GitHub's limit on a
comment (65,536 characters), so the comment was refused whole; GitHub dropped every annotation
past ten of a kind without a word.

Over 191 frameworks nobody judged, four kinds of false finding, in the forms the sweep found:
a contributor ladder's role titles ("other Maintainers", where Maintainer is a level) and a
document's title ("Code of Conduct") read as stray words (T004); a heading run into the
paragraph under it ("Bachelor's level Students at ...", "PhD PhD students ...") read as a
capital mid-sentence (T008) and a doubled word (T013); each role's conditions of entry
("Nominated by a maintainer") read as repeats at a higher level (C001); and an adjective in
-ed after "Have" ("Have limited insight") read as a participle (T007), which a list of three
words answered; two names joined by "and" or "or" ("Engineering and Product leadership",
"Microsoft Excel or Access") read as capitals mid-sentence (T008); "reportees" read as a
misspelling (T005). Statements are self-written.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pandas as pd
import yaml

from compkit.checks import check
from compkit.cli import main
from compkit.cli.checkview import table
from compkit.testing import framework_on

CLEAN = yaml.safe_load((Path(__file__).parent / "data" / "checks" / "clean.yaml").read_text())
#: A long statement, as policy-style frameworks write them (over two lines of a terminal).
LONG = (
    "Reviews the pull requests of week {k} against the team's written standards for security, "
    "accessibility and performance, and explains each each requested change so that its author "
    "learns the reason behind it rather than the rule alone"
)


def _many(tmp_path: Path) -> Path:
    """A framework of 400 statements: 300 long with a doubled word (T013), 100 with a stop (T011)."""
    texts = [LONG.format(k=k) for k in range(1, 301)]
    texts += [f"Plans the work of week {k} with the team and writes it down." for k in range(100)]
    inds = [{"id": f"craft-{k}", "level": "one", "text": t} for k, t in enumerate(texts, 1)]
    doc = {k: v for k, v in CLEAN.items() if k not in ("roles", "values", "competencies")}
    doc["competencies"] = [{"id": "craft", "name": "Craft", "indicators": inds}]
    path = tmp_path / "many.yaml"
    path.write_text(yaml.safe_dump(doc), encoding="utf-8")
    return path


def _run(capsys, *argv):
    main([*argv, "--ignore", "S001", "--fail-on", "never"])
    return capsys.readouterr()


def test_the_table_fits_a_terminal_and_quotes_each_statement(tmp_path, monkeypatch, capsys):
    path = _many(tmp_path)
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("COLUMNS", "100")
    out = _run(capsys, "check", str(path)).out
    lines = out.splitlines()
    assert max(map(len, lines)) <= 100
    # each finding: its line, then its message and its statement indented under it
    at = lines.index(next(line for line in lines if line.startswith("many.yaml:")))
    spot, message, quote = lines[at : at + 3]
    assert spot.split()[1:3] == ["T013", "warning"]  # warnings first
    assert message == "    'each each': the word 'each' is written twice"
    assert quote.startswith("    > Reviews the pull requests of week ")
    # a long statement is quoted in its first two lines, its end cut with "…"
    assert lines[at + 3].endswith(" …") and lines[at + 4].startswith("many.yaml:")
    assert lines[-2].startswith("    ends with a full stop")
    assert lines[-1].startswith("    > Plans the work of week ")
    monkeypatch.setenv("COLUMNS", "60")
    out = _run(capsys, "check", str(path), "--select", "T003,T011").out
    assert max(map(len, out.splitlines())) <= 60


def test_a_long_statement_id_stands_on_a_line_of_its_own():
    frame = pd.DataFrame(
        [
            {
                "code": "C003",
                "severity": "warning",
                "indicator_id": "adapting-to-delivery-methodologies-awareness-3-and-more",
                "file": "/w/frameworks/ddat-skills-with-a-long-name.yaml",
                "line": 123,
                "message": "is identical to statements of 2 other competencies at Awareness",
            }
        ]
    )
    lines = table(frame, ["explain why iteration is important"], columns=80).splitlines()
    assert max(map(len, lines)) <= 80
    spot = "/w/frameworks/ddat-skills-with-a-long-name.yaml:123"
    assert lines[2].split() == [spot, "C003", "warning"]
    assert lines[3].strip() == "adapting-to-delivery-methodologies-awareness-3-and-more"


def test_markdown_keeps_within_a_comment_and_says_what_it_left_out(tmp_path, capsys):
    path = _many(tmp_path)
    md = _run(capsys, "check", str(path), "--format", "markdown").out
    assert len(md) <= 65_536
    assert "| Where | Rule | Severity | Statement | Finding |" in md
    assert "| Reviews the pull requests of week 1 against" in md  # the statement, not its id
    assert md.count(" …") > 100  # each long statement shortened to a readable quote
    listed = md.count("| T013 doubled-word | warning |") - 1  # the count by rule has one too
    last = md.rstrip().splitlines()[-1]
    assert 100 < listed < 300 and "T011 end-punctuation" not in md.split("| --- |")[-1]
    assert last.startswith(f"*{400 - listed} more findings not listed: a comment holds 65,536")
    # the machine formats keep every finding
    found = list(
        csv.DictReader(io.StringIO(_run(capsys, "check", str(path), "--format", "csv").out))
    )
    assert sum(r["code"] == "T011" for r in found) == 100


def test_github_says_when_annotations_go_unshown(tmp_path, capsys):
    path = _many(tmp_path)
    captured = _run(capsys, "check", str(path), "--format", "github")
    assert captured.out.count("::notice ") == 100  # every finding is written
    assert (
        "note: GitHub shows 10 annotations of each kind per step (300 warnings, 100 notices here)"
        in captured.err
    )


def _messages(fw, code: str) -> list[str]:
    return [f.message for f in check(fw, select=code)]


def _ladder(cells: dict) -> dict:
    """The clean framework's document on a contributor ladder's levels (roles)."""
    doc = {k: v for k, v in CLEAN.items() if k not in ("roles", "values", "competencies")}
    doc["levels"] = [
        {"id": "contributor", "name": "Contributor", "rank": 1},
        {"id": "member", "name": "Member", "rank": 2},
        {"id": "maintainer", "name": "Maintainer (Project-Wide)", "rank": 3},
    ]
    return framework_on(doc, cells)


def test_a_role_title_or_a_document_title_ends_a_statement_as_a_term():
    fw = _ladder(
        {
            "Requirements": {
                "contributor": ["Must follow the Community Code of Conduct."],
                "member": ["Must be a sponsored Member.", "Mentors new contributors."],
                "maintainer": [
                    "Nominated by a project maintainer with no objections from other Maintainers."
                ],
            },
            "Craft": {"member": ["Plans the work with managers and service users Person"]},
        }
    )
    assert _messages(fw, "T004") == [
        "ends with a capitalised 'Person' after 'users': a stray word left by document "
        "conversion, or a wrong capital"
    ]


def test_a_condition_of_each_role_repeated_is_no_repeat():
    fw = _ladder(
        {
            "Requirements": {
                "member": ["Nominated by a maintainer", "With no objections from other members"],
                "maintainer": [
                    "Nominated by a maintainer",
                    "With no objections from other members",
                    "Reviews pull requests across the whole project",
                ],
            },
            "Craft": {
                "member": ["Reviews pull requests for the team's own services"],
                "maintainer": ["Reviews pull requests for the team's own services"],
            },
        }
    )
    (found,) = check(fw, select="C001")  # the behaviour repeated, not the conditions
    assert found.indicator_id == "craft-maintainer-1"


PARAGRAPH = (
    "{} the undergraduate level mostly consume knowledge. During their studies, they should "
    "learn about the digital tools of their field and where to find help with them."
)


def test_a_heading_run_into_its_paragraph_is_said_to_be_one():
    texts = [
        "Bachelor's level " + PARAGRAPH.format("Students at"),
        "PhD PhD " + PARAGRAPH.format("students at"),
        "Works with " + PARAGRAPH.format("Notes at"),  # a clause goes on after "with"
        "Supports the team and writes clear notes for the students.",
        "Supports the engineering team with product questions.",
        "Writes clear notes for students.",
    ]
    fw = framework_on(CLEAN, {"Craft": {"one": texts}})
    assert _messages(fw, "T008") == [
        "'Bachelor's level' reads as a heading run into the paragraph opening 'Students ...': "
        "put it on a line of its own, or delete it",
        "'Notes' is capitalised mid-sentence, but is written in lower case elsewhere (4 times)",
    ]
    assert _messages(fw, "T013") == [
        "'PhD' reads as a heading run into the paragraph opening 'PhD ...': put it on a line of "
        "its own, or delete it"
    ]
    # a doubled word at the start of a short statement is still a slip
    fw = framework_on(CLEAN, {"Craft": {"one": ["Apply apply modern standards under guidance"]}})
    assert _messages(fw, "T013") == ["'Apply apply': the word 'Apply' is written twice"]


def test_an_adjective_in_ed_after_have_is_no_participle():
    bare = [f"Plan the work of week {k} with the team" for k in range(1, 13)]
    texts = [
        *bare,
        "Have sophisticated understanding of the data",
        "Have varied experience across the team's services",
        "Have mentored interns",
    ]
    fw = framework_on(CLEAN, {"Craft": {"one": texts}})
    found = [f.indicator_id for f in check(fw, select="T007")]
    assert found == ["craft-one-15"]  # "Have mentored interns" needs a subject


def test_two_names_joined_by_and_or_or_are_names():
    texts = [
        "Works with Engineering and Product leadership on the roadmap.",
        "Uses a spreadsheet such as Excel or Access for the figures.",
        "Reports to the team, Department heads and other staff.",
        "Grows the engineering team and the product.",
        "Keeps the department informed and tracks access to the site.",
    ]
    fw = framework_on(CLEAN, {"Craft": {"one": texts}})
    assert _messages(fw, "T008") == [
        "'Department' is capitalised mid-sentence, but is written in lower case elsewhere (1 time)"
    ]


def test_reportees_is_a_word():
    fw = framework_on(CLEAN, {"Craft": {"one": ["Ensures reportees are trained on risk."]}})
    assert _messages(fw, "T005") == []
