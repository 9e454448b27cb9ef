"""The real app under uvicorn: every route, every client error, fallbacks, limits and concurrency."""

from __future__ import annotations

import asyncio
import json
import logging
import threading
import time

import httpx
import pytest
from pypdf import PdfWriter

from model.extractor import BudgetExceeded
from model.pipeline import Pipeline
from model.rules import RulesExtractor
from model.span import Span
from service.main import create_app
from service.settings import Settings

TEXT = "Séance du 12 mars 2023. Présents : M. Paul ROCHE, Mme Inès TALBI."


class ToyModel:
    """Stands in for the tagger: tags the surname ROCHE; optionally raises, sleeps or overruns."""

    name = "model"
    version = "toy-1"

    def __init__(self, fail_on: str | None = None, sleep_s: float = 0.0, overrun_on: str | None = None):
        self.fail_on, self.sleep_s, self.overrun_on = fail_on, sleep_s, overrun_on

    def extract(self, texts, *, deadline=None):
        if self.fail_on and any(self.fail_on in t for t in texts):
            raise RuntimeError("weights exploded")
        if self.overrun_on and any(self.overrun_on in t for t in texts):
            time.sleep(0.05)
            if deadline is not None and time.monotonic() > deadline:
                raise BudgetExceeded("too slow")
        time.sleep(self.sleep_s)
        return [[Span(i, i + 5, "OFFICIAL", "ROCHE", 0.9, "model") for i in _find(t, "ROCHE")] for t in texts]


def _find(text: str, word: str) -> list[int]:
    return [i for i in range(len(text)) if text.startswith(word, i)]


def app_with(model=None, budget=None, **settings):
    pipeline = Pipeline(rules=RulesExtractor(), model=model, model_budget_s=budget, model_version="toy-1")
    return create_app(Settings(**settings), loader=lambda _: pipeline)


@pytest.fixture
def rules_url(live_server):
    with live_server(
        create_app(
            Settings(load_model=False, max_text_chars=5000, max_file_bytes=200_000, max_pdf_pages=3, max_batch_texts=4)
        )
    ) as url:
        yield url


def test_health_ready_docs_and_page(rules_url):
    assert httpx.get(f"{rules_url}/health").json() == {"status": "ok"}
    ready = httpx.get(f"{rules_url}/ready").json()
    assert ready["mode"] == "rules-only" and ready["reason"] == "model disabled"
    schema = httpx.get(f"{rules_url}/openapi.json").json()
    assert {"/v1/extract", "/v1/extract/batch", "/v1/extract/file", "/v1/model"} <= set(schema["paths"])
    assert httpx.get(f"{rules_url}/docs").status_code == 200
    page = httpx.get(f"{rules_url}/")
    assert page.status_code == 200 and 'id="extract"' in page.text
    assert httpx.get(f"{rules_url}/static/app.js").status_code == 200


def test_model_card_says_why_no_model(rules_url):
    card = httpx.get(f"{rules_url}/v1/model").json()
    assert card["loaded"] is False and card["reason"] == "model disabled"
    assert card["labels"] == ["OFFICIAL", "LEGAL_REF", "AMOUNT", "BUDGET_CODE", "DELIB_ID", "DATE"]


def test_extract_with_rules_marks_fallback_only_when_a_model_was_wanted(rules_url):
    hybrid = httpx.post(f"{rules_url}/v1/extract", json={"text": TEXT}).json()
    assert hybrid["engine"] == "hybrid" and hybrid["fallback"] is True
    rules = httpx.post(f"{rules_url}/v1/extract", json={"text": TEXT, "engine": "rules"}).json()
    assert rules["fallback"] is False and rules["fallback_reason"] is None
    for entity in rules["entities"]:
        assert TEXT[entity["start"] : entity["end"]] == entity["text"]


@pytest.mark.parametrize(
    ("body", "status", "error", "detail"),
    [
        ({"text": "   "}, 422, "invalid_request", "text: is empty"),
        ({"text": "x" * 5001}, 413, "text_too_long", "5001 characters; the limit is 5000"),
        ({"text": 12}, 422, "invalid_request", "text: Input should be a valid string"),
        ({}, 422, "invalid_request", "text: Field required"),
        ({"text": "a", "engine": "bert"}, 422, "invalid_request", "engine: Input should be"),
        ({"text": "a", "labels": ["PERSON"]}, 422, "invalid_request", "labels.0: Input should be"),
        ({"text": "a", "colour": "red"}, 422, "invalid_request", "colour: Extra inputs are not permitted"),
    ],
)
def test_extract_rejects_bad_input_with_clear_json(rules_url, body, status, error, detail):
    response = httpx.post(f"{rules_url}/v1/extract", json=body)
    assert response.status_code == status
    assert response.json()["error"] == error
    assert detail in response.json()["detail"]


def test_non_json_and_wrong_content_type(rules_url):
    response = httpx.post(f"{rules_url}/v1/extract", content=b"{not json", headers={"content-type": "application/json"})
    assert response.status_code == 422 and "not valid JSON" in response.json()["detail"]
    response = httpx.post(f"{rules_url}/v1/extract", content=b"text=hello")
    assert response.status_code == 422


