"""Round trips: project JSONL → each format → back.

Formats that hold character offsets give back every document unchanged.
Token-based formats (CoNLL, DocBin, Prodigy) give back the text exactly and
every span that falls on spaCy French token boundaries; their loss report
names exactly the spans that do not (spaCy's own ``Doc.char_span`` is the
judge).
"""

import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from model.document import Document
from model.labels import LABELS
from model.span import Span
from training.data import read_documents, write_documents
from training.data.formats.common import french, token_bounds
from training.data.report import ConversionReport

WORDS = [
    "Vu", "la", "loi", "n°", "2019-1461", "du", "27", "décembre", "2019", "M.", "Paul", "ROCHE", "12", "500",
    "€", "(", ")", ",", ".", "l'article", "L.", "2121-29", "CGCT", "Mme", "N'GUYEN", "J.-P.", "«", "»", "4,5",
    "M€", "DEL-2022-114", "-3", "É", "#", "_", "\\", '"', "SpaceAfter=No", "O", "B-DATE", "-DOCSTART-", "{", "}",
    "aujourd'hui", "14/03/2023", "c/6574", "ÉTÉ", "œuvre",
]  # fmt: skip
GAPS = [" ", " ", " ", "", "\n", "  ", "\n\n", "\t", "\u00a0", " \n ", "\u202f", "\r\n"]
LOSSLESS = [("jsonl", "x.jsonl"), ("labelstudio", "x.json"), ("doccano", "x.doccano.jsonl"), ("inline", "folder")]
TOKEN_BASED = [("conll", "x.conll"), ("spacy", "x.spacy"), ("prodigy", "x.prodigy.jsonl")]
SETTINGS = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@pytest.fixture(autouse=True, scope="module")
def _tokenizer_loaded():
    french()  # loading spaCy inside a strategy would trip hypothesis' check on global randomness


@st.composite
def texts(draw, carriage_return: bool = True) -> str:
    gaps = GAPS if carriage_return else [g for g in GAPS if "\r" not in g]
    words = draw(st.lists(st.sampled_from(WORDS), max_size=14))
    parts = [draw(st.sampled_from(["", "", " ", "\n"]))]
    for word in words:
        parts += [word, draw(st.sampled_from(gaps))]
    return "".join(parts)


def _valid_spans(text: str, ranges: list[tuple[int, int]], labels: list[str]) -> list[Span]:
    spans: list[Span] = []
    for (a, b), label in zip(ranges, labels, strict=False):
        start, end = min(a, b), max(a, b)
        if start == end or text[start].isspace() or text[end - 1].isspace():
            continue
        if any(s.start < end and start < s.end for s in spans):
            continue
        spans.append(Span(start, end, label, text=text[start:end]))
    return sorted(spans, key=lambda s: s.start)


@st.composite
def documents(draw, aligned: bool, carriage_return: bool = True) -> list[Document]:
    ids = draw(st.lists(st.from_regex(r"[a-z][a-z0-9-]{0,8}", fullmatch=True), min_size=1, max_size=3, unique=True))
    docs = []
    for doc_id in ids:
        text = draw(texts(carriage_return))
        if aligned:
            bounds = token_bounds(text)
            points = st.integers(0, max(len(bounds) - 1, 0))
            pairs = draw(st.lists(st.tuples(points, points), max_size=5)) if bounds else []
            ranges = [(bounds[min(i, j)][0], bounds[max(i, j)][1]) for i, j in pairs]
        else:
            ranges = draw(st.lists(st.tuples(st.integers(0, len(text)), st.integers(0, len(text))), max_size=6))
        labels = draw(st.lists(st.sampled_from(LABELS), min_size=len(ranges), max_size=len(ranges)))
        meta = draw(
            st.dictionaries(
                st.sampled_from(["issuer", "kind", "noise"]), st.from_regex(r"[A-Za-zé]{1,8}", fullmatch=True)
            )
        )
        docs.append(Document(doc_id, text, _valid_spans(text, ranges, labels), meta))
    return docs


def _round_trip(docs: list[Document], fmt: str, name: str) -> tuple[list[Document], ConversionReport]:
    with tempfile.TemporaryDirectory() as folder:
        source, target = Path(folder) / "source.jsonl", Path(folder) / name
        write_documents(source, docs)
        report = write_documents(target, read_documents(source), fmt)
        back = read_documents(target, fmt, report)
    order = [doc.id for doc in docs]
    return sorted(back, key=lambda doc: order.index(doc.id)), report


@pytest.mark.parametrize(("fmt", "name"), LOSSLESS)
@SETTINGS
@given(data=st.data())
def test_offset_formats_give_back_every_document(fmt: str, name: str, data):
    docs = data.draw(documents(aligned=False, carriage_return=fmt != "inline"))
    back, report = _round_trip(docs, fmt, name)
    assert report.losses == [] and report.adjustments == []
    assert [d.to_dict() for d in back] == [d.to_dict() for d in docs]


@pytest.mark.parametrize(("fmt", "name"), TOKEN_BASED)
@SETTINGS
@given(data=st.data())
def test_token_formats_give_back_aligned_documents_unchanged(fmt: str, name: str, data):
    docs = data.draw(documents(aligned=True))
    back, report = _round_trip(docs, fmt, name)
    assert report.losses == []
    assert [d.to_dict() for d in back] == [d.to_dict() for d in docs]


@pytest.mark.parametrize(("fmt", "name"), TOKEN_BASED)
@SETTINGS
@given(data=st.data())
def test_token_formats_report_exactly_the_spans_they_lose(fmt: str, name: str, data):
    docs = data.draw(documents(aligned=False))
    back, report = _round_trip(docs, fmt, name)
    nlp = french()
    for doc, got in zip(docs, back, strict=True):
        sdoc = nlp.make_doc(doc.text)
        kept = [s for s in doc.spans if sdoc.char_span(s.start, s.end) is not None]
        lost = [s for s in doc.spans if sdoc.char_span(s.start, s.end) is None]
        assert (got.id, got.text, got.meta) == (doc.id, doc.text, doc.meta)
        assert got.spans == kept
        assert [(x.start, x.end, x.label) for x in report.losses if x.doc_id == doc.id] == [
            (s.start, s.end, s.label) for s in lost
        ]
