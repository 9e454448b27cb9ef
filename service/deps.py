"""Request dependencies: the settings, the loaded pipeline, the inference gate, the API key check."""

from __future__ import annotations

import secrets
from typing import Annotated

from fastapi import Depends, Request
from fastapi.security import APIKeyHeader

from model.pipeline import Pipeline
from service.errors import ApiError
from service.gate import InferenceGate
from service.settings import Settings


def get_settings(request: Request) -> Settings:
    return request.app.state.settings


def get_pipeline(request: Request) -> Pipeline:
    return request.app.state.pipeline


def get_gate(request: Request) -> InferenceGate:
    return request.app.state.gate


_api_key_header = APIKeyHeader(name="X-API-Key", auto_error=False, description="Needed when the service has a key.")


def require_api_key(
    settings: Annotated[Settings, Depends(get_settings)],
    key: Annotated[str | None, Depends(_api_key_header)],
) -> None:
    """Reject the request (401) when a key is configured and the header does not carry it."""
    expected = settings.api_key.get_secret_value() if settings.api_key else None
    if expected and not (key and secrets.compare_digest(key.encode(), expected.encode())):
        raise ApiError(401, "unauthorized", "missing or wrong X-API-Key header", {"WWW-Authenticate": "APIKey"})


SettingsDep = Annotated[Settings, Depends(get_settings)]
PipelineDep = Annotated[Pipeline, Depends(get_pipeline)]
GateDep = Annotated[InferenceGate, Depends(get_gate)]
