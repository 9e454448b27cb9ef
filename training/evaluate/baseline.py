"""The outside baseline: spaCy's ``fr_core_news_md`` PER entities scored as ``OFFICIAL``.

It shows users the gap between a generic French NER and delibner. The spaCy
model is an optional extra (``pip install 'delibner[spacy-fr]'``).

Example:
    >>> baseline = SpacyFrBaseline()
    >>> [(s.label, s.text) for s in baseline.extract(["Mme Claire DUBOIS est présente."])[0]]
    [('OFFICIAL', 'Mme Claire DUBOIS')]
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cached_property
from typing import Any

from model.span import Span

SPACY_MODEL = "fr_core_news_md"


def load_spacy_fr() -> Any:
    """The full ``fr_core_news_md`` pipeline, or a clear error saying how to install it."""
    import spacy

    try:
        return spacy.load(SPACY_MODEL)
    except OSError:
        raise ValueError(
            f"the spacy-fr baseline needs spaCy's {SPACY_MODEL}: pip install 'delibner[spacy-fr]'"
        ) from None


class SpacyFrBaseline:
    """An :class:`~model.extractor.Extractor` over spaCy's French pipeline (PER → OFFICIAL)."""

    name = "spacy-fr"

    def __init__(self, batch_size: int = 8):
        self.batch_size = batch_size

    @cached_property
    def nlp(self) -> Any:
        return load_spacy_fr()

    def extract(self, texts: Sequence[str], *, deadline: float | None = None) -> list[list[Span]]:
        return [
            [
                Span(ent.start_char, ent.end_char, "OFFICIAL", ent.text, 1.0, "model")
                for ent in doc.ents
                if ent.label_ == "PER"
            ]
            for doc in self.nlp.pipe(texts, batch_size=self.batch_size)
        ]
