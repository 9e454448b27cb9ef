"""OFFICIAL names in title case (``Claire Dubois``) and all in capitals (``CLAIRE DUBOIS``): each family of
evidence finds its names, and the look-alikes around it stay untagged (guidelines O1–O10)."""

import pytest

from model.rules.extractor import longest_then_priority
from model.rules.names import known_first_name
from model.rules.official import OfficialRule
from model.rules.tokens import token_class

RULE = OfficialRule()


def found(text: str) -> list[str]:
    """Surfaces as the extractor keeps them: flat, in reading order."""
    return [span.text for span in longest_then_priority(RULE(text))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Présents : Mme Claire Dubois, M. Paul Roche, Mme Inès Talbi-Martin, adjoints.",
         ["Claire Dubois", "Paul Roche", "Inès Talbi-Martin"]),
        ("Présents: Monsieur Dupont, Madame Martin (pouvoir à M. Bernard Petit)",
         ["Dupont", "Martin", "Bernard Petit"]),
        ("ÉTAIENT PRÉSENTS : M. Alain GUÉRIN, Maire, Mme Sylvie Le Goff, M. Yann Kervella",
         ["Alain GUÉRIN", "Sylvie Le Goff", "Yann Kervella"]),
        ("Mme Anne de La Tour, M. Guy Le Disses, Mme Fatou N'Diaye-Kanté, M. J.-P. Durand",
         ["Anne de La Tour", "Guy Le Disses", "Fatou N'Diaye-Kanté", "J.-P. Durand"]),
        ("Mme de Kerangal (pouvoir à M. Le Goff) ; Mme Odile Le Floc'h", ["de Kerangal", "Le Goff", "Odile Le Floc'h"]),
        ("Présents : Mme Marie Dupont épouse Martin, M. Paul  Roche", ["Marie Dupont épouse Martin", "Paul  Roche"]),
        ("DÉSIGNE Mme Claire Dubois en qualité de représentante de la commune", ["Claire Dubois"]),
        ("Présents : Mmes Dubois, Martin et Le Goff, MM. Didier, Mathieu et Roche.",
         ["Dubois", "Martin", "Le Goff", "Didier", "Mathieu", "Roche"]),
        ("Présents : M. Yannick Le Gall, Mme Marie-Thérèse\nCoïc, M. Kévin Lozac'h.",
         ["Yannick Le Gall", "Marie-Thérèse\nCoïc", "Kévin Lozac'h"]),
    ],
)  # fmt: skip
def test_title_case_names_after_a_civility(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("MME CLAIRE DUBOIS, M. JEAN-PIERRE MARTIN, MONSIEUR LE MAIRE, MADAME LA PRÉSIDENTE",
         ["CLAIRE DUBOIS", "JEAN-PIERRE MARTIN"]),
        ("ÉTAIENT PRÉSENTS : MME MARIE DUPONT ÉPOUSE MARTIN, M. J.-P. DURAND, MME ANNE DE LA TOUR",
         ["MARIE DUPONT ÉPOUSE MARTIN", "J.-P. DURAND", "ANNE DE LA TOUR"]),
        ("MME NADÈGE\nFOUCAULT, M. JULIEN MARIE", ["NADÈGE\nFOUCAULT", "JULIEN MARIE"]),
        ("PRÉSENTS : CLAIRE DUBOIS, PAUL ROCHE, YANN LE GOFF", ["CLAIRE DUBOIS", "PAUL ROCHE", "YANN LE GOFF"]),
        ("ÉTAIENT PRÉSENTS : LE BOURDIEC YVES-MARIE, GUIHÉNEUF MARYVONNE, FERREIRA DA COSTA JOÃO",
         ["LE BOURDIEC YVES-MARIE", "GUIHÉNEUF MARYVONNE", "FERREIRA DA COSTA JOÃO"]),
        ("M. QUESNEL QUITTE LA SALLE ET NE PREND PAS PART AU VOTE.", ["QUESNEL"]),
    ],
)  # fmt: skip
def test_names_all_in_capitals(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # attendance lists without civility: commas, dashes, one a line, columns
        ("Présents : Claire Dubois, Paul Roche, Inès Talbi\nObjet : Vente Terrain Communal",
         ["Claire Dubois", "Paul Roche", "Inès Talbi"]),
        ("Présents :\n- Claire Dubois\n- Paul Roche\n- Yann Le Goff", ["Claire Dubois", "Paul Roche", "Yann Le Goff"]),
        ("Présents :\nBernadette Lacaze\nJean-Louis Dupouy\nYves Nicolas\nMalo Kergoat\n",
         ["Bernadette Lacaze", "Jean-Louis Dupouy", "Yves Nicolas", "Malo Kergoat"]),
        ("Présents :             Absents excusés :\nHervé Le Nours, Maire   Sandrine Moal, pouvoir à Pierre Guillou\n"
         "Mikaël Cosquer          Secrétaire de séance :\n",
         ["Hervé Le Nours", "Sandrine Moal", "Pierre Guillou", "Mikaël Cosquer"]),
        ("Présents : Giraud Frédéric, Baldacchino Sylvie, Roux\nDenis.", ["Giraud Frédéric", "Baldacchino Sylvie",
                                                                           "Roux\nDenis"]),
        # proxies and votes
        ("Pouvoirs :\nLaetitia Mongaillard a donné pouvoir à Sylvie Daguzan\n",
         ["Laetitia Mongaillard", "Sylvie Daguzan"]),
        ("Représentés : Ughetto Paul par Giraud Frédéric, Da Cunha\nManuel par Reynaud Olivier.",
         ["Ughetto Paul", "Giraud Frédéric", "Da Cunha\nManuel", "Reynaud Olivier"]),
        ("Contre : Claire Dubois, Paul Roche\nSe sont abstenus : Inès Talbi, Yves Martin.",
         ["Claire Dubois", "Paul Roche", "Inès Talbi", "Yves Martin"]),
        ("Vote : Pour : 23 – Contre : 3 (Mancini Luca, Audibert Françoise)", ["Mancini Luca", "Audibert Françoise"]),
        ("Absents excusés : I. García – F. Dupuy et Mme J. Fournier", ["I. García", "F. Dupuy", "J. Fournier"]),
        ("PROCURATIONS : ZIANI ASSIA → BRIGITTE ARCHAMBAULT, MENDÈS MARGAUX → JULIE KLEIN",
         ["ZIANI ASSIA", "BRIGITTE ARCHAMBAULT", "MENDÈS MARGAUX", "JULIE KLEIN"]),
        ("Présents :\nAurélie Chartier  Jacques Guillou\nMME LAKHDAR MALIKA\nLECONTE MARIE-PAULE\n",
         ["Aurélie Chartier", "Jacques Guillou", "LAKHDAR MALIKA", "LECONTE MARIE-PAULE"]),
        # a first name hyphenated across a line
        ("Étaient présents : Ca-\nrole DUJARDIN, Mme Isa-\nbelle Morel", ["Ca-\nrole DUJARDIN", "Isa-\nbelle Morel"]),
    ],
)  # fmt: skip
def test_names_in_lists_without_civility(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Le Maire, Jean-Pierre Martin", ["Jean-Pierre Martin"]),
        ("Le Président,\nJean-Marc Le Bihan", ["Jean-Marc Le Bihan"]),
        ("Le Maire,                    La secrétaire de séance,\nFrédéric Giraud              Céline Olivari\n",
         ["Frédéric Giraud", "Céline Olivari"]),
        ("Président             Jean-Hervé Pichavant       42 %\n2e vice-présidente    Nathalie Fer      16 %\n",
         ["Jean-Hervé Pichavant", "Nathalie Fer"]),
        ("Rapporteure : Benhaddou Samira, adjointe déléguée aux ressources humaines", ["Benhaddou Samira"]),
        ("Élus\tFonction\tPrésence\nPaul Roche\tConseiller départemental\tabsent\n", ["Paul Roche"]),
        ("Signé électroniquement par : Jean-Marc Le Bihan\n", ["Jean-Marc Le Bihan"]),
        ("Le Maire,\nSylvie  Marty ép. Dupré", ["Sylvie  Marty ép. Dupré"]),
    ],
)  # fmt: skip
def test_names_in_signatures_and_role_tables(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an unknown first name next to known ones in a list, and the same name again elsewhere
        ("Présents : Erwan Jacopin, Solenn Le Guellec, Aziza Meftah.\nPouvoirs : Loïc Le Bras (pouvoir à Aziza Meftah)",
         ["Erwan Jacopin", "Solenn Le Guellec", "Aziza Meftah", "Loïc Le Bras", "Aziza Meftah"]),
        ("Présents : Mancini Luca, Tardieu Anne.\n\nLa Directrice précise en réponse à Mancini Luca que les montants",
         ["Mancini Luca", "Tardieu Anne", "Mancini Luca"]),
    ],
)  # fmt: skip
def test_names_kept_for_the_company_they_keep(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Présents : Solenn Kergoat\nObjet : Vente Terrain Communal",  # unknown first name, no neighbour
        "Le Conseil Municipal adopte le Budget Primitif. La Commission Finances.",
        "Les travaux de la rue Victor Hugo et de l'avenue Jean Jaurès ; la salle Jean Moulin ; le stade Pierre de"
        " Coubertin ; le collège Anne Frank.",
        "Présents : Monsieur le Maire, Madame la Première Adjointe, les Conseillers Municipaux.",
        "M. le Préfet de la Région Bretagne ; Monsieur le Sous-Préfet de Brest ; Monsieur Le Préfet.",
        "Pouvoirs : Néant\nAbsents excusés : Aucun",
        "Fait à Saint-Malo, le 12 mars 2024\nLe Maire,\nCertifié Exécutoire",
        "Objet : Attribution Des Subventions Aux Associations Sportives",
        "Le dossier a été instruit par Vítor Dos Santos à la demande de l'exécutif.",
        "Vice-président délégué aux mobilités\n\nI. Tarification 2024-2025",
        "approuvé par Arrêté Préfectoral ; présenté par Nantes Métropole",
        "ÉTAIENT PRÉSENTS : TOUS LES CONSEILLERS EN EXERCICE\nOBJET : VENTE DU TERRAIN COMMUNAL",
        "MONSIEUR LE MAIRE DONNE LECTURE DU RAPPORT. MADAME LA DIRECTRICE GÉNÉRALE DES SERVICES",
        "DÉPARTEMENT DU FINISTÈRE\nCOMMUNE DE SAINT-POL-DE-LÉON\nEXTRAIT DU REGISTRE",
    ],
)  # fmt: skip
def test_capitalised_words_that_are_no_names_stay_untagged(text):
    assert found(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Assistaient également : Mme Sophie Lambert, Directrice Générale des Services ; M. Marc Petit, Comptable.",
        "Mme Sophie Lambert, directrice générale des services",
        "L'acte sera reçu par Maître Clémence Darrigrand, notaire à Marciac.",
        "La SAS Kerlinou Aménagement, représentée par M. Olivier Hénaff, prendra en charge la participation.",
        "la société Occitanie Valorisa-\ntion Matériaux, représentée par M. Florent Chaubard, conduisent",
        "Le commissaire enquêteur, M. Jean-Claude Le Roux, rend l'avis ; M. Alain Cousin, commis-\nsaire enquêteur",
        "par le payeur départemental, M. Didier\nLe Scouarnec, dans la limite des crédits",
        "DÉSIGNE M. Quentin Dessoude en qualité de délégué à la protection des données",
        "Monsieur et Madame Guilhem Sarrat, domiciliés 4 rue Joseph Abeilhé",
        "M. Charles Orsoni (personnalité\nqualifiée) ; Mme Hawa Sissoko, membres nommés.",
        "ASSISTAIT ÉGALEMENT : MME HÉLÈNE VASSAL, DIRECTRICE GÉNÉRALE DES SERVICES.",
    ],
)  # fmt: skip
def test_agents_and_other_people_stay_untagged(text):
    assert found(text) == []


