"""Time theme assignment and the comparison tables as frameworks grow, to show they scale linearly.

The bundled CiS framework is replicated K times (K x 62 statements, ids made unique) and read
against the bundled vocabulary (18 themes, one vectorised regular expression per theme, no loop
over statements or pairs). Prints seconds per run (median of N) and the time per 1,000
statements, whose ratio between the largest and the smallest size should stay near 1 (linear).

Run: ``.venv/bin/python benchmarks/bench_themes.py [N]``
"""

import statistics
import sys
import time

import compkit
from compkit.compare.tables import statements
from compkit.framework.build import from_dict


def replicated(k: int):
    data = compkit.framework.to_dict(compkit.load("cis"))
    data["id"] = f"cis-x{k}"
    for comp in data["competencies"]:
        comp["indicators"] = [
            {**ind, "id": f"{ind['id']}-{copy}", "source": {}}
            for copy in range(k)
            for ind in comp["indicators"]
        ]
    return from_dict(data)


def median_time(fn, n: int) -> float:
    times = []
    for _ in range(n):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main(n: int = 5) -> None:
    rows = []
    for k in (1, 10, 100):
        fw = replicated(k)
        fw.indicators  # build the tables once, outside the timing  # noqa: B018
        size = len(fw.indicator_records)
        themes = median_time(lambda fw=fw: compkit.compare.assign_themes(fw, overrides=False), n)
        readings = median_time(lambda fw=fw: statements(fw), n)
        rows.append((size, themes, readings))
        print(
            f"{size:>7} statements: assign_themes {themes:.3f} s "
            f"({1e6 * themes / size:.0f} µs per statement), "
            f"statements (voice, scope, length) {readings:.3f} s"
        )
    small, large = rows[0], rows[-1]
    print(
        f"time per statement, largest / smallest: assign_themes "
        f"{(large[1] / large[0]) / (small[1] / small[0]):.2f}, "
        f"statements {(large[2] / large[0]) / (small[2] / small[0]):.2f} "
        "(below 1: fixed costs amortised; linear or better)"
    )


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 5)
