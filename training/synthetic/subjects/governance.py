"""How the assembly runs itself: designations, elections, decisions taken by delegation, rules.

Example:
    >>> import random
    >>> from training.synthetic.context import draw_context
    >>> from training.synthetic.slots.name_pool import NamePool
    >>> ctx = draw_context(random.Random(1), NamePool(seed=1, size=50))
    >>> designation(ctx).key
    'designation'
"""

from __future__ import annotations

from training.synthetic.builder import Pieces
from training.synthetic.context import Ctx
from training.synthetic.slots import delib_ids, negatives
from training.synthetic.subjects.common import Motion, generic_visas, visa_delib, visa_legal
from training.synthetic.subjects.parties import company, with_article

_BODIES = (
    "au conseil d'administration du collège",
    "au comité syndical du SIVOM",
    "à la commission locale d'évaluation des charges transférées",
    "au conseil d'administration du CCAS",
    "à la commission d'appel d'offres",
    "au conseil de surveillance du centre hospitalier",
    "au syndicat départemental d'énergie",
    "à l'assemblée générale de la SPL",
    "au conseil d'école",
    "à la commission communale des impôts directs",
)


def designation(ctx: Ctx) -> Motion:
    """Members designated to bodies: titulaires and suppléants, one span per name."""
    rng = ctx.rng
    target = rng.choice(_BODIES)
    motion = Motion(
        "designation",
        rng.choice(
            (
                f"Désignation des représentants {target}",
                f"Élection des délégués {target}",
                f"Représentation de la collectivité {target}",
            )
        ),
    )
    holders = rng.sample(ctx.members, min(len(ctx.members), rng.randint(1, 5)))
    others = [m for m in ctx.members if m not in holders]
    deputies = rng.sample(others, min(len(others), rng.randint(0, 4)))
    c = ctx.typo.colon
    if rng.random() < 0.5:
        motion.expose.append(
            [
                "Le conseil peut décider, à l'unanimité, de ne pas procéder au scrutin secret. "
                f"{len(holders)} siège{'s' if len(holders) > 1 else ''} de "
                f"titulaire{'s' if len(holders) > 1 else ''} {'sont' if len(holders) > 1 else 'est'} à pourvoir."
            ]
        )
    listing = rng.choice(("lines", "inline"))
    block: Pieces = ["Titulaires" + c]
    for i, person in enumerate(holders):
        if listing == "lines":
            block.append("\n" + ctx.typo.bullet)
        elif i:
            block.append(", ")
        block += ctx.name(person)
    if deputies:
        block += ["\nSuppléants" + c]
        for i, person in enumerate(deputies):
            if i:
                block.append(rng.choice((", ", " ; ", "\n- ")))
            block += ctx.name(person)
    if rng.random() < 0.5:
        ctx.note("negative:counts")
        motion.expose.append(
            [
                f"Nombre de votants{c}{len(ctx.members)}. Bulletins blancs{c}{rng.randint(0, 3)}. Suffrages "
                f"exprimés{c}{len(ctx.members) - 2}. ",
                *ctx.prose_name(holders[0]),
                f" a obtenu {rng.randint(10, 40)} voix.",
            ]
        )
    motion.decisions.append(("désigner", [f"les représentants suivants {target}" + c + "\n", *block]))
    motion.visas = [visa_legal(ctx, rng.choice(("code_article", "code_with_article")))]
    if rng.random() < 0.5:
        motion.visas.append(["les statuts de la structure"])
    return motion


def delegations_report(ctx: Ctx) -> Motion:
    """Decisions taken by delegation, listed with their numbers, dates and amounts (D3)."""
    rng = ctx.rng
    who = ctx.head_role(definite=False)
    motion = Motion(
        "delegations_report",
        rng.choice(
            (
                f"Compte rendu des décisions prises par {who} par délégation",
                "Information sur les décisions prises en vertu de la délégation",
                "Décisions prises dans le cadre des délégations",
            )
        ),
    )
    items = delegated_decisions(ctx)
    motion.expose.append(
        [
            "Conformément à la délégation accordée, il est rendu compte des décisions suivantes"
            + ctx.typo.colon
            + "\n",
            *items,
        ]
    )
    motion.decisions.append(("prendre acte", ["des décisions prises dans le cadre de la délégation"]))
    motion.visas = [visa_legal(ctx, "code_article"), visa_delib(ctx, "portant délégation d'attributions")]
    return motion


def of_contract(contract: str) -> str:
    """``du marché n° …``, ``de la convention n° …``, ``de l'accord-cadre n° …``"""
    if contract.startswith(("convention", "lot")):
        return ("de la " if contract.startswith("convention") else "du ") + contract
    return ("de l'" if contract[0] in "aeiouéè" else "du ") + contract