def test_appointed_members_are_not_tagged_when_named_again_by_their_surname():
    text = (
        "Membres élus :\nPrésents : Mme Martine Cayla, M. Thomas Lacan\n\n"
        "Membres nommés par le Président :\nPrésents : Mme Colette Aussel (UDAF), M. Jean Ginestet (retraités)\n"
        "Excusé : M. Éric Nayrac (Croix-Rouge française)\n\n"
        "Assistait : Mme Valérie Puech-Albouy, directrice du CCAS\n\n"
        "Mme Cayla rappelle le barème ; Mme Puech-Albouy indique les délais ; M. Ginestet souligne les besoins."
    )
    assert found(text) == ["Martine Cayla", "Thomas Lacan", "Cayla"]


def test_token_classes_of_title_case_and_capitals():
    assert [token_class(word) for word in ("N'Diaye-Kanté", "Floc'h", "Dubois", "MME", "Préfet", "Lycée")] == [
        "CAP",
        "CAP",
        "FIRST",
        "O",
        "O",
        "O",
    ]
    assert token_class("DUBOIS") == "SUR" and token_class("Vice-Président") == "O"


def test_first_names_are_known_in_any_case_and_without_accents():
    assert all(map(known_first_name, ("Yannick", "HELENE", "Gwenaëlle", "Marie-France", "JEAN-PIERRE")))
    assert not any(map(known_first_name, ("Dubois", "Budget", "Commission", "Saint-Pierre", "Rue")))
