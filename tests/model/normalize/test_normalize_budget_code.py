import pytest

from model.normalize.budget_code import normalize_budget_code


@pytest.mark.parametrize(
    ("surface", "expected"),
    [
        ("chapitre 65 article 6574 fonction 025", {"chapitre": "65", "article": "6574", "fonction": "025"}),
        (
            "Chapitre 012 nature 64111, fonction 020, sous-politique A230",
            {"chapitre": "012", "nature": "64111", "fonction": "020", "sous_politique": "A230"},
        ),
        ("imputation 204/20422/824", {"chapitre": "204", "nature": "20422", "fonction": "824"}),
        ("65-6574-025", {"chapitre": "65", "nature": "6574", "fonction": "025"}),
        ("13/1321", {"chapitre": "13", "nature": "1321"}),
        ("23/2313-108", {"chapitre": "23", "nature": "2313", "operation": "108"}),
        ("2313 – 411 – opération 405", {"nature": "2313", "fonction": "411", "operation": "405"}),
        ("compte 6231", {"compte": "6231"}),
        ("compte N°13912", {"compte": "13912"}),
        ("c/ 70111", {"compte": "70111"}),
        ("chapitres 011 et 012", {"chapitre": "011, 012"}),
        ("chapitre 012, na-\ntures 64111 et 64131", {"chapitre": "012", "nature": "64111, 64131"}),
        (
            "chapitre 65, nature 65748,\nfonction 632, opération ESS-24",
            {"chapitre": "65", "nature": "65748", "fonction": "632", "operation": "ESS-24"},
        ),
        ("programme P511, chapitre 204", {"programme": "P511", "chapitre": "204"}),
    ],
)
def test_budget_codes_are_split_into_named_components(surface, expected):
    assert normalize_budget_code(surface) == expected


@pytest.mark.parametrize("surface", ["", "chapitre", "budget principal"])
def test_budget_codes_without_code_give_none(surface):
    assert normalize_budget_code(surface) is None
