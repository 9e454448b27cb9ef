"""Bounded concurrency for CPU-bound extraction, off the event loop.

At most ``workers`` extractions run at once in worker threads; at most
``max_queue`` more wait. Beyond that the caller gets :class:`Overloaded` (the
API answers 503 with ``Retry-After``) instead of piling up requests.

Example:
    >>> import anyio
    >>> gate = InferenceGate(workers=1, max_queue=0)
    >>> anyio.run(gate.run, sum, [1, 2, 3])
    6
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

import anyio
import anyio.to_thread

T = TypeVar("T")


class Overloaded(RuntimeError):
    """Raised when running and waiting extractions are already at capacity."""


class InferenceGate:
    def __init__(self, workers: int, max_queue: int):
        self.workers = workers
        self.capacity = workers + max_queue
        self.pending = 0
        self._limiter = anyio.CapacityLimiter(workers)

    async def run(self, func: Callable[..., T], *args: Any) -> T:
        """Run ``func(*args)`` in a worker thread once a slot is free, or raise :class:`Overloaded`."""
        # One event loop owns this counter, so no lock is needed around it.
        if self.pending >= self.capacity:
            raise Overloaded(f"{self.pending} extractions already running or queued")
        self.pending += 1
        try:
            # A cancelled client does not abandon the thread: the worker finishes and frees its slot.
            return await anyio.to_thread.run_sync(func, *args, limiter=self._limiter)
        finally:
            self.pending -= 1
