"""What every subject shares: the :class:`Motion` it returns, and the visas, phrases and
third parties (companies, associations) subjects draw on.

Example:
    >>> import random
    >>> from training.synthetic.context import draw_context
    >>> from training.synthetic.slots.names import NamePool
    >>> ctx = draw_context(random.Random(1), NamePool(seed=1, size=50))
    >>> labels = [p[0] for p in visa_delib(ctx) if isinstance(p, tuple)]
    >>> "DELIB_ID" in labels or "DATE" in labels
    True
"""

from __future__ import annotations

from dataclasses import dataclass, field

from training.synthetic.builder import Pieces
from training.synthetic.context import Ctx
from training.synthetic.slots import negatives
from training.synthetic.slots.names import Person, name_parts

#: A decision: an infinitive verb (``approuver``) and what follows it, or ``""`` and a whole sentence.
Decision = tuple[str, Pieces]


@dataclass
class Motion:
    """One item the assembly decides on, before layout."""

    key: str
    title: str
    expose: list[Pieces] = field(default_factory=list)
    visas: list[Pieces] = field(default_factory=list)
    considerants: list[Pieces] = field(default_factory=list)
    decisions: list[Decision] = field(default_factory=list)
    not_voting: list[Person] = field(default_factory=list)
    rapporteur: Person | None = None


def visa_legal(ctx: Ctx, kind: str | None = None) -> Pieces:
    ref = ctx.legal(kind)
    return [ref.determiner, *ref.pieces]


def visa_delib(ctx: Ctx, purpose: str | None = None) -> Pieces:
    """A cited earlier deliberation: its id is a DELIB_ID and its date a DATE (never a LEGAL_REF)."""
    rng = ctx.rng
    d = ctx.earlier()
    purpose = purpose or rng.choice(
        (
            "approuvant le budget primitif",
            "portant délégation d'attributions au Maire"
            if ctx.authority.kind == "commune"
            else "portant délégation au Président",
            "relative au même objet",
            "fixant les tarifs",
            "approuvant la convention",
            "portant création du poste",
            "relative à la mise en place du régime indemnitaire",
            "",
        )
    )
    tail = f" {purpose}" if purpose else ""
    body = ctx.authority.body
    form = rng.randrange(8)
    numero = rng.choice(("n° ", "n°", "N° ", "n° "))
    if form == 7:
        other = ctx.earlier()
        return [
            f"les délibérations {numero}",
            ctx.delib_id(d),
            " du ",
            ctx.date(d),
            f" et {numero}",
            ctx.delib_id(other),
            " du ",
            ctx.date(other),
            tail,
        ]
    if form <= 2:
        return [
            rng.choice(("la délibération ", "la délibération ", "sa délibération ")) + numero,
            ctx.delib_id(d),
            " du ",
            ctx.date(d),
            tail,
        ]
    if form == 3:
        return [f"la délibération {body.of()} ", rng.choice(("du ", "en date du ")), ctx.date(d), tail]
    if form == 4:
        return [f"la délibération {numero}", ctx.delib_id(d), " en date du ", ctx.date(d), tail]
    if form == 5:
        return ["la délibération ", ctx.delib_id(d), " du ", ctx.date(d), tail]
    return [f"la délibération {numero}", ctx.delib_id(d), f" {body.of()} du ", ctx.date(d), tail]


def visa_local_act(ctx: Ctx) -> Pieces:
    """An arrêté or décision of the head of the authority: a local act (DELIB_ID + DATE, L6)."""
    rng = ctx.rng
    d = ctx.earlier(5, 700)
    who = "du Maire" if ctx.authority.head == "Maire" else rng.choice(("du Président", "de la Présidente"))
    kind = rng.choice(("l'arrêté", "la décision"))
    return [
        f"{kind} {who} n° ",
        ctx.delib_id(d, act=True),
        " du ",
        ctx.date(d),
        rng.choice(("", " portant délégation de signature", " relative au même objet")),
    ]


def visa_opinion(ctx: Ctx) -> Pieces:
    rng = ctx.rng
    who = rng.choice(
        (
            "de la commission des finances",
            "de la commission Finances et administration générale",
            "du comité social territorial",
            "de la commission Urbanisme",
            "du bureau communautaire",
            "de la commission d'appel d'offres",
            "de la commission Vie associative",
        )
    )
    return [
        f"l'avis {rng.choice(('favorable ', '', 'favorable unanime '))}{who} "
        f"{rng.choice(('du ', 'en date du ', 'réunie le '))}",
        ctx.date(ctx.earlier(3, 30)),
    ]


