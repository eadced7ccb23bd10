"""Author a revised framework: workbook and CSV tables, YAML saving, the editor, diffs, drafts, CASE, documents."""