def delegated_decisions(ctx: Ctx, count: int | None = None) -> Pieces:
    """The list of the head's decisions taken by delegation, each with its number and date (D3), numbered in
    sequence and written alike, as a register lists them."""
    rng = ctx.rng
    count = count or rng.randint(3, 9)
    days = sorted(ctx.earlier(2, 120) for _ in range(count))
    first = delib_ids.draw_seq(rng, ctx.authority.large)
    form = rng.randrange(4)
    dash, colon = rng.choice((" – ", " : ", " | ")), ctx.typo.colon
    word = rng.choice(("Décision n° ", "Décision n°", "DÉCISION N° ", "N° ", "Arrêté n° "))
    fmt = rng.choice(("long", "slash", "slash", "padded", "dot", "slash_short"))
    items: Pieces = []
    for i, d in enumerate(days):
        if i:
            items.append("\n")
        items.append(ctx.typo.bullet)
        number = ctx.delib_id(d, first + i, act=True)
        if form == 0:
            items += [word, number, " du ", ctx.date(d, fmt), colon]
        elif form == 1:
            items += [number, dash, ctx.date(d, fmt), dash]
        elif form == 2:
            items += [ctx.date(d, fmt), dash, "décision ", number, colon]
        else:
            items += ["Décision du ", ctx.date(d, fmt), " (n° ", number, ")", colon]
        items += _delegated_object(ctx)
    return items


def _delegated_object(ctx: Ctx) -> Pieces:
    rng = ctx.rng
    year = ctx.session.year
    form = rng.randrange(6)
    if form == 0:
        return [
            f"attribution {of_contract(ctx.contract_number())} {with_article(company(ctx), 'à')} pour un montant de ",
            ctx.amount(None, low=2000, high=400_000, tax=rng.choice((" HT", " TTC", ""))),
        ]
    if form == 1:
        return [
            f"signature d'un avenant {with_article(company(ctx), 'avec')} (",
            ctx.amount(None, low=500, high=50_000),
            ")",
        ]
    if form == 2:
        return [f"fixation des tarifs de la saison {year}-{year + 1}"]
    if form == 3:
        return ["acceptation d'une indemnité de sinistre de ", ctx.amount(None, "cents", low=100, high=30_000, tax="")]
    if form == 4:
        return [f"renonciation à l'exercice du droit de préemption sur la parcelle {negatives.parcel(rng)}"]
    return [
        "réalisation d'un emprunt de ",
        ctx.amount(None, low=50_000, high=3_000_000, tax=""),
        f" sur {negatives.duration(rng, 'loan')}",
    ]


def election_adjoint(ctx: Ctx) -> Motion:
    rng = ctx.rng
    person = rng.choice(ctx.members[1:] or ctx.members)
    rank = rng.randint(1, 8)
    deputy = ctx.authority.deputy.lower()
    nth = "1er" if rank == 1 else f"{rank}e"
    motion = Motion(
        "election_adjoint",
        rng.choice(
            (
                f"Élection d'un {nth} {deputy}",
                f"Élection d'un {deputy} suite à démission",
                f"Installation d'un {ctx.authority.member}",
            )
        ),
    )
    former = ctx.elected_elsewhere()  # a former member is still an official
    c = ctx.typo.colon
    motion.expose.append(
        [
            "Par courrier du ",
            ctx.date(ctx.earlier(10, 60)),
            ", ",
            *ctx.prose_name(former),
            f" a présenté sa démission de ses fonctions, acceptée par le Préfet le {negatives.day_month(rng)}.",
        ]
    )
    ctx.note("negative:day_month")
    motion.expose.append(
        [
            f"Candidat{c}",
            *ctx.prose_name(person),
            f". Résultats du scrutin{c}votants {len(ctx.members)}, nuls {rng.randint(0, 3)}, exprimés "
            f"{len(ctx.members) - 2}. ",
            *ctx.prose_name(person),
            f" ayant obtenu la majorité absolue est proclamé{'e' if person.female else ''} "
            f"{ctx.authority.deputy_title(person.female, rank).lower()}.",
        ]
    )
    motion.decisions.append(
        (
            "",
            [
                f"Est élu{'e' if person.female else ''} ",
                ctx.authority.deputy_title(person.female, rank) + c,
                *ctx.name(person),
            ],
        )
    )
    motion.visas = [
        visa_legal(ctx, "articles_list"),
        visa_legal(ctx, rng.choice(("code_article", "articles_suivants"))),
    ]
    return motion


def reglement(ctx: Ctx) -> Motion:
    rng = ctx.rng
    motion = Motion(
        "reglement",
        rng.choice(
            (
                "Adoption du règlement intérieur du conseil",
                "Motion de soutien",
                "Modification des statuts",
                "Adhésion au groupement de commandes",
            )
        ),
    )
    motion.expose.append(
        [
            rng.choice(
                (
                    "Le règlement intérieur doit être adopté dans les six mois qui suivent l'installation du conseil.",
                    "La présente motion est soumise au vote de l'assemblée.",
                    f"Le groupement réunit {negatives.count(rng, 'communes')}.",
                )
            ),
            " ",
            negatives.naf(rng) if rng.random() < 0.2 else "",
        ]
    )
    motion.decisions.append(
        (
            "adopter",
            [
                rng.choice(
                    (
                        "le règlement intérieur annexé à la présente délibération",
                        "la motion présentée",
                        "les statuts modifiés",
                    )
                )
            ],
        )
    )
    motion.visas = generic_visas(ctx) or [visa_legal(ctx, "code_article")]
    if rng.random() < 0.4:
        motion.visas.append(visa_legal(ctx, rng.choice(("arrete_prefectoral", "law_named", "constitution"))))
    if rng.random() < 0.2:
        motion.considerants.append(
            [
                "l'intervention de ",
                *ctx.prose_name(rng.choice(ctx.members)),
                f" lors de la séance du {negatives.day_month(rng)}",
            ]
        )
    return motion
