"""Layouts and phrasings of real deliberations that each rule must read the same way."""

import pytest

from model.rules import RulesExtractor

RULES = RulesExtractor()


def found(text: str, label: str) -> list[str]:
    return [span.text for span in RULES.extract([text])[0] if span.label == label]


@pytest.mark.parametrize(
    ("text", "label", "expected"),
    [
        # names in vote lines, after a line break, with a particle, in signatures and tables
        ("Vote : 41 POUR – 1 CONTRE (MARTIN-CHAPPAZ Annie) – 1 ABSTENTION", "OFFICIAL", ["MARTIN-CHAPPAZ Annie"]),
        ("Présents : Mme de ROCHEMAURE Hélène, M. CHABAL Jérémie", "OFFICIAL",
         ["de ROCHEMAURE Hélène", "CHABAL Jérémie"]),
        ("Le Président du Conseil départemental,\n\nYannick LE BOURHIS\n", "OFFICIAL", ["Yannick LE BOURHIS"]),
        ("NOM Prénom\nFonction\n\nPERON Jean-Charles\n1er adjoint\nX\n", "OFFICIAL", ["PERON Jean-Charles"]),
        ("Le Maire,        La secrétaire,\nJean DUPUIS        Aminata DIALLO\n", "OFFICIAL",
         ["Jean DUPUIS", "Aminata DIALLO"]),
        ("Signé électroniquement par : Gwenola BARAT-LE\nMOIGNE\n", "OFFICIAL", ["Gwenola BARAT-LE\nMOIGNE"]),
        # identifiers: ranges, dotted numbers after a deliberation, right-hand columns
        ("les arrêtés du Président n° AP24/0211 à\nAP24/0217 du 20 juin 2024", "DELIB_ID", ["AP24/0211", "AP24/0217"]),
        ("VU la délibération DAP n° 21.01.04 du 2 juillet 2021", "DELIB_ID", ["21.01.04"]),
        ("RÉGION BRETAGNE                                  24_DFB_04\n", "DELIB_ID", ["24_DFB_04"]),
        ("Région Centre – CPR 24.07.12.47 – 12/07/2024        Page 1", "DELIB_ID", ["CPR 24.07.12.47"]),
        # budget codes: abbreviations, chapter-function-nature order, table rows
        ("Op. 101 – Chap. 21 – art. 21312   Bâtiments scolaires", "BUDGET_CODE", ["Op. 101 – Chap. 21 – art. 21312"]),
        ("Club sportif        4 500 €      65-32-6574\n", "BUDGET_CODE", ["65-32-6574"]),
        ("Recettes\n73-73111 Impôts directs locaux : + 41 280,00 €", "BUDGET_CODE", ["73-73111"]),
        ("Imputation budgétaire : sous-politique C04-741, programme 7412, nature 204142", "BUDGET_CODE",
         ["sous-politique C04-741, programme 7412, nature 204142"]),
        # legal references with a name, a number and a date, or cited back by acronym
        ("Vu la loi ELAN du 23 novembre 2018 ;", "LEGAL_REF", ["loi ELAN du 23 novembre 2018"]),
        ("Vu la loi de finances pour 2024 n° 2023-1322 du 29 décembre 2023 ;", "LEGAL_REF",
         ["loi de finances pour 2024 n° 2023-1322 du 29 décembre 2023"]),
        ("(articles 37 à 39 du RGPD).", "LEGAL_REF", ["articles 37 à 39 du RGPD"]),
        ("VU la circulaire du Premier ministre n° 5811/SG du 29 septembre 2015 relative", "LEGAL_REF",
         ["circulaire du Premier ministre n° 5811/SG du 29 septembre 2015"]),
        ("Vu le code des impositions sur les biens et services (CIBS), issu", "LEGAL_REF",
         ["code des impositions sur les biens et services", "CIBS"]),
        # a tax mention wrapped on the next line
        ("forfait de 3 600 € toutes taxes\n      comprises, payable", "AMOUNT",
         ["3 600 € toutes taxes\n      comprises"]),
    ],
)  # fmt: skip
def test_genre_cases_are_read(text, label, expected):
    assert found(text, label) == expected


@pytest.mark.parametrize(
    ("text", "label", "expected"),
    [
        ("Membres nommés par la Maire, présents :\nMme Françoise GOBILLARD (UDAF), M. Paul MASSON (retraités)\n",
         "OFFICIAL", []),
        ("représentée par son directeur général,\nM. Olivier VANDAMME, sollicite la garantie", "OFFICIAL", []),
        ("pour le compte de Mme Josiane LEBRUN, concernant la vente", "OFFICIAL", []),
        ("Délégués présents (extrait) :\nCTE Pays de Retz : M. Alain GIRARD\nCTE Nantes Métropole : Mme Fleur NOËL",
         "OFFICIAL", ["Alain GIRARD", "Fleur NOËL"]),
        ("Pour le Maire,\nLe Directeur général des services,\nMarc-Antoine RIGAUD\n", "OFFICIAL", []),
        ("La SA d'HLM Habitat Scarpe-Escaut (SIREN 475 680 215) sollicite", "OFFICIAL", []),
        ("Considérant que la commune compte 1 652 habitants", "BUDGET_CODE", []),
        ("attribution du marché n° 2024-T-006 aux entreprises", "DELIB_ID", []),
        ("Comité des fêtes | 4 200,00 € | 65-6574-024\n", "DELIB_ID", []),
        ("VU la délibération DAP n° 21.01.04 du 2 juillet 2021", "DATE", ["2 juillet 2021"]),
    ],
)  # fmt: skip
def test_genre_lookalikes_are_left_alone(text, label, expected):
    assert found(text, label) == expected
