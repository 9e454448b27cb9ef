"""Sentences about money in running prose: costs, credits and their imputation, and the sums a
subject of each family talks about (a rent for a property, a unit fee for a fee schedule…).

Example:
    >>> import random
    >>> from training.synthetic.context import draw_context
    >>> from training.synthetic.slots.name_pool import NamePool
    >>> ctx = draw_context(random.Random(1), NamePool(seed=1, size=50))
    >>> any(isinstance(p, tuple) and p[0] == "AMOUNT" for p in money(ctx, "fees"))
    True
"""

from __future__ import annotations

from collections.abc import Callable

from training.synthetic.builder import Pieces
from training.synthetic.context import Ctx
from training.synthetic.slots import amounts, dates, negatives


def cost(ctx: Ctx, family: str) -> Pieces:
    rng = ctx.rng
    value = amounts.magnitude(rng, *{"grants": (3000, 900_000), "property": (5000, 3_000_000)}.get(family, (8000, 8e6)))
    what = {"property": "de l'acquisition", "grants": "du projet", "partners": "de l'opération"}.get(
        family, "de l'opération"
    )
    if rng.random() < 0.5:
        return [
            f"Le coût total {what} s'élève à ",
            ctx.amount(value, tax=" HT"),
            ", soit ",
            ctx.amount(value * 1.2, tax=" TTC"),
            ".",
        ]
    return [
        "Le montant prévisionnel est estimé à ",
        ctx.amount(value, tax=""),
        f", dont {negatives.percent(rng)} à la charge de la collectivité.",
    ]


#: Natures that fit a family's spending, so that the imputation in a sentence matches the subject.
_CHAPTERS = {"grants": "65", "staff": "012", "fees": "70", "loans": "66", "works": "23", "property": "21"}


def credits(ctx: Ctx, family: str) -> Pieces:
    """Where the money sits: an imputation in a sentence, with the article its first word takes."""
    rng = ctx.rng
    lead, prep, verb = rng.choice(
        (
            ("Ces dépenses sont inscrites ", "à", " pour un montant de "),
            ("Le solde disponible ", "de", " s'élève à "),
            ("Les crédits ouverts ", "à", " s'élèvent à "),
            ("La recette sera constatée ", "à", " à hauteur de "),
            ("Il est proposé d'abonder ", "", " de "),
            ("La dépense sera imputée ", "sur", " pour "),
        )
    )
    chapter = _CHAPTERS.get(family)
    imputation = ctx.budget_in(prep, chapter=chapter) if chapter and rng.random() < 0.7 else ctx.budget_in(prep)
    return [lead, *imputation, verb, ctx.amount(tax=""), "."]


def _envelope(ctx: Ctx, value: float, family: str) -> Pieces:
    return [
        "Une enveloppe de ",
        ctx.amount(value, tax=""),
        " a été inscrite ",
        *ctx.budget_in("à", chapter=_CHAPTERS.get(family)),
        f" pour l'exercice {ctx.session.year}.",
    ]


def _rent(ctx: Ctx, value: float, family: str) -> Pieces:
    return [
        "Le loyer annuel est fixé à ",
        ctx.amount(value / 10, tax=ctx.rng.choice((" HT", "", " TTC"))),
        ", révisable chaque année selon l'indice de référence des loyers.",
    ]


def _remainder(ctx: Ctx, value: float, family: str) -> Pieces:
    return [
        "Le reste à charge pour la collectivité s'établit à ",
        ctx.amount(value, tax=""),
        f", soit {negatives.percent(ctx.rng)} du coût total.",
    ]


def _share(ctx: Ctx, value: float, family: str) -> Pieces:
    year = ctx.session.year
    return [
        "La participation s'élève à ",
        ctx.amount(value, tax=""),
        f" au titre de {year} et à ",
        ctx.amount(value * ctx.rng.uniform(0.8, 1.2), tax=""),
        f" au titre de {year + 1}.",
    ]


def _advance(ctx: Ctx, value: float, family: str) -> Pieces:
    return [
        "Une avance de ",
        ctx.amount(value / 4, tax=""),
        " sera versée le ",
        ctx.date(dates.after(ctx.rng, ctx.session, 10, 120)),
        ", le solde à la remise du bilan.",
    ]


