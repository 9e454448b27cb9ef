"""Every false positive and false negative of an engine, with its context.

Example:
    >>> from model.document import Document
    >>> doc = Document("d1", "Le 12 mars 2023 à Paris", [Span(3, 15, "DATE")])
    >>> [e["kind"] for e in list_errors([doc], [[Span(3, 10, "DATE")]])]
    ['boundary', 'boundary']
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from model.document import Document
from model.span import Span

CONTEXT = 40


def _context(text: str, span: Span) -> str:
    left = text[max(0, span.start - CONTEXT) : span.start]
    right = text[span.end : span.end + CONTEXT]
    return f"{left}[[{text[span.start : span.end]}]]{right}".replace("\n", "⏎")


def list_errors(docs: Sequence[Document], predictions: Sequence[Sequence[Span]]) -> list[dict[str, Any]]:
    """One record per unmatched span: ``fn`` (missed), ``fp`` (spurious) or ``boundary``/``label`` when an
    overlapping span of the other side exists (a near miss)."""
    errors = []
    for doc, pred in zip(docs, predictions, strict=True):
        gold_keys = {(s.start, s.end, s.label) for s in doc.spans}
        pred_keys = {(s.start, s.end, s.label) for s in pred}
        for side, spans, other, other_keys in (("fn", doc.spans, pred, pred_keys), ("fp", pred, doc.spans, gold_keys)):
            for span in spans:
                if (span.start, span.end, span.label) in other_keys:
                    continue
                near = [o for o in other if o.overlaps(span)]
                kind = side
                if near:
                    kind = "boundary" if any(o.label == span.label for o in near) else "label"
                errors.append(
                    {
                        "doc": doc.id,
                        "side": side,
                        "kind": kind,
                        "label": span.label,
                        "start": span.start,
                        "end": span.end,
                        "text": span.text or doc.text[span.start : span.end],
                        "near": [{"label": o.label, "text": doc.text[o.start : o.end]} for o in near],
                        "context": _context(doc.text, span),
                    }
                )
    return errors
