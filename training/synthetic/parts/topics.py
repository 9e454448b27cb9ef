"""What running prose may say about a subject: each subject belongs to a *family*, and each family
has its own sentences, its agents and the kinds of sentence that fit it (no building works in a
report on staff bonuses, no rent in a budget amendment).

Example:
    >>> family("tarifs"), family("marche"), family("unknown")
    ('fees', 'works', 'general')
    >>> all(sentence.endswith(".") for sentences in FILLERS.values() for sentence in sentences)
    True
"""

from __future__ import annotations

#: Subject key → family.
FAMILIES = {
    "subvention": "grants",
    "demande_subvention": "grants",
    "decision_modificative": "budget",
    "budget_vote": "budget",
    "compte_administratif": "budget",
    "non_valeur": "budget",
    "fiscalite": "budget",
    "garantie_emprunt": "loans",
    "tarifs": "fees",
    "effectifs": "staff",
    "indemnites": "staff",
    "regime_indemnitaire": "staff",
    "designation": "governance",
    "delegations_report": "governance",
    "election_adjoint": "governance",
    "reglement": "governance",
    "rgpd": "general",
    "foncier": "property",
    "denomination": "property",
    "urbanisme": "property",
    "marche": "works",
    "dsp": "works",
    "convention": "partners",
}


def family(subject: str) -> str:
    return FAMILIES.get(subject, "general")


