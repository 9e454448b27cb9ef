"""Load a running delibner service over loopback with concurrent clients, bounded in count and time.

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

from training.evaluate.bench import latency_summary


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
