"""Tables flattened into text the way PDF extraction flattens them.

A cell is a list of pieces, so an amount or a budget code in a cell keeps its span.

Example:
    >>> import random
    >>> table(random.Random(0), ["Poste", "Montant"], [[["Travaux"], [("AMOUNT", "12 500 €")]]], "pipes")
    ['Poste', ' | ', 'Montant', '\\n', 'Travaux', ' | ', ('AMOUNT', '12 500 €')]
"""

from __future__ import annotations

import random

from training.synthetic.builder import Pieces

LAYOUTS = ("pipes", "tabs", "spaces", "cell_lines", "semicolons", "dots")


def table(rng: random.Random, header: list[str] | None, rows: list[list[Pieces]], layout: str | None = None) -> Pieces:
    """Header and rows as pieces; ``layout`` picks the flattening (see :data:`LAYOUTS`)."""
    layout = layout or rng.choices(LAYOUTS, (20, 15, 30, 20, 5, 10))[0]
    out: Pieces = []

    def sep() -> str:
        if layout == "pipes":
            return " | "
        if layout == "tabs":
            return "\t"
        if layout == "spaces":
            return " " * rng.randint(2, 10)
        if layout == "cell_lines":
            return "\n"
        if layout == "semicolons":
            return " ; "
        return " " + "." * rng.randint(3, 12) + " "

    lines: list[list[Pieces]] = ([[[h] for h in header]] if header else []) + rows
    for n, row in enumerate(lines):
        if n:
            out.append("\n")
        for i, cell in enumerate(row):
            if i:
                out.append(sep())
            out.extend(cell)
    return out
