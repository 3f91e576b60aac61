"""The fitted score: weights and level cut-offs read from ``weights.json``.

``python -m workflows.readability.calibrate`` writes that file from the corpus in
``corpus/``; nothing here is tuned by hand.
"""

import json
from dataclasses import asdict
from pathlib import Path
from typing import Any

WEIGHTS_FILE = Path(__file__).with_name("weights.json")
LEVELS = ("A2", "B1", "B2", "C1")

# The features the score may use, each with the direction it may push the score in
# (+1: more of it is harder). The fit keeps every weight on its side of zero, so a
# feature can never make a text look easier for being harder in that respect.
# Glossary terms are left out: readers get their explanation on tap in the widget.
SCORE_FEATURES: dict[str, int] = {
    "mean_sentence_length": 1,
    "log_sentence_length": 1,
    "short_sentence_share": -1,
    "words_per_clause": 1,
    "syllables_per_word": 1,
    "mean_zipf": -1,
    "common_word_share": -1,
    "rare_word_share": 1,
    "long_word_share": 1,
    "nominalisation_share": 1,
    "formal_word_share": 1,
    "passive_share": 1,
    "unexplained_per_100": 1,
}


def load(path: Path = WEIGHTS_FILE) -> dict[str, Any]:
    return json.loads(path.read_text("utf-8"))


MODEL = load()


def score(features, model: dict[str, Any] = MODEL) -> float:
    """The linear score on the A2=25 … C1=100 scale (0 for a text without words)."""
    if not features.words:
        return 0.0
    values = asdict(features)
    total = model["intercept"] + sum(
        weight * values[name] for name, weight in model["weights"].items()
    )
    return round(max(total, 0.0), 1)


def level_at(value: float, level_scores) -> str:
    """The level whose cut-off (B1, B2, C1 start) ``value`` reaches last."""
    level = LEVELS[0]
    for name, start in zip(LEVELS[1:], level_scores, strict=True):
        if value >= start:
            level = name
    return level
