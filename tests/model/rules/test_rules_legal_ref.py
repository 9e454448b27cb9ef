import pytest

from model.rules.extractor import longest_then_priority
from model.rules.legal_ref import LegalRefRule

RULE = LegalRefRule()


def found(text: str) -> list[str]:
    """Surfaces as the extractor keeps them: flat, in reading order."""
    return [span.text for span in longest_then_priority(RULE(text))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Vu la décision d'exécution de la Commission C(2022) 5627 du 27 juillet 2022 approuvant",
            ["décision d'exécution de la Commission C(2022) 5627 du 27 juillet 2022"],
        ),
        ("le même rang (ar-\nticle L. 2122-10 du CGCT).", ["ar-\nticle L. 2122-10 du CGCT"]),
        ("conformément au code civil local ;", ["code civil local"]),
        ("dite loi EGAlim ; la loi EGalim", ["loi EGAlim", "loi EGalim"]),
        (
            "Vu la loi d'orientation des mobilités n° 2019-1428 du 24 décembre 2019 (LOM) ;",
            ["loi d'orientation des mobilités n° 2019-1428 du 24 décembre 2019", "LOM"],
        ),
        ("Vu le Code general des collectivites territoriales ;", ["Code general des collectivites territoriales"]),
        ("Vu l'article 279 b quater du CGI ;", ["article 279 b quater du CGI"]),
        ("prévue à l'article 266 sexies\ndu code des douanes,", ["article 266 sexies\ndu code des douanes"]),
        ("conformément à l'arrêté du 18 dé-\n   cembre 2023 ;", ["arrêté du 18 dé-\n   cembre 2023"]),
        (
            "Vu la loi n° 2019-1461 du 27 décembre 2019 relative à l'engagement",
            ["loi n° 2019-1461 du 27 décembre 2019"],
        ),
        ("le décret n° 2016-360 du 25 mars 2016 modifié", ["décret n° 2016-360 du 25 mars 2016"]),
        ("Vu l'ordonnance n° 2015-899 du 23 juillet 2015", ["ordonnance n° 2015-899 du 23 juillet 2015"]),
        (
            "par arrêté préfectoral n° 2021-DRCL-123 du 4 juin 2021, le",
            ["arrêté préfectoral n° 2021-DRCL-123 du 4 juin 2021"],
        ),
        ("Vu l'arrêté du 16 juillet 2024 relatif", ["arrêté du 16 juillet 2024"]),
        (
            "règlement (UE) 2016/679 du Parlement européen et du Conseil du 27 avril 2016 relatif",
            ["règlement (UE) 2016/679 du Parlement européen et du Conseil du 27 avril 2016"],
        ),
        ("directive 91/271/CEE du Conseil du 21 mai 1991)", ["directive 91/271/CEE du Conseil du 21 mai 1991"]),
        (
            "conformément à l'article L. 2121-29 du Code général des collectivités territoriales",
            ["article L. 2121-29 du Code général des collectivités territoriales"],
        ),
        ("vu les articles L.1411-1 et suivants du CGCT", ["articles L.1411-1 et suivants du CGCT"]),
        ("l'article R. 2123-1 du code de la commande publique", ["article R. 2123-1 du code de la commande publique"]),
        ("l'article 10 de la loi n° 84-53 du 26 janvier 1984", ["article 10 de la loi n° 84-53 du 26 janvier 1984"]),
        ("l'article 72 de la Constitution", ["article 72 de la Constitution"]),
        ("l'article 1639 A bis du Code général des impôts", ["article 1639 A bis du Code général des impôts"]),
        ("l'article L. 2121-29 du même code", ["article L. 2121-29 du même code"]),
        ("ses articles L. 2123-1 et R. 2123-1 ;", ["articles L. 2123-1 et R. 2123-1"]),
        (
            "l'article L. 332-8 (2°) du code général de la fonction publique",
            ["article L. 332-8 (2°) du code général de la fonction publique"],
        ),
        ("l'[article L.\n2121-14 du CGCT", ["article L.\n2121-14 du CGCT"]),
        ("transférée par la loi NOTRe et la loi ELAN", ["loi NOTRe", "loi ELAN"]),
        ("au titre du RGPD", ["RGPD"]),
    ],
)
def test_legal_references_are_found_with_their_exact_boundaries(text, expected):
    assert found(text) == expected


def test_a_code_and_its_article_named_apart_are_two_spans():
    text = "Vu le Code général des collectivités territoriales, notamment son article L. 2121-29 ;"
    assert sorted(found(text)) == ["Code général des collectivités territoriales", "article L. 2121-29"]


def test_a_code_and_its_abbreviation_are_two_spans():
    text = "Code général de la propriété des personnes publiques (CG3P)"
    assert sorted(found(text)) == ["CG3P", "Code général de la propriété des personnes publiques"]


def test_an_article_cited_back_in_a_visa_is_a_reference():
    text = "Vu la loi n° 2000-321 du 12 avril 2000 relative aux droits des citoyens, notamment son article 10 ;"
    assert found(text) == ["loi n° 2000-321 du 12 avril 2000", "article 10"]


@pytest.mark.parametrize(
    "text",
    [
        "Article 1 : d'approuver le budget ; Article 2 : de dire",  # articles of the act
        "l'article 3 de la convention et l'article 4 des statuts",  # of a convention, of statutes
        "la loi précitée, ledit décret et le code",  # type words with nothing identifying them
        "l'instruction budgétaire et comptable M57 ; nomenclature M14",  # nomenclatures
        "code NAF 8411Z, code postal 35000",  # codes in another sense
        "inscrits à l'article 6574 du budget",  # a budget nature
        "par arrêté n° AR-2024-031 du 3 mai 2024, le Maire",  # the authority's own arrêté
    ],
)
def test_non_references_are_left_alone(text):
    assert found(text) == []
