"""Attendance: present, absent, proxies, the secretary, and staff who attend without being members.

Layouts: inline lists, one name a line, flattened two-column tables, plural
civilities (``Mmes A, B et MM. C``), each with the proxies written as clerks do
(``A a donné pouvoir à B``, ``A représenté par B``, ``pouvoir de A à B``).

Example:
    >>> import random
    >>> from training.synthetic.context import draw_context
    >>> from training.synthetic.slots.name_pool import NamePool
    >>> ctx = draw_context(random.Random(3), NamePool(seed=1, size=50))
    >>> pieces = attendance(ctx)
    >>> sum(1 for p in pieces if isinstance(p, tuple)) >= len(ctx.present)
    True
"""

from __future__ import annotations

from training.synthetic.builder import Pieces
from training.synthetic.context import Ctx
from training.synthetic.parts.topics import gendered
from training.synthetic.slots.names import Person, pick_style

# Agents attending a session, masculine|feminine: never tagged (O5).
_STAFF_ROLES = (
    "Directeur général des services|Directrice générale des services",
    "Directeur Général des Services|Directrice Générale des Services",
    "DGS",
    "Directeur financier|Directrice financière",
    "Responsable du service finances",
    "Secrétaire de mairie",
    "Directeur des ressources humaines|Directrice des ressources humaines",
    "Chargé de mission|Chargée de mission",
    "Directeur de cabinet|Directrice de cabinet",
    "Comptable public|Comptable publique",
    "Directeur général adjoint|Directrice générale adjointe",
    "Responsable des Services Techniques",
)


def split_attendance(ctx: Ctx) -> None:
    """Decide who is present, absent and represented (stored on the context for the vote lines)."""
    rng = ctx.rng
    members = ctx.members
    present = [members[0]] + [m for m in members[1:] if rng.random() < 0.8]
    away = [m for m in members if m not in present]
    proxies = []
    absent = []
    for person in away:
        if present and rng.random() < 0.55:
            proxies.append((person, rng.choice(present)))
        else:
            absent.append(person)
    ctx.present, ctx.absent, ctx.proxies = present, absent, proxies
    ctx.secretary = rng.choice(present[1:] or present)


def _with_role(ctx: Ctx, person: Person) -> Pieces:
    """A name, with the role after it (outside the span, O3) for the head and deputies now and then."""
    pieces = ctx.name(person)
    if ctx.rng.random() >= 0.25:
        return pieces
    auth = ctx.authority
    if person is ctx.head:
        role = auth.head_title(person.female)
    elif person in ctx.deputies:
        rank = ctx.deputies.index(person) + 1 if ctx.rng.random() < 0.5 else None
        role = auth.deputy_title(person.female, rank)
    else:
        return pieces
    opener = ctx.rng.choice((", ", " (", " – "))
    return [*pieces, opener + role + (")" if opener == " (" else "")]


def _joined(ctx: Ctx, people: list[Person], sep: str, last_sep: str | None = None) -> Pieces:
    pieces: Pieces = []
    for i, person in enumerate(people):
        if i:
            pieces.append(last_sep if last_sep and i == len(people) - 1 else sep)
        pieces += _with_role(ctx, person)
    return pieces


def _plural_civility(ctx: Ctx, people: list[Person]) -> Pieces:
    """``Mmes DUPONT, ROCHE et MM. TALBI, MOREAU``: one span per surname (settled case)."""
    women = [p for p in people if p.female]
    men = [p for p in people if not p.female]
    pieces: Pieces = []
    style = ctx.rng.choice(("LAST", "LAST", "First LAST", "LAST First"))
    caps = ctx.case == "caps"
    for civ, group in (("Mmes" if len(women) > 1 else "Mme", women), ("MM." if len(men) > 1 else "M.", men)):
        if not group:
            continue
        if pieces:
            pieces.append(ctx.rng.choice((", ", " ; ", " et ", "\n")))
        pieces.append((civ.upper() if caps else civ) + " ")
        for i, person in enumerate(group):
            if i:
                pieces.append(" et " if i == len(group) - 1 and ctx.rng.random() < 0.6 else ", ")
            pieces.append(ctx.bare_name(person, style))
    return pieces


def _list_block(ctx: Ctx, people: list[Person], layout: str) -> Pieces:
    rng = ctx.rng
    if not people:
        return [rng.choice(("néant", "Néant", "/", "-", "aucun"))]
    if layout == "inline":
        return _joined(ctx, people, rng.choice((", ", ", ", " ; ", " - ", " – ", ",  ")), rng.choice((None, " et ")))
    if layout == "lines":
        bullet = ctx.typo.bullet
        pieces: Pieces = ["\n" + bullet]
        for i, person in enumerate(people):
            if i:
                pieces.append("\n" + bullet)
            pieces += _with_role(ctx, person)
        return pieces
    if layout == "columns":
        # A two- or three-column table flattened by PDF extraction: names separated by runs of spaces.
        cols = rng.choice((2, 3))
        pieces = ["\n"]
        for i, person in enumerate(people):
            if i and i % cols == 0:
                pieces.append("\n")
            elif i:
                pieces.append(" " * rng.randint(2, 12) if rng.random() < 0.8 else "\t")
            pieces += ctx.name(person, civility=False)
        return pieces
    if layout == "plural":
        return _plural_civility(ctx, people)
    raise ValueError(layout)