def _ceiling(ctx: Ctx, value: float, family: str) -> Pieces:
    return [
        "Le montant retenu, soit ",
        ctx.amount(value, tax=""),
        f" (valeur {ctx.session.year}), reste inférieur au plafond de ",
        ctx.amount(value * 1.5, tax=""),
        ".",
    ]


def _in_words(ctx: Ctx, value: float, family: str) -> Pieces:
    value = round(value) if value < 1e6 else round(value, -3)
    ctx.note("amount:words")
    return [
        "La somme de ",
        ("AMOUNT", amounts.amount_words(value)),
        " (",
        ctx.amount(value, ctx.rng.choice(("digits", "cents")), tax=""),
        ") sera versée en une fois.",
    ]


def _unit_fee(ctx: Ctx, value: float, family: str) -> Pieces:
    rng = ctx.rng
    return [
        "Le tarif unitaire est fixé à ",
        ctx.amount(round(rng.uniform(0.5, 80), 2), "cents", tax=rng.choice(("", " HT", " TTC"))),
        rng.choice((" par usager", " par repas", "/heure", " par jour", " le m²")),
        f", contre {negatives.percent(rng)} d'augmentation l'an passé.",
    ]


def _eligible(ctx: Ctx, value: float, family: str) -> Pieces:
    return [
        "Le montant total des dépenses éligibles est de ",
        ctx.amount(value, tax=ctx.rng.choice((" HT", " TTC", ""))),
        " et celui de l'aide sollicitée de ",
        ctx.amount(value * ctx.rng.uniform(0.2, 0.8), tax=""),
        ".",
    ]


def _gross(ctx: Ctx, value: float, family: str) -> Pieces:
    """A word after the amount that is not a tax mention stays outside (A11)."""
    rng = ctx.rng
    return [
        "Le montant annuel du plafond est de ",
        ctx.amount(round(rng.uniform(1500, 36000), -1), rng.choice(("digits", "cents")), tax=""),
        rng.choice((" bruts", " brut", " forfaitaires")),
        ", versés mensuellement.",
    ]


def _net_seller(ctx: Ctx, value: float, family: str) -> Pieces:
    return [
        "Le prix de cession est fixé à ",
        ctx.amount(value, tax=""),
        " net vendeur, conformément à l'avis du Domaine.",
    ]


#: Money sentences and the families they fit.
_MONEY: tuple[tuple[Callable[[Ctx, float, str], Pieces], frozenset[str]], ...] = (
    (_envelope, frozenset({"grants", "budget", "fees", "works", "general", "property", "staff"})),
    (_rent, frozenset({"property", "partners"})),
    (_remainder, frozenset({"grants", "works", "partners", "property"})),
    (_share, frozenset({"partners", "grants"})),
    (_advance, frozenset({"grants", "partners"})),
    (_ceiling, frozenset({"grants", "staff", "fees"})),
    (_in_words, frozenset({"grants", "property", "partners", "general"})),
    (_unit_fee, frozenset({"fees"})),
    (_eligible, frozenset({"grants", "works"})),
    (_gross, frozenset({"staff"})),
    (_net_seller, frozenset({"property"})),
    (_envelope, frozenset({"loans"})),
)


#: The range of sums each family talks about.
_MAGNITUDES = {
    "grants": (300, 400_000),
    "fees": (50, 50_000),
    "staff": (1000, 900_000),
    "works": (15_000, 6_000_000),
    "property": (2000, 2_500_000),
    "loans": (100_000, 15_000_000),
    "budget": (1000, 9_000_000),
}


def money(ctx: Ctx, family: str) -> Pieces:
    """An amount in a sentence that fits the family (any family gets one), not the same sentence twice."""
    fitting = tuple(fn for fn, families in _MONEY if family in families) or (_envelope,)
    low, high = _MAGNITUDES.get(family, (100, 5_000_000))
    return ctx.fresh(fitting)(ctx, amounts.magnitude(ctx.rng, low, high), family)
