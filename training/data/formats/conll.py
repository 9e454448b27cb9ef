"""CoNLL-style BIO: one token per line (``TOKEN<TAB>TAG<TAB>MISC``), a blank line between blocks.

Tokens come from spaCy's blank French tokenizer; tags are IOB2. So that text
and offsets round-trip exactly, the layout borrows CoNLL-U's conventions: a
``# newdoc id = …`` line opens each document (``# meta = {json}`` may follow),
and the third column says what follows a token — ``_`` one space,
``SpaceAfter=No`` nothing, ``SpacesAfter=\\n\\s`` anything else (``\\s`` space,
``\\t``, ``\\n``, ``\\r``, ``\\uXXXX``). Whitespace before the first token is
kept in ``# spaces_before = …``. Blocks end at line breaks outside spans.

Files from elsewhere are read too: two or more columns (the tag is the last
one, or the one before a MISC column), ``-DOCSTART-`` lines, IOB1, BIOES or
BILOU tags; lacking a MISC column, tokens are joined by spaces and blocks by
line breaks; lacking document markers, each block is a document.

Example:
    >>> escape_gap("\\n  "), unescape_gap("\\\\n\\\\s\\\\s")
    ('\\\\n\\\\s\\\\s', '\\n  ')
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from model.document import Document
from training.data.formats import Format, register
from training.data.formats.common import Candidate, admit_spans, align, token_bounds
from training.data.problems import DataError, Problem
from training.data.report import ConversionReport, Origin

DOC_MARK, META_MARK, LEADING_MARK = "# newdoc id = ", "# meta = ", "# spaces_before = "
_ESCAPES = {" ": r"\s", "\t": r"\t", "\n": r"\n", "\r": r"\r", "\\": "\\\\"}
_UNESCAPES = {v[1]: k for k, v in _ESCAPES.items()}
_ESCAPED = re.compile(r"\\(u[0-9a-fA-F]{4}|.)")


def escape_gap(gap: str) -> str:
    return "".join(_ESCAPES.get(ch, ch if ch.isprintable() and not ch.isspace() else f"\\u{ord(ch):04x}") for ch in gap)


def unescape_gap(escaped: str) -> str:
    return _ESCAPED.sub(lambda m: chr(int(m[1][1:], 16)) if len(m[1]) == 5 else _UNESCAPES.get(m[1], m[1]), escaped)


@dataclass
class _Row:
    token: str
    tag: str
    gap: str | None
    line: int
    block_end: bool = False


@dataclass
class _Pending:
    doc_id: str
    line: int
    meta: dict[str, Any] = field(default_factory=dict)
    leading: str = ""
    rows: list[_Row] = field(default_factory=list)


def read_conll(path: Path, report: ConversionReport | None = None) -> Iterator[Document]:
    report = ConversionReport() if report is None else report
    problems: list[Problem] = []
    # Only "\n" ends a line: other line separators (U+2028…) may sit in a meta value.
    lines = Path(path).read_text(encoding="utf-8").split("\n")
    ours = any(line.startswith(DOC_MARK) for line in lines)
    # `-DOCSTART-` opens a document in other tools' files only: in ours it is a token.
    docstart = not ours and any(line.split()[:1] == ["-DOCSTART-"] for line in lines)
    marked = ours or docstart
    pending: _Pending | None = None
    count = 0

    def start(doc_id: str | None, line_no: int) -> _Pending:
        nonlocal count
        count += 1
        return _Pending(doc_id or f"{Path(path).stem}-{count}", line_no)

    for line_no, line in enumerate(lines, start=1):
        if line.startswith(DOC_MARK) or (docstart and line.split()[:1] == ["-DOCSTART-"]):
            if pending is not None:
                yield _finish(pending, report, path)
            pending = start(line.removeprefix(DOC_MARK) if line.startswith(DOC_MARK) else None, line_no)
        elif line.startswith("#") and "\t" not in line:
            if line.startswith((META_MARK, LEADING_MARK)):  # other comments (CoNLL-U's) are not ours
                pending = pending or start(None, line_no)
                _read_comment(line, line_no, pending, problems, path)
        elif not line.strip():
            if pending is not None and pending.rows:
                pending.rows[-1].block_end = True
                if not marked:
                    yield _finish(pending, report, path)
                    pending = None
        else:
            row = _parse_row(line, line_no, problems, path)
            if row is not None:
                pending = pending or start(None, line_no)
                pending.rows.append(row)
    if pending is not None:
        yield _finish(pending, report, path)
    DataError.check(problems)


def _read_comment(line: str, line_no: int, pending: _Pending, problems: list[Problem], path: Path) -> None:
    if line.startswith(META_MARK):
        try:
            meta = json.loads(line.removeprefix(META_MARK))
        except json.JSONDecodeError as error:
            problems.append(Problem(str(path), line_no, f"invalid JSON in meta: {error.msg}"))
            return
        if isinstance(meta, dict):
            pending.meta = meta
        else:
            problems.append(Problem(str(path), line_no, "meta must be a JSON object"))
    elif line.startswith(LEADING_MARK):
        pending.leading = unescape_gap(line.removeprefix(LEADING_MARK))


def _parse_row(line: str, line_no: int, problems: list[Problem], path: Path) -> _Row | None:
    cols = line.split("\t") if "\t" in line else line.split()
    misc = None
    if len(cols) >= 3 and (cols[-1] == "_" or "SpaceAfter=" in cols[-1] or "SpacesAfter=" in cols[-1]):
        misc = cols.pop()
    if len(cols) < 2 or not cols[0]:
        problems.append(Problem(str(path), line_no, f"expected a token and a tag, got {line!r}"))
        return None
    tag = cols[-1]
    if tag != "O" and (tag[:2] not in {f"{p}-" for p in "BIESLU"} or len(tag) < 3):
        problems.append(Problem(str(path), line_no, f"tag {tag!r} is neither 'O' nor B-/I-/E-/S-LABEL"))
        return None
    return _Row(cols[0], tag, _gap(misc), line_no)


def _gap(misc: str | None) -> str | None:
    if misc is None:
        return None
    for entry in misc.split("|"):
        key, _, value = entry.partition("=")
        if key == "SpaceAfter" and value == "No":
            return ""
        if key == "SpacesAfter":
            return unescape_gap(value)
    return " "


def _finish(pending: _Pending, report: ConversionReport, path: Path) -> Document:
    parts, candidates = [pending.leading], []
    offset, open_span = len(pending.leading), None
    for n, row in enumerate(pending.rows):
        end = offset + len(row.token)
        prefix, label = row.tag[0], row.tag[2:]
        if row.tag != "O" and prefix in "IEL" and open_span is not None and open_span.label == label:
            open_span = Candidate(open_span.start, end, label)
        else:
            # IOB1 and stray I- tags open a span, as most CoNLL readers do.
            if open_span is not None:
                candidates.append(open_span)
            open_span = None if row.tag == "O" else Candidate(offset, end, label)
        if prefix in "ESLU" and open_span is not None:
            candidates.append(open_span)
            open_span = None
        gap = row.gap
        if gap is None:
            gap = "" if n == len(pending.rows) - 1 else "\n" if row.block_end else " "
        parts += [row.token, gap]
        offset = end + len(gap)
    if open_span is not None:
        candidates.append(open_span)
    text = "".join(parts)
    doc = Document(pending.doc_id, text, admit_spans(pending.doc_id, text, candidates, report), pending.meta)
    report.read(doc, Origin(str(path), pending.line))
    return doc


def write_conll(path: Path, docs: Iterable[Document], report: ConversionReport | None = None) -> None:
    """BIO lines for each document; spans off the token boundaries are reported lost."""
    report = ConversionReport() if report is None else report
    with open(path, "w", encoding="utf-8") as handle:
        for doc in docs:
            handle.write("".join(_document_lines(doc, report)))
            report.wrote(doc)


def _document_lines(doc: Document, report: ConversionReport) -> Iterator[str]:
    if "\n" in doc.id or "\r" in doc.id:
        raise ValueError(f"document id {doc.id!r} holds a line break and cannot be written to CoNLL")
    text, bounds = doc.text, token_bounds(doc.text)
    tags = ["O"] * len(bounds)
    for span, first, last in align(doc, bounds, report, "spaCy French"):
        tags[first : last + 1] = [f"B-{span.label}"] + [f"I-{span.label}"] * (last - first)
    yield f"{DOC_MARK}{doc.id}\n"
    if doc.meta:
        yield f"{META_MARK}{json.dumps(doc.meta, ensure_ascii=False)}\n"
    leading = text[: bounds[0][0]] if bounds else text
    if leading:
        yield f"{LEADING_MARK}{escape_gap(leading)}\n"
    for n, (start, end) in enumerate(bounds):
        gap = text[end : bounds[n + 1][0] if n + 1 < len(bounds) else len(text)]
        misc = "_" if gap == " " else "SpaceAfter=No" if not gap else f"SpacesAfter={escape_gap(gap)}"
        yield f"{text[start:end]}\t{tags[n]}\t{misc}\n"
        if "\n" in gap and n + 1 < len(bounds) and not tags[n + 1].startswith("I-"):
            yield "\n"
    yield "\n"


register(Format("conll", read_conll, write_conll, suffixes=(".conll", ".bio", ".iob")))
