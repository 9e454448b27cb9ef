"""The service under sustained load: find the highest concurrency that keeps p95 under a bound, hold it.

Starts ``delibner serve`` (the default model, or ``--model DIR``, or ``--rules-only``) on a free
loopback port, builds documents of ``--words`` words from the dev gold sources, warms up, ramps the
number of concurrent clients (``--levels``, ``--step`` seconds each) and keeps the highest level
whose p95 latency stays under ``--p95`` seconds with no error and no 503; then loads the service at
that level for ``--duration`` seconds while sampling its resident memory, and stops it with SIGTERM.
It prints requests/s, p50/p95/p99, errors (non-503 and 503), RSS before/after the run (after warm-up)
and its growth, and writes them as JSON with ``--json``.

    python bench/loadtest.py                      # the default model, 1,200-word documents, 2 minutes
    python bench/loadtest.py --rules-only --duration 30 --json load.json

Loopback only; the load is bounded in time. The machine's load average is printed with the figures:
on a shared machine, compare runs made in the same conditions.
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

import httpx

from training.data import read_documents
from training.evaluate.bench_http import bench_http

REPO = Path(__file__).resolve().parents[1]
DEV_SOURCES = REPO / "annotations" / "gold" / "src" / "dev"


def documents(words: int, count: int) -> list[str]:
    """``count`` documents of ``words`` words, each a run of consecutive dev texts cut at a word boundary."""
    texts = [doc.text for doc in read_documents(DEV_SOURCES, "inline")]
    if not texts:
        raise SystemExit(f"no documents in {DEV_SOURCES}")
    built = []
    for first in range(count):
        parts, total, i = [], 0, first
        while total < words:
            text = texts[i % len(texts)]
            parts.append(text)
            total += len(text.split())
            i += 1
        joined = "\n\n".join(parts)
        cut, seen, in_word = len(joined), 0, False
        for position, char in enumerate(joined):
            if not char.isspace() and not in_word:
                seen += 1
                if seen > words:
                    cut = position
                    break
            in_word = not char.isspace()
        built.append(joined[:cut].rstrip())
    return built


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    raise RuntimeError(f"no VmRSS for process {pid}")


class MemorySampler(threading.Thread):
    """Samples a process's RSS every ``every`` seconds: ``(monotonic time, MB)`` pairs."""

    def __init__(self, pid: int, every: float = 0.5):
        super().__init__(daemon=True)
        self.pid, self.every, self.samples = pid, every, []
        self._halt = threading.Event()

    def run(self) -> None:
        while not self._halt.is_set():
            try:
                self.samples.append((time.monotonic(), rss_mb(self.pid)))
            except (OSError, RuntimeError):
                return  # the process is gone
            self._halt.wait(self.every)

    def stop(self) -> None:
        self._halt.set()
        self.join()

    def between(self, start: float, end: float) -> list[float]:
        return [mb for at, mb in self.samples if start <= at <= end]


def start_service(args: argparse.Namespace, log: Path) -> tuple[subprocess.Popen, str]:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    command = [sys.executable, "-m", "delibner", "serve", "--port", str(port)]
    command += ["--rules-only"] if args.rules_only else (["--model", str(args.model)] if args.model else [])
    env = {**os.environ, "DELIBNER_LOG_LEVEL": "warning"}  # one access-log line per request would cost time
    with open(log, "w") as stderr:
        process = subprocess.Popen(command, cwd=REPO, env=env, stdout=subprocess.DEVNULL, stderr=stderr)
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 300
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise SystemExit(f"delibner serve exited with {process.returncode}:\n{log.read_text()[-2000:]}")
        try:
            if httpx.get(f"{url}/ready", timeout=2).status_code == 200:
                return process, url
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    process.kill()
    raise SystemExit("delibner serve did not become ready in 300 s")


