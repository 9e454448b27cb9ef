"""OFFICIAL → ``{"first_name", "last_name"}``, split where the case shows it (surname in capitals),
else where a known first name stands at one end (``Paul Roche``, ``CLAIRE DUBOIS``, ``Dubois Claire``).

Example:
    >>> normalize_official("LEFEBVRE Jean-Marc")
    {'first_name': 'Jean-Marc', 'last_name': 'LEFEBVRE'}
    >>> normalize_official("Anne de LA TOUR"), normalize_official("ROCHE")
    ({'first_name': 'Anne', 'last_name': 'de LA TOUR'}, {'first_name': None, 'last_name': 'ROCHE'})
    >>> normalize_official("Paul Roche"), normalize_official("Dubois Claire")
    ({'first_name': 'Paul', 'last_name': 'Roche'}, {'first_name': 'Claire', 'last_name': 'Dubois'})
    >>> normalize_official("Xyz Wvu") is None
    True
"""

from __future__ import annotations

import re
from typing import Any

from model.normalize import register
from model.normalize.text import unbreak
from model.rules.names import known_first_name

_PARTICLES = {"de", "du", "des", "d'", "la", "le", "van", "von", "der", "di", "da", "dos", "del", "épouse", "née"}


def _is_surname(token: str) -> bool:
    if re.fullmatch(r"(?:[A-ZÀ-Þ]\.-?)+|[A-ZÀ-Þ]-[A-ZÀ-Þ]\.", token):  # initials: ``J.-P.``, ``J-M.``
        return False
    letters = re.sub(r"[^\w]", "", re.sub(r"^[dl]['’]", "", token))
    return (len(letters) >= 2 and letters.isupper()) or bool(re.fullmatch(r"[A-Z]['’][A-ZÀ-Þ-]+", token))


@register("OFFICIAL")
def normalize_official(surface: str) -> dict[str, Any] | None:
    """First and last name; ``None`` when neither the case nor a known first name shows the split."""
    tokens = unbreak(surface).split()
    surname = [i for i, token in enumerate(tokens) if _is_surname(token)]
    if not surname or len(surname) == len(tokens) > 1:
        return _split_on_first_name(tokens) if len(tokens) > 1 else _surname_only(tokens)
    start, end = surname[0], surname[-1] + 1
    while start > 0 and tokens[start - 1].lower() in _PARTICLES:
        start -= 1
    first = tokens[:start] + tokens[end:]
    return {"first_name": " ".join(first) or None, "last_name": " ".join(tokens[start:end])}


def _surname_only(tokens: list[str]) -> dict[str, Any] | None:
    # A lone name after a civility is a surname, whatever its case (``M. Roche``).
    return {"first_name": None, "last_name": tokens[0]} if tokens else None


def _split_on_first_name(tokens: list[str]) -> dict[str, Any] | None:
    """Title-case or all-capitals names: the known first name at the start (or else the end) splits it."""
    if known_first_name(tokens[0]):
        return {"first_name": tokens[0], "last_name": " ".join(tokens[1:])}
    if known_first_name(tokens[-1]):
        return {"first_name": tokens[-1], "last_name": " ".join(tokens[:-1])}
    return None
