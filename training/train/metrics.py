"""seqeval strict IOB2 scores of token predictions, for the Trainer's evaluation.

Example:
    >>> import numpy as np
    >>> labels = np.array([[-100, 1, 2, 0, -100]])
    >>> probs = np.eye(3)[[[0, 1, 2, 0, 0]]]
    >>> scores = token_metrics(probs, labels, {0: "O", 1: "B-OFFICIAL", 2: "I-OFFICIAL"})
    >>> scores["f1"], scores["OFFICIAL_f1"]
    (1.0, 1.0)
"""

from __future__ import annotations

from typing import Any

import numpy as np


def tag_sequences(
    scores: np.ndarray,
    labels: np.ndarray,
    id2label: dict[int, str],
    transitions: np.ndarray | None = None,
    word_starts: list[np.ndarray] | None = None,
) -> tuple[list[list[str]], list[list[str]]]:
    """Gold and predicted tag sequences over the positions whose label is not ``-100``.

    ``scores`` are per-tag probabilities (or logits): predictions are decoded
    as the tagger decodes them (:func:`model.tagger.alignment.decode_tags`:
    well-formed IOB2, ``transitions``, once per word given ``word_starts`` per
    row), so the dev score the Trainer watches is the one users get.
    They may also be predicted ids already (one dimension fewer), used as they are.
    """
    from model.tagger.alignment import decode_tags

    tags = [id2label[i] for i in range(len(id2label))]
    gold, pred = [], []
    for row, (row_scores, row_gold) in enumerate(zip(scores, labels, strict=True)):
        keep = row_gold != -100
        gold.append([id2label[int(i)] for i in row_gold[keep]])
        if scores.ndim == labels.ndim:
            pred.append([id2label.get(int(i), "O") for i in row_scores[keep]])
            continue
        starts = None
        if word_starts is not None:
            starts = np.ones(len(row_gold), dtype=bool)  # rows are padded to the longest of the set
            starts[: len(word_starts[row])] = word_starts[row]
            starts = starts[keep]
        pred.append(decode_tags(_as_probabilities(row_scores[keep]), tags, transitions, starts=starts)[0])
    return gold, pred


def _as_probabilities(scores: np.ndarray) -> np.ndarray:
    if scores.size and np.all(scores >= 0) and np.allclose(scores.sum(axis=-1), 1.0, atol=1e-3):
        return scores
    shifted = np.exp(scores - scores.max(axis=-1, keepdims=True))
    return shifted / shifted.sum(axis=-1, keepdims=True)


def token_metrics(
    logits: np.ndarray,
    labels: np.ndarray,
    id2label: dict[int, str],
    transitions: np.ndarray | None = None,
    word_starts: list[np.ndarray] | None = None,
) -> dict[str, float]:
    """Micro precision/recall/F1, macro F1 and per-label F1 (seqeval, strict mode, IOB2)."""
    from seqeval.metrics import classification_report
    from seqeval.scheme import IOB2

    gold, pred = tag_sequences(logits, labels, id2label, transitions, word_starts)
    report: dict[str, Any] = classification_report(
        gold, pred, mode="strict", scheme=IOB2, output_dict=True, zero_division=0
    )
    micro = report.get("micro avg", {})
    scores = {
        "precision": float(micro.get("precision", 0.0)),
        "recall": float(micro.get("recall", 0.0)),
        "f1": float(micro.get("f1-score", 0.0)),
        "macro_f1": float(report.get("macro avg", {}).get("f1-score", 0.0)),
    }
    for label, values in report.items():
        if label not in ("micro avg", "macro avg", "weighted avg"):
            scores[f"{label}_f1"] = float(values["f1-score"])
    return scores


def probabilities(logits: Any, labels: Any) -> Any:
    """``preprocess_logits_for_metrics`` for the Trainer: per-tag probabilities, in float32."""
    return logits.float().softmax(dim=-1)


def compute_metrics_for(
    id2label: dict[int, str], transitions: np.ndarray | None = None, word_starts: list[np.ndarray] | None = None
) -> Any:
    """A ``compute_metrics`` callable for ``transformers.Trainer`` (decoding as the tagger does).

    ``word_starts`` holds one mask per evaluation example, in dataset order.
    """

    def compute_metrics(prediction: Any) -> dict[str, float]:
        predictions, labels = np.asarray(prediction.predictions), np.asarray(prediction.label_ids)
        return token_metrics(predictions, labels, id2label, transitions, word_starts)

    return compute_metrics
