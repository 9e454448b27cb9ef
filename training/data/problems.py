"""Problems found in a data file, located by file and line.

Example:
    >>> str(Problem("gold.jsonl", 3, "invalid JSON"))
    'gold.jsonl:3: invalid JSON'
    >>> DataError.check([])  # no problem, no error
    >>> str(DataError([Problem("a.jsonl", 2, "x"), Problem("a.jsonl", 5, "y")]))
    'a.jsonl:2: x\\na.jsonl:5: y'
"""

from __future__ import annotations

from collections.abc import Iterable
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

    @classmethod
    def check(cls, problems: Iterable[Problem]) -> None:
        """Raise one error listing every problem, if there is any."""
        problems = list(problems)
        if problems:
            raise cls(problems)