_GENERIC = (
    "Il appartient à l'assemblée de se prononcer sur ce dossier.",
    "Cette proposition a reçu un avis favorable en commission.",
    "La présente délibération a pour objet de préciser les modalités de mise en œuvre.",
    "Le dossier complet peut être consulté au secrétariat général.",
)
#: Sentences that fit a family (always with the generic ones).
FILLERS: dict[str, tuple[str, ...]] = {
    "general": (
        *_GENERIC,
        "Les services ont procédé à une analyse détaillée des besoins.",
        "Cette démarche répond à une attente forte des habitants.",
    ),
    "grants": (
        "Le tissu associatif contribue largement à l'animation de la vie locale.",
        "Les demandes ont été examinées au regard des critères adoptés par l'assemblée.",
        "Chaque association bénéficiaire produira un compte rendu financier de l'utilisation des fonds.",
        "Au-delà d'un certain seuil, une convention d'objectifs et de moyens est obligatoire.",
        "Le projet a fait l'objet d'une concertation avec les partenaires concernés.",
        "Le plan de financement prévisionnel est joint en annexe.",
        "Le dossier de demande sera déposé avant la date limite fixée par les services de l'État.",
    ),
    "budget": (
        "Les résultats de l'exercice écoulé ont été repris au budget.",
        "Ces ajustements n'affectent pas l'équilibre général du budget.",
        "Les crédits correspondants ont été prévus lors de l'élaboration du budget.",
        "Le détail des opérations figure dans le tableau annexé à la présente.",
        "La section de fonctionnement dégage un excédent qui permet de financer une partie des investissements.",
        "Les écritures sont conformes au compte de gestion établi par le comptable public.",
        "Le niveau d'endettement reste maîtrisé.",
    ),
    "loans": (
        "L'opération porte sur la construction de logements locatifs sociaux.",
        "La garantie est accordée pour la durée totale du prêt.",
        "En cas de défaillance de l'emprunteur, la collectivité s'engage à se substituer à lui.",
        "Les caractéristiques financières du prêt figurent au contrat annexé.",
        "Une convention de réservation de logements sera conclue en contrepartie de la garantie.",
    ),
    "fees": (
        "Les tarifs n'avaient pas été révisés depuis plusieurs années.",
        "La grille proposée tient compte du quotient familial.",
        "Les tarifs sont applicables à l'ensemble des usagers, résidents ou non.",
        "Une tarification solidaire est maintenue pour les familles aux revenus modestes.",
        "Le coût de revient du service reste largement supérieur aux recettes perçues.",
    ),
    "staff": (
        "Il appartient à l'organe délibérant de fixer l'effectif des emplois nécessaires au fonctionnement "
        "des services.",
        "Le comité social territorial a été consulté.",
        "Les agents concernés ont été informés des nouvelles modalités.",
        "La réorganisation du service nécessite l'adaptation du tableau des effectifs.",
        "Le régime indemnitaire tient compte des fonctions, des sujétions et de l'expertise.",
        "Les crédits nécessaires sont prévus au chapitre des charges de personnel.",
    ),
    "governance": (
        "Il convient de procéder à la désignation des représentants de l'assemblée.",
        "Le vote a lieu au scrutin secret, sauf décision contraire prise à l'unanimité.",
        "Le règlement intérieur fixe les modalités de fonctionnement de l'assemblée.",
        "Les représentants rendront compte de leur mandat une fois par an.",
        "Les décisions prises par délégation sont transmises au contrôle de légalité.",
    ),
    "property": (
        "Ce bien ne présente plus d'utilité pour le service public.",
        "Le terrain est classé en zone urbaine au plan local d'urbanisme.",
        "L'acquisition permettra la réalisation d'un équipement public.",
        "Les frais d'acte et de géomètre sont à la charge de l'acquéreur.",
        "La dénomination des voies relève de la compétence de l'assemblée.",
        "Le projet a été présenté aux riverains lors d'une réunion publique.",
    ),
    "works": (
        "Les travaux se dérouleront en site occupé.",
        "Le cahier des charges impose des clauses d'insertion sociale.",
        "Les offres ont été analysées selon les critères du règlement de la consultation.",
        "Le maître d'œuvre a rendu son rapport d'analyse des offres.",
        "Le délégataire remet chaque année un rapport sur l'exécution du service.",
        "Le planning prévisionnel prévoit une réception des ouvrages en fin d'année.",
    ),
    "partners": (
        "Une convention précisera les engagements respectifs des parties.",
        "Les modalités de suivi seront définies par un comité de pilotage.",
        "Ce partenariat s'inscrit dans le projet de territoire.",
        "La mutualisation permet de réaliser des économies d'échelle.",
        "Chaque partenaire désignera un référent technique.",
    ),
}
#: Agents who instruct a file (never officials, O5), by family; the feminine form after the bar.
AGENTS: dict[str, tuple[str, ...]] = {
    "general": (
        "directeur général des services|directrice générale des services",
        "chargé de mission|chargée de mission",
    ),
    "grants": ("responsable du service vie associative", "chargé de mission|chargée de mission"),
    "budget": ("directeur des finances|directrice des finances", "responsable du service finances"),
    "loans": ("directeur des finances|directrice des finances",),
    "fees": ("responsable du service enfance|responsable du service enfance", "régisseur|régisseuse"),
    "staff": ("directeur des ressources humaines|directrice des ressources humaines", "gestionnaire paie"),
    "governance": ("directeur général des services|directrice générale des services", "juriste"),
    "property": ("responsable du service urbanisme", "géomètre-expert|géomètre-experte"),
    "works": (
        "directeur des services techniques|directrice des services techniques",
        "technicien territorial|technicienne territoriale",
    ),
    "partners": (
        "directeur du pôle aménagement|directrice du pôle aménagement",
        "chargé de mission|chargée de mission",
    ),
}
#: Kinds of prose sentence that fit each family (see :mod:`training.synthetic.parts.prose`).
SENTENCE_KINDS: dict[str, frozenset[str]] = {
    "general": frozenset({"cost", "budget", "money", "schedule"}),
    "grants": frozenset({"cost", "budget", "money", "schedule", "state", "place"}),
    "budget": frozenset({"budget", "money", "state"}),
    "loans": frozenset({"money", "budget"}),
    "fees": frozenset({"money", "budget", "place", "citizen"}),
    "staff": frozenset({"budget", "money", "schedule"}),
    "governance": frozenset({"state"}),
    "property": frozenset({"cost", "money", "schedule", "place", "citizen", "state"}),
    "works": frozenset({"cost", "budget", "money", "schedule", "place", "citizen"}),
    "partners": frozenset({"cost", "budget", "money", "schedule", "place"}),
}


def gendered(role: str, female: bool) -> str:
    """``directeur des finances|directrice des finances`` → the form that fits the person."""
    masculine, _, feminine = role.partition("|")
    return (feminine or masculine) if female else masculine
