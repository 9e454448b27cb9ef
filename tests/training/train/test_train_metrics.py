"""seqeval strict IOB2 metrics for the Trainer."""

from __future__ import annotations

import numpy as np

from training.train.metrics import token_metrics

TAGS = {0: "O", 1: "B-DATE", 2: "I-DATE", 3: "B-AMOUNT", 4: "I-AMOUNT"}


def one_hot(ids):
    return np.eye(5)[np.array(ids)]


def test_perfect_predictions_score_one():
    labels = np.array([[-100, 1, 2, 0, 3, -100]])
    scores = token_metrics(one_hot([[0, 1, 2, 0, 3, 0]]), labels, TAGS)
    assert scores["f1"] == 1.0 and scores["DATE_f1"] == 1.0 and scores["AMOUNT_f1"] == 1.0


def test_strict_mode_rejects_an_entity_without_its_begin_tag():
    labels = np.array([[1, 2, 0]])
    predicted_ids = np.array([[2, 2, 0]])  # I-DATE I-DATE: lenient would accept it
    assert token_metrics(predicted_ids, labels, TAGS)["f1"] == 0.0


def test_probabilities_are_decoded_as_the_tagger_decodes_them():
    labels = np.array([[1, 2, 2, 0]])
    # argmax is B-DATE I-DATE I-AMOUNT O; decoding keeps one DATE entity, as the tagger would
    probs = np.array([[[0, 0.9, 0.05, 0.05, 0], [0, 0, 0.6, 0, 0.4], [0.05, 0, 0.4, 0, 0.55], [1, 0, 0, 0, 0]]])
    assert token_metrics(probs, labels, TAGS)["f1"] == 1.0


def test_ignored_positions_do_not_count():
    labels = np.array([[-100, 1, -100, 0]])
    predicted_ids = np.array([[3, 1, 4, 0]])  # ids, not logits: as the Trainer's preprocessing gives them
    assert token_metrics(predicted_ids, labels, TAGS)["f1"] == 1.0
