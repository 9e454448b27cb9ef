"""Contracts and partners: public procurement, conventions with other authorities, grant
applications, data protection, public service delegation.

Example:
    >>> import random
    >>> from training.synthetic.context import draw_context
    >>> from training.synthetic.slots.name_pool import NamePool
    >>> ctx = draw_context(random.Random(1), NamePool(seed=1, size=50))
    >>> marche(ctx).key
    'marche'
"""

from __future__ import annotations

from training.synthetic.builder import Pieces, ent
from training.synthetic.context import Ctx
from training.synthetic.parts.tables import table
from training.synthetic.slots import amounts, negatives
from training.synthetic.slots.dates import render_date
from training.synthetic.subjects.common import NATURES, Motion, credits_sentence, visa_delib, visa_legal, visa_opinion
from training.synthetic.subjects.parties import company, company_is_feminine, with_article


def marche(ctx: Ctx) -> Motion:
    """Procurement: companies, SIRET, market and lot numbers are never entities (D4)."""
    rng = ctx.rng
    works = rng.choice(
        (
            "de réhabilitation du groupe scolaire",
            "de construction d'un gymnase",
            "de voirie et réseaux divers",
            "de fourniture de repas",
            "d'entretien des espaces verts",
            "de maintenance des installations de chauffage",
        )
    )
    motion = Motion("marche", f"Attribution du marché {works}")
    lots = rng.randint(1, 4)
    rows: list[list[Pieces]] = []
    for lot in range(1, lots + 1):
        firm = company(ctx)
        value = amounts.magnitude(rng, 5000, 3_000_000)
        rows.append(
            [
                [f"Lot {lot}"],
                [firm],
                [ctx.amount(value, rng.choice(("cents", "digits")), tax=rng.choice((" HT", " HT", "", " TTC")))],
            ]
        )
    ctx.note("negative:contract_number")
    motion.expose.append(
        [
            f"Une consultation a été lancée selon la procédure d'appel d'offres ouvert ({ctx.contract_number()}). ",
            f"{rng.randint(3, 25)} offres ont été reçues. La commission d'appel d'offres, réunie le ",
            ctx.date(ctx.earlier(5, 40)),
            ", a retenu les offres économiquement les plus avantageuses" + ctx.typo.colon + "\n",
            *table(rng, ["Lot", "Attributaire", "Montant"], rows),
        ]
    )
    if rng.random() < 0.4:
        motion.expose.append(
            [
                f"L'attributaire du lot 1 est immatriculé sous le numéro SIRET {negatives.siret(rng)} "
                f"({negatives.naf(rng)})."
            ]
        )
        ctx.note("negative:siret")
    motion.decisions.append(
        (
            "autoriser",
            [
                f"{ctx.head_role()} à signer le marché avec les entreprises retenues pour un montant total de ",
                ctx.amount(None, low=10_000, high=5_000_000, tax=rng.choice((" HT", " TTC", ""))),
            ],
        )
    )
    motion.decisions.append(("", credits_sentence(ctx, NATURES["works"])))
    motion.visas = [
        visa_legal(ctx, rng.choice(("code", "code_article"))),
        ["le ", ent("LEGAL_REF", rng.choice(("Code de la commande publique", "code de la commande publique", "CCP")))],
    ]
    if rng.random() < 0.6:
        motion.visas[-1] += [
            ", notamment ses ",
            ent(
                "LEGAL_REF",
                f"articles {rng.choice(('L. 2124-2', 'L.2124-2', 'R. 2124-2'))} et "
                f"{rng.choice(('R. 2161-2', 'R.2161-2 à R.2161-5', 'R. 2162-2'))}",
            ),
        ]
    if rng.random() < 0.4:
        motion.visas.append(visa_legal(ctx, rng.choice(("decree", "ordinance", "eu_directive"))))
    return motion


