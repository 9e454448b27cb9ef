"""Imputations inside sentences: the preposition and article the first component word takes
(``au chapitre``, ``à l'article``, ``aux comptes``, ``sur l'imputation``), all outside the span.

Example:
    >>> preposition("à", "articles 6574 et 6558"), preposition("sur", "imputation 65/6574"), preposition("à", "65/6574")
    ('aux ', "sur l'", 'à la ligne ')
"""

from __future__ import annotations

import random

from training.synthetic.builder import Pieces
from training.synthetic.slots.budget import FORMS, Imputation, render_imputation

#: Forms that fit after a preposition inside a sentence (the colon and range forms bring their own words).
SENTENCE_FORMS = {form: w for form, w in FORMS.items() if form not in ("imputation_colon", "chapitre_range")}
# Gender of each component word: m, f, or v (elided before a vowel: l'article, l'imputation).
_GENDER = {
    "chapitre": "m",
    "chap.": "m",
    "article": "v",
    "art.": "v",
    "nature": "f",
    "compte": "m",
    "fonction": "f",
    "fonct.": "f",
    "opération": "v",
    "op.": "v",
    "programme": "m",
    "sous-politique": "f",
    "sous-fonction": "f",
    "imputation": "v",
    "c/": "m",
}
_ARTICLES = {
    "à": {"m": "au ", "f": "à la ", "v": "à l'", "p": "aux "},
    "de": {"m": "du ", "f": "de la ", "v": "de l'", "p": "des "},
    "sur": {"m": "sur le ", "f": "sur la ", "v": "sur l'", "p": "sur les "},
    "": {"m": "le ", "f": "la ", "v": "l'", "p": "les "},
}


def preposition(prep: str, surface: str) -> str:
    """What a sentence puts before an imputation: ``au chapitre``, ``à l'article``, ``aux comptes``,
    ``sur l'imputation``; a bare code gets ``la ligne`` (``à la ligne 65/6574``), a word outside the span."""
    word = surface.split()[0].lower() if surface.split() else ""
    word = "c/" if word.startswith("c/") else word
    plural = word not in _GENDER and word.endswith("s") and word[:-1] in _GENDER
    gender = "p" if plural else _GENDER.get(word, "")
    if not gender:
        return {"à": "à la ligne ", "de": "de la ligne ", "sur": "sur la ligne ", "": "la ligne "}[prep]
    return _ARTICLES[prep][gender]


def render_in_sentence(rng: random.Random, imp: Imputation, prep: str, form: str | None = None) -> tuple[Pieces, str]:
    """``(pieces, form)``: the imputation after ``prep`` (``à``, ``de``, ``sur`` or ``""``) with its article."""
    form = form or rng.choices(list(SENTENCE_FORMS), list(SENTENCE_FORMS.values()))[0]
    pieces, form = render_imputation(rng, imp, form)
    first = next(p for p in pieces if isinstance(p, tuple))
    return [preposition(prep, first[1]), *pieces], form
