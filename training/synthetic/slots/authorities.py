"""Local authorities of every kind; the kind decides the deliberating body and its officers.

Example:
    >>> import random
    >>> auth = draw_authority(random.Random(4), kind="departement")
    >>> auth.kind, auth.body.code in ("CD", "CP")
    ('departement', True)
    >>> auth.head_title(female=True) in ("Présidente",)
    True
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from training.synthetic import lexicon

#: Authority kinds and their share of the corpus.
KINDS: dict[str, float] = {
    "commune": 44,
    "communaute_communes": 11,
    "communaute_agglomeration": 9,
    "communaute_urbaine": 2,
    "metropole": 10,
    "departement": 9,
    "region": 5,
    "syndicat": 5,
    "ccas": 3,
    "ept": 2,
}
_COMMUNE_SIZES = (11, 15, 15, 19, 19, 23, 23, 27, 29, 29, 33, 33, 35, 39, 43, 45, 49, 53, 55, 59, 61, 65, 69)
_EPT = (
    "Est Ensemble",
    "Plaine Commune",
    "Paris Terres d'Envol",
    "Grand Paris Seine Ouest",
    "Grand-Orly Seine Bièvre",
    "Paris Ouest La Défense",
    "Vallée Sud-Grand Paris",
    "Grand Paris Grand Est",
    "Boucle Nord de Seine",
    "Paris Est Marne&Bois",
    "Grand Paris Sud Est Avenir",
)


@dataclass(frozen=True, slots=True)
class Body:
    name: str  # "conseil municipal"
    code: str  # "CM": used by numbering schemes
    plenary: bool  # False for a bureau or a commission permanente

    @property
    def feminine(self) -> bool:
        return self.name.startswith("commission")

    def cap(self) -> str:
        return self.name[0].upper() + self.name[1:]

    def the(self, cap: bool = False) -> str:
        """``le conseil municipal`` / ``la Commission permanente``"""
        return ("la " if self.feminine else "le ") + (self.cap() if cap else self.name)

    def of(self, cap: bool = False) -> str:
        """``du conseil municipal`` / ``de la commission permanente``"""
        return ("de la " if self.feminine else "du ") + (self.cap() if cap else self.name)


@dataclass(frozen=True, slots=True)
class Authority:
    kind: str
    name: str  # "Commune de Pessac"
    short: str  # "Pessac"
    seat: str  # where acts are signed
    departement: lexicon.Departement
    region: str
    body: Body
    head: str  # "Maire" / "Président"
    deputy: str  # "Adjoint" / "Vice-président"
    member: str  # "conseiller municipal"
    size: int  # members in office
    siren: str
    postcode: str
    large: bool  # numbers acts in the thousands

    def head_title(self, female: bool) -> str:
        if self.head == "Maire":
            return "Maire"
        return "Présidente" if female else "Président"

    def deputy_title(self, female: bool, rank: int | None = None) -> str:
        base = self.deputy + ("e" if female and not self.deputy.endswith("e") else "")
        if rank is None:
            return base
        ordinal = "1er" if rank == 1 and not female else "1ère" if rank == 1 else f"{rank}e"
        return f"{ordinal} {base}"

    def member_title(self, female: bool) -> str:
        if not female:
            return self.member
        feminine = self.member.replace("conseiller", "conseillère").replace("administrateur", "administratrice")
        for adjective in ("municipal", "régional", "départemental", "métropolitain", "territorial", "délégué"):
            feminine = feminine.replace(adjective, adjective + "e")
        return feminine


def _department(rng: random.Random, number: str | None = None) -> lexicon.Departement:
    deps = lexicon.departements()
    return deps[number] if number in deps else rng.choice(list(deps.values()))


def _region_of(dept: str) -> str:
    for region, numbers in lexicon.regions():
        if dept in numbers:
            return region
    return "Île-de-France"


def _siren(rng: random.Random, prefix: str) -> str:
    return prefix + "".join(str(rng.randrange(10)) for _ in range(9 - len(prefix)))


def _postcode(rng: random.Random, dept: str) -> str:
    if len(dept) == 3:
        return f"{dept}{rng.randint(0, 99):02d}"
    digits = dept.replace("2A", "20").replace("2B", "20")
    return f"{digits}{rng.choice((0, 0, 1, 2, 3, 4, 5, 6, 7, 8))}{rng.randint(0, 9)}{rng.choice((0, 0, 0, 5))}"


def _place(rng: random.Random, fake_city: str | None) -> tuple[str, str]:
    """A commune name and its département number (real most of the time)."""
    if fake_city and rng.random() < 0.3:
        return fake_city, rng.choice(list(lexicon.departements()))
    return rng.choice(lexicon.communes())


def _of(name: str) -> str:
    """``de Pessac``, ``d'Angers``, ``du Mans`` (from ``Le Mans``), ``des Herbiers``."""
    if name.startswith("Le "):
        return "du " + name[3:]
    if name.startswith("Les "):
        return "des " + name[4:]
    if name[:1] in "AEIOUYÉÈÎÂ":
        return "d'" + name
    return "de " + name


