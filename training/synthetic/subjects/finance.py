"""Money matters: grants, loan guarantees, tax rates and fees (budget subjects are in :mod:`budgets`).

Example:
    >>> import random
    >>> from training.synthetic.context import draw_context
    >>> from training.synthetic.slots.name_pool import NamePool
    >>> ctx = draw_context(random.Random(1), NamePool(seed=1, size=50))
    >>> subvention(ctx).key
    'subvention'
"""

from __future__ import annotations

from training.synthetic.builder import Pieces, ent
from training.synthetic.context import Ctx
from training.synthetic.parts.tables import table
from training.synthetic.slots import amounts, negatives
from training.synthetic.subjects.common import (
    NATURES,
    Motion,
    credits_sentence,
    generic_visas,
    hard_numbers,
    visa_delib,
    visa_legal,
)
from training.synthetic.subjects.parties import association


def of_association(name: str) -> str:
    """``association Judo Club``, but ``Association sportive X`` as it stands (never ``association Association``).

    >>> of_association("Judo Club"), of_association("Association sportive Vannes")
    ('association Judo Club', 'Association sportive Vannes')
    """
    return name if name.lower().startswith("association") else f"association {name}"


def subvention(ctx: Ctx) -> Motion:
    rng = ctx.rng
    n = rng.choice((1, 1, 2, 3, 5, 8))
    grants = [(association(ctx), amounts.magnitude(rng, 100, 60_000)) for _ in range(n)]
    title = rng.choice(
        (
            "Attribution de subventions aux associations",
            "Subvention exceptionnelle à une association",
            f"Vie associative – subventions {ctx.session.year}",
            "Attribution d'une subvention de fonctionnement",
        )
    )
    motion = Motion(
        "subvention", title, rapporteur=rng.choice([d for d in ctx.deputies if d in ctx.speakers] or ctx.speakers)
    )
    president = ctx.outsider()
    motion.expose.append(
        [
            f"Par courrier du {negatives.day_month(rng)}, {ctx.plain_name(president)}, "
            f"{'présidente' if president.female else 'président'} de "
            f"l'{of_association(grants[0][0])}, a sollicité une aide de la collectivité. ",
            hard_numbers(ctx, "grants"),
        ]
    )
    if n > 2:
        rows = [[[name], [ctx.amount(value, rng.choice(("digits", "cents")), tax="")]] for name, value in grants]
        motion.expose.append(
            [
                "Les montants proposés sont les suivants" + ctx.typo.colon + "\n",
                *table(rng, ["Association", "Montant"], rows),
            ]
        )
        motion.decisions.append(
            (
                "attribuer",
                [
                    "les subventions figurant dans le tableau ci-dessus, pour un montant total de ",
                    ctx.amount(sum(v for _, v in grants), tax=""),
                ],
            )
        )
    else:
        for name, value in grants:
            words = rng.random() < 0.2
            amount: Pieces = (
                [ctx.amount(value, "words", tax=""), " (", ctx.amount(value, "digits", tax=""), ")"]
                if words
                else [ctx.amount(value, tax="")]
            )
            motion.decisions.append(
                (
                    "attribuer",
                    [
                        f"une subvention {rng.choice(('exceptionnelle ', 'de fonctionnement ', ''))}de ",
                        *amount,
                        f" à l'{of_association(name)}",
                    ],
                )
            )
    motion.decisions.append(("", credits_sentence(ctx, NATURES["subvention"])))
    motion.decisions.append(("autoriser", [f"{ctx.head_role()} à signer toute pièce relative à ce dossier"]))
    motion.visas = generic_visas(ctx)
    if rng.random() < 0.4:
        motion.visas.append(visa_legal(ctx, "law"))
    motion.considerants.append(
        [
            rng.choice(
                (
                    "que l'association poursuit un but d'intérêt général",
                    "l'intérêt local des actions menées par l'association",
                    "que le projet présenté contribue à l'animation de la commune",
                )
            )
        ]
    )
    return motion


def garantie_emprunt(ctx: Ctx) -> Motion:
    rng = ctx.rng
    lender = rng.choice(
        (
            "la Caisse des Dépôts et Consignations",
            "la Banque des Territoires",
            "le Crédit Agricole",
            "la Caisse d'Épargne",
            "La Banque Postale",
        )
    )
    borrower = rng.choice(
        (
            "l'Office public de l'habitat",
            "la SA d'HLM Domofrance",
            "la société Logévie",
            "Habitat 76",
            "la SEM d'aménagement",
            "Vilogia",
        )
    )
    value = amounts.magnitude(rng, 200_000, 15_000_000)
    motion = Motion(
        "garantie_emprunt",
        "Garantie d'emprunt accordée à " + borrower
        if not borrower[0].isupper()
        else "Garantie d'emprunt – " + borrower,
    )
    ctx.note("negative:percent")
    motion.expose.append(
        [
            f"{borrower[0].upper() + borrower[1:]} sollicite la garantie de la collectivité à hauteur de "
            f"{negatives.percent(rng)} pour le remboursement d'un prêt de ",
            ctx.amount(value, tax=""),
            f" souscrit auprès de {lender} ({ctx.contract_number()}), au "
            f"{negatives.rate(rng)}, pour {negatives.duration(rng, 'loan')}, "
            f"destiné à financer {negatives.count(rng, 'logements')}.",
        ]
    )
    motion.decisions.append(
        (
            "accorder",
            [
                f"sa garantie à hauteur de {negatives.percent(rng)} pour le remboursement d'un prêt d'un "
                "montant total de ",
                ctx.amount(value, tax=""),
            ],
        )
    )
    motion.decisions.append(("autoriser", [f"{ctx.head_role()} à intervenir au contrat de prêt"]))
    motion.visas = [
        visa_legal(ctx, "articles_list"),
        visa_legal(ctx, rng.choice(("code_article", "law_article"))),
        ["le contrat de prêt signé entre l'emprunteur et le prêteur"],
    ]
    if rng.random() < 0.5:
        motion.visas.insert(
            2,
            [
                "l'",
                ent(
                    "LEGAL_REF",
                    f"{rng.choice(('article', 'Article'))} {rng.choice(('2298', '2288', '2305'))} du Code civil",
                ),
            ],
        )
    return motion


