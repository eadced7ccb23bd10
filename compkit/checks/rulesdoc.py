"""The rules' documentation as one Markdown page: the content of ``docs/rules.md``.

The page lists every rule of the registry, its measured precision (from the judgements read by
:mod:`compkit.checks.precision`) and each rule's documentation, family by family.
"""

from __future__ import annotations

from .precision import precision_markdown
from .registry import FAMILIES, sorted_rules


def rules_markdown() -> str:
    """All rules' documentation as one Markdown page (the content of ``docs/rules.md``)."""
    lines = [
        "# Consistency rules",
        "",
        "Generated from the rule registry (`python -m compkit.checks > docs/rules.md`); "
        "`compkit rule CODE` prints one rule. Switch rules off for a framework with "
        "`rules: {ignore: [CODE, ...]}` in its YAML file; opt-in rules run only when "
        "selected (`compkit check FILE --select P002`).",
        "",
        "| code | name | severity | what it finds |",
        "| --- | --- | --- | --- |",
    ]
    lines += [
        f"| {r.code} | `{r.name}` | {r.severity}{'' if r.default else ', opt-in'} | {r.summary} |"
        for r in sorted_rules()
    ]
    lines += ["", *precision_markdown()]
    for prefix, family in FAMILIES.items():
        lines += ["", f"## {family} ({prefix})", ""]
        lines += [r.markdown() for r in sorted_rules() if r.code.startswith(prefix)]
    return "\n".join(lines).rstrip() + "\n"
