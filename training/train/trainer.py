"""The ``transformers.Trainer`` of a run: arguments, dev metrics, early stopping, time budget.

Example:
    >>> train_precision("fp32")
    'fp32'
"""

from __future__ import annotations

import math
from pathlib import Path
from typing import Any

from training.train.config import Config
from training.train.dataset import ID2LABEL
from training.train.metrics import compute_metrics_for, probabilities


def train_precision(requested: str) -> str:
    """``bf16`` or ``fp32``: ``auto`` is bf16 where the CPU multiplies bf16 in hardware."""
    from model.tagger.loading import resolve_precision

    if requested not in ("auto", "fp32", "bf16"):
        raise ValueError(f"training.precision must be auto, fp32 or bf16, not {requested!r}")
    return resolve_precision(requested)


def threads() -> int:
    """torch's intra-op thread count."""
    import torch

    return torch.get_num_threads()


def make_trainer(
    config: Config,
    model: Any,
    tokenizer: Any,
    dataset: Any,
    workdir: Path,
    *,
    bf16: bool,
    transitions: Any,
    word_starts: Any = None,
) -> Any:
    """A ``transformers.Trainer`` with seqeval dev metrics, early stopping, a fixed seed and a progress bar."""
    from transformers import DataCollatorForTokenClassification, EarlyStoppingCallback, Trainer, TrainingArguments

    from training.train.callbacks import TimeBudget

    settings = config.training
    has_dev = "validation" in dataset
    steps_per_epoch = math.ceil(len(dataset["train"]) / settings.batch_size)
    total = settings.max_steps if settings.max_steps > 0 else math.ceil(steps_per_epoch * settings.epochs)
    strategy = "steps" if has_dev else "no"
    args = TrainingArguments(
        output_dir=str(workdir / "checkpoints"),
        per_device_train_batch_size=settings.batch_size,
        per_device_eval_batch_size=settings.batch_size * 2,
        learning_rate=settings.learning_rate,
        weight_decay=settings.weight_decay,
        num_train_epochs=settings.epochs,
        max_steps=settings.max_steps,
        warmup_steps=int(total * settings.warmup_ratio),
        lr_scheduler_type="linear",
        eval_strategy=strategy,
        eval_steps=settings.eval_steps,
        save_strategy=strategy,
        save_steps=settings.eval_steps,
        save_total_limit=2,
        save_only_model=True,
        load_best_model_at_end=has_dev,
        metric_for_best_model="f1",
        greater_is_better=True,
        logging_steps=max(1, min(50, total // 20)),
        report_to="none",
        seed=settings.seed,
        data_seed=settings.seed,
        use_cpu=True,
        bf16=bf16,
        disable_tqdm=False,
        dataloader_num_workers=0,
    )
    callbacks: list[Any] = [TimeBudget(settings.time_budget_minutes)] if settings.time_budget_minutes else []
    if has_dev and settings.patience > 0:
        callbacks.append(EarlyStoppingCallback(early_stopping_patience=settings.patience))
    return Trainer(
        model=model,
        args=args,
        train_dataset=dataset["train"],
        eval_dataset=dataset["validation"] if has_dev else None,
        data_collator=DataCollatorForTokenClassification(tokenizer, pad_to_multiple_of=8),
        processing_class=tokenizer,
        compute_metrics=compute_metrics_for(ID2LABEL, transitions, word_starts) if has_dev else None,
        preprocess_logits_for_metrics=probabilities if has_dev else None,
        callbacks=callbacks,
    )
