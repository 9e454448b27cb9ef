"""Every gold AMOUNT and DATE surface of dev and test gets its expected value.

The expected values in ``fixtures/gold_values.jsonl`` were not produced by these
normalizers: dates were read with ``dateparser``, figures with a separate parser,
and every word form (which neither reads) was typed by hand; each row says which.
"""

import json
from pathlib import Path

import pytest

from model.normalize import NORMALIZERS

FIXTURE = Path(__file__).parent / "fixtures" / "gold_values.jsonl"
ROWS = [json.loads(line) for line in FIXTURE.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_the_fixture_covers_both_labels_and_both_splits():
    assert {(row["label"], row["split"]) for row in ROWS} == {
        ("AMOUNT", "dev"), ("AMOUNT", "test"), ("DATE", "dev"), ("DATE", "test"),
    }  # fmt: skip


@pytest.mark.parametrize("row", ROWS, ids=lambda row: f"{row['split']}-{row['label']}-{row['surface'][:40]}")
def test_gold_surface_gets_the_expected_value(row):
    assert NORMALIZERS[row["label"]](row["surface"]) == row["expected"]
