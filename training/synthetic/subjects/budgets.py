"""Budget subjects: amendments with their tables, budget votes, accounts, write-offs.

Example:
    >>> import random
    >>> from training.synthetic.context import draw_context
    >>> from training.synthetic.slots.name_pool import NamePool
    >>> ctx = draw_context(random.Random(1), NamePool(seed=1, size=50))
    >>> decision_modificative(ctx).key
    'decision_modificative'
"""

from __future__ import annotations

from training.synthetic import lexicon
from training.synthetic.builder import Pieces
from training.synthetic.context import Ctx
from training.synthetic.parts.tables import table
from training.synthetic.slots import amounts, budget, negatives
from training.synthetic.subjects.common import (
    NATURES,
    Motion,
    credits_sentence,
    hard_numbers,
    visa_budget,
    visa_delib,
    visa_legal,
)


def decision_modificative(ctx: Ctx) -> Motion:
    """A budget amendment: its table by section, with codes in the forms clerks use and signed amounts."""
    rng = ctx.rng
    number = rng.randint(1, 5)
    motion = Motion(
        "decision_modificative",
        f"Budget principal {ctx.session.year} – Décision modificative n° {number}",
        rapporteur=rng.choice([d for d in ctx.deputies if d in ctx.speakers] or ctx.speakers),
    )
    ctx.note("negative:dm_ordinal")
    form = rng.choices(("chapitre_nature", "slash_two", "slash", "chain", "bare"), (30, 25, 10, 20, 15))[0]
    layout = rng.choice(("rows", "bullets"))
    pieces: Pieces = [
        f"Il est proposé d'ajuster les crédits de l'exercice {ctx.session.year} comme suit" + ctx.typo.colon + "\n"
    ]
    for section, title in (("F", "SECTION DE FONCTIONNEMENT"), ("I", "SECTION D'INVESTISSEMENT")):
        if rng.random() < 0.25 and section == "I":
            continue
        pieces.append(rng.choice((title, title.capitalize(), title.title())) + "\n")
        for direction in ("Dépenses", "Recettes"):
            if rng.random() < 0.2:
                continue
            pieces.append(rng.choice((direction, direction.upper(), direction + " :")) + "\n")
            rows: list[list[Pieces]] = []
            for _ in range(rng.randint(1, 4)):
                imp = budget.draw_imputation(rng, section=section)
                value = amounts.magnitude(rng, 200, 400_000)
                sign = rng.choice(("", "+ ", "- ", "+", "-", "+ "))
                if form == "bare":
                    # Bare codes in a table row: not tagged (B6); an amount without its currency neither (A3).
                    code: Pieces = [
                        rng.choice(
                            (
                                f"{imp.chapter}  {imp.nature}  {imp.function}",
                                f"{imp.nature}",
                                f"{imp.chapter}   {imp.nature}",
                            )
                        )
                    ]
                    ctx.note("negative:bare_codes")
                else:
                    code = ctx.budget(imp, form)
                money: Pieces = [sign, ctx.amount(value, rng.choice(("cents", "cents", "digits")), tax="")]
                if rng.random() < 0.15:
                    money = [f"{sign}{amounts.group_digits(int(value), ' ')},00"]
                rows.append([code, [imp.label], money])
            if layout == "rows":
                pieces += [*table(rng, None, rows), "\n"]
            else:
                for row in rows:
                    pieces += ["- ", *row[0], f" ({row[1][0].lower()}) : ", *row[2], "\n"]
            total = amounts.magnitude(rng, 1000, 900_000)
            pieces += [
                rng.choice(("Total ", "TOTAL ", "Total des ")) + direction.lower() + ctx.typo.colon,
                ctx.amount(total, "cents", tax=""),
                "\n",
            ]
    motion.expose.append(pieces)
    motion.expose.append(
        [
            "La section de fonctionnement s'équilibre à ",
            ctx.amount(None, tax="", low=1000, high=900_000),
            " et la section d'investissement à ",
            ctx.amount(None, tax="", low=1000, high=900_000),
            ".",
        ]
    )
    motion.decisions.append(
        (
            "adopter",
            [
                f"la décision modificative n° {number} du budget principal {ctx.session.year} telle que "
                "présentée ci-dessus"
            ],
        )
    )
    motion.visas = [
        visa_legal(ctx, rng.choice(("code_article", "articles_list", "code_with_article"))),
        visa_budget(ctx),
    ]
    if rng.random() < 0.6:
        motion.visas.append(visa_delib(ctx, f"approuvant le budget primitif {ctx.session.year}"))
    return motion


