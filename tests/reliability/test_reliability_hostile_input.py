"""Hostile and odd input against ``delibner serve`` (a real process, with a tiny model, default limits).

Each case has its expected outcome; none may be a 5xx; refusing a huge body must not cost the
server its size in memory (its peak resident size, ``VmHWM``, is read from ``/proc``); every entity
returned indexes the text exactly, whatever invisible or exotic characters surround it.
"""

from __future__ import annotations

import json

import httpx
import pytest

TEN_MB = 10_000_000
JSON = {"content-type": "application/json"}
NESTED_OBJECTS = b'{"text": "a", "x": ' + b'{"a":' * 50_000 + b"1" + b"}" * 50_001


def _post(service, path: str, **kwargs) -> httpx.Response:
    response = httpx.post(f"{service.url}{path}", timeout=120, **kwargs)
    assert response.status_code < 500, response.text[:500]
    return response


def _error(response: httpx.Response, status: int, error: str, detail: str = "") -> None:
    assert response.status_code == status, response.text[:500]
    body = response.json()
    assert body["error"] == error and detail in body["detail"], body


def _entities_index(text: str, body: dict) -> set[str]:
    for entity in body["entities"]:
        assert 0 <= entity["start"] < entity["end"] <= len(text)
        assert text[entity["start"] : entity["end"]] == entity["text"]
    return {entity["label"] for entity in body["entities"]}


def test_ten_megabytes_of_text_is_refused_before_it_is_read(tiny_service):
    before = tiny_service.memory()["VmHWM"]
    body = json.dumps({"text": "a" * TEN_MB}).encode()
    _error(_post(tiny_service, "/v1/extract", content=body, headers=JSON), 413, "body_too_large")

    def stream():  # no Content-Length: the limit is enforced while the body arrives
        for start in range(0, len(body), 256_000):
            yield body[start : start + 256_000]

    _error(_post(tiny_service, "/v1/extract", content=stream(), headers=JSON), 413, "body_too_large")
    assert tiny_service.memory()["VmHWM"] - before < 8, "refusing 10 MB must not load them"


