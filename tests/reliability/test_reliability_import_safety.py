"""Importing annotations loses nothing silently: every span a foreign file states comes out unchanged,
comes out trimmed with an adjustment on the report, or is on the report as lost — never just gone.

The foreign files are written here by hand, as the tools export them, with hostile spans: reversed,
out of range, empty, all-whitespace, overlapping, padded with spaces, with a stated surface that
differs from the text, an unknown or missing label, or offsets that are not integers.
"""

from __future__ import annotations

import json
import tempfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from model.labels import LABELS
from training.data import DataError, read_documents
from training.data.report import ConversionReport

WORDS = ["Vu", "la", "loi", "n°", "2019-1461", "du", "27", "décembre", "2019", "M.", "Paul", "ROCHE", "12 500 €",
         " ", "  ", "\n", "\t", "É", "«", "»", "l'article", "DEL-2022-114", "\u00a0", "📄"]  # fmt: skip


@st.composite
def hostile_records(draw) -> tuple[str, list[dict[str, Any]]]:
    """A text and the spans a foreign tool might state on it, valid or not."""
    text = "".join(draw(st.lists(st.sampled_from(WORDS), min_size=1, max_size=16)))
    offset = st.integers(-3, len(text) + 3)
    spans = []
    for _ in range(draw(st.integers(0, 8))):
        start, end = draw(offset), draw(offset)
        if draw(st.booleans()):
            start, end = min(start, end), max(start, end)
        label = draw(st.sampled_from([*LABELS, *LABELS, "PERSON", "date", "", None]))
        if draw(st.integers(0, 9)) == 0:
            start = draw(st.sampled_from([str(start), float(start) + 0.5, True, None]))
        surface = draw(st.sampled_from(["right", "right", "wrong", "absent"]))
        stated = (
            text[start:end] if surface == "right" and isinstance(start, int) and not isinstance(start, bool)
            else "something else" if surface == "wrong" else None
        )  # fmt: skip
        spans.append({"start": start, "end": end, "label": label, "text": stated})
    return text, spans


def _doccano(records: list[tuple[str, list[dict]]]) -> str:
    lines = [{"id": f"d{i}", "text": text, "label": [[s["start"], s["end"], s["label"]] for s in spans]}
             for i, (text, spans) in enumerate(records)]  # fmt: skip
    return "".join(json.dumps(line, ensure_ascii=False) + "\n" for line in lines)


def _labelstudio(records: list[tuple[str, list[dict]]]) -> str:
    tasks = []
    for i, (text, spans) in enumerate(records):
        result = []
        for s in spans:
            value = {"start": s["start"], "end": s["end"], "labels": [s["label"]]}
            if s["text"] is not None:
                value["text"] = s["text"]
            result.append({"type": "labels", "from_name": "label", "to_name": "text", "value": value})
        tasks.append({"data": {"id": f"d{i}", "text": text}, "annotations": [{"result": result}]})
    return json.dumps(tasks, ensure_ascii=False)


def _prodigy(records: list[tuple[str, list[dict]]]) -> str:
    lines = []
    for i, (text, spans) in enumerate(records):
        stated = [{k: v for k, v in s.items() if v is not None or k != "text"} for s in spans]
        lines.append({"id": f"d{i}", "text": text, "spans": stated, "answer": "accept"})
    return "".join(json.dumps(line, ensure_ascii=False) + "\n" for line in lines)


FOREIGN = {
    "doccano": (_doccano, "in.doccano.jsonl"),
    "labelstudio": (_labelstudio, "in.json"),
    "prodigy": (_prodigy, "in.prodigy.jsonl"),
}


def _key(start: Any, end: Any, label: Any) -> tuple:
    return (start if isinstance(start, int) and not isinstance(start, bool) else -1,
            end if isinstance(end, int) and not isinstance(end, bool) else -1, str(label))  # fmt: skip


@pytest.mark.parametrize("fmt", list(FOREIGN))
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow], database=None)
@given(records=st.lists(hostile_records(), min_size=1, max_size=4))
def test_every_stated_span_is_kept_adjusted_or_reported(fmt, records):
    write, name = FOREIGN[fmt]
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / name
        path.write_text(write(records), encoding="utf-8")
        report = ConversionReport()
        docs = read_documents(path, fmt, report)
    assert [doc.text for doc in docs] == [text for text, _ in records]
    lost = [(loss.doc_id, loss.start, loss.end, loss.label) for loss in report.losses]
    adjusted = {(a.doc_id, a.start, a.end, a.label) for a in report.adjustments}
    for doc, (text, stated) in zip(docs, records, strict=True):
        stated_keys = [_key(s["start"], s["end"], s["label"]) for s in stated]
        kept = [(s.start, s.end, s.label) for s in doc.spans]
        # Every span that came out indexes the text and was stated, as is or trimmed with a note.
        for span in doc.spans:
            assert text[span.start : span.end] == span.text and not span.text[0].isspace()
            assert (span.start, span.end, span.label) in stated_keys or any(
                (doc.id, *key) in adjusted and key[0] <= span.start < span.end <= key[1] and key[2] == span.label
                for key in stated_keys
            )
        # The books balance: as many spans out, plus spans reported lost, as spans stated.
        assert len(kept) + sum(1 for loss in lost if loss[0] == doc.id) == len(stated)


def test_invalid_project_jsonl_is_refused_with_every_problem_located(tmp_path):
    """The project's own format is never repaired in silence: a bad span fails the whole read, by line."""
    path = tmp_path / "gold.jsonl"
    good = {"id": "a", "text": "Le 12 mars 2023.", "spans": [{"start": 3, "end": 15, "label": "DATE"}]}
    date, inside = {"start": 3, "end": 15, "label": "DATE"}, {"start": 6, "end": 10, "label": "DATE"}
    overlap = {"id": "b", "text": "Le 12 mars 2023.", "spans": [date, inside]}
    wrong = {"id": "c", "text": "12 €", "spans": [{"start": 0, "end": 4, "label": "AMOUNT", "text": "13 €"}]}
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in (good, overlap, wrong)) + "\n")
    with pytest.raises(DataError) as raised:
        read_documents(path)
    lines = {(p.path, p.line) for p in raised.value.problems}
    assert lines == {(str(path), 2), (str(path), 3)}
    assert "overlaps" in str(raised.value) and "differs" in str(raised.value)


def test_a_foreign_file_read_without_a_report_fails_instead_of_dropping(tmp_path):
    """Without a report to note losses on, a span that cannot be carried over is an error, not a drop."""
    path = tmp_path / "export.doccano.jsonl"
    path.write_text(json.dumps({"id": "x", "text": "Le 12 mars 2023", "label": [[3, 15, "DATE"], [0, 2, "PERSON"]]}))
    with pytest.raises(DataError, match="PERSON"):
        read_documents(path)
