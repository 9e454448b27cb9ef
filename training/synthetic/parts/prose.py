"""Running prose for reports: entities inside sentences, not only in lists and headers.

Example:
    >>> import random
    >>> from training.synthetic.context import draw_context
    >>> from training.synthetic.slots.names import NamePool
    >>> ctx = draw_context(random.Random(1), NamePool(seed=1, size=50))
    >>> pieces = paragraph(ctx, 3)
    >>> all(isinstance(p, (str, tuple)) for p in pieces)
    True
"""

from __future__ import annotations

from collections.abc import Callable

from training.synthetic.builder import Pieces
from training.synthetic.context import Ctx
from training.synthetic.slots import amounts, dates, negatives

_FILLERS = (
    "Il est rappelé que la collectivité s'est engagée dans une démarche de transition écologique.",
    "Ce dispositif s'inscrit dans le projet de mandat adopté en début de mandature.",
    "Les services ont procédé à une analyse détaillée des besoins.",
    "Cette démarche répond à une attente forte des habitants.",
    "Le projet a fait l'objet d'une concertation avec les partenaires concernés.",
    "La présente délibération a pour objet de préciser les modalités de mise en œuvre.",
    "Il appartient à l'assemblée de se prononcer sur ce dossier.",
    "Le bilan de l'année écoulée fait apparaître une activité soutenue.",
    "Une convention précisera les engagements respectifs des parties.",
    "Les modalités de suivi seront définies par un comité de pilotage.",
    "Cette proposition a reçu un avis favorable en commission.",
    "Les crédits correspondants ont été prévus lors de l'élaboration du budget.",
    "Le règlement du dispositif est joint en annexe.",
    "Il convient donc de procéder à la régularisation de cette situation.",
    "Le détail des opérations figure dans le tableau annexé à la présente.",
)


def _legal_sentence(ctx: Ctx) -> Pieces:
    ref = ctx.legal()
    lead = ctx.rng.choice(("Conformément à ", "En application de ", "Aux termes de ", "Au regard de ", "Selon "))
    det = ref.determiner
    if lead.endswith("à ") and det in ("le ", "les "):
        lead, det = lead[:-2], ("au " if det == "le " else "aux ")
    elif lead.endswith("de ") and det in ("le ", "les "):
        lead, det = lead[:-3], ("du " if det == "le " else "des ")
    tail = ctx.rng.choice(
        (
            ", l'assemblée délibérante règle par ses délibérations les affaires de la collectivité.",
            ", il revient au conseil de fixer ces modalités.",
            ", la collectivité est compétente en la matière.",
            ", une délibération est nécessaire.",
        )
    )
    return [lead + det, *ref.pieces, tail]


def _history(ctx: Ctx) -> Pieces:
    d = ctx.earlier(30, 1200)
    rng = ctx.rng
    if rng.random() < 0.6:
        return [
            "Par délibération ",
            rng.choice(("n° ", "n°", "")),
            ctx.delib_id(d),
            " du ",
            ctx.date(d),
            f", {ctx.authority.body.the()} a approuvé le principe de cette opération.",
        ]
    return [
        "Lors de sa séance du ",
        ctx.date(d),
        f", {ctx.authority.body.the()} avait {rng.choice(('adopté', 'validé', 'approuvé'))} le projet.",
    ]


def _cost(ctx: Ctx) -> Pieces:
    rng = ctx.rng
    value = amounts.magnitude(rng, 5000, 8_000_000)
    if rng.random() < 0.5:
        return [
            "Le coût total de l'opération s'élève à ",
            ctx.amount(value, tax=" HT"),
            ", soit ",
            ctx.amount(value * 1.2, tax=" TTC"),
            ".",
        ]
    return [
        "Le montant prévisionnel est estimé à ",
        ctx.amount(value, tax=""),
        f", dont {negatives.percent(rng)} à la charge de la collectivité.",
    ]


def _budget(ctx: Ctx) -> Pieces:
    rng = ctx.rng
    lead, verb = rng.choice(
        (
            ("Ces dépenses sont inscrites au ", " pour un montant de "),
            ("Le solde disponible sur le ", " s'élève à "),
            ("Les crédits ouverts au ", " s'élèvent à "),
            ("La recette sera constatée au ", " à hauteur de "),
            ("Il est proposé d'abonder le ", " de "),
        )
    )
    return [lead, *ctx.budget(), verb, ctx.amount(tax=""), "."]


def _official(ctx: Ctx) -> Pieces:
    rng = ctx.rng
    person = rng.choice(ctx.members)
    role = ""
    if person in ctx.deputies:
        field = rng.choice(("aux finances", "à la culture", "aux travaux", "à la jeunesse", "en charge des sports"))
        role = f", {ctx.authority.deputy_title(person.female)} {field},"
    filler = rng.choice(_FILLERS)
    verb = rng.choice((" rappelle que ", " précise que ", " indique que ", " souligne que "))
    if filler[0] in "AEIOUÉ":
        verb = verb[:-4] + "qu'"
    return [*ctx.name(person), role, verb + filler[0].lower() + filler[1:]]


