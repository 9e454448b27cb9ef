"""The end of an act and its page furniture: signature block, executory mention, appeal notice,
the prefecture's transmission stamp, running headers and footers.

Example:
    >>> import random
    >>> from training.synthetic.context import draw_context
    >>> from training.synthetic.slots.name_pool import NamePool
    >>> ctx = draw_context(random.Random(1), NamePool(seed=1, size=50))
    >>> [p[0] for p in signature(ctx) if isinstance(p, tuple)].count("OFFICIAL") >= 1
    True
"""

from __future__ import annotations

import random

from training.synthetic.builder import Pieces, ent
from training.synthetic.context import Ctx
from training.synthetic.slots import dates, negatives
from training.synthetic.slots.articles import code_name


def signature(ctx: Ctx) -> Pieces:
    rng, auth = ctx.rng, ctx.authority
    head = ctx.head
    title = auth.head_title(head.female)
    pieces: Pieces = []
    if rng.random() < 0.25:
        pieces += [rng.choice(("Délibération n° ", "Réf. : ", "N° ", "Acte n° ")), ctx.delib_id(), "\n"]
    made = rng.randrange(4)
    if made == 0:
        pieces += [
            rng.choice(
                (
                    "Fait et délibéré les jour, mois et an susdits.",
                    "Ainsi fait et délibéré les jour, mois et an que dessus.",
                    "Fait et délibéré en séance.",
                )
            ),
            "\n",
        ]
    elif made == 1:
        pieces += [f"Fait à {auth.seat}, le ", ctx.date(dates.after(rng, ctx.session, 0, 6)), "\n"]
    elif made == 2:
        pieces += [
            "Pour extrait certifié conforme,\n",
            f"{auth.seat}, le ",
            ctx.date(dates.after(rng, ctx.session, 0, 6)),
            "\n",
        ]
    style = rng.choice(("First LAST", "First LAST", "F. LAST", "LAST First", None))
    form = rng.choices(range(6), (18, 14, 10, 14, 30, 14))[0]
    ctx.note(f"template:signature{form}")
    if form == 0:
        pieces += [f"{ctx.head_the()},\n", *ctx.name(head, style, civility=False)]
    elif form == 1:
        pieces += [
            ctx.head_the(),
            "\n" * rng.randint(1, 3),
            *ctx.name(head, style, civility=False),
            rng.choice(("", "\n[signé]", "\n#signature#")),
        ]
    elif form == 2 and rng.random() < 0.4:
        when = dates.after(rng, ctx.session, 0, 6)
        fmt = rng.choice(("slash", "iso", "long"))
        clock = f"{rng.randint(8, 19):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"
        pieces += ["Signé électroniquement par ", *ctx.name(head, style, civility=False), " le ", ctx.date(when, fmt)]
        pieces.append(f" à {clock}")
    elif form == 2:
        pieces += [
            "Signé électroniquement par",
            ctx.typo.colon,
            *ctx.name(head, style, civility=False),
            f"\nDate de signature{ctx.typo.colon}",
            ctx.date(dates.after(rng, ctx.session, 0, 6), "slash"),
            f"\nQualité{ctx.typo.colon}{title}",
        ]
    elif form == 3:
        secretary = ctx.secretary or ctx.members[-1]
        gap = " " * rng.randint(4, 30)
        role = "La secrétaire de séance" if secretary.female else "Le secrétaire de séance"
        pieces += [
            f"{role},{gap}{ctx.head_the()},\n",
            *ctx.name(secretary, style, civility=False),
            gap,
            *ctx.name(head, style, civility=False),
        ]
    elif form == 4:
        deputy = (ctx.deputies or ctx.members)[0]
        pieces += [
            f"Pour {ctx.head_the(cap=False)} et par délégation,\n{auth.deputy_title(deputy.female)},\n",
            *ctx.name(deputy, style, civility=rng.random() < 0.3),
        ]
    else:
        pieces += [ctx.head_the(), ctx.typo.colon, *ctx.name(head, style, civility=rng.random() < 0.3)]
    return pieces


def executory(ctx: Ctx) -> Pieces:
    rng = ctx.rng
    sent = dates.after(rng, ctx.session, 1, 10)
    published = dates.after(rng, sent, 0, 5)
    form = rng.randrange(4)
    if form == 0:
        return [
            f"{ctx.head_role()} certifie sous sa responsabilité le caractère exécutoire de cet acte, transmis "
            "en préfecture le ",
            ctx.date(sent),
            " et publié le ",
            ctx.date(published),
            ".",
        ]
    if form == 1:
        return [
            "Acte rendu exécutoire après dépôt en Préfecture le ",
            ctx.date(sent),
            " et publication le ",
            ctx.date(published),
        ]
    if form == 2:
        return ["Transmis au représentant de l'État le ", ctx.date(sent), "\nAffiché le ", ctx.date(published)]
    return [
        "Rendue exécutoire le ",
        ctx.date(published),
        rng.choice((" après transmission au contrôle de légalité.", ".")),
    ]


