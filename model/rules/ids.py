"""What an identifier of a deliberation or a local act looks like, whatever introduces it (guidelines D1–D4, D9).

Example:
    >>> import re
    >>> re.fullmatch(ID, "DPR-DGS 18-0070") is not None, re.fullmatch(ID, "DU 28/05/2018") is not None
    (True, False)
    >>> [plausible_id(s, strict=True) for s in ("DEL-2022-114", "20H00", "12/03/2024")]
    [True, False, False]
"""

from __future__ import annotations

import re

CORE = r"[A-Z0-9][A-Za-z0-9]{0,15}(?:(?:[-/_.]|-\n)[A-Za-z0-9]{1,15}){0,6}"
#: A letter prefix separated from the number by a space or a line break (``B 24.117``, ``DPR-DGS 18-0070``,
#: ``DEL⏎18/34``); French words before a number are no prefix (``SÉANCE DU 28/05/2018``).
PREFIX = r"(?!(?:DU|LE|LA|LES|AU|AUX|EN|ET|DES|PAR|SUR|DANS)[ \n])[A-Z]{1,6}(?:[-_][A-Z]{1,8}){0,2}[ \n](?=\d)"
#: An identifier: an optional prefix, then the core; stray markdown after it stays outside (``2021-DE-176__``).
ID = rf"(?-i:(?:{PREFIX})?{CORE})(?![^\W_]|°|_[^\W_])"
_TRANSMISSION = re.compile(r"\d{3}-\d{9}-\d{8}")
#: A time of day in a heading (``SÉANCE DU 18 MARS 2024 – 20H00``).
_TIME = re.compile(r"\d{1,2}[hH](?:\d{2})?")
_DATE_OR_PAGE = re.compile(r"\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}")
#: Budget imputations in a table cell (``| 65-6574-024``) are not identifiers.
BUDGET_FORM = re.compile(r"\d{2,3}[-/]\d{2,8}(?:[-/]\d{1,8})?")


def plausible_id(ident: str, *, strict: bool, date_like: bool = False) -> bool:
    """A real identifier: digits, not a transmission receipt, nor a date or page unless ``date_like`` (after
    ``délibération n°``, ``21.01.04`` is a number); ``strict`` wants a separator or letters."""
    if not any(ch.isdigit() for ch in ident) or _TRANSMISSION.match(ident) or _TIME.fullmatch(ident):
        return False
    if not date_like and _DATE_OR_PAGE.fullmatch(ident):
        return False
    if strict:
        return any(ch in "-/_." for ch in ident) or any(ch.isalpha() for ch in ident)
    return True
