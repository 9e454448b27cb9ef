"""Dates in every format of the guidelines (T1, T2), and French number words.

Example:
    >>> import random
    >>> from datetime import date
    >>> render_date(random.Random(0), date(2023, 3, 14), "weekday")
    ('mardi 14 mars 2023', 'weekday')
    >>> render_date(random.Random(0), date(2022, 7, 1), "long")[0].endswith(" juillet 2022")
    True
    >>> words(2023)
    'deux mille vingt-trois'
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from num2words import num2words

MONTHS = (
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
)
MONTHS_ABBR = ("janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc.")
WEEKDAYS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")

#: Formats and their weights when none is asked for.
FORMATS: dict[str, float] = {
    "long": 34,
    "weekday": 8,
    "slash": 26,
    "slash_short": 4,
    "dot": 4,
    "dash": 3,
    "iso": 1,  # electronic signatures and exports; rare in running text
    "words": 1.5,  # formal certifications; the opening formula has its own draw
    "caps": 1.5,  # capitals come mostly from headings set in capitals
    "padded": 5,
    "Weekday": 3,
    "spaced_slash": 0.3,  # form fields flattened by extraction (``14 / 03 / 2023``)
}


def words(number: int) -> str:
    """A cardinal in French words (``quatre-vingt-onze``)."""
    return num2words(number, lang="fr")


def year_words(year: int, rng: random.Random | None = None) -> str:
    """``deux mille vingt-trois``, sometimes the clerks' ``deux mil vingt-trois``."""
    text = words(year)
    if rng is not None and year >= 2000 and rng.random() < 0.2:
        text = text.replace("deux mille", "deux mil", 1)
    return text


def day_words(day: int) -> str:
    return "premier" if day == 1 else words(day)


def _day(d: date, rng: random.Random, ordinal_p: float = 0.85) -> str:
    if d.day == 1 and rng.random() < ordinal_p:
        return rng.choice(("1er", "1er", "1er", "1er", "1ᵉʳ", "premier"))
    return str(d.day)


def render_date(rng: random.Random, d: date, fmt: str | None = None) -> tuple[str, str]:
    """``(surface, format)`` of a full calendar date."""
    fmt = fmt or rng.choices(list(FORMATS), list(FORMATS.values()))[0]
    month = MONTHS[d.month - 1]
    if fmt == "long":
        text = f"{_day(d, rng)} {month} {d.year}"
    elif fmt in ("weekday", "Weekday"):
        weekday = WEEKDAYS[d.weekday()]
        text = f"{weekday.capitalize() if fmt == 'Weekday' else weekday} {_day(d, rng)} {month} {d.year}"
    elif fmt == "slash":
        text = f"{d.day:02d}/{d.month:02d}/{d.year}"
    elif fmt == "slash_short":
        text = f"{d.day:02d}/{d.month:02d}/{d.year % 100:02d}"
    elif fmt == "dot":
        text = f"{d.day:02d}.{d.month:02d}.{d.year}"
    elif fmt == "dash":
        text = f"{d.day:02d}-{d.month:02d}-{d.year}"
    elif fmt == "iso":
        text = d.isoformat()
    elif fmt == "words":
        text = f"{day_words(d.day)} {month} {year_words(d.year, rng)}"
    elif fmt == "caps":
        text = f"{_day(d, rng)} {month} {d.year}".upper()
        if rng.random() < 0.3:
            text = f"{WEEKDAYS[d.weekday()].upper()} {text}"
    elif fmt == "padded":
        text = f"{d.day:02d} {month} {d.year}"
    elif fmt == "abbr":
        text = f"{d.day} {MONTHS_ABBR[d.month - 1]} {d.year}"
    elif fmt == "spaced_slash":
        text = f"{d.day:02d} / {d.month:02d} / {d.year}"
    else:
        raise ValueError(f"unknown date format {fmt!r}")
    return text, fmt


def opening_formula(rng: random.Random, d: date) -> tuple[str, str]:
    """The date of the opening formula after ``L'an`` (T2): ``deux mille vingt-cinq, le treize mars``."""
    year = year_words(d.year, rng)
    day = day_words(d.day) if rng.random() < 0.85 else _day(d, rng)
    month = MONTHS[d.month - 1]
    variant = rng.choices(("comma", "et", "du_mois", "caps"), (70, 12, 8, 10))[0]
    if variant == "comma":
        text = f"{year}, le {day} {month}"
    elif variant == "et":
        text = f"{year} et le {day} {month}"
    elif variant == "du_mois":
        text = f"{year}, le {day} du mois {'d' + chr(39) if month[0] in 'aeiou' else 'de '}{month}"
    else:
        text = f"{year}, le {day} {month}".upper()
    return text, f"opening:{variant}"


def time_of_day(rng: random.Random) -> str:
    """A meeting time, written outside any date span (T3)."""
    hour = rng.choice((9, 10, 14, 17, 18, 18, 18, 19, 19, 20, 20))
    minute = rng.choice((0, 0, 0, 0, 15, 30, 30, 45))
    form = rng.randrange(8)
    if form == 0:
        return f"{hour} h {minute:02d}" if minute else f"{hour} h"
    if form == 1:
        return f"{hour}h{minute:02d}" if minute else f"{hour}h"
    if form == 2:
        return f"{hour} heures" + (f" {minute}" if minute else "")
    if form == 3:
        return f"{hour}:{minute:02d}"
    if form == 4:
        return words(hour) + " heures" + (f" {words(minute)}" if minute else "")
    if form == 5:
        return f"{hour}H{minute:02d}"
    return f"{hour} h {minute:02d}"


def random_date(rng: random.Random, first_year: int = 2016, last_year: int = 2025) -> date:
    start = date(first_year, 1, 1).toordinal()
    end = date(last_year, 12, 31).toordinal()
    return date.fromordinal(rng.randint(start, end))


def before(rng: random.Random, d: date, min_days: int, max_days: int) -> date:
    return d - timedelta(days=rng.randint(min_days, max_days))


def after(rng: random.Random, d: date, min_days: int, max_days: int) -> date:
    return d + timedelta(days=rng.randint(min_days, max_days))


def working_day(d: date) -> date:
    """The Friday before a Saturday or Sunday, else the day itself.

    >>> working_day(date(2024, 6, 16)).isoformat()
    '2024-06-14'
    """
    return d - timedelta(days=max(0, d.weekday() - 4))


def meeting_date(rng: random.Random) -> date:
    """A session date, on a weekday (councils rarely sit at weekends)."""
    d = random_date(rng)
    while d.weekday() >= 5 and rng.random() < 0.9:
        d += timedelta(days=1)
    return d
