"""Documents for a training run: training files, the gold split, the synthetic corpus, the test set.

Example:
    >>> docs = [Document(f"d{i}", "x") for i in range(10)]
    >>> kept, held = split_holdout(docs, 0.3, seed=1)
    >>> len(kept), len(held), {d.id for d in kept} & {d.id for d in held}
    (7, 3, set())
"""

from __future__ import annotations

import random
import subprocess
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from model.document import Document

# Training reads through the same strict importer as ``delibner data validate``: a span that is
# unknown, overlapping, misplaced or that its format could not carry over stops the run with
# ``FILE:LINE: reason`` instead of being dropped or moved.
from training.data import read_documents
from training.train.config import Config


@dataclass
class RunData:
    """The documents of one run, by role, and where each role came from."""

    train: list[Document] = field(default_factory=list)
    dev: list[Document] = field(default_factory=list)
    test: list[Document] = field(default_factory=list)
    sources: dict[str, list[str]] = field(default_factory=dict)

    def counts(self) -> dict[str, dict[str, int]]:
        """Documents and spans per role (a repeated document counted once)."""
        counts = {}
        for role, docs in (("train", self.train), ("dev", self.dev), ("test", self.test)):
            unique = list({id(doc): doc for doc in docs}.values())
            counts[role] = {"documents": len(unique), "spans": sum(len(d.spans) for d in unique)}
        return counts


def split_holdout(docs: Sequence[Document], fraction: float, seed: int) -> tuple[list[Document], list[Document]]:
    """A seeded split by document: ``(kept for training, held out)``; at least one held out when ``fraction > 0``."""
    if not 0 <= fraction < 1:
        raise ValueError(f"holdout must be in [0, 1), got {fraction}")
    order = sorted(docs, key=lambda d: d.id)
    random.Random(seed).shuffle(order)
    n_held = max(1, round(len(order) * fraction)) if fraction > 0 and len(order) > 1 else 0
    return order[n_held:], order[:n_held]


def generate_synthetic(n: int, seed: int, out: Path, noise_rate: float | None = None) -> Path:
    """Run ``delibner generate --n N --seed SEED --out OUT`` (the project's generator) and return ``out``."""
    command = [sys.executable, "-m", "delibner", "generate", "--n", str(n), "--seed", str(seed), "--out", str(out)]
    if noise_rate is not None:
        command += ["--noise-rate", str(noise_rate)]
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode != 0 or not out.is_file():
        detail = (done.stderr or done.stdout).strip().splitlines()[-3:]
        raise ValueError(f"synthetic generation failed ({' '.join(command[2:])}): {' / '.join(detail)}")
    return out


def collect(config: Config, extra: Sequence[str | Path] = (), *, workdir: Path) -> RunData:
    """Read every document the config (plus ``extra`` training files) asks for."""
    data = RunData()
    seen: list[str] = []
    train_files = [*config.data.train, *map(str, extra)]
    if config.data.synthetic is not None:
        synthetic = config.data.synthetic
        path = generate_synthetic(synthetic.n, synthetic.seed, workdir / "synthetic.jsonl", synthetic.noise_rate)
        data.train.extend(read_documents(path))
        noise = f" --noise-rate {synthetic.noise_rate}" if synthetic.noise_rate is not None else ""
        seen.append(f"synthetic: delibner generate --n {synthetic.n} --seed {synthetic.seed}{noise}")
    for file in train_files:
        data.train.extend(read_documents(file))
        seen.append(str(file))
    if config.data.gold:
        kept, held = split_holdout(read_documents(config.data.gold), config.data.holdout, config.training.seed)
        data.train.extend(kept * config.data.gold_repeat)
        data.dev.extend(held)
        repeat = f", repeated {config.data.gold_repeat}×" if config.data.gold_repeat > 1 else ""
        seen.append(f"{config.data.gold} ({len(kept)} documents{repeat}; {len(held)} held out for dev)")
    if config.data.test:
        data.test = read_documents(config.data.test)
        data.sources["test"] = [config.data.test]
    data.sources["train"] = seen
    data.sources["dev"] = [f"{config.data.gold}: held-out part"] if data.dev else []
    if not data.train:
        raise ValueError("no training documents: give data.train/data.gold/data.synthetic in the config or --data FILE")
    return data
