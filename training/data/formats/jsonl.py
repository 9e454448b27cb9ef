"""The project's own format: one JSON document per line (see annotations/GUIDELINES.md).

The reader checks each record's shape (a JSON object with a string ``text``,
well-formed spans, no unknown field) and reports every malformed line; what
the spans say (offsets in range, known labels, no overlap…) is checked by
:mod:`training.data.validate`.

Example:
    >>> record_problems({"text": "x", "spans": [{"start": 0, "label": "DATE"}]})
    ["span #1 misses 'end'"]
    >>> record_problems({"text": "x", "labels": [[0, 1, "DATE"]]})
    ["unknown field 'labels' (expected id, text, spans, meta; is this doccano? pass --from doccano)"]
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from model.document import Document
from training.data.formats import Format, register
from training.data.formats.common import json_lines
from training.data.problems import DataError, Problem
from training.data.report import ConversionReport, Origin

FIELDS = ("id", "text", "spans", "meta")
SPAN_FIELDS = ("start", "end", "label", "text", "score", "source", "normalized")
_HINTS = {"label": "doccano", "labels": "doccano", "entities": "doccano", "tokens": "prodigy", "data": "labelstudio"}


def record_problems(record: Any) -> list[str]:
    """Every reason why ``record`` is not a well-formed document record (empty when it is)."""
    if not isinstance(record, dict):
        return [f"expected a JSON object, got {type(record).__name__}"]
    reasons = []
    if not isinstance(record.get("text"), str):
        reasons.append("missing text: each line needs a string 'text'")
    for key in sorted(record.keys() - set(FIELDS)):
        hint = f"; is this {_HINTS[key]}? pass --from {_HINTS[key]}" if key in _HINTS else ""
        reasons.append(f"unknown field {key!r} (expected {', '.join(FIELDS)}{hint})")
    doc_id = record.get("id")
    if "id" in record and (isinstance(doc_id, bool) or not isinstance(doc_id, str | int) or doc_id == ""):
        reasons.append(f"id must be a non-empty string, got {doc_id!r}")
    if "meta" in record and not isinstance(record["meta"], dict | None):
        reasons.append("meta must be a JSON object")
    spans = record.get("spans")
    if spans is not None and not isinstance(spans, list):
        return [*reasons, "spans must be a list"]
    for n, span in enumerate(spans or [], start=1):
        reasons.extend(f"span #{n} {reason}" for reason in _span_problems(span))
    return reasons


def _span_problems(span: Any) -> list[str]:
    if not isinstance(span, dict):
        return [f"is not an object: {span!r}"]
    reasons = [f"misses {key!r}" for key in ("start", "end", "label") if key not in span]
    reasons += [f"has unknown field {key!r}" for key in sorted(span.keys() - set(SPAN_FIELDS))]
    for key in ("start", "end"):
        value = span.get(key)
        if key in span and (isinstance(value, bool) or not isinstance(value, int)):
            reasons.append(f"{key} must be an integer, got {value!r}")
    for key in ("label", "text", "source"):
        if key in span and not isinstance(span[key], str):
            reasons.append(f"{key} must be a string, got {span[key]!r}")
    score = span.get("score")
    if "score" in span and (isinstance(score, bool) or not isinstance(score, int | float)):
        reasons.append(f"score must be a number, got {score!r}")
    return reasons


def read_jsonl(path: Path, report: ConversionReport | None = None) -> Iterator[Document]:
    """Documents of a project JSONL file; malformed lines are skipped, then raised together."""
    report = ConversionReport() if report is None else report
    problems: list[Problem] = []
    for line_no, record in json_lines(path, problems):
        reasons = record_problems(record)
        if reasons:
            problems.extend(Problem(str(path), line_no, reason) for reason in reasons)
            continue
        if "id" not in record:
            record = {**record, "id": f"{Path(path).stem}-{line_no}"}
        doc = Document.from_dict(record)
        report.read(doc, Origin(str(path), line_no))
        yield doc
    DataError.check(problems)


def write_jsonl(path: Path, docs: Iterable[Document], report: ConversionReport | None = None) -> None:
    """Write documents one per line, UTF-8, non-ASCII kept as is."""
    with open(path, "w", encoding="utf-8") as handle:
        for doc in docs:
            handle.write(json.dumps(doc.to_dict(), ensure_ascii=False) + "\n")
            if report is not None:
                report.wrote(doc)


register(Format("jsonl", read_jsonl, write_jsonl, suffixes=(".jsonl",)))
