"""Throughput, latency and memory of engines, always next to spaCy's French pipeline.

Each engine is measured in a fresh process (so its peak RSS is its own):
per-document latency (one text per call) and batched throughput (texts sorted
by length, median of ``repeats`` passes). ``spacy-fr`` — the full
``fr_core_news_md`` pipeline — is measured in the same run as the reference,
and every figure is also given as a ratio to it.

Example:
    >>> percentile([1.0, 2.0, 3.0, 4.0], 50)
    2.5
"""

from __future__ import annotations

import multiprocessing
import resource
import statistics
import time
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from typing import Any

from model.merge import DEFAULT_POLICY

REFERENCE = "spacy-fr"


def documents_of_length(texts: Sequence[str], words: int) -> list[str]:
    """Consecutive texts joined (by a blank line) into documents of at least ``words`` words each;
    a shorter remainder is dropped, so every document measured has the length asked for.

    Example:
        >>> documents_of_length(["a b", "c d e", "f", "g h", "i"], 3)
        ['a b\\n\\nc d e', 'f\\n\\ng h']
    """
    grouped: list[str] = []
    current: list[str] = []
    count = 0
    for text in texts:
        current.append(text)
        count += len(text.split())
        if count >= words:
            grouped.append("\n\n".join(current))
            current, count = [], 0
    return grouped


def percentile(values: Sequence[float], q: float) -> float:
    """The ``q``-th percentile with linear interpolation (``statistics.quantiles`` inclusive)."""
    ordered = sorted(values)
    if len(ordered) == 1:
        return ordered[0]
    position = (len(ordered) - 1) * q / 100
    low = int(position)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (position - low)


def latency_summary(seconds: Sequence[float]) -> dict[str, float]:
    """p50/p95/p99 and mean, in milliseconds."""
    ms = [s * 1000 for s in seconds]
    return {
        "p50_ms": percentile(ms, 50),
        "p95_ms": percentile(ms, 95),
        "p99_ms": percentile(ms, 99),
        "mean_ms": statistics.fmean(ms),
    }


def runner(engine: str, options: dict[str, Any]) -> tuple[Callable[[Sequence[str]], Any], Callable[[str], Any]]:
    """(batch function, single-text function) for an engine, loaded in this process."""
    if engine == REFERENCE:
        from training.evaluate.baseline import load_spacy_fr

        nlp = load_spacy_fr()
        batch_size = options["batch_size"]
        return (lambda texts: list(nlp.pipe(texts, batch_size=batch_size))), nlp
    from model.factory import load_pipeline

    pipeline = load_pipeline(
        options.get("model"),
        merge=options.get("merge", DEFAULT_POLICY),
        veto=options.get("veto", True),
        quantize=options.get("quantize", False),
        threads=options.get("threads"),
        load_model=engine != "rules",
    )
    if engine != "rules" and pipeline.model is None:
        raise ValueError(f"engine {engine!r} needs a model ({pipeline.model_error})")
    return (lambda texts: pipeline.run(texts, engine=engine)), (lambda text: pipeline.run([text], engine=engine))


def measure_in_process(engine: str, texts: Sequence[str], options: dict[str, Any]) -> dict[str, Any]:
    """Latency, throughput and peak RSS of one engine, measured in the calling process."""
    run_batch, run_one = runner(engine, options)
    words = sum(len(t.split()) for t in texts)
    ordered = sorted(texts, key=len)
    size = options["batch_size"]
    run_one(texts[0])  # warm-up: lazy loads and first-call allocations are not what users wait for
    latencies = []
    for text in texts:
        started = time.perf_counter()
        run_one(text)
        latencies.append(time.perf_counter() - started)
    passes = []
    for _ in range(options["repeats"]):
        started = time.perf_counter()
        for i in range(0, len(ordered), size):
            run_batch(ordered[i : i + size])
        passes.append(time.perf_counter() - started)
    seconds = statistics.median(passes)
    return {
        "engine": engine,
        "documents": len(texts),
        "words": words,
        "docs_per_s": len(texts) / seconds,
        "words_per_s": words / seconds,
        **latency_summary(latencies),
        "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }


def bench_in_process(engines: Sequence[str], texts: Sequence[str], options: dict[str, Any]) -> list[dict[str, Any]]:
    """Measure each engine (and the spaCy reference) in its own fresh process; add ratios to the reference."""
    names = [REFERENCE, *[e for e in engines if e != REFERENCE]]
    return add_ratios([in_fresh_process(measure_in_process, name, list(texts), options) for name in names])


def in_fresh_process(function: Callable[..., Any], *args: Any) -> Any:
    """``function(*args)`` run in a new (spawned) process: what it loads and its peak RSS are its own."""
    with ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("spawn")) as pool:
        return pool.submit(function, *args).result()


def add_ratios(results: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Add ``*_vs_spacy`` ratios: throughput as engine/spaCy, latency as spaCy/engine (>1 is better)."""
    reference = next(r for r in results if r["engine"] == REFERENCE)
    for result in results:
        result["words_per_s_vs_spacy"] = result["words_per_s"] / reference["words_per_s"]
        result["docs_per_s_vs_spacy"] = result["docs_per_s"] / reference["docs_per_s"]
        for key in ("p50_ms", "p95_ms", "p99_ms"):
            result[f"{key}_vs_spacy"] = reference[key] / result[key] if result[key] else 0.0
    return results