def _meeting(ctx: Ctx) -> Pieces:
    d = ctx.earlier(3, 60)
    return [
        "Lors de la réunion du ",
        ctx.date(d),
        ", ",
        *ctx.name(ctx.rng.choice(ctx.members)),
        " a présenté le dossier aux membres de la commission.",
    ]


def _schedule(ctx: Ctx) -> Pieces:
    start = dates.after(ctx.rng, ctx.session, 15, 200)
    if ctx.rng.random() < 0.5:
        return ["Les travaux débuteront le ", ctx.date(start), f" pour une durée de {negatives.duration(ctx.rng)}."]
    end = dates.after(ctx.rng, start, 60, 700)
    return ["La convention prend effet le ", ctx.date(start), " et s'achève le ", ctx.date(end), "."]


def _negatives(ctx: Ctx) -> Pieces:
    from training.synthetic.subjects.common import hard_numbers

    return [hard_numbers(ctx)]


def _agent(ctx: Ctx) -> Pieces:
    person = ctx.outsider()
    role = ctx.rng.choice(
        (
            "directeur général des services",
            "directrice des finances",
            "responsable du service urbanisme",
            "chargée de mission",
            "technicien territorial",
            "président de l'association",
            "gérant de la société",
        )
    )
    how = ctx.rng.choice(("en lien avec les services", "à la demande de l'exécutif"))
    return [f"Le dossier a été instruit par {ctx.plain_name(person)}, {role}, {how}."]


def _filler(ctx: Ctx) -> Pieces:
    return [ctx.rng.choice(_FILLERS)]


def _money(ctx: Ctx) -> Pieces:
    """Amounts in running text, with the words around them that real reports use."""
    rng = ctx.rng
    year = ctx.session.year
    value = amounts.magnitude(rng, 100, 5_000_000)
    form = rng.randrange(9)
    if form == 0:
        return [
            "Une enveloppe de ",
            ctx.amount(value, tax=""),
            " a été inscrite au ",
            *ctx.budget(),
            f" pour l'exercice {year}.",
        ]
    if form == 1:
        return [
            "Le loyer annuel est fixé à ",
            ctx.amount(value / 10, tax=rng.choice((" HT", "", " TTC"))),
            ", révisable chaque année selon l'indice de référence des loyers.",
        ]
    if form == 2:
        return [
            "Le reste à charge pour la collectivité s'établit à ",
            ctx.amount(value, tax=""),
            f", soit {negatives.percent(rng)} du coût total.",
        ]
    if form == 3:
        return [
            "La participation s'élève à ",
            ctx.amount(value, tax=""),
            f" au titre de {year} et à ",
            ctx.amount(value * rng.uniform(0.8, 1.2), tax=""),
            f" au titre de {year + 1}.",
        ]
    if form == 4:
        return [
            "Une avance de ",
            ctx.amount(value / 4, tax=""),
            " sera versée le ",
            ctx.date(dates.after(rng, ctx.session, 10, 120)),
            ", le solde à la remise du bilan.",
        ]
    if form == 5:
        return [
            "Le montant retenu, soit ",
            ctx.amount(value, tax=""),
            f" (valeur {year}), reste inférieur au plafond de ",
            ctx.amount(value * 1.5, tax=""),
            ".",
        ]
    if form == 6:
        words = amounts.amount_words(round(value)) if value < 1e6 else amounts.amount_words(round(value, -3))
        ctx.note("amount:words")
        return [
            "La somme de ",
            ("AMOUNT", words),
            " (",
            ctx.amount(round(value) if value < 1e6 else round(value, -3), rng.choice(("digits", "cents")), tax=""),
            ") sera versée en une fois.",
        ]
    if form == 7:
        return [
            "Le tarif unitaire est fixé à ",
            ctx.amount(round(rng.uniform(0.5, 80), 2), "cents", tax=rng.choice(("", " HT", " TTC"))),
            rng.choice((" par usager", " par repas", "/heure", " par jour", " le m²")),
            f", contre {negatives.percent(rng)} d'augmentation l'an passé.",
        ]
    return [
        "Le montant total des dépenses éligibles est de ",
        ctx.amount(value, tax=rng.choice((" HT", " TTC", ""))),
        " et celui de l'aide sollicitée de ",
        ctx.amount(value * rng.uniform(0.2, 0.8), tax=""),
        ".",
    ]


_SENTENCES: tuple[tuple[float, Callable[[Ctx], Pieces]], ...] = (
    (4, _filler),
    (3, _legal_sentence),
    (3.5, _history),
    (2, _cost),
    (2, _budget),
    (4, _money),
    (1.5, _official),
    (1, _meeting),
    (1, _schedule),
    (1.5, _negatives),
    (1, _agent),
)


def sentence(ctx: Ctx) -> Pieces:
    fn = ctx.rng.choices([f for _, f in _SENTENCES], [w for w, _ in _SENTENCES])[0]
    return fn(ctx)


def paragraph(ctx: Ctx, sentences: int) -> Pieces:
    pieces: Pieces = []
    for i in range(sentences):
        if i:
            pieces.append(" ")
        pieces += sentence(ctx)
    return pieces
