"""Entity-level precision, recall and F1, strict and overlap.

*Strict*: a prediction counts when a gold span has the same label and the
same offsets (the CoNLL / seqeval strict IOB2 definition). *Overlap*: same
label and at least one shared character, each gold span matched at most once.
Micro and macro averages follow seqeval: macro over the labels seen in gold
or predictions, an undefined ratio counted as 0.

Example:
    >>> gold = [[Span(0, 4, "DATE"), Span(10, 14, "AMOUNT")]]
    >>> pred = [[Span(0, 4, "DATE"), Span(9, 14, "AMOUNT")]]
    >>> report = score(gold, pred)
    >>> report.strict.micro.f1, report.overlap.micro.f1
    (0.5, 1.0)
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field

from model.span import Span

Matcher = Callable[[Sequence[Span], Sequence[Span]], list[tuple[Span, Span]]]


@dataclass(frozen=True)
class PRF:
    """Counts and ratios for one label (or an average)."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    precision: float = 0.0
    recall: float = 0.0
    f1: float = 0.0

    @classmethod
    def from_counts(cls, tp: int, fp: int, fn: int) -> PRF:
        precision = tp / (tp + fp) if tp + fp else 0.0
        recall = tp / (tp + fn) if tp + fn else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return cls(tp, fp, fn, precision, recall, f1)

    @property
    def support(self) -> int:
        return self.tp + self.fn


@dataclass(frozen=True)
class Scores:
    """Per-label scores with their micro and macro averages."""

    per_label: dict[str, PRF]
    micro: PRF
    macro: PRF

    def to_dict(self) -> dict:
        return {
            "per_label": {label: asdict(prf) for label, prf in self.per_label.items()},
            "micro": asdict(self.micro),
            "macro": asdict(self.macro),
        }


@dataclass(frozen=True)
class Report:
    strict: Scores
    overlap: Scores
    documents: int = 0
    matches: dict[str, list[list[tuple[Span, Span]]]] = field(default_factory=dict, repr=False)

    def to_dict(self) -> dict:
        return {"documents": self.documents, "strict": self.strict.to_dict(), "overlap": self.overlap.to_dict()}


def strict_matches(gold: Sequence[Span], pred: Sequence[Span]) -> list[tuple[Span, Span]]:
    """Pairs of gold and predicted spans with identical label and offsets."""
    by_key = {(s.start, s.end, s.label): s for s in gold}
    return [(by_key[key], p) for p in pred if (key := (p.start, p.end, p.label)) in by_key]


def overlap_matches(gold: Sequence[Span], pred: Sequence[Span]) -> list[tuple[Span, Span]]:
    """One-to-one pairs of same-label overlapping spans: exact pairs first, then the largest overlaps."""
    candidates = sorted(
        ((g.start, g.end) != (p.start, p.end), -(min(g.end, p.end) - max(g.start, p.start)), gi, pi)
        for gi, g in enumerate(gold)
        for pi, p in enumerate(pred)
        if g.label == p.label and g.overlaps(p)
    )
    used_gold: set[int] = set()
    used_pred: set[int] = set()
    pairs = []
    for *_, gi, pi in candidates:
        if gi not in used_gold and pi not in used_pred:
            used_gold.add(gi)
            used_pred.add(pi)
            pairs.append((gold[gi], pred[pi]))
    return pairs


def _scores(gold: Sequence[Sequence[Span]], pred: Sequence[Sequence[Span]], matcher: Matcher) -> tuple[Scores, list]:
    tp: Counter[str] = Counter()
    n_gold: Counter[str] = Counter()
    n_pred: Counter[str] = Counter()
    all_pairs = []
    for doc_gold, doc_pred in zip(gold, pred, strict=True):
        pairs = matcher(doc_gold, doc_pred)
        all_pairs.append(pairs)
        tp.update(g.label for g, _ in pairs)
        n_gold.update(s.label for s in doc_gold)
        n_pred.update(s.label for s in doc_pred)
    labels = sorted(set(n_gold) | set(n_pred))
    per_label = {lab: PRF.from_counts(tp[lab], n_pred[lab] - tp[lab], n_gold[lab] - tp[lab]) for lab in labels}
    total_tp = sum(tp.values())
    micro = PRF.from_counts(total_tp, sum(n_pred.values()) - total_tp, sum(n_gold.values()) - total_tp)
    n = len(labels) or 1
    macro = PRF(
        tp=micro.tp,
        fp=micro.fp,
        fn=micro.fn,
        precision=sum(p.precision for p in per_label.values()) / n,
        recall=sum(p.recall for p in per_label.values()) / n,
        f1=sum(p.f1 for p in per_label.values()) / n,
    )
    return Scores(per_label, micro, macro), all_pairs


def score(gold: Sequence[Sequence[Span]], pred: Sequence[Sequence[Span]]) -> Report:
    """Strict and overlap scores of predicted spans against gold spans, document by document."""
    if len(gold) != len(pred):
        raise ValueError(f"{len(gold)} gold documents but {len(pred)} predictions")
    strict, strict_pairs = _scores(gold, pred, strict_matches)
    overlap, overlap_pairs = _scores(gold, pred, overlap_matches)
    return Report(strict, overlap, len(gold), {"strict": strict_pairs, "overlap": overlap_pairs})
