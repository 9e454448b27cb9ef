"""Document templates: which parts a document has, in which order.

* ``act`` — a full deliberation: letterhead, identifier, session, attendance, subject, report,
  visas, considérants, decisions, vote, signature, transmission (parts optional, order varied);
* ``minutes`` — a session's minutes with several items, each with its own identifier and vote;
* ``extract`` — a short fragment of an act (an attendance list, the visas, a decision…);
* ``local_act`` — an arrêté or décision of the Maire or Président.

Example:
    >>> import random
    >>> from training.synthetic.context import draw_context
    >>> from training.synthetic.slots.name_pool import NamePool
    >>> ctx = draw_context(random.Random(7), NamePool(seed=1, size=50))
    >>> blocks = compose(ctx, "act")
    >>> any(isinstance(p, tuple) for block in blocks for p in block)
    True
"""

from __future__ import annotations

from collections.abc import Callable

from training.synthetic.builder import Pieces
from training.synthetic.context import Ctx
from training.synthetic.parts import attendance as att
from training.synthetic.parts import body, closing, decision, header, layout, session
from training.synthetic.slots import dates, delib_ids
from training.synthetic.subjects import Motion, draw_motion
from training.synthetic.subjects.common import visa_delib
from training.synthetic.subjects.governance import delegated_decisions


def _maybe(ctx: Ctx, p: float, part: Callable[[], Pieces]) -> list[Pieces]:
    return [part()] if ctx.rng.random() < p else []


def _decision_block(ctx: Ctx, motion: Motion) -> list[Pieces]:
    rng = ctx.rng
    placement = rng.choices(("inline", "after", "before"), (40, 45, 15))[0]
    ctx.note(f"template:vote_{placement}")
    inline = decision.vote(ctx, motion, inline=True) if placement == "inline" else []
    formula = decision.formula(ctx, inline)
    articles = decision.decisions(ctx, motion)
    if placement == "inline":
        return [[*formula, "\n", *articles]]
    vote = decision.vote(ctx, motion)
    if placement == "before":
        return [vote, [*formula, "\n", *articles]]
    return [[*formula, "\n", *articles], vote]


def _header_layout(ctx: Ctx, letterhead: Pieces, top: list[Pieces]) -> list[Pieces]:
    """Letterhead and title lines stacked, side by side, or pushed right, as page layouts extract."""
    rng = ctx.rng
    roll = rng.random()
    if letterhead and top and roll < 0.2:
        ctx.note("layout:side_by_side")
        right: Pieces = [*top[0], "\n", *top[1]] if len(top) > 1 else top[0]
        return [layout.side_by_side(letterhead, right, gap=rng.randint(4, 40)), *top[2:]]
    if letterhead and roll < 0.3:
        ctx.note("layout:right_aligned")
        return [layout.right_align(letterhead, rng.randint(50, 95)), *top]
    return [letterhead, *top] if letterhead else top


def act(ctx: Ctx) -> list[Pieces]:
    rng = ctx.rng
    att.split_attendance(ctx)
    motion = draw_motion(ctx)
    blocks: list[Pieces] = []
    stamp_top = rng.random() < 0.2
    if stamp_top:
        blocks.append(closing.stamp(ctx))
    letterhead = header.letterhead(ctx) if rng.random() < 0.8 else []
    top = [
        *_maybe(ctx, 0.65, lambda: header.register_title(ctx)),
        *_maybe(ctx, 0.85, lambda: header.id_line(ctx)),
        *_maybe(ctx, 0.7, lambda: header.session_line(ctx)),
    ]
    if rng.random() < 0.3:
        rng.shuffle(top)
    blocks += _header_layout(ctx, letterhead, top)
    counts_first = rng.random() < 0.5
    if counts_first:
        blocks += _maybe(ctx, 0.5, lambda: header.counts(ctx))
    blocks += _maybe(ctx, 0.8, lambda: session.opening(ctx))
    if rng.random() < 0.82:
        blocks.append(att.attendance(ctx))
        blocks += _maybe(ctx, 0.6, lambda: att.secretary(ctx))
    if not counts_first:
        blocks += _maybe(ctx, 0.4, lambda: header.counts(ctx))
    blocks.append(body.subject_line(ctx, motion))
    rapporteur = body.rapporteur_line(ctx, motion)
    if rapporteur:
        blocks.append(rapporteur)
    expose = body.expose(ctx, motion) if rng.random() < 0.85 else []
    visas = body.visas(ctx, motion) if rng.random() < 0.9 else []
    considerants = body.considerants(ctx, motion)
    order = rng.choices(("expose_first", "visas_first"), (75, 25))[0]
    ctx.note(f"template:body_{order}")
    for block in (expose, visas, considerants) if order == "expose_first" else (visas, expose, considerants):
        if block:
            blocks.append(block)
    blocks += _decision_block(ctx, motion)
    blocks += _maybe(ctx, 0.85, lambda: closing.signature(ctx))
    blocks += _maybe(ctx, 0.35, lambda: closing.executory(ctx))
    blocks += _maybe(ctx, 0.3, lambda: closing.recourse(ctx))
    if not stamp_top:
        blocks += _maybe(ctx, 0.3, lambda: closing.stamp(ctx))
    return blocks


