"""People: pools of names drawn once per generator, and the ways a name is written.

Names come from Faker's ``fr_FR`` locale, from neighbouring francophone and
European locales, and from the lists in ``resources/names.tsv`` (origins common
in France that Faker lacks); compound first names, particles, hyphenated and
double surnames, ``épouse``/``née`` mentions and both name orders are built here.

Example:
    >>> import random
    >>> pool = NamePool(seed=1)
    >>> person = pool.person(random.Random(0))
    >>> isinstance(render(person, "First LAST"), str)
    True
    >>> render(Person("Jean-Pierre", "de La Tour", False), "F. LAST")
    'J.-P. de LA TOUR'
    >>> render(Person("Claire", "Dubois-Martin", True), "LAST First")
    'DUBOIS-MARTIN Claire'
"""

from __future__ import annotations

import random
import re
import unicodedata
from dataclasses import dataclass

from faker import Faker

from training.synthetic import lexicon

#: How a name is written, with the weight each style gets when none is forced.
STYLES: dict[str, float] = {
    "First LAST": 46,
    "LAST First": 14,
    "First Last": 13,
    "Last First": 4,
    "FIRST LAST": 5,
    "F. LAST": 5,
    "LAST": 9,
    "Last": 2,
}
#: Styles that only read as a name after a civility (``M. DUPONT``).
NEEDS_CIVILITY = frozenset({"LAST", "Last"})

_PARTICLES = (
    "de",
    "de",
    "de",
    "de la",
    "du",
    "d'",
    "Le",
    "La",
    "Van",
    "Van der",
    "Da",
    "Dos",
    "Del",
    "Mac",
    "de Saint-",
)
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
_LOCALES = ("fr_FR", "fr_CH", "fr_CA", "nl_BE", "it_IT", "es_ES", "pt_PT", "pl_PL", "de_DE")
_POOL_SIZE = {"fr_FR": 1200}
_DEFAULT_POOL = 250


@dataclass(frozen=True, slots=True)
class Person:
    """A person; ``last`` keeps its natural casing (``de La Tour``), rendering decides the case."""

    first: str
    last: str
    female: bool
    other_last: str = ""  # the second name of "épouse X" / "née X"
    link: str = ""  # "épouse" or "née"


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
        for (kind, origin), values in lexicon.names_by_origin().items():
            if kind == "S":
                self.last[origin] = values
            else:
                self.first[(origin, kind == "F")] = values
        compounds = lexicon.compound_first_names()
        self.compound = {
            True: [f"{a}-{b}" for a in compounds["F"] for b in compounds["F2"] if a != b],
            False: [f"{a}-{b}" for a in compounds["M"] for b in compounds["M2"] if a != b],
        }
        self._weights = [w for w, _, _ in _ORIGINS]

    def person(self, rng: random.Random, female: bool | None = None) -> Person:
        female = rng.random() < 0.47 if female is None else female
        _, first_source, last_source = rng.choices(_ORIGINS, self._weights)[0]
        if rng.random() < 0.12:  # mixed families: a French first name with any surname, or the reverse
            first_source = "fr_FR"
        first = self._first(rng, first_source, female)
        last = self._last(rng, last_source)
        other, link = "", ""
        if female and rng.random() < 0.04:
            other, link = self._last(rng, "fr_FR"), rng.choice(("épouse", "née", "ép."))
        return Person(first, last, female, other, link)

    def _first(self, rng: random.Random, source: str, female: bool) -> str:
        if source == "fr_FR" and rng.random() < 0.12:
            return rng.choice(self.compound[female])
        return rng.choice(self.first.get((source, female)) or self.first[("fr_FR", female)])

    def _last(self, rng: random.Random, source: str) -> str:
        last = rng.choice(self.last[source])
        roll = rng.random()
        if roll < 0.07:
            last = f"{last}-{rng.choice(self.last[rng.choice(('fr_FR', source))])}"
        elif roll < 0.09:
            last = f"{last} {rng.choice(self.last[source])}"
        elif roll < 0.13 and " " not in last:
            particle = rng.choice(_PARTICLES)
            if particle == "d'":
                last = "d'" + rng.choice(
                    ("Harcourt", "Aubigny", "Estienne", "Orléans", "Ornano", "Arcy", "Hérouville", last)
                )
            elif particle.endswith("-"):
                last = particle + last
            else:
                last = f"{particle} {last}"
        return last


