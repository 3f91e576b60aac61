"""Readability engine speed, against the tokenizer alone as a baseline in the same run.

    python -m tests.perf.bench_readability      (or: make bench)

Prints JSON: words per second of the full analysis and of tokenizing only, their
ratio, and the time for a 1,000-word article (target: 20,000 words/s on one core,
< 50 ms). The text is the calibration corpus (every register and level), repeated.
"""

import json
import statistics
import sys
import time

from workflows.readability import analyse
from workflows.readability.calibrate import CORPUS, GLOSSARY
from workflows.readability.tokens import split

TARGET_WORDS_PER_SECOND = 20_000


def article(words: int) -> str:
    paragraphs = [path.read_text("utf-8") for path in sorted((CORPUS / "texts").glob("*.txt"))]
    text, index = [], 0
    while sum(len(p.split()) for p in text) < words:
        text.append(paragraphs[index % len(paragraphs)])
        index += 1
    return "\n\n".join(text)


def timed(function, text: str, repeat: int) -> float:
    function(text)  # warm caches, as in a running server
    runs = []
    for _ in range(repeat):
        started = time.perf_counter()
        function(text)
        runs.append(time.perf_counter() - started)
    return statistics.median(runs)


def main() -> dict:
    long_text = article(20_000)
    words = len(long_text.split())
    engine = timed(lambda t: analyse(t, glossary=GLOSSARY), long_text, repeat=5)
    tokenizer = timed(split, long_text, repeat=5)
    short = article(1_000)
    short_seconds = timed(lambda t: analyse(t, glossary=GLOSSARY), short, repeat=20)
    result = {
        "readability": {
            "words": words,
            "words_per_second": round(words / engine),
            "baseline_tokenizer_words_per_second": round(words / tokenizer),
            "ratio_engine_to_tokenizer": round(tokenizer / engine, 3),
            "article_words": len(short.split()),
            "article_ms": round(short_seconds * 1000, 2),
            "target_words_per_second": TARGET_WORDS_PER_SECOND,
            "meets_target": words / engine >= TARGET_WORDS_PER_SECOND and short_seconds < 0.05,
        }
    }
    return result


if __name__ == "__main__":
    result = main()
    print(json.dumps(result, indent=2))
    sys.exit(0 if result["readability"]["meets_target"] else 1)
