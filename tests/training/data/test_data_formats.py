import json
from pathlib import Path

import pytest

from model.document import Document
from model.span import Span
from training.data import DataError, read_documents, write_documents
from training.data.formats import guess_format
from training.data.formats.conll import escape_gap, unescape_gap
from training.data.formats.labelstudio import LABEL_CONFIG
from training.data.report import ConversionReport

TEXT = "Vu le CGCT, M. Paul ROCHE vote 12 500 €."


def _read(path: Path, fmt: str | None = None) -> tuple[list[Document], ConversionReport]:
    report = ConversionReport()
    return read_documents(path, fmt, report), report


def _triples(doc: Document) -> list[tuple[int, int, str]]:
    return [(s.start, s.end, s.label) for s in doc.spans]


def test_label_studio_export_reads_annotations_then_predictions_and_reports_the_rest(tmp_path: Path):
    def result(start, end, labels, text=None, kind="labels"):
        return {"type": kind, "value": {"start": start, "end": end, "text": text or TEXT[start:end], "labels": labels}}

    tasks = [
        {
            "id": 1,
            "data": {"text": TEXT, "issuer": "commune"},
            "annotations": [
                {"was_cancelled": True, "result": [result(0, 2, ["DATE"])]},
                {
                    "result": [
                        result(6, 10, ["LEGAL_REF"]),
                        result(15, 25, ["OFFICIAL", "DATE"]),
                        result(31, 39, ["AMOUNT"], text="12 500"),
                        {"type": "choices", "value": {"choices": ["ok"]}},
                    ]
                },
            ],
            "predictions": [{"result": [result(0, 2, ["DATE"])]}],
        },
        {"id": 2, "data": {"text": TEXT}, "predictions": [{"result": [result(14, 25, ["OFFICIAL"])]}]},
    ]
    path = tmp_path / "export.json"
    path.write_text(json.dumps(tasks, indent=2), encoding="utf-8")
    (first, second), report = _read(path)
    assert (first.id, first.meta, _triples(first)) == (
        "1",
        {"issuer": "commune"},
        [(6, 10, "LEGAL_REF"), (15, 25, "OFFICIAL")],
    )
    assert _triples(second) == [(15, 25, "OFFICIAL")]  # from the prediction, outer space trimmed
    assert report.lines() == [
        "1 [15:25] DATE: a span holds one label only",
        "1 [0:0] -: result of type 'choices' is not a labelled text span",
        "1 [31:39] AMOUNT: stated text '12 500' differs from text[31:39] '12 500 €'",
    ]
    assert [str(a) for a in report.adjustments] == ["2 [14:25] OFFICIAL: outer whitespace trimmed to [15:25]"]


def test_label_studio_bad_task_is_located_by_its_line(tmp_path: Path):
    path = tmp_path / "export.json"
    path.write_text('[\n  {"data": {"text": "a"}},\n  {"data": {"txt": "b"}}\n]\n', encoding="utf-8")
    with pytest.raises(DataError, match=r"export.json:3: not a Label Studio task"):
        read_documents(path)
    path.write_text('[\n  {"data": {"text": "a"}}\n  {"data": {}}\n]\n', encoding="utf-8")
    with pytest.raises(DataError, match=r"export.json:3: invalid JSON"):
        read_documents(path)
    assert 'value="BUDGET_CODE"' in LABEL_CONFIG


def test_doccano_reads_label_labels_and_entities_variants(tmp_path: Path):
    path = tmp_path / "all.jsonl"
    lines = [
        {"id": 1, "text": TEXT, "label": [[6, 10, "LEGAL_REF"]], "Comments": []},
        {"text": TEXT, "labels": [[15, 25, "OFFICIAL"], [31, 39, "AMOUNT"]]},
        {
            "id": 3,
            "text": TEXT,
            "entities": [{"id": 9, "start_offset": 6, "end_offset": 10, "label": "LEGAL_REF"}],
            "relations": [{"from_id": 9, "to_id": 9, "type": "self"}],
        },
    ]
    path.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")
    assert guess_format(path) == "doccano"  # sniffed: a .jsonl with doccano's keys
    (a, b, c), report = _read(path)
    assert (a.id, a.meta, _triples(a)) == ("1", {"Comments": []}, [(6, 10, "LEGAL_REF")])
    assert (b.id, _triples(b)) == ("all-2", [(15, 25, "OFFICIAL"), (31, 39, "AMOUNT")])
    assert _triples(c) == [(6, 10, "LEGAL_REF")]
    assert report.lines() == ["3 [0:0] -: relation {'from_id': 9, 'to_id': 9, 'type': 'self'} is not carried over"]


