"""Strict validation of annotated data, and the one reader training and evaluation use.

Every problem is reported, located by ``FILE:LINE``: malformed records (from
the format's reader), then per document — offsets out of range or reversed,
unknown labels, overlapping spans, spans that start or end on whitespace, a
stored surface that differs from ``text[start:end]`` — and duplicate ids.

Example:
    >>> from model.span import Span
    >>> doc = Document("d1", "Vu le CGCT ", [Span(6, 11, "LEGAL_REF"), Span(3, 5, "ACT")])
    >>> for span, reason in span_issues(doc.text, doc.spans):
    ...     print(span.start, span.end, reason)
    6 11 ends on whitespace: 'CGCT '
    3 5 unknown label 'ACT' (expected one of OFFICIAL, LEGAL_REF, AMOUNT, BUDGET_CODE, DELIB_ID, DATE)
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from model.document import Document
from model.labels import LABELS
from model.span import Span, sort_spans
from training.data.formats import get_format, guess_format
from training.data.problems import DataError, Problem
from training.data.report import ConversionReport, Origin


def span_issues(text: str, spans: Iterable[Span]) -> list[tuple[Span, str]]:
    """Each span that is not valid for ``text``, with why (overlaps are with the span before)."""
    issues: list[tuple[Span, str]] = []
    previous: Span | None = None
    for span in spans:
        reason = _span_issue(text, span)
        if reason is None and previous is not None and span.overlaps(previous):
            reason = f"overlaps [{previous.start}:{previous.end}] {previous.label}"
        if reason is not None:
            issues.append((span, reason))
        elif previous is None or span.end > previous.end:
            previous = span
    return issues


def _span_issue(text: str, span: Span) -> str | None:
    if span.start > span.end:
        return "reversed offsets (start after end)"
    if span.start == span.end:
        return "empty span (start equals end)"
    if span.start < 0 or span.end > len(text):
        return f"offsets out of range (the text has {len(text)} characters)"
    if span.label not in LABELS:
        return f"unknown label {span.label!r} (expected one of {', '.join(LABELS)})"
    surface = text[span.start : span.end]
    if span.text and span.text != surface:
        return f"stored text {span.text!r} differs from text[{span.start}:{span.end}] {surface!r}"
    if surface[0].isspace():
        return f"starts on whitespace: {surface!r}"
    if surface[-1].isspace():
        return f"ends on whitespace: {surface!r}"
    return None


def check_documents(docs: list[Document], origins: list[Origin]) -> list[Problem]:
    """Problems of already parsed documents (``origins[i]`` locates ``docs[i]``), duplicate ids included."""
    problems = []
    first_seen: dict[str, Origin] = {}
    for doc, origin in zip(docs, origins, strict=True):
        for span, reason in span_issues(doc.text, sort_spans(doc.spans)):
            line = origin.line_of(doc.text, span.start)
            problems.append(Problem(origin.path, line, f"{doc.id} [{span.start}:{span.end}] {span.label}: {reason}"))
        if doc.id in first_seen:
            seen = first_seen[doc.id]
            problems.append(
                Problem(origin.path, origin.line, f"duplicate id {doc.id!r} (first at {seen.path}:{seen.line})")
            )
        first_seen.setdefault(doc.id, origin)
    return problems


@dataclass
class Loaded:
    """What reading a file gave: its documents, where each came from, and every problem."""

    documents: list[Document] = field(default_factory=list)
    origins: list[Origin] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    report: ConversionReport = field(default_factory=ConversionReport)
    format: str = ""


def load(path: str | Path, fmt: str | None = None, report: ConversionReport | None = None) -> Loaded:
    """Read ``path`` in any registered format and validate it, collecting (not raising) problems."""
    path = Path(path)
    if not path.exists():
        raise FileNotFoundError(f"{path} does not exist")
    name = fmt or guess_format(path)
    loaded = Loaded(report=ConversionReport() if report is None else report, format=name)
    already = len(loaded.report.origins)
    try:
        for doc in get_format(name).read(path, loaded.report):
            loaded.documents.append(doc)
    except DataError as error:
        loaded.problems.extend(error.problems)
    loaded.origins = loaded.report.origins[already:]
    loaded.origins += [Origin(str(path), 0)] * (len(loaded.documents) - len(loaded.origins))
    loaded.problems.extend(check_documents(loaded.documents, loaded.origins))
    loaded.problems.sort(key=_by_place)
    return loaded


def validate_path(path: str | Path, fmt: str | None = None) -> list[Problem]:
    """Every problem of a data file (empty when it is valid)."""
    return load(path, fmt).problems


def read_documents(path: str | Path, fmt: str | None = None, report: ConversionReport | None = None) -> list[Document]:
    """The documents of an annotated file, validated; raises :class:`DataError` listing every problem.

    ``fmt`` is any registered format (guessed from the name when omitted). A
    span a foreign format's reader could not carry over is a problem too,
    unless ``report`` is given: then it is recorded there for the caller.
    """
    loaded = load(path, fmt, report)
    problems = list(loaded.problems)
    if report is None:
        where = {doc.id: origin for doc, origin in zip(loaded.documents, loaded.origins, strict=True)}
        for loss in [*loaded.report.losses, *loaded.report.adjustments]:
            origin = where.get(loss.doc_id, Origin(str(path), 0))
            problems.append(Problem(origin.path, origin.line, f"cannot read {loss}"))
    DataError.check(sorted(problems, key=_by_place))
    return loaded.documents


def _by_place(problem: Problem) -> tuple[str, int]:
    return problem.path, problem.line


def write_documents(
    path: str | Path, docs: Iterable[Document], fmt: str | None = None, report: ConversionReport | None = None
) -> ConversionReport:
    """Write documents in any registered format; the report lists what the format could not hold."""
    report = ConversionReport() if report is None else report
    get_format(fmt or guess_format(path)).write(Path(path), docs, report)
    return report
