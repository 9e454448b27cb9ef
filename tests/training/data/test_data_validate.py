import json
from pathlib import Path

import pytest

from model.document import Document
from model.span import Span
from training.data import DataError, read_documents, validate_path
from training.data.report import ConversionReport
from training.data.validate import load

TEXT = "Vu le CGCT, M. Paul ROCHE vote 12 500 €."
GOOD = {"id": "ok", "text": TEXT, "spans": [{"start": 6, "end": 10, "label": "LEGAL_REF"}]}


def _jsonl(tmp_path: Path, *lines: str) -> Path:
    path = tmp_path / "data.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _record(**changes) -> str:
    return json.dumps({**GOOD, **changes}, ensure_ascii=False)


def _spans(*spans: tuple) -> list[dict]:
    return [dict(zip(("start", "end", "label", "text"), span, strict=False)) for span in spans]


@pytest.mark.parametrize(
    ("bad_line", "reason"),
    [
        ('{"id": "x", "text": "abc"', "invalid JSON"),
        ('["not", "an", "object"]', "expected a JSON object"),
        ('{"id": "x"}', "missing text"),
        ('{"id": "x", "text": 12}', "missing text"),
        (_record(id="y", spans=_spans((30, 50, "AMOUNT"))), "y [30:50] AMOUNT: offsets out of range"),
        (_record(id="y", spans=_spans((-1, 2, "AMOUNT"))), "y [-1:2] AMOUNT: offsets out of range"),
        (_record(id="y", spans=_spans((10, 6, "LEGAL_REF"))), "y [10:6] LEGAL_REF: reversed offsets"),
        (_record(id="y", spans=_spans((6, 6, "LEGAL_REF"))), "y [6:6] LEGAL_REF: empty span"),
        (_record(id="y", spans=_spans((6, 10, "LAW"))), "y [6:10] LAW: unknown label 'LAW'"),
        (
            _record(id="y", spans=_spans((15, 25, "OFFICIAL"), (20, 25, "OFFICIAL"))),
            "y [20:25] OFFICIAL: overlaps [15:25] OFFICIAL",
        ),
        (_record(id="y", spans=_spans((5, 10, "LEGAL_REF"))), "y [5:10] LEGAL_REF: starts on whitespace: ' CGCT'"),
        (_record(id="y", spans=_spans((15, 26, "OFFICIAL"))), "y [15:26] OFFICIAL: ends on whitespace: 'Paul ROCHE '"),
        (
            _record(id="y", spans=_spans((6, 10, "LEGAL_REF", "CGI"))),
            "y [6:10] LEGAL_REF: stored text 'CGI' differs from text[6:10] 'CGCT'",
        ),
        (_record(id="ok"), "duplicate id 'ok' (first at"),
        (_record(id="y", spans=[{"start": 6, "label": "LEGAL_REF"}]), "span #1 misses 'end'"),
        (_record(id="y", spans=[{"start": "6", "end": 10, "label": "LEGAL_REF"}]), "span #1 start must be an integer"),
        (_record(id="y", spans={"start": 6}), "spans must be a list"),
        (_record(id="y", labels=[[6, 10, "LEGAL_REF"]]), "unknown field 'labels'"),
        (_record(id="y", meta=[1]), "meta must be a JSON object"),
        (_record(id=""), "id must be a non-empty string"),
    ],
)
def test_validator_rejects_each_problem_naming_file_and_line(tmp_path: Path, bad_line: str, reason: str):
    path = _jsonl(tmp_path, _record(), "", bad_line)
    problems = validate_path(path)
    assert [p.line for p in problems] == [3]
    assert str(problems[0]).startswith(f"{path}:3: ")
    assert reason in problems[0].reason
    with pytest.raises(DataError, match=f"{path}:3: "):
        read_documents(path)


def test_validator_reports_every_problem_not_just_the_first(tmp_path: Path):
    path = _jsonl(
        tmp_path,
        "{broken",
        _record(),
        _record(id="two", spans=_spans((5, 10, "LEGAL_REF"), (30, 38, "MONEY"))),
        '{"id": "three"}',
    )
    problems = validate_path(path)
    assert [(p.line, p.reason.split(":")[0]) for p in problems] == [
        (1, "invalid JSON"),
        (3, "two [5"),
        (3, "two [30"),
        (4, "missing text"),
    ]
    with pytest.raises(DataError) as info:
        read_documents(path)
    assert len(str(info.value).splitlines()) == 4


def test_valid_file_reads_as_documents(tmp_path: Path):
    path = _jsonl(tmp_path, _record(meta={"issuer": "commune"}), json.dumps({"text": "Rien."}))
    assert validate_path(path) == []
    first, second = read_documents(path)
    assert first == Document("ok", TEXT, [Span(6, 10, "LEGAL_REF", "CGCT")], {"issuer": "commune"})
    assert second.id == "data-2"  # an id-less line gets one from the file name and line


def test_inline_problems_point_at_the_txt_file_and_its_line(tmp_path: Path):
    (tmp_path / "a.txt").write_text("---\nid: same\n---\nun\n[[DATE|12 mars 2023]]\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("---\nid: same\n---\nVu le [[LEGAL_REF|CGCT]].\n", encoding="utf-8")
    (tmp_path / "c.txt").write_text("---\nid: c\n---\nun\n\ntrois [[DATE|1er mai 2024\n", encoding="utf-8")
    problems = validate_path(tmp_path)
    assert [str(p) for p in problems] == [
        f"{tmp_path / 'b.txt'}:4: duplicate id 'same' (first at {tmp_path / 'a.txt'}:4)",
        f"{tmp_path / 'c.txt'}:6: unbalanced '[[' (marks are [[LABEL|surface]])",
    ]


def test_foreign_losses_are_problems_unless_a_report_is_given(tmp_path: Path):
    path = tmp_path / "export.doccano.jsonl"
    path.write_text(json.dumps({"id": 7, "text": TEXT, "label": [[6, 10, "LAW"], [15, 25, "OFFICIAL"]]}) + "\n")
    with pytest.raises(DataError, match=r"export.doccano.jsonl:1: cannot read 7 \[6:10\] LAW: unknown label 'LAW'"):
        read_documents(path)
    report = ConversionReport()
    [doc] = read_documents(path, report=report)
    assert [(s.start, s.end, s.label) for s in doc.spans] == [(15, 25, "OFFICIAL")]
    assert report.lines() == ["7 [6:10] LAW: unknown label 'LAW'"]


def test_missing_file_is_a_clear_error(tmp_path: Path):
    with pytest.raises(FileNotFoundError, match="does not exist"):
        load(tmp_path / "nope.jsonl")
