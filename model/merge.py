"""Merge policies: named pure functions combining model and rules spans.

Each policy takes the model's spans and the rules' spans for one text and
returns one flat, non-overlapping list whose ``source`` says where each span
came from (``model``, ``rules`` or ``both``).

Example:
    >>> m = [Span(0, 4, "DATE", source="model", score=0.9)]
    >>> r = [Span(0, 4, "DATE", source="rules"), Span(6, 9, "AMOUNT", source="rules")]
    >>> [(s.label, s.source) for s in model_first(m, r)]
    [('DATE', 'both'), ('AMOUNT', 'rules')]
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from model.span import Span, sort_spans

MergePolicy = Callable[[Sequence[Span], Sequence[Span]], list[Span]]


def _union(primary: Sequence[Span], secondary: Sequence[Span]) -> list[Span]:
    """Keep every primary span; add secondary spans that overlap none of them."""
    merged: list[Span] = []
    for span in primary:
        twin = next((o for o in secondary if (o.start, o.end, o.label) == (span.start, span.end, span.label)), None)
        merged.append(span.with_(source="both", score=max(span.score, twin.score)) if twin else span)
    for span in secondary:
        if not any(span.overlaps(kept) for kept in merged):
            merged.append(span)
    return sort_spans(merged)


def model_first(model_spans: Sequence[Span], rules_spans: Sequence[Span]) -> list[Span]:
    """The model's spans win; rules fill the gaps the model left."""
    return _union(model_spans, rules_spans)


def rules_first(model_spans: Sequence[Span], rules_spans: Sequence[Span]) -> list[Span]:
    """The rules' spans win; the model fills the gaps the rules left."""
    return _union(rules_spans, model_spans)


POLICIES: dict[str, MergePolicy] = {"model_first": model_first, "rules_first": rules_first}


def get_policy(name: str) -> MergePolicy:
    """Look a policy up by name, with a clear error for an unknown one."""
    try:
        return POLICIES[name]
    except KeyError:
        raise ValueError(f"unknown merge policy {name!r}; expected one of {', '.join(POLICIES)}") from None
