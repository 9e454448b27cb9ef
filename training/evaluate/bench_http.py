"""Load a running delibner service over loopback with concurrent clients, bounded in count and time;
and measure what HTTP adds to one extraction, in-process and HTTP calls alternating.

Example:
    >>> check_loopback("http://127.0.0.1:8000")
    'http://127.0.0.1:8000'
    >>> check_loopback("http://example.org")
    Traceback (most recent call last):
    ...
    ValueError: refusing to load http://example.org: only loopback addresses (127.0.0.0/8, ::1, localhost) are allowed
"""

from __future__ import annotations

import asyncio
import ipaddress
import socket
import time
from collections import Counter
from collections.abc import Sequence
from typing import Any
from urllib.parse import urlsplit

from training.evaluate.bench import in_fresh_process, latency_summary, runner


def check_loopback(url: str) -> str:
    """The URL, if its host resolves only to loopback addresses; a ``ValueError`` otherwise."""
    host = urlsplit(url).hostname or ""
    error = ValueError(f"refusing to load {url}: only loopback addresses (127.0.0.0/8, ::1, localhost) are allowed")
    try:
        infos = socket.getaddrinfo(host, None)
    except socket.gaierror:
        raise error from None
    if not infos or not all(ipaddress.ip_address(info[4][0]).is_loopback for info in infos):
        raise error
    return url


async def _load(
    url: str, texts: Sequence[str], engine: str, concurrency: int, max_requests: int, max_seconds: float
) -> dict[str, Any]:
    import httpx

    latencies: list[float] = []
    statuses: Counter[int] = Counter()
    words = 0
    sent = 0
    deadline = time.monotonic() + max_seconds
    lock = asyncio.Lock()

    async def client(http: httpx.AsyncClient) -> None:
        nonlocal sent, words
        while True:
            async with lock:
                if sent >= max_requests or time.monotonic() >= deadline:
                    return
                text = texts[sent % len(texts)]
                sent += 1
            started = time.perf_counter()
            try:
                response = await http.post("/v1/extract", json={"text": text, "engine": engine})
                status = response.status_code
            except httpx.HTTPError:
                status = 0  # connection failure: counted as an error, never retried silently
            statuses[status] += 1
            if status == 200:
                latencies.append(time.perf_counter() - started)
                words += len(text.split())

    started = time.perf_counter()
    limits = httpx.Limits(max_connections=concurrency)
    async with httpx.AsyncClient(base_url=url, timeout=60, limits=limits) as http:
        await asyncio.gather(*(client(http) for _ in range(concurrency)))
    elapsed = time.perf_counter() - started
    ok = statuses.get(200, 0)
    return {
        "engine": engine,
        "concurrency": concurrency,
        "requests": sum(statuses.values()),
        "ok": ok,
        "status_counts": {str(k): v for k, v in sorted(statuses.items())},
        "errors_non_503": sum(v for k, v in statuses.items() if k not in (200, 503)),
        "seconds": elapsed,
        "docs_per_s": ok / elapsed if elapsed else 0.0,
        "words_per_s": words / elapsed if elapsed else 0.0,
        **(latency_summary(latencies) if latencies else {}),
    }


def bench_http(
    url: str,
    texts: Sequence[str],
    engine: str = "hybrid",
    concurrency: int = 1,
    max_requests: int = 200,
    max_seconds: float = 60.0,
) -> dict[str, Any]:
    """Send at most ``max_requests`` extractions within ``max_seconds`` from ``concurrency`` clients."""
    check_loopback(url)
    if concurrency < 1 or max_requests < 1 or max_seconds <= 0:
        raise ValueError("concurrency, max requests and duration must be positive")
    return asyncio.run(_load(url.rstrip("/"), texts, engine, concurrency, max_requests, max_seconds))


def _paired(url: str, texts: Sequence[str], engine: str, options: dict[str, Any], rounds: int) -> dict[str, Any]:
    import httpx

    _, run_one = runner(engine, options)
    local: list[float] = []
    remote: list[float] = []
    with httpx.Client(base_url=url, timeout=60) as http:
        run_one(texts[0])  # warm-up of both sides: first calls build lazily
        http.post("/v1/extract", json={"text": texts[0], "engine": engine}).raise_for_status()
        for _ in range(rounds):
            for text in texts:
                started = time.perf_counter()
                run_one(text)
                local.append(time.perf_counter() - started)
                started = time.perf_counter()
                http.post("/v1/extract", json={"text": text, "engine": engine}).raise_for_status()
                remote.append(time.perf_counter() - started)
    in_process, over_http = latency_summary(local), latency_summary(remote)
    return {
        "engine": engine,
        "documents": len(texts) * rounds,
        "in_process_p50_ms": in_process["p50_ms"],
        "http_p50_ms": over_http["p50_ms"],
        "http_p95_ms": over_http["p95_ms"],
        "p50_ms_vs_in_process": over_http["p50_ms"] / in_process["p50_ms"],
    }


def http_overhead(
    url: str, texts: Sequence[str], engine: str, options: dict[str, Any], rounds: int = 1
) -> dict[str, Any]:
    """What HTTP adds to one extraction at concurrency 1: the same engine loaded in a fresh process
    and the service take turns on each text, so a noisy machine slows both sides alike; the ratio
    is the HTTP p50 over the in-process p50 (1.0: no cost)."""
    check_loopback(url)
    if not texts or rounds < 1:
        raise ValueError("need at least one text and one round")
    return in_fresh_process(_paired, url.rstrip("/"), list(texts), engine, options, rounds)