def _proxy(ctx: Ctx, giver: Person, holder: Person) -> Pieces:
    rng = ctx.rng
    form = rng.randrange(7)
    ctx.note(f"template:proxy{form}")
    a, b = ctx.name(giver), ctx.name(holder)
    if form == 0:
        return [*a, " a donné pouvoir à ", *b]
    if form == 1:
        return [*a, " représentée par " if giver.female else " représenté par ", *b]
    if form == 2:
        return ["pouvoir de ", *a, " à ", *b]
    if form == 3:
        return [*a, " (pouvoir à ", *b, ")"]
    if form == 4:
        return [*a, " à ", *b]
    if form == 5:
        return [*a, rng.choice((" donne procuration à ", " a donné procuration à ")), *b]
    return [*a, " → ", *b]


def attendance(ctx: Ctx) -> Pieces:
    """The attendance section; fills ``ctx.present``/``absent``/``proxies``/``secretary``."""
    rng, c = ctx.rng, ctx.typo.colon
    if not ctx.present:
        split_attendance(ctx)
    if rng.random() < 0.1:
        ctx.note("template:attendance_table")
        return ctx.caps_block(presence_table(ctx))
    layout = rng.choices(("inline", "lines", "columns", "plural"), (50, 22, 14, 14))[0]
    ctx.note(f"template:attendance_{layout}")
    sep = ctx.para() if layout != "inline" or rng.random() < 0.7 else " "
    present_word = rng.choice(
        ("Présents", "Étaient présents", "PRÉSENTS", "Présent(e)s", "Etaient présents", "Membres présents")
    )
    if layout == "plural":
        present_word = rng.choice(("Étaient présents", "Présents", "Étaient présents"))
    pieces: Pieces = [present_word + c, *_list_block(ctx, ctx.present, layout)]
    if ctx.proxies:
        pieces.append(sep)
        pieces.append(
            rng.choice(
                (
                    "Absents ayant donné pouvoir",
                    "Pouvoirs",
                    "Procurations",
                    "Absents excusés ayant donné procuration",
                    "Absents représentés",
                    "Représentés",
                )
            )
            + c
        )
        proxy_sep = rng.choice((", ", " ; ", "\n" + ctx.typo.bullet, ", "))
        if proxy_sep.startswith("\n"):
            pieces.append(proxy_sep)
        for i, (giver, holder) in enumerate(ctx.proxies):
            if i:
                pieces.append(proxy_sep)
            pieces += _proxy(ctx, giver, holder)
    if ctx.absent:
        pieces.append(sep)
        pieces.append(
            rng.choice(("Absents", "Absents excusés", "Excusés", "Absent(e)s", "ABSENTS", "Absents non excusés")) + c
        )
        pieces += _list_block(ctx, ctx.absent, "inline" if layout == "columns" else layout)
    if rng.random() < 0.3:
        pieces.append(sep)
        pieces += staff(ctx)
    return ctx.caps_block(pieces)


def presence_table(ctx: Ctx) -> Pieces:
    """The register's table: one member a row, role and a presence mark, flattened by extraction."""
    rng = ctx.rng
    auth = ctx.authority
    holders = dict(ctx.proxies)
    marks = rng.choice((("X", "", "P"), ("P", "A", "P"), ("présent", "absent", "pouvoir"), ("X", "AE", "X")))
    cell = rng.choice(("\n", " " * rng.randint(3, 18), "\t", " | "))
    style = rng.choice(("LAST First", "First LAST", "LAST First"))
    pieces: Pieces = [rng.choice(("Nom", "NOM Prénom", "Élus")) + cell + "Fonction" + cell + "Présence" + "\n"]
    for i, person in enumerate(ctx.members):
        if i:
            pieces.append("\n")
        if person is ctx.head:
            role = auth.head_title(person.female)
        elif person in ctx.deputies:
            role = auth.deputy_title(person.female, ctx.deputies.index(person) + 1)
        else:
            role = auth.member_title(person.female).capitalize()
        pieces += ctx.name(person, style, civility=False)
        if person in ctx.present:
            mark = marks[0]
        elif person in holders:
            mark = marks[2]
            pieces += [cell + role + cell + mark + " ", *ctx.name(holders[person], style, civility=False)]
            continue
        else:
            mark = marks[1]
        pieces.append(cell + role + (cell + mark if mark else ""))
    return pieces


def staff(ctx: Ctx) -> Pieces:
    """Agents attending: named, never tagged (O5)."""
    rng, c = ctx.rng, ctx.typo.colon
    people = [ctx.outsider() for _ in range(rng.randint(1, 3))]
    lead = rng.choice(("Assistaient également", "Assistaient à la séance", "Également présents", "Participaient"))
    entries = [f"{ctx.plain_name(p)}, {gendered(rng.choice(_STAFF_ROLES), p.female)}" for p in people]
    return [lead + c + rng.choice(("; ", ", ")).join(entries)]


def secretary(ctx: Ctx) -> Pieces:
    rng, c = ctx.rng, ctx.typo.colon
    person = ctx.secretary or ctx.members[-1]
    form = rng.randrange(4)
    if form == 0:
        return ctx.caps_block(["Secrétaire de séance" + c, *ctx.name(person)])
    if form == 1:
        e = "e" if person.female else ""
        return [
            *ctx.name(person),
            rng.choice(
                (
                    f" a été désigné{e} secrétaire de séance.",
                    f" a été élu{e} secrétaire de séance.",
                    f" a été nommé{e} secrétaire de séance.",
                )
            ),
        ]
    if form == 2:
        return [
            f"{ctx.head_role()} ouvre la séance. ",
            *ctx.name(person),
            f" est désigné{'e' if person.female else ''} pour remplir les fonctions de secrétaire.",
        ]
    return ctx.caps_block(["SECRÉTAIRE DE SÉANCE" + c, *ctx.name(person, pick_style(rng))])
