"""Faults while serving, on the real app with a real (tiny) tagger: a client that gives up mid-inference
leaves no stuck worker; a model that raises on one request sends only that request to the rules."""

from __future__ import annotations

import asyncio
import time

import httpx
import pytest

from model.pipeline import Pipeline
from model.rules import RulesExtractor
from model.tagger import load_tagger
from service.main import create_app
from service.settings import Settings

TEXT = "Séance du 12 mars 2023. Présents : M. Paul ROCHE. Vu la délibération n° DEL-2022-114 ; 12 500 € HT."


class Flaky:
    """The real tagger, except that it raises on texts holding ``trigger`` and can be made slow."""

    name = "model"

    def __init__(self, tagger, trigger: str = "BOOM", sleep_s: float = 0.0):
        self.tagger, self.trigger, self.sleep_s = tagger, trigger, sleep_s
        self.version = tagger.version
        self.calls = 0

    def extract(self, texts, *, deadline=None):
        self.calls += 1
        time.sleep(self.sleep_s)
        if any(self.trigger in text for text in texts):
            raise RuntimeError("CUDA error: device-side assert triggered")
        return self.tagger.extract(texts, deadline=deadline)


@pytest.fixture(scope="module")
def tagger(tiny_model_dir):
    return load_tagger(tiny_model_dir)


def _app(model, **settings):
    pipeline = Pipeline(rules=RulesExtractor(), model=model, model_version=model.version)
    return create_app(Settings(**settings), loader=lambda _: pipeline)


async def _wait_for(condition, timeout: float = 30.0) -> float:
    started = time.monotonic()
    while not condition():
        if time.monotonic() - started > timeout:
            raise AssertionError(f"condition not met within {timeout} s")
        await asyncio.sleep(0.01)
    return time.monotonic() - started


def test_client_cancelling_mid_inference_leaves_no_stuck_worker(tagger, live_server):
    model = Flaky(tagger, sleep_s=0.4)
    app = _app(model, worker_threads=1, max_queue=0)
    with live_server(app) as url:
        gate = app.state.gate

        async def scenario() -> None:
            async with httpx.AsyncClient(base_url=url, timeout=30) as client:
                for _ in range(3):
                    calls = model.calls
                    request = asyncio.create_task(client.post("/v1/extract", json={"text": TEXT}))
                    await _wait_for(lambda calls=calls: gate.pending == 1 and model.calls > calls)
                    request.cancel()  # the client hangs up while the model runs
                    with pytest.raises(asyncio.CancelledError):
                        await request
                    # The worker finishes the abandoned extraction, then frees its slot, within the model's time.
                    assert await _wait_for(lambda: gate.pending == 0, timeout=10) < 5
                    answer = await client.post("/v1/extract", json={"text": TEXT})
                    assert answer.status_code == 200 and answer.json()["fallback"] is False

        asyncio.run(scenario())
        assert gate.pending == 0


def test_client_timeouts_under_load_leave_the_service_whole(tagger, live_server):
    """Twenty clients that time out while queued or running: afterwards the queue is empty and a
    normal request is answered at once, not after the abandoned ones."""
    model = Flaky(tagger, sleep_s=0.1)
    app = _app(model, worker_threads=2, max_queue=64)
    with live_server(app) as url:

        async def scenario() -> list[int | str]:
            async with httpx.AsyncClient(base_url=url, timeout=0.15) as impatient:

                async def give_up() -> int | str:
                    try:
                        return (await impatient.post("/v1/extract", json={"text": TEXT})).status_code
                    except httpx.TimeoutException:
                        return "timeout"

                return await asyncio.gather(*(give_up() for _ in range(20)))

        outcomes = asyncio.run(scenario())
        assert "timeout" in outcomes and all(o in (200, "timeout") for o in outcomes)
        deadline = time.monotonic() + 30
        while app.state.gate.pending and time.monotonic() < deadline:
            time.sleep(0.05)
        assert app.state.gate.pending == 0
        started = time.perf_counter()
        answer = httpx.post(f"{url}/v1/extract", json={"text": TEXT}, timeout=30)
        assert answer.status_code == 200 and answer.json()["fallback"] is False
        assert time.perf_counter() - started < 5


def test_model_raising_on_one_request_under_concurrent_load_affects_only_that_one(tagger, live_server):
    with live_server(_app(Flaky(tagger), worker_threads=2, max_queue=64)) as url:

        async def burst() -> list[httpx.Response]:
            async with httpx.AsyncClient(base_url=url, timeout=60) as client:
                texts = [f"{TEXT} (point {i})" + (" BOOM" if i == 7 else "") for i in range(16)]
                return await asyncio.gather(*(client.post("/v1/extract", json={"text": t}) for t in texts))

        responses = asyncio.run(burst())
        assert [r.status_code for r in responses] == [200] * 16
        bodies = [r.json() for r in responses]
        failed = bodies.pop(7)
        assert failed["fallback"] is True and "RuntimeError: CUDA error" in failed["fallback_reason"]
        assert failed["model_version"] is None and all(e["source"] == "rules" for e in failed["entities"])
        assert {"DATE", "DELIB_ID", "AMOUNT"} <= {e["label"] for e in failed["entities"]}
        assert all(b["fallback"] is False and b["model_version"] == tagger.version for b in bodies)
