"""A document's house style: colons, quotes, bullets, headings, apostrophes, particles.

Example:
    >>> import random
    >>> typo = draw_typography(random.Random(0))
    >>> typo.colon in (" : ", ": ", "\u00a0: ", " :")
    True
"""

from __future__ import annotations

import random
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Typography:
    """A document's house style."""

    colon: str  # " : ", ": ", "\u00a0: "
    semicolon: str  # " ;" or ";"
    quotes: tuple[str, str]
    bullet: str
    caps_headings: float  # probability that a heading is in capitals
    bold_headings: float  # probability of stray markdown around a heading
    blank_lines: bool
    curly_apostrophe: bool
    accents_on_caps: bool
    particle_case: bool


def draw_typography(rng: random.Random) -> Typography:
    return Typography(
        colon=rng.choices((" : ", ": ", "\u00a0: ", " :", " : "), (45, 30, 12, 3, 10))[0],
        semicolon=rng.choice((" ;", ";", " ;", "\u00a0;")),
        quotes=rng.choices(
            (("« ", " »"), ("«\u00a0", "\u00a0»"), ('"', '"'), ("“", "”"), ("«", "»")), (35, 15, 25, 15, 10)
        )[0],
        bullet=rng.choices(("- ", "• ", "– ", "", "* ", " ", "> ", "o "), (30, 15, 15, 20, 4, 6, 3, 4))[0],
        caps_headings=rng.choice((0.0, 0.3, 0.8, 1.0)),
        bold_headings=rng.choices((0.0, 0.6, 1.0), (80, 12, 8))[0],
        blank_lines=rng.random() < 0.55,
        curly_apostrophe=rng.random() < 0.45,
        accents_on_caps=rng.random() < 0.8,
        particle_case=rng.random() < 0.6,
    )
