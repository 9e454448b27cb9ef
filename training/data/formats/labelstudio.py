"""Label Studio JSON: a list of tasks, each ``{"data": {"text": …}, "annotations": [{"result": […]}]}``.

Each result of type ``labels`` holds ``value: {start, end, text, labels}``.
The first annotation that was not cancelled is read; a task without one is
read from its first prediction. A document's ``id`` and ``meta`` travel in
``data`` (other ``data`` fields are read into ``meta``). Import the written
file into a project whose labelling interface is :data:`LABEL_CONFIG`.

Example:
    >>> task = {"data": {"text": "Vu le CGCT"}, "annotations": [{"result": [
    ...     {"type": "labels", "value": {"start": 6, "end": 10, "text": "CGCT", "labels": ["LEGAL_REF"]}}]}]}
    >>> [(c.start, c.end, c.label) for c in task_candidates(task, "t1", ConversionReport())]
    [(6, 10, 'LEGAL_REF')]
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from model.document import Document
from model.labels import LABELS
from training.data.formats import Format, register
from training.data.formats.common import Candidate, admit_spans, record_meta
from training.data.problems import DataError, Problem
from training.data.report import ConversionReport, Origin

LABEL_CONFIG = (
    '<View>\n  <Labels name="label" toName="text">\n'
    + "".join(f'    <Label value="{label}"/>\n' for label in LABELS)
    + '  </Labels>\n  <Text name="text" value="$text"/>\n</View>\n'
)


def task_candidates(task: dict[str, Any], doc_id: str, report: ConversionReport) -> list[Candidate]:
    """The spans a task's chosen annotation (or prediction) states; other results are reported."""
    annotations = [a for a in task.get("annotations") or [] if isinstance(a, dict) and not a.get("was_cancelled")]
    chosen = annotations or [p for p in task.get("predictions") or [] if isinstance(p, dict)]
    if len(chosen) > 1:
        what = "annotations" if annotations else "predictions"
        report.lose(doc_id, 0, 0, "-", f"{len(chosen)} {what}: only the first is read")
    candidates = []
    for result in (chosen[0].get("result") or []) if chosen else []:
        value = result.get("value") if isinstance(result, dict) else None
        kind = result.get("type", "labels") if isinstance(result, dict) else type(result).__name__
        if kind != "labels" or not isinstance(value, dict) or "start" not in value:
            report.lose(doc_id, 0, 0, "-", f"result of type {kind!r} is not a labelled text span")
            continue
        labels = value.get("labels") or [None]
        for extra in labels[1:]:
            report.lose(doc_id, value["start"], value.get("end", -1), str(extra), "a span holds one label only")
        candidates.append(Candidate(value["start"], value.get("end"), labels[0], value.get("text")))
    return candidates


def read_labelstudio(path: Path, report: ConversionReport | None = None) -> Iterator[Document]:
    report = ConversionReport() if report is None else report
    problems: list[Problem] = []
    for index, (line, task) in enumerate(_tasks(path), start=1):
        data = task.get("data") if isinstance(task, dict) else None
        if not isinstance(data, dict) or not isinstance(data.get("text"), str):
            problems.append(Problem(str(path), line, "not a Label Studio task: expected {'data': {'text': …}}"))
            continue
        doc_id = str(data.get("id", task.get("id", f"{Path(path).stem}-{index}")))
        spans = admit_spans(doc_id, data["text"], task_candidates(task, doc_id, report), report)
        doc = Document(doc_id, data["text"], spans, record_meta(data, ("text", "id")))
        report.read(doc, Origin(str(path), line))
        yield doc
    DataError.check(problems)


def _tasks(path: Path) -> Iterator[tuple[int, Any]]:
    """Each task of the top-level array (or the one top-level task) with the line it starts on."""
    raw = Path(path).read_text(encoding="utf-8")
    decoder = json.JSONDecoder()
    try:
        at = _skip_space(raw, 0)
        if not raw.startswith("[", at):
            yield raw.count("\n", 0, at) + 1, decoder.raw_decode(raw, at)[0]
            return
        at = _skip_space(raw, at + 1)
        while not raw.startswith("]", at):
            task, end = decoder.raw_decode(raw, at)
            yield raw.count("\n", 0, at) + 1, task
            at = _skip_space(raw, end)
            if raw.startswith(",", at):
                at = _skip_space(raw, at + 1)
            elif not raw.startswith("]", at):
                raise json.JSONDecodeError("expected ',' or ']'", raw, at)
    except json.JSONDecodeError as error:
        raise DataError.at(path, error.lineno, f"invalid JSON: {error.msg} (column {error.colno})") from None


def _skip_space(raw: str, at: int) -> int:
    while at < len(raw) and raw[at].isspace():
        at += 1
    return at


def write_labelstudio(path: Path, docs: Iterable[Document], report: ConversionReport | None = None) -> None:
    """A Label Studio import file: one task per document, its spans as a finished annotation."""
    tasks = []
    for doc in docs:
        data: dict[str, Any] = {"text": doc.text, "id": doc.id}
        if doc.meta:
            data["meta"] = doc.meta
        result = [
            {
                "id": f"s{n}",
                "from_name": "label",
                "to_name": "text",
                "type": "labels",
                "value": {"start": s.start, "end": s.end, "text": doc.text[s.start : s.end], "labels": [s.label]},
            }
            for n, s in enumerate(doc.spans)
        ]
        tasks.append({"data": data, "annotations": [{"result": result}]})
        if report is not None:
            report.wrote(doc)
    Path(path).write_text(json.dumps(tasks, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


register(Format("labelstudio", read_labelstudio, write_labelstudio, suffixes=(".json",)))
