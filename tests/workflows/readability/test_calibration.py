"""Calibration: the engine against texts of known level, and the seed documents."""

from pathlib import Path

import pytest

from content_models.demo.glossary import GLOSSARY as DEMO_GLOSSARY
from workflows.readability import LEVELS, GlossaryEntry, analyse

from .corpus import CORPUS

GLOSSARY = [
    GlossaryEntry(term, abbr, explanation) for _, term, abbr, explanation, _ in DEMO_GLOSSARY
]
SEEDS = Path(__file__).resolve().parents[3].parent / "shared" / "seeds"


@pytest.fixture(scope="module")
def scored():
    return [(pair, level, analyse(text, glossary=GLOSSARY)) for pair, level, text in CORPUS]


def test_the_corpus_is_large_enough_and_covers_every_level():
    assert len(CORPUS) >= 40
    assert {level for _, level, _ in CORPUS} == set(LEVELS)


def test_level_accuracy_is_at_least_90_percent(scored):
    correct = sum(report.level == level for _, level, report in scored)
    assert correct / len(scored) >= 0.9, f"{correct}/{len(scored)}"


def test_no_text_is_more_than_one_level_off(scored):
    for pair, level, report in scored:
        assert abs(LEVELS.index(report.level) - LEVELS.index(level)) <= 1, pair


def test_the_harder_text_of_a_pair_scores_harder(scored):
    pairs: dict[str, list] = {}
    for pair, level, report in scored:
        pairs.setdefault(pair, []).append((LEVELS.index(level), report.score))
    ordered = sum(1 for texts in pairs.values() if sorted(texts)[0][1] < sorted(texts)[1][1])
    assert ordered / len(pairs) >= 0.9, f"{ordered}/{len(pairs)}"


@pytest.mark.skipif(not SEEDS.is_dir(), reason="the seed documents are not beside the checkout")
def test_the_professional_guideline_scores_harder_than_the_parent_article():
    def seed(number: str) -> str:
        return next(SEEDS.glob(f"{number}_*.txt")).read_text("utf-8")

    guideline = analyse(seed("002"), glossary=GLOSSARY)
    parent_article = analyse(seed("004"), glossary=GLOSSARY)
    assert guideline.score > parent_article.score
    assert parent_article.meets_target
