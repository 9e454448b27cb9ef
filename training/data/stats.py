"""Counts of annotated data: documents, words and entities per label.

Example:
    >>> from model.span import Span
    >>> stats = DataStats.of([Document("d", "Vu le CGCT.", [Span(6, 10, "LEGAL_REF")])])
    >>> stats.documents, stats.words, stats.entities["LEGAL_REF"], stats.total_entities
    (1, 3, 1, 1)
    >>> print(format_table({"a.jsonl": stats}).splitlines()[1].split())
    ['a.jsonl', '1', '3', '0', '1', '0', '0', '0', '0', '1']
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from model.document import Document
from model.labels import LABELS


@dataclass
class DataStats:
    documents: int = 0
    words: int = 0
    entities: Counter[str] = field(default_factory=Counter)

    @classmethod
    def of(cls, docs: Iterable[Document]) -> DataStats:
        stats = cls()
        for doc in docs:
            stats.documents += 1
            # Whitespace-separated words, as `wc -w` counts them.
            stats.words += len(doc.text.split())
            stats.entities.update(span.label for span in doc.spans)
        return stats

    @property
    def total_entities(self) -> int:
        return sum(self.entities.values())

    def __add__(self, other: DataStats) -> DataStats:
        return DataStats(self.documents + other.documents, self.words + other.words, self.entities + other.entities)

    def to_dict(self) -> dict[str, Any]:
        labels = [*LABELS, *sorted(set(self.entities) - set(LABELS))]
        return {
            "documents": self.documents,
            "words": self.words,
            "entities": {label: self.entities[label] for label in labels},
            "total_entities": self.total_entities,
        }


def format_table(rows: dict[str, DataStats]) -> str:
    """A plain-text table, one row per file (add a ``total`` row yourself)."""
    header = ["file", "documents", "words", *LABELS, "entities"]
    body = [
        [name, str(s.documents), str(s.words), *(str(s.entities[label]) for label in LABELS), str(s.total_entities)]
        for name, s in rows.items()
    ]
    widths = [max(len(row[i]) for row in [header, *body]) for i in range(len(header))]
    lines = [
        "  ".join(
            cell.ljust(w) if i == 0 else cell.rjust(w) for i, (cell, w) in enumerate(zip(row, widths, strict=True))
        )
        for row in [header, *body]
    ]
    return "\n".join(line.rstrip() for line in lines)
