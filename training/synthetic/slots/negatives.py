"""Hard negatives: numbers, codes and names that look like entities but are not (A6, D4, T3, L8, B6).

Everything here is plain text: no span is ever made from it.

Example:
    >>> import random
    >>> rng = random.Random(0)
    >>> samples = [percent(rng) for _ in range(20)]
    >>> all(any(mark in s for mark in ("%", "pour cent", "p. 100")) for s in samples)
    True
    >>> len(siret(rng, "213300635").replace(" ", ""))
    14
"""

from __future__ import annotations

import random
from datetime import date

from training.synthetic.slots.dates import MONTHS


def percent(rng: random.Random) -> str:
    value = rng.choice((rng.randint(1, 100), round(rng.uniform(0.1, 60), 2), round(rng.uniform(0.1, 5), 1)))
    text = f"{value}".replace(".", ",")
    return rng.choices(
        (f"{text} %", f"{text}%", f"{text}\u00a0%", f"{text} pour cent", f"{text} p. 100"), (50, 25, 15, 5, 5)
    )[0]


def siret(rng: random.Random, siren: str | None = None) -> str:
    siren = siren or "".join(str(rng.randrange(10)) for _ in range(9))
    nic = f"{rng.randint(1, 999):05d}"
    if rng.random() < 0.5:
        return f"{siren[:3]} {siren[3:6]} {siren[6:]} {nic}"
    return siren + nic


def siren(rng: random.Random) -> str:
    digits = "".join(str(rng.randrange(10)) for _ in range(9))
    return rng.choice((digits, f"{digits[:3]} {digits[3:6]} {digits[6:]}"))


def phone(rng: random.Random) -> str:
    digits = [f"0{rng.randint(1, 5)}"] + [f"{rng.randint(0, 99):02d}" for _ in range(4)]
    sep = rng.choice((" ", ".", "", "-", " "))
    if rng.random() < 0.1:
        return "+33 " + digits[0][1] + " " + " ".join(digits[1:])
    return sep.join(digits)


def surface(rng: random.Random) -> str:
    roll = rng.randrange(6)
    if roll == 0:
        return f"{rng.randint(50, 9999):,} m²".replace(",", " ")
    if roll == 1:
        return f"{rng.randint(50, 9999)} m2"
    if roll == 2:
        return f"{rng.randint(0, 12)} ha {rng.randint(0, 99):02d} a {rng.randint(0, 99):02d} ca"
    if roll == 3:
        return f"{round(rng.uniform(0.2, 40), 2)} hectares".replace(".", ",")
    if roll == 4:
        return f"{rng.randint(1, 90)} ares"
    return f"{rng.randint(80, 4000)} m² de surface de plancher"


def parcel(rng: random.Random) -> str:
    section = rng.choice(("A", "AB", "AC", "B", "BK", "C", "ZC", "ZA", "AD", "E", "AH", "CT"))
    number = rng.randint(1, 2500)
    return rng.choice(
        (
            f"section {section} n° {number}",
            f"cadastrée section {section} numéro {number}",
            f"{section} {number}",
            f"parcelle {section} {number}",
            f"section {section} n°{number} et {number + rng.randint(1, 9)}",
        )
    )


def agenda_number(rng: random.Random) -> str:
    n = rng.randint(1, 40)
    return rng.choice(
        (f"Point n° {n}", f"Rapport n° {n}", f"Affaire {n}", f"Question n° {n}", f"POINT {n}", f"Dossier n° {n}")
    )


def contract_number(rng: random.Random, year: int) -> str:
    return rng.choice(
        (
            f"marché n° {year}-{rng.randint(1, 99):03d}",
            f"lot n° {rng.randint(1, 12)}",
            f"convention n° {year}-CONV-{rng.randint(1, 60):02d}",
            f"contrat de prêt n° {rng.randint(100000, 999999)}",
            f"marché {year}M{rng.randint(1, 99):03d}",
            f"accord-cadre n° {year % 100:02d}-{rng.randint(1, 99):02d}",
        )
    )


