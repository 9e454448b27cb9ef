"""Speed of the rules against spaCy's ``fr_core_news_md`` full pipeline, measured in the same run.

Run ``python -m model.rules.bench [TEXT_FILE] [--runs N]`` from the repository root; the
default text is a 1,200-word deliberation. It prints the median time of each engine
over ``N`` runs and their ratio (how many times faster the rules are).
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections.abc import Callable
from pathlib import Path

DEFAULT_TEXT = Path("tests/model/rules/fixtures/deliberation_1200.txt")


def median_seconds(function: Callable[[], object], runs: int) -> float:
    """Median wall time of ``runs`` calls of ``function`` (after one warm-up call)."""
    function()
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        function()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def main(argv: list[str] | None = None) -> dict[str, float]:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("text", nargs="?", type=Path, default=DEFAULT_TEXT, help="a plain-text deliberation")
    parser.add_argument("--runs", type=int, default=21, help="timed runs per engine (median reported)")
    args = parser.parse_args(argv)

    import spacy

    from model.rules import RulesExtractor

    text = args.text.read_text(encoding="utf-8")
    rules = RulesExtractor()
    spacy_fr = spacy.load("fr_core_news_md")
    # Interleave the two engines so that load on a shared machine hits both alike.
    rules_times, spacy_times = [], []
    for _ in range(3):
        rules_times.append(median_seconds(lambda: rules.extract([text]), args.runs))
        spacy_times.append(median_seconds(lambda: spacy_fr(text), args.runs))
    result = {
        "words": len(text.split()),
        "rules_ms": round(statistics.median(rules_times) * 1000, 2),
        "spacy_fr_core_news_md_ms": round(statistics.median(spacy_times) * 1000, 2),
    }
    result["ratio"] = round(result["spacy_fr_core_news_md_ms"] / result["rules_ms"], 1)
    for key, value in result.items():
        print(f"{key}: {value}")
    return result


if __name__ == "__main__":
    main()
