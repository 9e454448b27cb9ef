"""Character spans ↔ token-level IOB2 tags, over sub-word tokens with offsets.

Tokens are given by their ``(start, end)`` character offsets into the raw
text. A token that covers only whitespace (or special tokens, ``(0, 0)``) is
*transparent*: it carries no tag (``None``) and an entity runs across it.

Example:
    >>> text = "Vu la délibération n° DEL-2022-114 du 12 mars 2023"
    >>> offsets = trim_offsets(text, [(0, 2), (2, 5), (5, 18), (18, 20), (20, 21), (21, 25),
    ...     (25, 26), (26, 30), (30, 31), (31, 34), (34, 37), (37, 40), (40, 45), (45, 50)])
    >>> tags, misaligned = spans_to_bio(offsets, [Span(22, 34, "DELIB_ID"), Span(38, 50, "DATE")])
    >>> tags[5:11], misaligned
    (['B-DELIB_ID', 'I-DELIB_ID', 'I-DELIB_ID', 'I-DELIB_ID', 'I-DELIB_ID', 'O'], [])
    >>> [(s.text, s.label) for s in bio_to_spans(text, offsets, tags)]
    [('DEL-2022-114', 'DELIB_ID'), ('12 mars 2023', 'DATE')]
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence

import numpy as np

from model.span import Span

Offsets = Sequence[tuple[int, int]]


def trim_offsets(text: str, offsets: Offsets) -> list[tuple[int, int]]:
    """Offsets shrunk so that no token starts or ends on whitespace (all-space tokens become empty).

    >>> trim_offsets(" a\\n", [(0, 2), (2, 3)])
    [(1, 2), (3, 3)]
    """
    trimmed = []
    for start, end in offsets:
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        trimmed.append((start, end) if start < end else (end, end))
    return trimmed


def spans_to_bio(offsets: Offsets, spans: Sequence[Span]) -> tuple[list[str | None], list[Span]]:
    """IOB2 tag per token (``None`` for empty tokens) and the spans that do not align exactly.

    A span aligns when its start is the start of a token and its end the end of
    a token, and it shares no token with another span. A misaligned span is
    still tagged on the tokens it overlaps (unless they belong to another span)
    and is returned so that the caller can count and report it.

    >>> spans_to_bio([(0, 2), (3, 7)], [Span(0, 5, "DATE")])
    (['B-DATE', 'I-DATE'], [Span(start=0, end=5, label='DATE', text='', score=1.0, source='gold', normalized=None)])
    """
    tags: list[str | None] = [None if start >= end else "O" for start, end in offsets]
    content = [i for i, (start, end) in enumerate(offsets) if start < end]
    starts = [offsets[i][0] for i in content]
    ends = [offsets[i][1] for i in content]
    misaligned: list[Span] = []
    for span in sorted(spans, key=lambda s: (s.start, s.end)):
        # content tokens overlapping [span.start, span.end): ends > span.start and starts < span.end
        first = bisect_right(ends, span.start)
        last = bisect_left(starts, span.end)
        covered = content[first:last]
        exact = bool(covered) and starts[first] == span.start and ends[last - 1] == span.end
        free = [i for i in covered if tags[i] == "O"]
        if not exact or len(free) < len(covered):
            misaligned.append(span)
        for position, i in enumerate(free):
            tags[i] = f"{'B' if position == 0 else 'I'}-{span.label}"
    return tags, misaligned


def bio_to_spans(
    text: str,
    offsets: Offsets,
    tags: Sequence[str | None],
    scores: Sequence[float] | None = None,
    *,
    source: str = "model",
) -> list[Span]:
    """Entities read off IOB2 tags, repairing ill-formed sequences; score = mean token probability.

    ``None`` tags and empty tokens are transparent. An ``I-X`` that does not
    continue an ``X`` entity starts one (the usual repair: it is read as ``B-X``).
    Tokens sharing one character (the bytes of an emoji) extend the entity
    without splitting it.

    >>> bio_to_spans("a bc d", [(0, 1), (2, 4), (5, 6)], ["I-DATE", "I-DATE", "B-AMOUNT"], [0.5, 1.0, 0.8])
    [Span(start=0, end=4, label='DATE', text='a bc', score=0.75, source='model', normalized=None), \
Span(start=5, end=6, label='AMOUNT', text='d', score=0.8, source='model', normalized=None)]
    """
    spans: list[Span] = []
    label: str | None = None
    start = end = 0
    probs: list[float] = []

    def close() -> None:
        if label is not None and end > start:
            score = sum(probs) / len(probs) if probs else 1.0
            spans.append(Span(start, end, label, text=text[start:end], score=round(score, 4), source=source))

    for i, ((tok_start, tok_end), tag) in enumerate(zip(offsets, tags, strict=True)):
        if tag is None or tok_start >= tok_end:
            continue
        prob = scores[i] if scores is not None else 1.0
        prefix, _, name = tag.partition("-")
        same_character = label is not None and tok_start < end  # e.g. the later bytes of an emoji
        if same_character or (label is not None and prefix == "I" and name == label):
            end = max(end, tok_end)
            probs.append(prob)
            continue
        close()
        if tag == "O" or prefix not in ("B", "I") or not name:
            label = None
            continue
        label, start, end, probs = name, tok_start, tok_end, [prob]
    close()
    return spans


def allowed_transitions(tags: Sequence[str]) -> np.ndarray:
    """``allowed[i, j]``: tag ``j`` may follow tag ``i`` in IOB2 (``I-X`` only after ``B-X`` or ``I-X``).

    >>> allowed_transitions(["O", "B-DATE", "I-DATE"]).astype(int).tolist()
    [[1, 1, 0], [1, 1, 1], [1, 1, 1]]
    """
    inside_of = [tag[2:] if tag.startswith("I-") else None for tag in tags]
    return np.array(
        [[inside_of[j] is None or previous[2:] == inside_of[j] for j in range(len(tags))] for previous in tags]
    )


def word_starts(text: str, offsets: Offsets) -> np.ndarray:
    """For each token, whether it starts a word: ``False`` when it continues the previous token's
    run of letters or of digits (same offset, letter next to letter or digit next to digit).

    No entity of the guidelines starts or ends inside such a run, so decoding
    decides once per word. The first token always starts a word.

    >>> word_starts("DIAKITÉ, 2024", [(0, 3), (3, 7), (7, 8), (9, 11), (11, 13)]).tolist()
    [True, False, True, True, False]
    """
    starts = np.ones(len(offsets), dtype=bool)
    for i in range(1, len(offsets)):
        start = offsets[i][0]
        if start == offsets[i - 1][1] and 0 < start < len(text):
            left, right = text[start - 1], text[start]
            if (left.isalpha() and right.isalpha()) or (left.isdigit() and right.isdigit()):
                starts[i] = False
    return starts


def decode_tags(
    probs: np.ndarray,
    tags: Sequence[str],
    transitions: np.ndarray | None = None,
    *,
    starts: np.ndarray | None = None,
    sure_outside: float = 0.999,
) -> tuple[list[str], list[float]]:
    """Best well-formed IOB2 tag sequence from per-token distributions, and each chosen tag's probability.

    Without ``transitions``, the argmax tag is kept wherever it is
    well-formed, and each ill-formed run of non-``O`` argmax tokens (an
    ``I-X`` not following ``B-X``/``I-X``) is re-decoded by a constrained
    Viterbi, so an entity is not broken by one uncertain sub-word.

    With ``transitions`` (``[previous, next]`` log-probabilities of tag
    bigrams, estimated on the training labels), the path maximises
    ``Σ log p(tag | text) + Σ transitions`` over well-formed paths — the
    decoding of a CRF, with the model's distributions as emissions. It is run
    on the stretches between tokens the model is sure are ``O`` (probability
    ≥ ``sure_outside``), which changes nothing in practice and keeps it fast.

    With ``starts`` (see :func:`word_starts`), tags are decided once per word,
    from its first token, and the word's other tokens follow it (``I-X``
    inside an entity, ``O`` outside): an entity never ends inside a word.

    >>> tags = ["O", "B-DATE", "I-DATE", "B-AMOUNT", "I-AMOUNT"]
    >>> probs = np.array([[.1, .8, 0, .1, 0], [.1, 0, .5, 0, .4], [.1, 0, .3, 0, .6]])
    >>> decode_tags(probs, tags)[0]
    ['B-DATE', 'I-DATE', 'I-DATE']
    >>> two_dates = np.array([[0, .9, .1, 0, 0], [0, .6, .4, 0, 0]])
    >>> decode_tags(two_dates, tags)[0]
    ['B-DATE', 'B-DATE']
    >>> transitions = np.log(np.full((5, 5), 0.2))
    >>> transitions[1, 1], transitions[1, 2] = np.log(0.01), np.log(0.9)  # a date rarely follows a date
    >>> decode_tags(two_dates, tags, transitions)[0]
    ['B-DATE', 'I-DATE']
    >>> cut_word = np.array([[0, .9, .1, 0, 0], [.7, 0, .3, 0, 0]])  # "DIAK" + "ITÉ": the tail leans to O
    >>> decode_tags(cut_word, tags, starts=np.array([True, False]))[0]
    ['B-DATE', 'I-DATE']
    """
    n = len(probs)
    if n == 0:
        return [], []
    if starts is not None and not starts.all():
        starts = np.asarray(starts, dtype=bool).copy()
        starts[0] = True  # a window may begin inside a word
        first = np.flatnonzero(starts)
        word_tags, _ = decode_tags(probs[first], tags, transitions, sure_outside=sure_outside)
        word_of = np.cumsum(starts) - 1
        expanded = [
            word_tags[w] if starts[i] or word_tags[w] == "O" else f"I-{word_tags[w][2:]}"
            for i, w in enumerate(word_of.tolist())
        ]
        index = {tag: k for k, tag in enumerate(tags)}
        chosen = probs[np.arange(n), [index[tag] for tag in expanded]]
        return expanded, chosen.tolist()
    allowed = allowed_transitions(tags)
    outside = tags.index("O")
    log_probs = np.log(np.clip(probs, 1e-12, None))
    if transitions is None:
        best = probs.argmax(axis=1)
        matrix = np.where(allowed, 0.0, -np.inf)
        stretches = [(i, j) for i, j in _runs(best != outside) if not _well_formed(best[i:j], allowed, outside)]
    else:
        best = np.full(n, outside)
        matrix = np.where(allowed, transitions, -np.inf)
        stretches = _runs(probs[:, outside] < sure_outside)
    for i, j in stretches:
        best[i:j] = _viterbi(log_probs[i:j], matrix, outside, closed=j < n)
    chosen = probs[np.arange(n), best]
    return [tags[k] for k in best], chosen.tolist()


def _runs(mask: np.ndarray) -> list[tuple[int, int]]:
    """``[start, end)`` of each maximal run of ``True`` in ``mask``."""
    edges = np.diff(np.concatenate(([0], mask.astype(np.int8), [0])))
    return list(zip(np.flatnonzero(edges == 1).tolist(), np.flatnonzero(edges == -1).tolist(), strict=True))


def _well_formed(run: np.ndarray, allowed: np.ndarray, outside: int) -> bool:
    previous = outside
    for tag in run:
        if not allowed[previous, tag]:
            return False
        previous = tag
    return True


def _viterbi(log_probs: np.ndarray, matrix: np.ndarray, outside: int, *, closed: bool) -> np.ndarray:
    """Best path through a stretch entered from ``O`` (and, if ``closed``, left into ``O``)."""
    n = len(log_probs)
    score = matrix[outside] + log_probs[0]
    back = np.zeros((n, len(matrix)), dtype=np.int64)
    for t in range(1, n):
        candidates = score[:, None] + matrix
        back[t] = candidates.argmax(axis=0)
        score = candidates.max(axis=0) + log_probs[t]
    if closed:
        score = score + matrix[:, outside]
    path = np.empty(n, dtype=np.int64)
    path[-1] = int(score.argmax())
    for t in range(n - 1, 0, -1):
        path[t - 1] = back[t, path[t]]
    return path
