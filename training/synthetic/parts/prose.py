"""Running prose for reports: entities inside sentences, written to fit the subject's family
(:mod:`~training.synthetic.parts.topics`), with the hard negatives real reports carry (agents,
the Préfet, residents, places named after people).

Example:
    >>> import random
    >>> from training.synthetic.context import draw_context
    >>> from training.synthetic.slots.name_pool import NamePool
    >>> ctx = draw_context(random.Random(1), NamePool(seed=1, size=50))
    >>> pieces = paragraph(ctx, 3, "staff")
    >>> all(isinstance(p, (str, tuple)) for p in pieces)
    True
"""

from __future__ import annotations

from collections.abc import Callable

from training.synthetic.builder import Pieces
from training.synthetic.context import Ctx
from training.synthetic.parts import places, prose_money, topics
from training.synthetic.slots import dates, negatives

_OUTCOMES = {
    "grants": ("a approuvé les critères d'attribution des aides", "a adopté le règlement des subventions"),
    "budget": ("a adopté le budget primitif", "a approuvé le compte administratif", "a voté les taux"),
    "loans": ("a accordé une première garantie à cet organisme", "a approuvé le plan de financement"),
    "fees": ("a fixé les tarifs en vigueur", "a approuvé le règlement du service"),
    "staff": ("a créé les emplois correspondants", "a adopté le tableau des effectifs", "a instauré le RIFSEEP"),
    "governance": ("a procédé à une première désignation", "a fixé le nombre de ses membres"),
    "property": ("a approuvé le principe de cette opération", "a sollicité l'avis du Domaine"),
    "works": ("a approuvé le programme de l'opération", "a autorisé le lancement de la consultation"),
    "partners": ("a approuvé la convention initiale", "a adhéré au groupement"),
}
_GENERAL_OUTCOMES = ("a approuvé le principe de cette opération", "s'est prononcé sur ce dossier")


def _filler(ctx: Ctx, family: str) -> Pieces:
    return [ctx.fresh(topics.FILLERS.get(family, ()) + topics.FILLERS["general"])]


def _legal_sentence(ctx: Ctx, family: str) -> Pieces:
    ref = ctx.legal()
    lead = ctx.rng.choice(("Conformément à ", "En application de ", "Aux termes de ", "Au regard de ", "Selon "))
    det = ref.determiner
    if lead.endswith("à ") and det in ("le ", "les "):
        lead, det = lead[:-2], ("au " if det == "le " else "aux ")
    elif lead.endswith("de ") and det in ("le ", "les "):
        lead, det = lead[:-3], ("du " if det == "le " else "des ")
    tail = ctx.fresh(
        (
            ", l'assemblée délibérante règle par ses délibérations les affaires de la collectivité.",
            ", il revient à l'assemblée de se prononcer.",
            ", la collectivité est compétente en la matière.",
            ", une délibération est nécessaire.",
        )
    )
    return [lead + det, *ref.pieces, tail]


def _history(ctx: Ctx, family: str) -> Pieces:
    """An earlier deliberation cited by its number and date (D3): a DELIB_ID and a DATE."""
    d = ctx.earlier(30, 1200)
    rng = ctx.rng
    outcome = ctx.fresh(_OUTCOMES.get(family, _GENERAL_OUTCOMES) + _GENERAL_OUTCOMES)
    if ctx.authority.body.feminine:
        outcome = outcome.replace("s'est prononcé ", "s'est prononcée ")
    if rng.random() < 0.75:
        return [
            rng.choice(("Par délibération ", "Par sa délibération ", "Par une délibération ")),
            rng.choice(("n° ", "n°", "", "n° ")),
            ctx.delib_id(d),
            " du ",
            ctx.date(d),
            f", {ctx.authority.body.the()} {outcome}.",
        ]
    return [
        "Lors de sa séance du ",
        ctx.date(d),
        f", {ctx.authority.body.the()} {outcome}.",
    ]


