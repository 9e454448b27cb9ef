"""Load a trained model directory into a :class:`~model.tagger.tagger.TransformerTagger`.

A model directory is self-contained: ``config.json`` (with ``id2label``),
``model.safetensors``, the tokenizer files, and optionally ``delibner.json``
(version, window length), ``metrics.json`` and a ``README.md`` card. Weights
are read with safetensors only, never unpickled.

Example:
    >>> check_model_dir("/nonexistent")
    ['/nonexistent is not a directory']
    >>> load_tagger("/nonexistent")
    Traceback (most recent call last):
    ...
    model.tagger.loading.ModelLoadError: cannot load model from /nonexistent: /nonexistent is not a directory
"""

from __future__ import annotations

import json
import os
import warnings
from pathlib import Path
from typing import Any

from model.labels import LABELS
from model.tagger.tagger import TransformerTagger

#: Files every model directory must hold.
REQUIRED_FILES = ("config.json", "model.safetensors", "tokenizer.json")
#: Machine-readable facts about the training run, written next to the weights.
META_FILE = "delibner.json"
PRECISIONS = ("auto", "fp32", "bf16", "int8")
#: Overrides the ``auto`` precision for every loader in the process (service, evaluate, bench).
PRECISION_ENV = "DELIBNER_PRECISION"


class ModelLoadError(RuntimeError):
    """A model directory is missing, incomplete, truncated or not a delibner tagger."""


def check_model_dir(path: str | Path) -> list[str]:
    """What is wrong with ``path`` as a model directory, without loading the weights (``[]`` when fine)."""
    folder = Path(path)
    if not folder.is_dir():
        return [f"{folder} is not a directory"]
    problems = [f"{name} is missing" for name in REQUIRED_FILES if not (folder / name).is_file()]
    if (folder / "config.json").is_file():
        try:
            config = json.loads((folder / "config.json").read_text(encoding="utf-8"))
        except (OSError, ValueError) as error:
            return [*problems, f"config.json is not valid JSON: {error}"]
        tags = list((config.get("id2label") or {}).values())
        if not tags:
            problems.append("config.json has no id2label")
        bad = [tag for tag in tags if tag != "O" and (tag[:2] not in ("B-", "I-") or tag[2:] not in LABELS)]
        if bad:
            problems.append(f"config.json has labels that are not IOB2 tags of {', '.join(LABELS)}: {', '.join(bad)}")
    return problems


