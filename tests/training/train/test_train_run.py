"""The training command end to end, on tiny models: learn, write, reload, fine-tune, refuse, promote."""

from __future__ import annotations

import json
import random
import subprocess
import sys
from pathlib import Path

from typer.testing import CliRunner

from delibner.cli import app
from model.labels import LABELS, bio_tags
from model.tagger import load_tagger
from training.train.toy import toy_text

REPO = Path(__file__).resolve().parents[3]


def test_tiny_model_learns_the_toy_pattern(trained_dir):
    tagger = load_tagger(trained_dir)
    text, gold = toy_text(random.Random(1234), 10)
    [spans] = tagger.extract([text])
    predicted = {(s.start, s.end, s.label) for s in spans}
    assert len(predicted & {(s.start, s.end, s.label) for s in gold}) >= 8
    assert ("DELIB_ID", "DEL-2021-044") in {
        (s.label, s.text) for s in tagger.extract(["Vu la délibération n° DEL-2021-044."])[0]
    }


def test_decoding_uses_the_tag_transitions_of_the_training_data(trained_dir):
    tagger = load_tagger(trained_dir)
    assert tagger.transitions is not None and tagger.transitions.shape == (len(bio_tags()),) * 2
    meta = json.loads((trained_dir / "delibner.json").read_text())
    assert meta["transitions"]["tags"] == bio_tags()
    no_transitions = dict(meta, transition_weight=0)
    (trained_dir / "delibner.json").write_text(json.dumps(no_transitions))
    try:
        assert load_tagger(trained_dir).transitions is None
    finally:
        (trained_dir / "delibner.json").write_text(json.dumps(meta))


def test_model_directory_is_self_contained(trained_dir):
    names = {p.name for p in trained_dir.iterdir()}
    assert {"config.json", "model.safetensors", "tokenizer.json", "tokenizer_config.json"} <= names
    assert {"metrics.json", "README.md", "delibner.json"} <= names
    assert not any(name.endswith((".bin", ".pt", ".pkl")) for name in names)
    config = json.loads((trained_dir / "config.json").read_text())
    assert [config["id2label"][str(i)] for i in range(len(config["id2label"]))] == bio_tags()


def test_metrics_give_per_label_scores_on_dev_and_test(trained_dir):
    metrics = json.loads((trained_dir / "metrics.json").read_text())
    for role in ("dev", "test"):
        strict = metrics[role]["strict"]
        assert set(strict["per_label"]) <= set(LABELS) and "DATE" in strict["per_label"]
        assert {"precision", "recall", "f1"} <= set(strict["per_label"]["DATE"])
        assert 0.5 < strict["micro"]["f1"] <= 1.0


def test_model_card_describes_data_sizes_hyperparameters_scores_and_limits(trained_dir):
    card = (trained_dir / "README.md").read_text()
    for heading in (
        "## Model",
        "## Data",
        "## Training",
        "## Scores",
        "### dev",
        "### test",
        "## Intended use",
        "## Limits",
    ):
        assert heading in card
    meta = json.loads((trained_dir / "delibner.json").read_text())
    assert f"{meta['parameters']:,} parameters" in card
    assert "delibner train --config" in card
    assert meta["alignment"]["misaligned"] == 0


def test_save_load_round_trip_matches_the_reported_dev_scores(trained_dir, toy_files):
    from training.train.data import RunData, read_documents
    from training.train.run import evaluate_dir

    metrics = json.loads((trained_dir / "metrics.json").read_text())
    test_docs = read_documents(toy_files["test"])
    again = evaluate_dir(trained_dir, RunData(test=test_docs), log=lambda _: None)
    assert again["test"]["strict"] == metrics["test"]["strict"]


def test_same_seed_same_model(tmp_path, toy_files):
    from training.train.config import load_config
    from training.train.run import train

    config = load_config(REPO / "configs" / "tiny.yaml")
    config.training.max_steps = 20
    runs = [train(config, tmp_path / name, data_files=[toy_files["train"]], log=lambda _: None) for name in ("a", "b")]
    weights = [(run.out / "model.safetensors").read_bytes() for run in runs]
    assert weights[0] == weights[1]


