"""DATE: full calendar dates, numeric or written, in figures or in words.

Also exports the regex fragments other rules reuse (a legal reference ends with
its date). Patterns only use bounded repeats, so matching stays linear.

Example:
    >>> [s.text for s in DateRule()("Séance du mardi 14 mars 2023, convoquée le 20 mai.")]
    ['mardi 14 mars 2023']
    >>> [s.text for s in DateRule()("L'an deux mil vingt-quatre et le douze février à 18 h")]
    ['deux mil vingt-quatre et le douze février']
"""

from __future__ import annotations

import re
from functools import cache

from model.rules.base import lowered, make_span, ordered, soft, words
from model.rules.lexicon import WEEKDAYS
from model.span import Span

_UNITS = ("un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf")
_TEENS = ("dix", "onze", "douze", "treize", "quatorze", "quinze", "seize", "dix-sept", "dix-huit", "dix-neuf")
_DAY_WORD_LIST = (
    "premier", *_UNITS[1:], *_TEENS, "vingt", "trente", "vingt et un", "vingt-et-un", "trente et un", "trente-et-un",
    *(f"vingt-{unit}" for unit in _UNITS[1:]), "un",
)  # fmt: skip
_TENS_WORDS = "dix|onze|douze|treize|quatorze|quinze|seize|vingts?|trente|quarante|cinquante|soixante"

_MONTH_NAMES = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
                "novembre", "décembre")  # fmt: skip
MONTH = words(
    [
        *(soft(m) for m in _MONTH_NAMES),
        r"janv\.",
        r"f[ée]vr?\.",
        r"avr\.",
        r"juil\.",
        r"sept\.",
        r"oct\.",
        r"nov\.",
        r"d[ée]c\.",
    ]
)
WEEKDAY = words(WEEKDAYS)
DAY_NUM = r"(?:1\s?er|1ᵉʳ|3[01]|[12]\d|0?[1-9])(?!\d)"
DAY_WORD = words(w.replace(" ", r"[\s-]").replace("-", r"[\s-]") for w in _DAY_WORD_LIST)
YEAR_NUM = r"(?:1[89]|20)\d{2}(?!\d)"
YEAR_WORD = (
    r"(?:deux[\s-]{1,3}mil(?:le)?s?|mil(?:le)?[\s-]{1,3}neuf[\s-]{1,3}cents?)"
    rf"(?:[\s-]{{1,3}}(?:et|{_TENS_WORDS}|{'|'.join(_UNITS)})(?![a-zà-ÿ])){{0,6}}"
)
#: Between the words of a date: a few spaces, or a line break with the indentation around it (guidelines G2).
_GAP = r"(?:[ \t\u00a0\u202f]{0,20}\n[ \t\u00a0\u202f]{0,20}|\s{1,3})"
#: A written date in one of its forms: ``1er juillet 2022``, ``mardi 14 mars 2023``, ``vingt juin deux mille …``.
WRITTEN_DATE = (
    rf"(?:{WEEKDAY},?\s{{1,20}})?(?:{DAY_NUM}|{DAY_WORD}){_GAP}(?:du\s{{1,3}}mois\s{{1,3}}(?:de\s{{1,3}}|d['’]\s?))?"
    rf"{MONTH}{_GAP}(?:{YEAR_NUM}|{YEAR_WORD})"
)
_D, _M = r"(?:3[01]|[12]\d|0?[1-9])", r"(?:1[0-2]|0?[1-9])"
_D2, _M2, _Y4 = r"(?:3[01]|[12]\d|0[1-9])", r"(?:1[0-2]|0[1-9])", r"(?:19|20)\d{2}"
#: ``14/03/2023``, ``14.03.2023``, ``14-03-23``, ``2023-03-14``, ``19 / 06 / 2020``;
#: two-digit years need a two-digit day and month outside the slash form, so that ``2.1.12``
#: (an outline number) is not a date.
NUMERIC_DATE = (
    rf"(?:{_D}/{_M}/(?:{_Y4}|\d{{2}})|{_D}\s{{0,2}}/\s{{0,2}}{_M}\s{{0,2}}/\s{{0,2}}{_Y4}|{_D}\.{_M}\.{_Y4}|{_D}-{_M}-{_Y4}"
    rf"|{_D2}\.{_M2}\.\d{{2}}|{_D2}-{_M2}-\d{{2}}|{_Y4}-{_M2}-{_D2})"
)
#: Any date another rule may need to swallow (``loi … du 27 décembre 2019``).
ANY_DATE = rf"(?:{WRITTEN_DATE}|{NUMERIC_DATE}(?![\w/]|[.,-]\d))"

_OPENING = (
    rf"(?<![\w])l['’]an\s{{1,3}}(?P<span>(?:{YEAR_WORD}|{YEAR_NUM}),?\s{{1,3}}(?:et\s{{1,3}})?le\s{{1,3}}(?:{WEEKDAY}\s{{1,3}})?"
    rf"(?:{DAY_NUM}|{DAY_WORD})\s{{1,3}}(?:du\s{{1,3}}mois\s{{1,3}}(?:de\s{{1,3}}|d['’]\s?))?{MONTH})(?![\w])"
)


_AFTER_NUMBER_SIGN = re.compile(r"[nN][°º]\s{0,3}$")


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    # Stray markdown around a date stays outside (``__SÉANCE DU 11 AVRIL 2025__``, guidelines G3).
    written = re.compile(rf"(?<![\w-]){WRITTEN_DATE}(?![^\W_])")  # on lower-cased text
    numeric = re.compile(rf"(?<![\w/.,-]){NUMERIC_DATE}(?![^\W_]|/|[.,-]\d)")
    opening = re.compile(_OPENING)  # on lower-cased text
    return written, numeric, opening


class DateRule:
    """Calendar dates (guidelines T1–T4); dates inside legal references are dropped later by the overlap policy."""

    label = "DATE"

    def __call__(self, text: str) -> list[Span]:
        written, numeric, opening = _patterns()
        low = lowered(text)
        spans = [make_span(text, m.start("span"), m.end("span"), self.label) for m in opening.finditer(low)]
        spans += [make_span(text, m.start(), m.end(), self.label) for m in written.finditer(low)]
        spans += [
            make_span(text, m.start(), m.end(), self.label, 0.95)
            for m in numeric.finditer(text)
            if not _AFTER_NUMBER_SIGN.search(text, max(0, m.start() - 6), m.start())  # ``DAP n° 21.01.04`` is a number
        ]
        return ordered(spans)
