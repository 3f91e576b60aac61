"""Fit the score's weights and level cut-offs on the corpus, and say how good they are.

    python -m workflows.readability.calibrate          fit, print figures, write weights.json
    python -m workflows.readability.calibrate --check  fit, print; exit 1 if weights.json differs

The fit sees only the texts marked ``train`` in ``corpus/labels.tsv``. It prints
k-fold cross-validated figures on those, and the figures on the ``heldout`` texts,
which nothing here ever fits on. It is deterministic: plain Python, a fixed number of
coordinate-descent sweeps, folds and ties decided by name, not chance.

Levels are scored A2=25, B1=50, B2=75, C1=100. The weights come from ridge least
squares on standardised features, each weight kept on the side of zero that its
feature's direction allows (``model.SCORE_FEATURES``). Each level cut-off is then
the point between two neighbouring levels with the fewest texts on the wrong side,
counting the hard bounds as the engine applies them. The calibration judges every
text for ouders with the engine's default thresholds, which ``settings.READABILITY``
must keep (a test checks that).
"""

import argparse
import itertools
import json
import sys
import zlib
from dataclasses import dataclass, replace
from pathlib import Path

from content_models.demo.glossary import GLOSSARY as DEMO_GLOSSARY

from . import model
from .engine import Features, Finding, GlossaryEntry, Report, Thresholds, analyse, judge

CORPUS = Path(__file__).with_name("corpus")
TARGETS = {level: 25.0 * (index + 1) for index, level in enumerate(model.LEVELS)}
NOMINAL_CUTS = (37.5, 62.5, 87.5)
RIDGE = 2.0  # penalty on standardised weights: with ~90 texts, keeps 12 weights stable
FOLDS = 5
SWEEPS = 2000
GATE_TARGET = "B1"  # the target for ouders: A2 and B1 pass, B2 and C1 do not
GLOSSARY = [GlossaryEntry(term, abbr, text) for _, term, abbr, text, _ in DEMO_GLOSSARY]


@dataclass
class Sample:
    id: str
    level: str
    register: str
    kind: str
    pair: str
    split: str
    features: Features
    findings: list[Finding]


def load(folder: Path = CORPUS) -> list[Sample]:
    """Every text of the corpus, analysed once (the features do not depend on weights)."""
    lines = (folder / "labels.tsv").read_text("utf-8").splitlines()
    header = lines[0].split("\t")
    samples = []
    for line in lines[1:]:
        row = dict(zip(header, line.split("\t"), strict=True))
        text = (folder / "texts" / f"{row['id']}.txt").read_text("utf-8")
        report = analyse(text, Thresholds(), GLOSSARY)
        samples.append(
            Sample(
                row["id"], row["level"], row["register"], row["kind"], row["pair"],
                row["split"], report.features, report.findings,
            )
        )  # fmt: skip
    return samples


def _vector(features: Features) -> list[float]:
    return [getattr(features, name) for name in model.SCORE_FEATURES]


def fit_weights(samples: list[Sample]) -> tuple[float, dict[str, float]]:
    """Sign-constrained ridge regression by cyclic coordinate descent."""
    rows = [_vector(s.features) for s in samples]
    y = [TARGETS[s.level] for s in samples]
    n, p = len(rows), len(model.SCORE_FEATURES)
    means = [sum(r[j] for r in rows) / n for j in range(p)]
    stds = [(sum((r[j] - means[j]) ** 2 for r in rows) / n) ** 0.5 or 1.0 for j in range(p)]
    z = [[(r[j] - means[j]) / stds[j] for j in range(p)] for r in rows]
    y_mean = sum(y) / n
    residual = [value - y_mean for value in y]
    w = [0.0] * p
    signs = list(model.SCORE_FEATURES.values())
    for _ in range(SWEEPS):
        for j in range(p):
            column = [row[j] for row in z]
            rho = sum(c * (r + c * w[j]) for c, r in zip(column, residual, strict=True))
            new = rho / (sum(c * c for c in column) + RIDGE)
            new = max(new, 0.0) if signs[j] > 0 else min(new, 0.0)
            if new != w[j]:
                residual = [r - c * (new - w[j]) for c, r in zip(column, residual, strict=True)]
                w[j] = new
    weights = {
        name: round(w[j] / stds[j], 6) for j, name in enumerate(model.SCORE_FEATURES) if w[j] != 0.0
    }
    intercept = y_mean - sum(w[j] * means[j] / stds[j] for j in range(p))
    return round(intercept, 6), weights


