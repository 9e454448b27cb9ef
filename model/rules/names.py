"""First names the rules recognise without any other context (loaded on first use).

The lists come from Faker's person providers of the languages whose names are
common among French elected members, plus :data:`~model.rules.first_names_fr.EXTRA_FIRST_NAMES`;
they are read once and cached. Accents are ignored, so that names typed in capitals
without them (``HELENE``) are known too.

Example:
    >>> known_first_name("Jean-Pierre"), known_first_name("Pôle"), known_first_name("HELENE")
    (True, False, True)
"""

from __future__ import annotations

import importlib
import unicodedata
from functools import cache, lru_cache

from model.rules.first_names_fr import EXTRA_FIRST_NAMES

#: Faker locales whose first names we accept.
LOCALES: tuple[str, ...] = ("fr_FR", "fr_CA", "fr_CH", "it_IT", "es_ES", "pt_PT", "de_DE", "en_US", "ar_AA", "nl_NL")


def fold(word: str) -> str:
    """``word`` in lower case without accents: ``Hélène`` → ``helene``."""
    decomposed = unicodedata.normalize("NFKD", word.lower())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@cache
def first_names() -> frozenset[str]:
    """Every first name of :data:`LOCALES` and of the extra list, folded (:func:`fold`)."""
    names: set[str] = set(EXTRA_FIRST_NAMES)
    for locale in LOCALES:
        try:
            provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
        except (ImportError, AttributeError):  # an older Faker without this locale: fewer names, no failure
            continue
        for attribute in ("first_names", "first_names_male", "first_names_female"):
            values = getattr(provider, attribute, None) or ()
            names.update(str(name) for name in values)
    return frozenset(fold(name) for name in names)


@lru_cache(maxsize=1 << 14)
def known_first_name(token: str) -> bool:
    """Whether ``token`` (a single or hyphenated first name, any case) is a known name or made of known names."""
    known = first_names()
    folded = fold(token.strip("-"))
    parts = [part for part in folded.split("-") if part]
    return bool(parts) and (folded in known or all(part in known for part in parts))
