"""Training configuration: a YAML file read into dataclasses, unknown keys refused.

Relative paths in the file are relative to the working directory (run
``delibner train`` from the repository root).

Example:
    >>> config = config_from_dict({"name": "toy", "model": {"hidden_size": 32, "layers": 2, "heads": 2}})
    >>> config.model.hidden_size, config.training.seed
    (32, 13)
    >>> config_from_dict({"modle": {}})
    Traceback (most recent call last):
    ...
    ValueError: unknown key 'modle' in config; expected one of base, data, model, name, tokenizer, training
"""

from __future__ import annotations

from dataclasses import MISSING, asdict, dataclass, field, fields, is_dataclass
from pathlib import Path
from types import UnionType
from typing import Any, Union, get_args, get_origin, get_type_hints


@dataclass
class ModelConfig:
    """Shape of a model trained from scratch (ignored when fine-tuning a base checkpoint)."""

    hidden_size: int = 256
    layers: int = 4
    heads: int = 4
    intermediate_size: int = 1024
    dropout: float = 0.1
    attention_dropout: float = 0.1


@dataclass
class TokenizerConfig:
    """Byte-level BPE trained on the training text (ignored when fine-tuning a base checkpoint).

    ``max_documents``: train it on a seeded sample of at most this many distinct training
    documents (the vocabulary hardly changes; the run gets shorter).
    """

    vocab_size: int = 16000
    min_frequency: int = 2
    max_documents: int | None = None


@dataclass
class SyntheticConfig:
    """A synthetic corpus made by ``delibner generate --n N --seed SEED [--noise-rate R]`` for this run."""

    n: int = 1000
    seed: int = 1
    noise_rate: float | None = None


@dataclass
class DataConfig:
    """Where the documents come from.

    ``train``: files trained on. ``gold``: a gold file split by document into a
    training part and a held-out part (``holdout`` of its documents) used for
    early stopping and the dev scores; its training part is repeated
    ``gold_repeat`` times (hand-written text is scarcer and closer to real
    deliberations than synthetic text). ``test``: scored once after training,
    never trained or tuned on.
    """

    train: list[str] = field(default_factory=list)
    gold: str | None = None
    holdout: float = 0.3
    gold_repeat: int = 1
    synthetic: SyntheticConfig | None = None
    test: str | None = None


@dataclass
class TrainingConfig:
    """Optimisation and windowing. ``window`` counts text tokens per model input (special tokens excluded).

    ``pack``: lay training documents end to end and cut full windows (no padding).
    ``precision``: ``fp32``, ``bf16`` (autocast; fast on CPUs with AMX) or ``auto`` (bf16 where fast).
    ``transition_weight``: weight of the tag-bigram log-probabilities (estimated on the
    training labels) in decoding; 0 decodes with the IOB2 constraints alone.
    ``threads``: torch's thread count for the run (default: torch's own choice).
    ``time_budget_minutes``: stop training (keeping the best checkpoint) after this long.
    """

    window: int = 254
    overlap: int = 32
    inference_overlap: int = 64
    epochs: float = 10.0
    max_steps: int = -1
    batch_size: int = 16
    learning_rate: float = 5e-4
    weight_decay: float = 0.01
    warmup_ratio: float = 0.06
    eval_steps: int = 200
    patience: int = 5
    seed: int = 13
    pack: bool = True
    precision: str = "auto"
    transition_weight: float = 1.0
    threads: int | None = None
    time_budget_minutes: float | None = None


@dataclass
class Config:
    """One training recipe. ``base`` names a Hugging Face checkpoint to fine-tune instead of training from scratch."""

    name: str = "delibner"
    base: str | None = None
    model: ModelConfig = field(default_factory=ModelConfig)
    tokenizer: TokenizerConfig = field(default_factory=TokenizerConfig)
    data: DataConfig = field(default_factory=DataConfig)
    training: TrainingConfig = field(default_factory=TrainingConfig)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def load_config(path: str | Path) -> Config:
    """Read and check a YAML config; errors name the file and the offending key."""
    import yaml

    path = Path(path)
    if not path.is_file():
        raise FileNotFoundError(f"config {path} does not exist")
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except yaml.YAMLError as error:
        raise ValueError(f"{path}: invalid YAML: {error}") from None
    try:
        return config_from_dict(raw)
    except ValueError as error:
        raise ValueError(f"{path}: {error}") from None


def config_from_dict(raw: Any) -> Config:
    """Build a :class:`Config` from a parsed mapping."""
    return _build(Config, raw, "config")


def _build(cls: type, raw: Any, where: str) -> Any:
    if not isinstance(raw, dict):
        raise ValueError(f"{where} must be a mapping, not {type(raw).__name__}")
    hints = get_type_hints(cls)
    names = {f.name for f in fields(cls)}
    for key in raw:
        if key not in names:
            raise ValueError(f"unknown key {key!r} in {where}; expected one of {', '.join(sorted(names))}")
    values = {}
    for f in fields(cls):
        if f.name not in raw:
            if f.default is MISSING and f.default_factory is MISSING:
                raise ValueError(f"missing key {f.name!r} in {where}")
            continue
        values[f.name] = _coerce(hints[f.name], raw[f.name], f"{where}.{f.name}")
    return cls(**values)


def _coerce(hint: Any, value: Any, where: str) -> Any:
    options = list(get_args(hint)) if get_origin(hint) in (UnionType, Union) else [hint]
    if value is None:
        if type(None) in options:
            return None
        raise ValueError(f"{where} must not be empty")
    for option in options:
        if option is type(None):
            continue
        if is_dataclass(option):
            return _build(option, value, where)
        if get_origin(option) is list:
            if not isinstance(value, list):
                raise ValueError(f"{where} must be a list")
            return [str(item) for item in value]
        if option is float and isinstance(value, int | float) and not isinstance(value, bool):
            return float(value)
        if option is int and isinstance(value, int) and not isinstance(value, bool):
            return value
        if option is bool and isinstance(value, bool):
            return value
        if option is str and isinstance(value, str):
            return value
    raise ValueError(f"{where} has the wrong type: {value!r}")
