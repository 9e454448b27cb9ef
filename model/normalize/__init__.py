"""Normalizers: one pure function per label, from surface text to value.

Each label's module registers its function in :data:`NORMALIZERS` with
:func:`register`; a surface it cannot read gives ``None``, never an exception.

Example:
    >>> NORMALIZERS["AMOUNT"]("12 500,00 € HT")
    {'value': 12500.0, 'currency': 'EUR', 'tax': 'HT'}
    >>> normalize_span(Span(0, 10, "DATE", text="14/03/2023")).normalized
    {'iso': '2023-03-14'}
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from model.span import Span

Normalizer = Callable[[str], dict[str, Any] | None]

NORMALIZERS: dict[str, Normalizer] = {}


def register(label: str) -> Callable[[Normalizer], Normalizer]:
    """Decorator: make ``function`` the normalizer of ``label``."""

    def decorate(function: Normalizer) -> Normalizer:
        NORMALIZERS[label] = function
        return function

    return decorate


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


# The label modules register themselves on import; they need ``register`` defined above.
from model.normalize import amount, budget_code, date, delib_id, legal_ref, official  # noqa: E402

__all__ = ["NORMALIZERS", "Normalizer", "amount", "budget_code", "date", "delib_id", "legal_ref", "normalize_span",
           "official", "register"]  # fmt: skip