def minutes(ctx: Ctx) -> list[Pieces]:
    """A session's minutes: several items, each numbered as an act of its own."""
    rng = ctx.rng
    att.split_attendance(ctx)
    ctx.verbosity = min(ctx.verbosity, 2)
    blocks: list[Pieces] = []
    blocks += _maybe(ctx, 0.7, lambda: header.letterhead(ctx))
    blocks.append(
        ctx.heading(
            [
                rng.choice(
                    (
                        "PROCÈS-VERBAL DE LA SÉANCE",
                        "Procès-verbal de la séance",
                        "COMPTE RENDU DE LA SÉANCE",
                        "Compte-rendu sommaire",
                    )
                )
            ]
        )
    )
    blocks.append(header.session_line(ctx))
    blocks += _maybe(ctx, 0.8, lambda: session.opening(ctx))
    blocks.append(att.attendance(ctx))
    blocks += _maybe(ctx, 0.8, lambda: att.secretary(ctx))
    blocks += _maybe(ctx, 0.4, lambda: _previous_minutes(ctx))
    motions = [draw_motion(ctx) for _ in range(rng.randint(2, 6))]
    if rng.random() < 0.5:
        agenda: Pieces = ["ORDRE DU JOUR" + ctx.typo.colon.rstrip()]
        for n, motion in enumerate(motions, start=1):
            agenda.append(f"\n{n}. {motion.title}" if rng.random() < 0.5 else f"\n{ctx.typo.bullet}{motion.title}")
        blocks.append(agenda)
    seq = ctx.delib_seq
    for n, motion in enumerate(motions, start=1):
        ctx.note("negative:agenda_number")
        number = rng.choice((f"Point n° {n}", f"POINT {n}", f"{n}", f"Affaire n° {n}", f"Question {n}"))
        item_head: Pieces = [number, rng.choice((" – ", " : ", ". ", "\n", " - ")), motion.title]
        blocks.append(ctx.heading(item_head))
        if rng.random() < 0.8:
            blocks.append([delib_ids.introducer(rng), ctx.delib_id(ctx.session, seq + n - 1)])
        rapporteur = body.rapporteur_line(ctx, motion)
        if rapporteur:
            blocks.append(rapporteur)
        if rng.random() < 0.7:
            blocks.append(
                body.expose(ctx, motion) if rng.random() < 0.4 else (motion.expose[0] if motion.expose else [])
            )
        if rng.random() < 0.5:
            blocks.append(body.visas(ctx, motion))
        if rng.random() < 0.5:
            blocks += _decision_block(ctx, motion)
        else:
            blocks.append(decision.vote(ctx, motion))
    blocks += _maybe(ctx, 0.35, lambda: _delegations(ctx))
    blocks += _maybe(ctx, 0.6, lambda: [f"La séance est levée à {dates.time_of_day(rng)}."])
    blocks += _maybe(ctx, 0.7, lambda: closing.signature(ctx))
    return blocks


def _previous_minutes(ctx: Ctx) -> Pieces:
    earlier = ctx.earlier(20, 90)
    return [
        ctx.rng.choice(("Le procès-verbal de la séance du ", "Approbation du procès-verbal de la séance du ")),
        ctx.date(earlier),
        ctx.rng.choice((" est adopté à l'unanimité.", " : adopté.", "")),
    ]


def _delegations(ctx: Ctx) -> Pieces:
    """The head reports the decisions taken by delegation: a list of numbered, dated acts (D3)."""
    who = ctx.head_role(definite=False)
    return [
        ctx.rng.choice(
            (
                f"Décisions prises par {who} en vertu de sa délégation",
                "Compte rendu des décisions prises par délégation",
                "INFORMATION – DÉCISIONS PRISES PAR DÉLÉGATION",
            )
        )
        + ctx.typo.colon
        + "\n",
        *delegated_decisions(ctx),
    ]


