"""Time `import compkit` + loading both bundled frameworks against a bare `import pandas, networkx`.

Each measurement is a fresh interpreter (so nothing is cached in-process); the two commands are
interleaved and the median of N runs is reported with the ratio. Target: ratio <= 1.3.

Run: ``.venv/bin/python benchmarks/bench_import.py [N]``
"""

import statistics
import subprocess
import sys
import time

BASELINE = "import pandas, networkx"
COMPKIT = "import compkit; fws = compkit.load_all(); [fw.indicators for fw in fws.values()]"


def once(code: str) -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", code], check=True)
    return time.perf_counter() - start


def main(n: int = 15) -> None:
    once(BASELINE), once(COMPKIT)  # warm the file cache
    base, ours = [], []
    for _ in range(n):
        base.append(once(BASELINE))
        ours.append(once(COMPKIT))
    b, o = statistics.median(base), statistics.median(ours)
    print(f"bare `{BASELINE}`:                 median {b * 1000:7.1f} ms over {n} runs")
    print(f"`import compkit` + load both frameworks: median {o * 1000:7.1f} ms over {n} runs")
    print(f"ratio: {o / b:.2f} (target <= 1.30)")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 15)
