"""What every subject shares: the :class:`Motion` it returns, and the visas, phrases and
third parties (companies, associations) subjects draw on.

Example:
    >>> import random
    >>> from training.synthetic.context import draw_context
    >>> from training.synthetic.slots.name_pool import NamePool
    >>> ctx = draw_context(random.Random(1), NamePool(seed=1, size=50))
    >>> labels = [p[0] for p in visa_delib(ctx) if isinstance(p, tuple)]
    >>> "DELIB_ID" in labels or "DATE" in labels
    True
"""

from __future__ import annotations

from dataclasses import dataclass, field

from training.synthetic.builder import Pieces
from training.synthetic.context import Ctx
from training.synthetic.slots import budget, negatives
from training.synthetic.slots.names import Person

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


#: What a cited deliberation did, by the family of the act citing it.
_PURPOSES = {
    "staff": ("portant création du poste", "relative à la mise en place du régime indemnitaire"),
    "fees": ("fixant les tarifs", "approuvant le règlement intérieur du service"),
    "grants": ("approuvant la convention", "fixant les critères d'attribution des subventions"),
    "partners": ("approuvant la convention", "portant adhésion au groupement"),
    "works": ("approuvant le programme de l'opération", "autorisant le lancement de la consultation"),
    "property": ("prescrivant la révision du plan local d'urbanisme", "approuvant le principe de la cession"),
    "budget": ("approuvant le compte administratif", "fixant les taux d'imposition"),
    "governance": ("portant élection des membres", "adoptant le règlement intérieur"),
    "loans": ("accordant la garantie de la collectivité",),
}


