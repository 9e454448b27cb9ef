"""Subjects of deliberations: each builds a :class:`Motion` (title, report, visas, considérants,
decisions) from a document context; layout is left to the parts.

Example:
    >>> import random
    >>> from training.synthetic.context import draw_context
    >>> from training.synthetic.slots.name_pool import NamePool
    >>> ctx = draw_context(random.Random(1), NamePool(seed=1, size=50))
    >>> draw_motion(ctx, "marche").key
    'marche'
"""

from __future__ import annotations

from collections.abc import Callable

from training.synthetic.context import Ctx
from training.synthetic.parts.topics import family
from training.synthetic.subjects import budgets, contracts, finance, governance, property, staff
from training.synthetic.subjects.common import Motion

#: Subject key → (weight, builder).
SUBJECTS: dict[str, tuple[float, Callable[[Ctx], Motion]]] = {
    "subvention": (10, finance.subvention),
    "decision_modificative": (7, budgets.decision_modificative),
    "budget_vote": (4, budgets.budget_vote),
    "compte_administratif": (4, budgets.compte_administratif),
    "garantie_emprunt": (4, finance.garantie_emprunt),
    "fiscalite": (3, finance.fiscalite),
    "non_valeur": (3, budgets.non_valeur),
    "tarifs": (6, finance.tarifs),
    "effectifs": (7, staff.effectifs),
    "indemnites": (5, staff.indemnites),
    "regime_indemnitaire": (3, staff.regime_indemnitaire),
    "designation": (7, governance.designation),
    "delegations_report": (5, governance.delegations_report),
    "election_adjoint": (3, governance.election_adjoint),
    "reglement": (4, governance.reglement),
    "foncier": (7, property.foncier),
    "denomination": (3, property.denomination),
    "urbanisme": (4, property.urbanisme),
    "marche": (6, contracts.marche),
    "convention": (6, contracts.convention),
    "demande_subvention": (5, contracts.demande_subvention),
    "rgpd": (2, contracts.rgpd),
    "dsp": (2, contracts.dsp),
}

__all__ = ["SUBJECTS", "Motion", "draw_motion"]


def draw_motion(ctx: Ctx, key: str | None = None) -> Motion:
    if key is None:
        keys = list(SUBJECTS)
        key = ctx.rng.choices(keys, [SUBJECTS[k][0] for k in keys])[0]
    if key not in SUBJECTS:
        raise ValueError(f"unknown subject {key!r}; expected one of {', '.join(SUBJECTS)}")
    ctx.note(f"subject:{key}")
    ctx.family = family(key)
    motion = SUBJECTS[key][1](ctx)
    if motion.rapporteur is None and ctx.rng.random() < 0.6:
        motion.rapporteur = ctx.rng.choice([d for d in ctx.deputies if d in ctx.speakers] or ctx.speakers)
    return motion