def visa_budget(ctx: Ctx) -> Pieces:
    ctx.note("negative:year")
    return [
        ctx.rng.choice(
            ("le budget primitif ", "le budget principal ", "le budget de l'exercice ", "le budget supplémentaire ")
        )
        + str(ctx.session.year)
    ]


def generic_visas(ctx: Ctx) -> list[Pieces]:
    """Visas any act may carry, drawn in a plausible order."""
    rng = ctx.rng
    visas: list[Pieces] = []
    if rng.random() < 0.8:
        visas.append(
            visa_legal(
                ctx, rng.choice(("code", "code_with_article", "code_with_article", "code_article", "articles_list"))
            )
        )
    for _ in range(rng.choice((0, 1, 1, 2, 3))):
        visas.append(visa_legal(ctx))
    for _ in range(rng.choice((0, 1, 1, 2))):
        visas.append(visa_delib(ctx))
    if rng.random() < 0.15:
        visas.append(visa_local_act(ctx))
    if rng.random() < 0.4:
        visas.append(visa_opinion(ctx))
    if rng.random() < 0.2:
        visas.append(visa_budget(ctx))
    return visas


def credits_sentence(ctx: Ctx, **draw) -> Pieces:
    """Where the money comes from: imputation pieces inside a sentence (section and year outside, B3)."""
    rng = ctx.rng
    year = ctx.session.year
    lead = rng.choice(
        (
            f"Les crédits nécessaires sont inscrits au budget {rng.choice(('principal ', 'primitif ', ''))}{year}, ",
            "La dépense sera imputée sur les crédits inscrits au ",
            f"Les crédits correspondants sont prévus au budget de l'exercice {year}, ",
            "La dépense correspondante sera imputée au ",
            "Les dépenses seront imputées sur le ",
            f"La recette sera encaissée au budget {year}, ",
            "Imputation budgétaire" + ctx.typo.colon,
            "Les crédits sont ouverts au ",
        )
    )
    section = rng.choice(
        ("", "", "section de fonctionnement, ", "section d'investissement, ", "en section de fonctionnement, ")
    )
    if not lead.endswith(", "):
        section = ""
    ctx.note("negative:year")
    return [lead + section, *ctx.budget(**draw), rng.choice((".", ".", "", " du budget " + str(year) + "."))]


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
    from training.synthetic import lexicon

    ctx.note("negative:famous_person")
    taken = {m.last.lower() for m in ctx.members}
    people = [p for p in lexicon.famous_people() if p.split()[-1].lower() not in taken]
    kind = ctx.rng.choice(
        ("rue ", "avenue ", "place ", "allée ", "boulevard ", "école ", "groupe scolaire ", "salle ", "gymnase ")
    )
    return kind + ctx.rng.choice(people)


def hard_numbers(ctx: Ctx) -> str:
    """One sentence full of numbers that are neither amounts nor identifiers nor dates."""
    rng = ctx.rng
    year = ctx.session.year
    ctx.note("negative:numbers")
    options = (
        f"La commune accueille {negatives.count(rng)} et le taux d'exécution atteint {negatives.percent(rng)}.",
        f"Le terrain d'une contenance de {negatives.surface(rng)} est situé {negatives.parcel(rng)}.",
        f"Cette évolution représente une hausse de {negatives.percent(rng)} par rapport à l'exercice {year - 1}.",
        f"Le bâtiment, d'une surface de {negatives.surface(rng)}, accueille {negatives.count(rng)}.",
        f"La durée de la convention est fixée à {negatives.duration(rng)} à compter de "
        f"{negatives.month_year(rng, year)}.",
        f"Le dossier a été présenté en {negatives.month_year(rng, year)} ({negatives.agenda_number(rng)}).",
        f"Contact{ctx.typo.colon}{negatives.phone(rng)} – {negatives.email(rng, ctx.authority.seat)}.",
        f"Le prêt est consenti au {negatives.rate(rng)} pour {negatives.duration(rng)}.",
        f"La nomenclature {negatives.nomenclature(rng)} s'applique depuis le {negatives.day_month(rng)}.",
        f"Le taux de la taxe est maintenu à {negatives.percent(rng)} pour {negatives.year_phrase(rng, year)}.",
        f"Ce projet concerne {negatives.count(rng)} répartis sur {negatives.surface(rng)}.",
    )
    return rng.choice(options)
