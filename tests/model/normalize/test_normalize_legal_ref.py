import pytest

from model.normalize.legal_ref import normalize_legal_ref

CGCT = "Code général des collectivités territoriales"


@pytest.mark.parametrize(
    ("surface", "expected"),
    [
        ("loi n° 2019-1461 du 27 décembre 2019", {"kind": "loi", "number": "2019-1461", "date": "2019-12-27"}),
        ("décret n° 2014-513", {"kind": "décret", "number": "2014-513", "date": None}),
        (
            "arrêté préfectoral n° 2021-DRCL-123 du 4 juin 2021",
            {"kind": "arrêté", "number": "2021-DRCL-123", "date": "2021-06-04"},
        ),
        ("arrêté du 20 décembre 2018", {"kind": "arrêté", "number": None, "date": "2018-12-20"}),
        (
            "règlement (UE) 2016/679 du Parlement européen et du Conseil du 27 avril 2016",
            {"kind": "règlement", "number": "2016/679", "date": "2016-04-27"},
        ),
        ("directive 91/271/CEE du Conseil du 21 mai 1991", {"kind": "directive", "number": "91/271/CEE"}),
        ("Code général des collectivités territoriales", {"kind": "code", "code": CGCT, "article": None}),
        ("CGCT", {"kind": "code", "code": CGCT}),
        ("CG3P", {"code": "Code général de la propriété des personnes publiques"}),
        (
            "article L. 2121-29 du Code général des collectivités territoriales",
            {"kind": "code", "article": "L2121-29", "code": CGCT},
        ),
        ("articles L.1411-1 et suivants du CGCT", {"article": "L1411-1 et suivants", "code": CGCT}),
        ("article R. 2152-7 du\nCCP", {"article": "R2152-7", "code": "Code de la commande publique"}),
        ("article L. 2121-21 du même code", {"kind": "code", "article": "L2121-21", "code": None}),
        ("article 10 de la loi n° 2000-321 du 12 avril 2000", {"kind": "loi", "number": "2000-321", "article": "10"}),
        ("article 72 de la Constitution", {"kind": "constitution", "article": "72"}),
        ("article 10", {"kind": "article", "article": "10"}),
        ("loi NOTRe", {"kind": "loi", "name": "NOTRe"}),
        ("RGPD", {"kind": "règlement", "number": "2016/679", "name": "RGPD"}),
    ],
)
def test_references_are_split_into_their_parts(surface, expected):
    value = normalize_legal_ref(surface)
    assert {"kind", "number", "date", "article", "code"} <= set(value)
    assert {key: value.get(key) for key in expected} == expected