def visa_delib(ctx: Ctx, purpose: str | None = None) -> Pieces:
    """A cited earlier deliberation: its id is a DELIB_ID and its date a DATE (never a LEGAL_REF)."""
    rng = ctx.rng
    d = ctx.earlier()
    delegation = (
        "portant délégation d'attributions au Maire"
        if ctx.authority.head == "Maire"
        else "portant délégation au Président"
    )
    purpose = purpose or rng.choice(
        (*_PURPOSES.get(ctx.family, ()), "approuvant le budget primitif", delegation, "relative au même objet", "")
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


_OPINIONS = {
    "staff": ("du comité social territorial",),
    "works": ("de la commission d'appel d'offres", "de la commission Travaux"),
    "property": ("de la commission Urbanisme", "de la commission Urbanisme et cadre de vie"),
    "grants": ("de la commission Vie associative", "de la commission Sports et jeunesse"),
    "fees": ("de la commission Enfance et jeunesse",),
}


def visa_opinion(ctx: Ctx) -> Pieces:
    rng = ctx.rng
    who = rng.choice(
        (
            *_OPINIONS.get(ctx.family, ()),
            "de la commission des finances",
            "de la commission Finances et administration générale",
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
    for _ in range(rng.choice((1, 1, 2, 2, 3))):
        visas.append(visa_legal(ctx))
    for _ in range(rng.choice((0, 1, 1, 2, 2, 3))):
        visas.append(visa_delib(ctx))
    if rng.random() < 0.25:
        visas.append(visa_local_act(ctx))
    if rng.random() < 0.4:
        visas.append(visa_opinion(ctx))
    if rng.random() < 0.2:
        visas.append(visa_budget(ctx))
    return visas


#: Natures that fit a subject's spending (``6574`` for grants to associations, ``6531`` for allowances…).
NATURES = {
    "subvention": ("6574", "6574", "65748"),
    "indemnites": ("6531", "6533", "6535"),
    "non_valeur": ("6541", "6542"),
    "staff": ("64111", "64118", "64131", "6413"),
    "works": ("2313", "2315", "21318", "21312", "2152"),
    "property": ("2111", "2112", "2115"),
}


def credits_sentence(ctx: Ctx, natures: tuple[str, ...] = (), **draw) -> Pieces:
    """Where the money comes from: an imputation inside a sentence (section and year outside, B3)."""
    rng = ctx.rng
    year = ctx.session.year
    imp = budget.draw_imputation(rng, natures=natures, **draw)
    ctx.note("negative:year")
    end = rng.choice((".", ".", "", f" du budget {year}."))
    if rng.random() < 0.5:
        lead, prep = rng.choice(
            (
                ("La dépense sera imputée sur les crédits inscrits ", "à"),
                ("La dépense correspondante sera imputée ", "à"),
                ("Les dépenses seront imputées ", "sur"),
                ("Les crédits sont ouverts ", "à"),
                ("La recette sera constatée ", "à"),
            )
        )
        return [lead, *ctx.budget_in(prep, imp), end]
    lead = rng.choice(
        (
            f"Les crédits nécessaires sont inscrits au budget {rng.choice(('principal ', 'primitif ', ''))}{year}, ",
            f"Les crédits correspondants sont prévus au budget de l'exercice {year}, ",
            f"La recette sera encaissée au budget {year}, ",
            "Imputation budgétaire" + ctx.typo.colon,
        )
    )
    section = ""
    if lead.endswith(", ") and rng.random() < 0.5:
        section = "section de fonctionnement, " if imp.section == "F" else "section d'investissement, "
    form = rng.choice(("chain", "chain", "slash", "dash", "compte", "chapitre_nature"))
    return [lead + section, *ctx.budget(imp, form), end]


def hard_numbers(ctx: Ctx, family: str = "general") -> str:
    """One sentence full of numbers that are neither amounts nor identifiers nor dates, fitting the family."""
    rng = ctx.rng
    year = ctx.session.year
    ctx.note("negative:numbers")
    anywhere = (
        f"Cette évolution représente une hausse de {negatives.percent(rng)} par rapport à l'exercice {year - 1}.",
        f"Le dossier a été présenté en {negatives.month_year(rng, year)} ({negatives.agenda_number(rng)}).",
        f"Contact{ctx.typo.colon}{negatives.phone(rng)} – {negatives.email(rng, ctx.authority.seat)}.",
        f"Le territoire rassemble {negatives.count(rng, 'habitants')} et le taux d'exécution atteint "
        f"{negatives.percent(rng)}.",
    )
    fitting = {
        "property": (
            f"Le terrain d'une contenance de {negatives.surface(rng)} est situé {negatives.parcel(rng)}.",
            f"Ce projet concerne {negatives.count(rng, 'logements')} répartis sur {negatives.surface(rng)}.",
        ),
        "works": (
            f"Le bâtiment, d'une surface de {negatives.surface(rng)}, accueille {negatives.count(rng)}.",
            f"La durée des travaux est estimée à {negatives.duration(rng, 'works')}.",
        ),
        "partners": (
            f"La durée de la convention est fixée à {negatives.duration(rng)} à compter de "
            f"{negatives.month_year(rng, year)}.",
        ),
        "loans": (f"Le prêt est consenti au {negatives.rate(rng)} pour {negatives.duration(rng, 'loan')}.",),
        "budget": (
            f"La nomenclature {negatives.nomenclature(rng)} s'applique depuis le {negatives.day_month(rng)}.",
            f"Le taux de la taxe est maintenu à {negatives.percent(rng)} pour {negatives.year_phrase(rng, year)}.",
        ),
        "staff": (
            f"Le service emploie {negatives.count(rng, 'agents')} ; le taux d'absentéisme atteint "
            f"{negatives.percent(rng)}.",
        ),
        "fees": (
            f"Le service accueille {negatives.count(rng, 'enfants')} pour {negatives.count(rng, 'repas')} "
            "servis chaque année.",
        ),
        "grants": (
            f"L'association rassemble {negatives.count(rng, 'adhérents')}, dont {negatives.percent(rng)} "
            "de moins de 18 ans.",
        ),
    }.get(family, ())
    return rng.choice(fitting + anywhere)
