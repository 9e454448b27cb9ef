"""Rule-based extractor (spaCy blank French tokenizer + patterns)."""

from model.rules.extractor import RulesExtractor

__all__ = ["RulesExtractor"]
