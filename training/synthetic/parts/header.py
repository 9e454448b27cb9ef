"""The top of an act: letterhead, register title, identifier line, session line, member counts.

Example:
    >>> import random
    >>> from training.synthetic.context import draw_context
    >>> from training.synthetic.slots.name_pool import NamePool
    >>> ctx = draw_context(random.Random(5), NamePool(seed=1, size=50))
    >>> any(isinstance(p, tuple) and p[0] == "DELIB_ID" for p in id_line(ctx))
    True
"""

from __future__ import annotations

from training.synthetic.builder import Pieces
from training.synthetic.context import Ctx
from training.synthetic.slots import delib_ids, negatives
from training.synthetic.slots.names import name_parts


def letterhead(ctx: Ctx) -> Pieces:
    rng, auth = ctx.rng, ctx.authority
    lines: list[str] = []
    if rng.random() < 0.35:
        lines.append(rng.choice(("RÉPUBLIQUE FRANÇAISE", "République Française", "REPUBLIQUE FRANCAISE")))
        if rng.random() < 0.5:
            lines.append(
                rng.choice(
                    ("Liberté – Égalité – Fraternité", "Liberté Égalité Fraternité", "Liberté - Egalité - Fraternité")
                )
            )
    if auth.kind in ("commune", "communaute_communes", "syndicat", "ccas") and rng.random() < 0.6:
        dept = auth.departement
        lines.append(
            rng.choice(
                (
                    f"DÉPARTEMENT {dept.of.upper()}",
                    f"Département {dept.of}",
                    f"Département{ctx.typo.colon}{dept.name}",
                    dept.name.upper(),
                )
            )
        )
        if auth.kind == "commune" and rng.random() < 0.5:
            lines.append(
                rng.choice(
                    (
                        f"ARRONDISSEMENT DE {auth.seat.upper()}",
                        f"Arrondissement de {auth.seat}",
                        f"Canton de {auth.seat}",
                    )
                )
            )
    lines.append(auth.name.upper() if rng.random() < 0.5 else auth.name)
    if rng.random() < 0.45:
        lines.append(_address(ctx))
    return ["\n".join(lines)]


def _address(ctx: Ctx) -> str:
    rng, auth = ctx.rng, ctx.authority
    streets = (
        "place de la Mairie",
        "place de l'Hôtel de Ville",
        "rue Jean Jaurès",
        "rue Victor Hugo",
        "rue de la République",
        "rue Gambetta",
        "rue Pasteur",
        "avenue Jean Moulin",
        "avenue de la Libération",
        "avenue Aristide Briand",
        "avenue du Maréchal Foch",
        "esplanade Charles de Gaulle",
    )
    # A street named like a member would be tagged in one place and not in the other.
    taken = set().union(*(name_parts(m.last) for m in ctx.members))
    street = rng.choice([s for s in streets if not name_parts(s) & taken] or ["place de la Mairie"])
    bits = [f"{rng.randint(1, 120)}, {street}", f"{auth.postcode} {auth.seat}"]
    ctx.note("negative:postcode")
    if rng.random() < 0.6:
        bits.append(f"Tél.{ctx.typo.colon}{negatives.phone(rng)}")
        ctx.note("negative:phone")
    if rng.random() < 0.35:
        bits.append(f"SIRET{ctx.typo.colon}{negatives.siret(rng, auth.siren)}")
        ctx.note("negative:siret")
    if rng.random() < 0.3:
        bits.append(negatives.email(rng, auth.seat))
    sep = rng.choice((" – ", " - ", "\n", " | ", " • "))
    return sep.join(bits)


def register_title(ctx: Ctx) -> Pieces:
    rng, body = ctx.rng, ctx.authority.body
    name = body.name
    titles = (
        f"EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS {body.of().upper()}",
        f"Extrait du registre des délibérations {body.of()}",
        f"EXTRAIT DU PROCÈS-VERBAL DES DÉLIBÉRATIONS {body.of().upper()}",
        f"DÉLIBÉRATION {body.of().upper()}",
        f"Délibération {body.of(cap=True)}",
        "EXTRAIT DU REGISTRE DES DELIBERATIONS",
        f"Séance {body.of()} – Extrait",
        f"REGISTRE DES DÉLIBÉRATIONS{ctx.typo.colon}{name.upper()}",
    )
    ctx.note("template:register_title")
    return ctx.heading([rng.choice(titles)])


def id_line(ctx: Ctx, *, with_date: bool | None = None) -> Pieces:
    """``Délibération n° ⟨2023-045⟩`` — optionally ``du ⟨14 mars 2023⟩``."""
    rng = ctx.rng
    pieces: Pieces = [delib_ids.introducer(rng), ctx.delib_id()]
    if with_date if with_date is not None else rng.random() < 0.3:
        pieces += [rng.choice((" du ", " – Séance du ", " en date du ", " - ")), ctx.date(ctx.session)]
    return ctx.heading(pieces)


def session_line(ctx: Ctx) -> Pieces:
    rng, body = ctx.rng, ctx.authority.body
    lead = rng.choice(
        (
            "Séance du ",
            "SÉANCE DU ",
            "Séance publique du ",
            "Réunion du ",
            f"{body.name[0].upper() + body.name[1:]} du ",
            "Séance ordinaire du ",
            "Date de la séance" + ctx.typo.colon,
            "Séance",
        )
    )
    if lead == "Séance":
        lead = "Séance" + ctx.typo.colon
    pieces: Pieces = [lead, ctx.date(ctx.session)]
    if rng.random() < 0.25:
        from training.synthetic.slots.dates import time_of_day

        pieces.append(rng.choice((" à ", " – ")) + time_of_day(rng))
    return ctx.heading(pieces)


def counts(ctx: Ctx) -> Pieces:
    """Member counts: never amounts, never identifiers (A6)."""
    rng, auth = ctx.rng, ctx.authority
    size = auth.size
    present = len(ctx.present) or max(1, size - rng.randint(0, size // 3))
    represented = len(ctx.proxies)
    voters = present + represented
    c = ctx.typo.colon
    ctx.note("negative:counts")
    layout = rng.randrange(5)
    if layout == 0:
        return [f"Nombre de conseillers en exercice{c}{size}\nPrésents{c}{present}\nVotants{c}{voters}"]
    if layout == 1:
        return [
            f"Membres en exercice{c}{size} – Présents{c}{present} – Représentés{c}{represented} – Votants{c}{voters}"
        ]
    if layout == 2:
        return [
            f"Nombre de membres{c}\nen exercice{c}{size}\nprésents{c}{present}\n"
            f"représentés{c}{represented}\nabsents{c}{size - present - represented}"
        ]
    if layout == 3:
        return [f"En exercice\tPrésents\tVotants\n{size}\t{present}\t{voters}"]
    return [
        f"Nombre de membres afférents {'à la' if auth.body.feminine else 'au'} {auth.body.name}{c}{size}. "
        f"Nombre de membres présents{c}{present}. Nombre de suffrages exprimés{c}{voters}."
    ]
