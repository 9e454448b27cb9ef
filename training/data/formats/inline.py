"""Inline markup: a folder of text files with ``[[LABEL|surface]]`` marks.

This is how the gold extracts are written by hand: the annotator types the
text and wraps each entity in place, and offsets are computed by this parser,
never by hand. A file may start with a front matter of ``key: value`` lines
between ``---`` fences; ``id`` defaults to the file name.

Example:
    >>> text, spans = parse_inline("Présents : [[OFFICIAL|Paul ROCHE]], Maire.")
    >>> text
    'Présents : Paul ROCHE, Maire.'
    >>> spans
    [(11, 21, 'OFFICIAL')]
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from pathlib import Path

from model.document import Document
from model.labels import LABELS
from model.span import Span
from training.data.formats import Format, register
from training.data.problems import DataError, Problem
from training.data.report import ConversionReport, Origin

OPEN, SEP, CLOSE = "[[", "|", "]]"
_MARK = re.compile(r"\[\[([A-Z_]+)\|(.*?)\]\]", re.DOTALL)
_FENCE = "---\n"


class MarkupError(ValueError):
    def __init__(self, line: int, reason: str):
        self.line = line
        super().__init__(reason)


def parse_inline(source: str) -> tuple[str, list[tuple[int, int, str]]]:
    """Plain text and ``(start, end, label)`` triples from marked-up text."""
    parts: list[str] = []
    spans: list[tuple[int, int, str]] = []
    length = cursor = 0
    for match in _MARK.finditer(source):
        between = source[cursor : match.start()]
        _check_plain(source, cursor, between)
        label, surface = match.group(1), match.group(2)
        line = source.count("\n", 0, match.start()) + 1
        if label not in LABELS:
            raise MarkupError(line, f"unknown label {label!r} in {match.group(0)!r}")
        if not surface or surface != surface.strip():
            raise MarkupError(line, f"empty surface or surface with outer whitespace in {match.group(0)!r}")
        if OPEN in surface or SEP in surface:
            raise MarkupError(line, f"nested or malformed mark in {match.group(0)!r}")
        parts.append(between)
        length += len(between)
        spans.append((length, length + len(surface), label))
        parts.append(surface)
        length += len(surface)
        cursor = match.end()
    _check_plain(source, cursor, source[cursor:])
    parts.append(source[cursor:])
    return "".join(parts), spans


def _check_plain(source: str, offset: int, chunk: str) -> None:
    for token in (OPEN, CLOSE):
        found = chunk.find(token)
        if found >= 0:
            line = source.count("\n", 0, offset + found) + 1
            raise MarkupError(line, f"unbalanced {token!r} (marks are [[LABEL|surface]])")


def to_inline(doc: Document) -> str:
    """Marked-up text of a document (inverse of :func:`parse_inline`)."""
    out, cursor = [], 0
    for span in sorted(doc.spans, key=lambda s: s.start):
        out.append(doc.text[cursor : span.start])
        out.append(f"{OPEN}{span.label}{SEP}{doc.text[span.start : span.end]}{CLOSE}")
        cursor = span.end
    out.append(doc.text[cursor:])
    return "".join(out)


def _split_front_matter(raw: str) -> tuple[dict[str, str], str, int]:
    """Meta mapping, body, and the file line on which the body starts."""
    if not raw.startswith(_FENCE):
        return {}, raw, 1
    end = raw.find("\n" + _FENCE, len(_FENCE) - 1)
    if end < 0:
        raise MarkupError(1, "front matter opened with '---' is never closed")
    meta = {}
    for n, line in enumerate(raw[len(_FENCE) : end].splitlines(), start=2):
        key, sep, value = line.partition(":")
        if not sep or not key.strip():
            raise MarkupError(n, f"front matter line is not 'key: value': {line!r}")
        meta[key.strip()] = value.strip()
    body = raw[end + 1 + len(_FENCE) :]
    return meta, body, raw.count("\n", 0, end + 1 + len(_FENCE)) + 1


def read_inline(path: Path, report: ConversionReport | None = None) -> Iterator[Document]:
    """Documents from a folder of ``*.txt`` files (sorted by name) or from one file.

    A file with bad markup is skipped; once the others are read, one
    :class:`DataError` names each bad file with the line of its first problem.
    """
    report = ConversionReport() if report is None else report
    files = sorted(Path(path).glob("*.txt")) if Path(path).is_dir() else [Path(path)]
    problems: list[Problem] = []
    for file in files:
        raw = file.read_text(encoding="utf-8")
        try:
            meta, body, first_line = _split_front_matter(raw)
        except MarkupError as error:
            problems.append(Problem(str(file), error.line, str(error)))
            continue
        try:
            text, triples = parse_inline(body.removesuffix("\n"))
        except MarkupError as error:
            problems.append(Problem(str(file), error.line + first_line - 1, str(error)))
            continue
        doc_id = meta.pop("id", file.stem)
        spans = [Span(s, e, label, text=text[s:e]) for s, e, label in triples]
        doc = Document(id=doc_id, text=text, spans=spans, meta=meta)
        report.read(doc, Origin(str(file), first_line, verbatim=True))
        yield doc
    DataError.check(problems)


def write_inline(path: Path, docs: Iterable[Document], report: ConversionReport | None = None) -> None:
    """One ``<id>.txt`` file per document in folder ``path`` (created if needed)."""
    folder = Path(path)
    folder.mkdir(parents=True, exist_ok=True)
    written: dict[str, str] = {}
    for doc in docs:
        meta = {"id": doc.id, **{k: v for k, v in doc.meta.items() if isinstance(v, str | int | float | bool)}}
        problem = _unwritable(doc, meta)
        if problem:
            raise ValueError(f"document {doc.id} cannot be written inline: {problem}")
        front = "".join(f"{key}: {value}\n" for key, value in meta.items())
        safe_name = re.sub(r"[^\w.-]+", "_", doc.id)
        if safe_name in written:
            raise ValueError(
                f"documents {written[safe_name]!r} and {doc.id!r} would both be written to {safe_name}.txt"
            )
        written[safe_name] = doc.id
        (folder / f"{safe_name}.txt").write_text(f"{_FENCE}{front}{_FENCE}{to_inline(doc)}\n", encoding="utf-8")
        if report is not None:
            report.wrote(doc)
            for key, _value in doc.meta.items():
                if key not in meta:
                    report.lose(doc.id, 0, 0, "-", f"meta field {key!r} is not a scalar and is not written")


def _unwritable(doc: Document, meta: dict[str, object]) -> str | None:
    if OPEN in doc.text or CLOSE in doc.text:
        return "the text contains '[[' or ']]'"
    if "\r" in doc.text:
        return "the text contains a carriage return"
    for span in doc.spans:
        surface = doc.text[span.start : span.end]
        if SEP in surface or surface.endswith("]") or surface.startswith("["):
            return f"span [{span.start}:{span.end}] {surface!r} holds '|' or starts/ends with a bracket"
    for key, value in meta.items():
        if not str(key).strip() or ":" in str(key) or any(ch in f"{key}{value}" for ch in "\r\n"):
            return f"meta {key!r}: {value!r} does not fit a 'key: value' line"
    return None


register(Format("inline", read_inline, write_inline, suffixes=(".txt",)))
