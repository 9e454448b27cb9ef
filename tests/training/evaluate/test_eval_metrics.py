import warnings

from hypothesis import given
from hypothesis import strategies as st
from seqeval.metrics import classification_report
from seqeval.scheme import IOB2

from model.span import Span
from training.evaluate.metrics import overlap_matches, score

LABELS = ["DATE", "AMOUNT", "OFFICIAL"]


def char_tags(spans: list[Span], length: int) -> list[str]:
    """Character-level IOB2 tags: strict span equality is exactly seqeval's strict match on them."""
    tags = ["O"] * length
    for span in spans:
        tags[span.start] = f"B-{span.label}"
        for i in range(span.start + 1, span.end):
            tags[i] = f"I-{span.label}"
    return tags


@st.composite
def flat_spans(draw, length: int = 60) -> list[Span]:
    cuts = sorted(draw(st.sets(st.integers(0, length), max_size=12)))
    spans = []
    for start, end in zip(cuts[::2], cuts[1::2], strict=False):
        if draw(st.booleans()):
            spans.append(Span(start, end, draw(st.sampled_from(LABELS))))
    return spans


@given(st.lists(st.tuples(flat_spans(), flat_spans()), min_size=1, max_size=5))
def test_strict_scores_equal_seqeval(docs):
    gold = [g for g, _ in docs]
    pred = [p for _, p in docs]
    ours = score(gold, pred).strict
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        theirs = classification_report(
            [char_tags(g, 60) for g in gold],
            [char_tags(p, 60) for p in pred],
            mode="strict",
            scheme=IOB2,
            output_dict=True,
            zero_division=0,
        )
    for label, prf in ours.per_label.items():
        assert abs(prf.f1 - theirs[label]["f1-score"]) < 1e-9
        assert abs(prf.precision - theirs[label]["precision"]) < 1e-9
        assert abs(prf.recall - theirs[label]["recall"]) < 1e-9
    if ours.per_label:
        assert abs(ours.micro.f1 - theirs["micro avg"]["f1-score"]) < 1e-9
        assert abs(ours.macro.f1 - theirs["macro avg"]["f1-score"]) < 1e-9


def test_overlap_matching_is_one_to_one_and_prefers_exact():
    gold = [Span(0, 10, "DATE")]
    pred = [Span(0, 5, "DATE"), Span(0, 10, "DATE")]
    assert overlap_matches(gold, pred) == [(gold[0], pred[1])]
    report = score([gold], [pred])
    assert (report.overlap.micro.tp, report.overlap.micro.fp) == (1, 1)


def test_label_mismatch_is_an_error_both_ways():
    report = score([[Span(0, 4, "DATE")]], [[Span(0, 4, "AMOUNT")]])
    assert report.strict.per_label["DATE"].fn == 1
    assert report.strict.per_label["AMOUNT"].fp == 1
    assert report.overlap.micro.f1 == 0.0
