import pytest
from hypothesis import given
from hypothesis import strategies as st

from model.merge import GAP_FILL_SCORE, POLICIES, get_policy, model_first, per_label, rules_first, rules_first_confident
from model.span import Span


def m(start, end, label="DATE", score=0.8):
    return Span(start, end, label, score=score, source="model")


def r(start, end, label="DATE"):
    return Span(start, end, label, source="rules")


def test_agreement_is_both_with_the_best_score():
    [span] = model_first([m(0, 4, score=0.7)], [r(0, 4)])
    assert span.source == "both" and span.score == 1.0


def test_conflicts_follow_the_policy_and_gaps_are_filled():
    model_spans = [m(0, 10, "LEGAL_REF"), m(20, 30, "OFFICIAL")]
    rules_spans = [r(0, 8, "LEGAL_REF"), r(22, 30, "OFFICIAL"), r(40, 45, "AMOUNT")]
    assert [(s.start, s.end) for s in model_first(model_spans, rules_spans)] == [(0, 10), (20, 30), (40, 45)]
    assert [(s.start, s.end) for s in rules_first(model_spans, rules_spans)] == [(0, 8), (22, 30), (40, 45)]
    # per_label: rules win for LEGAL_REF (patterned), the model wins for OFFICIAL
    assert [(s.start, s.end, s.source) for s in per_label(model_spans, rules_spans)] == [
        (0, 8, "rules"),
        (20, 30, "model"),
        (40, 45, "rules"),
    ]


def test_confident_policy_fills_gaps_only_with_sure_model_spans():
    sure, unsure = GAP_FILL_SCORE, GAP_FILL_SCORE - 0.01
    model_spans = [m(0, 10, "LEGAL_REF", sure), m(20, 30, score=sure), m(40, 45, score=unsure), m(50, 55, score=0.1)]
    rules_spans = [r(0, 8, "LEGAL_REF"), r(50, 55)]
    merged = rules_first_confident(model_spans, rules_spans)
    # the rules win the conflict, a sure gap is filled, an unsure one is not, an unsure agreement is kept
    assert [(s.start, s.end, s.source) for s in merged] == [(0, 8, "rules"), (20, 30, "model"), (50, 55, "both")]
    assert len(rules_first(model_spans, rules_spans)) == 4


def test_agreement_survives_even_against_a_longer_conflicting_span():
    # rules found an exact span the model also found; a longer rules span overlapping it loses
    merged = model_first([m(0, 4)], [r(0, 4), r(2, 12, "AMOUNT")])
    assert [(s.start, s.end, s.source) for s in merged] == [(0, 4, "both")]


def test_unknown_policy_is_named():
    with pytest.raises(ValueError, match="unknown merge policy 'best'"):
        get_policy("best")


spans = st.builds(
    lambda start, length, label, source: Span(start, start + length, label, source=source),
    st.integers(0, 80),
    st.integers(1, 15),
    st.sampled_from(["DATE", "AMOUNT", "OFFICIAL", "LEGAL_REF"]),
    st.sampled_from(["model", "rules"]),
)


@given(st.lists(spans, max_size=12), st.lists(spans, max_size=12), st.sampled_from(sorted(POLICIES)))
def test_every_policy_returns_flat_sorted_spans_from_its_inputs(model_spans, rules_spans, name):
    model_spans = [s.with_(source="model") for s in model_spans]
    rules_spans = [s.with_(source="rules") for s in rules_spans]
    merged = get_policy(name)(model_spans, rules_spans)
    assert all(not a.overlaps(b) for i, a in enumerate(merged) for b in merged[i + 1 :])
    assert merged == sorted(merged, key=lambda s: (s.start, -s.end, s.label))
    inputs = {(s.start, s.end, s.label) for s in (*model_spans, *rules_spans)}
    assert all((s.start, s.end, s.label) in inputs for s in merged)
    # nothing is dropped unless it conflicts with something kept
    for span in (*model_spans, *rules_spans):
        assert any(span.overlaps(k) for k in merged)
