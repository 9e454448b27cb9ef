"""The project's byte-level tokenizer: nothing unknown, offsets on the raw string, boundaries kept."""

from __future__ import annotations

from itertools import pairwise

import pytest

from training.train.tokenizer import train_tokenizer
from training.train.toy import toy_documents


@pytest.fixture(scope="module")
def tokenizer():
    return train_tokenizer([d.text for d in toy_documents(80, seed=4)], vocab_size=600)


ODD = "Émoji 😀, 中文, Ελληνικά, \x00\x07 contrôle,\u00a0insécable\u202fétroite\r\nfin\ttab ﬁn \u200b ¹²"


def test_no_input_maps_to_the_unknown_token(tokenizer):
    ids = tokenizer(ODD, add_special_tokens=False)["input_ids"]
    assert tokenizer.unk_token_id not in ids
    assert len(ids) > 0


def test_offsets_index_the_raw_string(tokenizer):
    encoded = tokenizer(ODD, add_special_tokens=False, return_offsets_mapping=True)
    offsets = encoded["offset_mapping"]
    assert all(0 <= start <= end <= len(ODD) for start, end in offsets)
    assert all(a[0] <= b[0] for a, b in pairwise(offsets))
    covered = {i for start, end in offsets for i in range(start, end)}
    # every visible character is covered by a token (zero-width and control characters may be dropped)
    visible = {i for i, c in enumerate(ODD) if c.isprintable() and not c.isspace() and c != "\u200b"}
    assert visible <= covered


@pytest.mark.parametrize(
    ("text", "boundary"),
    [("n°2023-045", 2), ("l'article", 2), ("45 €/jour", 4), ("(CGCT)", 1), ("R. 4311-9¹ ;", 9), ("DUPONT,", 6)],
)
def test_entity_boundaries_fall_between_tokens(tokenizer, text, boundary):
    offsets = tokenizer(text, add_special_tokens=False, return_offsets_mapping=True)["offset_mapping"]
    edges = {start for start, _ in offsets} | {end for _, end in offsets}
    assert boundary in edges


def test_special_tokens_wrap_a_text(tokenizer):
    ids = tokenizer("Vu")["input_ids"]
    assert ids[0] == tokenizer.cls_token_id and ids[-1] == tokenizer.sep_token_id


def test_saved_tokenizer_reloads_identically(tokenizer, tmp_path):
    from transformers import AutoTokenizer

    tokenizer.save_pretrained(tmp_path)
    again = AutoTokenizer.from_pretrained(tmp_path)
    assert again.is_fast
    assert (
        again(ODD, return_offsets_mapping=True)["offset_mapping"]
        == tokenizer(ODD, return_offsets_mapping=True)["offset_mapping"]
    )