def recourse(ctx: Ctx) -> Pieces:
    rng = ctx.rng
    court = rng.choice(
        (
            "Bordeaux",
            "Lyon",
            "Marseille",
            "Nantes",
            "Lille",
            "Montpellier",
            "Rennes",
            "Toulouse",
            "Strasbourg",
            "Grenoble",
            "Rouen",
            "Caen",
            "Dijon",
            "Pau",
            "Cergy-Pontoise",
            "Melun",
            "Montreuil",
            ctx.authority.seat,
        )
    )
    pieces: Pieces = [
        "La présente délibération peut faire l'objet d'un recours pour excès de pouvoir devant le tribunal "
        f"administratif de {court} dans un délai de deux mois à compter de sa publication"
    ]
    if rng.random() < 0.4:
        article = rng.choice(("article R. 421-1", "article R.421-1", "articles R. 421-1 et R. 421-5"))
        lead = ", conformément aux " if article.startswith("articles") else ", conformément à l'"
        pieces += [lead, ent("LEGAL_REF", f"{article} du {code_name(rng, 'Code de justice administrative')}")]
    pieces.append(
        ". Le tribunal peut être saisi par l'application Télérecours citoyens accessible sur le site "
        "www.telerecours.fr."
    )
    return pieces


def stamp(ctx: Ctx) -> Pieces:
    """The transmission box: its dates are DATEs (G5); its identifier is not a DELIB_ID (D4)."""
    rng, auth = ctx.rng, ctx.authority
    sent = dates.after(rng, ctx.session, 0, 8)
    local = ctx.this_id()
    ident = negatives.actes_id(auth.departement.number, auth.siren, ctx.session, local)
    ctx.note("negative:actes_id")
    c = ctx.typo.colon
    form = rng.randrange(3)
    ctx.note(f"template:stamp{form}")
    if form == 0:
        pieces: Pieces = [
            "Envoyé en préfecture le ",
            ctx.date(sent, "slash"),
            "\nReçu en préfecture le ",
            ctx.date(sent, "slash"),
        ]
        if rng.random() < 0.6:
            pieces += ["\nPublié le ", ctx.date(dates.after(rng, sent, 0, 3), "slash")]
        pieces.append(f"\nID{c}{ident}")
        return pieces
    if form == 1:
        return [
            f"Accusé de réception en préfecture\n{ident}\nDate de télétransmission{c}",
            ctx.date(sent, "slash"),
            f"\nDate de réception préfecture{c}",
            ctx.date(sent, "slash"),
        ]
    return ["Reçu en préfecture le ", ctx.date(sent), f" – Identifiant{c}{ident}"]


def _page_forms(ctx: Ctx) -> tuple[int, int, int]:
    """The running header and footer of the document, drawn once: real pages repeat the same furniture."""
    if ctx.page_forms is None:
        rng = ctx.rng
        header = rng.choices(range(6), (8, 30, 12, 8, 10, 32))[0]
        footer = rng.choices(range(7), (18, 10, 8, 10, 30, 8, 16))[0]
        ctx.page_forms = (header, footer, rng.randrange(1 << 30))
    return ctx.page_forms


def page_header(ctx: Ctx, page: int, total: int) -> Pieces:
    """A running header repeated on every page; ids and dates in it are tagged each time (G5)."""
    form, _, seed = _page_forms(ctx)
    rng = random.Random(seed)  # the same wording on every page
    when = ctx.date(ctx.session, rng.choice(("long", "slash", "long", "padded")))
    auth = ctx.authority
    if form == 0:
        return stamp(ctx)
    if form == 1:
        return [
            rng.choice(("Délibération n° ", "DÉLIBÉRATION N° ", "N° ")),
            ctx.delib_id(),
            rng.choice((" du ", " – ")),
            when,
        ]
    if form == 2:
        return [f"{auth.name} – {auth.body.name} du ", when]
    if form == 3:
        return [auth.name.upper()]
    if form == 4:
        return ["Séance du ", when, f" – page {page}"]
    return [
        f"{auth.name} – {auth.body.cap()} du ",
        when,
        rng.choice((" – Délibération n° ", " – Délibération ", " – ")),
        ctx.delib_id(),
    ]


def page_footer(ctx: Ctx, page: int, total: int) -> Pieces:
    """Page numbers are not identifiers (D4); the act's id in a footer is (G5)."""
    _, form, seed = _page_forms(ctx)
    rng = random.Random(seed + 1)
    ctx.note("negative:page_number")
    if form == 0:
        return [f"Page {page}/{total}"]
    if form == 1:
        return [f"{page}/{total}"]
    if form == 2:
        return [f"- {page} -"]
    if form == 3:
        return [f"Page {page} sur {total}"]
    if form == 4:
        return [
            rng.choice(("Délibération n° ", "Délibération ", "Acte n° ")),
            ctx.delib_id(),
            f" – page {page}/{total}",
        ]
    if form == 5:
        return [f"{ctx.authority.name} – {ctx.authority.postcode} {ctx.authority.seat} – {page}"]
    return [ctx.delib_id(), " " * rng.randint(4, 40) + f"{page}/{total}"]
