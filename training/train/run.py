"""One training run: documents → tokenizer → windows → ``Trainer`` → a self-contained model directory.

From scratch (the default: a small BERT and a byte-level BPE trained here) or
fine-tuning any Hugging Face checkpoint (``base``: a name or a local path) —
the same code path after the model and tokenizer are made. The output is
written to a staging folder and renamed into place when complete; an existing
non-empty directory is refused, so the model in use is never overwritten.

Example:
    >>> check_output_dir(Path("model/default"))
    Traceback (most recent call last):
    ...
    ValueError: refusing to write into the shipped model folder model/default; give a new directory
"""

from __future__ import annotations

import json
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from model.registry import SHIPPED_MODEL, promoted_model
from training.train.build import model_and_tokenizer, position_limit
from training.train.card import model_card, write_json
from training.train.config import Config
from training.train.data import RunData, collect
from training.train.dataset import LABEL2ID, build_dataset_dict, encode_documents, transition_log_probs
from training.train.trainer import make_trainer, threads, train_precision


@dataclass
class TrainResult:
    out: Path
    metrics: dict[str, Any]
    meta: dict[str, Any]


def check_output_dir(out: Path) -> None:
    """Refuse an output that exists with content, or that is the shipped or promoted model."""
    resolved = out.resolve()
    if resolved == SHIPPED_MODEL.resolve():
        raise ValueError(f"refusing to write into the shipped model folder {out}; give a new directory")
    current = promoted_model()
    if current is not None and resolved == current:
        raise ValueError(f"refusing to write into the promoted model {out}; give a new directory")
    if out.exists() and (not out.is_dir() or any(out.iterdir())):
        raise ValueError(f"{out} already exists; the output of a training run must be a new directory")


def train(
    config: Config,
    out: str | Path,
    *,
    data_files: Sequence[str | Path] = (),
    base: str | None = None,
    command: str = "",
    log: Callable[[str], None] = print,
) -> TrainResult:
    """Train per ``config`` (plus ``data_files``), write the model directory ``out``, return its scores."""
    out = Path(out)
    check_output_dir(out)
    started = time.monotonic()
    if config.training.threads:
        import torch

        torch.set_num_threads(config.training.threads)
    with tempfile.TemporaryDirectory(prefix="delibner-train-") as work:
        workdir = Path(work)
        data = collect(config, data_files, workdir=workdir)
        counts = data.counts()
        log("data: " + ", ".join(f"{k} {v['documents']} docs/{v['spans']} spans" for k, v in counts.items()))
        model, tokenizer, base = model_and_tokenizer(config, data, base or config.base, log)
        window = min(config.training.window, position_limit(model, tokenizer))

        bigrams = np.zeros((len(LABEL2ID), len(LABEL2ID)), dtype=np.int64)
        train_rows, alignment = encode_documents(
            data.train, tokenizer, window=window, overlap=config.training.overlap, pack=config.training.pack,
            bigrams=bigrams,
        )  # fmt: skip
        transitions = transition_log_probs(bigrams)
        dev_rows, _ = encode_documents(data.dev, tokenizer, window=window, overlap=0)
        log(f"alignment: {alignment.misaligned} of {alignment.spans} training spans off token boundaries")
        for example in alignment.examples:
            log(f"  misaligned: {example}")
        dataset = build_dataset_dict({"train": train_rows, "validation": dev_rows})
        log(f"windows: {len(train_rows)} train, {len(dev_rows)} dev ({window} tokens)")

        precision = train_precision(config.training.precision)
        weighted = transitions * config.training.transition_weight if config.training.transition_weight else None
        dev_starts = [np.array(row["word_starts"], dtype=bool) for row in dev_rows]
        trainer = make_trainer(
            config, model, tokenizer, dataset, workdir, bf16=precision == "bf16", transitions=weighted,
            word_starts=dev_starts,
        )  # fmt: skip
        log(f"training in {precision} on {threads()} thread(s)")
        train_started = time.monotonic()
        state = trainer.train()
        train_minutes = (time.monotonic() - train_started) / 60
        log(f"trained {state.global_step} steps in {train_minutes:.1f} min")

        staging = out.parent / f".{out.name}.partial"
        shutil.rmtree(staging, ignore_errors=True)
        staging.mkdir(parents=True)
        trainer.model.save_pretrained(staging)
        tokenizer.save_pretrained(staging)
        for file in staging.iterdir():
            file.chmod(0o644)  # package data and shared model folders are read by other users
        meta = _meta(
            config, base, trainer, tokenizer, data, alignment.to_dict(), window, command, train_minutes, staging
        )
        meta["train_precision"] = precision
        meta["transitions"] = {"tags": list(LABEL2ID), "log_probs": transitions.round(5).tolist()}
        meta["transition_weight"] = config.training.transition_weight
        write_json(staging / "delibner.json", meta)

        metrics = evaluate_dir(staging, data, log)
        metrics["training_minutes_total"] = round((time.monotonic() - started) / 60, 2)
        meta["total_minutes"] = metrics["training_minutes_total"]
        write_json(staging / "delibner.json", meta)
        write_json(staging / "metrics.json", metrics)
        (staging / "README.md").write_text(model_card(meta, metrics, config.to_dict()), encoding="utf-8")
        if out.exists():
            out.rmdir()  # empty (checked above)
        os.replace(staging, out)
    log(f"model written to {out} ({metrics['training_minutes_total']:.1f} min in all)")
    return TrainResult(out, metrics, meta)


