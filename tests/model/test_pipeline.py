import time

import pytest

from model.extractor import BudgetExceeded
from model.merge import rules_first
from model.pipeline import Pipeline
from model.span import Span

TEXT = "Le 12 mars 2023, M. Paul ROCHE."


class Fixed:
    """An extractor returning fixed spans (stands in for one engine; the merge is what is tested)."""

    def __init__(self, name, spans, error=None, delay=0.0):
        self.name, self.spans, self.error, self.delay = name, spans, error, delay
        self.calls = 0

    def extract(self, texts, *, deadline=None):
        self.calls += 1
        if self.error:
            raise self.error
        if self.delay:
            time.sleep(self.delay)
            if deadline is not None and time.monotonic() > deadline:
                raise BudgetExceeded("late")
        return [list(self.spans) for _ in texts]


MODEL_SPANS = [Span(20, 30, "OFFICIAL", "Paul ROCHE", 0.9, "model"), Span(3, 10, "DATE", "12 mars", 0.6, "model")]
RULES_SPANS = [Span(3, 15, "DATE", "12 mars 2023", 1.0, "rules")]


def pipeline(**kwargs):
    return Pipeline(rules=Fixed("rules", RULES_SPANS), model=Fixed("model", MODEL_SPANS), model_version="v1", **kwargs)


def test_engines_choose_their_extractors():
    pipe = pipeline()
    [rules] = pipe.run([TEXT], engine="rules")
    assert [s.source for s in rules.entities] == ["rules"] and rules.model_version is None
    [model] = pipe.run([TEXT], engine="model")
    assert {s.source for s in model.entities} == {"model"} and model.model_version == "v1"
    [hybrid] = pipeline(vet=None).run([TEXT], engine="hybrid")
    assert [(s.label, s.source) for s in hybrid.entities] == [("DATE", "model"), ("OFFICIAL", "model")]
    assert not hybrid.fallback


def test_hybrid_vets_the_model_before_the_merge():
    # ``12 mars`` has no year: the rules' veto drops the model's guess, so the rules' date is kept
    # even though the default merge lets the model win conflicts.
    [hybrid] = pipeline().run([TEXT], engine="hybrid")
    assert [(s.label, s.text, s.source) for s in hybrid.entities] == [
        ("DATE", "12 mars 2023", "rules"),
        ("OFFICIAL", "Paul ROCHE", "model"),
    ]
    [model] = pipeline().run([TEXT], engine="model")
    assert sorted(s.text for s in model.entities) == ["12 mars", "Paul ROCHE"]


def test_merge_policy_is_pluggable():
    [hybrid] = pipeline(merge=rules_first).run([TEXT])
    assert [(s.label, s.end, s.source) for s in hybrid.entities] == [("DATE", 15, "rules"), ("OFFICIAL", 30, "model")]


def test_normalizer_fills_values_and_labels_filter():
    [result] = pipeline().run([TEXT], engine="rules")
    assert result.entities[0].normalized == {"iso": "2023-03-12"}
    [only] = pipeline().run([TEXT], labels=["OFFICIAL"])
    assert [s.label for s in only.entities] == ["OFFICIAL"]


@pytest.mark.parametrize(
    ("model", "reason"),
    [
        (None, "no model loaded"),
        (Fixed("model", [], error=RuntimeError("boom")), "model failed: RuntimeError: boom"),
        (Fixed("model", MODEL_SPANS, delay=0.05), "model exceeded its time budget of 0.01 s"),
    ],
)
def test_fallback_to_rules_says_why(model, reason):
    pipe = Pipeline(rules=Fixed("rules", RULES_SPANS), model=model, model_budget_s=0.01)
    for engine in ("hybrid", "model"):
        [result] = pipe.run([TEXT], engine=engine)
        assert result.fallback and result.fallback_reason == reason
        assert [s.source for s in result.entities] == ["rules"]


def test_model_error_is_per_call():
    flaky = Fixed("model", MODEL_SPANS, error=RuntimeError("once"))
    pipe = Pipeline(rules=Fixed("rules", RULES_SPANS), model=flaky)
    assert pipe.run([TEXT])[0].fallback
    flaky.error = None
    assert not pipe.run([TEXT])[0].fallback


def test_unknown_engine_is_rejected():
    with pytest.raises(ValueError, match="unknown engine 'bert'"):
        pipeline().run([TEXT], engine="bert")
