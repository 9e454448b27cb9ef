"""Property tests: the pipeline (rules, a real tiny tagger, every merge policy and engine) never raises
and returns valid flat spans on any valid Unicode; the merge is flat and equals its plain definition
on dense random spans; reading an upload, however mangled, answers text or a documented error.
"""

from __future__ import annotations

import itertools
import json
import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from model.labels import LABELS
from model.merge import POLICIES, ranked_union
from model.pipeline import ENGINES, Pipeline
from model.rules import RulesExtractor
from model.span import Span
from model.tagger import load_tagger
from service.files import (
    ExtractedText,
    TextTooLong,
    TooComplex,
    TooManyPages,
    UnreadableFile,
    UnsupportedFile,
    read_upload,
)

#: Pieces of deliberations the rules and the model react to.
FRAGMENTS = [
    "Vu la loi n° 2019-1461 du 27 décembre 2019", "l'article L. 2121-29 du CGCT", "M. Paul ROCHE",
    "Mme Inès TALBI-N'GUYEN", "Présents :", "pouvoir à M. Yves MOREAU", "12 500,00 € HT",
    "deux mille cinq cents euros", "3,2 M€", "chapitre 65 article 6574", "204/20422/824",
    "Délibération n° DEL-2022-114", "DCM 2023-28", "le 1er juillet 2022", "14/03/2023",
    "l'an deux mil vingt-quatre et le douze février", "Rapporteur : Mme Claire DUBOIS", "Article 1 :",
    "n°", "€", "du", "ROCHE", "J.-P.", "(", ")", ";", ".",
]  # fmt: skip
SEPARATORS = [" ", " ", "\n", "\n\n", "\t", "\u00a0", "\u202f", "\r\n", "", ", ", "\u200b", "\u200d", "\u200f", "\x00"]
#: Any character but a half surrogate pair (which JSON may carry but the API refuses with 422).
ANY_CHARACTER = st.characters(exclude_categories=("Cs",))


@st.composite
def texts(draw) -> str:
    parts = draw(
        st.lists(
            st.one_of(st.sampled_from(FRAGMENTS), st.text(ANY_CHARACTER, max_size=12)),
            min_size=1,
            max_size=14,
        )
    )
    return "".join(part + draw(st.sampled_from(SEPARATORS)) for part in parts)


@pytest.fixture(scope="module")
def pipelines(tiny_model_dir) -> dict[str, Pipeline]:
    tagger = load_tagger(tiny_model_dir)  # untrained: its spans fall anywhere, which the merge must survive
    rules = RulesExtractor()
    return {
        name: Pipeline(rules=rules, model=tagger, merge=policy, model_version=tagger.version)
        for name, policy in POLICIES.items()
    }


def _check(text: str, extraction, engine: str) -> None:
    previous_end = 0
    for span in extraction.entities:
        assert 0 <= span.start < span.end <= len(text)
        assert text[span.start : span.end] == span.text
        assert span.start >= previous_end, "entities overlap or are out of order"
        previous_end = span.end
        assert span.label in LABELS and span.source in ("model", "rules", "both")
        assert 0.0 <= span.score <= 1.0
        json.dumps(span.normalized)  # the API serializes it
    assert extraction.engine == engine
    if engine == "rules":
        assert not extraction.fallback and extraction.model_version is None


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow], database=None)
@given(
    batch=st.lists(texts(), min_size=1, max_size=3),
    engine=st.sampled_from(ENGINES),
    policy=st.sampled_from(sorted(POLICIES)),
)
def test_pipeline_never_raises_and_returns_valid_flat_spans(pipelines, batch, engine, policy):
    results = pipelines[policy].run(batch, engine=engine)
    assert len(results) == len(batch)
    for text, extraction in zip(batch, results, strict=True):
        _check(text, extraction, engine)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow], database=None)
@given(text=texts(), labels=st.lists(st.sampled_from(LABELS), max_size=3, unique=True))
def test_label_filter_keeps_only_the_asked_labels(pipelines, text, labels):
    [extraction] = pipelines["model_first"].run([text], engine="hybrid", labels=labels)
    _check(text, extraction, "hybrid")
    assert {s.label for s in extraction.entities} <= set(labels)


dense_spans = st.lists(
    st.builds(
        lambda start, length, label, source, score: Span(start, start + length, label, score=score, source=source),
        st.integers(0, 300),
        st.integers(1, 25),
        st.sampled_from(LABELS),
        st.sampled_from(["model", "rules"]),
        st.floats(0, 1),
    ),
    max_size=120,
)


