"""'Délibère' and the decisions: articles, verb lines, infinitive bullets or prose; and the vote.

The articles of the act itself (``Article 1 :``) are never legal references (L8).

Example:
    >>> conjugate("approuver"), infinitive("approuver")
    ('approuve', "d'approuver")
"""

from __future__ import annotations

from training.synthetic.builder import Pieces
from training.synthetic.context import Ctx
from training.synthetic.subjects.common import Motion

_PRESENT = {
    "approuver": "approuve",
    "autoriser": "autorise",
    "attribuer": "attribue",
    "adopter": "adopte",
    "fixer": "fixe",
    "créer": "crée",
    "accorder": "accorde",
    "désigner": "désigne",
    "admettre": "admet",
    "prendre acte": "prend acte",
    "solliciter": "sollicite",
    "dénommer": "dénomme",
    "instaurer": "instaure",
    "décider": "décide",
    "dire": "dit",
    "charger": "charge",
}


def conjugate(verb: str) -> str:
    return _PRESENT[verb]


def infinitive(verb: str) -> str:
    return ("d'" if verb[0] in "aeiouéè" else "de ") + verb


def _lower_first(pieces: Pieces) -> Pieces:
    if pieces and isinstance(pieces[0], str) and pieces[0]:
        return [pieces[0][0].lower() + pieces[0][1:], *pieces[1:]]
    return pieces


def _says(rest: Pieces) -> bool:
    """Whether a statement reads well after ``DIT que`` (``La dépense…``, ``Les crédits…``)."""
    return bool(rest) and isinstance(rest[0], str) and rest[0][:3] in ("La ", "Le ", "Les", "L'a", "L'e", "L'i")


def _closing_decisions(ctx: Ctx) -> list[tuple[str, Pieces]]:
    rng = ctx.rng
    extra: list[tuple[str, Pieces]] = []
    if rng.random() < 0.35:
        extra.append(("charger", [f"{ctx.head_role()} de l'exécution de la présente délibération"]))
    return extra


def formula(ctx: Ctx, inline_vote: Pieces) -> Pieces:
    """``Le Conseil municipal, après en avoir délibéré, [vote], DÉCIDE :``"""
    rng = ctx.rng
    body = ctx.authority.body.the(cap=True)
    if rng.random() < 0.3:
        body = body.upper()
    lead = rng.choice(
        (
            f"{body[0].upper()}{body[1:]}, après en avoir délibéré",
            f"Après en avoir délibéré, {body}",
            f"Entendu l'exposé du rapporteur, {body}, après en avoir délibéré",
            f"{body[0].upper()}{body[1:]}, ouï l'exposé de {ctx.head_role()} et après en avoir délibéré",
            f"Sur proposition de {ctx.head_role()}, {body}",
            "Après en avoir délibéré",
            body.upper(),
        )
    )
    pieces: Pieces = [lead]
    if inline_vote:
        pieces += [", ", *inline_vote]
    verb = rng.choice(
        (
            ",\nDÉCIDE :",
            ",\nDÉCIDE",
            ",\nDÉLIBÈRE ET DÉCIDE :",
            ",\nDécide :",
            " :",
            ",\nDÉLIBÈRE :",
            ",\nDECIDE :",
            ",",
        )
    )
    pieces.append(verb)
    return ctx.heading(pieces) if rng.random() < 0.2 else pieces


def decisions(ctx: Ctx, motion: Motion) -> Pieces:
    rng = ctx.rng
    items = motion.decisions + _closing_decisions(ctx)
    layout = rng.choices(("articles", "verbs", "infinitives", "prose"), (40, 25, 25, 10))[0]
    ctx.note(f"template:decisions_{layout}")
    pieces: Pieces = []
    if layout == "articles":
        word = rng.choice(("Article", "ARTICLE", "Art.", "Article"))
        first = rng.choice(("1", "1er", "premier", "1"))
        sep = rng.choice((" : ", " – ", " - ", ". ", ": ", " :\n"))
        for i, (verb, rest) in enumerate(items, start=1):
            if i > 1:
                pieces.append("\n")
            number = first if i == 1 else str(i)
            if verb:
                head = conjugate(verb)
                head = head.upper() if rng.random() < 0.5 else head[0].upper() + head[1:]
                pieces += [f"{word} {number}{sep}{head} ", *rest, "."]
            else:
                pieces += [f"{word} {number}{sep}", *rest]
        return pieces
    if layout == "verbs":
        for i, (verb, rest) in enumerate(items):
            if i:
                pieces.append("\n")
            if verb:
                pieces += [ctx.typo.bullet + conjugate(verb).upper() + " ", *rest, rng.choice((".", ";", ","))]
            else:
                pieces += (
                    [ctx.typo.bullet + "DIT que ", *_lower_first(rest)] if _says(rest) else [ctx.typo.bullet, *rest]
                )
        return pieces
    if layout == "infinitives":
        for i, (verb, rest) in enumerate(items):
            if i:
                pieces.append("\n")
            if verb:
                head = infinitive(verb)
                head = head.upper() if rng.random() < 0.4 else head[0].upper() + head[1:]
                pieces += [ctx.typo.bullet or "- ", head + " ", *rest, rng.choice((",", ";", ".", ""))]
            else:
                if _says(rest):
                    pieces += [
                        ctx.typo.bullet or "- ",
                        "DE DIRE que " if rng.random() < 0.5 else "De dire que ",
                        *_lower_first(rest),
                    ]
                else:
                    pieces += [ctx.typo.bullet or "- ", *rest]
        return pieces
    verbs = [(verb, rest) for verb, rest in items if verb]
    statements = [rest for verb, rest in items if not verb]
    for i, (verb, rest) in enumerate(verbs):
        if i:
            pieces.append(" et " if i == len(verbs) - 1 else rng.choice((", ", " ; ")))
        pieces += [conjugate(verb) + " ", *rest]
    pieces.append(".")
    for rest in statements:
        pieces += [" ", *rest]
    return pieces


