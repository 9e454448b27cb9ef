"""The six entity labels of the annotation guide and their BIO tag set.

Example:
    >>> LABELS[0]
    'OFFICIAL'
    >>> bio_tags()[:3]
    ['O', 'B-OFFICIAL', 'I-OFFICIAL']
"""

from __future__ import annotations

from typing import Literal, get_args

Label = Literal["OFFICIAL", "LEGAL_REF", "AMOUNT", "BUDGET_CODE", "DELIB_ID", "DATE"]
LABELS: tuple[str, ...] = get_args(Label)

#: Labels whose surface follows patterns the rules know well.
PATTERNED_LABELS: frozenset[str] = frozenset(LABELS) - {"OFFICIAL"}


def bio_tags(labels: tuple[str, ...] = LABELS) -> list[str]:
    """IOB2 tag inventory in a fixed order: ``O`` then ``B-``/``I-`` per label."""
    return ["O"] + [f"{prefix}-{label}" for label in labels for prefix in ("B", "I")]


def check_labels(names: list[str] | tuple[str, ...]) -> list[str]:
    """Return ``names`` unchanged, or raise ``ValueError`` naming the unknown ones."""
    unknown = [name for name in names if name not in LABELS]
    if unknown:
        raise ValueError(f"unknown label(s) {', '.join(unknown)}; expected one of {', '.join(LABELS)}")
    return list(names)
