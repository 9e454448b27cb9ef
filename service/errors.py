"""Every error the API returns is JSON: ``{"error": kind, "detail": what is wrong}``.

Example:
    >>> ApiError(413, "text_too_long", "text has 12 characters; the limit is 10").status
    413
"""

from __future__ import annotations

import logging

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

log = logging.getLogger("delibner.service")

#: What FastAPI says of a body it cannot decode for another reason than bad JSON syntax.
FRAMEWORK_PARSE_ERROR = "There was an error parsing the body"
UNPARSABLE_BODY = (
    "the body could not be read: send UTF-8 JSON (invalid UTF-8, nesting deeper than about a thousand "
    "levels and integers over 4300 digits are refused)"
)


class ApiError(Exception):
    """A client-facing error with its HTTP status, a short kind and a readable detail."""

    def __init__(self, status: int, error: str, detail: str, headers: dict[str, str] | None = None):
        super().__init__(detail)
        self.status, self.error, self.detail, self.headers = status, error, detail, headers


def _body(status: int, error: str, detail: str, headers: dict[str, str] | None = None) -> JSONResponse:
    return JSONResponse({"error": error, "detail": detail}, status_code=status, headers=headers)


def _where(loc: tuple) -> str:
    parts = [str(p) for p in loc if p not in ("body",)]
    return ".".join(parts) or "body"


def install_error_handlers(app: FastAPI) -> None:
    """JSON bodies for our errors, validation errors, HTTP errors and — as a last resort — bugs."""

    @app.exception_handler(ApiError)
    async def api_error(_: Request, exc: ApiError) -> JSONResponse:
        return _body(exc.status, exc.error, exc.detail, exc.headers)

    @app.exception_handler(RequestValidationError)
    async def validation_error(_: Request, exc: RequestValidationError) -> JSONResponse:
        problems = [
            f"body is not valid JSON ({e.get('ctx', {}).get('error', 'decode error')} at position {e['loc'][-1]})"
            if e.get("type") == "json_invalid"
            else f"{_where(tuple(e.get('loc', ())))}: {e.get('msg', 'invalid').removeprefix('Value error, ')}"
            for e in exc.errors()[:10]
        ]
        return _body(422, "invalid_request", "; ".join(problems) or "invalid request")

    @app.exception_handler(StarletteHTTPException)
    async def http_error(_: Request, exc: StarletteHTTPException) -> JSONResponse:
        kind = {400: "unparsable_body", 404: "not_found", 405: "method_not_allowed"}.get(exc.status_code, "http_error")
        detail = str(exc.detail)
        if exc.status_code == 400 and detail == FRAMEWORK_PARSE_ERROR:
            detail = UNPARSABLE_BODY
        return _body(exc.status_code, kind, detail, getattr(exc, "headers", None))

    @app.exception_handler(Exception)
    async def unexpected(request: Request, exc: Exception) -> JSONResponse:
        log.exception("unexpected error on %s %s", request.method, request.url.path)
        return _body(500, "internal_error", "the server failed to handle this request; it has been logged")