def _names(ctx: Ctx, people: list) -> Pieces:
    pieces: Pieces = []
    for i, person in enumerate(people):
        if i:
            pieces.append(ctx.rng.choice((", ", ", ", " et ", " - ")))
        pieces += ctx.name(person, ctx.rng.choice(("LAST", "First LAST", None)), civility=ctx.rng.random() < 0.7)
    return pieces


def vote(ctx: Ctx, motion: Motion, *, inline: bool = False) -> Pieces:
    """The vote: unanimity, or counts with the dissenting members named (O4)."""
    rng = ctx.rng
    voters = ctx.present + [giver for giver, _ in ctx.proxies]
    pool = [p for p in ctx.present if p not in motion.not_voting]
    total = len(voters) or len(ctx.members)
    c = ctx.typo.colon
    pieces: Pieces = []
    if rng.random() < 0.45 or len(pool) < 4:
        ctx.note("template:vote_unanimity")
        if inline:
            pieces.append(
                rng.choice(
                    (
                        "à l'unanimité",
                        "à l'unanimité des membres présents et représentés",
                        "à l'unanimité des suffrages exprimés",
                    )
                )
            )
        else:
            pieces.append(
                rng.choice(
                    (
                        "Adopté à l'unanimité.",
                        "ADOPTÉ À L'UNANIMITÉ",
                        f"Votants{c}{total} – Pour{c}{total} – Contre{c}0 – Abstention{c}0",
                        "Vote : unanimité",
                        f"Pour{c}{total}\nContre{c}0\nAbstentions{c}0",
                    )
                )
            )
    else:
        against = rng.sample(pool[1:], rng.randint(0, min(4, len(pool) - 2)))
        rest = [p for p in pool[1:] if p not in against]
        abstain = rng.sample(rest, rng.randint(0, min(3, len(rest))))
        favour = total - len(against) - len(abstain)
        ctx.note("template:vote_counts")
        if inline:
            pieces.append(f"par {favour} voix pour")
            if against:
                pieces += [f", {len(against)} contre (", *_names(ctx, against), ")"]
            if abstain:
                pieces += [
                    f" et {len(abstain)} abstention{'s' if len(abstain) > 1 else ''} (",
                    *_names(ctx, abstain),
                    ")",
                ]
        else:
            sep = rng.choice(("\n", " – ", " ; ", "\t"))
            favour_word, against_word = rng.choice(("Pour", "POUR", "Voix pour")), rng.choice(("Contre", "CONTRE"))
            pieces.append(f"{favour_word}{c}{favour}{sep}{against_word}{c}{len(against)}")
            if against:
                pieces += [" (", *_names(ctx, against), ")"]
            pieces.append(f"{sep}{rng.choice(('Abstention', 'Abstentions', 'ABSTENTIONS'))}{c}{len(abstain)}")
            if abstain:
                pieces += [" (", *_names(ctx, abstain), ")"]
    for person in motion.not_voting or ([rng.choice(pool)] if pool and rng.random() < 0.1 else []):
        pieces += [
            "\n" if not inline else ", ",
            *ctx.name(person),
            rng.choice(
                (
                    " ne prend pas part au vote",
                    " n'a pas pris part au vote",
                    f" s'est retiré{'e' if person.female else ''} et n'a pas pris part au vote",
                )
            ),
        ]
        if not inline:
            pieces.append(".")
    return pieces if inline else ctx.caps_block(pieces)
