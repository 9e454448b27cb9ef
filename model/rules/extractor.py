"""Placeholder until the rules land: an extractor that finds nothing."""

from __future__ import annotations

from collections.abc import Sequence

from model.span import Span


class RulesExtractor:
    name = "rules"

    def extract(self, texts: Sequence[str], *, deadline: float | None = None) -> list[list[Span]]:
        return [[] for _ in texts]
