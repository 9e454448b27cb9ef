"""Places named after people — streets, schools, halls — written like names and never tagged (O10).

Example:
    >>> import random
    >>> from training.synthetic.context import draw_context
    >>> from training.synthetic.slots.name_pool import NamePool
    >>> ctx = draw_context(random.Random(1), NamePool(seed=1, size=50))
    >>> street(ctx).split()[0] in ("rue", "avenue", "place", "allée", "boulevard", "impasse", "quai")
    True
"""

from __future__ import annotations

from training.synthetic import lexicon
from training.synthetic.context import Ctx
from training.synthetic.slots.names import name_parts

_STREETS = ("rue", "rue", "avenue", "place", "allée", "boulevard", "impasse", "quai")
# (phrase after "à", kind): the kind as it reads after the preposition.
_FACILITIES = (
    "à l'école élémentaire",
    "à l'école maternelle",
    "au groupe scolaire",
    "au collège",
    "au gymnase",
    "au stade",
    "à la salle",
    "à la médiathèque",
    "à l'espace",
    "au centre culturel",
)


def famous(ctx: Ctx) -> str:
    """A famous person's name that shares no word with an elected member's (else the same word would be
    tagged in one place and not in the other)."""
    taken = set().union(*(name_parts(m.first, m.last) for m in ctx.members)) if ctx.members else set()
    people = [p for p in lexicon.famous_people() if not name_parts(p) & taken] or ["Condorcet"]
    ctx.note("negative:famous_person")
    return ctx.rng.choice(people)


def street(ctx: Ctx) -> str:
    """``rue Victor Hugo``"""
    return f"{ctx.rng.choice(_STREETS)} {famous(ctx)}"


def facility(ctx: Ctx) -> str:
    """``au gymnase Marcel Pagnol``, ``à l'école élémentaire Jules Ferry``"""
    return f"{ctx.rng.choice(_FACILITIES)} {famous(ctx)}"
