"""Normalizers: one pure function per label, from surface text to value."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from model.span import Span

Normalizer = Callable[[str], dict[str, Any] | None]

NORMALIZERS: dict[str, Normalizer] = {}


def normalize_span(span: Span) -> Span:
    """The span with its ``normalized`` value filled by its label's normalizer."""
    normalizer = NORMALIZERS.get(span.label)
    if normalizer is None:
        return span
    try:
        value = normalizer(span.text)
    except Exception:  # a normalizer never breaks extraction; unparseable means None
        value = None
    return span.with_(normalized=value)
