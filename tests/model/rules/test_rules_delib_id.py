import pytest

from model.rules.delib_id import DelibIdRule
from model.rules.extractor import longest_then_priority

RULE = DelibIdRule()


def found(text: str) -> list[str]:
    """Surfaces as the extractor keeps them: flat, in reading order."""
    return [span.text for span in longest_then_priority(RULE(text))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Commission permanente – Décisions DSTRAT/2024/312 à DSTRAT/2024/316", ["DSTRAT/2024/312", "DSTRAT/2024/316"]),
        ("Vu la délibération no CA-2021-058 du 14 décembre 2021", ["CA-2021-058"]),  # ``n°`` lost its sign
        ("Vu la délibération n° DEL-2022-114 du 3 mai 2022", ["DEL-2022-114"]),
        ("par délibération n°07-3391/22/CC", ["07-3391/22/CC"]),
        ("délibération FAG 012-5521/23/BM du 12 octobre 2023", ["FAG 012-5521/23/BM"]),
        ("Délibération 2021/045", ["2021/045"]),
        ("DÉLIBÉRATION N° 2023-045", ["2023-045"]),
        ("**Délibération n° 2023-045**", ["2023-045"]),
        ("DCM n° 2024-031 – séance du 05/04/2024", ["2024-031"]),
        ("voté par délibération DCM 2023-09 du 11 avril 2023", ["DCM 2023-09"]),
        ("Séance du 9 octobre 2023          N° D-2023-187", ["D-2023-187"]),
        ("Rennes Métropole – Bureau du 15 février 2024 – n° B 24.117", ["B 24.117"]),
        ("Vu la délibération du Conseil départemental n° CD-21-0701 du 1er juillet 2021", ["CD-21-0701"]),
        (
            "Vu les délibérations n° D-2017-204 du 18 décembre 2017 et n° D-2021-062 du 29 mars 2021",
            ["D-2017-204", "D-2021-062"],
        ),
        ("par arrêté du Maire n° AR-2023-112 du 2 octobre 2023", ["AR-2023-112"]),
        ("Décision n° DEC-2024-001 du 8 janvier 2024", ["DEC-2024-001"]),
        ("Coutances mer et bocage – DEL20231116-156 – 1/1", ["DEL20231116-156"]),
        ("Gordes – CM du 12/11/2024 – D2024-056          Page 1/2", ["D2024-056"]),
        ("# 2023/DEL/031 – Tarifs des services", ["2023/DEL/031"]),
        ("voté par délibé-\nration n° C 23.214 du 14 décembre 2023", ["C 23.214"]),
        ("modifiée par délibération n° D-2017-\n204 du 18 décembre", ["D-2017-\n204"]),
    ],
)
def test_identifiers_are_found_without_their_number_sign(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Point n° 5 – Rapport n° 12 – Affaire 3 – Page 2/5",  # agenda, report and page numbers
        "DÉCISION MODIFICATIVE N° 2",  # the ordinal of a budget amendment
        "AR n° 014-251401632-20240619-D2024_19-DE",  # the prefecture's transmission receipt
        "Identifiant de télétransmission : 029-212901029-20240326-2024_017-DE",
        "SIRET 251 401 632 00018",
        "un terrain cadastré section B n° 1245",  # a cadastral parcel
        "Lot n° 3 du marché n° 2023-015 ; convention n° 2023-12",  # lots, markets, conventions
        "Contrat de Prêt n° 154872",
        "la loi n° 2019-1461 du 27 décembre 2019",  # a law is a legal reference
        "Réf. 2024-FIN-044 – Finances",  # a report reference
        "Hôtel de Ville – BP 371 – 97232 LE LAMENTIN",  # postal boxes of an address
        "Conseil départemental – 1, esplanade Charles-de-Gaulle – CS 71223 – 33074 Bordeaux Cedex",
    ],
)
def test_other_numbers_are_not_identifiers(text):
    assert found(text) == []