def read_meta(path: str | Path) -> dict[str, Any]:
    """The directory's ``delibner.json`` (``{}`` when absent or unreadable)."""
    try:
        return json.loads((Path(path) / META_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


def fast_bf16() -> bool:
    """True when this CPU multiplies bf16 matrices in hardware (Intel AMX), where bf16 inference is fastest."""
    import torch

    probe = getattr(torch.cpu, "_is_amx_tile_supported", None)
    try:
        return bool(probe and probe())
    except Exception:  # a private probe: any failure means "do not count on it"
        return False


def resolve_precision(precision: str = "auto", quantize: bool = False) -> str:
    """The precision to run in: ``int8`` if ``quantize``; else ``precision``, where ``auto`` means
    ``$DELIBNER_PRECISION`` if set, else bf16 where the CPU runs it in hardware, else fp32.

    >>> resolve_precision("fp32"), resolve_precision("auto", quantize=True)
    ('fp32', 'int8')
    """
    if precision == "auto" and os.environ.get(PRECISION_ENV):
        precision = os.environ[PRECISION_ENV]
    if precision not in PRECISIONS:
        raise ValueError(f"unknown precision {precision!r}; expected one of {', '.join(PRECISIONS)}")
    if quantize or precision == "int8":
        return "int8"
    if precision == "auto":
        return "bf16" if fast_bf16() else "fp32"
    return precision


def load_tagger(
    path: str | Path,
    *,
    quantize: bool = False,
    precision: str = "auto",
    threads: int | None = None,
    batch_size: int = 16,
    overlap: int | None = None,
) -> TransformerTagger:
    """A ready tagger from model directory ``path``; :class:`ModelLoadError` says why it cannot be.

    ``precision``: ``fp32``; ``bf16`` (weights in bfloat16: several times faster
    on CPUs with AMX, slow elsewhere); ``int8`` (dynamic quantization of every
    ``nn.Linear``, the portable fast CPU mode; ``quantize=True`` is the same);
    ``auto`` (the default) takes ``$DELIBNER_PRECISION`` if set, else bf16 where the
    CPU runs it in hardware, else fp32.
    ``threads`` sets torch's intra-op thread count; ``overlap`` defaults to the
    value the model was trained with (or a quarter window).
    """
    mode = resolve_precision(precision, quantize)
    folder = Path(path)
    problems = check_model_dir(folder)
    if problems:
        raise ModelLoadError(f"cannot load model from {folder}: {'; '.join(problems)}")
    import torch
    from transformers import AutoModelForTokenClassification, AutoTokenizer
    from transformers.utils import logging as hf_logging

    if threads:
        torch.set_num_threads(threads)
    verbosity, bars = hf_logging.get_verbosity(), hf_logging.is_progress_bar_enabled()
    hf_logging.set_verbosity_error()
    hf_logging.disable_progress_bar()
    try:
        tokenizer = AutoTokenizer.from_pretrained(folder, local_files_only=True)
        model = AutoModelForTokenClassification.from_pretrained(folder, local_files_only=True, use_safetensors=True)
    except Exception as error:  # truncated weights, wrong shapes, unknown architecture…
        raise ModelLoadError(f"cannot load model from {folder}: {type(error).__name__}: {error}") from error
    finally:
        hf_logging.set_verbosity(verbosity)
        if bars:
            hf_logging.enable_progress_bar()
    model.eval()
    if mode == "int8":
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # torch flags its quantized tensor API as deprecated
            model = torch.ao.quantization.quantize_dynamic(model, {torch.nn.Linear}, dtype=torch.qint8)
    elif mode == "bf16":
        model = model.to(torch.bfloat16)

    meta = read_meta(folder)
    window = int(meta.get("window") or _max_window(model, tokenizer))
    labels = [model.config.id2label[i] for i in sorted(model.config.id2label)]
    try:
        return TransformerTagger(
            model,
            tokenizer,
            window=window,
            overlap=overlap if overlap is not None else int(meta.get("overlap", window // 4)),
            batch_size=batch_size,
            precision=mode,
            transitions=_transitions(meta, labels),
            path=folder,
            version=str(meta.get("version") or folder.resolve().name) + ("" if mode == "fp32" else f"+{mode}"),
        )
    except ValueError as error:
        raise ModelLoadError(f"cannot load model from {folder}: {error}") from error


def _transitions(meta: dict[str, Any], labels: list[str]) -> Any:
    """The weighted tag-bigram log-probabilities of ``delibner.json``, in the model's label order (or ``None``)."""
    import numpy as np

    table, weight = meta.get("transitions") or {}, float(meta.get("transition_weight", 1.0))
    tags, values = table.get("tags"), table.get("log_probs")
    if not weight or not tags or values is None or sorted(tags) != sorted(labels):
        return None
    matrix = np.asarray(values, dtype=np.float64)
    if matrix.shape != (len(tags), len(tags)):
        raise ModelLoadError(f"{META_FILE} has a transition table of shape {matrix.shape}, not {len(tags)}×{len(tags)}")
    order = [tags.index(label) for label in labels]
    return weight * matrix[np.ix_(order, order)]


def _max_window(model: Any, tokenizer: Any) -> int:
    """Text tokens per window when the directory does not say: the position limit less the special tokens."""
    limit = int(getattr(model.config, "max_position_embeddings", 512))
    if getattr(model.config, "model_type", "") in ("roberta", "camembert", "xlm-roberta"):
        limit -= 2  # their positions start after the padding index
    if 0 < getattr(tokenizer, "model_max_length", 0) < limit:
        limit = tokenizer.model_max_length
    return limit - tokenizer.num_special_tokens_to_add()
