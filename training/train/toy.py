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
from collections.abc import Sequence
from pathlib import Path

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


def save_random_model(
    folder: Path, texts: Sequence[str], *, labels: Sequence[str] | None = None, window: int = 30, vocab_size: int = 500
) -> Path:
    """An untrained one-layer BERT and a byte-level tokenizer trained on ``texts``, saved as a model
    directory (no metrics, no card): it tags at random, through the real loading and decoding paths.

    ``labels`` default to the six labels' IOB2 tags; ``window`` is the text tokens a window holds.
    """
    from transformers import AutoConfig, AutoModelForTokenClassification

    from model.labels import bio_tags
    from training.train.tokenizer import train_tokenizer

    tags = list(labels or bio_tags())
    tokenizer = train_tokenizer(list(texts), vocab_size=vocab_size)
    config = AutoConfig.for_model(
        "bert", vocab_size=len(tokenizer), hidden_size=16, num_hidden_layers=1, num_attention_heads=2,
        intermediate_size=32, max_position_embeddings=window + 2, type_vocab_size=1,
        id2label=dict(enumerate(tags)), label2id={t: i for i, t in enumerate(tags)},
    )  # fmt: skip
    model = AutoModelForTokenClassification.from_config(config)
    model.save_pretrained(folder)
    tokenizer.save_pretrained(folder)
    return folder