def convention(ctx: Ctx) -> Motion:
    """A convention with a partner authority: its elected head is an official (O4), its director is not."""
    rng = ctx.rng
    partner_head = ctx.elected_elsewhere()
    director = ctx.outsider()
    partner = rng.choice(
        (
            "la Communauté de communes",
            "le Département",
            "la Région",
            "la commune voisine",
            "le Syndicat mixte",
            "la Métropole",
        )
    )
    value = amounts.magnitude(rng, 1000, 800_000)
    motion = Motion(
        "convention",
        rng.choice(
            (
                f"Convention de partenariat avec {partner}",
                f"Fonds de concours versé par {partner}",
                "Convention de mise à disposition de services",
            )
        ),
    )
    role = rng.choice(
        ("sa Présidente", "sa Maire", "sa Vice-présidente déléguée")
        if partner_head.female
        else ("son Président", "son Maire", "son Vice-président délégué")
    )
    motion.expose.append(
        [
            f"{partner[0].upper() + partner[1:]}, représenté{'' if partner.startswith('le ') else 'e'} par {role}, ",
            *ctx.name(partner_head),
            f", propose une convention d'une durée de {negatives.duration(rng)}. ",
            f"Le suivi technique sera assuré par {ctx.plain_name(director)}, "
            f"{'directrice' if director.female else 'directeur'} du pôle aménagement. ",
            "La participation financière s'élève à ",
            ctx.amount(value, tax=""),
            f", soit {negatives.percent(rng)} du coût de l'opération.",
        ]
    )
    if rng.random() < 0.35:
        mp = ctx.elected_elsewhere()
        motion.expose.append(
            [
                f"Le projet est soutenu par {'Mme la Députée' if mp.female else 'M. le Député'} ",
                ctx.bare_name(mp, "First LAST", case=ctx.prose_case),
                ".",
            ]
        )
    motion.decisions.append(
        ("approuver", ["la convention à intervenir, pour un montant de ", ctx.amount(value, tax="")])
    )
    motion.decisions.append(("autoriser", [f"{ctx.head_role()} ou son représentant à la signer"]))
    motion.visas = [visa_legal(ctx, rng.choice(("code_article", "articles_list"))), visa_delib(ctx)]
    if rng.random() < 0.3:
        motion.visas.append(visa_legal(ctx, "arrete_prefectoral"))
    return motion


def demande_subvention(ctx: Ctx) -> Motion:
    """A grant application with its financing plan: amounts and shares in a flattened table."""
    rng = ctx.rng
    year = ctx.session.year
    project = rng.choice(
        (
            "la rénovation énergétique de l'école",
            "l'aménagement du centre-bourg",
            "la construction d'une salle multisports",
            "la création d'une piste cyclable",
            "la mise en accessibilité de la mairie",
        )
    )
    fund = rng.choice(("DETR", "DSIL", "fonds vert", "FEDER", "contrat de ruralité"))
    motion = Motion("demande_subvention", f"Demande de subvention au titre de la {fund} {year} pour {project}")
    total = amounts.magnitude(rng, 50_000, 5_000_000)
    shares = [0.3, 0.2, 0.2, 0.3] if rng.random() < 0.5 else [0.4, 0.25, 0.35]
    funders = rng.sample(
        ("État – " + fund, "Région", "Département", "Autofinancement", "Fonds de concours", "Emprunt"), len(shares)
    )
    rows = [
        [[f], [ctx.amount(total * s, rng.choice(("cents", "digits")), tax="")], [f"{round(s * 100)} %"]]
        for f, s in zip(funders, shares, strict=True)
    ]
    ctx.note("negative:percent")
    motion.expose.append(
        [
            "Le coût prévisionnel de l'opération est estimé à ",
            ctx.amount(total, tax=rng.choice((" HT", " HT", " TTC"))),
            ". Le plan de financement est le suivant" + ctx.typo.colon + "\n",
            *table(rng, ["Financeur", "Montant", "Taux"], rows),
        ]
    )
    authority = rng.choice(("Monsieur le Préfet", "Madame la Préfète", "l'État"))
    motion.decisions.append(
        (
            "solliciter",
            [
                f"auprès de {authority} une subvention au titre de la {fund} {year} d'un montant de ",
                ctx.amount(total * shares[0], tax=""),
            ],
        )
    )
    motion.decisions.append(("approuver", ["le plan de financement prévisionnel ci-dessus"]))
    motion.visas = [visa_legal(ctx, "code_article")]
    if rng.random() < 0.5:
        issued = render_date(rng, ctx.earlier(20, 120), "long")[0]
        circular = f"circulaire {rng.choice(('préfectorale ', ''))}du {issued}"
        motion.visas.append(["la ", ent("LEGAL_REF", circular), f" relative à la {fund} {year}"])
    else:
        motion.visas.append([f"l'appel à projets {fund} lancé le ", ctx.date(ctx.earlier(20, 120))])
    return motion


