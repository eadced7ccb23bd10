"""Scale of cross-walk suggestions: top-10 for 20,000 x 20,000 synthetic indicators.

Two synthetic frameworks of 20,000 statements each are made by recombining the words of the
bundled statements (seeded). Their embeddings (WordLlama, the default backend) are timed
apart. Then, on the same vectors:

- **bare product**: every dot product computed (in blocks, the result thrown away): the floor;
- **blocked top-k**: :func:`compkit.crosswalk.topk`, what :func:`compkit.suggest` runs;
- **naive**: the full 20,000 x 20,000 score matrix, then ``argpartition`` per row.

Time is wall-clock (best of ``REPEAT``); peak memory is what tracemalloc saw allocated during the
step (numpy reports its arrays to it). Ratios are against the bare product. Finally the whole
``suggest`` (hybrid with WordLlama vectors: embeddings, TF-IDF, context, level prior, word
alignment) on the two synthetic frameworks, and the seed cross-walk (CiS 62 x WSX 153) with the
default ensemble once its models are loaded.

Run: ``.venv/bin/python benchmarks/bench_crosswalk_scale.py`` (``--n 5000`` for a quick run)
"""

import argparse
import gc
import time
import tracemalloc

import numpy as np

import compkit
from compkit.crosswalk import embed, suggest, topk
from compkit.framework.model import Competency, Framework, Indicator, Level

REPEAT = 2


def statements(n: int, seed: int) -> list[str]:
    words = " ".join(
        compkit.combine(*compkit.load_all().values())["text"].str.lower().tolist()
    ).split()
    rng = np.random.default_rng(seed)
    lengths = rng.integers(6, 24, size=n)
    picks = rng.integers(0, len(words), size=int(lengths.sum()))
    out, at = [], 0
    for i, size in enumerate(lengths):
        out.append(" ".join(words[j] for j in picks[at : at + size]).capitalize() + f" ({i})")
        at += size
    return out


def framework(name: str, texts: list[str], levels: int, comps: int) -> Framework:
    lv = tuple(Level(f"l{i}", f"Level {i}", i) for i in range(1, levels + 1))
    cs = tuple(Competency(f"c{i}", f"Competency {i}") for i in range(comps))
    ind = tuple(
        Indicator(f"{name}-{i}", f"c{i % comps}", f"l{i % levels + 1}", i, t)
        for i, t in enumerate(texts)
    )
    return Framework(name, f"Synthetic {name}", "Synthetic", lv, cs, ind)


def measure(step):
    best, peak, result = float("inf"), 0, None
    for _ in range(REPEAT):
        gc.collect()
        tracemalloc.start()
        start = time.perf_counter()
        result = step()
        best = min(best, time.perf_counter() - start)
        peak = max(peak, tracemalloc.get_traced_memory()[1])
        tracemalloc.stop()
        result = None if step is not None else result
    return best, peak


def bare(a, b, block=1024):
    for start in range(0, a.shape[0], block):
        _ = a[start : start + block] @ b.T


def naive(a, b, k=10):
    scores = a @ b.T
    idx = np.argpartition(scores, -k, axis=1)[:, -k:]
    order = np.argsort(-np.take_along_axis(scores, idx, axis=1), axis=1)
    return np.take_along_axis(idx, order, axis=1)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--n", type=int, default=20_000)
    parser.add_argument("--k", type=int, default=10)
    args = parser.parse_args()
    n, k = args.n, args.k
    print(f"Synthetic cross-walk: {n:,} x {n:,} indicators, top-{k}\n")

    left, right = statements(n, 1), statements(n, 2)
    embed(["warm up the model"])
    start = time.perf_counter()
    a = embed(left)
    b = embed(right)
    embedding = time.perf_counter() - start
    print(
        f"embedding {2 * n:,} statements (wordllama, 256-d): {embedding:.2f} s "
        f"({2 * n / embedding:,.0f} statements/s), reported apart\n"
    )

    rows = []
    t_bare, m_bare = measure(lambda: bare(a, b))
    rows.append(("bare product (floor)", t_bare, m_bare))
    t_top, m_top = measure(lambda: topk(a, b, k, progress=False))
    rows.append(("blocked top-k (compkit)", t_top, m_top))
    t_naive, m_naive = measure(lambda: naive(a, b, k))
    rows.append(("naive full matrix", t_naive, m_naive))
    cols, _ = topk(a, b, k, progress=False)
    same = bool((np.sort(cols, axis=1) == np.sort(naive(a, b, k), axis=1)).mean() > 0.999)

    print(f"{'step':<26}{'time (s)':>10}{'x bare':>9}{'peak MiB':>11}")
    for name, t, m in rows:
        print(f"{name:<26}{t:>10.2f}{t / t_bare:>9.2f}{m / 2**20:>11.0f}")
    print(
        f"\nblocked top-k vs naive: {t_naive / t_top:.2f}x faster, "
        f"{m_naive / max(m_top, 1):.1f}x less memory; same candidates: {same}"
    )
    print(
        f"targets: top-{k} within 2x the bare product: {t_top / t_bare:.2f}x "
        f"({'met' if t_top <= 2 * t_bare else 'NOT met'}); peak under 1 GiB: "
        f"{m_top / 2**30:.2f} GiB ({'met' if m_top < 2**30 else 'NOT met'})"
    )

    fa, fb = framework("syna", left, 5, 12), framework("synb", right, 4, 8)
    start = time.perf_counter()
    tracemalloc.start()
    s = suggest(fa, fb, top=k, backend="wordllama", progress=True)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    print(
        f"\nsuggest(hybrid, wordllama) end to end, {n:,} x {n:,}: "
        f"{time.perf_counter() - start:.2f} s (a ranking pass, then one per round of the level "
        f"prior, word-alignment re-ranking and explanations; embeddings cached), "
        f"peak {peak / 2**20:.0f} MiB, {len(s):,} suggestions"
    )

    cis, wsx = compkit.load("cis"), compkit.load("wsx")
    suggest(cis, wsx)  # model loaded, statements embedded
    runs = []
    for _ in range(5):
        start = time.perf_counter()
        suggest(cis, wsx, top=5)
        runs.append(time.perf_counter() - start)
    from compkit.crosswalk import embeddings

    embeddings._CACHE.clear()  # the model stays loaded, the statements are embedded again
    start = time.perf_counter()
    suggest(cis, wsx, top=5)
    fresh = time.perf_counter() - start
    print(
        f"seed cross-walk CiS 62 x WSX 153, model loaded: {min(runs) * 1000:.0f} ms "
        f"(statements embedded again: {fresh * 1000:.0f} ms; target under 1 s)"
    )


if __name__ == "__main__":
    main()
