"""Documents → windows of token and label ids; alignment counted on gold and synthetic data."""

from __future__ import annotations

from pathlib import Path

import pytest

from model.labels import bio_tags
from training.train.data import read_documents, split_holdout
from training.train.dataset import ID2LABEL, IGNORE, build_dataset_dict, encode_documents
from training.train.tokenizer import train_tokenizer
from training.train.toy import toy_documents

REPO = Path(__file__).resolve().parents[3]


@pytest.fixture(scope="module")
def gold():
    return read_documents(REPO / "annotations" / "gold" / "src" / "dev")


@pytest.fixture(scope="module")
def tokenizer(gold):
    return train_tokenizer([d.text for d in gold[:20]], vocab_size=3000)


def test_every_gold_span_aligns_to_tokens(gold, tokenizer):
    _, report = encode_documents(gold, tokenizer, window=254, overlap=32)
    assert report.spans > 1000
    assert report.misaligned == 0, report.examples


def test_windows_carry_labels_with_specials_and_spaces_ignored(tokenizer):
    docs = toy_documents(5, seed=3, sentences=(20, 30))
    rows, _ = encode_documents(docs, tokenizer, window=40, overlap=8)
    assert len(rows) > len(docs)
    for row in rows:
        assert len(row["input_ids"]) == len(row["labels"]) == len(row["attention_mask"]) <= 42
        assert row["input_ids"][0] == tokenizer.cls_token_id and row["labels"][0] == IGNORE
        assert row["labels"][-1] == IGNORE
        assert all(label == IGNORE or ID2LABEL[label] in bio_tags() for label in row["labels"])
    assert any(ID2LABEL.get(label, "").startswith("B-") for row in rows for label in row["labels"])


def test_misaligned_spans_are_counted_not_lost(tokenizer):
    from model.document import Document
    from model.span import Span

    doc = Document("d", "Séance du 12 mars 2023", [Span(11, 22, "DATE")])  # starts inside "12"
    _, report = encode_documents([doc], tokenizer, window=254, overlap=0)
    assert report.misaligned == 1 and report.by_label["DATE"] == 1
    assert "d [11:22] DATE" in report.examples[0]


def test_dataset_dict_has_one_split_per_non_empty_role(tokenizer):
    rows, _ = encode_documents(toy_documents(4), tokenizer, window=64, overlap=8)
    dataset = build_dataset_dict({"train": rows, "validation": []})
    assert list(dataset) == ["train"]
    assert set(dataset["train"].column_names) == {"input_ids", "attention_mask", "labels"}


def test_holdout_split_is_seeded_and_disjoint(gold):
    kept, held = split_holdout(gold, 0.25, seed=13)
    _, held_again = split_holdout(list(reversed(gold)), 0.25, seed=13)
    assert [d.id for d in held] == [d.id for d in held_again]
    assert not {d.id for d in kept} & {d.id for d in held}
    assert len(held) == round(len(gold) * 0.25)


def test_tag_bigrams_are_counted_over_tagged_tokens(tokenizer):
    import numpy as np

    from training.train.dataset import LABEL2ID, transition_log_probs

    bigrams = np.zeros((len(LABEL2ID), len(LABEL2ID)), dtype=np.int64)
    docs = toy_documents(10, seed=8)
    encode_documents(docs, tokenizer, window=64, overlap=8, pack=True, bigrams=bigrams)
    o, b_date, i_date = LABEL2ID["O"], LABEL2ID["B-DATE"], LABEL2ID["I-DATE"]
    assert bigrams[b_date, i_date] > 0 and bigrams[o, b_date] > 0
    assert bigrams[o, i_date] == 0  # never in well-formed data
    log_probs = transition_log_probs(bigrams)
    assert np.allclose(np.exp(log_probs).sum(axis=1), 1.0)
    assert log_probs[b_date, i_date] > log_probs[b_date, b_date]
