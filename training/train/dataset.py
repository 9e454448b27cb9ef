"""Documents → model inputs: token ids and label ids per window, as a ``datasets.DatasetDict``.

Each document is tokenized once with offsets; its spans become IOB2 tags by
:func:`model.tagger.alignment.spans_to_bio` (the one alignment function shared
with inference); it is then cut into the same overlapping windows the tagger
uses. Whitespace-only and special tokens get the label ``-100`` (ignored by
the loss). Spans that do not fall on token boundaries are counted, so that no
loss goes unseen.

Example:
    >>> from model.span import Span
    >>> from training.train.tokenizer import train_tokenizer
    >>> doc = Document("d", "Séance du 12 mars 2023", [Span(10, 22, "DATE")])
    >>> tokenizer = train_tokenizer([doc.text] * 5, vocab_size=280)
    >>> examples, report = encode_documents([doc], tokenizer, window=8, overlap=2)
    >>> report.spans, report.misaligned
    (1, 0)
    >>> [ID2LABEL.get(i) for i in examples[0]["labels"]]
    [None, 'O', 'O', 'B-DATE', 'I-DATE', 'I-DATE', None]
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from model.document import Document
from model.labels import bio_tags
from model.tagger.alignment import spans_to_bio, trim_offsets, word_starts
from model.tagger.windows import plan_windows

IGNORE = -100
LABEL2ID = {tag: i for i, tag in enumerate(bio_tags())}
ID2LABEL = {i: tag for tag, i in LABEL2ID.items()}


@dataclass
class AlignmentReport:
    """How many spans were aligned, and which did not fall on token boundaries."""

    documents: int = 0
    spans: int = 0
    misaligned: int = 0
    by_label: Counter = field(default_factory=Counter)
    examples: list[str] = field(default_factory=list)

    def add(self, other: AlignmentReport) -> None:
        self.documents += other.documents
        self.spans += other.spans
        self.misaligned += other.misaligned
        self.by_label.update(other.by_label)
        self.examples.extend(other.examples[: max(0, 10 - len(self.examples))])

    def to_dict(self) -> dict[str, Any]:
        return {"documents": self.documents, "spans": self.spans, "misaligned": self.misaligned,
                "misaligned_by_label": dict(self.by_label), "examples": self.examples}  # fmt: skip


def special_tokens(tokenizer: Any) -> tuple[list[int], list[int]]:
    """Ids the tokenizer adds before and after a text (the tagger adds the same)."""
    from model.tagger.tagger import _special_tokens

    return _special_tokens(tokenizer)


def encode_documents(
    docs: Sequence[Document],
    tokenizer: Any,
    *,
    window: int,
    overlap: int,
    pack: bool = False,
    bigrams: np.ndarray | None = None,
) -> tuple[list[dict[str, list[int]]], AlignmentReport]:
    """Examples (``input_ids``, ``attention_mask``, ``labels``) of ``window`` tokens, and the alignment report.

    Without ``pack``, each document is windowed on its own, as the tagger does.
    With ``pack``, documents are laid end to end (a separator token between
    them) and the stream is cut into full windows: no padding and almost no
    repeated tokens, so every training step sees ``batch × window`` real tokens.
    Each example also carries ``word_starts`` (1 where a token starts a word,
    see :func:`~model.tagger.alignment.word_starts`), for decoding as the
    tagger does; it is no model input. ``bigrams``, if given, accumulates the
    counts of consecutive word tags (whitespace tokens skipped) for
    :func:`transition_log_probs`.
    """
    prefix, suffix = special_tokens(tokenizer)
    report = AlignmentReport()
    rows: list[tuple[list[int], list[int], list[int]]] = []
    for ids, labels, starts in _token_labels(docs, tokenizer, report):
        if bigrams is not None:
            words = np.array([label for label, start in zip(labels, starts, strict=True) if label != IGNORE and start])
            np.add.at(bigrams, (words[:-1], words[1:]), 1)
        if not pack:
            rows += [(ids[a:b], labels[a:b], starts[a:b]) for a, b in plan_windows(len(ids), window, overlap)]
            continue
        rows.append((ids, labels, starts))
    if pack and rows:
        separator = [tokenizer.sep_token_id] if tokenizer.sep_token_id is not None else []
        stream_ids = [i for ids, _, _ in rows for i in (*ids, *separator)]
        stream_labels = [label for _, labels, _ in rows for label in (*labels, *[IGNORE] * len(separator))]
        stream_starts = [start for _, _, starts in rows for start in (*starts, *[1] * len(separator))]
        rows = [
            (stream_ids[a:b], stream_labels[a:b], stream_starts[a:b])
            for a, b in plan_windows(len(stream_ids), window, overlap)
        ]
    examples = []
    for ids, labels, starts in rows:
        row_ids = prefix + ids + suffix
        examples.append(
            {
                "input_ids": row_ids,
                "attention_mask": [1] * len(row_ids),
                "labels": [IGNORE] * len(prefix) + labels + [IGNORE] * len(suffix),
                "word_starts": [1] * len(prefix) + starts + [1] * len(suffix),
            }
        )
    return examples, report


def _token_labels(
    docs: Sequence[Document], tokenizer: Any, report: AlignmentReport
) -> list[tuple[list[int], list[int], list[int]]]:
    """Token ids, label ids and word starts of each whole document, counting spans that do not align."""
    if not docs:
        return []
    encoded = tokenizer(
        [doc.text for doc in docs], add_special_tokens=False, return_offsets_mapping=True, verbose=False
    )
    out = []
    for doc, ids, raw_offsets in zip(docs, encoded["input_ids"], encoded["offset_mapping"], strict=True):
        offsets = trim_offsets(doc.text, raw_offsets)
        tags, misaligned = spans_to_bio(offsets, doc.spans)
        content = [i for i, (start, end) in enumerate(offsets) if start < end]
        starts = [1] * len(offsets)
        for i, start in zip(content, word_starts(doc.text, [offsets[i] for i in content]).tolist(), strict=True):
            starts[i] = int(start)
        report.documents += 1
        report.spans += len(doc.spans)
        report.misaligned += len(misaligned)
        for span in misaligned:
            report.by_label[span.label] += 1
            if len(report.examples) < 10:
                report.examples.append(
                    f"{doc.id} [{span.start}:{span.end}] {span.label} {doc.text[span.start : span.end]!r}"
                )
        out.append((ids, [IGNORE if tag is None else LABEL2ID[tag] for tag in tags], starts))
    return out


def transition_log_probs(bigrams: np.ndarray) -> np.ndarray:
    """``log P(next tag | previous tag)`` from bigram counts, add-one smoothed.

    >>> transition_log_probs(np.array([[3, 1], [0, 0]])).round(2).tolist()
    [[-0.41, -1.1], [-0.69, -0.69]]
    """
    counts = bigrams.astype(np.float64) + 1.0
    return np.log(counts / counts.sum(axis=1, keepdims=True))


def build_dataset_dict(splits: dict[str, list[dict[str, list[int]]]]) -> Any:
    """A ``datasets.DatasetDict`` of the model inputs, one split per non-empty example list."""
    from datasets import Dataset, DatasetDict

    columns = ("input_ids", "attention_mask", "labels")
    inputs = {name: [{key: row[key] for key in columns} for row in rows] for name, rows in splits.items() if rows}
    return DatasetDict({name: Dataset.from_list(rows) for name, rows in inputs.items()})
