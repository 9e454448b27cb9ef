"""spaCy ``DocBin`` (``.spacy``): the training-corpus format of ``spacy train``.

Entities are the docs' ``ents``; a document's ``id`` and ``meta`` travel in
its ``user_data``. Docs are tokenized with spaCy's blank French tokenizer; a
span that does not fall on token boundaries cannot be an entity and is
reported lost. Spans in ``doc.spans`` groups are not read, and are reported.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

from model.document import Document
from training.data.formats import Format, register
from training.data.formats.common import Candidate, admit_spans, french
from training.data.problems import DataError
from training.data.report import ConversionReport, Origin

ID_KEY, META_KEY = "delibner_id", "delibner_meta"


def read_docbin(path: Path, report: ConversionReport | None = None) -> Iterator[Document]:
    """Documents of a ``.spacy`` file; the ``LINE`` of a problem is the document's rank."""
    from spacy.tokens import DocBin

    report = ConversionReport() if report is None else report
    nlp = french()
    try:
        docbin = DocBin().from_bytes(Path(path).read_bytes())
    except (ValueError, KeyError, TypeError) as error:
        raise DataError.at(path, 1, f"not a spaCy DocBin: {error}") from None
    for rank, sdoc in enumerate(docbin.get_docs(nlp.vocab), start=1):
        doc_id = str(sdoc.user_data.get(ID_KEY, f"{Path(path).stem}-{rank}"))
        meta = sdoc.user_data.get(META_KEY)
        for key, group in sdoc.spans.items():
            for span in group:
                report.lose(doc_id, span.start_char, span.end_char, span.label_, f"span group {key!r} is not read")
        candidates = [Candidate(ent.start_char, ent.end_char, ent.label_) for ent in sdoc.ents]
        doc = Document(doc_id, sdoc.text, admit_spans(doc_id, sdoc.text, candidates, report), dict(meta or {}))
        report.read(doc, Origin(str(path), rank))
        yield doc


def write_docbin(path: Path, docs: Iterable[Document], report: ConversionReport | None = None) -> None:
    """A ``DocBin`` with one spaCy doc per document, its aligned spans as ``ents``."""
    from spacy.tokens import DocBin

    report = ConversionReport() if report is None else report
    nlp = french()
    docbin = DocBin(store_user_data=True)
    for doc in docs:
        sdoc = nlp.make_doc(doc.text)
        ents = []
        for span in doc.spans:
            ent = sdoc.char_span(span.start, span.end, label=span.label)
            if ent is None:
                reason = f"{doc.text[span.start : span.end]!r} does not align to spaCy French token boundaries"
                report.lose(doc.id, span.start, span.end, span.label, reason)
            else:
                ents.append(ent)
        sdoc.ents = ents
        sdoc.user_data[ID_KEY] = doc.id
        if doc.meta:
            sdoc.user_data[META_KEY] = doc.meta
        docbin.add(sdoc)
        report.wrote(doc)
    Path(path).write_bytes(docbin.to_bytes())


register(Format("spacy", read_docbin, write_docbin, suffixes=(".spacy",)))
