"""A toy corpus with one fixed phrasing per label, for smoke runs and tests of the training code.

A tiny model learns it in a few dozen steps, which shows the whole path
(alignment, windows, Trainer, saving, loading, decoding) works end to end.
It is no training data for a real model.

Example:
    >>> doc = toy_documents(1, seed=3)[0]
    >>> all(doc.text[s.start:s.end] == s.text for s in doc.spans)
    True
"""

from __future__ import annotations

import random

from model.document import Document
from model.span import Span

FIRST = ["Paul", "Inès", "Yves", "Claire", "Hugo", "Léa", "Marc", "Anne", "Louis", "Sophie"]
LAST = ["ROCHE", "TALBI", "MOREAU", "DUBOIS", "BLANC", "FAURE", "MARTIN", "PETIT", "LEROY", "GARNIER"]
MONTHS = ["janvier", "mars", "mai", "juin", "octobre", "décembre"]


def toy_sentence(rng: random.Random) -> tuple[str, str, str]:
    """``(before, entity, label)`` of one toy sentence."""
    kind = rng.choice(["DELIB_ID", "DATE", "OFFICIAL", "AMOUNT"])
    if kind == "DELIB_ID":
        return "Vu la délibération n° ", f"DEL-{rng.randint(2000, 2030)}-{rng.randint(1, 999):03d}", kind
    if kind == "DATE":
        return "Séance du ", f"{rng.randint(1, 28)} {rng.choice(MONTHS)} {rng.randint(2000, 2030)}", kind
    if kind == "OFFICIAL":
        return "Présent : M. ", f"{rng.choice(FIRST)} {rng.choice(LAST)}", kind
    return "pour un montant de ", f"{rng.randint(1, 9999)},{rng.randint(0, 99):02d} euros", kind


def toy_text(rng: random.Random, sentences: int) -> tuple[str, list[Span]]:
    """A text of ``sentences`` toy sentences and its spans."""
    text, spans = "", []
    for _ in range(sentences):
        before, entity, label = toy_sentence(rng)
        text += before
        spans.append(Span(len(text), len(text) + len(entity), label, text=entity))
        text += entity + ". "
    return text.rstrip(), spans


def toy_documents(n: int, *, seed: int = 0, sentences: tuple[int, int] = (2, 6)) -> list[Document]:
    """``n`` toy documents of ``sentences`` (min, max) sentences each."""
    rng = random.Random(seed)
    docs = []
    for i in range(n):
        text, spans = toy_text(rng, rng.randint(*sentences))
        docs.append(Document(f"toy-{seed}-{i}", text, spans, {"source": "toy"}))
    return docs