def extract(ctx: Ctx) -> list[Pieces]:
    """A short fragment: one to three parts of an act."""
    rng = ctx.rng
    att.split_attendance(ctx)
    motion = draw_motion(ctx)
    choices: list[Callable[[], list[Pieces]]] = [
        lambda: [att.attendance(ctx)],
        lambda: [body.visas(ctx, motion)],
        lambda: _decision_block(ctx, motion),
        lambda: [closing.signature(ctx), closing.stamp(ctx)],
        lambda: [header.id_line(ctx, with_date=True), body.subject_line(ctx, motion)],
        lambda: [body.expose(ctx, motion)],
        lambda: [decision.vote(ctx, motion)],
        lambda: [session.opening(ctx), att.secretary(ctx)],
        lambda: [header.session_line(ctx), header.counts(ctx)],
    ]
    order = rng.sample(range(len(choices)), len(choices))
    wanted = rng.choice((1, 2, 2, 3, 3, 4))
    picks: list[int] = []
    words = 0
    for index in order:
        if len(picks) >= wanted and words >= 40:
            break
        picks.append(index)
        words += 60 if index in (0, 1, 2, 5) else 20
    blocks: list[Pieces] = []
    for index in sorted(picks):
        blocks += choices[index]()
    return [b for b in blocks if b] or [att.attendance(ctx)]


#: What the head may decide alone, by delegation of the assembly (fees, contracts, grant applications, land).
DELEGATED_SUBJECTS = ("tarifs", "marche", "convention", "demande_subvention", "foncier", "rgpd")


def local_act(ctx: Ctx) -> list[Pieces]:
    """An arrêté or décision of the head of the authority: its number is a DELIB_ID (L6)."""
    rng = ctx.rng
    motion = draw_motion(ctx, rng.choice(DELEGATED_SUBJECTS))
    kind = rng.choice(
        (
            "ARRÊTÉ",
            "Arrêté",
            "DÉCISION",
            "Décision",
            "ARRÊTÉ MUNICIPAL" if ctx.authority.head == "Maire" else "ARRÊTÉ DU PRÉSIDENT",
        )
    )
    blocks: list[Pieces] = []
    blocks += _maybe(ctx, 0.7, lambda: header.letterhead(ctx))
    blocks.append(ctx.heading([f"{kind} {rng.choice(('N° ', 'n° ', 'N°'))}", ctx.delib_id(ctx.session, act=True)]))
    blocks.append(body.subject_line(ctx, motion))
    of = ("de la commune", f"de {ctx.authority.short}") if ctx.authority.kind == "commune" else ("",)
    blocks.append([f"{ctx.head_the()} {rng.choice((*of, ''))}".rstrip() + ","])
    # A decision taken by delegation cites the deliberation that delegates (D3).
    motion.visas.insert(min(1, len(motion.visas)), visa_delib(ctx, "portant délégation d'attributions"))
    blocks.append(body.visas(ctx, motion))
    if rng.random() < 0.5:
        blocks.append(body.expose(ctx, motion))
    considerants = body.considerants(ctx, motion)
    if considerants:
        blocks.append(considerants)
    verb = "ARRÊTE" if kind.upper().startswith("ARR") else "DÉCIDE"
    blocks.append([rng.choice((f"{verb} :", f"{verb}", f"{verb[0]}{verb[1:].lower()} :"))])
    blocks.append(decision.decisions(ctx, motion))
    blocks.append(closing.signature(ctx))
    blocks += _maybe(ctx, 0.4, lambda: closing.executory(ctx))
    blocks += _maybe(ctx, 0.4, lambda: closing.recourse(ctx))
    return blocks


#: Template name → (weight, composer).
TEMPLATES: dict[str, tuple[float, Callable[[Ctx], list[Pieces]]]] = {
    "act": (68, act),
    "minutes": (15, minutes),
    "extract": (9, extract),
    "local_act": (8, local_act),
}


def compose(ctx: Ctx, template: str | None = None) -> list[Pieces]:
    """The blocks of a document (each a piece list), by template."""
    if template is None:
        names = list(TEMPLATES)
        template = ctx.rng.choices(names, [TEMPLATES[n][0] for n in names])[0]
    if template not in TEMPLATES:
        raise ValueError(f"unknown template {template!r}; expected one of {', '.join(TEMPLATES)}")
    ctx.note(f"doc_template:{template}")
    return TEMPLATES[template][1](ctx)
