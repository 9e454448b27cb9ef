import json
import sys
from pathlib import Path

import pytest

from delibner.cli import main

TEXT = "Vu le CGCT, M. Paul ROCHE vote 12 500 €."


def run(monkeypatch, capsys, *args: str) -> tuple[int, str, str]:
    """Run ``delibner ARGS`` as the console script does; return (exit code, stdout, stderr)."""
    monkeypatch.setattr(sys, "argv", ["delibner", *args])
    try:
        main()
        code = 0
    except SystemExit as exit_:
        code = exit_.code or 0
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def gold(tmp_path: Path) -> Path:
    folder = tmp_path / "src"
    folder.mkdir()
    (folder / "a.txt").write_text(
        "---\nid: a\nissuer: commune\n---\nVu le [[LEGAL_REF|CGCT]], M. [[OFFICIAL|Paul ROCHE]] vote "
        "[[AMOUNT|12 500 €]].\n",
        encoding="utf-8",
    )
    (folder / "b.txt").write_text("---\nid: b\n---\nSéance du [[DATE|14 mars 2023]].\n", encoding="utf-8")
    return folder


def test_convert_inline_to_jsonl_then_to_every_format_and_back(monkeypatch, capsys, tmp_path: Path, gold: Path):
    jsonl = tmp_path / "gold.jsonl"
    code, out, _ = run(monkeypatch, capsys, "data", "convert", str(gold), str(jsonl))
    assert (code, out.strip()) == (0, "inline → jsonl: 2 documents, 4 spans, 0 lost")
    records = [json.loads(line) for line in jsonl.read_text(encoding="utf-8").splitlines()]
    assert records[0] == {
        "id": "a",
        "text": TEXT,
        "spans": [
            {"start": 6, "end": 10, "label": "LEGAL_REF"},
            {"start": 15, "end": 25, "label": "OFFICIAL"},
            {"start": 31, "end": 39, "label": "AMOUNT"},
        ],
        "meta": {"issuer": "commune"},
    }
    for name in ("x.json", "x.doccano.jsonl", "x.prodigy.jsonl", "x.spacy", "x.conll"):
        code, out, _ = run(monkeypatch, capsys, "data", "convert", str(jsonl), str(tmp_path / name), "--strict")
        assert code == 0, out
        back = tmp_path / f"back-{name}.jsonl"
        code, out, _ = run(monkeypatch, capsys, "data", "convert", str(tmp_path / name), str(back), "--strict")
        assert code == 0, out
        assert back.read_text(encoding="utf-8") == jsonl.read_text(encoding="utf-8"), name


def test_convert_reports_every_lost_span_and_strict_fails(monkeypatch, capsys, tmp_path: Path):
    source = tmp_path / "x.jsonl"
    text = "Vu la loi n°2019-1461, soit 4,5 M€."
    spans = [{"start": 6, "end": 21, "label": "LEGAL_REF"}, {"start": 28, "end": 34, "label": "AMOUNT"}]
    source.write_text(json.dumps({"id": "d", "text": text, "spans": spans}) + "\n", encoding="utf-8")
    code, out, err = run(monkeypatch, capsys, "data", "convert", str(source), str(tmp_path / "x.conll"))
    assert code == 0
    assert "lost: d [28:34] AMOUNT: '4,5 M€' does not align to spaCy French token boundaries" in err
    assert "1 lost" in out
    code, _, err = run(monkeypatch, capsys, "data", "convert", str(source), str(tmp_path / "x.conll"), "--strict")
    assert code == 1 and "--strict" in err


def test_convert_refuses_invalid_input_with_file_and_line(monkeypatch, capsys, tmp_path: Path):
    source = tmp_path / "x.jsonl"
    source.write_text(
        '{"id": "a", "text": "ok"}\n{"id": "b", "text": "ab", "spans": [{"start": 0, "end": 9, "label": "DATE"}]}\n',
        encoding="utf-8",
    )
    code, _, err = run(monkeypatch, capsys, "data", "convert", str(source), str(tmp_path / "y.json"))
    assert code == 2
    assert f"{source}:2: b [0:9] DATE: offsets out of range" in err
    assert "Traceback" not in err
    assert not (tmp_path / "y.json").exists()


def test_validate_prints_every_problem_and_exits_non_zero(monkeypatch, capsys, tmp_path: Path, gold: Path):
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "a", "text": "x"}\nnot json\n{"id": "a", "text": "y"}\n', encoding="utf-8")
    code, out, err = run(monkeypatch, capsys, "data", "validate", str(gold), str(bad))
    assert code == 1
    assert out.splitlines() == [
        f"{bad}:2: invalid JSON: Expecting value (column 1)",
        f"{bad}:3: duplicate id 'a' (first at {bad}:1)",
    ]
    assert f"{gold}: ok (2 documents, 4 spans)" in err
    code, _, _ = run(monkeypatch, capsys, "data", "validate", str(gold / "a.txt"))
    assert code == 0


def test_lint_flags_mistakes_and_passes_clean_files(monkeypatch, capsys, tmp_path: Path, gold: Path):
    code, out, _ = run(monkeypatch, capsys, "data", "lint", str(gold))
    assert (code, out) == (0, "")
    (gold / "c.txt").write_text("---\nid: c\n---\nun\nPrésents : [[OFFICIAL|M. Léa FAURE]].\n", encoding="utf-8")
    code, out, err = run(monkeypatch, capsys, "data", "lint", str(gold))
    assert code == 1
    assert out.splitlines() == [
        f"{gold / 'c.txt'}:5: c [14:26] OFFICIAL 'M. Léa FAURE': starts with the civility 'M.' "
        "(civility is outside the name) [civility]"
    ]
    code, out, _ = run(monkeypatch, capsys, "data", "lint", str(gold), "--skip", "civility")
    assert (code, out) == (0, "")
    code, _, err = run(monkeypatch, capsys, "data", "lint", str(gold), "--skip", "nonsense")
    assert code == 2 and "unknown rule(s) nonsense" in err


def test_stats_table_and_json(monkeypatch, capsys, tmp_path: Path, gold: Path):
    code, out, _ = run(monkeypatch, capsys, "data", "stats", str(gold))
    assert code == 0
    assert out.splitlines()[1].split() == [str(gold), "2", "15", "1", "1", "1", "0", "0", "1", "4"]
    assert out.splitlines()[2].split()[0] == "total"
    code, out, _ = run(monkeypatch, capsys, "data", "stats", str(gold), str(gold / "b.txt"), "--json")
    payload = json.loads(out)
    assert payload["total"]["documents"] == 3
    assert payload["files"][str(gold / "b.txt")]["entities"]["DATE"] == 1


def test_missing_file_is_a_clean_error(monkeypatch, capsys, tmp_path: Path):
    code, _, err = run(monkeypatch, capsys, "data", "stats", str(tmp_path / "nope.jsonl"))
    assert code == 2 and err.startswith("error:") and "does not exist" in err