def test_ten_megabytes_in_a_batch_or_a_file_is_refused_with_bounded_memory(tiny_service):
    before = tiny_service.memory()["VmHWM"]
    batch = json.dumps({"texts": ["a" * TEN_MB]}).encode()
    _error(_post(tiny_service, "/v1/extract/batch", content=batch, headers=JSON), 413, "text_too_long", "texts[0]")
    big = ("Le 12 mars 2023. " * (TEN_MB // 17 + 1)).encode()[: TEN_MB + 1]
    upload = _post(tiny_service, "/v1/extract/file", files={"file": ("long.txt", big, "text/plain")})
    _error(upload, 413, "file_too_large")
    # The batch body (10 MB, within the 12 MB body limit) is parsed before its text is measured.
    assert tiny_service.memory()["VmHWM"] - before < 8 * TEN_MB / 1e6


@pytest.mark.parametrize(
    ("name", "body", "status", "error", "detail"),
    [
        ("nested arrays", b'{"text": ' + b"[" * 100_000 + b"]" * 100_000 + b"}", 400, "unparsable_body", "UTF-8 JSON"),
        ("nested objects", NESTED_OBJECTS, 400, "unparsable_body", ""),
        ("a 100,000-digit number", b'{"text": "a", "engine": ' + b"9" * 100_000 + b"}", 400, "unparsable_body", ""),
        ("invalid UTF-8", b'{"text": "caf\xe9 \xff\xfe 12 mars 2023"}', 400, "unparsable_body", "UTF-8"),
        ("a raw NUL byte in a string", b'{"text": "a\x00b"}', 422, "invalid_request", "not valid JSON"),
        ("an unpaired surrogate", b'{"text": "le \\ud800 12 mars 2023"}', 422, "invalid_request", "unpaired surrogate"),
        ("a wrong type deep inside", b'{"text": "a", "labels": [[["DATE"]]]}', 422, "invalid_request", "labels.0"),
        ("100,000 unknown fields", json.dumps({"text": "a", **{f"k{i}": i for i in range(100_000)}}).encode(),
         422, "invalid_request", "Extra inputs are not permitted"),
        ("a 1e999999 float", b'{"text": 1e999999}', 422, "invalid_request", "valid string"),
        ("a text over 12 bytes a character", json.dumps({"text": "a" * 250_000}).encode(), 413, "text_too_long", ""),
    ],
)  # fmt: skip
def test_malformed_json_gets_a_clear_4xx(tiny_service, name, body, status, error, detail):
    response = _post(tiny_service, "/v1/extract", content=body, headers=JSON)
    _error(response, status, error, detail)
    assert len(response.content) < 4000, "an error says what is wrong, briefly"


@pytest.mark.parametrize(
    ("name", "text", "labels"),
    [
        ("NUL characters", "Séance du 12 mars 2023\x00 ; M. Paul ROCHE\x00\x00 ; 12 500 €\x00", {"DATE", "AMOUNT"}),
        ("control characters", "\x01\x02Séance du\x0b12 mars 2023\x0c\x1b[31m 12 500 €\x7f", {"DATE", "AMOUNT"}),
        ("right-to-left marks", "\u200fSéance du \u202e12 mars 2023\u202c ; \u200f12 500 €\u200e ; مجلس", {"AMOUNT"}),
        (
            "zero-width characters",
            "Séance du 12\u200b mars 2023 ; 12\u200d500 € ; ROC\u200dHE ; \ufeffDEL-2022-114",
            set(),
        ),
        ("combining accents", "Se\u0301ance du 12 mars 2023 ; De\u0301libe\u0301ration n° DEL-2022-114", {"DATE"}),
        ("astral characters", "📄 Séance du 12 mars 2023 💶 12 500 € 🇫🇷 𝐃𝐄𝐋-𝟐𝟎𝟐𝟐", {"DATE", "AMOUNT"}),
        ("mixed line endings", "Séance du\r\n12 mars 2023\r12 500 €\u2028M. Paul ROCHE\u2029", {"AMOUNT"}),
        ("a one-character text", "€", set()),
        ("100,000 bare numbers", "1 " * 100_000, set()),
    ],
)
def test_odd_characters_get_entities_that_index_the_text(tiny_service, name, text, labels):
    rules = _post(tiny_service, "/v1/extract", json={"text": text, "engine": "rules"})
    assert rules.status_code == 200, rules.text[:300]
    assert labels <= _entities_index(text, rules.json())
    hybrid = _post(tiny_service, "/v1/extract", json={"text": text})  # the tiny model tags at random
    assert hybrid.status_code == 200, hybrid.text[:300]
    _entities_index(text, hybrid.json())


def test_a_hundred_thousand_entities_worth_of_numbers(tiny_service):
    over = "1 € " * 100_000  # 400,000 characters: twice the default limit
    _error(_post(tiny_service, "/v1/extract", json={"text": over}), 413, "text_too_long", "400000 characters")
    dense = "12 € ; " * 28_000  # 196,000 characters, one amount every seven
    response = _post(tiny_service, "/v1/extract", json={"text": dense, "engine": "rules"})
    assert response.status_code == 200
    body = response.json()
    assert len(body["entities"]) == 28_000 and _entities_index(dense, body) == {"AMOUNT"}
    hybrid = _post(tiny_service, "/v1/extract", json={"text": dense})
    assert hybrid.status_code == 200
    _entities_index(dense, hybrid.json())


@pytest.mark.parametrize(
    "path",
    ["/static/../../etc/passwd", "/static/%2e%2e/%2e%2e/etc/passwd", "/static/..%2f..%2fetc%2fpasswd", "/static/%00"],
)
def test_static_files_do_not_leave_their_folder(tiny_service, path):
    response = httpx.get(f"{tiny_service.url}{path}")
    assert response.status_code == 404 and "root:" not in response.text


def test_http_oddities_get_4xx_or_a_closed_connection(tiny_service):
    url = tiny_service.url
    assert httpx.put(f"{url}/v1/extract").status_code == 405
    assert httpx.get(f"{url}/v2/anything").json()["error"] == "not_found"
    for headers in ({"X-Big": "a" * 70_000}, {f"X-H{i}": "a" for i in range(2000)}):
        try:
            status = httpx.get(f"{url}/health", headers=headers).status_code
        except httpx.HTTPError:
            status = None  # the server may hang up on a request it will not parse
        assert status in (None, 200, 400, 413, 431)
    files = {"file": ("a.txt", b"Le 12 mars 2023", "text/plain")}
    many_fields = _post(tiny_service, "/v1/extract/file", files=files, data={f"f{i}": "x" for i in range(1500)})
    _error(many_fields, 400, "unparsable_body", "Too many fields")
    many_files = _post(tiny_service, "/v1/extract/file", files=[("file", files["file"])] * 1200)
    _error(many_files, 400, "unparsable_body", "Too many files")
    named = _post(
        tiny_service, "/v1/extract/file", files={"file": ("../../etc/passwd", b"Le 12 mars 2023", "text/plain")}
    )
    assert named.status_code == 200 and named.json()["filename"] == "../../etc/passwd"  # echoed, never used as a path
    assert httpx.get(f"{url}/health").status_code == 200


def test_the_service_logged_no_server_error(tiny_service):
    """Whatever came before (this module runs it last), the access log shows no 5xx and no traceback."""
    assert httpx.get(f"{tiny_service.url}/health").status_code == 200
    log = tiny_service.stderr()
    statuses = [json.loads(line)["status"] for line in log.splitlines() if line.startswith('{"method"')]
    assert statuses and max(statuses) < 500
    assert "Traceback" not in log
