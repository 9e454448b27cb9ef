"""Char spans ↔ token IOB2 tags: round trips on gold and synthetic documents, repair, decoding."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from model.span import Span
from model.tagger.alignment import bio_to_spans, decode_tags, spans_to_bio, trim_offsets
from training.data.formats.inline import read_inline
from training.train.tokenizer import train_tokenizer
from training.train.toy import toy_documents

REPO = Path(__file__).resolve().parents[3]
GOLD_DEV = REPO / "annotations" / "gold" / "src" / "dev"
TAGS = ["O", "B-DATE", "I-DATE", "B-AMOUNT", "I-AMOUNT"]


def gold_documents():
    docs = list(read_inline(GOLD_DEV))
    assert docs, f"no gold documents in {GOLD_DEV}"
    return docs


def synthetic_documents(tmp_path_factory):
    from training.train.data import generate_synthetic, read_documents

    return read_documents(generate_synthetic(40, 7, tmp_path_factory.mktemp("synthetic") / "synthetic.jsonl"))


@pytest.fixture(scope="module")
def tokenizer():
    texts = [d.text for d in gold_documents()] + [d.text for d in toy_documents(50)]
    return train_tokenizer(texts, vocab_size=3000)


def round_trip(tokenizer, docs):
    """For each document: the spans read back from the tags of its own spans, and the misaligned ones."""
    encoded = tokenizer([d.text for d in docs], add_special_tokens=False, return_offsets_mapping=True)
    for doc, raw in zip(docs, encoded["offset_mapping"], strict=True):
        offsets = trim_offsets(doc.text, raw)
        tags, misaligned = spans_to_bio(offsets, doc.spans)
        yield doc, bio_to_spans(doc.text, offsets, tags, source="gold"), misaligned


@pytest.mark.parametrize("corpus", ["gold", "synthetic", "toy"])
def test_spans_to_bio_to_spans_is_identity(tokenizer, corpus, tmp_path_factory):
    if corpus == "gold":
        docs = gold_documents()
    elif corpus == "synthetic":
        docs = synthetic_documents(tmp_path_factory)
    else:
        docs = toy_documents(30)
    total = 0
    for doc, back, misaligned in round_trip(tokenizer, docs):
        assert misaligned == []
        assert [(s.start, s.end, s.label) for s in back] == [(s.start, s.end, s.label) for s in doc.spans]
        assert all(s.text == doc.text[s.start : s.end] for s in back)
        total += len(doc.spans)
    assert total > 0


def test_trim_offsets_drops_whitespace_and_empties_space_tokens():
    text = "a \u00a0b\r\n"
    assert trim_offsets(text, [(0, 1), (1, 4), (4, 6), (0, 0)]) == [(0, 1), (3, 4), (6, 6), (0, 0)]


def test_misaligned_span_is_reported_and_still_tagged():
    tags, misaligned = spans_to_bio([(0, 4), (5, 9)], [Span(1, 9, "DATE")])
    assert misaligned == [Span(1, 9, "DATE")]
    assert tags == ["B-DATE", "I-DATE"]


def test_overlapping_spans_are_reported():
    tags, misaligned = spans_to_bio([(0, 4), (5, 9)], [Span(0, 9, "DATE"), Span(5, 9, "AMOUNT")])
    assert tags == ["B-DATE", "I-DATE"]
    assert [s.label for s in misaligned] == ["AMOUNT"]


def test_inside_without_begin_is_repaired_into_an_entity():
    text = "le 12 mars 2023 et 5 €"
    offsets = [(0, 2), (3, 5), (6, 10), (11, 15), (16, 18), (19, 20), (21, 22)]
    tags = ["O", "I-DATE", "I-DATE", "I-DATE", "O", "I-AMOUNT", "I-AMOUNT"]
    spans = bio_to_spans(text, offsets, tags)
    assert [(s.text, s.label) for s in spans] == [("12 mars 2023", "DATE"), ("5 €", "AMOUNT")]


def test_inside_of_another_label_starts_a_new_entity():
    spans = bio_to_spans("a b c", [(0, 1), (2, 3), (4, 5)], ["B-DATE", "I-AMOUNT", "I-AMOUNT"])
    assert [(s.text, s.label) for s in spans] == [("a", "DATE"), ("b c", "AMOUNT")]


def test_entity_score_is_mean_token_probability():
    [span] = bio_to_spans("a b c", [(0, 1), (2, 3), (4, 5)], ["B-DATE", "I-DATE", "O"], [0.9, 0.6, 0.99])
    assert span.score == pytest.approx(0.75)


def test_bytes_of_one_character_never_split_an_entity():
    # an emoji is four byte-level tokens with the same offsets
    text = "x 😀 y"
    offsets = [(0, 1), (2, 3), (2, 3), (2, 3), (2, 3), (4, 5)]
    tags = ["O", "B-DATE", "O", "B-AMOUNT", "I-DATE", "O"]
    assert [(s.start, s.end, s.label) for s in bio_to_spans(text, offsets, tags)] == [(2, 3, "DATE")]


def test_transparent_tokens_do_not_break_an_entity():
    text = "Odile MARCHAND-\nLEROUX"
    offsets = [(0, 5), (6, 14), (14, 15), (16, 16), (16, 22)]
    tags = ["B-OFFICIAL", "I-OFFICIAL", "I-OFFICIAL", None, "I-OFFICIAL"]
    [span] = bio_to_spans(text, offsets, tags)
    assert span.text == text


def test_decode_keeps_well_formed_argmax():
    probs = np.array([[0.9, 0.1, 0, 0, 0], [0.2, 0.7, 0.1, 0, 0], [0.1, 0, 0.8, 0.1, 0]])
    tags, scores = decode_tags(probs, TAGS)
    assert tags == ["O", "B-DATE", "I-DATE"]
    assert scores == pytest.approx([0.9, 0.7, 0.8])


def test_decode_mends_an_uncertain_subword_instead_of_splitting():
    # argmax: B-DATE I-DATE I-AMOUNT — one sub-word leaning the wrong way
    probs = np.array([[0, 0.9, 0.05, 0.05, 0], [0, 0, 0.6, 0, 0.4], [0.05, 0, 0.4, 0, 0.55]])
    tags, _ = decode_tags(probs, TAGS)
    assert tags == ["B-DATE", "I-DATE", "I-DATE"]
    assert len(bio_to_spans("a b c", [(0, 1), (2, 3), (4, 5)], tags)) == 1


def test_decode_never_starts_with_inside():
    probs = np.array([[0.3, 0.1, 0.6, 0, 0], [0.3, 0, 0.7, 0, 0]])
    tags, _ = decode_tags(probs, TAGS)
    assert tags[0] != "I-DATE"
    assert tags[1] in ("I-DATE", "O", "B-DATE")


def test_decode_of_nothing():
    assert decode_tags(np.zeros((0, 5)), TAGS) == ([], [])


def test_transitions_mend_a_name_split_in_two():
    tags = ["O", "B-OFFICIAL", "I-OFFICIAL"]
    # "Clothilde ARNAL": the model hesitates between a new name and the same name at ARNAL
    probs = np.array([[0.99, 0.005, 0.005], [0.01, 0.9, 0.09], [0.01, 0.55, 0.44], [0.999, 0.0005, 0.0005]])
    assert decode_tags(probs, tags)[0] == ["O", "B-OFFICIAL", "B-OFFICIAL", "O"]
    # in training data a name's next word is far more often inside it than a new name
    counts = np.array([[90, 10, 0], [3, 1, 60], [30, 4, 20]]) + 1.0
    transitions = np.log(counts / counts.sum(axis=1, keepdims=True))
    tags_out, scores = decode_tags(probs, tags, transitions)
    assert tags_out == ["O", "B-OFFICIAL", "I-OFFICIAL", "O"]
    assert scores[2] == pytest.approx(0.44)


def test_decoding_by_stretches_equals_one_viterbi_over_everything():
    rng = np.random.default_rng(0)
    tags = ["O", "B-DATE", "I-DATE", "B-AMOUNT", "I-AMOUNT"]
    transitions = np.log(rng.dirichlet(np.ones(5), size=5))
    for _ in range(50):
        probs = rng.dirichlet(np.full(5, 0.3), size=60)
        sure = rng.random(60) < 0.4
        probs[sure] = [0.9999, 0.000025, 0.000025, 0.000025, 0.000025]
        by_stretches = decode_tags(probs, tags, transitions)[0]
        everything = decode_tags(probs, tags, transitions, sure_outside=1.1)[0]  # no token is "sure"
        assert by_stretches == everything
