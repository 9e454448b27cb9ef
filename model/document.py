"""A text with its labelled spans: the project's annotated-data record.

Example:
    >>> doc = Document.from_dict({"id": "d1", "text": "M. Paul ROCHE", "spans": [
    ...     {"start": 3, "end": 13, "label": "OFFICIAL"}]})
    >>> doc.spans[0].text
    'Paul ROCHE'
    >>> doc.to_dict()["spans"]
    [{'start': 3, 'end': 13, 'label': 'OFFICIAL'}]
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from model.span import Span, sort_spans


@dataclass(slots=True)
class Document:
    """One JSONL line of the annotation format: ``id``, ``text``, ``spans``, ``meta``."""

    id: str
    text: str
    spans: list[Span] = field(default_factory=list)
    meta: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Document:
        """Build from a parsed JSON object (no validation: see ``training.data.validate``)."""
        text = data["text"]
        spans = [Span.from_dict(s, text) for s in data.get("spans") or []]
        return cls(id=str(data["id"]), text=text, spans=sort_spans(spans), meta=dict(data.get("meta") or {}))

    def to_dict(self, *, extra: bool = False) -> dict[str, Any]:
        """The JSONL record. ``extra`` adds each span's ``text``, ``score``, ``source``, ``normalized``."""
        spans = [
            span.to_dict() if extra else {"start": span.start, "end": span.end, "label": span.label}
            for span in sort_spans(self.spans)
        ]
        record: dict[str, Any] = {"id": self.id, "text": self.text, "spans": spans}
        if self.meta:
            record["meta"] = self.meta
        return record
