"""Run engines over annotated documents and score them.

Example:
    >>> from model.document import Document
    >>> from model.pipeline import Pipeline
    >>> from model.rules import RulesExtractor
    >>> docs = [Document("d1", "Rien à signaler.")]
    >>> result = evaluate(docs, ["rules"], Pipeline(rules=RulesExtractor()))
    >>> result.reports["rules"].documents
    1
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field

from model.document import Document
from model.pipeline import ENGINES, Pipeline
from model.span import Span
from training.evaluate.baseline import SpacyFrBaseline
from training.evaluate.metrics import PRF, Report, score

ENGINE_CHOICES: tuple[str, ...] = (*ENGINES, "spacy-fr")


def _batches(items: Sequence[str], size: int) -> Iterator[Sequence[str]]:
    for i in range(0, len(items), size):
        yield items[i : i + size]


def check_engines(names: Sequence[str], pipeline: Pipeline) -> list[str]:
    """The engine names, or a ``ValueError`` for an unknown one or a model engine without a model."""
    for name in names:
        if name not in ENGINE_CHOICES:
            raise ValueError(f"unknown engine {name!r}; expected one of {', '.join(ENGINE_CHOICES)}")
        if name in ("model", "hybrid") and pipeline.model is None:
            raise ValueError(f"engine {name!r} needs a model, and none is loaded ({pipeline.model_error})")
    return list(names)


def predict(engine: str, texts: Sequence[str], pipeline: Pipeline, batch_size: int = 8) -> list[list[Span]]:
    """Spans for each text, from ``engine`` (normalized; model engines must not fall back)."""
    if engine == "spacy-fr":
        return SpacyFrBaseline(batch_size).extract(texts)
    spans: list[list[Span]] = []
    for batch in _batches(texts, batch_size):
        for extraction in pipeline.run(batch, engine=engine):
            if extraction.fallback and engine != "rules":
                raise RuntimeError(f"engine {engine!r} fell back to rules: {extraction.fallback_reason}")
            spans.append(extraction.entities)
    return spans


@dataclass(frozen=True)
class DocumentScore:
    id: str
    gold: int
    predicted: int
    strict: PRF
    overlap: PRF


@dataclass
class Evaluation:
    """Reports, predictions and per-document scores for each engine."""

    documents: list[Document]
    reports: dict[str, Report] = field(default_factory=dict)
    predictions: dict[str, list[list[Span]]] = field(default_factory=dict)
    per_document: dict[str, list[DocumentScore]] = field(default_factory=dict)
    normalization: dict[str, dict[str, float | int]] = field(default_factory=dict)


def _document_score(doc_id: str, gold: list[Span], pred: list[Span]) -> DocumentScore:
    report = score([gold], [pred])
    return DocumentScore(doc_id, len(gold), len(pred), report.strict.micro, report.overlap.micro)


def normalization_accuracy(report: Report) -> dict[str, float | int]:
    """Share of strictly matched spans whose gold value exists and equals the predicted one."""
    pairs = [(g, p) for doc in report.matches["strict"] for g, p in doc if g.normalized is not None]
    right = sum(g.normalized == p.normalized for g, p in pairs)
    return {"checked": len(pairs), "right": right, "accuracy": right / len(pairs) if pairs else 0.0}


def evaluate(docs: Sequence[Document], engines: Sequence[str], pipeline: Pipeline, batch_size: int = 8) -> Evaluation:
    """Score each engine on ``docs`` (strict and overlap, per label and per document)."""
    check_engines(engines, pipeline)
    texts = [doc.text for doc in docs]
    gold = [doc.spans for doc in docs]
    result = Evaluation(documents=list(docs))
    for engine in engines:
        pred = predict(engine, texts, pipeline, batch_size)
        report = score(gold, pred)
        result.reports[engine] = report
        result.predictions[engine] = pred
        result.normalization[engine] = normalization_accuracy(report)
        result.per_document[engine] = [
            _document_score(doc.id, g, p) for doc, g, p in zip(docs, gold, pred, strict=True)
        ]
    return result
