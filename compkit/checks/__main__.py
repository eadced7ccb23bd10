"""Print the rules' documentation as Markdown: ``python -m compkit.checks > docs/rules.md``."""

from .rulesdoc import rules_markdown

print(rules_markdown(), end="")
