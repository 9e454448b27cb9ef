"""AMOUNT: sums of money in figures or in words, with multiplier and tax mention.

A currency (``€``, ``euros``, ``EUR``, ``k€``, ``M€``, ``millions d'euros``) is
required, so percentages, counts, surfaces, years, phone numbers and SIRET
numbers never match. Signs and units after the currency stay outside.

Example:
    >>> rule = AmountRule()
    >>> [s.text for s in rule("soit 12\u202f500,00 € HT par an, 3,2 M€ et 45 €/jour ; 12 % ; 2 500 habitants")]
    ['12\u202f500,00 € HT', '3,2 M€', '45 €']
    >>> [s.text for s in rule("une subvention de deux mille cinq cents euros (2 500 €)")]
    ['deux mille cinq cents euros', '2 500 €']
"""

from __future__ import annotations

import re
from functools import cache

from model.rules.base import make_span, ordered, words
from model.rules.lexicon import NUMBER_WORDS
from model.span import Span

_SEP = r"[ \u00a0\u202f.]"
#: A number in figures: grouped thousands, plain digits, decimals; or digits spaced out by PDF extraction.
NUMBER = (
    rf"(?:\d{{1,3}}(?:{_SEP}\d{{3}}){{1,5}}(?:,\d{{1,4}})?"
    r"|\d{1,15}(?:,\d{1,4}|\.\d{1,2}(?!\d))?"
    r"|\d(?: {1,2}\d){2,14} ?, ?\d(?: \d)?"
    r"|\d(?: {1,2}\d){1,14}(?= ?€))"
)
_EURO_WORD = r"(?:euros?|EUROS?|Euros?)(?![a-zA-Zà-ÿ])"
_MULTIPLIED = (
    rf"(?:(?:millions?|milliards?)\s{{1,3}}(?:d['’]\s?{_EURO_WORD}|€|EUR\b|{_EURO_WORD})"
    r"|(?:[kKM]|Md|Mds)\s?€|(?:[kKM]|Md)EUR\b)"
)
CURRENCY = rf"(?:{_MULTIPLIED}|€|{_EURO_WORD}|EUR\b)"
TAX = (
    r"(?:HT|H\.T\.?|TTC|T\.T\.C\.?|[Hh]ors\s{1,3}[Tt]axes?|[Tt]outes\s{1,60}[Tt]axes\s{1,60}[Cc]omprises"
    r"|[Nn]ets?\s{1,3}de\s{1,3}[Tt]axes?)(?![\w])"
)
#: Cents written after the currency: ``12 € 50`` (not a second figure of a table row).
_CENTS = r"(?<=€) \d{2}(?![\d%,.]|\s?(?:€|[Ee]uros?|%)|\s\d)"

_WORD = words(NUMBER_WORDS)
_WORD_NUMBER = rf"{_WORD}(?:(?:\s{{1,3}}|-\n?)(?:{_WORD}|et)){{0,15}}(?![\w-])"
_EUROS = r"eu(?:-\n)?ros?(?![\w])"
WORD_AMOUNT = (
    rf"(?<![\w-])(?<!\d\s){_WORD_NUMBER}\s{{1,3}}(?:d['’]\s?)?{_EUROS}"
    rf"(?:\s{{1,3}}(?:et\s{{1,3}})?{_WORD_NUMBER}(?:\s{{1,3}}centimes?(?![\w]))?(?!\s{{0,3}}(?:d['’]\s?)?(?:euros?|€)))?"
    rf"(?:\s{{1,3}}{TAX})?"
)


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    figures = re.compile(
        rf"(?<![\d,.]){NUMBER}(?:\s{{0,3}}|[ \t]{{0,100}}\n[ \t]{{0,100}}){CURRENCY}(?:{_CENTS})?(?:\s{{1,3}}{TAX})?",
    )
    prefixed = re.compile(rf"(?<![\w])EUR\s{{1,2}}{NUMBER}(?![\d])")
    in_words = re.compile(WORD_AMOUNT, re.IGNORECASE)
    return figures, prefixed, in_words


class AmountRule:
    """Sums of money (guidelines A1–A6)."""

    label = "AMOUNT"

    def __call__(self, text: str) -> list[Span]:
        figures, prefixed, in_words = _patterns()
        spans = [make_span(text, m.start(), m.end(), self.label) for m in figures.finditer(text)]
        spans += [make_span(text, m.start(), m.end(), self.label) for m in prefixed.finditer(text)]
        spans += [make_span(text, m.start(), m.end(), self.label, 0.9) for m in in_words.finditer(text)]
        return ordered(spans)
