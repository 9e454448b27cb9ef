import pytest

from model.rules.date import DateRule
from model.rules.extractor import longest_then_priority

RULE = DateRule()


def found(text: str) -> list[str]:
    """Surfaces as the extractor keeps them: flat, in reading order."""
    return [span.text for span in longest_then_priority(RULE(text))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Séance du mardi 14 mars 2023 à 18h30", ["mardi 14 mars 2023"]),
        ("à compter du 1er juillet 2022.", ["1er juillet 2022"]),
        (
            "Convocation : 14/03/2023 ; publication 14.03.2023 ; envoi 14-03-2023",
            ["14/03/2023", "14.03.2023", "14-03-2023"],
        ),
        ("Transmis le 2023-03-14 et affiché le 14/03/23", ["2023-03-14", "14/03/23"]),
        ("le vingt juin deux mille vingt-trois", ["vingt juin deux mille vingt-trois"]),
        ("L'an deux mille vingt-cinq, le treize mars à 18 h", ["deux mille vingt-cinq, le treize mars"]),
        ("L'an deux mil vingt-quatre et le douze février, le conseil", ["deux mil vingt-quatre et le douze février"]),
        (
            "L’an deux mille vingt-quatre, le dix-huit du mois d’avril, à",
            ["deux mille vingt-quatre, le dix-huit du mois d’avril"],
        ),
        ("du 1er janvier 2024 au 31 décembre 2024", ["1er janvier 2024", "31 décembre 2024"]),
        ("CONSEIL COMMUNAUTAIRE DU 12 DÉCEMBRE 2023", ["12 DÉCEMBRE 2023"]),
        ("Tarifs au 1er jan-\nvier 2025", ["1er jan-\nvier 2025"]),
        ("séance du mardi\n          12 novembre 2024", ["mardi\n          12 novembre 2024"]),
    ],
)
def test_dates_are_found_with_their_exact_boundaries(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "le budget 2024 et l'année 2023",  # years alone
        "réunie le 20 mai ; en mars 2023",  # day and month, month and year
        "à 18h30, durée 12 mois",  # times and durations
        "Tél. 04.95.27.80.28 ou 02 99 45 61 07",  # phone numbers
        "section 2.1.12 du règlement",  # outline numbers
        "SIRET 251 401 632 00018, 14140 LIVAROT",  # SIRET and postal code
        "délibération DEL-20230312-01",  # inside an identifier
        "12 et 13 juillet",
    ],
)
def test_non_dates_are_left_alone(text):
    assert found(text) == []


def test_impossible_day_or_month_is_not_a_numeric_date():
    assert found("code 32/13/2023 et 00/01/2023") == []
