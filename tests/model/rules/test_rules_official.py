import pytest

from model.rules.extractor import longest_then_priority
from model.rules.official import OfficialRule

RULE = OfficialRule()


def found(text: str) -> list[str]:
    """Surfaces as the extractor keeps them: flat, in reading order."""
    return [span.text for span in longest_then_priority(RULE(text))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("sous la présidence de Madame Claire DUBOIS-MARTIN, Maire.", ["Claire DUBOIS-MARTIN"]),
        ("Rapporteur : M. LEFEBVRE Jean-Marc, adjoint", ["LEFEBVRE Jean-Marc"]),
        ("Secrétaire de séance : Mme Bernadette N'GUYEN", ["Bernadette N'GUYEN"]),
        ("Présents : Paul ROCHE - Inès TALBI, Yves MOREAU", ["Paul ROCHE", "Inès TALBI", "Yves MOREAU"]),
        ("Hugo BLANC représenté par Léa FAURE", ["Hugo BLANC", "Léa FAURE"]),
        ("CONTRE : 2 (Mme ROCHE, M. TALBI)", ["ROCHE", "TALBI"]),
        (
            "M. J.-P. DURAND et Mme Anne de LA TOUR, M. Guy LE DISSES",
            ["J.-P. DURAND", "Anne de LA TOUR", "Guy LE DISSES"],
        ),
        ("Mme Fatou N'DIAYE-KANTÉ, M. Jean-Pierre LE DISSES", ["Fatou N'DIAYE-KANTÉ", "Jean-Pierre LE DISSES"]),
        ("Mme Marie DUPONT épouse MARTIN", ["Marie DUPONT épouse MARTIN"]),
        ("Présents : Mmes et MM. ZANETTI, OKONKWO et BRÉHAT.", ["ZANETTI", "OKONKWO", "BRÉHAT"]),
        (
            "Étaient présents : Mme Véronique MARCHAND-\nLEROUX, M. Yann LE GALL",
            ["Véronique MARCHAND-\nLEROUX", "Yann LE GALL"],
        ),
        ("Mme LE FLOC'H\nAnnaïg – M. OUÉDRAOGO Issa", ["LE FLOC'H\nAnnaïg", "OUÉDRAOGO Issa"]),
        ("pouvoir de Michel PRAT à Annick DERRIEN ;", ["Michel PRAT", "Annick DERRIEN"]),
        ("Le Maire,\nGwenaël KERMARREC", ["Gwenaël KERMARREC"]),
        ("Présents :\nCatherine BIGOT-LESAGE\nPascal DELAUNAY\n", ["Catherine BIGOT-LESAGE", "Pascal DELAUNAY"]),
    ],
)
def test_names_are_found_without_civility_or_role(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Monsieur le Maire donne la parole à Madame la Présidente.",  # roles without a name
        "Assistaient également : Mme Justine MOREL, directrice ; M. Hervé GOSSELIN, comptable public.",
        "M. Julien ROUSSEL, chargé d'affaires de la Caisse d'Épargne",  # an agent (O5)
        "ampliation adressée à M. le Préfet ; représenté par le Préfet de la Manche, M. Hervé LEGRAND",
        "désigne Maître Paul-Antoine VINCIGUERRA, notaire",
        "RÉPUBLIQUE FRANÇAISE\nDÉPARTEMENT DU FINISTÈRE\nCOMMUNE DE LANDÉVENNEC",  # headers in capitals
        "Vu le CGCT ; Objet : BUDGET PRIMITIF ; Pôle ESS du Pays de Rennes",
        "M. et Mme Thierry LECLERC, domiciliés au lieu-dit",  # a couple of citizens
        "M. Étienne LACOMBE et Mme Pauline RIVIÈRE, propriétaires de la parcelle",  # owners (O5)
        "sera notifiée au payeur départemental, M. Gilles PRUDHOMME.",  # an agent after ``au``
        "Affaire suivie par : Mme Sophie LABAT – Direction de l'appui aux territoires",
        "le groupement N-LARRE Ingénierie, repré-\nsenté par M. Gorka ITURBIDE",  # a company's representative
        "M. le Maire et M. Didier FERRER, maître de port, sont chargés de l'exécution",
        "le club Toulon Basket, représenté par son président M. Gérard BONNAFOUX, et le Théâtre",
        "Service du domaine public (responsable : M. Marc-Antoine FERRANDI, tél. 04 95 73 51 94)",
    ],
)
def test_non_members_and_capitals_are_left_alone(text):
    assert found(text) == []


def test_a_two_column_signature_block_gives_each_name_the_role_of_its_column():
    text = (
        "Le Président du Conseil départemental,              Pour extrait conforme,\n"
        "                                                    La Directrice de l'Assemblée\n"
        "Xavier DELANNOY                                     Corinne MASQUELIER\n"
    )
    assert found(text) == ["Xavier DELANNOY"]  # the director signs in the right-hand column: an agent (O5)
    swapped = (
        "Pour extrait conforme,                                  Le Président,\n"
        "Le Directeur Général des Services,\n"
        "                                                        Jean-Pierre VALLAURI\n"
        "Thierry CARDONA\n"
    )
    assert found(swapped) == ["Jean-Pierre VALLAURI"]
