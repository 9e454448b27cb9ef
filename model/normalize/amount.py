"""AMOUNT → ``{"value": float, "currency": "EUR", "tax": "HT" | "TTC" | None}``.

Example:
    >>> normalize_amount("1,5 million d'euros HT")
    {'value': 1500000.0, 'currency': 'EUR', 'tax': 'HT'}
    >>> normalize_amount("deux mille cinq cents euros")["value"], normalize_amount("12.500,00 €")["value"]
    (2500.0, 12500.0)
    >>> normalize_amount("douze pommes") is None
    True
"""

from __future__ import annotations

import re
from typing import Any

from model.normalize import register
from model.normalize.text import fold, unbreak, words_to_number

_TAX = (
    ("TTC", re.compile(r"\bT\.?T\.?C\b\.?|toutes taxes comprises", re.IGNORECASE)),
    ("HT", re.compile(r"\bH\.?T\b\.?|hors taxes?", re.IGNORECASE)),
)
_MULTIPLIERS = (
    (re.compile(r"milliards?|\bMds?\s?€|\bMd\s?EUR", re.IGNORECASE), 1e9),
    (re.compile(r"millions?|\bM\s?€|\bMEUR"), 1e6),
    (re.compile(r"\b[kK]\s?€|\b[kK]EUR"), 1e3),
)
_FIGURES = re.compile(r"\d[\d ]*(?:[.,] ?\d[\d ]*)*")
_CENTS_AFTER_EURO = re.compile(r"€\s(\d{2})$")
_EURO = re.compile(r"\beu-?ros?\b|€|\bEUR\b", re.IGNORECASE)


@register("AMOUNT")
def normalize_amount(surface: str) -> dict[str, Any] | None:
    """Value in euros, currency and tax mention of an amount in figures or in words."""
    text = unbreak(surface)
    if not _EURO.search(text):
        return None
    tax = next((name for name, pattern in _TAX if pattern.search(text)), None)
    value = _in_figures(text) if re.search(r"\d", text) else _in_words(text)
    if value is None:
        return None
    return {"value": value, "currency": "EUR", "tax": tax}


def _in_figures(text: str) -> float | None:
    match = _FIGURES.search(text)
    if match is None:
        return None
    number = _parse_number(match.group(0))
    if number is None:
        return None
    for pattern, factor in _MULTIPLIERS:
        if pattern.search(text[match.end() :]):
            return round(number * factor, 2)
    cents = _CENTS_AFTER_EURO.search(text)
    if cents:
        number += int(cents.group(1)) / 100
    return round(number, 4)


def _parse_number(raw: str) -> float | None:
    """``12 500,00``, ``12.500,00``, ``1 2 5 0 0 ,0 0``, ``12.50``, ``0,4571`` → float."""
    digits = raw.replace(" ", "").rstrip(".,")
    if "," in digits:
        whole, _, decimals = digits.rpartition(",")
        whole = whole.replace(".", "").replace(",", "")
    elif re.fullmatch(r"\d{1,3}(?:\.\d{3})+", digits):
        whole, decimals = digits.replace(".", ""), ""
    else:
        whole, _, decimals = digits.partition(".")
    if not whole.isdigit() or (decimals and not decimals.isdigit()):
        return None
    return float(f"{whole}.{decimals or 0}")


def _in_words(text: str) -> float | None:
    """``deux mille cinq cents euros``, ``quinze euros cinquante``, ``un million d'euros``."""
    folded = fold(text)
    folded = re.sub(r"\b(?:hors taxes?|toutes taxes comprises|ht|ttc)\b", " ", folded)
    parts = re.split(r"\s*(?:d['’]\s?)?\beu-?ros?\b\s*", folded, maxsplit=1)
    euros, cents = parts[0], parts[1] if len(parts) > 1 else ""
    cents = re.sub(r"\b(?:et|centimes?)\b", " ", cents).strip()
    whole = words_to_number(euros.replace("-", " ")) if euros else None
    if whole is None:
        return None
    fraction = words_to_number(cents.replace("-", " ")) if cents else 0
    return float(whole + (fraction or 0) / 100)
