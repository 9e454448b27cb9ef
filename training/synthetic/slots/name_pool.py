"""Pools of first names and surnames, drawn once per generator.

Names come from Faker's ``fr_FR`` locale, from neighbouring francophone and
European locales, and from ``resources/names.tsv`` (origins common in France that
Faker lacks, and surnames with particles as they really occur: ``de La Motte``,
``Le Bihan``, ``Da Costa``, ``Di Stefano``). Compound first names, hyphenated and
double surnames and ``épouse``/``née`` mentions are built here.

Example:
    >>> import random
    >>> pool = NamePool(seed=1, size=40)
    >>> person = pool.person(random.Random(0))
    >>> person.first != "" and person.last != ""
    True
"""

from __future__ import annotations

import random

from faker import Faker

from training.synthetic import lexicon
from training.synthetic.slots.names import Person

# (weight, first-name source, surname source): Faker locales or resource origins.
_ORIGINS: tuple[tuple[float, str, str], ...] = (
    (52, "fr_FR", "fr_FR"),
    (4, "fr_CH", "fr_CH"),
    (3, "fr_CA", "fr_CA"),
    (3, "nl_BE", "nl_BE"),
    (5, "it_IT", "it_IT"),
    (4, "es_ES", "es_ES"),
    (4, "pt_PT", "pt_PT"),
    (1, "pl_PL", "pl_PL"),
    (2, "fr_FR", "de_DE"),
    (8, "maghreb", "maghreb"),
    (3, "westafrica", "westafrica"),
    (1.5, "antilles", "antilles"),
    (1.5, "asia", "asia"),
    (1, "armenia", "armenia"),
    (1, "turkey", "turkey"),
    (5, "regional", "regional"),
)
#: Where surnames with particles come from for each surname source (``P`` rows of ``names.tsv``).
_PARTICLE_ORIGIN = {"fr_FR": "fr", "fr_CH": "fr", "fr_CA": "fr", "regional": "fr", "it_IT": "it", "es_ES": "es"}
_PARTICLE_ORIGIN |= {"pt_PT": "pt", "nl_BE": "nl"}
_LOCALES = ("fr_FR", "fr_CH", "fr_CA", "nl_BE", "it_IT", "es_ES", "pt_PT", "pl_PL", "de_DE")
_POOL_SIZE = {"fr_FR": 1200}
_DEFAULT_POOL = 250
#: Surnames that read as a role (``Maire``) would break the span rules; Faker has a few.
_ROLE_SURNAMES = frozenset(
    {"maire", "président", "adjoint", "adjointe", "conseiller", "préfet", "rapporteur", "délégué", "secrétaire"}
    | {"député", "sénateur", "préfète", "présidente"}
)


class NamePool:
    """First names by gender and surnames, pre-drawn per source (Faker is slow to call per name)."""

    def __init__(self, seed: int, size: int | None = None):
        self.first: dict[tuple[str, bool], list[str]] = {}
        self.last: dict[str, list[str]] = {}
        for n, locale in enumerate(_LOCALES):
            fake = Faker(locale)
            fake.seed_instance(seed * 31 + n)
            count = size or _POOL_SIZE.get(locale, _DEFAULT_POOL)
            self.first[(locale, True)] = _unique(fake.first_name_female() for _ in range(count))
            self.first[(locale, False)] = _unique(fake.first_name_male() for _ in range(count))
            self.last[locale] = [
                n for n in _unique(fake.last_name() for _ in range(count * 2)) if n.lower() not in _ROLE_SURNAMES
            ]
        self.particles: dict[str, list[str]] = {}
        for (kind, origin), values in lexicon.names_by_origin().items():
            if kind == "S":
                self.last[origin] = values
            elif kind == "P":
                self.particles[origin] = values
            else:
                self.first[(origin, kind == "F")] = values
        compounds = lexicon.compound_first_names()
        # Only simple parts join: "Jean-Claude-Paul" is not a name anyone bears.
        self.compound = {
            True: [f"{a}-{b}" for a in compounds["F"] for b in compounds["F2"] if a != b and "-" not in a],
            False: [f"{a}-{b}" for a in compounds["M"] for b in compounds["M2"] if a != b and "-" not in a],
        }
        self._weights = [w for w, _, _ in _ORIGINS]

    def person(self, rng: random.Random, female: bool | None = None) -> Person:
        female = rng.random() < 0.47 if female is None else female
        _, first_source, last_source = rng.choices(_ORIGINS, self._weights)[0]
        if rng.random() < 0.12:  # mixed families: a French first name with any surname
            first_source = "fr_FR"
        first = self._first(rng, first_source, female)
        last = self._last(rng, last_source)
        other, link = "", ""
        if female and rng.random() < 0.04:
            other, link = self._last(rng, "fr_FR", compound=False), rng.choice(("épouse", "née", "ép."))
        return Person(first, last, female, other, link)

    def _first(self, rng: random.Random, source: str, female: bool) -> str:
        if source == "fr_FR" and rng.random() < 0.12:
            return rng.choice(self.compound[female])
        return rng.choice(self.first.get((source, female)) or self.first[("fr_FR", female)])

    def _last(self, rng: random.Random, source: str, *, compound: bool = True) -> str:
        particles = self.particles.get(_PARTICLE_ORIGIN.get(source, ""), [])
        if particles and rng.random() < 0.05:
            return rng.choice(particles)
        last = rng.choice(self.last[source])
        if not compound:
            return last
        roll = rng.random()
        if roll < 0.07:
            last = f"{last}-{rng.choice(self.last[rng.choice(('fr_FR', source))])}"
        elif roll < 0.09 and " " not in last:
            last = f"{last} {rng.choice(self.last[source])}"
        return last


def _unique(values) -> list[str]:
    seen: dict[str, None] = {}
    for value in values:
        seen.setdefault(value, None)
    return list(seen)
