import pytest

from model.rules.amount import AmountRule
from model.rules.extractor import longest_then_priority

RULE = AmountRule()


def found(text: str) -> list[str]:
    """Surfaces as the extractor keeps them: flat, in reading order."""
    return [span.text for span in longest_then_priority(RULE(text))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("une subvention de (111  290,00 €) ;", ["111  290,00 €"]),  # a doubled space between groups
        ("pour 12 500 € au total", ["12 500 €"]),
        ("soit 12.500,00 euros TTC", ["12.500,00 euros TTC"]),
        ("montant de 12\u00a0500,00\u00a0€ HT", ["12\u00a0500,00\u00a0€ HT"]),
        ("montant de 12\u202f500 €", ["12\u202f500 €"]),
        ("une enveloppe de 3,2 M€ et 15 k€", ["3,2 M€", "15 k€"]),
        ("1,5 million d'euros et 2 millions d’euros", ["1,5 million d'euros", "2 millions d’euros"]),
        (
            "soit 850 € HT, 9 000 € H.T. et 3 600 € toutes taxes comprises",
            ["850 € HT", "9 000 € H.T.", "3 600 € toutes taxes comprises"],
        ),
        ("EUR 12 500 et 12 500 EUR", ["EUR 12 500", "12 500 EUR"]),
        ("deux mille cinq cents euros (2 500 €)", ["deux mille cinq cents euros", "2 500 €"]),
        ("au prix de quinze euros cinquante", ["quinze euros cinquante"]),
        ("0,42 € par habitant et 45 €/jour", ["0,42 €", "45 €"]),
        ("- 5 000,00 € et +1 200 €", ["5 000,00 €", "1 200 €"]),
        ("de 0 à 370 €", ["370 €"]),
        ("reste 1 2 5 0 0 ,0 0 €", ["1 2 5 0 0 ,0 0 €"]),
        ("soit 120 000,00\n€, financés", ["120 000,00\n€"]),
        ("de soixante-\nquinze mille euros", ["soixante-\nquinze mille euros"]),
        ("un loyer de 12 € 50", ["12 € 50"]),
    ],
)
def test_amounts_are_found_with_their_exact_boundaries(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "un taux de 12,5 % et 5,5 %",  # percentages
        "2 500 habitants sur 3 850 m²",  # counts and surfaces
        "le budget 2024 et l'exercice 2023",  # years
        "Tél. 04 95 27 80 28",  # phone numbers
        "SIRET 329 198 832 01234",  # SIRET
        "14140 LIVAROT-PAYS-D'AUGE",  # postal code
        "Article 12 : 65  6574  Subventions  5 000,00",  # a table figure without currency
        "l'euro symbolique",  # no figure
    ],
)
def test_non_amounts_are_left_alone(text):
    assert found(text) == []
