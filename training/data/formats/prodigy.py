"""Prodigy / spaCy JSONL: ``{"text", "tokens": [{text, start, end, id, ws}], "spans": [{start, end, label, …}]}``.

Spans are read by their character offsets (or, lacking them, by
``token_start``/``token_end`` over ``tokens``); records answered ``reject`` or
``ignore`` are skipped and reported. The writer tokenizes with spaCy's blank
French tokenizer, as Prodigy's ``ner.manual`` does, and reports the spans
that do not fall on token boundaries (Prodigy could not display them).

Example:
    >>> [(c.start, c.end, c.label) for c in record_candidates({"text": "Vu le CGCT", "spans": [
    ...     {"token_start": 2, "token_end": 2, "label": "LEGAL_REF"}], "tokens": [
    ...     {"start": 0, "end": 2}, {"start": 3, "end": 5}, {"start": 6, "end": 10}]})]
    [(6, 10, 'LEGAL_REF')]
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from model.document import Document
from training.data.formats import Format, register
from training.data.formats.common import Candidate, admit_spans, align, french, json_lines, record_meta
from training.data.problems import DataError, Problem
from training.data.report import ConversionReport, Origin

_KNOWN = ("id", "text", "tokens", "spans", "answer", "_input_hash", "_task_hash", "_view_id", "_session_id")


def record_candidates(record: dict[str, Any]) -> list[Candidate]:
    """The spans a record states; raises ``ValueError`` when they cannot be read."""
    spans, tokens = record.get("spans") or [], record.get("tokens") or []
    if not isinstance(spans, list) or not isinstance(tokens, list):
        raise ValueError("'spans' and 'tokens' must be lists")
    candidates = []
    for span in spans:
        if not isinstance(span, dict):
            raise ValueError(f"span {span!r} is not an object")
        start, end = span.get("start"), span.get("end")
        if start is None and end is None and "token_start" in span and "token_end" in span:
            try:
                start, end = tokens[span["token_start"]]["start"], tokens[span["token_end"]]["end"]
            except (IndexError, KeyError, TypeError):
                raise ValueError(f"span {span!r} points at tokens that are not there") from None
        candidates.append(Candidate(start, end, span.get("label"), span.get("text")))
    return candidates


def read_prodigy(path: Path, report: ConversionReport | None = None) -> Iterator[Document]:
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
        meta = record_meta(record, _KNOWN)
        doc_id = str(record.get("id", meta.get("id", f"{Path(path).stem}-{line_no}")))
        if record.get("answer", "accept") != "accept":
            report.lose(doc_id, 0, 0, "-", f"answer is {record['answer']!r}: record skipped")
            continue
        spans = admit_spans(doc_id, record["text"], candidates, report)
        doc = Document(doc_id, record["text"], spans, meta)
        report.read(doc, Origin(str(path), line_no))
        yield doc
    DataError.check(problems)


def write_prodigy(path: Path, docs: Iterable[Document], report: ConversionReport | None = None) -> None:
    """One accepted Prodigy task per line, tokenized with spaCy's blank French tokenizer."""
    report = ConversionReport() if report is None else report
    nlp = french()
    with open(path, "w", encoding="utf-8") as handle:
        for doc in docs:
            tokens = list(nlp.make_doc(doc.text))
            # Prodigy's tokens include whitespace tokens; its span indices count them.
            bounds = [(t.idx, t.idx + len(t)) if not t.is_space else (-1, -1) for t in tokens]
            record = {
                "id": doc.id,
                "text": doc.text,
                "tokens": [
                    {"text": t.text, "start": t.idx, "end": t.idx + len(t), "id": t.i, "ws": bool(t.whitespace_)}
                    for t in tokens
                ],
                "spans": [
                    {"start": s.start, "end": s.end, "label": s.label, "token_start": first, "token_end": last}
                    for s, first, last in align(doc, bounds, report, "spaCy French")
                ],
                "meta": doc.meta,
                "answer": "accept",
            }
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
            report.wrote(doc)


register(Format("prodigy", read_prodigy, write_prodigy, suffixes=(".prodigy.jsonl",)))
