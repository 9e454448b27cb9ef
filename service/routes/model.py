"""``/v1/model``: which model answers, its card and its metrics."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from fastapi import APIRouter

from model.labels import LABELS
from service.deps import PipelineDep, SettingsDep
from service.schemas import ModelCard

router = APIRouter(prefix="/v1", tags=["model"])

CONFIG_KEYS = (
    "model_type",
    "hidden_size",
    "num_hidden_layers",
    "num_attention_heads",
    "max_position_embeddings",
    "vocab_size",
    "id2label",
)


def _read_json(path: Path) -> dict[str, Any] | None:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


@router.get("/model", response_model=ModelCard, summary="The model card")
async def model_card(pipeline: PipelineDep, settings: SettingsDep) -> ModelCard:
    """Version, labels, training data, hyper-parameters and scores of the loaded model."""
    folder = getattr(pipeline.model, "path", None)
    card = metrics = config = None
    if folder is not None:
        folder = Path(folder)
        readme = folder / "README.md"
        card = readme.read_text(encoding="utf-8") if readme.is_file() else None
        metrics = _read_json(folder / "metrics.json")
        raw_config = _read_json(folder / "config.json") or {}
        config = {key: raw_config[key] for key in CONFIG_KEYS if key in raw_config} or None
    return ModelCard(
        loaded=pipeline.model is not None,
        version=pipeline.model_version,
        labels=list(LABELS),
        engine_default=settings.engine,
        merge=settings.merge,
        veto=settings.veto,
        reason=pipeline.model_error if pipeline.model is None else None,
        card=card,
        metrics=metrics,
        config=config,
    )
