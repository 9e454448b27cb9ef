"""Land and planning: purchases and sales, street naming, local urban plans.

Example:
    >>> import random
    >>> from training.synthetic.context import draw_context
    >>> from training.synthetic.slots.name_pool import NamePool
    >>> ctx = draw_context(random.Random(1), NamePool(seed=1, size=50))
    >>> foncier(ctx).key
    'foncier'
"""

from __future__ import annotations

from training.synthetic.builder import ent
from training.synthetic.context import Ctx
from training.synthetic.slots import amounts, dates, negatives
from training.synthetic.subjects.common import NATURES, Motion, credits_sentence, visa_delib, visa_legal
from training.synthetic.subjects.parties import street


def foncier(ctx: Ctx) -> Motion:
    """A purchase or sale: parcels, surfaces, the notary and the owners are never entities."""
    rng = ctx.rng
    buying = rng.random() < 0.5
    parcel = negatives.parcel(rng).removeprefix("parcelle ")
    area = negatives.surface(rng)
    owner = ctx.outsider()
    notary = ctx.outsider()
    value = amounts.magnitude(rng, 1, 2_500_000)
    motion = Motion("foncier", f"{'Acquisition' if buying else 'Cession'} de la parcelle {parcel}")
    ctx.note("negative:parcel")
    couple = rng.random() < 0.3
    owners = f"M. et Mme {ctx.plain_name(owner, 'LAST', civility=False)}" if couple else ctx.plain_name(owner)
    role = ("propriétaires" if buying else "acquéreurs") if couple else ("propriétaire" if buying else "acquéreur")
    if buying:
        wish = "proposent de céder" if couple else "propose de céder"
    else:
        wish = "souhaitent acquérir" if couple else "souhaite acquérir"
    motion.expose.append(
        [
            f"{owners}, {role}, {wish} le terrain {parcel}, d'une superficie "
            f"de {area}, situé {street(ctx)}, au prix de ",
            ctx.amount(value, tax=rng.choice(("", "", " HT"))),
            ".",
        ]
    )
    if rng.random() < 0.7:
        motion.expose.append(
            [
                "Le pôle d'évaluation domaniale a rendu son avis le ",
                ctx.date(ctx.earlier(10, 200)),
                f" (avis n° {ctx.session.year}-{ctx.authority.postcode}-{rng.randint(10000, 99999)}), "
                "estimant la valeur vénale à ",
                ctx.amount(value * rng.uniform(0.9, 1.1), rng.choice(("digits", "cents")), tax=""),
                ".",
            ]
        )
    motion.decisions.append(
        (
            "approuver" if rng.random() < 0.5 else "autoriser",
            [
                f"{'l' + chr(39) + 'acquisition' if buying else 'la cession'} de la parcelle {parcel} pour un "
                "montant de ",
                ctx.amount(value, tax=""),
            ],
        )
    )
    motion.decisions.append(
        (
            "",
            [
                f"L'acte sera reçu par Maître {ctx.plain_name(notary, 'First LAST', civility=False)}, notaire à "
                f"{ctx.authority.seat}, les frais étant à la charge de l'{'acquéreur' if not buying else 'acheteur'}."
            ],
        )
    )
    ctx.note("negative:person")
    if buying:
        motion.decisions.append(("", credits_sentence(ctx, NATURES["property"])))
    cg3p = [
        "le ",
        ent(
            "LEGAL_REF",
            rng.choice(
                (
                    "Code général de la propriété des personnes publiques",
                    "code général de la propriété des personnes publiques",
                )
            ),
        ),
    ]
    if rng.random() < 0.5:
        cg3p += [", notamment son ", ent("LEGAL_REF", f"article {rng.choice(('L. 3221-1', 'L.3221-1', 'L. 1111-1'))}")]
    motion.visas = [visa_legal(ctx, "code"), cg3p]
    if rng.random() < 0.5:
        motion.visas.append(["l'avis du Domaine en date du ", ctx.date(ctx.earlier(10, 200))])
    return motion


def denomination(ctx: Ctx) -> Motion:
    """Naming a street after a famous person: a name that is not an official."""
    rng = ctx.rng
    name = street(ctx)
    motion = Motion("denomination", f"Dénomination de voie – {name}")
    motion.expose.append(
        [
            f"La nouvelle voie desservant le lotissement ({negatives.count(rng, 'logements')}) doit être "
            f"dénommée. Il est proposé de la nommer {ctx.q(name)}."
        ]
    )
    motion.decisions.append(("dénommer", [f"la voie nouvelle {ctx.q(name)}"]))
    motion.visas = [visa_legal(ctx, rng.choice(("code_article", "code")))]
    if rng.random() < 0.3:
        proposer = rng.choice(ctx.members)
        motion.considerants.append(
            [
                "la proposition de ",
                *ctx.prose_name(proposer),
                ", conseillère déléguée" if proposer.female else ", conseiller délégué",
            ]
        )
    return motion


def urbanisme(ctx: Ctx) -> Motion:
    rng = ctx.rng
    motion = Motion(
        "urbanisme",
        rng.choice(
            (
                "Modification n° 2 du plan local d'urbanisme",
                "Approbation de la révision du PLU",
                "Instauration du droit de préemption urbain",
                "Prescription de la modification simplifiée du PLUi",
            )
        ),
    )
    investigator = ctx.outsider()
    start = ctx.earlier(60, 200)
    end = dates.after(rng, start, 15, 35)
    motion.expose.append(
        [
            "L'enquête publique s'est déroulée du ",
            ctx.date(start),
            " au ",
            ctx.date(end),
            f". {ctx.plain_name(investigator)}, commissaire enquêteur, a rendu un avis favorable.",
        ]
    )
    ctx.note("negative:person")
    motion.decisions.append(("approuver", ["la modification du plan local d'urbanisme telle qu'annexée"]))
    motion.decisions.append(
        (
            "",
            [
                "La présente délibération fera l'objet d'un affichage en mairie durant "
                f"{negatives.duration(rng, 'notice')}."
            ],
        )
    )
    motion.visas = [
        [
            "le ",
            ent("LEGAL_REF", rng.choice(("Code de l'urbanisme", "code de l'urbanisme"))),
            ", notamment ses ",
            ent("LEGAL_REF", f"articles L. 153-{rng.choice((36, 41, 45))} et suivants"),
        ],
        visa_legal(ctx, "law"),
        [
            "l'arrêté ",
            rng.choice(("du Maire ", "municipal ")) if ctx.authority.head == "Maire" else "du Président ",
            "n° ",
            ctx.delib_id(ctx.earlier(90, 300), act=True),
            " du ",
            ctx.date(ctx.earlier(90, 300)),
            " prescrivant l'enquête publique",
        ],
        visa_delib(ctx, "prescrivant la modification du plan local d'urbanisme"),
    ]
    if rng.random() < 0.4:
        motion.visas.append(visa_legal(ctx, "arrete_prefectoral"))
    return motion
