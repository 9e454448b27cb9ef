"""The FastAPI application: ``create_app()`` wires settings, the pipeline, routes and middleware.

Example:
    >>> app = create_app(Settings(load_model=False))
    >>> sorted(path for path in app.openapi()["paths"] if path.startswith("/v1"))[:2]
    ['/v1/extract', '/v1/extract/batch']
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from importlib.resources import files

import anyio.to_thread
from fastapi import Depends, FastAPI
from fastapi.middleware.cors import CORSMiddleware
from fastapi.staticfiles import StaticFiles

from delibner import __version__
from model.factory import load_pipeline
from model.pipeline import Pipeline
from service.deps import require_api_key
from service.errors import install_error_handlers
from service.gate import InferenceGate
from service.middleware import AccessLog, BodySizeLimit
from service.routes import extract, health, model, page
from service.schemas import EXAMPLE_TEXT
from service.settings import Settings

PipelineLoader = Callable[[Settings], Pipeline]

log = logging.getLogger("delibner.service")


def default_loader(settings: Settings) -> Pipeline:
    """Rules plus the configured (or default) model; a model that fails to load leaves rules only."""
    return load_pipeline(
        settings.model_path,
        merge=settings.merge,
        veto=settings.veto,
        budget_s=settings.model_budget_s,
        threads=settings.torch_threads,
        quantize=settings.quantize,
        load_model=settings.load_model,
    )


def warm_up(pipeline: Pipeline, engine: str) -> None:
    """One extraction, so that the rules' patterns and tokenizer (and the model's first pass) are built
    before the service says it is ready, not inside the first client's request."""
    try:
        pipeline.run([EXAMPLE_TEXT], engine=engine)
    except Exception:  # a warm-up failure must not keep the service down; requests will say what fails
        log.exception("warm-up extraction failed")


def single_text_body_limit(settings: Settings) -> int:
    """The largest body ``POST /v1/extract`` can need: JSON spends at most 12 bytes on a character
    (an escaped surrogate pair), plus room for the other fields."""
    return min(settings.max_body_bytes, 12 * settings.max_text_chars + 64 * 1024)


def create_app(settings: Settings | None = None, loader: PipelineLoader = default_loader) -> FastAPI:
    """Build the app. The pipeline is loaded once, in the lifespan, off the event loop."""
    settings = settings or Settings()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        app.state.pipeline = await anyio.to_thread.run_sync(loader, settings)
        await anyio.to_thread.run_sync(warm_up, app.state.pipeline, settings.engine)
        yield

    app = FastAPI(
        title="delibner",
        version=__version__,
        summary="Entities out of French local-government deliberations.",
        description="Tags elected officials, legal references, amounts, budget codes, deliberation "
        "ids and dates, with character offsets, scores and normalized values.",
        lifespan=lifespan,
    )
    app.state.settings = settings
    app.state.gate = InferenceGate(settings.worker_threads, settings.max_queue)
    install_error_handlers(app)

    # Declared only when a key is set, so the OpenAPI schema says exactly what a client must send.
    protected = [Depends(require_api_key)] if settings.api_key else []
    app.include_router(extract.router, dependencies=protected)
    app.include_router(model.router, dependencies=protected)
    app.include_router(health.router)
    app.include_router(page.router)
    app.mount("/static", StaticFiles(directory=str(files("service").joinpath("static"))), name="static")

    if settings.cors_origins:
        app.add_middleware(
            CORSMiddleware, allow_origins=settings.cors_origins, allow_methods=["GET", "POST"], allow_headers=["*"]
        )
    app.add_middleware(
        BodySizeLimit,
        max_bytes=settings.max_body_bytes,
        path_limits={"/v1/extract": single_text_body_limit(settings)},
    )
    app.add_middleware(AccessLog)
    return app
