"""Compare frameworks: side-by-side tables, themes, plots, the report and the dashboard."""
