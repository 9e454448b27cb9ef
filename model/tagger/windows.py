"""Sliding windows over a token sequence, and stitching their predictions back.

A document longer than the model's input is cut into windows of ``size``
tokens that overlap by at least ``overlap`` tokens; the last window ends on
the last token, so every window but a short document's only one is full.
Each token's prediction is then taken from the window in which it lies
farthest from a cut edge (a document edge is not a cut: nothing was lost
there), so every token is seen with as much context as the windows give.
These are pure functions on integers: no model, no torch.

Example:
    >>> plan_windows(10, size=4, overlap=2)
    [(0, 4), (2, 6), (4, 8), (6, 10)]
    >>> owners = assign_tokens([(0, 4), (2, 6), (4, 8), (6, 10)], 10)
    >>> owners.tolist()
    [0, 0, 0, 1, 1, 2, 2, 3, 3, 3]
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

Window = tuple[int, int]


def plan_windows(n_tokens: int, size: int, overlap: int) -> list[Window]:
    """``[start, end)`` token ranges covering ``n_tokens`` tokens, consecutive ones sharing ≥ ``overlap``.

    >>> plan_windows(3, size=4, overlap=1)
    [(0, 3)]
    >>> plan_windows(0, size=4, overlap=1)
    []
    """
    if size < 1:
        raise ValueError(f"window size must be at least 1, got {size}")
    if not 0 <= overlap < size:
        raise ValueError(f"window overlap must be in [0, {size}), got {overlap}")
    if n_tokens <= 0:
        return []
    if n_tokens <= size:
        return [(0, n_tokens)]
    step = size - overlap
    starts = [*range(0, n_tokens - size, step), n_tokens - size]
    return [(start, start + size) for start in starts]


def assign_tokens(windows: Sequence[Window], n_tokens: int) -> np.ndarray:
    """For each token, the index of the window in which it lies farthest from a cut edge.

    Ties go to the earlier window. Raises ``ValueError`` if a token is in no window.

    >>> assign_tokens([(0, 5), (3, 8)], 8).tolist()
    [0, 0, 0, 0, 1, 1, 1, 1]
    """
    best = np.full(n_tokens, -1, dtype=np.int64)
    owner = np.full(n_tokens, -1, dtype=np.int64)
    far = n_tokens + 1  # distance to a document edge: no context was cut there
    for index, (start, end) in enumerate(windows):
        positions = np.arange(start, end)
        left = positions - start if start > 0 else np.full(end - start, far)
        right = end - 1 - positions if end < n_tokens else np.full(end - start, far)
        distance = np.minimum(left, right)
        better = distance > best[start:end]
        best[start:end][better] = distance[better]
        owner[start:end][better] = index
    if n_tokens and owner.min() < 0:
        raise ValueError(f"token {int(np.argmin(owner))} is covered by no window")
    return owner


def stitch(window_values: Sequence[np.ndarray], windows: Sequence[Window], n_tokens: int) -> np.ndarray:
    """One row per token, each taken from its owning window's rows (``window_values[w][i - start]``).

    >>> rows = [np.array([[0], [1], [2]]), np.array([[10], [20], [30]])]
    >>> stitch(rows, [(0, 3), (1, 4)], 4)[:, 0].tolist()
    [0, 1, 20, 30]
    """
    if not windows:
        width = window_values[0].shape[1:] if window_values else ()
        return np.zeros((0, *width))
    owner = assign_tokens(windows, n_tokens)
    out = np.empty((n_tokens, *window_values[0].shape[1:]), dtype=window_values[0].dtype)
    for index, (start, end) in enumerate(windows):
        mine = np.nonzero(owner[start:end] == index)[0]
        out[start + mine] = window_values[index][mine]
    return out