def test_doccano_classification_labels_are_a_located_problem(tmp_path: Path):
    path = tmp_path / "x.doccano.jsonl"
    path.write_text(json.dumps({"text": "a"}) + "\n" + json.dumps({"text": "b", "label": ["positive"]}) + "\n")
    with pytest.raises(DataError, match=r"x.doccano.jsonl:2: 'label' holds 'positive'"):
        read_documents(path)


def test_prodigy_reads_char_or_token_offsets_and_skips_rejected_answers(tmp_path: Path):
    tokens = [
        {"text": w, "start": s, "end": s + len(w), "id": i}
        for i, (w, s) in enumerate([("Vu", 0), ("le", 3), ("CGCT", 6)])
    ]
    lines = [
        {
            "text": "Vu le CGCT",
            "tokens": tokens,
            "spans": [{"token_start": 2, "token_end": 2, "label": "LEGAL_REF"}],
            "meta": {"id": "p1", "source": "x"},
            "answer": "accept",
            "_input_hash": 1,
        },
        {"text": "Vu le CGCT", "spans": [{"start": 6, "end": 10, "label": "LEGAL_REF"}], "answer": "reject"},
    ]
    path = tmp_path / "ner.prodigy.jsonl"
    path.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")
    [doc], report = _read(path)
    assert (doc.id, _triples(doc), doc.meta) == ("p1", [(6, 10, "LEGAL_REF")], {"id": "p1", "source": "x"})
    assert report.lines() == ["ner.prodigy-2 [0:0] -: answer is 'reject': record skipped"]


def test_prodigy_writer_gives_prodigy_tokens_and_token_indices(tmp_path: Path):
    text = "Vu  le CGCT."
    path = tmp_path / "out.prodigy.jsonl"
    report = write_documents(path, [Document("d", text, [Span(7, 11, "LEGAL_REF"), Span(0, 1, "DATE")])])
    record = json.loads(path.read_text(encoding="utf-8"))
    assert [t["text"] for t in record["tokens"]] == ["Vu", " ", "le", "CGCT", "."]
    assert record["spans"] == [{"start": 7, "end": 11, "label": "LEGAL_REF", "token_start": 3, "token_end": 3}]
    assert report.lines() == ["d [0:1] DATE: 'V' does not align to spaCy French token boundaries"]


def test_conll_layout_and_foreign_conll_files(tmp_path: Path):
    text = "Vu le CGCT,\nM. Paul\nROCHE  vote."
    path = tmp_path / "out.conll"
    write_documents(path, [Document("d1", text, [Span(6, 10, "LEGAL_REF"), Span(15, 25, "OFFICIAL")], {"k": 1})])
    assert path.read_text(encoding="utf-8") == (
        '# newdoc id = d1\n# meta = {"k": 1}\n'
        "Vu\tO\t_\nle\tO\t_\nCGCT\tB-LEGAL_REF\tSpaceAfter=No\n,\tO\tSpacesAfter=\\n\n\n"
        "M.\tO\t_\nPaul\tB-OFFICIAL\tSpacesAfter=\\n\nROCHE\tI-OFFICIAL\tSpacesAfter=\\s\\s\n"
        "vote\tO\tSpaceAfter=No\n.\tO\tSpaceAfter=No\n\n"
    )
    foreign = tmp_path / "eng.bio"
    foreign.write_text(
        "-DOCSTART- -X- O O\n\nVu O\nle O\nCGCT I-LEGAL_REF\n\nM. O\nPaul B-OFFICIAL\nROCHE E-OFFICIAL\n"
        "-DOCSTART- -X- O O\n\n12 B-AMOUNT\n€ I-AMOUNT\nvoté B-VOTE\n",
        encoding="utf-8",
    )
    (a, b), report = _read(foreign)
    assert a.text == "Vu le CGCT\nM. Paul ROCHE"
    assert _triples(a) == [(6, 10, "LEGAL_REF"), (14, 24, "OFFICIAL")]
    assert (b.text, _triples(b)) == ("12 € voté", [(0, 4, "AMOUNT")])
    assert report.lines() == ["eng-2 [5:9] VOTE: unknown label 'VOTE'"]


