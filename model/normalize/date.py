"""DATE → ``{"iso": "YYYY-MM-DD"}``: numeric (day first), written, in words, opening formula.

Example:
    >>> normalize_date("mardi 1er juillet 2022"), normalize_date("14/03/23")
    ({'iso': '2022-07-01'}, {'iso': '2023-03-14'})
    >>> normalize_date("deux mille vingt-quatre, le dix-huit du mois d'avril")
    {'iso': '2024-04-18'}
    >>> normalize_date("31/02/2024") is None
    True
"""

from __future__ import annotations

import datetime
import re
from typing import Any

from model.normalize import register
from model.normalize.text import fold, unbreak, words_to_number
from model.rules.lexicon import MONTHS, WEEKDAYS

_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_NUMERIC = re.compile(r"(\d{1,2})\s?[/.-]\s?(\d{1,2})\s?[/.-]\s?(\d{2}|\d{4})")
_MONTH_ABBREVIATIONS = {"janv": 1, "fev": 2, "fevr": 2, "avr": 4, "juil": 7, "sept": 9, "oct": 10, "nov": 11, "dec": 12}
_MONTH_NAMES = sorted({fold(m) for m in MONTHS}, key=len, reverse=True)
#: A month name, also hyphenated by a line break (``jan-vier`` once :func:`unbreak` has joined the lines),
#: or an abbreviation with its dot (``sept.``; ``sept`` alone is the number seven).
_MONTH = re.compile(
    r"\b(" + "|".join("-?".join(name) for name in _MONTH_NAMES) + r")\b"
    r"|\b(" + "|".join(sorted(_MONTH_ABBREVIATIONS, key=len, reverse=True)) + r")\."
)
_WEEKDAY = re.compile(r"\b(?:" + "|".join(WEEKDAYS) + r")\b,?")


@register("DATE")
def normalize_date(surface: str) -> dict[str, Any] | None:
    """The ISO date of a French date surface, or ``None`` when it is not a valid full date."""
    text = fold(unbreak(surface)).removeprefix("le ")
    for pattern, order in ((_ISO, "ymd"), (_NUMERIC, "dmy")):
        match = pattern.fullmatch(text)
        if match:
            parts = dict(zip(order, (int(group) for group in match.groups()), strict=True))
            if len(match.group(order.index("y") + 1)) == 2:
                parts["y"] += 2000 if parts["y"] < 70 else 1900
            return _iso(parts["y"], parts["m"], parts["d"])
    return _written(text)


def _written(text: str) -> dict[str, Any] | None:
    """``[weekday] day month year`` or the opening formula ``year, le day [du mois de] month``."""
    month_match = _MONTH.search(text)
    if month_match is None:
        return None
    name = (month_match.group(1) or month_match.group(2)).replace("-", "")
    month = MONTHS.get(name) or _MONTH_ABBREVIATIONS.get(name) or next(n for m, n in MONTHS.items() if fold(m) == name)
    before, after = text[: month_match.start()], text[month_match.end() :]
    before = re.sub(r"\bdu mois (?:de|d')\s*$", "", before.strip()).strip()
    opening = re.match(r"(?P<year>.+?),?\s+(?:et\s+)?le\s+(?P<day>.+)$", before)
    if opening and not after.strip():
        year_text, day_text = opening.group("year"), opening.group("day")
    else:
        year_text, day_text = after, before
    day, year = _number(_WEEKDAY.sub("", day_text)), _number(year_text)
    if day is None or year is None:
        return None
    return _iso(year, month, day)


def _number(text: str) -> int | None:
    text = text.strip(" ,")
    if re.fullmatch(r"1\s?(?:er|ᵉʳ)", text):
        return 1
    if text.isdigit():
        return int(text)
    return words_to_number(text)


def _iso(year: int, month: int, day: int) -> dict[str, Any] | None:
    try:
        return {"iso": datetime.date(year, month, day).isoformat()}
    except ValueError:
        return None
