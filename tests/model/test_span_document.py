import pytest

from model.document import Document
from model.labels import LABELS, bio_tags, check_labels
from model.span import Span, sort_spans


def test_bio_tags_cover_every_label_once():
    tags = bio_tags()
    assert tags[0] == "O"
    assert len(tags) == 1 + 2 * len(LABELS)
    assert {t[2:] for t in tags[1:]} == set(LABELS)


def test_check_labels_names_the_unknown_one():
    with pytest.raises(ValueError, match="PERSON"):
        check_labels(["DATE", "PERSON"])


def test_span_overlap_is_half_open():
    assert Span(0, 4, "DATE").overlaps(Span(3, 6, "DATE"))
    assert not Span(0, 4, "DATE").overlaps(Span(4, 6, "DATE"))


def test_document_round_trips_through_dict():
    record = {
        "id": "d1",
        "text": "Le 12 mars 2023, M. Paul ROCHE",
        "spans": [{"start": 20, "end": 30, "label": "OFFICIAL"}, {"start": 3, "end": 15, "label": "DATE"}],
        "meta": {"issuer": "commune"},
    }
    doc = Document.from_dict(record)
    assert [s.text for s in doc.spans] == ["12 mars 2023", "Paul ROCHE"]
    assert doc.to_dict()["spans"] == sorted(record["spans"], key=lambda s: s["start"])
    assert Document.from_dict(doc.to_dict()) == doc


def test_sort_spans_puts_longer_first_on_ties():
    spans = [Span(5, 6, "DATE"), Span(0, 2, "DATE"), Span(0, 4, "AMOUNT")]
    assert [(s.start, s.end) for s in sort_spans(spans)] == [(0, 4), (0, 2), (5, 6)]
