"""The project's own format: one JSON document per line (see annotations/GUIDELINES.md)."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path

from model.document import Document
from training.data.formats import Format, register
from training.data.problems import DataError
from training.data.report import ConversionReport


def read_jsonl(path: Path, report: ConversionReport | None = None) -> Iterator[Document]:
    """Documents of a project JSONL file; raises :class:`DataError` at the first bad line."""
    with open(path, encoding="utf-8") as handle:
        for line_no, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as error:
                raise DataError.at(path, line_no, f"invalid JSON: {error.msg} (column {error.colno})") from None
            if not isinstance(record, dict) or not isinstance(record.get("text"), str):
                raise DataError.at(path, line_no, "missing text: each line needs a JSON object with a string 'text'")
            record.setdefault("id", f"{Path(path).stem}-{line_no}")
            try:
                doc = Document.from_dict(record)
            except (KeyError, TypeError, ValueError) as error:
                raise DataError.at(path, line_no, f"malformed span: {error}") from None
            if report is not None:
                report.documents += 1
                report.spans += len(doc.spans)
            yield doc


def write_jsonl(path: Path, docs: Iterable[Document], report: ConversionReport | None = None) -> None:
    """Write documents one per line, UTF-8, non-ASCII kept as is."""
    with open(path, "w", encoding="utf-8") as handle:
        for doc in docs:
            handle.write(json.dumps(doc.to_dict(), ensure_ascii=False) + "\n")
            if report is not None:
                report.documents += 1
                report.spans += len(doc.spans)


register(Format("jsonl", read_jsonl, write_jsonl, suffixes=(".jsonl",)))