def fit_cuts(samples: list[Sample], weights: dict) -> list[float]:
    """Per boundary, the cut with the fewest texts on the wrong side (ties: nearest nominal)."""
    thresholds = Thresholds()
    bound_index = model.LEVELS.index(thresholds.bound_level)
    scored = [
        (model.score(s.features, weights), model.LEVELS.index(s.level),
         bool(judge(s.features, s.findings, thresholds, weights).bounds))
        for s in samples
    ]  # fmt: skip
    scores = sorted({value for value, _, _ in scored})
    candidates = [round((a + b) / 2, 2) for a, b in itertools.pairwise(scores)]
    cuts = []
    for boundary, nominal in enumerate(NOMINAL_CUTS):

        def errors(cut: float, boundary: int = boundary) -> int:
            wrong = 0
            for value, level, bounded in scored:
                above = value >= cut or (bounded and bound_index > boundary)
                wrong += above != (level > boundary)
            return wrong

        cuts.append(min(candidates or [nominal], key=lambda c: (errors(c), abs(c - nominal), c)))
    return [max(cuts[: i + 1]) for i in range(len(cuts))]  # keep them in order


def fit(samples: list[Sample]) -> dict:
    intercept, weights = fit_weights(samples)
    candidate = {"intercept": intercept, "weights": weights}
    candidate["level_scores"] = fit_cuts(samples, candidate)
    return candidate


def grade(sample: Sample, weights: dict) -> Report:
    thresholds = replace(Thresholds(), level_scores=tuple(weights["level_scores"]))
    return judge(sample.features, sample.findings, thresholds, weights)


def figures(samples: list[Sample], reports: list[Report]) -> dict:
    """Gate, exact level, within one level, pair order and the same per kind."""

    def tally(indices: list[int]) -> dict:
        gate = exact = within = 0
        for i in indices:
            truth, found = model.LEVELS.index(samples[i].level), reports[i]
            predicted = model.LEVELS.index(found.level)
            gate += found.meets_target == (truth <= model.LEVELS.index(GATE_TARGET))
            exact += predicted == truth
            within += abs(predicted - truth) <= 1
        return {"n": len(indices), "gate": gate, "exact": exact, "within_one": within}

    result = tally(list(range(len(samples))))
    pairs: dict[str, list[int]] = {}
    for i, sample in enumerate(samples):
        if sample.pair != "-":
            pairs.setdefault(sample.pair, []).append(i)
    ordered = 0
    for members in pairs.values():
        easy, hard = sorted(members, key=lambda i: model.LEVELS.index(samples[i].level))
        ordered += reports[hard].score > reports[easy].score
    result["pairs"], result["pairs_ordered"] = len(pairs), ordered
    kinds = sorted({s.kind for s in samples})
    result["kinds"] = {k: tally([i for i, s in enumerate(samples) if s.kind == k]) for k in kinds}
    return result


def cross_validate(samples: list[Sample]) -> dict:
    """k-fold over the training texts; the two texts of a pair stay in one fold."""
    folds = [zlib.crc32((s.pair if s.pair != "-" else s.id).encode()) % FOLDS for s in samples]
    reports: list[Report | None] = [None] * len(samples)
    for fold in range(FOLDS):
        weights = fit([s for s, f in zip(samples, folds, strict=True) if f != fold])
        for i, sample in enumerate(samples):
            if folds[i] == fold:
                reports[i] = grade(sample, weights)
    return figures(samples, reports)


def show(title: str, result: dict) -> None:
    n = result["n"]
    print(f"{title}: {n} texts")
    for name in ("gate", "exact", "within_one"):
        print(f"  {name:11} {result[name]:3}/{n} ({result[name] / n:.0%})")
    print(f"  pair order  {result['pairs_ordered']:3}/{result['pairs']}")
    for kind, t in result["kinds"].items():
        print(
            f"    {kind:14} n={t['n']:2}  gate {t['gate']}/{t['n']}  exact {t['exact']}/{t['n']}"
            f"  within one {t['within_one']}/{t['n']}"
        )


def render(weights: dict) -> str:
    return json.dumps(weights, indent=2, sort_keys=True) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="do not write; exit 1 if different")
    args = parser.parse_args(argv)
    samples = load()
    train = [s for s in samples if s.split == "train"]
    heldout = [s for s in samples if s.split == "heldout"]
    weights = fit(train)
    show(f"{FOLDS}-fold cross-validation (train)", cross_validate(train))
    show("Held out", figures(heldout, [grade(s, weights) for s in heldout]))
    print(json.dumps(weights, sort_keys=True))
    if args.check:
        same = model.WEIGHTS_FILE.read_text("utf-8") == render(weights)
        print("weights.json is up to date." if same else "weights.json differs from the fit.")
        return 0 if same else 1
    model.WEIGHTS_FILE.write_text(render(weights), "utf-8")
    print(f"Wrote {model.WEIGHTS_FILE}.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