def _naive_ranked_union(model_spans, rules_spans, rank) -> list[tuple]:
    """The merge as its docstring states it, with the plain quadratic overlap test."""
    rules_by_key = {(s.start, s.end, s.label): s for s in rules_spans}
    agreed = {(s.start, s.end, s.label) for s in model_spans if (s.start, s.end, s.label) in rules_by_key}
    rest = [s for s in (*model_spans, *rules_spans) if (s.start, s.end, s.label) not in agreed]
    candidates = [(2, s.start, s.end, s.label) for s in model_spans if (s.start, s.end, s.label) in agreed]
    candidates = list(dict.fromkeys(candidates)) + [(int(rank(s)), s.start, s.end, s.label) for s in rest]
    kept: list[tuple] = []
    for _, start, end, label in sorted(candidates, key=lambda c: (-c[0], -(c[2] - c[1]), c[1])):
        if not any(start < k_end and k_start < end for k_start, k_end, _ in kept):
            kept.append((start, end, label))
    return sorted(kept)


@settings(max_examples=150, deadline=None, database=None)
@given(model_spans=dense_spans, rules_spans=dense_spans)
def test_merge_is_flat_and_equals_its_plain_definition(model_spans, rules_spans):
    rank = lambda s: s.source == "model"  # noqa: E731  (model_first's rank)
    merged = ranked_union(model_spans, rules_spans, rank)
    assert all(a.end <= b.start for a, b in itertools.pairwise(merged))
    assert sorted((s.start, s.end, s.label) for s in merged) == _naive_ranked_union(model_spans, rules_spans, rank)


def test_merge_stays_fast_on_a_text_dense_with_entities():
    """30,000 spans from each engine, all in conflict: a quadratic merge would take minutes."""
    model_spans = [Span(7 * i, 7 * i + 2, "DATE", source="model") for i in range(30_000)]
    rules_spans = [Span(7 * i + 1, 7 * i + 4, "AMOUNT", source="rules") for i in range(30_000)]
    started = time.perf_counter()
    merged = POLICIES["model_first"](model_spans, rules_spans)
    assert len(merged) == 30_000 and {s.source for s in merged} == {"model"}
    assert time.perf_counter() - started < 5


EDITS = ["flip", "cut", "drop", "insert"]
DOCUMENTED = (UnsupportedFile, UnreadableFile, TooManyPages, TooComplex, TextTooLong)


def _read(data: bytes, name: str, media: str | None) -> None:
    started = time.monotonic()
    try:
        result = read_upload(data, name, media, max_pages=20, max_chars=200_000, budget_s=5.0)
    except DOCUMENTED as error:
        assert str(error)
    else:
        assert isinstance(result, ExtractedText) and isinstance(result.text, str)
        result.text.encode("utf-8")  # no half surrogate pair leaks out
    assert time.monotonic() - started < 15


@settings(max_examples=80, deadline=None, database=None)
@given(
    data=st.binary(max_size=2000),
    name=st.sampled_from(["a.pdf", "a.txt", "a", "a.PDF", "a.md", "a.docx", "", "../../etc/passwd"]),
    media=st.sampled_from([None, "application/pdf", "text/plain", "application/octet-stream", "text/html"]),
)
def test_any_bytes_give_text_or_a_documented_error(data, name, media):
    _read(data, name, media)


@settings(max_examples=60, deadline=None, database=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    edits=st.lists(
        st.tuples(st.floats(0, 1), st.sampled_from(EDITS), st.binary(max_size=8)),
        min_size=1,
        max_size=6,
    )
)
def test_mangled_pdfs_give_text_or_a_documented_error(make_pdf, edits):
    data = bytearray(make_pdf([["Délibération n° 2023-045", "Séance du 12 mars 2023"], ["Montant : 12 500 €"]]))
    for where, how, payload in edits:
        at = int(where * (len(data) - 1)) if data else 0
        if how == "flip" and data:
            data[at] ^= 0xFF
        elif how == "cut":
            del data[at:]
        elif how == "drop":
            del data[at : at + 16]
        else:
            data[at:at] = payload
    _read(bytes(data), "mangled.pdf", "application/pdf")


def test_the_api_with_a_model_conforms_to_its_schema(tiny_service):
    """schemathesis over every operation of ``delibner serve`` with a (tiny) model loaded: no 5xx and no
    response outside the schema (``tests/service`` does the same for a rules-only app in-process)."""
    import schemathesis
    from schemathesis.checks import positive_data_acceptance

    schema = schemathesis.openapi.from_url(f"{tiny_service.url}/openapi.json")
    operations = [result.ok() for result in schema.get_all_operations()]
    for operation in operations:
        # A file's acceptability depends on its bytes, which a schema cannot say (see tests/service).
        _fuzz(operation, [positive_data_acceptance] if operation.path == "/v1/extract/file" else [])
    assert {"POST /v1/extract", "POST /v1/extract/batch", "POST /v1/extract/file"} <= {o.label for o in operations}


def _fuzz(operation, excluded_checks) -> None:
    @given(case=operation.as_strategy())
    @settings(max_examples=15, deadline=None, suppress_health_check=list(HealthCheck), database=None)
    def conforms(case):
        case.call_and_validate(excluded_checks=excluded_checks)

    conforms()
