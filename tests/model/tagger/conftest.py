"""Tiny models for the tagger tests: one trained on the toy corpus, one random, both built here."""

from __future__ import annotations

from pathlib import Path

import pytest

from training.data.formats.jsonl import write_jsonl
from training.train import toy
from training.train.config import load_config
from training.train.toy import toy_documents

REPO = Path(__file__).resolve().parents[3]


@pytest.fixture(scope="session", autouse=True)
def _one_thread(one_torch_thread):
    """Every test here trains or runs tiny models (see ``one_torch_thread``)."""


@pytest.fixture(scope="session")
def toy_model_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A tiny model trained on the toy corpus with ``configs/tiny.yaml`` (a few seconds)."""
    from training.train.run import train

    work = tmp_path_factory.mktemp("toy-model")
    data = work / "toy.jsonl"
    write_jsonl(data, toy_documents(200, seed=1, sentences=(3, 16)))
    train(load_config(REPO / "configs" / "tiny.yaml"), work / "model", data_files=[data], log=lambda _: None)
    return work / "model"


@pytest.fixture(scope="session")
def toy_tagger(toy_model_dir: Path):
    from model.tagger import load_tagger

    return load_tagger(toy_model_dir, precision="fp32")


def save_random_model(folder: Path, *, labels: list[str] | None = None, window: int = 30) -> Path:
    """An untrained tiny BERT and a toy tokenizer saved as a model directory (no metrics, no card)."""
    texts = [d.text for d in toy_documents(50, seed=5)]
    return toy.save_random_model(folder, texts, labels=labels, window=window, vocab_size=500)


@pytest.fixture
def make_random_model():
    """``save_random_model`` (a factory: folder, labels=…, window=…)."""
    return save_random_model


@pytest.fixture
def random_model_dir(tmp_path: Path) -> Path:
    return save_random_model(tmp_path / "random-model")
