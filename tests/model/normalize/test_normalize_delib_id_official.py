import pytest

from model.normalize.delib_id import normalize_delib_id
from model.normalize.official import normalize_official


@pytest.mark.parametrize(
    ("surface", "canonical"),
    [
        ("DEL-2022-114", "DEL-2022-114"),
        ("D-2017-\n204", "D-2017-204"),
        ("FAG\u00a0012-5521/23/BM", "FAG 012-5521/23/BM"),
        ("2023 - 045", "2023-045"),
        ("B 24.117", "B 24.117"),
    ],
)
def test_identifiers_are_canonical(surface, canonical):
    assert normalize_delib_id(surface) == {"id": canonical}


def test_an_identifier_without_digit_gives_none():
    assert normalize_delib_id("DEL-ABC") is None


@pytest.mark.parametrize(
    ("surface", "first", "last"),
    [
        ("Claire DUBOIS-MARTIN", "Claire", "DUBOIS-MARTIN"),
        ("LEFEBVRE Jean-Marc", "Jean-Marc", "LEFEBVRE"),
        ("Bernadette N'GUYEN", "Bernadette", "N'GUYEN"),
        ("ROCHE", None, "ROCHE"),
        ("J.-P. DURAND", "J.-P.", "DURAND"),
        ("Anne de LA TOUR", "Anne", "de LA TOUR"),
        ("Hugues d'ARGENTRÉ", "Hugues", "d'ARGENTRÉ"),
        ("Marie DUPONT épouse MARTIN", "Marie", "DUPONT épouse MARTIN"),
        ("NGUYEN Thi Lan", "Thi Lan", "NGUYEN"),
        ("Odile MARCHAND-\nLEROUX", "Odile", "MARCHAND-LEROUX"),
    ],
)
def test_names_split_where_the_case_shows_it(surface, first, last):
    assert normalize_official(surface) == {"first_name": first, "last_name": last}


def test_a_name_without_capitals_splits_on_a_known_first_name():
    assert normalize_official("Paul Roche") == {"first_name": "Paul", "last_name": "Roche"}
    assert normalize_official("CLAIRE DUBOIS") == {"first_name": "CLAIRE", "last_name": "DUBOIS"}
    assert normalize_official("Dubois Claire") == {"first_name": "Claire", "last_name": "Dubois"}
    assert normalize_official("Roche") == {"first_name": None, "last_name": "Roche"}
    # neither the case nor a first name shows the split: no guess
    assert normalize_official("Kerbrat Le Du") is None