def _unique(values) -> list[str]:
    seen: dict[str, None] = {}
    for value in values:
        seen.setdefault(value, None)
    return list(seen)


_PARTICLE_WORDS = frozenset(
    {"de", "la", "le", "du", "des", "d", "van", "der", "da", "dos", "del", "mac", "saint", "ép.", "épouse", "née"}
)
_ROLE_SURNAMES = frozenset({"maire", "président", "adjoint", "conseiller", "préfet", "rapporteur"})


def name_parts(*names: str) -> set[str]:
    """Lower-cased words of names, particles left out: ``de La Tour-Martin`` → ``{"tour", "martin"}``."""
    parts: set[str] = set()
    for name in names:
        for word in re.split(r"[\s'’-]+", name.lower()):
            if word and word not in _PARTICLE_WORDS:
                parts.add(strip_accents(word))
    return parts


def strip_accents(text: str) -> str:
    """``DUPRÉ`` → ``DUPRE`` (many registers drop accents on capitals)."""
    return "".join(c for c in unicodedata.normalize("NFD", text) if unicodedata.category(c) != "Mn")


def upper_surname(last: str, keep_particle_case: bool = True) -> str:
    """Surname in capitals; French particles may stay lower-case (``de LA TOUR``)."""
    if keep_particle_case:
        if last.startswith("d'"):
            return "d'" + last[2:].upper()
        for particle in ("de la ", "de ", "du ", "des "):
            if last.startswith(particle):
                return particle + last[len(particle) :].upper()
    return last.upper()


def initials(first: str) -> str:
    """``Jean-Pierre`` → ``J.-P.``; ``Anne Sophie`` → ``A. S.``"""
    return " ".join("-".join(part[0] + "." for part in word.split("-") if part) for word in first.split())


def render(person: Person, style: str, *, accents: bool = True, particle_case: bool = True) -> str:
    """The written name in a style of :data:`STYLES` (civility and role are never part of it)."""
    last_up = upper_surname(person.last, particle_case)
    other_up = person.other_last.upper()
    if not accents:
        last_up, other_up = strip_accents(last_up), strip_accents(other_up)
    if style == "First LAST":
        name = f"{person.first} {last_up}"
    elif style == "LAST First":
        name = f"{last_up} {person.first}"
    elif style == "First Last":
        name = f"{person.first} {person.last}"
    elif style == "Last First":
        name = f"{person.last} {person.first}"
    elif style == "FIRST LAST":
        name = f"{person.first.upper()} {last_up}"
    elif style == "F. LAST" and not person.first.startswith("M"):
        name = f"{initials(person.first)} {last_up}"
    elif style == "F. LAST":  # "M. DUPONT" would read as a civility
        name = f"{person.first} {last_up}"
    elif style == "LAST F.":
        name = f"{last_up} {initials(person.first)}"
    elif style == "LAST":
        name = last_up
    elif style == "Last":
        name = person.last
    else:
        raise ValueError(f"unknown name style {style!r}")
    if person.link and style not in NEEDS_CIVILITY:
        other = other_up if style != "First Last" and style != "Last First" else person.other_last
        name = f"{name} {person.link} {other}"
    return name


def civility(person: Person, rng: random.Random, long: bool = False) -> str:
    """``M.``/``Mme`` (or ``Monsieur``/``Madame`` when ``long``), with the odd variant."""
    if long:
        return "Madame" if person.female else "Monsieur"
    if person.female:
        return rng.choices(("Mme", "Mme", "Mme", "MME", "Mme.", "Madame", "Dr", "Mlle"), (60, 20, 8, 2, 3, 7, 1, 0.5))[
            0
        ]
    return rng.choices(("M.", "M", "Mr", "Mr.", "MR", "Monsieur", "Dr", "Docteur"), (80, 4, 4, 3, 1, 8, 1, 0.5))[0]


def pick_style(rng: random.Random) -> str:
    return rng.choices(list(STYLES), list(STYLES.values()))[0]
