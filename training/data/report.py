"""What a reader or writer could not carry over, so nothing is lost silently.

A reader also records where each document came from (:class:`Origin`), so
that validation and lint can point at ``FILE:LINE``.

Example:
    >>> report = ConversionReport()
    >>> report.lose("doc-1", 10, 14, "DATE", "does not align to token boundaries")
    >>> print(report.lines()[0])
    doc-1 [10:14] DATE: does not align to token boundaries
    >>> report.summary()
    '0 documents, 0 spans, 1 lost'
    >>> Origin("gold/a.txt", 7, verbatim=True).line_of("one\\ntwo", 5)
    8
"""

from __future__ import annotations

from dataclasses import dataclass, field

from model.document import Document


@dataclass(frozen=True, slots=True)
class Loss:
    doc_id: str
    start: int
    end: int
    label: str
    reason: str

    def __str__(self) -> str:
        return f"{self.doc_id} [{self.start}:{self.end}] {self.label}: {self.reason}"


@dataclass(frozen=True, slots=True)
class Origin:
    """Where a document was read: its file and first line.

    ``verbatim`` means the document's text lies in the file as is from that
    line on (the inline format), so a character offset maps to its own line.
    """

    path: str
    line: int
    verbatim: bool = False

    def line_of(self, text: str, offset: int) -> int:
        """The file line of character ``offset`` of ``text``."""
        return self.line + text.count("\n", 0, max(0, offset)) if self.verbatim else self.line


@dataclass
class ConversionReport:
    """Spans a conversion could not place or had to change, and what went through.

    ``losses`` are spans (or whole records) not carried over; ``adjustments``
    are spans carried over with changed offsets (outer whitespace trimmed).
    ``origins`` holds, in reading order, where each document read came from.
    """

    documents: int = 0
    spans: int = 0
    losses: list[Loss] = field(default_factory=list)
    adjustments: list[Loss] = field(default_factory=list)
    origins: list[Origin] = field(default_factory=list)

    def read(self, doc: Document, origin: Origin) -> None:
        """Count a document a reader yields, and remember where it came from."""
        self.documents += 1
        self.spans += len(doc.spans)
        self.origins.append(origin)

    def wrote(self, doc: Document) -> None:
        """Count a document a writer wrote."""
        self.documents += 1
        self.spans += len(doc.spans)

    def lose(self, doc_id: str, start: int, end: int, label: str, reason: str) -> None:
        self.losses.append(Loss(doc_id, start, end, label, reason))

    def adjust(self, doc_id: str, start: int, end: int, label: str, reason: str) -> None:
        self.adjustments.append(Loss(doc_id, start, end, label, reason))

    def lines(self) -> list[str]:
        return [str(loss) for loss in self.losses]

    def summary(self) -> str:
        text = f"{self.documents} documents, {self.spans} spans, {len(self.losses)} lost"
        return text + (f", {len(self.adjustments)} adjusted" if self.adjustments else "")
