"""Assemble the default pipeline: rules, the default (or given) model, a merge policy.

Loading the model never raises: a missing or broken model leaves a rules-only
pipeline whose ``model_error`` says why, so callers can still answer.

Example:
    >>> pipe = load_pipeline(model_path="/nonexistent/model")
    >>> pipe.model is None, pipe.model_error
    (True, 'model not loaded: cannot load model from …/model: …/model is not a directory')
"""

from __future__ import annotations

import logging
import re
from pathlib import Path

from model.merge import DEFAULT_POLICY, get_policy
from model.pipeline import Pipeline
from model.rules import RulesExtractor
from model.rules.veto import vetted

log = logging.getLogger(__name__)


_ABSOLUTE_PATH = re.compile(r"(?<![\w.])(?:/[^\s/:;,'\"()]+)+/?")


def without_paths(message: str) -> str:
    """``message`` with absolute paths cut to their last part: clients see why, not the server's layout.

    Example:
        >>> without_paths("cannot load model from /srv/models/v3: no config.json")
        'cannot load model from …/v3: no config.json'
    """
    return _ABSOLUTE_PATH.sub(lambda m: "…/" + m.group(0).rstrip("/").rsplit("/", 1)[-1], message)


def load_pipeline(
    model_path: str | Path | None = None,
    *,
    merge: str = DEFAULT_POLICY,
    veto: bool = True,
    budget_s: float | None = None,
    threads: int | None = None,
    quantize: bool = False,
    load_model: bool = True,
) -> Pipeline:
    """A pipeline with the rules and, if it loads, the model at ``model_path`` (default: the registry's);
    ``veto=False`` lets the hybrid keep the model's spans that the rules' vetoes would drop."""
    pipeline = Pipeline(
        rules=RulesExtractor(), merge=get_policy(merge), vet=vetted if veto else None, model_budget_s=budget_s
    )
    if not load_model:
        pipeline.model_error = "model disabled"
        return pipeline
    try:
        from model.registry import resolve_model_path
        from model.tagger.loading import load_tagger

        path = resolve_model_path(model_path)
        tagger = load_tagger(path, quantize=quantize, threads=threads)
    except Exception as error:  # any load failure must leave a working rules-only pipeline
        log.warning("model not loaded: %s; serving rules only", error)
        pipeline.model_error = f"model not loaded: {without_paths(str(error))}"
        return pipeline
    pipeline.model = tagger
    pipeline.model_version = getattr(tagger, "version", None)
    return pipeline
