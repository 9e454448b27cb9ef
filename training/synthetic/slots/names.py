"""How a person's name is written: an *order* (``First LAST``, ``LAST First``, initials, surname
alone) and a *case* convention (surname in capitals, title case, all capitals).

Real authorities keep one case convention per document (``Mme Claire DUBOIS`` in one
register, ``Mme Claire Dubois`` or ``MME CLAIRE DUBOIS`` in another); the document
context draws it once and every rendering here follows it. The pools of names live in
:mod:`~training.synthetic.slots.name_pool`.

Example:
    >>> claire = Person("Claire", "Dubois-Martin", True)
    >>> render(claire, "First LAST"), render(claire, "First LAST", case="title")
    ('Claire DUBOIS-MARTIN', 'Claire Dubois-Martin')
    >>> render(claire, "LAST First", case="caps")
    'DUBOIS-MARTIN CLAIRE'
    >>> render(Person("Jean-Pierre", "de La Tour", False), "F. LAST")
    'J.-P. de LA TOUR'
    >>> render(Person("Anne", "de Kerangal", True), "LAST", case="title")
    'de Kerangal'
"""

from __future__ import annotations

import random
import re
import unicodedata
from dataclasses import dataclass

#: Name orders (written in the capitals-surname convention), with the weight each gets when none is forced.
STYLES: dict[str, float] = {
    "First LAST": 62,
    "LAST First": 18,
    "F. LAST": 5,
    "LAST": 11,
}
#: Case conventions: surname in capitals (``Claire DUBOIS``), title case, all capitals.
CASES = ("upper_last", "title", "caps")
#: Older style names that carry their case.
_CASED_STYLES = {
    "First Last": ("First LAST", "title"),
    "Last First": ("LAST First", "title"),
    "FIRST LAST": ("First LAST", "caps"),
    "LAST FIRST": ("LAST First", "caps"),
    "Last": ("LAST", "title"),
}
#: Orders that only read as a name after a civility (``M. DUPONT``).
NEEDS_CIVILITY = frozenset({"LAST", "Last"})


@dataclass(frozen=True, slots=True)
class Person:
    """A person; ``last`` keeps its natural casing (``de La Tour``), rendering decides the case."""

    first: str
    last: str
    female: bool
    other_last: str = ""  # the second name of "épouse X" / "née X"
    link: str = ""  # "épouse", "née" or "ép."


_PARTICLE_WORDS = frozenset(
    {"de", "la", "le", "du", "des", "d", "van", "der", "den", "da", "dos", "del", "di", "lo", "saint"}
    | {"ép.", "épouse", "née"}
)


def name_parts(*names: str) -> set[str]:
    """Words of names as capitals write them, particles left out: ``de La Tour-Martin`` → ``{"TOUR", "MARTIN"}``.

    Compared in capitals without accents, so that two spellings that print alike (``Yılmaz`` and
    ``Yilmaz`` both give ``YILMAZ``) count as one name.
    """
    parts: set[str] = set()
    for name in names:
        for word in re.split(r"[\s'’-]+", name):
            if word and word.lower() not in _PARTICLE_WORDS:
                parts.add(strip_accents(word.upper()))
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


def split_style(style: str, case: str | None = None) -> tuple[str, str]:
    """``(order, case)`` of a style; an older cased style name (``First Last``) gives its own case."""
    order, implied = _CASED_STYLES.get(style, (style, None))
    if order not in STYLES and order != "LAST F.":
        raise ValueError(f"unknown name style {style!r}")
    case = case or implied or "upper_last"
    if case not in CASES:
        raise ValueError(f"unknown name case {case!r}; expected one of {', '.join(CASES)}")
    return order, case


def render(
    person: Person, style: str, *, case: str | None = None, accents: bool = True, particle_case: bool = True
) -> str:
    """The written name (civility and role are never part of it).

    ``accents`` False drops accents from words in capitals; ``particle_case`` keeps French
    particles lower-case before a surname in capitals (``de LA TOUR``).
    """
    order, case = split_style(style, case)
    first, last, other = person.first, person.last, person.other_last
    if case == "upper_last":
        last, other = upper_surname(last, particle_case), other.upper()
    elif case == "caps":
        first, last, other = first.upper(), last.upper(), other.upper()
    if not accents and case != "title":
        last, other = strip_accents(last), strip_accents(other)
        if case == "caps":
            first = strip_accents(first)
    if order == "First LAST":
        name = f"{first} {last}"
    elif order == "LAST First":
        name = f"{last} {first}"
    elif order == "F. LAST" and not person.first.startswith("M"):
        name = f"{initials(first)} {last}"
    elif order == "F. LAST":  # "M. DUPONT" would read as a civility
        name = f"{first} {last}"
    elif order == "LAST F.":
        name = f"{last} {initials(first)}"
    else:
        name = last
    if person.link and order not in NEEDS_CIVILITY:
        link = person.link.upper() if case == "caps" else person.link
        name = f"{name} {link} {other}"
    return name


def civility(person: Person, rng: random.Random, long: bool = False, *, caps: bool = False) -> str:
    """``M.``/``Mme`` (or ``Monsieur``/``Madame`` when ``long``), with the odd variant; ``caps`` for capitals."""
    if long:
        word = "Madame" if person.female else "Monsieur"
    elif person.female:
        word = rng.choices(("Mme", "MME", "Mme.", "Madame", "Dr", "Mlle"), (84, 3, 3, 8, 1, 0.5))[0]
    else:
        word = rng.choices(("M.", "M", "Mr", "Mr.", "MR", "Monsieur", "Dr", "Docteur"), (84, 3, 2, 1, 0.5, 8, 1, 0.5))[
            0
        ]
    return word.upper() if caps else word


def pick_style(rng: random.Random) -> str:
    return rng.choices(list(STYLES), list(STYLES.values()))[0]


def name_case(surface: str) -> str:
    """The case convention a written name shows: ``title``, ``capitals`` (the whole name, two words
    or more) or ``capitals_surname`` (a surname in capitals, with or without a first name).

    >>> name_case("Claire Dubois"), name_case("CLAIRE DUBOIS"), name_case("Claire DUBOIS"), name_case("ROCHE")
    ('title', 'capitals', 'capitals_surname', 'capitals_surname')
    """
    words = [w for w in re.split(r"[\s\-'’.]+", surface) if len(w) > 1 and any(c.isalpha() for c in w)]
    if not any(w.isupper() for w in words):
        return "title"
    if surface.upper() == surface and len(words) > 1:
        return "capitals"
    return "capitals_surname"
