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

from model.rules.base import SPACE, WRAP, make_span, ordered, soft, words
from model.rules.lexicon import NUMBER_WORDS
from model.span import Span

_SEP = r"[ \u00a0\u202f.]"
#: A thousands group wrapped to the next line by extraction (``1⏎329 404,14 €``, guidelines G2, A7).
_WRAP = WRAP
#: Between the digits of an amount spaced out by PDF extraction: spaces of any width, at most three.
_GAP = r"[ \u00a0\u202f]{1,3}"
#: A number in figures: grouped thousands (a group possibly wrapped, or parted by a doubled space), plain digits,
#: decimals; or digits spaced
#: out by PDF extraction (``2  2 0 0 , 0 0 €``, ``2 8 . 2 7 €``).
NUMBER = (
    rf"(?:\d{{1,3}}(?:{_SEP}{{1,2}}\d{{3}}|{_WRAP}\d{{3}}(?=[ \u00a0\u202f.,]|{_WRAP}|\s?(?:€|[Ee]uros?|EUR))){{1,5}}"
    r"(?:,\d{1,4})?"
    r"|\d{1,15}(?:,\d{1,4}|\.\d{1,2}(?!\d))?"
    rf"|\d(?:{_GAP}\d){{1,14}}[ \u00a0\u202f]?[,.][ \u00a0\u202f]?\d(?:[ \u00a0\u202f]\d)?"
    rf"|\d(?:{_GAP}\d){{1,14}}(?=[ \u00a0\u202f]?€))"
)
#: Words that number something else right before a figure ending its line: ``Lot 3⏎150 000 €`` is no amount.
_NUMBERED_BEFORE = re.compile(
    r"(?i)(?:lots?|articles?|art\.|points?|n[°º]|chapitres?|comptes?|natures?|fonctions?|pages?|annexes?|tranches?"
    r"|affaires?|questions?|rapports?|\d{4}|%)\s{0,3}$"
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
_CENTS = r"(?<=€) ?\d{2}(?![\d%,.]|\s?(?:€|[Ee]uros?|%)|\s\d)"

#: Number words, also hyphenated across a line by extraction (``soi-⏎xante``).
_WORD = words(soft(word) for word in NUMBER_WORDS)
_WORD_NUMBER = rf"{_WORD}(?:(?:{SPACE}|-(?:{WRAP})?)(?:{_WORD}|et)){{0,15}}(?![\w-])"
_EUROS = r"eu(?:-\n)?ros?(?![\w])"
WORD_AMOUNT = (
    rf"(?<![\w-])(?<!\d\s){_WORD_NUMBER}{SPACE}(?:d['’]\s?)?{_EUROS}"
    rf"(?:\s{{1,3}}(?:et\s{{1,3}})?{_WORD_NUMBER}(?:\s{{1,3}}centimes?(?![\w]))?(?!\s{{0,3}}(?:d['’]\s?)?(?:euros?|€)))?"
    rf"(?:{SPACE}{TAX})?"
)


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    figures = re.compile(
        rf"(?<![\d,.]){NUMBER}(?:\s{{0,3}}|[ \t]{{0,100}}\n[ \t]{{0,100}}){CURRENCY}(?:{_CENTS})?(?:{SPACE}{TAX})?",
    )
    prefixed = re.compile(rf"(?<![\w])EUR\s{{1,2}}{NUMBER}(?![\d])")
    in_words = re.compile(WORD_AMOUNT, re.IGNORECASE)
    return figures, prefixed, in_words


class AmountRule:
    """Sums of money (guidelines A1–A6)."""

    label = "AMOUNT"

    def __call__(self, text: str) -> list[Span]:
        figures, prefixed, in_words = _patterns()
        spans = [self._figures(text, m) for m in figures.finditer(text)]
        spans += [make_span(text, m.start(), m.end(), self.label) for m in prefixed.finditer(text)]
        spans += [make_span(text, m.start(), m.end(), self.label, 0.9) for m in in_words.finditer(text)]
        return ordered(spans)

    def _figures(self, text: str, match: re.Match[str]) -> Span:
        """The amount in figures, starting after the line break when the figure before it numbers something else."""
        start, end = match.start(), match.end()
        wrapped = text.find("\n", start, end)
        numbered = wrapped > 0 and text[start:wrapped].strip().isdigit()
        if numbered and _NUMBERED_BEFORE.search(text, max(0, start - 20), start):
            start = wrapped + 1
            while text[start] in " \t":
                start += 1
        return make_span(text, start, end, self.label)
