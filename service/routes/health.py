"""``/health`` (the process answers) and ``/ready`` (it can extract, with or without the model)."""

from __future__ import annotations

from fastapi import APIRouter

from service.deps import PipelineDep
from service.schemas import Health, Ready

router = APIRouter(tags=["health"])


@router.get("/health", response_model=Health, summary="Liveness")
async def health() -> Health:
    return Health()


@router.get("/ready", response_model=Ready, summary="Readiness")
async def ready(pipeline: PipelineDep) -> Ready:
    """Ready as soon as the pipeline is loaded; ``mode`` says whether the model or only the rules answer."""
    if pipeline.model is None:
        return Ready(mode="rules-only", reason=pipeline.model_error)
    return Ready(mode="hybrid", model_version=pipeline.model_version)
