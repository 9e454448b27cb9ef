"""People matters: the staff table, members' allowances, staff bonuses.

Example:
    >>> import random
    >>> from training.synthetic.context import draw_context
    >>> from training.synthetic.slots.name_pool import NamePool
    >>> ctx = draw_context(random.Random(1), NamePool(seed=1, size=50))
    >>> indemnites(ctx).key
    'indemnites'
"""

from __future__ import annotations

from training.synthetic.builder import Pieces
from training.synthetic.context import Ctx
from training.synthetic.parts.tables import table
from training.synthetic.slots import negatives
from training.synthetic.subjects.common import NATURES, Motion, credits_sentence, visa_delib, visa_legal, visa_opinion

_GRADES = (
    ("adjoint technique territorial", "C"),
    ("adjoint administratif principal de 2e classe", "C"),
    ("agent de maîtrise", "C"),
    ("rédacteur territorial", "B"),
    ("technicien principal de 1re classe", "B"),
    ("animateur territorial", "B"),
    ("attaché territorial", "A"),
    ("ingénieur territorial", "A"),
    ("auxiliaire de puériculture", "C"),
    ("éducateur des activités physiques et sportives", "B"),
    ("assistant d'enseignement artistique", "B"),
    ("brigadier-chef principal de police municipale", "C"),
)


def effectifs(ctx: Ctx) -> Motion:
    rng = ctx.rng
    motion = Motion(
        "effectifs",
        rng.choice(
            (
                "Modification du tableau des effectifs",
                "Création de postes",
                "Personnel – création d'un emploi permanent",
                "Tableau des emplois au " + str(ctx.session.year),
            )
        ),
    )
    rows: list[list[Pieces]] = []
    for grade, category in rng.sample(_GRADES, rng.randint(1, 5)):
        rows.append(
            [
                [grade],
                [category],
                [rng.choice(("35h", "TC", "TNC 28/35e", "17h30", "temps complet"))],
                [rng.choice(("+1", "+2", "-1", "1"))],
            ]
        )
    ctx.note("negative:duration")
    motion.expose.append(
        [
            "Il est proposé de modifier le tableau des effectifs comme suit" + ctx.typo.colon + "\n",
            *table(rng, ["Grade", "Catégorie", "Durée hebdomadaire", "Nombre"], rows),
        ]
    )
    motion.expose.append(
        [
            f"La rémunération sera fixée par référence à l'{negatives.index_value(rng)}. Le poste est ouvert "
            f"à raison de {negatives.duration(rng, 'post')}."
        ]
    )
    motion.decisions.append(
        (
            "créer",
            [
                f"{rng.choice(('un poste', 'les postes'))} figurant au tableau ci-dessus à compter du ",
                ctx.date(ctx.session.replace(day=1)),
            ],
        )
    )
    motion.decisions.append(("", credits_sentence(ctx, NATURES["staff"])))
    motion.visas = [
        visa_legal(ctx, rng.choice(("code_article", "code"))),
        visa_legal(ctx, "law"),
        visa_legal(ctx, "decree"),
        visa_opinion(ctx),
    ]
    if rng.random() < 0.6:
        motion.visas.insert(1, visa_legal(ctx, rng.choice(("law_article", "code_article"))))
    motion.considerants.append(["les besoins des services", rng.choice((" et la nécessité de pourvoir le poste", ""))])
    return motion


def indemnites(ctx: Ctx) -> Motion:
    """Members' allowances: a dense list of officials with their rates (never amounts)."""
    rng = ctx.rng
    auth = ctx.authority
    motion = Motion(
        "indemnites",
        rng.choice(
            (
                "Indemnités de fonction des élus",
                "Fixation des indemnités du Maire, des adjoints et des conseillers délégués"
                if auth.head == "Maire"
                else "Fixation des indemnités du Président et des vice-présidents",
                "Indemnités de fonction – tableau récapitulatif",
            )
        ),
    )
    ctx.note("negative:percent")
    motion.expose.append(
        [
            f"Les indemnités sont calculées en pourcentage de l'{negatives.index_value(rng)}. L'enveloppe "
            "globale ne peut excéder le montant maximal autorisé."
        ]
    )
    rows: list[list[Pieces]] = []
    officers = [ctx.head, *ctx.deputies]
    role_first = rng.random() < 0.5
    with_amount = rng.random() < 0.6
    for i, person in enumerate(officers):
        role = auth.head_title(person.female) if i == 0 else auth.deputy_title(person.female, i)
        name = ctx.name(person, civility=rng.random() < 0.3)
        row = [[role], name] if role_first else [name, [role]]
        row.append([negatives.percent(rng)])
        if with_amount:
            row.append([ctx.amount(round(rng.uniform(200, 4500), 2), "cents", tax="")])
        rows.append(row)
    header = ["Fonction", "Nom"] if role_first else ["Nom", "Fonction"]
    header += ["Taux (% IB 1027)"] + (["Montant mensuel brut"] if with_amount else [])
    motion.expose.append(["Tableau récapitulatif des indemnités" + ctx.typo.colon + "\n", *table(rng, header, rows)])
    motion.decisions.append(
        (
            "fixer",
            [
                "le montant des indemnités de fonction conformément au tableau annexé, avec effet au ",
                ctx.date(ctx.earlier(0, 40)),
            ],
        )
    )
    motion.decisions.append(("", credits_sentence(ctx, NATURES["indemnites"])))
    motion.visas = [visa_legal(ctx, "code"), visa_legal(ctx, "articles_list")]
    if rng.random() < 0.5:
        motion.visas.append(["le procès-verbal d'installation du conseil du ", ctx.date(ctx.earlier(30, 900))])
    if rng.random() < 0.5:
        elected = "du Maire et des adjoints" if auth.head == "Maire" else "du Président et des vice-présidents"
        motion.visas.append(visa_delib(ctx, f"portant élection {elected}"))
    return motion


def regime_indemnitaire(ctx: Ctx) -> Motion:
    rng = ctx.rng
    motion = Motion(
        "regime_indemnitaire",
        rng.choice(
            (
                "Mise en place du RIFSEEP",
                "Régime indemnitaire – actualisation",
                "Modalités d'organisation du temps de travail",
                "Frais de déplacement des agents",
            )
        ),
    )
    motion.expose.append(
        [
            f"Le dispositif concerne {negatives.count(rng, 'agents')} répartis en {rng.randint(3, 8)} groupes de "
            "fonctions. Le plafond annuel du groupe A1 est fixé à ",
            ctx.amount(None, "digits", tax="", low=8000, high=40000),
            ", celui du groupe C2 à ",
            ctx.amount(None, "digits", tax="", low=1000, high=11000),
            ".",
        ]
    )
    motion.decisions.append(
        (
            "instaurer",
            [
                "le régime indemnitaire dans les conditions exposées, à compter du ",
                ctx.date(ctx.session.replace(day=1)),
            ],
        )
    )
    motion.decisions.append(("", credits_sentence(ctx, NATURES["staff"])))
    motion.visas = [
        visa_legal(ctx, "code"),
        visa_legal(ctx, "decree"),
        visa_legal(ctx, "decree"),
        visa_legal(ctx, rng.choice(("law", "law_article"))),
        visa_opinion(ctx),
    ]
    return motion
