"""Each command's examples, printed at the end of its ``--help``, as README shows them.

Every line runs as written from a fresh folder when the commands run in ``ORDER`` (each
command's files are made by one before it: the workbook ``export`` writes is the one
``import`` reads); ``tests/test_cli_probe23h.py`` runs them all.
"""

from __future__ import annotations

#: A command's examples: ``compkit`` command lines, each after a ``#`` comment saying what it
#: does. Bundled ids (cis, wsx) and files under ``build/`` only.
EXAMPLES: dict[str, tuple[tuple[str, str], ...]] = {
    "list": (("the bundled frameworks", "compkit list"),),
    "show": (
        (
            "a level and a competency, as CSV",
            'compkit show wsx --level skilled --competency "Managing Work" --format csv',
        ),
        ("a role's cumulative profile", "compkit show cis --role senior-officer"),
    ),
    "validate": (("every problem, with file and line", "compkit validate cis wsx"),),
    "export": (
        ("the workbook to read or edit", "compkit export wsx -o build/wsx.xlsx"),
        ("a 1EdTech CASE 1.1 package", "compkit export wsx --to case -o build/wsx.json"),
    ),
    "import": (
        ("an edited workbook back to YAML", "compkit import build/wsx.xlsx -o build/wsx.yaml"),
    ),
    "diff": (("what changed, word by word", "compkit diff wsx build/wsx.yaml --format md"),),
    "render": (("publish as Word", "compkit render wsx -o build/wsx.docx"),),
    "ingest": (
        (
            "a document read back into a framework file",
            "compkit ingest build/wsx.docx -o build/wsx-read.yaml --report",
        ),
    ),
    "check": (("consistency findings, a rule left out", "compkit check wsx --ignore T011"),),
    "rule": (("a rule's documentation", "compkit rule C002"),),
    "rules": (("every rule, as Markdown", "compkit rules --format md"),),
    "report": (
        ("a comparison report for a client", "compkit report cis wsx -o build/cis-wsx.html"),
        (
            "two versions of one framework",
            "compkit report wsx build/wsx.yaml -o build/wsx-versions.docx",
        ),
    ),
    "crosswalk": (
        ("suggested mappings to read", "compkit crosswalk cis wsx --top 5 -o build/cis-wsx.xlsx"),
        ("a cross-walk file to review", "compkit crosswalk cis wsx -o build/cw.sssom.tsv"),
        (
            "its workbook with drop-downs",
            "compkit crosswalk cis wsx --reviewed build/cw.sssom.tsv -o build/cw.xlsx",
        ),
    ),
    "take-review": (
        (
            "a reviewer's workbook back into the file",
            'compkit take-review build/cw.sssom.tsv build/cw.xlsx --reviewer "A. Analyst"',
        ),
    ),
    "carry": (
        (
            "the reviewed cross-walk, for a new version",
            "compkit carry cis-wsx wsx build/wsx.yaml -o build/cis-wsx-new.sssom.tsv",
        ),
    ),
}

#: The order in which every example runs from a fresh folder (files made before they are read).
ORDER = (
    "list", "show", "validate", "export", "import", "diff", "render", "ingest", "check",
    "rule", "rules", "report", "crosswalk", "take-review", "carry",
)  # fmt: skip


def examples_help(command: str) -> str:
    """The closing ``examples:`` block of ``compkit COMMAND --help`` ("" for none).

    Examples
    --------
    >>> print(examples_help("render"))
    examples:
      # publish as Word
      compkit render wsx -o build/wsx.docx
    """
    lines = []
    for said, line in EXAMPLES.get(command, ()):
        lines += [f"  # {said}", f"  {line}"]
    return "examples:\n" + "\n".join(lines) if lines else ""
