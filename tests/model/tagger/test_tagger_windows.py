"""Window planning and stitching: pure functions, no model."""

from __future__ import annotations

from itertools import pairwise

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from model.tagger.windows import assign_tokens, plan_windows, stitch


@given(n=st.integers(1, 3000), size=st.integers(2, 512), data=st.data())
def test_windows_cover_every_token_with_the_promised_overlap(n, size, data):
    overlap = data.draw(st.integers(0, size - 1))
    windows = plan_windows(n, size, overlap)
    assert windows[0][0] == 0 and windows[-1][1] == n
    assert all(0 < end - start <= size for start, end in windows)
    assert all(end - start == size for start, end in windows) or len(windows) == 1
    for (s1, e1), (s2, e2) in pairwise(windows):
        assert s1 < s2 and e1 < e2
        assert e1 - s2 >= overlap  # consecutive windows share at least `overlap` tokens


@given(n=st.integers(1, 2000), size=st.integers(2, 300), data=st.data())
def test_each_token_goes_to_the_window_where_it_is_farthest_from_a_cut(n, size, data):
    overlap = data.draw(st.integers(0, size - 1))
    windows = plan_windows(n, size, overlap)
    owner = assign_tokens(windows, n)

    def distance(i, window):
        start, end = window
        left = i - start if start > 0 else n + 1
        right = end - 1 - i if end < n else n + 1
        return min(left, right)

    for i in range(0, n, max(1, n // 97)):
        candidates = [w for w in windows if w[0] <= i < w[1]]
        assert windows[owner[i]] in candidates
        assert distance(i, windows[owner[i]]) == max(distance(i, w) for w in candidates)


def test_stitching_a_long_document_takes_the_central_predictions():
    n, size, overlap = 10_000, 256, 64
    windows = plan_windows(n, size, overlap)
    # each window "predicts" its own index and each token's distance to the window's cut edges
    values = []
    for index, (start, end) in enumerate(windows):
        positions = np.arange(start, end)
        left = positions - start if start > 0 else np.full(end - start, n)
        right = end - 1 - positions if end < n else np.full(end - start, n)
        values.append(np.stack([np.full(end - start, index), np.minimum(left, right)], axis=1))
    rows = stitch(values, windows, n)
    assert rows.shape == (n, 2)
    # every token but the document's own edges keeps at least half the overlap of context on each side
    assert rows[:, 1].min() >= overlap // 2 - 1
    # owners are non-decreasing: a token never comes from an earlier window than its predecessor
    assert np.all(np.diff(rows[:, 0]) >= 0)


def test_short_document_is_one_window():
    assert plan_windows(5, 8, 2) == [(0, 5)]
    assert assign_tokens([(0, 5)], 5).tolist() == [0] * 5


def test_empty_document_has_no_window():
    assert plan_windows(0, 8, 2) == []
    assert stitch([], [], 0).shape[0] == 0


def test_bad_window_parameters_are_refused():
    with pytest.raises(ValueError, match="overlap"):
        plan_windows(10, 4, 4)
    with pytest.raises(ValueError, match="size"):
        plan_windows(10, 0, 0)


def test_uncovered_token_is_an_error():
    with pytest.raises(ValueError, match="token 3"):
        assign_tokens([(0, 3), (4, 6)], 6)
