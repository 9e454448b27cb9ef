"""The generator: determinism, exact offsets, valid and lint-clean output, CLI."""

from __future__ import annotations

import json
import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from delibner.cli import app
from model.labels import LABELS
from training.data.formats.jsonl import read_jsonl, write_jsonl
from training.data.lint import lint_document
from training.data.validate import span_issues
from training.synthetic.corpus import SyntheticGenerator

_POOL = 80  # small name pools keep the tests fast; the CLI uses full pools


def _check_exact(doc):
    previous_end = -1
    for span in doc.spans:
        assert 0 <= span.start < span.end <= len(doc.text)
        assert doc.text[span.start : span.end] == span.text
        assert span.start >= previous_end, f"{doc.id}: overlapping spans at {span.start}"
        assert not span.text[0].isspace() and not span.text[-1].isspace()
        assert span.text[-1] not in ",;:" and span.text[0] not in "([«\"'"
        previous_end = span.end


def test_same_seed_gives_identical_bytes(tmp_path):
    first, second = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    write_jsonl(first, SyntheticGenerator(7, pool_size=_POOL).documents(25))
    write_jsonl(second, SyntheticGenerator(7, pool_size=_POOL).documents(25))
    assert first.read_bytes() == second.read_bytes()
    other = tmp_path / "c.jsonl"
    write_jsonl(other, SyntheticGenerator(8, pool_size=_POOL).documents(25))
    assert other.read_bytes() != first.read_bytes()


def test_a_document_depends_only_on_seed_and_index():
    gen = SyntheticGenerator(3, pool_size=_POOL)
    docs = list(gen.documents(6))
    assert SyntheticGenerator(3, pool_size=_POOL).document(4).text == docs[4].text


def test_offsets_are_exact_on_many_documents_and_every_label_appears():
    seen = set()
    for seed in (0, 1, 2):
        for doc in SyntheticGenerator(seed, pool_size=_POOL).documents(40):
            _check_exact(doc)
            assert span_issues(doc.text, doc.spans) == []
            seen.update(s.label for s in doc.spans)
    assert seen == set(LABELS)


def test_output_passes_the_linter():
    hits = []
    for seed in (11, 12):
        for doc in SyntheticGenerator(seed, pool_size=_POOL).documents(40):
            hits += [(doc.id, hit) for hit in lint_document(doc)]
    assert hits == []


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    seed=st.integers(min_value=0, max_value=2**31),
    index=st.integers(min_value=0, max_value=100_000),
    noise=st.sampled_from([0.0, 0.5, 1.0]),
)
def test_any_seed_gives_exact_spans(seed, index, noise):
    doc = SyntheticGenerator(seed, noise, pool_size=40).document(index)
    _check_exact(doc)
    assert doc.meta["source"] == "synthetic"


def test_noise_rate_zero_gives_clean_text():
    for doc in SyntheticGenerator(5, 0.0, pool_size=_POOL).documents(30):
        assert "\f" not in doc.text
        assert not re.search(r"\w-\n\w", doc.text), "no hyphenation at the margin without noise"


def test_jsonl_round_trip(tmp_path):
    path = tmp_path / "s.jsonl"
    docs = list(SyntheticGenerator(4, pool_size=_POOL).documents(10))
    write_jsonl(path, docs)
    back = list(read_jsonl(path))
    assert [d.to_dict() for d in back] == [d.to_dict() for d in docs]


def test_stats_count_what_was_generated():
    gen = SyntheticGenerator(9, pool_size=_POOL)
    docs = list(gen.documents(30))
    assert gen.stats.documents == 30
    assert sum(gen.stats.labels.values()) == sum(len(d.spans) for d in docs)
    report = gen.stats.report()
    assert "OFFICIAL" in report and "date (" in report and "doc_template (" in report


def test_cli_generate_writes_a_deterministic_corpus(tmp_path):
    runner = CliRunner()
    out = tmp_path / "syn.jsonl"
    result = runner.invoke(app, ["generate", "--n", "12", "--seed", "5", "--out", str(out), "--stats"])
    assert result.exit_code == 0, result.output
    lines = out.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 12
    assert all(json.loads(line)["spans"] for line in lines)
    assert "per 100 words" in result.stdout
    again = tmp_path / "again.jsonl"
    assert runner.invoke(app, ["generate", "--n", "12", "--seed", "5", "--out", str(again)]).exit_code == 0
    assert again.read_bytes() == out.read_bytes()


def test_cli_generate_refuses_bad_input(tmp_path):
    runner = CliRunner()
    assert (
        runner.invoke(
            app, ["generate", "--n", "3", "--noise-rate", "1.5", "--out", str(tmp_path / "x.jsonl")]
        ).exit_code
        != 0
    )
    assert runner.invoke(app, ["generate", "--n", "0", "--out", str(tmp_path / "x.jsonl")]).exit_code != 0
    result = runner.invoke(app, ["generate", "--n", "3"])
    assert result.exit_code != 0
