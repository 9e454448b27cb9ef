"""What a generated corpus contains: labels, lengths, templates, slot formats, noise, negatives.

Example:
    >>> from collections import Counter
    >>> from model.document import Document
    >>> from model.span import Span
    >>> stats = CorpusStats()
    >>> stats.add(Document("d", "M. Paul ROCHE", [Span(3, 13, "OFFICIAL")]), Counter({"name:First LAST": 1}), ["wrap"])
    >>> stats.labels["OFFICIAL"], stats.words, stats.name_cases["capitals_surname"]
    (1, 3, 1)
"""

from __future__ import annotations

import statistics
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from model.document import Document
from model.labels import LABELS
from training.synthetic.slots.names import name_case


@dataclass
class CorpusStats:
    documents: int = 0
    words: int = 0
    lengths: list[int] = field(default_factory=list)
    labels: Counter[str] = field(default_factory=Counter)
    notes: Counter[str] = field(default_factory=Counter)
    issuers: Counter[str] = field(default_factory=Counter)
    name_cases: Counter[str] = field(default_factory=Counter)  # OFFICIAL spans by case convention

    def add(self, doc: Document, notes: Counter[str] | None = None, noise: Iterable[str] = ()) -> None:
        words = len(doc.text.split())
        self.documents += 1
        self.words += words
        self.lengths.append(words)
        self.labels.update(span.label for span in doc.spans)
        self.name_cases.update(name_case(doc.text[s.start : s.end]) for s in doc.spans if s.label == "OFFICIAL")
        self.issuers[str(doc.meta.get("issuer", "?"))] += 1
        if notes:
            self.notes.update(notes)
        self.notes.update(f"noise:{switch}" for switch in noise)

    def per_100_words(self) -> dict[str, float]:
        return {label: 100 * self.labels[label] / max(1, self.words) for label in LABELS}

    def report(self) -> str:
        """A plain-text report: one section per family of draws."""
        lines = [f"documents: {self.documents}   words: {self.words}   spans: {sum(self.labels.values())}"]
        if self.lengths:
            ordered = sorted(self.lengths)
            p90 = ordered[int(0.9 * (len(ordered) - 1))]
            lines.append(
                f"words per document: min {ordered[0]}  median {statistics.median(ordered):.0f}  p90 {p90}  "
                f"max {ordered[-1]}"
            )
            buckets = Counter(_bucket(n) for n in ordered)
            lines.append("length buckets: " + "  ".join(f"{b}: {buckets[b]}" for b in _BUCKETS if buckets[b]))
        lines.append("")
        lines.append(f"{'label':<12} {'spans':>8} {'share':>7} {'per 100 words':>14}")
        total = max(1, sum(self.labels.values()))
        density = self.per_100_words()
        for label in LABELS:
            lines.append(
                f"{label:<12} {self.labels[label]:>8} {100 * self.labels[label] / total:>6.1f}% {density[label]:>14.2f}"
            )
        names = max(1, sum(self.name_cases.values()))
        lines.append("")
        lines.append(
            "OFFICIAL name case: "
            + "  ".join(f"{case} {100 * self.name_cases[case] / names:.1f}%" for case in _NAME_CASES)
        )
        lines.append("")
        lines.append("issuers: " + ", ".join(f"{k} {v}" for k, v in self.issuers.most_common()))
        families: dict[str, Counter[str]] = {}
        for key, count in self.notes.items():
            family, _, value = key.partition(":")
            families.setdefault(family, Counter())[value] += count
        for family in sorted(families):
            counter = families[family]
            lines.append("")
            lines.append(f"{family} ({len(counter)} kinds, {sum(counter.values())} draws):")
            lines.extend(f"  {value:<32} {count}" for value, count in counter.most_common())
        return "\n".join(lines)


_NAME_CASES = ("title", "capitals", "capitals_surname")
_BUCKETS = ("<100", "100-299", "300-599", "600-999", "1000-1499", "1500+")


def _bucket(words: int) -> str:
    if words < 100:
        return "<100"
    if words < 300:
        return "100-299"
    if words < 600:
        return "300-599"
    if words < 1000:
        return "600-999"
    if words < 1500:
        return "1000-1499"
    return "1500+"
