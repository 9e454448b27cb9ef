"""Tiny models for the tagger tests: one trained on the toy corpus, one random, both built here."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from training.data.formats.jsonl import write_jsonl
from training.train.config import load_config
from training.train.toy import toy_documents

REPO = Path(__file__).resolve().parents[3]


@pytest.fixture(scope="session", autouse=True)
def _one_thread():
    """Tiny models run fastest on one thread, and the test machine's cores are shared."""
    import torch

    os.environ["TOKENIZERS_PARALLELISM"] = "false"
    threads = torch.get_num_threads()
    torch.set_num_threads(1)
    yield
    torch.set_num_threads(threads)


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
    from transformers import AutoConfig, AutoModelForTokenClassification

    from model.labels import bio_tags
    from training.train.tokenizer import train_tokenizer

    tags = labels or bio_tags()
    tokenizer = train_tokenizer([d.text for d in toy_documents(50, seed=5)], vocab_size=500)
    config = AutoConfig.for_model(
        "bert", vocab_size=len(tokenizer), hidden_size=16, num_hidden_layers=1, num_attention_heads=2,
        intermediate_size=32, max_position_embeddings=window + 2, type_vocab_size=1,
        id2label=dict(enumerate(tags)), label2id={t: i for i, t in enumerate(tags)},
    )  # fmt: skip
    model = AutoModelForTokenClassification.from_config(config)
    model.save_pretrained(folder)
    tokenizer.save_pretrained(folder)
    return folder


@pytest.fixture
def make_random_model():
    """``save_random_model`` (a factory: folder, labels=…, window=…)."""
    return save_random_model


@pytest.fixture
def random_model_dir(tmp_path: Path) -> Path:
    return save_random_model(tmp_path / "random-model")
