"""Twenty-eighth probe round (C): the checker read by an author, and false findings mended.

``compkit check`` on a framework with hundreds of findings: the table was over 300 columns wide
and never showed the statement; the Markdown of 406 findings was over GitHub's limit on a
comment (65,536 characters), so the comment was refused whole; GitHub dropped every annotation
past ten of a kind without a word. Self-written statements.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

import yaml

from compkit.cli import main

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
