"""What a reader or writer could not carry over, so nothing is lost silently.

Example:
    >>> report = ConversionReport()
    >>> report.lose("doc-1", 10, 14, "DATE", "does not align to token boundaries")
    >>> print(report.lines()[0])
    doc-1 [10:14] DATE: does not align to token boundaries
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Loss:
    doc_id: str
    start: int
    end: int
    label: str
    reason: str

    def __str__(self) -> str:
        return f"{self.doc_id} [{self.start}:{self.end}] {self.label}: {self.reason}"


@dataclass
class ConversionReport:
    """Spans a conversion could not place, and how many documents went through."""

    documents: int = 0
    spans: int = 0
    losses: list[Loss] = field(default_factory=list)

    def lose(self, doc_id: str, start: int, end: int, label: str, reason: str) -> None:
        self.losses.append(Loss(doc_id, start, end, label, reason))

    def lines(self) -> list[str]:
        return [str(loss) for loss in self.losses]

    def summary(self) -> str:
        return f"{self.documents} documents, {self.spans} spans, {len(self.losses)} lost"
