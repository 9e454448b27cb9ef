"""The benchmark measures real engines next to spaCy, in-process and through a live service."""

from __future__ import annotations

import pytest

from service.main import create_app
from service.settings import Settings
from training.evaluate.bench import add_ratios, bench_in_process, latency_summary
from training.evaluate.bench_http import bench_http, http_overhead

TEXTS = [
    "Séance du 12 mars 2023. Subvention de 12 500 € (chapitre 65 article 6574). M. Paul ROCHE.",
    "Vu l'article L. 2121-29 du CGCT ; délibération n° 2023-045 du 1er juillet 2022.",
]


def test_latency_summary_and_ratios():
    summary = latency_summary([0.010, 0.020, 0.030, 0.040])
    assert summary["p50_ms"] == pytest.approx(25.0) and summary["p99_ms"] == pytest.approx(39.7)
    rows = add_ratios(
        [
            {
                "engine": "spacy-fr",
                "words_per_s": 100.0,
                "docs_per_s": 1.0,
                "p50_ms": 20.0,
                "p95_ms": 40.0,
                "p99_ms": 50.0,
            },
            {"engine": "rules", "words_per_s": 1000.0, "docs_per_s": 10.0, "p50_ms": 2.0, "p95_ms": 4.0, "p99_ms": 5.0},
        ]
    )
    assert rows[1]["words_per_s_vs_spacy"] == 10.0 and rows[1]["p50_ms_vs_spacy"] == 10.0


@pytest.mark.slow
def test_bench_in_process_measures_rules_and_spacy_in_fresh_processes():
    rows = bench_in_process(["rules"], TEXTS, {"batch_size": 2, "repeats": 1})
    assert [r["engine"] for r in rows] == ["spacy-fr", "rules"]
    for row in rows:
        assert row["documents"] == 2 and row["words"] == sum(len(t.split()) for t in TEXTS)
        assert row["words_per_s"] > 0 and row["p50_ms"] > 0 and row["peak_rss_mb"] > 10
    assert rows[0]["words_per_s_vs_spacy"] == 1.0


def test_bench_http_is_bounded_and_counts_statuses(live_server):
    with live_server(create_app(Settings(load_model=False))) as url:
        result = bench_http(url, TEXTS, engine="rules", concurrency=3, max_requests=12, max_seconds=30)
    assert result["requests"] == 12 and result["ok"] == 12 and result["errors_non_503"] == 0
    assert result["p95_ms"] >= result["p50_ms"] > 0


def test_bench_http_refuses_non_loopback():
    with pytest.raises(ValueError, match="only loopback"):
        bench_http("http://192.0.2.1:8000", TEXTS)
    with pytest.raises(ValueError, match="only loopback"):
        http_overhead("http://192.0.2.1:8000", TEXTS, "rules", {})


@pytest.mark.slow
def test_http_overhead_alternates_in_process_and_http_calls(live_server):
    with live_server(create_app(Settings(load_model=False))) as url:
        row = http_overhead(url, TEXTS, "rules", {"batch_size": 2}, rounds=2)
    assert row["engine"] == "rules" and row["documents"] == 4
    assert row["in_process_p50_ms"] > 0 and row["http_p95_ms"] >= row["http_p50_ms"] > 0
    assert row["p50_ms_vs_in_process"] == pytest.approx(row["http_p50_ms"] / row["in_process_p50_ms"])