def keeps_up(row: dict[str, Any], bound_ms: float) -> bool:
    return (
        row["ok"] > 0 and row["errors_non_503"] == 0 and "503" not in row["status_counts"] and row["p95_ms"] < bound_ms
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    which = parser.add_mutually_exclusive_group()
    which.add_argument("--model", type=Path, help="model directory (default: the promoted or shipped model)")
    which.add_argument("--rules-only", action="store_true", help="serve the rules alone")
    parser.add_argument("--engine", default="hybrid", choices=["hybrid", "model", "rules"])
    parser.add_argument("--words", type=int, default=1200, help="words per document")
    parser.add_argument("--documents", type=int, default=40, help="distinct documents sent in turn")
    parser.add_argument("--levels", default="1,2,3,4,6,8,12,16,24,32", help="concurrency levels to ramp through")
    parser.add_argument("--step", type=float, default=15.0, help="seconds per ramp level")
    parser.add_argument("--p95", type=float, default=2.0, help="p95 latency bound, seconds")
    parser.add_argument("--duration", type=float, default=120.0, help="seconds of sustained load")
    parser.add_argument("--json", type=Path, help="write the figures here")
    args = parser.parse_args()

    texts = documents(args.words, args.documents)
    log = Path(tempfile.mkdtemp(prefix="delibner-load-")) / "serve.log"
    process, url = start_service(args, log)
    sampler = MemorySampler(process.pid)
    sampler.start()
    try:
        ready = httpx.get(f"{url}/ready").json()
        print(f"service: {ready['mode']}, model {ready.get('model_version') or '-'} ({ready.get('reason') or 'ok'})")
        print(f"documents: {len(texts)} × {args.words} words; engine {args.engine}; {os.cpu_count()} CPUs")
        bench_http(url, texts, args.engine, concurrency=2, max_requests=len(texts), max_seconds=30)  # warm-up

        chosen, ramp = None, []
        for level in (int(x) for x in args.levels.split(",")):
            row = bench_http(url, texts, args.engine, concurrency=level, max_requests=10**9, max_seconds=args.step)
            ramp.append(row)
            print(f"  ramp c={level:>3}: {row['docs_per_s']:6.2f} req/s, p95 {row.get('p95_ms', 0):8.0f} ms, "
                  f"statuses {row['status_counts']}")  # fmt: skip
            if not keeps_up(row, args.p95 * 1000):
                break
            chosen = level
        if chosen is None:
            raise SystemExit(f"even one client gets p95 over {args.p95} s (or errors): see the ramp above")

        started = time.monotonic()
        rss_before = rss_mb(process.pid)
        run = bench_http(url, texts, args.engine, concurrency=chosen, max_requests=10**9, max_seconds=args.duration)
        rss_after = rss_mb(process.pid)
        during = sampler.between(started, time.monotonic())
    finally:
        process.send_signal(signal.SIGTERM)
        exit_code = process.wait(timeout=60)
        sampler.stop()

    figures = {
        "service": ready,
        "engine": args.engine,
        "words_per_document": args.words,
        "concurrency": chosen,
        "duration_s": round(run["seconds"], 1),
        "requests": run["requests"],
        "ok": run["ok"],
        "requests_per_s": round(run["docs_per_s"], 2),
        "words_per_s": round(run["words_per_s"]),
        "p50_ms": round(run["p50_ms"]),
        "p95_ms": round(run["p95_ms"]),
        "p99_ms": round(run["p99_ms"]),
        "errors_non_503": run["errors_non_503"],
        "responses_503": run["status_counts"].get("503", 0),
        "status_counts": run["status_counts"],
        "rss_mb_before": round(rss_before, 1),
        "rss_mb_after": round(rss_after, 1),
        "rss_mb_peak": round(max(during, default=rss_after), 1),
        "rss_growth_pct": round(100 * (rss_after - rss_before) / rss_before, 1),
        "exit_code_after_sigterm": exit_code,
        "load_average": os.getloadavg(),
        "cpus": os.cpu_count(),
        "ramp": [{k: r.get(k) for k in ("concurrency", "docs_per_s", "p95_ms", "status_counts")} for r in ramp],
    }
    print(f"\nsustained load: {chosen} concurrent clients for {figures['duration_s']} s ({args.words}-word documents)")
    shown = ["requests", "requests_per_s", "p50_ms", "p95_ms", "p99_ms", "errors_non_503", "responses_503"]
    shown += ["rss_mb_before", "rss_mb_after", "rss_mb_peak", "rss_growth_pct", "exit_code_after_sigterm"]
    for key in shown:
        print(f"  {key:<24} {figures[key]}")
    print(f"  {'load_average':<24} {', '.join(f'{x:.2f}' for x in figures['load_average'])} on {figures['cpus']} CPUs")
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2), encoding="utf-8")


if __name__ == "__main__":
    main()