def fiscalite(ctx: Ctx) -> Motion:
    rng = ctx.rng
    year = ctx.session.year
    motion = Motion(
        "fiscalite",
        rng.choice(
            (
                f"Vote des taux d'imposition {year}",
                f"Fiscalité directe locale – taux {year}",
                "Taxe d'enlèvement des ordures ménagères – fixation des taux",
            )
        ),
    )
    rows = [
        [["Taxe foncière sur les propriétés bâties"], [negatives.percent(rng)]],
        [["Taxe foncière sur les propriétés non bâties"], [negatives.percent(rng)]],
    ]
    if rng.random() < 0.5:
        rows.append([["Taxe d'habitation sur les résidences secondaires"], [negatives.percent(rng)]])
    ctx.note("negative:percent")
    motion.expose.append(
        ["Il est proposé de fixer les taux suivants" + ctx.typo.colon + "\n", *table(rng, ["Taxe", "Taux"], rows)]
    )
    motion.expose.append(
        [
            "Le produit fiscal attendu s'élève à ",
            ctx.amount(None, tax="", low=50_000, high=30_000_000),
            f", soit une progression de {negatives.percent(rng)}.",
        ]
    )
    motion.decisions.append(("fixer", [f"les taux d'imposition pour l'année {year} tels que présentés ci-dessus"]))
    motion.visas = [
        visa_legal(ctx, "code"),
        [
            "le ",
            ent("LEGAL_REF", rng.choice(("Code général des impôts", "code général des impôts", "CGI"))),
            # An article cited after its code is named is tagged alone (L11).
            *([", notamment ses ", ent("LEGAL_REF", "articles 1379, 1407 et suivants")] if rng.random() < 0.5 else []),
        ],
    ]
    if rng.random() < 0.6:
        art = rng.choice(("1639 A", "1636 B sexies", "1520", "1639 A bis", "1379"))
        motion.visas.append(
            [
                "l'",
                ent(
                    "LEGAL_REF",
                    f"article {art} du {rng.choice(('Code général des impôts', 'CGI', 'code général des impôts'))}",
                ),
            ]
        )
    motion.visas.append(visa_legal(ctx, "law"))
    return motion


def tarifs(ctx: Ctx) -> Motion:
    rng = ctx.rng
    year = ctx.session.year
    service = rng.choice(
        (
            "de la restauration scolaire",
            "des services périscolaires",
            "de la piscine municipale",
            "des salles municipales",
            "du cimetière",
            "d'occupation du domaine public",
            "de l'école de musique",
            "des séjours",
        )
    )
    motion = Motion("tarifs", f"Tarifs {service} – année {year + (1 if ctx.session.month > 8 else 0)}")
    items = rng.sample(
        (
            "Repas enfant",
            "Repas adulte",
            "Entrée adulte",
            "Entrée enfant",
            "Location journée",
            "Location week-end",
            "Concession 15 ans",
            "Concession 30 ans",
            "Carte 10 entrées",
            "Heure de garderie",
            "Terrasse (par m² et par an)",
            "Caution",
        ),
        rng.randint(3, 7),
    )
    rows = []
    for item in items:
        value = round(rng.uniform(0.5, 900), rng.choice((0, 2)))
        unit = rng.choice(("", "", "", " par habitant", "/jour", " le m²", " par repas", "/heure"))
        rows.append([[item], [ctx.amount(value, rng.choice(("cents", "digits", "plain")), tax=""), unit]])
    motion.expose.append(
        ["Les tarifs proposés sont les suivants" + ctx.typo.colon + "\n", *table(rng, ["Prestation", "Tarif"], rows)]
    )
    motion.expose.append([f"Ces tarifs représentent une augmentation moyenne de {negatives.percent(rng)}."])
    motion.decisions.append(
        (
            "fixer",
            [
                f"les tarifs {service} à compter du ",
                ctx.date(
                    ctx.session.replace(day=1, month=1, year=year + 1)
                    if ctx.session.month > 8
                    else ctx.session.replace(day=1, month=9)
                ),
                " tels que présentés",
            ],
        )
    )
    motion.visas = [visa_legal(ctx, rng.choice(("code_article", "code"))), visa_delib(ctx, "fixant les tarifs")]
    return motion
