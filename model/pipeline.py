"""The extraction pipeline: extractors, then a merge, then normalizers.

A :class:`Pipeline` is a dataclass of callables. ``engine`` picks which
extractors run; in the hybrid, the rules' vetoes first drop the model's spans
the rules know to be wrong (:mod:`model.rules.veto`), then the merge combines
both. When the model is absent, raises, or overruns its time budget, the
answer comes from the rules and says so (``fallback=True`` with a reason).

Example:
    >>> from model.rules import RulesExtractor
    >>> pipe = Pipeline(rules=RulesExtractor())
    >>> result = pipe.run(["Vu la délibération n° DEL-2022-114"], engine="hybrid")[0]
    >>> result.fallback, result.fallback_reason
    (True, 'no model loaded')
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from model.extractor import BudgetExceeded, Extractor
from model.merge import MergePolicy, model_first
from model.normalize import normalize_span
from model.rules.veto import vetted
from model.span import Span

#: ``(text, model spans, rules spans) -> model spans kept``: what the rules let the model add.
Vetting = Callable[[str, Sequence[Span], Sequence[Span]], list[Span]]

ENGINES: tuple[str, ...] = ("hybrid", "model", "rules")

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Extraction:
    """What one text gives: its entities and how they were obtained."""

    entities: list[Span]
    engine: str
    fallback: bool = False
    fallback_reason: str | None = None
    model_version: str | None = None
    timing_ms: float = 0.0


@dataclass
class Pipeline:
    """Rules, an optional model, the rules' vetting of the model, a merge policy and a normalizer.

    ``vet`` (``None``: no vetting) runs in the hybrid engine only; ``model_error`` records why no
    model is loaded (shown as the fallback reason); ``model_budget_s`` bounds the model's time per call.
    """

    rules: Extractor
    model: Extractor | None = None
    merge: MergePolicy = model_first
    vet: Vetting | None = vetted
    normalize: Callable[[Span], Span] = normalize_span
    model_budget_s: float | None = None
    model_version: str | None = None
    model_error: str | None = field(default=None)

    def run(
        self, texts: Sequence[str], engine: str = "hybrid", labels: Sequence[str] | None = None
    ) -> list[Extraction]:
        """Extract entities from each text with ``engine`` (``hybrid``, ``model`` or ``rules``)."""
        if engine not in ENGINES:
            raise ValueError(f"unknown engine {engine!r}; expected one of {', '.join(ENGINES)}")
        started = time.perf_counter()
        model_spans, reason = (None, None) if engine == "rules" else self._run_model(texts)
        rules_spans = self.rules.extract(texts) if engine != "model" or model_spans is None else None

        results = []
        for i, text in enumerate(texts):
            if model_spans is None:
                spans = rules_spans[i] if rules_spans is not None else []
            elif engine == "model":
                spans = model_spans[i]
            else:
                found = rules_spans[i] if rules_spans is not None else []
                guessed = self.vet(text, model_spans[i], found) if self.vet else model_spans[i]
                spans = self.merge(guessed, found)
            if labels is not None:
                spans = [s for s in spans if s.label in labels]
            results.append([self.normalize(s) for s in spans])

        elapsed_ms = (time.perf_counter() - started) * 1000 / max(len(texts), 1)
        used_model = model_spans is not None
        return [
            Extraction(
                entities=spans,
                engine=engine,
                fallback=reason is not None,
                fallback_reason=reason,
                model_version=self.model_version if used_model else None,
                timing_ms=round(elapsed_ms, 3),
            )
            for spans in results
        ]

    def _run_model(self, texts: Sequence[str]) -> tuple[list[list[Span]] | None, str | None]:
        """The model's spans, or ``None`` and the reason it could not answer."""
        if self.model is None:
            return None, self.model_error or "no model loaded"
        deadline = time.monotonic() + self.model_budget_s if self.model_budget_s else None
        try:
            return self.model.extract(texts, deadline=deadline), None
        except BudgetExceeded:
            return None, f"model exceeded its time budget of {self.model_budget_s:g} s"
        except Exception as error:  # the model is an edge we must survive, whatever it raises
            log.exception("model failed; answering from rules")
            return None, f"model failed: {type(error).__name__}: {error}"
