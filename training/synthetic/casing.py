"""Capitalised common nouns, as many registers write them (``le Conseil Municipal``, ``le Budget
Primitif``, ``la Directrice Générale des Services``): capitalised words that are not names, the
hard negatives a title-case name detector needs. Plain text only; entities are left as they are.

Example:
    >>> capitalise_nouns(["Le conseil municipal adopte le budget primitif de ", ("AMOUNT", "12 €"), "."])
    ['Le Conseil Municipal adopte le Budget Primitif de ', ('AMOUNT', '12 €'), '.']
"""

from __future__ import annotations

import re

from training.synthetic.builder import Pieces

_PHRASES = (
    "conseil municipal",
    "conseil communautaire",
    "conseil métropolitain",
    "conseil départemental",
    "conseil régional",
    "conseil d'administration",
    "conseil de territoire",
    "commission permanente",
    "bureau communautaire",
    "bureau métropolitain",
    "comité syndical",
    "budget primitif",
    "budget principal",
    "budget supplémentaire",
    "décision modificative",
    "compte administratif",
    "compte de gestion",
    "compte financier unique",
    "directeur général des services",
    "directrice générale des services",
    "directeur des services techniques",
    "directrice des ressources humaines",
    "plan local d'urbanisme",
    "commission d'appel d'offres",
    "commission des finances",
    "centre communal d'action sociale",
    "débat d'orientation budgétaire",
    "rapport d'orientation budgétaire",
    "régime indemnitaire",
    "tableau des effectifs",
    "délégation de service public",
    "comité social territorial",
    "office de tourisme",
)
_SMALL = frozenset({"de", "des", "du", "la", "le", "d'", "l'", "et", "à", "aux"})


def _title(phrase: str) -> str:
    words = []
    for word in phrase.split(" "):
        if word in _SMALL:
            words.append(word)
        elif word.startswith(("d'", "l'")):
            words.append(word[:2] + word[2:3].upper() + word[3:])
        else:
            words.append(word[0].upper() + word[1:])
    return " ".join(words)


_CAPITALISED = {phrase: _title(phrase) for phrase in _PHRASES}
_PATTERN = re.compile(r"\b(?:" + "|".join(re.escape(p) for p in sorted(_PHRASES, key=len, reverse=True)) + r")\b")


def capitalise_nouns(pieces: Pieces) -> Pieces:
    """Capitalise the institutional phrases of the plain text."""
    return [
        _PATTERN.sub(lambda m: _CAPITALISED[m.group(0)], p) if isinstance(p, str) and len(p) > 12 else p for p in pieces
    ]