def actes_id(dept: str, siren: str, d: date, delib_local: str) -> str:
    """The prefecture's transmission identifier (never a DELIB_ID, D4)."""
    number = delib_local.replace(" ", "").replace("/", "_").replace(".", "_")
    return f"{dept.zfill(3)[:3]}-{siren}-{d:%Y%m%d}-{number}-DE"


def index_value(rng: random.Random) -> str:
    return rng.choice(
        (
            f"indice brut {rng.choice((1027, 821, 660, 585, 432, 367))}",
            f"indice brut terminal de la fonction publique ({rng.choice((1027, 1028))})",
            f"IB {rng.choice((1027, 430, 356))}",
            f"indice majoré {rng.randint(340, 830)}",
        )
    )


def count(rng: random.Random, noun: str | None = None) -> str:
    """A count of people or things (never an amount, A6): ``1 250 habitants``."""
    n = rng.randint(2, 1500) if noun != "habitants" else rng.randint(300, 90_000)
    noun = noun or rng.choice(("élèves", "places", "lits", "participants", "enfants", "usagers", "personnes"))
    return f"{n:,} {noun}".replace(",", " ")


def duration(rng: random.Random, kind: str = "term") -> str:
    """A duration that fits what lasts: a ``term`` (convention, contract), a ``loan``, ``works``, a ``post``
    (weekly hours) or a ``notice`` (posting)."""
    if kind == "loan":
        return rng.choice((f"{rng.randint(5, 40)} ans", f"{rng.choice((60, 120, 180, 240, 300))} mois"))
    if kind == "works":
        return rng.choice((f"{rng.randint(2, 24)} mois", f"{rng.randint(3, 40)} semaines"))
    if kind == "post":
        return rng.choice((f"{rng.randint(17, 35)} heures hebdomadaires", f"{rng.randint(17, 35)}/35e"))
    if kind == "notice":
        return rng.choice(("un mois", "deux mois", f"{rng.randint(15, 60)} jours"))
    return rng.choice((f"{rng.randint(1, 12)} ans", f"{rng.randint(6, 48)} mois", "un an", "trois ans"))


def month_year(rng: random.Random, year: int) -> str:
    return f"{rng.choice(MONTHS)} {year}"


def day_month(rng: random.Random) -> str:
    return f"{rng.randint(2, 28)} {rng.choice(MONTHS)}"


def year_phrase(rng: random.Random, year: int) -> str:
    """A noun phrase holding a year alone (never a date, T3)."""
    return rng.choice(
        (
            f"l'exercice {year}",
            f"le budget {year}",
            f"l'année {year}",
            f"la saison {year}-{year + 1}",
            f"l'exercice budgétaire {year}",
        )
    )


def naf(rng: random.Random) -> str:
    return rng.choice(("code NAF 8411Z", "code APE 8411Z", "NAF 4322A", "code APE 9499Z", "code NAF 7112B"))


def email(rng: random.Random, short: str) -> str:
    slug = "".join(c for c in short.lower().replace(" ", "-").replace("'", "-") if c.isalnum() or c == "-")
    slug = slug.encode("ascii", "ignore").decode() or "mairie"
    return rng.choice(
        (
            f"contact@{slug}.fr",
            f"mairie@ville-{slug}.fr",
            f"accueil@{slug}.fr",
            f"www.{slug}.fr",
            f"https://www.{slug}.fr",
        )
    )


def rate(rng: random.Random) -> str:
    return rng.choice(
        (
            f"Livret A + {rng.choice(('0,60', '0,53', '1,00', '0,40'))} %",
            f"taux fixe de {round(rng.uniform(0.5, 4.5), 2)} %".replace(".", ","),
            f"Euribor 3 mois + {round(rng.uniform(0.2, 1.5), 2)} %".replace(".", ","),
        )
    )


def nomenclature(rng: random.Random) -> str:
    return rng.choice(
        (
            "M57",
            "M14",
            "M57 développée",
            "M57 abrégée",
            "M4",
            "M49",
            "instruction budgétaire et comptable M57",
            "nomenclature M14",
        )
    )
