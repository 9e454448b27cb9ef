import itertools
import time

import pytest

from model.extractor import BudgetExceeded, Extractor
from model.pipeline import Pipeline
from model.rules import RulesExtractor
from model.rules.extractor import LABEL_PRIORITY, longest_then_priority
from model.span import Span

DELIBERATION = """DÉLIBÉRATION N° DEL-2023-045
Séance du mardi 14 mars 2023
L'an deux mille vingt-trois, le quatorze mars à 18 h, sous la présidence de M. Paul ROCHE, Maire.
Présents : Paul ROCHE, Inès TALBI, Yves MOREAU.
Vu le Code général des collectivités territoriales, notamment son article L. 2121-29 ;
Vu la loi n° 2019-1461 du 27 décembre 2019 relative à l'engagement ;
Vu la délibération n° DEL-2022-114 du 12 décembre 2022 ;
Le conseil attribue une subvention de 12 500,00 € HT, imputée au chapitre 65 article 6574 fonction 025.
"""


@pytest.fixture(scope="module")
def rules() -> RulesExtractor:
    return RulesExtractor()


def test_it_is_an_extractor_named_rules(rules):
    assert isinstance(rules, Extractor)
    assert rules.name == "rules"


def test_one_result_per_text_and_none_for_empty_input(rules):
    assert rules.extract([]) == []
    assert rules.extract(["", "   "]) == [[], []]


def test_a_deliberation_gives_every_label_with_exact_surfaces(rules):
    spans = rules.extract([DELIBERATION])[0]
    found = {(span.label, span.text) for span in spans}
    assert {
        ("DELIB_ID", "DEL-2023-045"),
        ("DATE", "mardi 14 mars 2023"),
        ("DATE", "deux mille vingt-trois, le quatorze mars"),
        ("OFFICIAL", "Paul ROCHE"),
        ("OFFICIAL", "Inès TALBI"),
        ("LEGAL_REF", "Code général des collectivités territoriales"),
        ("LEGAL_REF", "article L. 2121-29"),
        ("LEGAL_REF", "loi n° 2019-1461 du 27 décembre 2019"),
        ("DELIB_ID", "DEL-2022-114"),
        ("DATE", "12 décembre 2022"),
        ("AMOUNT", "12 500,00 € HT"),
        ("BUDGET_CODE", "chapitre 65 article 6574 fonction 025"),
    } <= found
    assert ("DATE", "27 décembre 2019") not in found  # swallowed by its legal reference


def test_spans_are_flat_sorted_sourced_and_true_to_the_text(rules):
    spans = rules.extract([DELIBERATION])[0]
    assert spans == sorted(spans, key=lambda s: (s.start, -s.end, s.label))
    for previous, span in itertools.pairwise(spans):
        assert previous.end <= span.start
    for span in spans:
        assert span.source == "rules"
        assert 0 < span.score <= 1
        assert span.text == DELIBERATION[span.start : span.end]


def test_labels_restrict_the_components_that_run():
    only_dates = RulesExtractor(labels=("DATE",))
    spans = only_dates.extract([DELIBERATION])[0]
    assert spans and {span.label for span in spans} == {"DATE"}
    assert ("DATE", "27 décembre 2019") in {(s.label, s.text) for s in spans}  # no legal reference to swallow it


def test_a_passed_deadline_raises_budget_exceeded(rules):
    with pytest.raises(BudgetExceeded):
        rules.extract([DELIBERATION], deadline=time.monotonic() - 1)


def test_the_pipeline_normalizes_rules_spans(rules):
    result = Pipeline(rules=rules).run([DELIBERATION], engine="rules")[0]
    values = {span.text: span.normalized for span in result.entities}
    assert values["12 500,00 € HT"] == {"value": 12500.0, "currency": "EUR", "tax": "HT"}
    assert values["mardi 14 mars 2023"] == {"iso": "2023-03-14"}
    assert values["DEL-2023-045"] == {"id": "DEL-2023-045"}
    assert values["Paul ROCHE"] == {"first_name": "Paul", "last_name": "ROCHE"}


def test_overlap_policy_prefers_longer_then_label_priority():
    legal, date = Span(0, 30, "LEGAL_REF"), Span(14, 30, "DATE")
    assert longest_then_priority([date, legal]) == [legal]
    same_length = [Span(0, 10, "DATE"), Span(0, 10, "DELIB_ID")]
    assert [s.label for s in longest_then_priority(same_length)] == ["DELIB_ID"]
    assert LABEL_PRIORITY.index("DELIB_ID") < LABEL_PRIORITY.index("DATE")


def test_overlap_policy_keeps_disjoint_and_touching_spans():
    spans = [Span(0, 4, "AMOUNT"), Span(4, 8, "DATE"), Span(10, 12, "OFFICIAL")]
    assert longest_then_priority(spans) == spans
