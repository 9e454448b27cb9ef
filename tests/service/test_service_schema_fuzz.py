"""schemathesis over the OpenAPI schema: no 5xx and no response outside the schema, on the real server."""

from __future__ import annotations

import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis.checks import positive_data_acceptance


def fuzz(operation, excluded_checks):
    @given(case=operation.as_strategy())
    @settings(max_examples=30, deadline=None, suppress_health_check=list(HealthCheck), database=None)
    def conforms(case):
        case.call_and_validate(excluded_checks=excluded_checks)

    conforms()


def test_api_conforms_to_its_schema(rules_only_url):
    schema = schemathesis.openapi.from_url(f"{rules_only_url}/openapi.json")
    checked = []
    for result in schema.get_all_operations():
        operation = result.ok()
        # A file's acceptability depends on its bytes, which a schema cannot say: for uploads we check
        # every response against the schema and for 5xx, but not that random bytes are accepted.
        fuzz(operation, [positive_data_acceptance] if operation.path == "/v1/extract/file" else [])
        checked.append(operation.label)
    assert {"POST /v1/extract", "POST /v1/extract/batch", "POST /v1/extract/file", "GET /v1/model"} <= set(checked)
