import pytest

from model.normalize.date import normalize_date


@pytest.mark.parametrize(
    ("surface", "iso"),
    [
        ("14/03/2023", "2023-03-14"),
        ("14.03.2023", "2023-03-14"),
        ("14-03-2023", "2023-03-14"),
        ("2023-03-14", "2023-03-14"),
        ("14/03/23", "2023-03-14"),
        ("5/4/2024", "2024-04-05"),
        ("mardi 14 mars 2023", "2023-03-14"),
        ("1er juillet 2022", "2022-07-01"),
        ("12 DÉCEMBRE 2023", "2023-12-12"),
        ("14 déc. 2023", "2023-12-14"),
        ("1er jan-\nvier 2025", "2025-01-01"),
        ("vingt juin deux mille vingt-trois", "2023-06-20"),
        ("deux mille vingt-cinq, le treize mars", "2025-03-13"),
        ("deux mil vingt-quatre et le douze février", "2024-02-12"),
        ("deux mille vingt-quatre, le dix-huit du mois d'avril", "2024-04-18"),
        ("deux mille vingt-quatre, le premier juillet", "2024-07-01"),
        ("deux mille vingt-quatre, le jeudi cinq décembre", "2024-12-05"),
        ("sept février deux mille vingt-cinq", "2025-02-07"),  # ``sept`` is seven here, not September
        ("2023, le 14 mars", "2023-03-14"),
    ],
)
def test_dates_are_read_day_first(surface, iso):
    assert normalize_date(surface) == {"iso": iso}


@pytest.mark.parametrize("surface", ["31/02/2024", "14/13/2023", "mars 2023", "le 20 mai", "2024", "", "vingt machin"])
def test_impossible_or_partial_dates_give_none(surface):
    assert normalize_date(surface) is None
