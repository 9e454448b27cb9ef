"""First names the rules recognise without any other context (loaded on first use).

The lists come from Faker's person providers of the languages whose names are
common among French elected members; they are read once and cached.

Example:
    >>> known_first_name("Jean-Pierre"), known_first_name("Pôle")
    (True, False)
"""

from __future__ import annotations

import importlib
from functools import cache

#: Faker locales whose first names we accept.
LOCALES: tuple[str, ...] = ("fr_FR", "fr_CA", "fr_CH", "it_IT", "es_ES", "pt_PT", "de_DE", "en_US", "ar_AA", "nl_NL")


@cache
def first_names() -> frozenset[str]:
    """Every first name of :data:`LOCALES`, in lower case."""
    names: set[str] = set()
    for locale in LOCALES:
        try:
            provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
        except (ImportError, AttributeError):  # an older Faker without this locale: fewer names, no failure
            continue
        for attribute in ("first_names", "first_names_male", "first_names_female"):
            values = getattr(provider, attribute, None) or ()
            names.update(str(name).lower() for name in values)
    return frozenset(names)


def known_first_name(token: str) -> bool:
    """Whether ``token`` (a single or hyphenated first name) is made of known first names."""
    parts = [part for part in token.strip("-").split("-") if part]
    known = first_names()
    return bool(parts) and all(part.lower() in known for part in parts)
