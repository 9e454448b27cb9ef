"""The interface every extraction engine implements: texts in, spans out.

Example:
    >>> class Nothing:
    ...     name = "nothing"
    ...     def extract(self, texts, *, deadline=None):
    ...         return [[] for _ in texts]
    >>> isinstance(Nothing(), Extractor)
    True
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol, runtime_checkable

from model.span import Span


class BudgetExceeded(TimeoutError):
    """Raised by an extractor that sees its deadline pass before it is done."""


@runtime_checkable
class Extractor(Protocol):
    """Tags entities in a batch of raw texts.

    ``extract`` returns, for each input text, its spans with exact character
    offsets into that very string (no normalization of the input is visible
    to the caller). ``deadline`` is a ``time.monotonic()`` instant: an
    extractor that can stop early checks it between units of work and raises
    :class:`BudgetExceeded` once it has passed.
    """

    name: str

    def extract(self, texts: Sequence[str], *, deadline: float | None = None) -> list[list[Span]]: ...
