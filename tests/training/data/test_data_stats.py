from model.document import Document
from model.labels import LABELS
from model.span import Span
from training.data.stats import DataStats, format_table


def test_stats_count_documents_words_and_entities_per_label():
    docs = [
        Document("a", "Vu le CGCT,\nM. Paul ROCHE", [Span(6, 10, "LEGAL_REF"), Span(15, 25, "OFFICIAL")]),
        Document("b", "12 500 €", [Span(0, 8, "AMOUNT")]),
        Document("c", ""),
    ]
    stats = DataStats.of(docs)
    assert (stats.documents, stats.words, stats.total_entities) == (3, 9, 3)
    as_dict = stats.to_dict()
    assert list(as_dict["entities"]) == list(LABELS)
    assert as_dict["entities"]["OFFICIAL"] == 1 and as_dict["entities"]["DATE"] == 0
    total = stats + DataStats.of(docs[:1])
    assert (total.documents, total.entities["LEGAL_REF"]) == (4, 2)


def test_table_has_a_row_per_file_with_aligned_columns():
    table = format_table({"a.jsonl": DataStats.of([Document("a", "x y", [Span(0, 1, "DATE")])]), "total": DataStats()})
    header, first, total = table.splitlines()
    assert header.split() == ["file", "documents", "words", *LABELS, "entities"]
    assert first.split() == ["a.jsonl", "1", "2", "0", "0", "0", "0", "0", "1", "1"]
    assert total.split()[0] == "total" and len(header) == len(total)
