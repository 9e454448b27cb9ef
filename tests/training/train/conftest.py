"""Toy data and one tiny trained model for the training tests."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from training.data.formats.jsonl import write_jsonl
from training.train.toy import toy_documents

REPO = Path(__file__).resolve().parents[3]


@pytest.fixture(scope="session", autouse=True)
def _one_thread(one_torch_thread):
    """Every test here trains or runs tiny models (see ``one_torch_thread``)."""


@pytest.fixture(scope="session")
def toy_files(tmp_path_factory) -> dict[str, Path]:
    """Toy train, gold (split into train + dev by the run) and test files."""
    folder = tmp_path_factory.mktemp("toy-data")
    files = {"train": folder / "train.jsonl", "gold": folder / "gold.jsonl", "test": folder / "test.jsonl"}
    write_jsonl(files["train"], toy_documents(160, seed=1, sentences=(3, 16)))
    write_jsonl(files["gold"], toy_documents(20, seed=2, sentences=(3, 16)))
    write_jsonl(files["test"], toy_documents(20, seed=3, sentences=(3, 16)))
    return files


@pytest.fixture(scope="session")
def toy_config(tmp_path_factory, toy_files) -> Path:
    """configs/tiny.yaml with the toy gold (dev held out) and test files, and early stopping on."""
    raw = yaml.safe_load((REPO / "configs" / "tiny.yaml").read_text())
    raw["data"] = {"gold": str(toy_files["gold"]), "holdout": 0.25, "test": str(toy_files["test"])}
    raw["training"].update({"eval_steps": 50, "patience": 3})
    path = tmp_path_factory.mktemp("config") / "toy.yaml"
    path.write_text(yaml.safe_dump(raw))
    return path


@pytest.fixture(scope="session")
def trained_dir(tmp_path_factory, toy_config, toy_files) -> Path:
    """A tiny model trained through the real CLI command."""
    from typer.testing import CliRunner

    from delibner.cli import app

    out = tmp_path_factory.mktemp("runs") / "toy-model"
    result = CliRunner().invoke(
        app, ["train", "--config", str(toy_config), "--data", str(toy_files["train"]), "--out", str(out)]
    )
    assert result.exit_code == 0, result.output
    return out
