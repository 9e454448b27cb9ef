"""Trainer callbacks of the training run (imports transformers: load only when training)."""

from __future__ import annotations

import time
from typing import Any

from transformers import TrainerCallback


class TimeBudget(TrainerCallback):
    """Stop training once ``minutes`` have passed since training began, keeping the best checkpoint.

    Example:
        >>> TimeBudget(0.5).limit_s
        30.0
    """

    def __init__(self, minutes: float):
        self.limit_s = minutes * 60
        self.started = time.monotonic()

    def on_train_begin(self, args: Any, state: Any, control: Any, **kwargs: Any) -> Any:
        self.started = time.monotonic()
        return control

    def on_step_end(self, args: Any, state: Any, control: Any, **kwargs: Any) -> Any:
        if time.monotonic() - self.started > self.limit_s:
            control.should_training_stop = True
            if args.eval_strategy != "no":
                control.should_evaluate = control.should_save = True
        return control
