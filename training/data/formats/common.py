"""What the converters share: admitting foreign spans, French tokens, JSON records.

Example:
    >>> from training.data.report import ConversionReport
    >>> report = ConversionReport()
    >>> text = "Vu la loi NOTRe, M. Paul ROCHE."
    >>> spans = admit_spans("d1", text, [Candidate(6, 15, "LEGAL_REF"), Candidate(19, 30, "OFFICIAL"),
    ...                                   Candidate(0, 2, "VERB")], report)
    >>> [(s.start, s.end, s.label) for s in spans]
    [(6, 15, 'LEGAL_REF'), (20, 30, 'OFFICIAL')]
    >>> report.lines(), len(report.adjustments)
    (["d1 [0:2] VERB: unknown label 'VERB'"], 1)
    >>> token_bounds("12 500 €.")
    [(0, 2), (3, 6), (7, 8), (8, 9)]
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from model.document import Document
from model.labels import LABELS
from model.span import Span
from training.data.problems import Problem
from training.data.report import ConversionReport

if TYPE_CHECKING:
    from spacy.language import Language

_NON_SPACE = re.compile(r"\S+")


@dataclass(frozen=True, slots=True)
class Candidate:
    """A span as a foreign file states it, before it is checked."""

    start: Any
    end: Any
    label: Any
    surface: str | None = None


def admit_spans(doc_id: str, text: str, candidates: Iterable[Candidate], report: ConversionReport) -> list[Span]:
    """The candidates that make valid spans of ``text``; every other one is reported.

    Outer whitespace is trimmed (reported as an adjustment); a span with an
    unknown label, bad offsets, a stated surface that differs from the text,
    or that overlaps an earlier span is reported as lost.
    """
    admitted: list[Span] = []
    ordered = sorted(candidates, key=lambda c: (_sort_key(c.start), -_sort_key(c.end)))
    for cand in ordered:
        reason = _candidate_problem(text, cand)
        if reason:
            report.lose(doc_id, _as_int(cand.start), _as_int(cand.end), str(cand.label), reason)
            continue
        start, end = cand.start, cand.end
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if start == end:
            report.lose(doc_id, cand.start, cand.end, cand.label, "span holds only whitespace")
            continue
        if (start, end) != (cand.start, cand.end):
            report.adjust(doc_id, cand.start, cand.end, cand.label, f"outer whitespace trimmed to [{start}:{end}]")
        clash = next((kept for kept in admitted if kept.start < end and start < kept.end), None)
        if clash is not None:
            report.lose(doc_id, start, end, cand.label, f"overlaps [{clash.start}:{clash.end}] {clash.label}")
            continue
        admitted.append(Span(start, end, cand.label, text=text[start:end]))
    return admitted


def _candidate_problem(text: str, cand: Candidate) -> str | None:
    if not all(isinstance(v, int) and not isinstance(v, bool) for v in (cand.start, cand.end)):
        return f"offsets {cand.start!r}, {cand.end!r} are not integers"
    if cand.label not in LABELS:
        return f"unknown label {cand.label!r}"
    if not 0 <= cand.start < cand.end <= len(text):
        return f"offsets out of range or reversed (text has {len(text)} characters)"
    actual = text[cand.start : cand.end]
    if cand.surface is not None and cand.surface != actual:
        return f"stated text {cand.surface!r} differs from text[{cand.start}:{cand.end}] {actual!r}"
    return None


def _as_int(value: Any) -> int:
    return value if isinstance(value, int) else -1


def _sort_key(value: Any) -> int:
    return value if isinstance(value, int) and not isinstance(value, bool) else -1


@lru_cache(maxsize=1)
def french() -> Language:
    """spaCy's blank French pipeline (its tokenizer only), created once, on first use."""
    import spacy

    return spacy.blank("fr")


def token_bounds(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each non-whitespace token of spaCy's French tokenizer."""
    bounds = []
    for token in french().make_doc(text):
        if token.is_space:
            continue
        # Defensive: a token never holds whitespace, so that a CoNLL line can hold it.
        start = token.idx
        bounds.extend((start + m.start(), start + m.end()) for m in _NON_SPACE.finditer(token.text))
    return bounds


def align(
    doc: Document, bounds: list[tuple[int, int]], report: ConversionReport, fmt: str
) -> list[tuple[Span, int, int]]:
    """Each span that starts and ends on token boundaries, with its first and last token index.

    The others are reported lost: a token-based format cannot hold them.
    """
    first = {start: i for i, (start, _) in enumerate(bounds)}
    last = {end: i for i, (_, end) in enumerate(bounds)}
    aligned = []
    for span in doc.spans:
        if span.start in first and span.end in last:
            aligned.append((span, first[span.start], last[span.end]))
        else:
            reason = f"{doc.text[span.start : span.end]!r} does not align to {fmt} token boundaries"
            report.lose(doc.id, span.start, span.end, span.label, reason)
    return aligned


def json_lines(path: Path, problems: list[Problem]) -> Iterator[tuple[int, Any]]:
    """``(line number, parsed value)`` for each non-blank line; bad JSON goes to ``problems``."""
    with open(path, encoding="utf-8") as handle:
        for line_no, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                yield line_no, json.loads(line)
            except json.JSONDecodeError as error:
                problems.append(Problem(str(path), line_no, f"invalid JSON: {error.msg} (column {error.colno})"))


def record_meta(record: dict[str, Any], known: Iterable[str]) -> dict[str, Any]:
    """A record's ``meta`` object merged with its fields that are not ``known``."""
    meta = dict(record["meta"]) if isinstance(record.get("meta"), dict) else {}
    meta.update({k: v for k, v in record.items() if k not in known and k != "meta"})
    return meta
