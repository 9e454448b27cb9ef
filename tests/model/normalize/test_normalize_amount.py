import pytest

from model.normalize.amount import normalize_amount


@pytest.mark.parametrize(
    ("surface", "value", "tax"),
    [
        ("12 500 €", 12500.0, None),
        ("12\u202f500,00\u00a0€ HT", 12500.0, "HT"),
        ("12.500,00 euros TTC", 12500.0, "TTC"),
        ("1.500 €", 1500.0, None),
        ("12.50 €", 12.5, None),
        ("0,4571 €", 0.4571, None),
        ("3,2 M€", 3_200_000.0, None),
        ("15 k€", 15_000.0, None),
        ("1,5 million d'euros", 1_500_000.0, None),
        ("148,6 millions d’euros", 148_600_000.0, None),
        ("1,5 Md€", 1_500_000_000.0, None),
        ("EUR 12 500", 12500.0, None),
        ("9 000 € H.T.", 9000.0, "HT"),
        ("15 000 € hors taxes", 15000.0, "HT"),
        ("3 600 € toutes taxes comprises", 3600.0, "TTC"),
        ("1 2 5 0 0 ,0 0 €", 12500.0, None),
        ("12 € 50", 12.5, None),
        ("deux mille cinq cents euros", 2500.0, None),
        ("quinze euros cinquante", 15.5, None),
        ("vingt euros et cinquante centimes", 20.5, None),
        ("un million d'euros", 1_000_000.0, None),
        ("soixante-\nquinze mille eu-\nros hors taxes", 75000.0, "HT"),
    ],
)
def test_amounts_are_read(surface, value, tax):
    assert normalize_amount(surface) == {"value": value, "currency": "EUR", "tax": tax}


@pytest.mark.parametrize("surface", ["", "12 %", "douze pommes", "€", "euros", "n° 2023-045"])
def test_unreadable_amounts_give_none(surface):
    assert normalize_amount(surface) is None
