"""Every rule stays linear on adversarial input (a later reliability issue tests each rule for this).

Bounds are generous on purpose: a linear rule handles these 50k-character texts in
well under a second; a super-linear one takes minutes.
"""

import time

import pytest

from model.rules.amount import AmountRule
from model.rules.budget_code import BudgetCodeRule
from model.rules.date import DateRule
from model.rules.delib_id import DelibIdRule
from model.rules.legal_ref import LegalRefRule
from model.rules.official import OfficialRule

SIZE = 50_000
ADVERSARIAL = {
    "digits": "1" * SIZE,
    "spaced digits": "1 " * (SIZE // 2),
    "spaces": " " * SIZE,
    "dots": "." * SIZE,
    "grouped thousands": "000 " * (SIZE // 4),
    "number signs": "n°" * (SIZE // 2),
    "number signs with ids": "délibération n° 1-" * (SIZE // 18),
    "capitalised words": "DUPONT " * (SIZE // 7),
    "first names and capitals": "Jean DUPONT-" * (SIZE // 12),
    "names on one long line": "Paul ROCHE, " * (SIZE // 12),
    "numbers on one long line": "n° 1-2 " * (SIZE // 7),
    "civilities": "Mme " * (SIZE // 4),
    "plural civility list": "MM. " + "DUPONT, " * (SIZE // 8),
    "line breaks": "A-\n" * (SIZE // 3),
    "articles": "articles L. 1-1, " * (SIZE // 17),
    "dates without year": "le 12 mars " * (SIZE // 11),
    "number words": "vingt-deux mille " * (SIZE // 17),
    "budget words": "chapitre 65, " * (SIZE // 13),
    "slashes": "12/" * (SIZE // 3),
    "attendance headers": "Présents : " * (SIZE // 11),
    "title-case names in a list": "Présents : Claire Dubois, " + "Solenn Le Guellec, " * (SIZE // 19),
    "title-case names on lines": "Présents :\n" + "Yves Nicolas\n" * (SIZE // 13),
    "civilities and title case": "Mme Claire de La " * (SIZE // 17),
    "names all in capitals": "PRÉSENTS : " + "CLAIRE DUBOIS, " * (SIZE // 15),
    "broken first names": "Ca-\nrole " * (SIZE // 10),
    "particles": "de La Le " * (SIZE // 9),
}
RULES = [AmountRule(), BudgetCodeRule(), DateRule(), DelibIdRule(), LegalRefRule(), OfficialRule()]


@pytest.mark.slow
@pytest.mark.parametrize("rule", RULES, ids=lambda rule: rule.label)
@pytest.mark.parametrize("name", list(ADVERSARIAL))
def test_rule_runs_in_linear_time(rule, name):
    text = ADVERSARIAL[name]
    rule("warm up")
    started = time.perf_counter()
    spans = rule(text)
    elapsed = time.perf_counter() - started
    assert elapsed < 10, f"{rule.label} took {elapsed:.1f} s on 50k characters of {name!r}"
    assert all(0 <= span.start < span.end <= len(text) for span in spans)
