"""The generator: seeded documents, one :class:`random.Random` per document, spans exact by construction.

Document ``i`` of seed ``s`` depends only on ``(s, i)`` and the name pools drawn
from ``s``, so the same seed always gives byte-identical output.

Example:
    >>> gen = SyntheticGenerator(seed=3, pool_size=60)
    >>> doc = gen.document(0)
    >>> all(doc.text[s.start:s.end] == s.text for s in doc.spans)
    True
    >>> gen.document(0).text == SyntheticGenerator(seed=3, pool_size=60).document(0).text
    True
"""

from __future__ import annotations

import random
from collections.abc import Iterator

from model.document import Document
from training.synthetic.builder import Builder, Pieces
from training.synthetic.casing import capitalise_nouns
from training.synthetic.context import draw_context
from training.synthetic.documents import compose
from training.synthetic.noise import apply_noise, draw_noise
from training.synthetic.parts import closing
from training.synthetic.slots.name_pool import NamePool
from training.synthetic.stats import CorpusStats

GENERATOR_VERSION = "2"


class SyntheticGenerator:
    """Generates annotated synthetic deliberations; ``stats`` accumulates what it drew."""

    def __init__(self, seed: int, noise_rate: float = 0.5, *, pool_size: int | None = None):
        if not 0.0 <= noise_rate <= 1.0:
            raise ValueError(f"noise rate must be between 0 and 1, got {noise_rate}")
        self.seed = seed
        self.noise_rate = noise_rate
        self.pool = NamePool(seed, size=pool_size)
        self.stats = CorpusStats()

    def document(self, index: int) -> Document:
        rng = random.Random(f"delibner-synthetic:{self.seed}:{index}")
        ctx = draw_context(rng, self.pool)
        blocks = compose(ctx)
        pieces: Pieces = []
        for block in blocks:
            if not block:
                continue
            if pieces:
                roll = rng.random()
                if roll < 0.85:
                    pieces.append(ctx.para())
                elif roll < 0.97:
                    pieces.append(rng.choice(("\n", "\n\n", "\n \n", "\n\n\n")))
                else:
                    pieces.append(
                        rng.choice(
                            (
                                "\n■ ■ ■\n",
                                "\n* * *\n",
                                "\n" + "_" * rng.randint(10, 40) + "\n",
                                "\n" + " " * 30 + "- - -\n",
                            )
                        )
                    )
            pieces.extend(block)
        if ctx.capitalised_nouns:
            pieces = capitalise_nouns(pieces)
            ctx.note("negative:capitalised_nouns")
        noise = draw_noise(rng, self.noise_rate, curly_apostrophe=ctx.typo.curly_apostrophe)
        pieces = apply_noise(
            pieces,
            noise,
            rng,
            header=lambda page, total: closing.page_header(ctx, page, total),
            footer=lambda page, total: closing.page_footer(ctx, page, total),
        )
        builder = Builder()
        builder.extend(pieces)
        template = next(key.split(":", 1)[1] for key in ctx.notes if key.startswith("doc_template:"))
        meta = {
            "source": "synthetic",
            "issuer": ctx.authority.kind,
            "template": template,
            "generator": f"delibner-synthetic/{GENERATOR_VERSION}",
            "seed": self.seed,
        }
        doc = builder.document(f"synth-{self.seed}-{index:06d}", meta)
        self.stats.add(doc, ctx.notes, noise.switches())
        return doc

    def documents(self, n: int, start: int = 0) -> Iterator[Document]:
        for index in range(start, start + n):
            yield self.document(index)


def generate(n: int, seed: int, noise_rate: float = 0.5) -> list[Document]:
    """``n`` documents for ``seed`` (a convenience over :class:`SyntheticGenerator`)."""
    return list(SyntheticGenerator(seed, noise_rate).documents(n))
