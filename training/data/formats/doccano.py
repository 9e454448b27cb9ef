"""doccano sequence-labelling JSONL: ``{"text", "label": [[start, end, "LABEL"], …]}``.

Also read: the ``labels`` key, and the ``entities`` variant doccano exports
when relations are on (``{"start_offset", "end_offset", "label"}``). Fields
other than ``id``, ``text`` and the spans are read into ``meta``.

Example:
    >>> [(c.start, c.end, c.label) for c in record_candidates({"text": "Vu le CGCT", "label": [[6, 10, "LEGAL_REF"]]})]
    [(6, 10, 'LEGAL_REF')]
    >>> record_candidates({"text": "x", "entities": [{"start_offset": 0, "end_offset": 1, "label": "DATE"}]})
    [Candidate(start=0, end=1, label='DATE', surface=None)]
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from model.document import Document
from training.data.formats import Format, register
from training.data.formats.common import Candidate, admit_spans, json_lines, record_meta
from training.data.problems import DataError, Problem
from training.data.report import ConversionReport, Origin

_SPAN_KEYS = ("label", "labels", "entities")


def record_candidates(record: dict[str, Any]) -> list[Candidate]:
    """The spans a doccano record states; raises ``ValueError`` when they are not spans."""
    candidates = []
    for key in _SPAN_KEYS:
        items = record.get(key) or []
        if not isinstance(items, list):
            raise ValueError(f"{key!r} must be a list")
        for item in items:
            if key == "entities" and isinstance(item, dict):
                candidates.append(Candidate(item.get("start_offset"), item.get("end_offset"), item.get("label")))
            elif key != "entities" and isinstance(item, list) and len(item) == 3:
                candidates.append(Candidate(*item))
            else:
                shape = "{start_offset, end_offset, label}" if key == "entities" else "[start, end, label]"
                raise ValueError(f"{key!r} holds {item!r}, expected {shape} (is this a classification project?)")
    return candidates


def read_doccano(path: Path, report: ConversionReport | None = None) -> Iterator[Document]:
    report = ConversionReport() if report is None else report
    problems: list[Problem] = []
    for line_no, record in json_lines(path, problems):
        if not isinstance(record, dict) or not isinstance(record.get("text"), str):
            problems.append(Problem(str(path), line_no, "missing text: each line needs an object with a string 'text'"))
            continue
        try:
            candidates = record_candidates(record)
        except ValueError as error:
            problems.append(Problem(str(path), line_no, str(error)))
            continue
        doc_id = str(record.get("id", f"{Path(path).stem}-{line_no}"))
        for relation in record.get("relations") or []:
            report.lose(doc_id, 0, 0, "-", f"relation {relation!r} is not carried over")
        spans = admit_spans(doc_id, record["text"], candidates, report)
        doc = Document(doc_id, record["text"], spans, record_meta(record, ("id", "text", "relations", *_SPAN_KEYS)))
        report.read(doc, Origin(str(path), line_no))
        yield doc
    DataError.check(problems)


def write_doccano(path: Path, docs: Iterable[Document], report: ConversionReport | None = None) -> None:
    """One doccano record per line (``id``, ``text``, ``label``; ``meta`` when there is one)."""
    with open(path, "w", encoding="utf-8") as handle:
        for doc in docs:
            record: dict[str, Any] = {
                "id": doc.id,
                "text": doc.text,
                "label": [[s.start, s.end, s.label] for s in doc.spans],
            }
            if doc.meta:
                record["meta"] = doc.meta
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
            if report is not None:
                report.wrote(doc)


register(Format("doccano", read_doccano, write_doccano, suffixes=(".doccano.jsonl",)))
