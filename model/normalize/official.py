"""OFFICIAL → ``{"first_name", "last_name"}``, split where the case shows it (surname in capitals).

Example:
    >>> normalize_official("LEFEBVRE Jean-Marc")
    {'first_name': 'Jean-Marc', 'last_name': 'LEFEBVRE'}
    >>> normalize_official("Anne de LA TOUR"), normalize_official("ROCHE")
    ({'first_name': 'Anne', 'last_name': 'de LA TOUR'}, {'first_name': None, 'last_name': 'ROCHE'})
    >>> normalize_official("Paul Roche") is None
    True
"""

from __future__ import annotations

import re
from typing import Any

from model.normalize import register
from model.normalize.text import unbreak

_PARTICLES = {"de", "du", "des", "d'", "la", "le", "van", "von", "der", "di", "da", "dos", "del", "épouse", "née"}


def _is_surname(token: str) -> bool:
    if re.fullmatch(r"(?:[A-ZÀ-Þ]\.-?)+|[A-ZÀ-Þ]-[A-ZÀ-Þ]\.", token):  # initials: ``J.-P.``, ``J-M.``
        return False
    letters = re.sub(r"[^\w]", "", re.sub(r"^[dl]['’]", "", token))
    return (len(letters) >= 2 and letters.isupper()) or bool(re.fullmatch(r"[A-Z]['’][A-ZÀ-Þ-]+", token))


@register("OFFICIAL")
def normalize_official(surface: str) -> dict[str, Any] | None:
    """First and last name; ``None`` when no token is in capitals (the split would be a guess)."""
    tokens = unbreak(surface).split()
    surname = [i for i, token in enumerate(tokens) if _is_surname(token)]
    if not surname:
        return None
    start, end = surname[0], surname[-1] + 1
    while start > 0 and tokens[start - 1].lower() in _PARTICLES:
        start -= 1
    first = tokens[:start] + tokens[end:]
    return {"first_name": " ".join(first) or None, "last_name": " ".join(tokens[start:end])}
