"""Training: ``delibner train --config configs/NAME.yaml --out DIR``.

- :mod:`training.train.config` — the YAML recipe as dataclasses;
- :mod:`training.train.data` — training files, gold split, synthetic corpus, test set;
- :mod:`training.train.tokenizer` — the project's byte-level BPE;
- :mod:`training.train.dataset` — documents → windows of token and label ids (``DatasetDict``);
- :mod:`training.train.build` — the model and tokenizer (from scratch, or a base checkpoint);
- :mod:`training.train.metrics` — seqeval strict IOB2 scores for the Trainer;
- :mod:`training.train.trainer` — the ``Trainer``: arguments, early stopping, time budget;
- :mod:`training.train.run` — the run itself, writing a self-contained model directory;
- :mod:`training.train.card` — ``metrics.json``, ``delibner.json`` and the ``README.md`` card;
- :mod:`training.train.toy` — a toy corpus for smoke runs and tests.
"""
