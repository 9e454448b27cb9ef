"""Shared fixtures: the real app under uvicorn on a free loopback port, and PDFs built byte by byte."""

from __future__ import annotations

import io
import os
import socket
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager

import pytest
import uvicorn


@contextmanager
def run_server(app) -> Iterator[str]:
    """Serve ``app`` with uvicorn in a thread; yield its base URL; shut it down gracefully."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning", lifespan="on", access_log=False))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 60
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise RuntimeError("uvicorn did not start")
        time.sleep(0.02)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=30)
        sock.close()


@pytest.fixture(scope="session")
def one_torch_thread() -> Iterator[None]:
    """Tiny models run fastest on one thread, and the test machine's cores are shared."""
    import torch

    os.environ["TOKENIZERS_PARALLELISM"] = "false"
    threads = torch.get_num_threads()
    torch.set_num_threads(1)
    yield
    torch.set_num_threads(threads)


@pytest.fixture(scope="session")
def serve_app() -> Callable:
    """``run_server`` for fixtures wider than one test."""
    return run_server


@pytest.fixture
def live_server() -> Callable:
    """``with live_server(app) as url: ...``"""
    return run_server


def build_pdf(pages: list[list[str]], encoding: str = "cp1252") -> bytes:
    """A valid PDF whose pages show the given lines in Helvetica (WinAnsi), with a correct xref."""
    objects: list[bytes] = []
    n_pages = len(pages)
    font_id = 3 + 2 * n_pages
    kids = " ".join(f"{3 + 2 * i} 0 R" for i in range(n_pages))
    objects.append(b"<< /Type /Catalog /Pages 2 0 R >>")
    objects.append(f"<< /Type /Pages /Kids [{kids}] /Count {n_pages} >>".encode())
    for i, lines in enumerate(pages):
        content = (
            b"BT /F1 11 Tf 14 TL 50 800 Td "
            + b"".join(
                b"(" + line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)").encode(encoding) + b") Tj T* "
                for line in lines
            )
            + b"ET"
        )
        objects.append(
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents {4 + 2 * i} 0 R "
            f"/Resources << /Font << /F1 {font_id} 0 R >> >> >>".encode()
        )
        objects.append(f"<< /Length {len(content)} >>\nstream\n".encode() + content + b"\nendstream")
    objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(f"{number} 0 obj\n".encode() + body + b"\nendobj\n")
    xref = out.tell()
    out.write(f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode())
    out.writelines(f"{offset:010d} 00000 n \n".encode() for offset in offsets)
    out.write(f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode())
    return out.getvalue()


@pytest.fixture
def make_pdf() -> Callable[..., bytes]:
    return build_pdf


@pytest.fixture(scope="module")
def rules_only_url() -> Iterator[str]:
    """One rules-only service for a whole module (fuzzing needs many requests, not many servers)."""
    from service.main import create_app
    from service.settings import Settings

    with run_server(create_app(Settings(load_model=False, max_text_chars=20_000))) as url:
        yield url
