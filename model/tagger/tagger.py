"""The transformer tagger: raw texts in, character spans out.

Each text is tokenized once with offsets (a fast tokenizer), cut into
overlapping windows of the model's input length, and all windows of all texts
are run in length-sorted batches. Each token's label distribution comes from
the window where it is farthest from a cut edge; IOB2 decoding over the
tokens' offsets (a Viterbi over words, with the tag transitions seen in
training and the IOB2 constraints) gives spans that index the original string
exactly.

Build one with :func:`model.tagger.loading.load_tagger`.

Example:
    >>> from model.registry import SHIPPED_MODEL
    >>> from model.tagger.loading import load_tagger
    >>> tagger = load_tagger(SHIPPED_MODEL)
    >>> [(s.label, s.text) for s in tagger.extract(["Vu la délibération n° DEL-2022-114 du 3 mars 2022"])[0]]
    [('DELIB_ID', 'DEL-2022-114'), ('DATE', '3 mars 2022')]
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from model.extractor import BudgetExceeded
from model.span import Span
from model.tagger.alignment import bio_to_spans, decode_tags, trim_offsets, word_starts
from model.tagger.windows import plan_windows, stitch


@dataclass(frozen=True, slots=True)
class _Window:
    text: int
    index: int
    start: int
    end: int


class TransformerTagger:
    """An :class:`~model.extractor.Extractor` over a token-classification model.

    ``window`` is the number of text tokens per model input (special tokens
    excluded), ``overlap`` how many tokens consecutive windows share,
    ``batch_size`` how many windows go through the model at once; ``precision``
    records how the model's weights are held (``fp32``, ``bf16``, ``int8``);
    ``transitions`` (tag-bigram log-probabilities, ``[previous, next]``) turn
    decoding into a CRF-style Viterbi (see :func:`~model.tagger.alignment.decode_tags`).
    """

    name = "model"

    def __init__(
        self,
        model: Any,
        tokenizer: Any,
        *,
        window: int,
        overlap: int = 64,
        batch_size: int = 16,
        version: str = "unversioned",
        precision: str = "fp32",
        transitions: Any = None,
        path: str | Path | None = None,
    ):
        if not getattr(tokenizer, "is_fast", False):
            raise ValueError("the tagger needs a fast tokenizer (one that returns offset mappings)")
        self.model = model
        self.tokenizer = tokenizer
        self.window = window
        self.overlap = min(overlap, window - 1)
        self.batch_size = batch_size
        self.version = version
        self.precision = precision
        self.transitions = transitions
        #: the model directory it was loaded from (its card and metrics live there)
        self.path = Path(path) if path is not None else None
        self.id2label = {int(i): tag for i, tag in model.config.id2label.items()}
        self._prefix, self._suffix = _special_tokens(tokenizer)
        self._pad_id = tokenizer.pad_token_id if tokenizer.pad_token_id is not None else 0

    @property
    def labels(self) -> list[str]:
        """The model's IOB2 tags in id order."""
        return [self.id2label[i] for i in sorted(self.id2label)]

    def extract(self, texts: Sequence[str], *, deadline: float | None = None) -> list[list[Span]]:
        """Spans for each text; raises :class:`BudgetExceeded` once ``deadline`` has passed between batches."""
        for position, text in enumerate(texts):
            if not isinstance(text, str):
                raise ValueError(f"text {position} is a {type(text).__name__}, not a string")
        if not texts:
            return []
        encoded = self.tokenizer(
            list(texts),
            add_special_tokens=False,
            return_offsets_mapping=True,
            return_attention_mask=False,
            verbose=False,
        )
        ids_per_text: list[list[int]] = encoded["input_ids"]
        offsets_per_text = [
            trim_offsets(text, offsets) for text, offsets in zip(texts, encoded["offset_mapping"], strict=True)
        ]
        windows_per_text = [plan_windows(len(ids), self.window, self.overlap) for ids in ids_per_text]
        jobs = [
            _Window(t, w, start, end)
            for t, windows in enumerate(windows_per_text)
            for w, (start, end) in enumerate(windows)
        ]
        outputs = self._run_windows(jobs, ids_per_text, deadline)

        results = []
        for t, text in enumerate(texts):
            windows = windows_per_text[t]
            if not windows:
                results.append([])
                continue
            probs = stitch([outputs[(t, w)] for w in range(len(windows))], windows, len(ids_per_text[t]))
            content_offsets = [(start, end) for start, end in offsets_per_text[t] if start < end]
            content = [i for i, (start, end) in enumerate(offsets_per_text[t]) if start < end]
            starts = word_starts(text, content_offsets)
            tags, scores = decode_tags(probs[content], self.labels, self.transitions, starts=starts)
            results.append(bio_to_spans(text, content_offsets, tags, scores))
        return results

    def _run_windows(
        self, jobs: list[_Window], ids_per_text: list[list[int]], deadline: float | None
    ) -> dict[tuple[int, int], np.ndarray]:
        """``(text, window) → array[tokens, tags]`` of tag probabilities."""
        import torch

        outputs: dict[tuple[int, int], np.ndarray] = {}
        # Longest first: batches of equal lengths waste nothing on padding.
        ordered = sorted(jobs, key=lambda job: job.end - job.start, reverse=True)
        n_prefix = len(self._prefix)
        with torch.inference_mode():
            for first in range(0, len(ordered), self.batch_size):
                if deadline is not None and time.monotonic() > deadline:
                    raise BudgetExceeded(f"model stopped after {first} of {len(ordered)} windows: deadline passed")
                batch = ordered[first : first + self.batch_size]
                rows = [self._prefix + ids_per_text[j.text][j.start : j.end] + self._suffix for j in batch]
                width = max(len(row) for row in rows)
                input_ids = torch.full((len(rows), width), self._pad_id, dtype=torch.long)
                attention = torch.zeros((len(rows), width), dtype=torch.long)
                for i, row in enumerate(rows):
                    input_ids[i, : len(row)] = torch.tensor(row, dtype=torch.long)
                    attention[i, : len(row)] = 1
                logits = self.model(input_ids=input_ids, attention_mask=attention).logits
                table = torch.softmax(logits.float(), dim=-1).numpy()
                for i, job in enumerate(batch):
                    outputs[(job.text, job.index)] = table[i, n_prefix : n_prefix + job.end - job.start]
        return outputs


def _special_tokens(tokenizer: Any) -> tuple[list[int], list[int]]:
    """The special token ids the tokenizer puts before and after a text (``[CLS]``, ``[SEP]``, ``<s>``…)."""
    encoded = tokenizer("a", add_special_tokens=True, return_special_tokens_mask=True)
    ids, mask = encoded["input_ids"], encoded["special_tokens_mask"]
    content = [i for i, special in enumerate(mask) if not special]
    if not content:
        return [], []
    return list(ids[: content[0]]), list(ids[content[-1] + 1 :])