_HEAD_ACTS = {
    "general": ("engagé la procédure", "sollicité les partenaires"),
    "works": ("signé le marché de maîtrise d'œuvre", "engagé la consultation", "attribué le marché de diagnostic"),
    "property": ("exercé le droit de préemption", "sollicité l'avis du Domaine", "signé la promesse de vente"),
    "grants": ("sollicité l'aide de l'État", "signé la convention de partenariat"),
    "partners": ("signé la convention correspondante", "désigné les référents techniques"),
    "fees": ("fixé les tarifs de la régie", "créé la régie de recettes"),
    "staff": ("recruté un agent contractuel", "fixé les modalités de l'astreinte"),
    "budget": ("procédé à un virement de crédits", "réalisé un emprunt de trésorerie"),
    "loans": ("souscrit une ligne de trésorerie", "sollicité des propositions de financement"),
    "governance": ("délégué sa signature", "engagé la procédure"),
}


def _local_act(ctx: Ctx, family: str) -> Pieces:
    """A decision of the head taken by delegation: its number is a DELIB_ID, its date a DATE (L6, D3)."""
    d = ctx.earlier(5, 300)
    rng = ctx.rng
    kind = rng.choice(("décision", "arrêté"))
    head = ctx.head_the(cap=False)
    return [
        f"Par {kind} n° ",
        ctx.delib_id(d, act=True),
        " du ",
        ctx.date(d),
        f", {head} a {ctx.fresh(_HEAD_ACTS.get(family, _HEAD_ACTS['general']))}.",
    ]


def _official(ctx: Ctx, family: str) -> Pieces:
    rng = ctx.rng
    person = rng.choice(ctx.speakers)
    role = ""
    if person in ctx.deputies:
        field = rng.choice(("aux finances", "à la culture", "aux travaux", "à la jeunesse", "en charge des sports"))
        role = f", {ctx.authority.deputy_title(person.female)} {field},"
    said = _filler(ctx, family)[0]
    said = said[0].lower() + said[1:]
    verb = rng.choice((" rappelle que ", " précise que ", " indique que ", " souligne que "))
    if said[0] in "aeiouéèêh" and not said.startswith("h"):
        verb = verb[:-4] + "qu'"
    return [*ctx.prose_name(person), role, verb + said]


_QUESTIONS = (
    "s'interroge sur le calendrier de l'opération",
    "demande des précisions sur le coût de fonctionnement",
    "regrette l'absence de concertation préalable",
    "souhaite connaître l'avis de la commission",
    "s'inquiète de l'impact sur les finances de la collectivité",
)


def _debate(ctx: Ctx, family: str) -> Pieces:
    """An exchange in the debate: members named by civility and surname, as minutes write them (O4)."""
    rng = ctx.rng
    asker, answerer = rng.sample(ctx.speakers, 2) if len(ctx.speakers) > 1 else (ctx.head, ctx.head)
    answer = _filler(ctx, family)[0]
    answer = answer[0].lower() + answer[1:]
    that = "qu'" if answer[0] in "aeiouéèêi" else "que "
    return [
        *ctx.prose_name(asker, "LAST"),
        f" {rng.choice(_QUESTIONS)}. ",
        *ctx.prose_name(answerer, rng.choice(("LAST", "LAST", None))),
        f" {rng.choice(('répond', 'précise', 'rappelle'))} {that}{answer}",
    ]


def _meeting(ctx: Ctx, family: str) -> Pieces:
    d = ctx.earlier(3, 60)
    return [
        "Lors de la réunion du ",
        ctx.date(d),
        ", ",
        *ctx.prose_name(ctx.rng.choice(ctx.speakers)),
        " a présenté le dossier aux membres de la commission.",
    ]


def _schedule(ctx: Ctx, family: str) -> Pieces:
    rng = ctx.rng
    start = dates.after(rng, ctx.session, 15, 200)
    if family == "works":
        return [
            "Les travaux débuteront le ",
            ctx.date(start),
            f" pour une durée de {negatives.duration(rng, 'works')}.",
        ]
    if family == "staff":
        return ["Le poste sera ouvert à compter du ", ctx.date(start), "."]
    if family == "property":
        return ["La signature de l'acte authentique interviendra au plus tard le ", ctx.date(start), "."]
    end = dates.after(rng, start, 60, 700)
    return ["La convention prend effet le ", ctx.date(start), " et s'achève le ", ctx.date(end), "."]