def test_body_over_the_limit_is_refused_before_reading(rules_url):
    headers = {"content-type": "application/json"}
    response = httpx.post(f"{rules_url}/v1/extract", content=b"x" * 12_000_001, headers=headers)
    assert response.status_code == 413 and response.json()["error"] == "body_too_large"


def test_batch_keeps_order_and_checks_each_text(rules_url):
    texts = ["Le 12 mars 2023.", "Rien.", "Le 1er juillet 2022."]
    results = httpx.post(f"{rules_url}/v1/extract/batch", json={"texts": texts, "engine": "rules"}).json()["results"]
    assert len(results) == 3
    for text, result in zip(texts, results, strict=True):
        assert all(text[e["start"] : e["end"]] == e["text"] for e in result["entities"])
    bad = httpx.post(f"{rules_url}/v1/extract/batch", json={"texts": ["ok", ""]})
    assert bad.status_code == 422 and bad.json()["detail"] == "texts.1: is empty"
    too_many = httpx.post(f"{rules_url}/v1/extract/batch", json={"texts": ["a"] * 5})
    assert too_many.status_code == 413 and too_many.json()["error"] == "too_many_texts"


def test_file_upload_pdf_and_text(rules_url, make_pdf):
    pdf = make_pdf([["Délibération n° 2023-045", "Séance du 12 mars 2023"], ["Montant : 12 500 €"]])
    response = httpx.post(
        f"{rules_url}/v1/extract/file", files={"file": ("acte.pdf", pdf, "application/pdf")}, data={"engine": "rules"}
    )
    body = response.json()
    assert response.status_code == 200, body
    assert body["media_type"] == "application/pdf" and body["pages"] == 2
    assert "Séance du 12 mars 2023" in body["text"]
    assert all(body["text"][e["start"] : e["end"]] == e["text"] for e in body["entities"])
    for raw in ("Séance du 12 mars 2023".encode(), "\ufeffSéance".encode(), "Séance €".encode("cp1252")):
        got = httpx.post(f"{rules_url}/v1/extract/file", files={"file": ("a.txt", raw, "text/plain")}).json()
        assert got["text"].startswith("Séance") and got["media_type"] == "text/plain"


def _encrypted_pdf() -> bytes:
    import io

    writer = PdfWriter()
    writer.add_blank_page(200, 200)
    writer.encrypt("secret")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _blank_pdf(pages: int) -> bytes:
    import io

    writer = PdfWriter()
    for _ in range(pages):
        writer.add_blank_page(200, 200)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


@pytest.mark.parametrize(
    ("name", "payload", "media", "status", "error"),
    [
        ("photo.png", b"\x89PNG\r\n\x1a\n\x00\x00", "image/png", 415, "unsupported_file"),
        ("archive.pdf", b"PK\x03\x04" + b"\x00" * 50, "application/pdf", 422, "unreadable_file"),
        ("broken.pdf", b"%PDF-1.4\n1 0 obj << /Type /Catalog", "application/pdf", 422, "unreadable_file"),
        ("locked.pdf", _encrypted_pdf(), "application/pdf", 422, "unreadable_file"),
        ("long.pdf", _blank_pdf(4), "application/pdf", 413, "too_many_pages"),
        ("scan.pdf", _blank_pdf(1), "application/pdf", 422, "no_text_layer"),
        ("big.txt", b"a" * 200_001, "text/plain", 413, "file_too_large"),
        ("empty.txt", b"", "text/plain", 422, "empty_file"),
    ],
)
def test_file_upload_errors(rules_url, name, payload, media, status, error):
    response = httpx.post(f"{rules_url}/v1/extract/file", files={"file": (name, payload, media)})
    assert response.status_code == status, response.text
    assert response.json()["error"] == error
    assert response.json()["detail"]


def test_unknown_label_in_file_form(rules_url):
    response = httpx.post(
        f"{rules_url}/v1/extract/file",
        files={"file": ("a.txt", b"texte", "text/plain")},
        data={"labels": "DATE,PERSON"},
    )
    assert response.status_code == 422 and "PERSON" in response.json()["detail"]


def test_model_failure_falls_back_for_that_request_only(live_server):
    with live_server(app_with(ToyModel(fail_on="BOOM"))) as url:
        ok = httpx.post(f"{url}/v1/extract", json={"text": TEXT}).json()
        assert ok["fallback"] is False and ok["model_version"] == "toy-1"
        assert any(e["text"] == "ROCHE" and e["source"] in ("model", "both") for e in ok["entities"])
        failed = httpx.post(f"{url}/v1/extract", json={"text": TEXT + " BOOM"}).json()
        assert failed["fallback"] is True and "weights exploded" in failed["fallback_reason"]
        assert all(e["source"] == "rules" for e in failed["entities"])
        again = httpx.post(f"{url}/v1/extract", json={"text": TEXT}).json()
        assert again["fallback"] is False


