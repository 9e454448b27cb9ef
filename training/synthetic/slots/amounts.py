"""Sums of money across magnitudes and writing conventions (guidelines A1–A5).

Example:
    >>> import random
    >>> rng = random.Random(3)
    >>> group_digits(1250000, " ")
    '1 250 000'
    >>> render_amount(rng, 2500, "words")[0]
    'deux mille cinq cents euros'
    >>> render_amount(rng, 3_200_000, "millions", tax="")[0] in ("3,2 M€", "3,2 M €", "3,2 millions d'euros")
    True
"""

from __future__ import annotations

import math
import random

from num2words import num2words

#: Formats and their weights when none is asked for.
FORMATS: dict[str, float] = {
    "digits": 46,
    "cents": 30,
    "words": 4,
    "millions": 5,
    "kilo": 2,
    "prefix": 2,
    "euro_cents": 1,
    "plain": 8,
    "spaced": 0.5,
}
# Only tax mentions join an amount (A1, A11): ``net``, ``bruts``, ``net vendeur`` stay outside.
_TAX = (
    ("", 63),
    (" HT", 14),
    (" TTC", 10),
    (" H.T.", 3),
    (" T.T.C.", 2),
    (" hors taxes", 4),
    (" toutes taxes comprises", 2),
)
_CURRENCY = ((" €", 62), ("€", 6), (" euros", 24), (" EUR", 5), (" Euros", 1))


def magnitude(rng: random.Random, low: float = 50, high: float = 5_000_000) -> float:
    """A value spread log-uniformly, rounded the way budgets round."""
    value = math.exp(rng.uniform(math.log(low), math.log(high)))
    roll = rng.random()
    if roll < 0.35:
        step = 10 ** max(0, int(math.log10(value)) - 1)
        value = round(value / step) * step
    elif roll < 0.6:
        value = round(value / 100) * 100 or 100
    elif roll < 0.8:
        value = round(value)
    else:
        value = round(value, 2)
    return float(value)


def group_digits(integer: int, sep: str) -> str:
    text = str(integer)
    if not sep:
        return text
    groups = []
    while len(text) > 3:
        groups.append(text[-3:])
        text = text[:-3]
    groups.append(text)
    return sep.join(reversed(groups))


def _separator(rng: random.Random) -> str:
    """A French thousands separator: a space (plain, no-break, narrow), a dot, or none.

    Never the Swiss apostrophe (``40'900``) nor the English comma (``40,900``).
    """
    return rng.choices((" ", "\u00a0", "\u202f", ".", ""), (63, 12, 6, 12, 7))[0]


def _number(rng: random.Random, value: float, cents: bool) -> str:
    integer, fraction = divmod(round(value * 100), 100)  # 5270.999 is 5 271,00, never 5 270,100
    sep = _separator(rng) if integer >= 1000 else ""
    text = group_digits(integer, sep)
    if cents or fraction:
        decimal = ","
        if not sep and rng.random() < 0.04:
            decimal = "."  # a spreadsheet export (``28567.37``), never mixed with French grouping
        text += f"{decimal}{fraction:02d}"
    return text


def amount_words(value: float) -> str:
    """``2500`` → ``deux mille cinq cents euros``; cents spoken after the euros."""
    integer, fraction = divmod(round(value * 100), 100)
    euros = "euro" if integer == 1 else "euros"
    text = f"{num2words(integer, lang='fr')} {euros}"
    if integer and integer % 1_000_000 == 0:
        text = text.replace(" euros", " d'euros")
    if fraction:
        text += f" {num2words(fraction, lang='fr')}"
    return text


def render_amount(
    rng: random.Random, value: float, fmt: str | None = None, *, tax: str | None = None
) -> tuple[str, str]:
    """``(surface, format)`` of an amount; ``tax`` forces the tax mention (``""`` for none)."""
    fmt = fmt or rng.choices(list(FORMATS), list(FORMATS.values()))[0]
    if (fmt == "millions" and value < 1_000_000) or (fmt == "kilo" and not 1000 <= value < 1_000_000):
        fmt = "digits"  # "1 M€" for 10 000 € would say another sum
    if tax is None:
        tax = rng.choices([t for t, _ in _TAX], [w for _, w in _TAX])[0]
    currency = rng.choices([c for c, _ in _CURRENCY], [w for _, w in _CURRENCY])[0]
    if fmt == "digits":
        text = _number(rng, round(value), cents=False) + currency
    elif fmt == "cents":
        text = _number(rng, value, cents=True) + currency
    elif fmt == "plain":
        text = f"{round(value)}{currency}"
    elif fmt == "words":
        text = amount_words(round(value) if value >= 100 else value)
        tax = tax if rng.random() < 0.3 else ""
    elif fmt == "millions":
        millions = value / 1_000_000
        number = f"{millions:.2f}".rstrip("0").rstrip(".").replace(".", ",")
        unit = rng.choices(("M€", "M €", "millions d'euros"), (45, 15, 40))[0]
        if unit == "millions d'euros" and millions < 2:
            unit = "million d'euros"
        text = f"{number} {unit}"
    elif fmt == "kilo":
        thousands = round(value / 1000)
        text = f"{thousands} {rng.choice(('k€', 'K€', 'k€'))}"
    elif fmt == "prefix":
        # ``EUR 12 500`` (A3) is the form of payment orders and tables; the symbol before (``€ 12 500``) is not French.
        text = "EUR " + _number(rng, value, cents=rng.random() < 0.5)
        tax = ""
    elif fmt == "euro_cents" and value < 1000:
        euros, cents = divmod(round(value * 100), 100)
        cents = cents or rng.randint(1, 99)
        text = rng.choice((f"{euros} € {cents:02d}", f"{euros}€{cents:02d}"))
    elif fmt == "euro_cents":
        return render_amount(rng, value, "cents", tax=tax)
    elif fmt == "spaced":
        # Amounts broken by PDF extraction (settled case): tagged as they stand.
        text = " ".join(_number(rng, value, cents=True).replace(" ", "")) + " €"
    else:
        raise ValueError(f"unknown amount format {fmt!r}")
    return text + tax, fmt


def tax_label(rng: random.Random) -> str:
    """Words that say an amount is before or after tax, when the amount itself carries none."""
    return rng.choice(("hors taxes", "HT", "TTC", "toutes taxes comprises"))