def draw_authority(rng: random.Random, kind: str | None = None, *, fake_city: str | None = None) -> Authority:
    kind = kind or rng.choices(list(KINDS), list(KINDS.values()))[0]
    city, dept_number = _place(rng, fake_city)
    dept = _department(rng, dept_number)
    region = _region_of(dept.number)
    seat = city
    large = False
    if kind == "commune":
        name = rng.choices(
            (f"Commune {_of(city)}", f"Ville {_of(city)}", f"Mairie {_of(city)}", city), (55, 25, 10, 10)
        )[0]
        body = Body("conseil municipal", "CM", True)
        head, deputy, member, size, siren_prefix = (
            "Maire",
            "Adjoint",
            "conseiller municipal",
            rng.choice(_COMMUNE_SIZES),
            "21",
        )
        short = city
    elif kind in ("communaute_communes", "communaute_agglomeration", "communaute_urbaine"):
        territory = rng.choice(lexicon.territories())
        if kind == "communaute_communes":
            name = rng.choice(
                (
                    f"Communauté de communes {_of(territory)}",
                    f"Communauté de Communes {_of(territory)}",
                    f"CC {territory}",
                )
            )
        elif kind == "communaute_agglomeration":
            name = rng.choice(
                (
                    f"Communauté d'agglomération {_of(city)}",
                    f"{city} Agglo",
                    f"Agglomération {_of(territory)}",
                    f"Grand {city}",
                )
            )
        else:
            name = rng.choice(
                (f"Communauté urbaine {_of(city)}", f"Grand {city}", f"Communauté urbaine {_of(territory)}")
            )
        body = rng.choices(
            (Body("conseil communautaire", "CC", True), Body("bureau communautaire", "BC", False)), (82, 18)
        )[0]
        head, deputy, member, size, siren_prefix = (
            "Président",
            "Vice-président",
            "conseiller communautaire",
            rng.randint(22, 90),
            "2000",
        )
        short = name
    elif kind == "metropole":
        name, seat = rng.choice(lexicon.metropoles())
        body = rng.choices(
            (
                Body("conseil de la Métropole", "CM", True),
                Body("conseil métropolitain", "CM", True),
                Body("bureau métropolitain", "BM", False),
                Body("commission permanente", "CP", False),
            ),
            (40, 30, 25, 5),
        )[0]
        head, deputy, member, size, siren_prefix = (
            "Président",
            "Vice-président",
            "conseiller métropolitain",
            rng.randint(70, 240),
            "2000",
        )
        short, large = name, True
    elif kind == "departement":
        name = rng.choice(
            (f"Département {dept.of}", f"Conseil départemental {dept.of}", f"DÉPARTEMENT {dept.of.upper()}")
        )
        body = rng.choices(
            (Body("conseil départemental", "CD", True), Body("commission permanente", "CP", False)), (45, 55)
        )[0]
        head, deputy, member, size, siren_prefix = (
            "Président",
            "Vice-président",
            "conseiller départemental",
            rng.choice(range(34, 84, 2)),
            "22",
        )
        short, seat, large = (
            dept.name,
            rng.choice([c for c, d in lexicon.communes() if d == dept.number] or [city]),
            True,
        )
    elif kind == "region":
        name = rng.choice((f"Région {region}", f"Conseil régional {region}", f"Région {region}".upper()))
        body = rng.choices(
            (Body("conseil régional", "CR", True), Body("commission permanente", "CP", False)), (45, 55)
        )[0]
        head, deputy, member, size, siren_prefix = (
            "Président",
            "Vice-président",
            "conseiller régional",
            rng.randint(43, 209),
            "2000",
        )
        short, large = region, True
    elif kind == "syndicat":
        purpose = rng.choice(
            (
                "des eaux",
                "d'énergie",
                "de traitement des déchets",
                "d'assainissement",
                "scolaire",
                "de rivière",
                "intercommunal à vocation multiple",
            )
        )
        name = rng.choice(
            (
                f"Syndicat mixte {purpose} {_of(city)}",
                f"Syndicat intercommunal {purpose} de la région {_of(city)}",
                f"SIVOM {_of(rng.choice(lexicon.territories()))}",
                f"Syndicat départemental d'énergie {dept.of}",
            )
        )
        body = rng.choices((Body("comité syndical", "CS", True), Body("bureau syndical", "BS", False)), (80, 20))[0]
        head, deputy, member, size, siren_prefix = "Président", "Vice-président", "délégué", rng.randint(10, 60), "25"
        short = name
    elif kind == "ccas":
        name = rng.choice(
            (
                f"Centre communal d'action sociale {_of(city)}",
                f"CCAS {_of(city)}",
                f"Centre Communal d'Action Sociale {_of(city)}",
            )
        )
        body = Body("conseil d'administration", "CA", True)
        head, deputy, member, size, siren_prefix = (
            "Président",
            "Vice-président",
            "administrateur",
            rng.choice((9, 11, 13, 17)),
            "26",
        )
        short = name
    elif kind == "ept":
        territory = rng.choice(_EPT)
        name = rng.choice((f"Établissement public territorial {territory}", f"EPT {territory}", territory))
        body = Body("conseil de territoire", "CT", True)
        head, deputy, member, size, siren_prefix = (
            "Président",
            "Vice-président",
            "conseiller territorial",
            rng.randint(40, 90),
            "2000",
        )
        short, dept = territory, _department(rng, rng.choice(("92", "93", "94")))
        region = "Île-de-France"
    else:
        raise ValueError(f"unknown authority kind {kind!r}")
    return Authority(
        kind=kind,
        name=name,
        short=short,
        seat=seat,
        departement=dept,
        region=region,
        body=body,
        head=head,
        deputy=deputy,
        member=member,
        size=size,
        siren=_siren(rng, siren_prefix + (dept.number[:2] if siren_prefix in ("21", "22", "25", "26") else "")),
        postcode=_postcode(rng, dept.number),
        large=large or size > 60,
    )
