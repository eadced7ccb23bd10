"""What every ``compkit`` command shares: exit statuses, the argument parser, plain tables."""

from __future__ import annotations

import argparse

from ..errors import UsageError

EXIT_OK, EXIT_FINDINGS, EXIT_BAD_INPUT = 0, 1, 2
FRAMEWORK_HELP = "a bundled framework id (cis, wsx) or the path of a framework YAML file"


class Parser(argparse.ArgumentParser):
    """An argument parser whose errors are one line and exit with status 2."""

    def error(self, message: str):  # type: ignore[override]
        raise UsageError(f"{message} (see '{self.prog} --help')")


def format_table(frame) -> str:
    """Render a DataFrame as a plain left-aligned text table (full text, no truncation).

    Examples
    --------
    >>> import pandas as pd
    >>> print(format_table(pd.DataFrame({"id": ["a", "bb"], "n": [1, 22]})))
    id  n
    --  --
    a   1
    bb  22
    """
    cells = [[str(c) for c in frame.columns]] + [
        ["" if v is None else str(v) for v in row] for row in frame.itertuples(index=False)
    ]
    widths = [max(len(row[i]) for row in cells) for i in range(len(frame.columns))]
    lines = [
        "  ".join(v.ljust(w) for v, w in zip(row, widths, strict=True)).rstrip() for row in cells
    ]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)