def test_conll_without_document_marks_makes_a_document_per_block(tmp_path: Path):
    path = tmp_path / "x.conll"
    path.write_text("Vu\tO\nCGCT\tB-LEGAL_REF\n\n12\tB-AMOUNT\n€\tI-AMOUNT\n", encoding="utf-8")
    docs, _ = _read(path)
    assert [(d.id, d.text, _triples(d)) for d in docs] == [
        ("x-1", "Vu CGCT", [(3, 7, "LEGAL_REF")]),
        ("x-2", "12 €", [(0, 4, "AMOUNT")]),
    ]


def test_conll_bad_rows_are_located(tmp_path: Path):
    path = tmp_path / "x.conll"
    path.write_text("# newdoc id = a\nVu\tO\t_\nCGCT\n12\tX-AMOUNT\t_\n# meta = [1]\n", encoding="utf-8")
    with pytest.raises(DataError) as info:
        read_documents(path)
    assert [(p.line, p.reason.split(" ")[0]) for p in info.value.problems] == [(3, "expected"), (4, "tag"), (5, "meta")]


@pytest.mark.parametrize("gap", [" ", "", "\n", "  \t\n", "\u00a0", "\r\n\u2028", "\u202f "])
def test_conll_gap_escaping_round_trips(gap: str):
    escaped = escape_gap(gap)
    assert not any(ch.isspace() for ch in escaped)
    assert unescape_gap(escaped) == gap


def test_docbin_keeps_id_meta_and_reports_span_groups(tmp_path: Path):
    import spacy
    from spacy.tokens import DocBin

    path = tmp_path / "x.spacy"
    write_documents(path, [Document("d1", TEXT, [Span(6, 10, "LEGAL_REF")], {"kind": "commune"})])
    [doc], _ = _read(path)
    assert (doc.id, doc.text, _triples(doc), doc.meta) == ("d1", TEXT, [(6, 10, "LEGAL_REF")], {"kind": "commune"})

    nlp = spacy.blank("fr")
    sdoc = nlp.make_doc(TEXT)
    sdoc.spans["sc"] = [sdoc.char_span(15, 25, label="OFFICIAL")]
    DocBin(docs=[sdoc]).to_disk(tmp_path / "y.spacy")
    [doc], report = _read(tmp_path / "y.spacy")
    assert (doc.id, doc.spans) == ("y-1", [])
    assert report.lines() == ["y-1 [15:25] OFFICIAL: span group 'sc' is not read"]


def test_unreadable_docbin_is_a_data_error(tmp_path: Path):
    path = tmp_path / "x.spacy"
    path.write_bytes(b"not a docbin")
    with pytest.raises(DataError, match=r"x\.spacy:1: not a spaCy DocBin"):
        read_documents(path)


@pytest.mark.parametrize(
    ("name", "fmt"),
    [
        ("a.jsonl", "jsonl"),
        ("a.json", "labelstudio"),
        ("a.doccano.jsonl", "doccano"),
        ("a.prodigy.jsonl", "prodigy"),
        ("a.spacy", "spacy"),
        ("a.conll", "conll"),
        ("a.bio", "conll"),
        ("a.txt", "inline"),
        ("folder", "inline"),
    ],
)
def test_format_is_guessed_from_the_name(name: str, fmt: str):
    assert guess_format(name) == fmt


def test_unknown_suffix_asks_for_a_format():
    with pytest.raises(ValueError, match="pass --from/--to"):
        guess_format("a.xml")
