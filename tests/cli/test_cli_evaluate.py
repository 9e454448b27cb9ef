"""``delibner evaluate`` and ``predict`` end to end on real files, with the rules engine."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from delibner.cli import app
from model.document import Document
from model.span import Span

TEXT = "Séance du 12 mars 2023. Vu la délibération n° 2023-045 ; subvention de 12 500 € ; rien le 3 mai."


def gold_file(tmp_path: Path) -> Path:
    date, amount, delib = (TEXT.index(s) for s in ("12 mars 2023", "12 500 €", "2023-045"))
    spans = [
        Span(date, date + 12, "DATE", normalized={"iso": "2023-03-12"}),
        Span(delib, delib + 8, "DELIB_ID"),
        Span(amount, amount + 8, "AMOUNT", normalized={"value": 12500.0, "currency": "EUR", "tax": None}),
        Span(TEXT.index("rien"), TEXT.index("rien") + 4, "OFFICIAL"),  # a gold span the rules cannot find
    ]
    doc = Document("d1", TEXT, spans)
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps(doc.to_dict(extra=True), ensure_ascii=False) + "\n", encoding="utf-8")
    return path


def test_evaluate_writes_json_errors_and_report(tmp_path):
    gold = gold_file(tmp_path)
    result = CliRunner().invoke(
        app,
        [
            "evaluate",
            "--data",
            str(gold),
            "--engine",
            "rules",
            "--json",
            str(tmp_path / "r.json"),
            "--errors",
            str(tmp_path / "e.jsonl"),
            "--report",
            str(tmp_path / "rep"),
        ],
    )
    assert result.exit_code == 0, result.output
    assert "rules — strict" in result.output and "weakest documents" in result.output
    report = json.loads((tmp_path / "r.json").read_text())["rules"]
    strict = report["strict"]
    assert strict["per_label"]["DATE"]["tp"] == 1 and strict["per_label"]["OFFICIAL"]["fn"] == 1
    assert report["normalization"]["checked"] == 2 and report["normalization"]["right"] == 2
    assert report["per_document"][0]["id"] == "d1"
    errors = [json.loads(line) for line in (tmp_path / "e.jsonl").read_text().splitlines()]
    missed = next(e for e in errors if e["label"] == "OFFICIAL")
    assert missed["side"] == "fn" and "[[rien]]" in missed["context"]
    assert (tmp_path / "rep" / "report.md").exists() and (tmp_path / "rep" / "f1_per_label.png").stat().st_size > 0


def test_predict_writes_project_format_with_values(tmp_path):
    gold = gold_file(tmp_path)
    out = tmp_path / "pred.jsonl"
    result = CliRunner().invoke(app, ["predict", "--data", str(gold), "--engine", "rules", "--out", str(out)])
    assert result.exit_code == 0, result.output
    [record] = [json.loads(line) for line in out.read_text().splitlines()]
    assert record["id"] == "d1" and record["text"] == TEXT
    date = next(s for s in record["spans"] if s["label"] == "DATE")
    assert TEXT[date["start"] : date["end"]] == date["text"] == "12 mars 2023"
    assert date["source"] == "rules" and date["normalized"] == {"iso": "2023-03-12"} and 0 < date["score"] <= 1
    # the predictions are themselves a valid project file
    assert CliRunner().invoke(app, ["data", "validate", str(out)]).exit_code == 0


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--engine", "bert"], "unknown engine 'bert'"),
        (["--engine", "model", "--model", "/nonexistent/model"], "needs a model"),
    ],
)
def test_evaluate_rejects_bad_engines_cleanly(tmp_path, args, message, monkeypatch, capsys):
    from delibner.cli import main

    gold = gold_file(tmp_path)
    monkeypatch.setattr("sys.argv", ["delibner", "evaluate", "--data", str(gold), *args])
    with pytest.raises(SystemExit) as exit_info:
        main()
    assert exit_info.value.code == 2
    error = capsys.readouterr().err
    assert message in error and "Traceback" not in error
