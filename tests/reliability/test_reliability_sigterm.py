"""``delibner serve`` as operators run it: SIGTERM under load drains the requests in flight, then the
process exits 0; a model that cannot load leaves it serving the rules, with the reason in its log."""

from __future__ import annotations

import asyncio
import shutil
import signal
import time

import httpx
import pytest

#: About 1,200 words of deliberation-like text: each extraction takes a noticeable while.
DOCUMENT = (
    "Séance du 12 mars 2023. Présents : M. Paul ROCHE, Mme Inès TALBI, M. Yves MOREAU. "
    "Vu le Code général des collectivités territoriales, notamment son article L. 2121-29 ; "
    "Vu la délibération n° 2023-045 du 14 mars 2023 ; le conseil municipal attribue une subvention "
    "de 12 500 € (chapitre 65 article 6574). Rapporteur : Mme Claire DUBOIS-MARTIN.\n"
) * 20
IN_FLIGHT = 8


@pytest.mark.slow
def test_sigterm_under_load_finishes_in_flight_requests_then_exits_0(tiny_model_dir, tmp_path, served):
    broken = shutil.copytree(tiny_model_dir, tmp_path / "model")
    (broken / "model.safetensors").write_bytes(b"\x00" * 100)
    with served("--model", str(broken), env={"DELIBNER_WORKER_THREADS": "1"}) as server:
        ready = httpx.get(f"{server.url}/ready").json()
        assert ready["mode"] == "rules-only" and "cannot load model" in ready["reason"]

        async def load_then_terminate() -> tuple[list, float, list[float]]:
            finished: list[float] = []
            async with httpx.AsyncClient(base_url=server.url, timeout=60) as client:

                async def extract() -> int | str:
                    try:
                        response = await client.post("/v1/extract", json={"text": DOCUMENT, "engine": "rules"})
                    except httpx.HTTPError as error:
                        return type(error).__name__
                    finished.append(time.monotonic())
                    return response.status_code

                requests = [asyncio.create_task(extract())]
                await asyncio.sleep(0.05)
                requests += [asyncio.create_task(extract()) for _ in range(IN_FLIGHT - 1)]
                # One answer means the server has taken the others in and queued them behind its one worker.
                while not finished:
                    await asyncio.sleep(0.005)
                await asyncio.sleep(0.05)
                server.process.send_signal(signal.SIGTERM)
                signalled = time.monotonic()
                return await asyncio.gather(*requests), signalled, finished

        statuses, signalled, finished = asyncio.run(load_then_terminate())
        assert statuses == [200] * IN_FLIGHT, statuses
        assert sum(t > signalled for t in finished) >= 2, "the test must catch requests still in flight"
        exit_code = server.process.wait(timeout=30)
        assert exit_code == 0
        assert time.monotonic() - signalled < 30
        with pytest.raises(httpx.ConnectError):
            httpx.get(f"{server.url}/health", timeout=2)
    log = server.stderr()
    assert f"model not loaded: cannot load model from {broken}" in log and "serving rules only" in log
    assert "Shutting down" in log and "Finished server process" in log
    assert "Traceback" not in log and '"status": 500' not in log
