"""The shipped gold corpus: each compiled JSONL is exactly its hand-written sources, valid and lint-clean,
and the splits share no document and no issuer."""

from __future__ import annotations

from pathlib import Path

import pytest

from training.data import read_documents
from training.data.lint import lint
from training.data.validate import load

GOLD = Path(__file__).resolve().parents[3] / "annotations" / "gold"
SPLITS = sorted(path.stem for path in GOLD.glob("*.jsonl"))


def _key(doc):
    return doc.id, doc.text, [(s.start, s.end, s.label) for s in doc.spans], doc.meta


@pytest.mark.parametrize("split", SPLITS)
def test_compiled_split_is_its_sources(split):
    compiled = sorted(map(_key, read_documents(GOLD / f"{split}.jsonl")))
    sources = sorted(map(_key, read_documents(GOLD / "src" / split)))
    assert compiled == sources, f"rebuild with: delibner data convert annotations/gold/src/{split} {split}.jsonl"


@pytest.mark.parametrize("split", SPLITS)
def test_split_is_valid_and_lint_clean(split):
    loaded = load(GOLD / f"{split}.jsonl", None)
    assert not loaded.problems
    assert [str(f) for f in lint(loaded.documents, loaded.origins)] == []


def test_splits_share_no_document_and_no_issuer():
    assert {"dev", "test"} <= set(SPLITS)
    seen_ids: dict[str, str] = {}
    seen_issuers: dict[str, str] = {}
    for split in SPLITS:
        for doc in read_documents(GOLD / f"{split}.jsonl"):
            assert seen_ids.setdefault(doc.id, split) == split, f"{doc.id} in {seen_ids[doc.id]} and {split}"
            issuer = doc.meta["issuer"]
            assert seen_issuers.setdefault(issuer, split) == split, f"{issuer} in {seen_issuers[issuer]} and {split}"
