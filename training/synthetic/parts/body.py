"""The body of an act: subject line, rapporteur, report, visas ('Vu …') and considérants.

Example:
    >>> import random
    >>> from training.synthetic.context import draw_context
    >>> from training.synthetic.slots.name_pool import NamePool
    >>> from training.synthetic.subjects import draw_motion
    >>> ctx = draw_context(random.Random(1), NamePool(seed=1, size=50))
    >>> motion = draw_motion(ctx, "subvention")
    >>> pieces = visas(ctx, motion)
    >>> "vu" in "".join(p for p in pieces if isinstance(p, str)).lower()
    True
"""

from __future__ import annotations

from training.synthetic.builder import Pieces
from training.synthetic.context import Ctx
from training.synthetic.parts import prose, topics
from training.synthetic.subjects.common import Motion, visa_delib, visa_legal


def subject_line(ctx: Ctx, motion: Motion) -> Pieces:
    rng = ctx.rng
    lead = rng.choice(
        ("Objet", "OBJET", "Objet", "Objet de la délibération", "Affaire", "Sujet", "OBJET DE LA DÉLIBÉRATION")
    )
    title = motion.title if rng.random() < 0.85 else motion.title.upper()
    return ctx.heading([lead + ctx.typo.colon + title])


def rapporteur_line(ctx: Ctx, motion: Motion) -> Pieces:
    if motion.rapporteur is None:
        return []
    rng = ctx.rng
    person = motion.rapporteur
    role = ""
    if person in ctx.deputies and rng.random() < 0.5:
        role = rng.choice((", ", " – ", " (")) + ctx.authority.deputy_title(person.female)
        role += rng.choice(
            (" aux finances", " déléguée à la vie associative" if person.female else " délégué à l'urbanisme", "")
        ) + (")" if role.startswith(" (") else "")
    form = rng.randrange(4)
    if form == 0:
        return [
            rng.choice(("Rapporteur", "RAPPORTEUR", "Rapporteure", "Rapporteur(e)")) + ctx.typo.colon,
            *ctx.name(person),
            role,
        ]
    if form == 1:
        return [
            *ctx.name(person),
            role,
            rng.choice((" expose :", " donne lecture du rapport suivant :", " présente le rapport suivant.")),
        ]
    if form == 2:
        return ["Sur le rapport de ", *ctx.name(person), role, ","]
    return ["Rapport présenté par ", *ctx.name(person), role]


def expose(ctx: Ctx, motion: Motion) -> Pieces:
    """The report: the subject's paragraphs, with running prose around them as the document's verbosity asks."""
    rng = ctx.rng
    paragraphs = list(motion.expose)
    family = ctx.family = topics.family(motion.key)
    for _ in range(ctx.verbosity):
        paragraphs.insert(rng.randint(0, len(paragraphs)), prose.paragraph(ctx, rng.randint(3, 6), family))
    if not paragraphs:
        return []
    pieces: Pieces = []
    opener = rng.choice(
        (
            "Mesdames, Messieurs,",
            "Mes chers collègues,",
            "EXPOSÉ DES MOTIFS",
            "Exposé",
            f"{ctx.head_role()} expose au conseil :",
            f"{ctx.head_role()} rappelle que :",
            "",
            "",
        )
    )
    if opener:
        pieces += [opener, ctx.para()]
    for i, paragraph in enumerate(paragraphs):
        if i:
            pieces.append(ctx.para())
        pieces += paragraph
    return pieces


def _visa_word(ctx: Ctx) -> str:
    return ctx.rng.choices(("Vu ", "VU ", "Vu ", "- Vu ", "• Vu ", "Vu : "), (60, 15, 10, 8, 4, 3))[0]


def visas(ctx: Ctx, motion: Motion) -> Pieces:
    """The visas, one a line (``Vu …,``/``Vu …;``) or listed under a single ``Vu :``."""
    rng = ctx.rng
    ctx.family = topics.family(motion.key)
    items = list(motion.visas)
    if rng.random() < 0.7:
        extra = [visa_delib(ctx) if rng.random() < 0.4 else visa_legal(ctx) for _ in range(rng.randint(1, 3))]
        items = items[:1] + extra + items[1:]
    if not items:
        return []
    if rng.random() < 0.15:
        rng.shuffle(items)
    end = rng.choice((",", " ;", ";", "", ".", ctx.typo.semicolon))
    pieces: Pieces = []
    if rng.random() < 0.15:
        ctx.note("template:visas_grouped")
        pieces.append("Vu" + ctx.typo.colon.rstrip() + "\n")
        for i, item in enumerate(items):
            if i:
                pieces.append(end + "\n")
            pieces += [ctx.typo.bullet or "- ", *item]
        pieces.append(end if end != "," else ";")
        return pieces
    ctx.note("template:visas_lines")
    word = _visa_word(ctx)
    for i, item in enumerate(items):
        if i:
            pieces.append(end + "\n")
        pieces += [word, *item]
    pieces.append(end)
    return pieces


def considerants(ctx: Ctx, motion: Motion) -> Pieces:
    rng = ctx.rng
    items = list(motion.considerants)
    extra = (
        ["que les crédits nécessaires sont inscrits au budget"],
        [
            "l'intérêt pour la collectivité de ",
            rng.choice(("poursuivre cette action", "mener à bien ce projet", "soutenir ce dispositif")),
        ],
        ["qu'il convient de délibérer"],
        ["que le dossier a été présenté en commission"],
    )
    while len(items) < rng.choice((0, 1, 1, 2, 3)):
        items.append(list(rng.choice(extra)))
    if not items:
        return []
    word = rng.choice(("Considérant ", "CONSIDÉRANT ", "Considérant ", "- Considérant "))
    end = rng.choice((",", " ;", ";", ""))
    pieces: Pieces = []
    for i, item in enumerate(items):
        if i:
            pieces.append(end + "\n")
        pieces += [word, *item]
    pieces.append(end)
    return pieces
