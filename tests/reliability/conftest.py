"""Fixtures: the real service as a ``delibner serve`` subprocess, its memory, and tiny model directories
built here with the project's tokenizer and an untrained BERT. (``live_server`` and ``make_pdf`` come from
``tests/conftest.py``.)"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest

from training.train.toy import save_random_model

REPO = Path(__file__).resolve().parents[2]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def memory_mb(pid: int) -> dict[str, float]:
    """``VmRSS`` (resident now) and ``VmHWM`` (the peak so far) of a process, in MB (Linux ``/proc``)."""
    fields = {}
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        key, _, value = line.partition(":")
        if key in ("VmRSS", "VmHWM"):
            fields[key] = int(value.split()[0]) / 1024
    return fields


@dataclass
class Served:
    """A ``delibner serve`` process: its base URL, the process, and the file its stderr goes to."""

    url: str
    process: subprocess.Popen
    log: Path

    def stderr(self) -> str:
        return self.log.read_text(encoding="utf-8", errors="replace")

    def memory(self) -> dict[str, float]:
        """The server's ``VmRSS`` and ``VmHWM`` in MB."""
        return memory_mb(self.process.pid)


@contextmanager
def serve(*args: str, tmp_path: Path, env: dict[str, str] | None = None, timeout: float = 180) -> Iterator[Served]:
    """Run ``delibner serve --port P ARGS`` until ``/ready`` answers; stop it (SIGTERM, then SIGKILL) after."""
    port = free_port()
    log = tmp_path / f"serve-{port}.log"
    environment = {**os.environ, "DELIBNER_HOME": str(tmp_path / "home"), **(env or {})}
    with open(log, "w") as stderr:  # a file, not a pipe: a full pipe would block the server's logging
        process = subprocess.Popen(
            [sys.executable, "-m", "delibner", "serve", "--port", str(port), *args],
            cwd=REPO,
            env=environment,
            stdout=subprocess.DEVNULL,
            stderr=stderr,
        )
    served = Served(f"http://127.0.0.1:{port}", process, log)
    deadline = time.monotonic() + timeout
    while True:
        if process.poll() is not None:
            raise RuntimeError(f"delibner serve exited with {process.returncode}:\n{served.stderr()[-3000:]}")
        try:
            if httpx.get(f"{served.url}/ready", timeout=2).status_code == 200:
                break
        except httpx.HTTPError:
            pass
        if time.monotonic() > deadline:
            process.kill()
            raise RuntimeError(f"delibner serve did not become ready in {timeout} s:\n{served.stderr()[-3000:]}")
        time.sleep(0.1)
    try:
        yield served
    finally:
        if process.poll() is None:
            process.terminate()
            try:
                process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()


def build_tiny_model(folder: Path, *, window: int = 30) -> Path:
    """An untrained one-layer BERT and the project's byte-level tokenizer, saved as a model directory.

    It tags at random, which is what the fault and fuzz tests want: the real loading, windowing,
    decoding and merge code paths, fed spans nobody chose.
    """
    corpus = ["Vu la délibération n° DEL-2022-114 du 3 mai 2022 ; M. Paul ROCHE ; 12 500 € HT."] * 20
    return save_random_model(folder, corpus, window=window, vocab_size=400)


@pytest.fixture(scope="session")
def tiny_model_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One valid tiny model directory for the whole session (do not modify it: copy it)."""
    return build_tiny_model(tmp_path_factory.mktemp("tiny") / "model")


@pytest.fixture
def served(tmp_path: Path) -> Callable:
    """``with served(*args) as s: ...`` — a ``delibner serve`` subprocess (see :func:`serve`)."""

    def start(*args: str, env: dict[str, str] | None = None) -> AbstractContextManager[Served]:
        return serve(*args, tmp_path=tmp_path, env=env)

    return start


@pytest.fixture(scope="session")
def tiny_service(tiny_model_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Served]:
    """One ``delibner serve --model <tiny model>`` shared by the session's tests (the model gets 3 s a
    request: on giant texts it then gives way to the rules sooner than the default 10 s)."""
    folder = tmp_path_factory.mktemp("service")
    with serve("--model", str(tiny_model_dir), tmp_path=folder, env={"DELIBNER_MODEL_BUDGET_S": "3"}) as served:
        yield served
