"""`compkit check` read by an author: the most severe findings first, and counted by rule.

A framework with hundreds of findings (DDaT's 1,804 skill statements with a full stop added to
a fifth of them: 356 end-punctuation findings, info) printed its 45 warnings around those 356
lines, the doubled word and the invisible characters last; the summary said "406 findings
(45 warning, 361 info)" and not which rules made them. Self-written statements.
"""

from __future__ import annotations

from pathlib import Path

import yaml

from compkit.cli import main

CLEAN = yaml.safe_load((Path(__file__).parent / "data" / "checks" / "clean.yaml").read_text())


def test_the_table_opens_with_the_warnings_and_counts_by_rule(tmp_path, capsys):
    texts = [f"Reviews the pull requests of week {k}" for k in range(1, 81)]
    texts += [f"Plans the work of week {k}." for k in range(1, 21)]  # T011, info
    texts += ["Writes writes clear notes"]  # T013, a warning
    inds = [{"id": f"craft-{k}", "level": "one", "text": t} for k, t in enumerate(texts, 1)]
    doc = {k: v for k, v in CLEAN.items() if k not in ("roles", "values", "competencies")}
    path = tmp_path / "many.yaml"
    path.write_text(
        yaml.safe_dump(
            {**doc, "competencies": [{"id": "craft", "name": "Craft", "indicators": inds}]}
        )
    )
    main(["check", str(path), "--ignore", "S001", "--fail-on", "never"])
    out, err = capsys.readouterr()
    rows = [line.split()[1] for line in out.splitlines()[2:] if not line.startswith(" ")]
    assert rows[0] == "T013" and set(rows[1:]) == {"T011"}
    assert (
        "by rule: T013 doubled-word 1 (warning); T011 end-punctuation-breaks-pattern 20 (info)"
        in err
    )
    # markdown, read in a pull request, in the same order
    main(["check", str(path), "--ignore", "S001", "--format", "markdown", "--fail-on", "never"])
    md = capsys.readouterr().out
    assert md.index("T013") < md.index("T011")
