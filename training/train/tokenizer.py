"""The project's own tokenizer: byte-level BPE trained on the training text.

Byte-level, so no input ever maps to an unknown token (emoji, control
characters, any script). Before BPE, the text is normalized (NFC; no-break,
narrow no-break and other Unicode spaces become spaces, tabs stay; typographic
apostrophes and dashes become ASCII; ``\\r\\n`` becomes ``\\n``; zero-width
characters vanish; control characters become spaces) — the tokenizer keeps
the alignment, so offsets still index the raw string. Pre-tokenization splits
runs of letters, runs of at most four decimal digits, and every other symbol
on its own: entity boundaries of the guidelines (``n°2023-045``, ``l'article``,
``45 €/jour``, ``(CGCT)``, ``R. 4311-9¹``) always fall between pre-tokens, so
a span never starts or ends inside a token. (NFKC is not used: it would turn
``9¹`` into ``91``, one token across an entity's end.)

Example:
    >>> [offsets for _, offsets in build_backend().pre_tokenizer.pre_tokenize_str("n°2023-045 €")]
    [(0, 1), (1, 2), (2, 6), (6, 7), (7, 10), (10, 12)]
    >>> tokenizer = train_tokenizer(["Vu la délibération n° 2023-045 du 12 mars 2023."] * 20, vocab_size=300)
    >>> tokenizer.unk_token_id in tokenizer("😀 中文")["input_ids"]
    False
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

#: A space attaches to the word that follows it (as in GPT-2); other whitespace runs stand alone.
PRE_TOKEN_PATTERN = r" ?\p{L}+| ?\p{Nd}{1,4}| ?[^\s\p{L}\p{Nd}]|\s+(?!\S)|\s+"
SPECIAL_TOKENS = {"pad_token": "[PAD]", "unk_token": "[UNK]", "cls_token": "[CLS]", "sep_token": "[SEP]",
                  "mask_token": "[MASK]"}  # fmt: skip


def build_backend() -> Any:
    """An untrained ``tokenizers.Tokenizer`` with the project's normalizer, pre-tokenizer and template."""
    from tokenizers import Regex, Tokenizer, decoders, models, normalizers, pre_tokenizers

    tokenizer = Tokenizer(models.BPE())
    tokenizer.normalizer = normalizers.Sequence(
        [
            normalizers.NFC(),
            normalizers.Replace(Regex("[\u00a0\u2000-\u200a\u202f\u205f\u3000]"), " "),
            normalizers.Replace("\r\n", "\n"),
            normalizers.Replace(Regex("[\r\u000b\u000c\u2028\u2029]"), "\n"),
            normalizers.Replace(Regex("[\u200b-\u200d\u2060\ufeff\u00ad]"), ""),
            normalizers.Replace(Regex("[\u0000-\u0008\u000e-\u001f\u007f]"), " "),
            normalizers.Replace(Regex("[\u2018\u2019\u02bc\u00b4`]"), "'"),
            normalizers.Replace(Regex("[\u2010-\u2015\u2212]"), "-"),
        ]
    )
    tokenizer.pre_tokenizer = pre_tokenizers.Sequence(
        [
            pre_tokenizers.Split(Regex(PRE_TOKEN_PATTERN), behavior="isolated"),
            pre_tokenizers.ByteLevel(add_prefix_space=False, use_regex=False),
        ]
    )
    tokenizer.decoder = decoders.ByteLevel()
    return tokenizer


def train_tokenizer(texts: Iterable[str], *, vocab_size: int = 16000, min_frequency: int = 2) -> Any:
    """A fast tokenizer (``PreTrainedTokenizerFast``) trained on ``texts``, with BERT-style special tokens."""
    from tokenizers import pre_tokenizers, processors, trainers
    from transformers import PreTrainedTokenizerFast

    backend = build_backend()
    trainer = trainers.BpeTrainer(
        vocab_size=vocab_size,
        min_frequency=min_frequency,
        special_tokens=list(SPECIAL_TOKENS.values()),
        initial_alphabet=pre_tokenizers.ByteLevel.alphabet(),
        show_progress=False,
    )
    backend.train_from_iterator(texts, trainer)
    cls_id, sep_id = backend.token_to_id("[CLS]"), backend.token_to_id("[SEP]")
    backend.post_processor = processors.TemplateProcessing(
        single="[CLS] $A [SEP]", pair="[CLS] $A [SEP] $B [SEP]", special_tokens=[("[CLS]", cls_id), ("[SEP]", sep_id)]
    )
    return PreTrainedTokenizerFast(tokenizer_object=backend, model_max_length=1_000_000, **SPECIAL_TOKENS)