def budget_vote(ctx: Ctx) -> Motion:
    rng = ctx.rng
    year = ctx.session.year
    motion = Motion(
        "budget_vote",
        rng.choice(
            (f"Budget primitif {year}", f"Vote du budget primitif {year} – budget principal", f"BUDGET PRIMITIF {year}")
        ),
    )
    motion.expose.append(
        [
            f"Le projet de budget primitif pour {year} est établi selon la nomenclature "
            f"{negatives.nomenclature(rng)}. ",
            hard_numbers(ctx, "budget"),
        ]
    )
    chapter_rows: list[list[Pieces]] = []
    chapters = lexicon.chapters()
    for chapter in rng.sample(list(chapters), rng.randint(3, 8)):
        imp = budget.Imputation(chapter=chapter, nature="", label=chapters[chapter])
        code = (
            ctx.budget(imp, rng.choice(("chapitre", "chapitre", "chapitre_label"))) if rng.random() < 0.7 else [chapter]
        )
        chapter_rows.append(
            [
                code,
                [chapters[chapter]] if code != [chapter] or rng.random() < 0.5 else [],
                [ctx.amount(None, rng.choice(("cents", "digits")), tax="", low=5000, high=20_000_000)],
            ]
        )
    motion.expose.append(
        [
            "Les crédits sont votés par chapitre" + ctx.typo.colon + "\n",
            *table(rng, ["Chapitre", "Libellé", "Montant"], chapter_rows),
        ]
    )
    motion.expose.append(
        [
            "Le budget s'équilibre en dépenses et en recettes à ",
            ctx.amount(None, tax="", low=500_000, high=90_000_000),
            " en fonctionnement et à ",
            ctx.amount(None, tax="", low=100_000, high=40_000_000),
            " en investissement.",
        ]
    )
    motion.decisions.append(
        ("adopter", [f"le budget primitif {year} par chapitre, tel qu'annexé à la présente délibération"])
    )
    motion.decisions.append(
        (
            "",
            [
                "Le budget est voté ",
                rng.choice(
                    (
                        "par chapitre",
                        "au niveau du chapitre pour la section de fonctionnement et par opération pour la "
                        "section d'investissement",
                    )
                ),
                ".",
            ],
        )
    )
    motion.visas = [
        visa_legal(ctx, "articles_list"),
        visa_legal(ctx, rng.choice(("decree", "law", "arrete_ministeriel"))),
    ]
    if rng.random() < 0.5:
        motion.visas.append(["le débat d'orientation budgétaire qui s'est tenu le ", ctx.date(ctx.earlier(15, 60))])
    return motion


def compte_administratif(ctx: Ctx) -> Motion:
    rng = ctx.rng
    year = ctx.session.year - 1
    motion = Motion(
        "compte_administratif",
        rng.choice(
            (
                f"Compte administratif {year}",
                f"Approbation du compte financier unique {year}",
                f"Compte de gestion et compte administratif {year}",
            )
        ),
    )
    chair = rng.choice([d for d in ctx.deputies if d in ctx.speakers] or ctx.speakers)
    motion.not_voting.append(ctx.head)
    motion.expose.append(
        [
            f"{ctx.head_role()} ayant quitté la séance, {ctx.authority.body.the()} siège sous la présidence de ",
            *ctx.prose_name(chair),
            rng.choice((", doyen d'âge.", f", {ctx.authority.deputy_title(chair.female, 1)}.", ".")),
        ]
    )
    rows = [
        [
            ["Fonctionnement"],
            [ctx.amount(None, "cents", tax="", low=1e5, high=5e7)],
            [ctx.amount(None, "cents", tax="", low=1e5, high=5e7)],
        ],
        [
            ["Investissement"],
            [ctx.amount(None, "cents", tax="", low=1e4, high=2e7)],
            [ctx.amount(None, "cents", tax="", low=1e4, high=2e7)],
        ],
    ]
    motion.expose.append(
        [
            "Le compte fait apparaître les résultats suivants" + ctx.typo.colon + "\n",
            *table(rng, ["Section", "Dépenses", "Recettes"], rows),
        ]
    )
    motion.decisions.append(("approuver", [f"le compte administratif de l'exercice {year}"]))
    motion.decisions.append(
        (
            "",
            [
                "Le résultat de fonctionnement, soit ",
                ctx.amount(None, tax=""),
                ", est affecté ",
                *ctx.budget_in(
                    "à",
                    budget.Imputation("10", "1068", label="Excédents de fonctionnement capitalisés"),
                    rng.choice(("compte", "chapitre_nature", "slash_two")),
                ),
                ".",
            ],
        )
    )
    motion.visas = [visa_legal(ctx, "code_article"), ["le compte de gestion dressé par le comptable public"]]
    return motion


def non_valeur(ctx: Ctx) -> Motion:
    rng = ctx.rng
    motion = Motion(
        "non_valeur",
        rng.choice(
            ("Admission en non-valeur de créances irrécouvrables", "Créances éteintes et admissions en non-valeur")
        ),
    )
    accountant = ctx.outsider()
    motion.expose.append(
        [
            f"{ctx.plain_name(accountant)}, comptable public, a transmis un état des créances irrécouvrables "
            f"pour les exercices {ctx.session.year - 4} à {ctx.session.year - 1}."
        ]
    )
    rows = [
        [
            [str(ctx.session.year - rng.randint(1, 6))],
            [f"Titre n° {rng.randint(1, 900)}"],
            [ctx.amount(None, "cents", tax="", low=5, high=4000)],
        ]
        for _ in range(rng.randint(2, 6))
    ]
    motion.expose.append(table(rng, ["Exercice", "Pièce", "Montant"], rows))
    motion.decisions.append(
        (
            "admettre",
            [
                "en non-valeur les créances pour un montant total de ",
                ctx.amount(None, "cents", tax="", low=50, high=20_000),
            ],
        )
    )
    motion.decisions.append(("", credits_sentence(ctx, NATURES["non_valeur"])))
    motion.visas = [
        visa_legal(ctx, "code_article"),
        ["la demande présentée par le comptable public le ", ctx.date(ctx.earlier(10, 90))],
    ]
    return motion
