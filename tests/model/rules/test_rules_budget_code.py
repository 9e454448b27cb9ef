import pytest

from model.rules.budget_code import BudgetCodeRule
from model.rules.extractor import longest_then_priority

RULE = BudgetCodeRule()


def found(text: str) -> list[str]:
    """Surfaces as the extractor keeps them: flat, in reading order."""
    return [span.text for span in longest_then_priority(RULE(text))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("soit 420 000 € au compte 60612 / fonction 020 ;", ["compte 60612 / fonction 020"]),  # B7
        ("inscrits au chapitre 65 article 6574 fonction 025.", ["chapitre 65 article 6574 fonction 025"]),
        (
            "Chapitre 012 nature 64111, fonction 020, sous-politique A230 ;",
            ["Chapitre 012 nature 64111, fonction 020, sous-politique A230"],
        ),
        ("imputée au chapitre 65 – article 65548 – fonction 738.", ["chapitre 65 – article 65548 – fonction 738"]),
        ("à l'imputation 204/20422/824", ["imputation 204/20422/824"]),
        ("Imputation : 65-6574-025", ["65-6574-025"]),
        ("imputé en 204/2041412/515.", ["204/2041412/515"]),
        ("Imputation : 2313 – 411 – opération 405.", ["2313 – 411 – opération 405"]),
        ("011/6231/020   Services bancaires   + 800,00 €", ["011/6231/020"]),
        ("23/2315 – opération 104  Travaux", ["23/2315 – opération 104"]),
        ("au compte 6231 (honoraires)", ["compte 6231"]),
        ("au compte N°13912", ["compte N°13912"]),
        ("Compte 2313, opération 201", ["Compte 2313, opération 201"]),
        ("aux chapitres 011 et 012", ["chapitres 011 et 012"]),
        ("du chapitre 21 au chapitre 23", ["chapitre 21", "chapitre 23"]),
        ("budget annexe Eau – c/ 70111", ["c/ 70111"]),
        ("au chapitre 011 « Charges à caractère général »", ["chapitre 011"]),
        (
            "programme P511, chapitre 204, nature 204142, fonction 74",
            ["programme P511, chapitre 204, nature 204142, fonction 74"],
        ),
        ("au budget primitif 2024, s'élève à 9 800 € à l'article 6574", ["article 6574"]),
        ("chapitre 012, na-\ntures 64111 et 64131.", ["chapitre 012, na-\ntures 64111 et 64131"]),
    ],
)
def test_budget_codes_are_found_with_their_exact_boundaries(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Article 1 : d'approuver la convention.",  # an article of the act
        "conformément à l'article 10 de la convention",
        "le compte rendu et le compte administratif 2023",
        "le programme 2024 de voirie",  # a year, not a code
        "Membres en fonction : 19",
        "délibération n° 12-2023-045 et 14/03/2023, 2023/045, 07-3391/22/CC",  # identifiers and dates
        "Tél. 04-95-27-80-28",
        "65  6574  Subventions  5 000,00",  # a table row without component word nor imputation form
        "section de fonctionnement, budget principal 2024",
    ],
)
def test_non_budget_codes_are_left_alone(text):
    assert found(text) == []
