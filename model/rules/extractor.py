"""The rule-based extractor: one component per label, then a named overlap policy.

Example:
    >>> rules = RulesExtractor()
    >>> text = "Vu la loi n° 2019-1461 du 27 décembre 2019 ; délibération n° DEL-2022-114 du 3 mai 2022 : 12 500 € HT"
    >>> for span in rules.extract([text])[0]:
    ...     print(span.label, span.text)
    LEGAL_REF loi n° 2019-1461 du 27 décembre 2019
    DELIB_ID DEL-2022-114
    DATE 3 mai 2022
    AMOUNT 12 500 € HT
"""

from __future__ import annotations

import bisect
import time
from collections.abc import Callable, Sequence
from functools import cached_property

from model.extractor import BudgetExceeded
from model.labels import LABELS
from model.rules.amount import AmountRule
from model.rules.base import Component
from model.rules.budget_code import BudgetCodeRule
from model.rules.date import DateRule
from model.rules.delib_id import DelibIdRule
from model.rules.legal_ref import LegalRefRule
from model.rules.official import OfficialRule
from model.span import Span, sort_spans

#: Which label wins when two candidates of the same length overlap (first wins).
LABEL_PRIORITY: tuple[str, ...] = ("LEGAL_REF", "DELIB_ID", "BUDGET_CODE", "AMOUNT", "DATE", "OFFICIAL")

OverlapPolicy = Callable[[Sequence[Span]], list[Span]]


def longest_then_priority(spans: Sequence[Span]) -> list[Span]:
    """Flat spans: longer candidates first, then :data:`LABEL_PRIORITY`, then leftmost (guidelines G4).

    A legal reference thus swallows the date and the number inside it.

    Example:
        >>> spans = [Span(0, 30, "LEGAL_REF"), Span(14, 30, "DATE"), Span(31, 35, "AMOUNT")]
        >>> [s.label for s in longest_then_priority(spans)]
        ['LEGAL_REF', 'AMOUNT']
    """
    rank = {label: i for i, label in enumerate(LABEL_PRIORITY)}
    ordered = sorted(spans, key=lambda s: (-(s.end - s.start), rank.get(s.label, len(rank)), s.start))
    starts: list[int] = []
    ends: list[int] = []
    kept: list[Span] = []
    for span in ordered:
        i = bisect.bisect_left(starts, span.start)
        if (i > 0 and ends[i - 1] > span.start) or (i < len(starts) and starts[i] < span.end):
            continue
        starts.insert(i, span.start)
        ends.insert(i, span.end)
        kept.append(span)
    return sort_spans(kept)


class RulesExtractor:
    """Patterns for the six labels; implements :class:`model.extractor.Extractor`.

    ``labels`` restricts the components that run; ``policy`` resolves overlaps.
    Components (and spaCy's tokenizer inside the OFFICIAL one) are built on
    first use, never at import.
    """

    name = "rules"

    def __init__(self, labels: Sequence[str] = LABELS, policy: OverlapPolicy = longest_then_priority):
        self.labels = tuple(labels)
        self.policy = policy

    @cached_property
    def components(self) -> list[Component]:
        every: list[Component] = [
            LegalRefRule(),
            DelibIdRule(),
            BudgetCodeRule(),
            AmountRule(),
            DateRule(),
            OfficialRule(),
        ]
        return [component for component in every if component.label in self.labels]

    def extract(self, texts: Sequence[str], *, deadline: float | None = None) -> list[list[Span]]:
        """Spans for each text; raises :class:`BudgetExceeded` once ``deadline`` has passed."""
        results = []
        for text in texts:
            candidates: list[Span] = []
            for component in self.components:
                if deadline is not None and time.monotonic() > deadline:
                    raise BudgetExceeded(f"rules ran past their deadline in {component.label}")
                candidates.extend(span for span in component(text) if span.end > span.start)
            results.append(self.policy(candidates))
        return results