def _numbers(ctx: Ctx, family: str) -> Pieces:
    from training.synthetic.subjects.common import hard_numbers

    return [hard_numbers(ctx, family)]


def _agent(ctx: Ctx, family: str) -> Pieces:
    """An agent who instructed the file: named as officials are, never tagged (O5)."""
    person = ctx.outsider()
    role = topics.gendered(ctx.rng.choice(topics.AGENTS.get(family, topics.AGENTS["general"])), person.female)
    how = ctx.rng.choice(("en lien avec les services concernés", "à la demande de l'exécutif"))
    return [f"Le dossier a été instruit par {ctx.plain_name(person)}, {role}, {how}."]


def _state(ctx: Ctx, family: str) -> Pieces:
    """A State official by name and title: never an elected member (O5)."""
    rng = ctx.rng
    person = ctx.outsider()
    dept = ctx.authority.departement
    title = rng.choice(("Préfète" if person.female else "Préfet", "Sous-Préfète" if person.female else "Sous-Préfet"))
    what = rng.choice(
        (
            "a notifié l'attribution de la dotation",
            "a accusé réception du dossier",
            "a fait part de ses observations",
            "a confirmé l'éligibilité de l'opération",
        )
    )
    ctx.note("negative:state_official")
    return [
        "Par courrier du ",
        ctx.date(ctx.earlier(10, 120)),
        f", {ctx.plain_name(person, civility=True)}, {title} {dept.of}, {what}.",
    ]


def _citizen(ctx: Ctx, family: str) -> Pieces:
    """A resident by name: never an official (O5)."""
    rng = ctx.rng
    person = ctx.outsider()
    e = "e" if person.female else ""
    who = rng.choice(
        (
            f"demeurant {places.street(ctx)}",
            f"habitant{e} du quartier",
            f"usag{'ère' if person.female else 'er'} du service",
        )
    )
    ctx.note("negative:citizen")
    return [f"{ctx.plain_name(person, civility=True)}, {who}, a adressé une demande en ce sens à la collectivité."]


def _place(ctx: Ctx, family: str) -> Pieces:
    """A school, hall or street named after a person: never an official (O10)."""
    what = {"fees": "Les activités se déroulent", "grants": "Les manifestations auront lieu"}.get(
        family, "Le projet se situe"
    )
    return [f"{what} {places.facility(ctx)}, à proximité du centre."]


# (weight, kind, builder): a kind named in topics.SENTENCE_KINDS only fits the families listed there.
_SENTENCES: tuple[tuple[float, str, Callable[[Ctx, str], Pieces]], ...] = (
    (4, "", _filler),
    (5.5, "", _legal_sentence),
    (3, "", _history),
    (1, "", _local_act),
    (4, "cost", prose_money.cost),
    (1, "budget", prose_money.credits),
    (17, "money", prose_money.money),
    (2, "", _official),
    (1.5, "", _debate),
    (1, "", _meeting),
    (1, "schedule", _schedule),
    (1.5, "", _numbers),
    (1, "", _agent),
    (0.8, "state", _state),
    (0.8, "citizen", _citizen),
    (0.8, "place", _place),
)


def sentence(ctx: Ctx, family: str = "general") -> Pieces:
    kinds = topics.SENTENCE_KINDS.get(family, topics.SENTENCE_KINDS["general"])
    fitting = [(w / (1 + ctx.used[fn]) ** 1.5, fn) for w, kind, fn in _SENTENCES if not kind or kind in kinds]
    fn = ctx.rng.choices([fn for _, fn in fitting], [w for w, _ in fitting])[0]
    ctx.used[fn] += 1  # each kind of sentence gets rarer as the report goes on
    return fn(ctx, family)


def paragraph(ctx: Ctx, sentences: int, family: str = "general") -> Pieces:
    pieces: Pieces = []
    for i in range(sentences):
        if i:
            pieces.append(" ")
        pieces += sentence(ctx, family)
    return pieces