def test_model_time_budget_falls_back_to_rules(live_server):
    with live_server(app_with(ToyModel(overrun_on="SLOW"), budget=0.01)) as url:
        slow = httpx.post(f"{url}/v1/extract", json={"text": TEXT + " SLOW"}).json()
        assert slow["fallback"] is True and "time budget" in slow["fallback_reason"]
        fast = httpx.post(f"{url}/v1/extract", json={"text": TEXT}).json()
        assert fast["fallback"] is False


def test_labels_filter(live_server):
    with live_server(app_with(ToyModel())) as url:
        body = httpx.post(f"{url}/v1/extract", json={"text": TEXT, "labels": ["OFFICIAL"]}).json()
        assert body["entities"] and {e["label"] for e in body["entities"]} == {"OFFICIAL"}
        none = httpx.post(f"{url}/v1/extract", json={"text": TEXT, "labels": ["BUDGET_CODE"]}).json()
        assert none["entities"] == []


def test_concurrent_requests_all_answer(live_server):
    with live_server(app_with(ToyModel(sleep_s=0.02), worker_threads=2, max_queue=64)) as url:

        async def burst():
            async with httpx.AsyncClient(base_url=url, timeout=30) as client:
                return await asyncio.gather(*(client.post("/v1/extract", json={"text": TEXT}) for _ in range(24)))

        responses = asyncio.run(burst())
        assert [r.status_code for r in responses] == [200] * 24
        assert all(r.json()["entities"] for r in responses)


def test_overload_answers_503_with_retry_after(live_server):
    with live_server(app_with(ToyModel(sleep_s=0.5), worker_threads=1, max_queue=0)) as url:

        async def burst():
            async with httpx.AsyncClient(base_url=url, timeout=30) as client:
                return await asyncio.gather(*(client.post("/v1/extract", json={"text": TEXT}) for _ in range(4)))

        statuses = [
            (r.status_code, r.headers.get("retry-after"), r.json()["error"] if r.status_code != 200 else None)
            for r in asyncio.run(burst())
        ]
        assert (200, None, None) in statuses
        assert (503, "1", "overloaded") in statuses
        # the service recovers once the running extraction is done
        assert httpx.post(f"{url}/v1/extract", json={"text": TEXT}, timeout=30).status_code == 200


def test_api_key_and_closed_cors(live_server):
    with live_server(create_app(Settings(load_model=False, api_key="s3cret"))) as url:
        assert httpx.post(f"{url}/v1/extract", json={"text": TEXT}).status_code == 401
        wrong = httpx.post(f"{url}/v1/extract", json={"text": TEXT}, headers={"X-API-Key": "nope"})
        assert wrong.status_code == 401 and wrong.json()["error"] == "unauthorized"
        right = httpx.post(f"{url}/v1/extract", json={"text": TEXT}, headers={"X-API-Key": "s3cret"})
        assert right.status_code == 200
        assert httpx.get(f"{url}/health").status_code == 200
        preflight = httpx.options(
            f"{url}/v1/extract", headers={"Origin": "http://evil.example", "Access-Control-Request-Method": "POST"}
        )
        assert "access-control-allow-origin" not in preflight.headers


def test_access_log_is_json_without_the_text(live_server, caplog):
    secret_text = "Mme Zoé CONFIDENTIELLE vote le 12 mars 2023."
    with caplog.at_level(logging.INFO, logger="delibner.access"), live_server(app_with(ToyModel())) as url:
        httpx.post(f"{url}/v1/extract", json={"text": secret_text})
        time.sleep(0.1)
    records = [json.loads(r.getMessage()) for r in caplog.records if r.name == "delibner.access"]
    extract = next(r for r in records if r["route"] == "/v1/extract")
    assert extract["status"] == 200 and extract["text_length"] == len(secret_text)
    assert extract["engine"] == "hybrid" and extract["fallback"] is False and "duration_ms" in extract
    assert all("CONFIDENTIELLE" not in r.getMessage() for r in caplog.records)


def test_startup_with_missing_model_serves_rules(live_server, tmp_path):
    with live_server(create_app(Settings(model_path=tmp_path / "absent"))) as url:
        ready = httpx.get(f"{url}/ready").json()
        assert ready["mode"] == "rules-only" and ready["reason"]
        body = httpx.post(f"{url}/v1/extract", json={"text": TEXT}).json()
        assert body["fallback"] is True and body["fallback_reason"] == ready["reason"]


def test_server_thread_is_not_blocked_by_inference(live_server):
    """While a slow extraction runs, /health still answers at once (inference is off the event loop)."""
    with live_server(app_with(ToyModel(sleep_s=1.0), worker_threads=1)) as url:
        worker = threading.Thread(target=lambda: httpx.post(f"{url}/v1/extract", json={"text": TEXT}, timeout=30))
        worker.start()
        time.sleep(0.2)
        started = time.perf_counter()
        assert httpx.get(f"{url}/health").status_code == 200
        assert time.perf_counter() - started < 0.5
        worker.join()


def test_unknown_merge_policy_is_a_settings_error_naming_the_choices():
    from pydantic import ValidationError

    with pytest.raises(ValidationError, match="rules_first_confident"):
        Settings(merge="nope")
    assert Settings(merge="per_label").merge == "per_label"
