"""Calibration: the corpus, the shipped weights, and the figures on held-out texts."""

from dataclasses import fields
from pathlib import Path

import pytest

from workflows.readability import LEVELS, Thresholds, analyse, calibrate, model
from workflows.readability.content import thresholds_for

SEEDS = Path(__file__).resolve().parents[3].parent / "shared" / "seeds"
ADVERSARIAL = {"abbreviations", "all-passive", "ambtelijk", "long-plain", "bullets", "explained"}


@pytest.fixture(scope="module")
def corpus():
    return calibrate.load()


@pytest.fixture(scope="module")
def heldout(corpus):
    texts = [s for s in corpus if s.split == "heldout"]
    return texts, calibrate.figures(texts, [calibrate.grade(s, model.MODEL) for s in texts])


def test_the_corpus_is_large_and_covers_every_level_and_kind(corpus):
    heldout = [s for s in corpus if s.split == "heldout"]
    assert len(corpus) >= 120 and len(heldout) >= 40
    assert {s.split for s in corpus} == {"train", "heldout"}
    for part in (corpus, heldout):
        assert {s.level for s in part} == set(LEVELS)
        assert {s.kind for s in part} >= ADVERSARIAL | {"pair", "plain"}
    assert len({s.id for s in corpus}) == len(corpus)


def test_the_command_reproduces_the_shipped_weights(corpus):
    weights = calibrate.fit([s for s in corpus if s.split == "train"])
    assert weights == model.MODEL
    assert calibrate.render(weights) == model.WEIGHTS_FILE.read_text("utf-8")
    assert calibrate.main(["--check"]) == 0


def test_the_shipped_weights_never_saw_the_heldout_texts(corpus):
    """A fit with the held-out texts differs, so the shipped weights were fitted without."""
    assert calibrate.fit(corpus) != model.MODEL


def test_the_calibration_judges_with_the_settings_for_ouders():
    ouders, engine = thresholds_for(["ouders"]), Thresholds()
    for field in fields(Thresholds):
        assert getattr(ouders, field.name) == getattr(engine, field.name), field.name


def test_heldout_figures_meet_the_goals(heldout):
    _, result = heldout
    n = result["n"]
    assert n - result["gate"] <= n // 40, result
    assert result["exact"] / n >= 0.7, result
    assert result["within_one"] / n >= 0.95, result
    assert result["pairs_ordered"] == result["pairs"] >= 5, result


def test_every_adversarial_text_held_out_gets_the_right_verdict(heldout):
    _, result = heldout
    for kind in ADVERSARIAL:
        assert result["kinds"][kind]["gate"] == result["kinds"][kind]["n"], kind


@pytest.mark.skipif(not SEEDS.is_dir(), reason="the seed documents are not beside the checkout")
def test_the_professional_guideline_scores_harder_than_the_parent_article():
    def seed(number: str) -> str:
        return next(SEEDS.glob(f"{number}_*.txt")).read_text("utf-8")

    guideline = analyse(seed("002"), glossary=calibrate.GLOSSARY)
    parent_article = analyse(seed("004"), glossary=calibrate.GLOSSARY)
    assert guideline.score > parent_article.score
    assert parent_article.meets_target