def evaluate_dir(model_dir: Path, data: RunData, log: Callable[[str], None] = print) -> dict[str, Any]:
    """Strict span scores of the saved model on the dev and test documents (through the real tagger)."""
    from model.tagger.loading import load_tagger
    from training.evaluate.metrics import score

    tagger = load_tagger(model_dir)
    metrics: dict[str, Any] = {"version": tagger.version}
    for role, docs in (("dev", data.dev), ("test", data.test)):
        if not docs:
            continue
        predictions = tagger.extract([doc.text for doc in docs])
        report = score([doc.spans for doc in docs], predictions)
        metrics[role] = {"documents": len(docs), "strict": report.strict.to_dict(), "overlap": report.overlap.to_dict()}
        micro = report.strict.micro
        log(f"{role}: strict micro P {micro.precision:.3f} R {micro.recall:.3f} F1 {micro.f1:.3f}")
    return metrics


def _meta(
    config: Config, base: str | None, trainer: Any, tokenizer: Any, data: RunData, alignment: dict[str, Any],
    window: int, command: str, train_minutes: float, folder: Path,
) -> dict[str, Any]:  # fmt: skip
    import hashlib

    import torch

    weights = folder / "model.safetensors"
    digest = hashlib.sha256(weights.read_bytes()).hexdigest()[:8]
    model = trainer.model
    state = trainer.state
    return {
        "version": f"{config.name}-{time.strftime('%Y%m%d')}-{digest}",
        "created": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
        "base": base,
        "architecture": type(model).__name__,
        "parameters": sum(p.numel() for p in model.parameters()),
        "size_mb": weights.stat().st_size / 1e6,
        "tokenizer": "byte-level BPE (delibner)" if base is None else f"{base}'s",
        "vocab_size": len(tokenizer),
        "window": window,
        "overlap": min(config.training.inference_overlap, window // 2),
        "labels": list(LABEL2ID),
        "steps": state.global_step,
        "epochs": float(state.epoch or 0.0),
        "best_dev_f1": state.best_metric,
        "train_minutes": round(train_minutes, 2),
        "threads": torch.get_num_threads(),
        "command": command or " ".join(["delibner", *sys.argv[1:]]),
        "counts": data.counts(),
        "sources": data.sources,
        "alignment": alignment,
        "config": json.loads(json.dumps(config.to_dict())),
    }
