"""Annotated data: the JSONL format, its validator, converters, lint and statistics.

Training and evaluation read data with :func:`read_documents` (any registered
format, strictly validated) and write it with :func:`write_documents`.
"""

from training.data.problems import DataError, Problem
from training.data.validate import read_documents, validate_path, write_documents

__all__ = ["DataError", "Problem", "read_documents", "validate_path", "write_documents"]
