"""The model and tokenizer of a run: a small BERT and the project's BPE from scratch, or a base checkpoint.

Example:
    >>> from training.train.config import config_from_dict
    >>> from training.train.data import RunData
    >>> from training.train.toy import toy_documents
    >>> config = config_from_dict({"model": {"hidden_size": 16, "layers": 1, "heads": 2, "intermediate_size": 32},
    ...     "tokenizer": {"vocab_size": 400}, "training": {"window": 30}})
    >>> model, tokenizer, base = model_and_tokenizer(config, RunData(train=toy_documents(20)), None, log=lambda _: None)
    >>> type(model).__name__, position_limit(model, tokenizer), base
    ('BertForTokenClassification', 30, None)
"""

from __future__ import annotations

import random
from collections.abc import Callable
from typing import Any

from training.train.config import Config
from training.train.data import RunData
from training.train.dataset import ID2LABEL, LABEL2ID


def model_and_tokenizer(
    config: Config, data: RunData, base: str | None, log: Callable[[str], None] = print
) -> tuple[Any, Any, str | None]:
    """The model, its tokenizer and the base name: ``base`` loaded from the hub or a path, or made from scratch."""
    from transformers import AutoConfig, AutoModelForTokenClassification, AutoTokenizer, set_seed

    set_seed(config.training.seed)
    labels = {"num_labels": len(LABEL2ID), "id2label": ID2LABEL, "label2id": LABEL2ID}
    if base:
        log(f"fine-tuning {base}")
        tokenizer = AutoTokenizer.from_pretrained(base)
        if not tokenizer.is_fast:
            raise ValueError(f"{base} has no fast tokenizer; offsets are needed to align spans")
        model = AutoModelForTokenClassification.from_pretrained(base, ignore_mismatched_sizes=True, **labels)
        return model, tokenizer, base
    from training.train.tokenizer import train_tokenizer

    shape = config.model
    texts = list({id(doc): doc.text for doc in data.train}.values())
    limit = config.tokenizer.max_documents
    if limit and len(texts) > limit:
        texts = random.Random(config.training.seed).sample(texts, limit)
    tokenizer = train_tokenizer(
        texts, vocab_size=config.tokenizer.vocab_size, min_frequency=config.tokenizer.min_frequency
    )
    log(f"tokenizer: byte-level BPE, {len(tokenizer)} tokens, trained on {len(texts)} training documents")
    model_config = AutoConfig.for_model(
        "bert",
        vocab_size=len(tokenizer),
        hidden_size=shape.hidden_size,
        num_hidden_layers=shape.layers,
        num_attention_heads=shape.heads,
        intermediate_size=shape.intermediate_size,
        hidden_dropout_prob=shape.dropout,
        attention_probs_dropout_prob=shape.attention_dropout,
        max_position_embeddings=config.training.window + tokenizer.num_special_tokens_to_add(),
        type_vocab_size=1,
        pad_token_id=tokenizer.pad_token_id,
        **labels,
    )
    return AutoModelForTokenClassification.from_config(model_config), tokenizer, None


def position_limit(model: Any, tokenizer: Any) -> int:
    """Text tokens the model takes at once (its position limit less the special tokens)."""
    from model.tagger.loading import _max_window

    return _max_window(model, tokenizer)
