"""Third parties a deliberation names: companies, associations, places. None of them is ever an
official (O5, O10), and none shares a word with an elected member's name.

Example:
    >>> with_article("SAS MARTIN", "avec"), company_is_feminine("Cabinet Roche")
    ('avec la SAS MARTIN', False)
"""

from __future__ import annotations

from training.synthetic.context import Ctx
from training.synthetic.parts import places
from training.synthetic.slots.names import name_parts

_GROUPS = ("COLAS", "EIFFAGE Route", "EUROVIA", "SPIE", "BOUYGUES Énergies", "VEOLIA Eau", "SUEZ", "ENGIE Solutions")


def company(ctx: Ctx) -> str:
    """A company name; the surname in it is never an official's."""
    rng = ctx.rng
    person = ctx.outsider()
    last = person.last.upper() if rng.random() < 0.6 else person.last
    taken = set().union(*(name_parts(m.last) for m in ctx.members))
    groups = [g for g in _GROUPS if not name_parts(g) & taken] or ["SPIE"]
    return rng.choice(
        (
            f"SAS {last}",
            f"SARL {last} et Fils",
            f"Entreprise {last} TP",
            f"{last} Bâtiment",
            f"société {rng.choice(groups)} {rng.choice(('Sud-Ouest', 'Centre-Est', 'Normandie', 'Île-de-France'))}",
            f"Cabinet {last}",
            f"{last} Paysages",
            f"SCOP {rng.choice(('Les Charpentiers', 'Atelier Bois', 'Terres Vives'))}",
            f"Établissements {last}",
        )
    )


_COMPANY_GENDER = {"sas": "f", "sarl": "f", "scop": "f", "société": "f", "entreprise": "v", "cabinet": "m"}
_COMPANY_ARTICLES = {
    "": {"f": "la ", "m": "le ", "v": "l'", "p": "les "},
    "à": {"f": "à la ", "m": "au ", "v": "à l'", "p": "aux "},
    "avec": {"f": "avec la ", "m": "avec le ", "v": "avec l'", "p": "avec les "},
}


def with_article(company_name: str, prep: str = "") -> str:
    """``la SAS DUPONT``, ``au cabinet Roche``, ``aux Établissements Martin``, ``à la société Dupuis Bâtiment``.

    >>> with_article("Cabinet Roche", "à"), with_article("Établissements MARTIN")
    ('au cabinet Roche', 'les Établissements MARTIN')
    >>> with_article("DUPUIS Paysages", "avec")
    'avec la société DUPUIS Paysages'
    """
    first = company_name.split()[0]
    gender = "p" if first == "Établissements" else _COMPANY_GENDER.get(first.lower())
    if gender is None:
        return f"{_COMPANY_ARTICLES[prep]['f']}société {company_name}"
    name = company_name[0].lower() + company_name[1:] if first in ("Cabinet", "Entreprise") else company_name
    return _COMPANY_ARTICLES[prep][gender] + name


def company_is_feminine(company_name: str) -> bool:
    first = company_name.split()[0].lower()
    return first not in ("cabinet", "établissements")


def association(ctx: Ctx) -> str:
    rng = ctx.rng
    place = ctx.authority.short if ctx.authority.kind == "commune" else ctx.authority.seat
    return rng.choice(
        (
            f"Association sportive {place}",
            f"Comité des fêtes de {place}",
            f"Union sportive {place} Football",
            "Les Amis de la médiathèque",
            f"Club de l'amitié de {place}",
            "Association des parents d'élèves",
            f"Restos du Cœur – antenne de {place}",
            "Secours populaire français",
            f"Harmonie municipale de {place}",
            "Judo Club",
            f"Tennis Club de {place}",
            "Association Solidarité Emploi",
            f"Office de tourisme de {place}",
            "Croix-Rouge française",
            "Ligue contre le cancer",
            f"Amicale des sapeurs-pompiers de {place}",
            "Banque alimentaire",
        )
    )


def street(ctx: Ctx) -> str:
    """A street or a facility named after a famous person (``rue Victor Hugo``, ``gymnase Marcel Pagnol``)."""
    kind = ctx.rng.choice(("rue", "avenue", "place", "allée", "boulevard", "école", "groupe scolaire", "salle"))
    return f"{kind} {places.famous(ctx)}"
