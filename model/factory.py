"""Assemble the default pipeline: rules, the default (or given) model, a merge policy.

Loading the model never raises: a missing or broken model leaves a rules-only
pipeline whose ``model_error`` says why, so callers can still answer.

Example:
    >>> pipe = load_pipeline(model_path="/nonexistent/model")
    >>> pipe.model is None and "nonexistent" in pipe.model_error
    True
"""

from __future__ import annotations

import logging
from pathlib import Path

from model.merge import get_policy
from model.pipeline import Pipeline
from model.rules import RulesExtractor

log = logging.getLogger(__name__)


def load_pipeline(
    model_path: str | Path | None = None,
    *,
    merge: str = "model_first",
    budget_s: float | None = None,
    threads: int | None = None,
    quantize: bool = False,
    load_model: bool = True,
) -> Pipeline:
    """A pipeline with the rules and, if it loads, the model at ``model_path`` (default: the registry's)."""
    pipeline = Pipeline(rules=RulesExtractor(), merge=get_policy(merge), model_budget_s=budget_s)
    if not load_model:
        pipeline.model_error = "model disabled"
        return pipeline
    try:
        from model.registry import resolve_model_path
        from model.tagger.loading import load_tagger

        path = resolve_model_path(model_path)
        tagger = load_tagger(path, quantize=quantize, threads=threads)
    except Exception as error:  # any load failure must leave a working rules-only pipeline
        pipeline.model_error = f"model not loaded: {error}"
        log.warning("%s; serving rules only", pipeline.model_error)
        return pipeline
    pipeline.model = tagger
    pipeline.model_version = getattr(tagger, "version", None)
    return pipeline
