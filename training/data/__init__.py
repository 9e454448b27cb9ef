"""Annotated data: the JSONL format, its validator, converters and statistics."""
