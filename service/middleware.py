"""ASGI middleware: a request-body size limit and structured access logs.

Both are plain ASGI so they see every request (including rejected ones) and
never buffer a body beyond the limit.
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Mapping
from typing import Any

from starlette.types import ASGIApp, Message, Receive, Scope, Send

access_log = logging.getLogger("delibner.access")


class BodyTooLarge(Exception):
    pass


def _json_error(status: int, error: str, detail: str) -> tuple[dict[str, Any], bytes]:
    body = json.dumps({"error": error, "detail": detail}).encode()
    start = {
        "type": "http.response.start",
        "status": status,
        "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())],
    }
    return start, body


class BodySizeLimit:
    """Answer 413 as soon as a body is declared or streamed beyond ``max_bytes``.

    ``path_limits`` gives some paths a tighter limit (a single text cannot need 12 MB).
    A streamed body that runs over is answered here, at once: the framework
    would turn the error raised into its reader into a 400.
    """

    def __init__(self, app: ASGIApp, max_bytes: int, path_limits: Mapping[str, int] | None = None):
        self.app, self.max_bytes, self.path_limits = app, max_bytes, dict(path_limits or {})

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        limit = self.path_limits.get(scope["path"], self.max_bytes)
        declared = dict(scope.get("headers") or []).get(b"content-length")
        if declared is not None and declared.isdigit() and int(declared) > limit:
            await self._reject(send, limit)
            return
        received = 0
        started = rejected = False

        async def reject_once() -> None:
            nonlocal rejected
            if not started and not rejected:
                rejected = True
                await self._reject(send, limit)

        async def limited_receive() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > limit:
                    await reject_once()
                    raise BodyTooLarge
            return message

        async def guarded_send(message: Message) -> None:
            nonlocal started
            if rejected:
                return  # the 413 is out; whatever the app answers to the cut body is dropped
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, limited_receive, guarded_send)
        except BodyTooLarge:
            await reject_once()

    @staticmethod
    async def _reject(send: Send, limit: int) -> None:
        start, body = _json_error(413, "body_too_large", f"request body is over the limit of {limit} bytes")
        await send(start)
        await send({"type": "http.response.body", "body": body})


class AccessLog:
    """One JSON line per request: method, route, status, duration, and what the route adds to
    ``scope["state"]["log"]`` (text length, engine, fallback) — never the text itself."""

    def __init__(self, app: ASGIApp):
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()
        status = 500
        scope.setdefault("state", {})["log"] = {}

        async def capture(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
            await send(message)

        try:
            await self.app(scope, receive, capture)
        finally:
            record = {
                "method": scope["method"],
                "route": scope["path"],
                "status": status,
                "duration_ms": round((time.perf_counter() - started) * 1000, 2),
                **scope["state"].get("log", {}),
            }
            access_log.info(json.dumps(record))