def rgpd(ctx: Ctx) -> Motion:
    rng = ctx.rng
    dpo = ctx.outsider()
    motion = Motion(
        "rgpd",
        rng.choice(
            (
                "Désignation d'un délégué à la protection des données",
                "Adhésion au service mutualisé de protection des données du centre de gestion",
                "Protection des données personnelles",
            )
        ),
    )
    motion.expose.append(
        [
            "Le ",
            ent("LEGAL_REF", rng.choice(("RGPD", "règlement (UE) 2016/679 du 27 avril 2016"))),
            f" impose la désignation d'un délégué. Il est proposé de désigner {ctx.plain_name(dpo)}, agent du "
            "centre de gestion, en qualité de délégué à la protection des données, moyennant une cotisation "
            "annuelle de ",
            ctx.amount(None, low=200, high=9000, tax=""),
            ".",
        ]
    )
    motion.decisions.append(("désigner", ["le centre de gestion comme délégué mutualisé à la protection des données"]))
    motion.visas = [
        visa_legal(ctx, "eu_regulation"),
        [
            "la ",
            ent(
                "LEGAL_REF",
                rng.choice(
                    ("loi n° 78-17 du 6 janvier 1978", "loi n°78-17 du 6 janvier 1978", "loi du 6 janvier 1978")
                ),
            ),
            " relative à l'informatique, aux fichiers et aux libertés",
        ],
    ]
    if rng.random() < 0.5:
        motion.visas.append(visa_opinion(ctx))
    return motion


def dsp(ctx: Ctx) -> Motion:
    rng = ctx.rng
    motion = Motion(
        "dsp",
        rng.choice(
            (
                "Délégation de service public – choix du délégataire",
                "Rapport annuel du délégataire",
                "Principe du recours à une délégation de service public",
            )
        ),
    )
    firm = company(ctx)
    rep = ctx.outsider()
    motion.expose.append(
        [
            f"Le contrat de concession {with_article(firm, 'avec')}, "
            f"représenté{'e' if company_is_feminine(firm) else 's' if firm.startswith('Établissements') else ''} "
            f"par {ctx.plain_name(rep)}, "
            f"{'directrice générale' if rep.female else 'directeur général'}, arrive à échéance. "
            "Le chiffre d'affaires prévisionnel s'élève à ",
            ctx.amount(None, low=100_000, high=30_000_000, tax=rng.choice((" HT", ""))),
            f" par an pour {negatives.duration(rng)}.",
        ]
    )
    motion.decisions.append(("approuver", ["le principe du recours à une concession de service public"]))
    motion.visas = [
        visa_legal(ctx, "articles_suivants"),
        [
            "le ",
            ent("LEGAL_REF", "Code de la commande publique"),
            rng.choice(("", " et notamment sa troisième partie")),
        ],
    ]
    if rng.random() < 0.4:
        motion.visas.append(visa_legal(ctx, "ordinance"))
    motion.visas.append(visa_opinion(ctx))
    return motion
