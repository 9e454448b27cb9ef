"""The one entity type that crosses module boundaries.

Example:
    >>> text = "Vu la délibération n° DEL-2022-114"
    >>> span = Span(22, 34, "DELIB_ID", text=text[22:34])
    >>> span.text
    'DEL-2022-114'
    >>> span.to_dict()["label"]
    'DELIB_ID'
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, replace
from typing import Any

#: Where a span comes from: an extractor, both merged, or a human annotator.
SOURCES = ("model", "rules", "both", "gold")


@dataclass(frozen=True, slots=True)
class Span:
    """A labelled character range ``[start, end)`` of a text.

    ``text`` is the surface ``text[start:end]``, ``score`` a confidence in
    ``[0, 1]``, ``source`` one of :data:`SOURCES`, ``normalized`` the value the
    normalizer of the label gives (``None`` when it cannot parse the surface).
    """

    start: int
    end: int
    label: str
    text: str = ""
    score: float = 1.0
    source: str = "gold"
    normalized: dict[str, Any] | None = None

    def overlaps(self, other: Span) -> bool:
        """True when the two ranges share at least one character."""
        return self.start < other.end and other.start < self.end

    def with_(self, **changes: Any) -> Span:
        """A copy with some fields changed (spans are immutable)."""
        return replace(self, **changes)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any], text: str | None = None) -> Span:
        """Build a span from a mapping; fill the surface from ``text`` when given."""
        start, end = int(data["start"]), int(data["end"])
        surface = data.get("text")
        if surface is None and text is not None:
            surface = text[start:end]
        return cls(
            start=start,
            end=end,
            label=str(data["label"]),
            text=surface or "",
            score=float(data.get("score", 1.0)),
            source=str(data.get("source", "gold")),
            normalized=data.get("normalized"),
        )


def sort_spans(spans: list[Span]) -> list[Span]:
    """Spans in reading order: by start, longer first on ties."""
    return sorted(spans, key=lambda s: (s.start, -s.end, s.label))