def test_fine_tuning_a_local_checkpoint_uses_the_same_path(tmp_path, toy_files):
    from transformers import AutoConfig, AutoModelForTokenClassification

    from training.train.tokenizer import train_tokenizer
    from training.train.toy import toy_documents

    base = tmp_path / "tiny-base"
    tokenizer = train_tokenizer([d.text for d in toy_documents(100, seed=9)], vocab_size=800)
    config = AutoConfig.for_model(
        "bert", vocab_size=len(tokenizer), hidden_size=32, num_hidden_layers=2, num_attention_heads=2,
        intermediate_size=64, max_position_embeddings=128, type_vocab_size=1, num_labels=3,
    )  # fmt: skip
    AutoModelForTokenClassification.from_config(config).save_pretrained(base)
    tokenizer.save_pretrained(base)

    out = tmp_path / "fine-tuned"
    result = CliRunner().invoke(
        app,
        ["train", "--config", str(REPO / "configs/tiny.yaml"), "--data", str(toy_files["train"]),
         "--base", str(base), "--out", str(out)],
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    assert "fine-tuning" in result.output
    tagger = load_tagger(out)
    assert tagger.labels == bio_tags()
    assert json.loads((out / "delibner.json").read_text())["base"] == str(base)
    text, gold = toy_text(random.Random(77), 8)
    predicted = {(s.start, s.end, s.label) for s in tagger.extract([text])[0]}
    assert len(predicted & {(s.start, s.end, s.label) for s in gold}) >= 4


def test_existing_output_is_never_overwritten(trained_dir, toy_config):
    before = (trained_dir / "model.safetensors").read_bytes()
    result = CliRunner().invoke(app, ["train", "--config", str(toy_config), "--out", str(trained_dir)])
    assert result.exit_code != 0
    assert "already exists" in str(result.exception)
    assert (trained_dir / "model.safetensors").read_bytes() == before


def test_shipped_model_folder_is_refused_as_output(toy_config):
    result = CliRunner().invoke(app, ["train", "--config", str(toy_config), "--out", str(REPO / "model" / "default")])
    assert result.exit_code != 0
    assert "shipped model" in str(result.exception)


def test_user_errors_are_clean_messages_not_tracebacks(tmp_path, toy_config):
    command = [sys.executable, "-m", "delibner", "train", "--config", str(toy_config),
               "--data", str(tmp_path / "missing.jsonl"), "--out", str(tmp_path / "out")]  # fmt: skip
    done = subprocess.run(command, capture_output=True, text=True, cwd=REPO, timeout=120)
    assert done.returncode == 2
    assert "missing.jsonl does not exist" in done.stderr
    assert "Traceback" not in done.stderr


def test_promote_and_info_through_the_cli(trained_dir, tmp_path, monkeypatch):
    monkeypatch.setenv("DELIBNER_HOME", str(tmp_path / "home"))
    runner = CliRunner()
    promoted = runner.invoke(app, ["model", "promote", str(trained_dir)])
    assert promoted.exit_code == 0, promoted.output
    info = runner.invoke(app, ["model", "info"])
    assert info.exit_code == 0, info.output
    version = json.loads((trained_dir / "delibner.json").read_text())["version"]
    assert version in info.output and "strict micro-F1" in info.output
    as_json = json.loads(runner.invoke(app, ["model", "info", "--json"]).output)
    assert as_json["meta"]["version"] == version


def test_promote_refuses_an_incomplete_directory(tmp_path, monkeypatch):
    monkeypatch.setenv("DELIBNER_HOME", str(tmp_path / "home"))
    (tmp_path / "half").mkdir()
    (tmp_path / "half" / "config.json").write_text("{}")
    result = CliRunner().invoke(app, ["model", "promote", str(tmp_path / "half")])
    assert result.exit_code != 0
    assert "model.safetensors is missing" in str(result.exception)
    assert not (tmp_path / "home" / "current").exists()


def test_time_budget_stops_training(tmp_path, toy_files):
    from training.train.config import load_config
    from training.train.run import train

    config = load_config(REPO / "configs" / "tiny.yaml")
    config.training.max_steps = 10_000
    config.training.time_budget_minutes = 0.0001
    result = train(config, tmp_path / "short", data_files=[toy_files["train"]], log=lambda _: None)
    assert result.meta["steps"] < 10
