"""Merge policies: named pure functions combining model and rules spans.

Each policy takes the model's spans and the rules' spans for one text and
returns one flat, non-overlapping list whose ``source`` says where each span
came from (``model``, ``rules`` or ``both``). Spans both engines found alike
are kept once, as ``both``; on a conflict the policy decides who wins; spans
that conflict with nothing are kept whoever found them.

Example:
    >>> m = [Span(0, 4, "DATE", source="model", score=0.9), Span(6, 12, "AMOUNT", source="model")]
    >>> r = [Span(0, 4, "DATE", source="rules"), Span(6, 10, "AMOUNT", source="rules")]
    >>> [(s.end, s.source) for s in model_first(m, r)]
    [(4, 'both'), (12, 'model')]
    >>> [(s.end, s.source) for s in rules_first(m, r)]
    [(4, 'both'), (10, 'rules')]
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Mapping, Sequence

from model.labels import LABELS, PATTERNED_LABELS
from model.span import Span, sort_spans

MergePolicy = Callable[[Sequence[Span], Sequence[Span]], list[Span]]
Rank = Callable[[Span], int]

#: Which engine a label trusts first in the ``per_label`` policy.
PREFERRED_SOURCE: Mapping[str, str] = {label: "rules" if label in PATTERNED_LABELS else "model" for label in LABELS}


def ranked_union(
    model_spans: Sequence[Span], rules_spans: Sequence[Span], rank: Rank, keep: Callable[[Span], bool] | None = None
) -> list[Span]:
    """Agreements (same offsets and label in both) become ``both`` and come first; then spans are
    taken by ``rank`` (higher first, longer first on ties) and kept unless they overlap one kept.
    ``keep``, when given, must accept a span found by one engine only for it to be considered."""
    rules_by_key = {(s.start, s.end, s.label): s for s in rules_spans}
    agreed: dict[tuple[int, int, str], Span] = {}
    for span in model_spans:
        twin = rules_by_key.get(key := (span.start, span.end, span.label))
        if twin is not None:
            agreed[key] = span.with_(source="both", score=max(span.score, twin.score))
    rest = [
        s for s in (*model_spans, *rules_spans) if (s.start, s.end, s.label) not in agreed and (keep is None or keep(s))
    ]
    candidates = [(2, s) for s in agreed.values()] + [(int(rank(s)), s) for s in rest]
    kept: list[Span] = []
    taken = _Taken()
    for _, span in sorted(candidates, key=lambda c: (-c[0], -(c[1].end - c[1].start), c[1].start)):
        if not taken.overlaps(span):
            taken.add(span)
            kept.append(span)
    return sort_spans(kept)


class _Taken:
    """The ranges kept so far (which never overlap), asked about overlaps in logarithmic time: a text
    dense with entities must not make the merge quadratic. Answers exactly as :meth:`Span.overlaps`."""

    def __init__(self) -> None:
        self.starts: list[int] = []  # non-empty ranges, by start; being disjoint, their ends are sorted too
        self.ends: list[int] = []
        self.points: list[int] = []  # empty ranges, which overlap what strictly surrounds them

    def overlaps(self, span: Span) -> bool:
        last = bisect.bisect_left(self.starts, span.end) - 1  # the last range starting before span ends
        if last >= 0 and self.ends[last] > span.start:
            return True
        after = bisect.bisect_right(self.points, span.start)
        return after < len(self.points) and self.points[after] < span.end

    def add(self, span: Span) -> None:
        if span.end <= span.start:
            bisect.insort(self.points, span.start)
            return
        at = bisect.bisect_left(self.starts, span.start)
        self.starts.insert(at, span.start)
        self.ends.insert(at, span.end)


def model_first(model_spans: Sequence[Span], rules_spans: Sequence[Span]) -> list[Span]:
    """The model's spans win conflicts; rules fill the gaps the model left."""
    return ranked_union(model_spans, rules_spans, lambda s: s.source == "model")


def rules_first(model_spans: Sequence[Span], rules_spans: Sequence[Span]) -> list[Span]:
    """The rules' spans win conflicts; the model fills the gaps the rules left."""
    return ranked_union(model_spans, rules_spans, lambda s: s.source == "rules")


#: The score a model span found by the model alone needs in :func:`rules_first_confident`.
GAP_FILL_SCORE = 0.9


def rules_first_confident(model_spans: Sequence[Span], rules_spans: Sequence[Span]) -> list[Span]:
    """Like :func:`rules_first`, but the model fills a gap only with a span it is sure of
    (score at least :data:`GAP_FILL_SCORE`): the rules are precise, the model's doubtful
    guesses where they found nothing are more often wrong than right.

    Example:
        >>> m = [Span(0, 4, "DATE", source="model", score=0.6), Span(6, 9, "OFFICIAL", source="model", score=0.95)]
        >>> [(s.start, s.source) for s in rules_first_confident(m, [])]
        [(6, 'model')]
    """
    return ranked_union(
        model_spans,
        rules_spans,
        lambda s: s.source == "rules",
        keep=lambda s: s.source != "model" or s.score >= GAP_FILL_SCORE,
    )


def per_label(model_spans: Sequence[Span], rules_spans: Sequence[Span]) -> list[Span]:
    """Each label trusts its preferred engine (:data:`PREFERRED_SOURCE`): the rules for the patterned
    labels, the model for ``OFFICIAL``; a span from its label's preferred engine wins a conflict."""
    return ranked_union(model_spans, rules_spans, lambda s: PREFERRED_SOURCE.get(s.label) == s.source)


POLICIES: dict[str, MergePolicy] = {
    "model_first": model_first,
    "rules_first": rules_first,
    "rules_first_confident": rules_first_confident,
    "per_label": per_label,
}

#: The policy of the hybrid engine unless configured otherwise (chosen on the dev split; see README).
DEFAULT_POLICY = "rules_first_confident"


def get_policy(name: str) -> MergePolicy:
    """Look a policy up by name, with a clear error for an unknown one."""
    try:
        return POLICIES[name]
    except KeyError:
        raise ValueError(f"unknown merge policy {name!r}; expected one of {', '.join(POLICIES)}") from None
