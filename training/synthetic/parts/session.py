"""The opening of the session: the formula with its date, who presides, the convocation.

Example:
    >>> import random
    >>> from training.synthetic.context import draw_context
    >>> from training.synthetic.slots.name_pool import NamePool
    >>> ctx = draw_context(random.Random(2), NamePool(seed=1, size=50))
    >>> labels = {p[0] for p in opening(ctx) if isinstance(p, tuple)}
    >>> "DATE" in labels
    True
"""

from __future__ import annotations

from training.synthetic.builder import Pieces, ent
from training.synthetic.context import Ctx
from training.synthetic.slots import dates, negatives


def _presided(ctx: Ctx) -> Pieces:
    rng, auth, head = ctx.rng, ctx.authority, ctx.head
    title = auth.head_title(head.female)
    lead = rng.choice(("sous la présidence de ", "sous la présidence de ", "sous la Présidence de ", "présidé par "))
    tail = rng.choice(
        (f", {title}", f", {title} de {auth.short}" if auth.kind == "commune" else f", {title}", "", f" ({title})")
    )
    return [lead, *ctx.name(head, civility=rng.random() < 0.8), tail]


def opening(ctx: Ctx) -> Pieces:
    rng, auth = ctx.rng, ctx.authority
    e = "e" if auth.body.feminine else ""
    body = auth.body.the()
    body_cap = auth.body.the(cap=True)
    time = dates.time_of_day(rng)
    where = rng.choice(
        (
            "à la Mairie",
            "en la salle du conseil",
            "salle des fêtes",
            "à l'Hôtel de Ville",
            "au siège "
            f"{rng.choice(('de la Communauté', 'de la Métropole', 'du Département', 'de la Région', 'du Syndicat'))}",
            "dans la salle des délibérations",
            "en visioconférence",
        )
    )
    variant = rng.choices(range(6), (40, 16, 10, 8, 10, 16))[0]
    ctx.note(f"template:opening{variant}")
    if variant == 0:
        of_commune = ("de la Commune", "", f"de {auth.short}") if auth.kind == "commune" else ("",)
        d, fmt = dates.opening_formula(rng, ctx.session)
        ctx.note(f"date:{fmt}")
        return [
            rng.choice(("L'an ", "L'An ", "L'AN ")),
            ent("DATE", d),
            f" à {time}, {body_cap} {rng.choice(of_commune)}".rstrip() + ", ",
            rng.choice(
                (
                    f"dûment convoqué{e}, s'est réuni{e} ",
                    f"légalement convoqué{e}, s'est réuni{e} ",
                    f"régulièrement convoqué{e}, s'est assemblé{e} ",
                )
            ),
            f"{rng.choice(('en session ordinaire', 'en séance publique', 'au nombre prescrit par la loi'))}, {where}, ",
            *_presided(ctx),
            ".",
        ]
    if variant == 1:
        return [
            rng.choice(("Le ", "Le ", "")),
            ctx.date(ctx.session),
            f" à {time}, {body} ",
            rng.choice((f"s'est réuni{e}", f"s'est réuni{e} en séance publique")),
            f" {where}, ",
            *_presided(ctx),
            ", ",
            rng.choice(("sur convocation en date du ", "suite à la convocation du ", "convoqué le ")),
            ctx.date(dates.before(rng, ctx.session, 3, 12)),
            ".",
        ]
    if variant == 2:
        day_only = negatives.day_month(rng)
        ctx.note("negative:day_month")
        return [
            f"{body_cap[0].upper()}{body_cap[1:]}, convoqué{e} le {day_only}, s'est réuni{e} le ",
            ctx.date(ctx.session),
            f" à {time} {where}, ",
            *_presided(ctx),
            ".",
        ]
    if variant == 3:
        d, fmt = dates.render_date(rng, ctx.session, "words")
        ctx.note("date:words")
        return [
            rng.choice(("Le ", "")),
            ent("DATE", d),
            f", à {time}, les membres {auth.body.of()} se sont réunis {where}, ",
            *_presided(ctx),
            ".",
        ]
    if variant == 4:
        return [
            "Date de convocation",
            ctx.typo.colon,
            ctx.date(dates.before(rng, ctx.session, 3, 12)),
            "\n",
            rng.choice(("Date d'affichage", "Affichée le", "Date de publication de la convocation")),
            ctx.typo.colon if not rng.random() < 0.3 else " ",
            ctx.date(dates.before(rng, ctx.session, 3, 12)),
        ]
    return [
        f"{body_cap[0].upper()}{body_cap[1:]}",
        rng.choice((f", légalement convoqué{e}, ", " ")),
        f"s'est réuni{e} en séance ",
        rng.choice(("ordinaire", "extraordinaire", "publique")),
        " le ",
        ctx.date(ctx.session),
        f", {where}, ",
        *_presided(ctx),
        f". {rng.choice(('Le quorum étant atteint, la séance est ouverte.', 'Le quorum est atteint.', ''))}",
    ]


def convocation(ctx: Ctx) -> Pieces:
    rng = ctx.rng
    when = dates.before(rng, ctx.session, 3, 12)
    if rng.random() < 0.15:
        ctx.note("negative:day_month")
        return [f"Convocation du {negatives.day_month(rng)}"]
    return [
        rng.choice(("Date de convocation", "Date de la convocation", "Convocation", "Convoqué le")) + ctx.typo.colon,
        ctx.date(when),
    ]
