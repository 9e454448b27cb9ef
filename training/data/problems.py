"""Problems found in a data file, located by file and line.

Example:
    >>> str(Problem("gold.jsonl", 3, "invalid JSON"))
    'gold.jsonl:3: invalid JSON'
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True, slots=True)
class Problem:
    path: str
    line: int
    reason: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.reason}"


class DataError(ValueError):
    """One or more problems in a data file; ``str()`` gives one ``FILE:LINE: reason`` per line."""

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))

    @classmethod
    def at(cls, path: str | Path, line: int, reason: str) -> DataError:
        return cls([Problem(str(path), line, reason)])
