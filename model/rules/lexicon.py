"""Word lists shared by the rules and the normalizers (plain data, cheap to import).

Example:
    >>> MONTHS["août"], MONTHS["aout"]
    (8, 8)
    >>> CODE_ACRONYMS["CGCT"]
    'Code général des collectivités territoriales'
"""

from __future__ import annotations

#: French month names (with and without accents) and their number.
MONTHS: dict[str, int] = {
    "janvier": 1,
    "février": 2,
    "fevrier": 2,
    "mars": 3,
    "avril": 4,
    "mai": 5,
    "juin": 6,
    "juillet": 7,
    "août": 8,
    "aout": 8,
    "septembre": 9,
    "octobre": 10,
    "novembre": 11,
    "décembre": 12,
    "decembre": 12,
}

WEEKDAYS: tuple[str, ...] = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")

#: Words of French cardinal numbers (the pieces ``text2num`` understands, plus ``mil``).
NUMBER_WORDS: tuple[str, ...] = (
    "zéro", "un", "une", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix",
    "onze", "douze", "treize", "quatorze", "quinze", "seize", "vingt", "vingts", "trente", "quarante",
    "cinquante", "soixante", "cent", "cents", "mille", "mil", "milles", "million", "millions",
    "milliard", "milliards",
)  # fmt: skip

#: Codes of French law: canonical name → accepted abbreviations.
CODES: dict[str, tuple[str, ...]] = {
    "Code général des collectivités territoriales": ("CGCT",),
    "Code de la commande publique": ("CCP",),
    "Code général des impôts": ("CGI",),
    "Code général de la propriété des personnes publiques": ("CG3P", "CGPPP"),
    "Code général de la fonction publique": ("CGFP",),
    "Code des relations entre le public et l'administration": ("CRPA",),
    "Code de l'action sociale et des familles": ("CASF",),
    "Code de la construction et de l'habitation": ("CCH",),
    "Code de l'urbanisme": (),
    "Code de l'environnement": (),
    "Code de la santé publique": (),
    "Code de la voirie routière": (),
    "Code de l'éducation": (),
    "Code du travail": (),
    "Code civil local": (),
    "Code civil": (),
    "Code pénal": (),
    "Code de commerce": (),
    "Code de la route": (),
    "Code du patrimoine": (),
    "Code du tourisme": (),
    "Code du sport": (),
    "Code de l'énergie": (),
    "Code des transports": (),
    "Code électoral": (),
    "Code forestier": (),
    "Code minier": (),
    "Code de la sécurité intérieure": (),
    "Code de la sécurité sociale": (),
    "Code de justice administrative": ("CJA",),
    "Code des juridictions financières": ("CJF",),
    "Code monétaire et financier": (),
    "Code rural et de la pêche maritime": (),
    "Code de la consommation": (),
    "Code de la propriété intellectuelle": (),
    "Code de l'expropriation pour cause d'utilité publique": (),
    "Code des postes et des communications électroniques": (),
    "Code du domaine de l'État": (),
    "Code de la défense": (),
    "Code des assurances": (),
    "Code des douanes": (),
    "Code de la mutualité": (),
    "Code de procédure civile": (),
    "Code de procédure pénale": (),
    "Code de la famille et de l'aide sociale": (),
    "Code des communes": (),
    "Code du cinéma et de l'image animée": (),
    "Code de l'organisation judiciaire": (),
    "Code de l'entrée et du séjour des étrangers et du droit d'asile": ("CESEDA",),
    "Code des impositions sur les biens et services": ("CIBS",),
}

#: Abbreviation → canonical code name.
CODE_ACRONYMS: dict[str, str] = {acronym: name for name, acronyms in CODES.items() for acronym in acronyms}

#: Acronyms tagged on their own as a legal reference (guidelines L4).
STANDALONE_ACRONYMS: dict[str, str] = {
    **{
        a: n
        for a, n in CODE_ACRONYMS.items()
        if a in {"CGCT", "CGI", "CG3P", "CGPPP", "CCP", "CRPA", "CASF", "CCH", "CIBS", "CESEDA", "CGFP", "CJA", "CJF"}
    },
    "RGPD": "Règlement (UE) 2016/679 (règlement général sur la protection des données)",
    "RGEC": "Règlement (UE) n° 651/2014 (règlement général d'exemption par catégorie)",
}

#: Laws known by a name (``loi NOTRe``).
NAMED_LAWS: tuple[str, ...] = (
    "NOTRe", "NOTRE", "ELAN", "MAPTAM", "ALUR", "SRU", "3DS", "EGALIM", "Egalim", "LOM", "AGEC",
    "ESSOC", "MOLLE", "ENL", "LCAP", "TECV", "Grenelle", "Grenelle II", "Climat et résilience",
    "Chevènement", "Defferre", "Sapin", "Sapin II", "Le Pors", "Montagne", "Littoral", "Engagement et proximité",
    "APER", "Duplomb", "Macron", "Warsmann", "Pinel", "Lamy", "Borloo",
)  # fmt: skip

#: Civilities (singular) written before the name of one person, also as texts in capitals write them.
CIVILITIES: tuple[str, ...] = (
    "M.", "M", "Mr", "Mr.", "Mme", "Mme.", "Mmes.", "Madame", "Monsieur", "Mlle", "Mlle.", "Mademoiselle", "Dr", "Dr.",
    "MME", "MME.", "MR", "MR.", "MADAME", "MONSIEUR", "MLLE", "MLLE.", "MADEMOISELLE", "DR", "DR.",
    "Docteur", "DOCTEUR",
)  # fmt: skip

#: Civilities governing a list of surnames (``MM. A, B et C``).
PLURAL_CIVILITIES: tuple[str, ...] = ("MM.", "MM", "Mmes", "Messieurs", "Mesdames", "MMES", "MESSIEURS", "MESDAMES")

#: Words of roles and titles, in lower case: never a piece of a name in any case (``Monsieur le Sous-Préfet``,
#: ``M. Paul Roche Conseiller municipal``, ``MADAME LA DIRECTRICE``). Checked on each part of a hyphenated word.
ROLE_WORDS: frozenset[str] = frozenset(
    (
        "maire", "maires", "adjoint", "adjointe", "adjoints", "adjointes", "président", "présidente", "présidents",
        "vice", "conseiller", "conseillère", "conseillers", "conseillères", "préfet", "préfète", "préfets", "sous",
        "directeur", "directrice", "directeurs", "secrétaire", "secrétaires", "trésorier", "trésorière", "comptable",
        "receveur", "receveuse", "payeur", "payeuse", "notaire", "député", "députée", "députés", "sénateur",
        "sénatrice", "rapporteur", "rapporteure", "délégué", "déléguée", "délégués", "déléguées", "commissaire",
        "inspecteur", "inspectrice", "ingénieur", "ingénieure", "architecte", "avocat", "avocate", "docteur",
        "professeur", "général", "générale", "généraux", "services", "municipal", "municipale", "municipaux",
        "municipales", "communautaire", "communautaires", "départemental", "départementale", "départementaux",
        "régional", "régionale", "régionaux", "métropolitain", "métropolitaine", "territorial", "territoriale",
        "élu", "élue", "élus", "élues", "membre", "membres", "titulaire", "titulaires", "suppléant", "suppléante",
        "suppléants", "colonel", "commandant", "capitaine", "lieutenant", "chef", "cheffe", "gérant", "gérante",
        "agent", "responsable", "chargé", "chargée", "attaché", "attachée", "monseigneur", "madame", "monsieur",
        "mesdames", "messieurs", "mademoiselle", "présents", "présent", "présente", "présentes", "absents", "absent",
        "absente", "absentes", "excusé", "excusée", "excusés", "excusées", "pouvoir", "pouvoirs", "procuration",
        "procurations", "représenté", "représentée", "représentés", "néant", "aucun", "aucune", "séance", "objet",
        "ordre", "jour", "vote", "votants", "exercice", "total",
    )
)  # fmt: skip

#: Streets, schools and facilities, in lower case: a name after them is the place's (``rue Victor Hugo``, guidelines
#: O10); capitalised, they are never a piece of a name either.
PLACE_WORDS: tuple[str, ...] = (
    "rue", "avenue", "boulevard", "bd", "allée", "impasse", "chemin", "quai", "route", "square", "esplanade",
    "promenade", "place", "stade", "gymnase", "salle", "espace", "école", "collège", "lycée", "médiathèque",
    "bibliothèque", "piscine", "résidence", "hôpital", "ehpad", "lotissement", "quartier", "zone", "théâtre",
    "musée", "cinéma", "complexe", "halle", "crèche", "groupe scolaire",
)  # fmt: skip

#: Words of a role after a name that mark someone who is not an elected member (guidelines O5).
AGENT_ROLES: tuple[str, ...] = (
    "directeur", "directrice", "dgs", "dga", "dgst", "comptable", "trésorier principal", "trésorière principale",
    "chargé de", "chargée de", "chargé d'", "chargée d'", "notaire", "avocat", "avocate", "architecte", "géomètre",
    "préfet", "préfète",
    "sous-préfet", "sous-préfète", "secrétaire général", "secrétaire générale", "agent", "technicien",
    "technicienne", "ingénieur", "ingénieure", "responsable", "chef", "cheffe", "gérant", "gérante",
    "représentant de la société", "représentante de la société", "commissaire enquêteur", "commissaire enquêtrice",
    "attaché", "attachée", "rédacteur", "rédactrice", "collaborateur", "collaboratrice", "receveur", "receveuse",
    "inspecteur", "inspectrice", "journaliste", "payeur", "payeuse", "commis", "médecin",
    "gestionnaire", "juriste", "régisseur", "régisseuse", "usager", "usagère", "usagers", "habitant", "habitante",
    "acquéreur", "acquéreuse", "acquéreurs", "secrétaire de mairie", "instructeur", "instructrice",
    "représentant", "représentante", "personne qualifiée", "personnalité qualifiée", "association",
    "membre nommé", "membre nommée", "membres nommés", "membres nommées", "associations", "udaf",
    "délégué à la protection des données", "dpo", "maître de port", "capitaine de port",
    "section", "parcelle", "domicilié", "domiciliée", "domiciliés", "demeurant", "propriétaire", "propriétaires",
    "du cabinet", "de la société", "du bureau d'études",
)  # fmt: skip

#: Upper-case words that are not surnames although they look like one (headings, votes, bodies).
NOT_SURNAMES: frozenset[str] = frozenset(
    (
        "NOM", "NOMS", "PRÉNOM", "PRENOM", "PRÉSENT", "PRESENT", "PRÉSENTS", "PRESENTS", "ABSENT", "ABSENTS", "EXCUSÉ",
        "EXCUSE", "EXCUSÉS", "EXCUSES", "POUVOIR", "POUVOIRS", "PROCURATION", "PROCURATIONS", "REPRÉSENTÉ",
        "REPRESENTE", "REPRÉSENTÉS", "REPRESENTES", "ETAIENT", "ÉTAIENT", "SECRÉTAIRE", "SECRETAIRE", "SÉANCE",
        "SEANCE", "OBJET", "VOTE", "VOTES", "POUR", "CONTRE", "ABSTENTION", "ABSTENTIONS", "TOTAL", "TTC", "HT",
        "RÉPUBLIQUE", "REPUBLIQUE", "FRANÇAISE", "FRANCAISE", "DÉPARTEMENT", "DEPARTEMENT", "COMMUNE", "CONSEIL",
        "MUNICIPAL", "COMMUNAUTAIRE", "DÉLIBÉRATION", "DELIBERATION", "DÉLIBÉRATIONS", "DELIBERATIONS", "DÉCIDE",
        "DECIDE", "DÉCISION", "DECISION", "ARTICLE", "ARTICLES", "EXTRAIT", "REGISTRE", "MAIRIE", "MAIRE", "PRÉSIDENT",
        "PRESIDENT", "PRÉSIDENTE", "PRESIDENTE", "RÉGION", "REGION", "BUDGET", "SECTION", "FONCTIONNEMENT",
        "INVESTISSEMENT", "DÉPENSES", "DEPENSES", "RECETTES", "CHAPITRE", "COMPTE", "NATURE", "FONCTION", "CGCT", "CGI",
        "CCP", "RGPD", "EPCI", "SIRET", "SIREN", "TVA", "PLU", "SCOT", "DSIL", "DETR", "ESS", "MAPA", "BOAMP", "ET",
        "LES", "AU", "AUX", "EN", "SUR", "PAR", "UN", "UNE", "NON", "OUI", "ADOPTÉ", "ADOPTE", "ADOPTÉE", "UNANIMITÉ",
        "UNANIMITE", "CONSIDÉRANT", "CONSIDERANT", "APPROUVE", "AUTORISE", "DIT", "PRÉCISE", "PRECISE", "ATTRIBUE",
        "FIXE", "DÉSIGNE", "DESIGNE", "PREND", "ACTE", "EXPOSÉ", "EXPOSE", "MOTIFS", "SA", "SAS", "SASU", "SARL",
        "EURL", "SCI", "SCIC", "SCOP", "SEM", "SEMOP", "SPL", "SPLA", "HLM", "OPH", "ESH", "GIP", "GIE", "CIG", "CDG",
        "EPF", "EPA", "EPIC", "SIVU", "SIVOM", "SDIS", "CCAS", "CIAS", "ADMR", "UDAF", "CAF", "CPAM", "URSSAF", "DGFIP",
        "DDFIP", "DDT", "DDTM", "DREAL", "ARS", "ONF", "ADEME", "ANAH", "ANRU",
        "PRÉFET", "PREFET", "PRÉFÈTE", "PREFETE", "DIRECTEUR", "DIRECTRICE", "ADJOINT", "ADJOINTE", "CONSEILLER",
        "CONSEILLÈRE", "VILLE", "COMMUNAUTÉ", "AGGLOMÉRATION", "MÉTROPOLE", "SYNDICAT", "ÉTAIENT", "ONT", "SONT", "EST",
        "QUE", "QUI", "DONT", "NÉANT", "NEANT", "ELUS", "ÉLUS", "RAPPELLE", "PRÉSENTE", "PRESENTE", "INDIQUE",
        "PROPOSE", "EXPLIQUE", "DONNE", "LECTURE", "OUÏ", "OUI", "ENTENDU", "APRÈS", "APRES", "DÉLIBÉRÉ", "DELIBERE",
        "MAJORITÉ", "MAJORITE", "VOIX", "RAPPORT", "ANNEXE", "SOMMAIRE", "INFORME", "SOUMET", "SOULIGNE", "DEMANDE",
        "RÉPOND", "REPOND", "AJOUTE", "SOUHAITE", "QUITTE", "ENTRE", "ARRIVE", "INTERVIENT", "FAIT", "ESTIME",
        "CONFIRME", "NE", "PAS", "PREND", "PART", "SÉANCE", "ASSISTE", "REJOINT", "DONNE", "TITRE",
        "CHAPITRE", "PARTIE", "EUR", "AE", "ABS", "PRÉSENCE", "PRESENCE", "FONCTIONS", "QUESTION", "RETIRÉ",
        "RETIRÉE", "RETIRE", "RETIREE", "PRIS", "VOTÉ", "VOTE", "ÉLU", "ÉLUE", "ELU", "ELUE", "QUALITÉ", "SUJET",
        "POINT", "AFFAIRE", "DÉLÉGUÉ", "DÉLÉGUÉE", "DÉLÉGUÉS", "TITULAIRE", "TITULAIRES", "SUPPLÉANT", "SUPPLÉANTS",
        "ACTUALISATION", "DÉLÉGATIONS", "DÉLÉGATION", "CADRE", "DÉPENSES", "RECETTES", "VICE", "VICE-PRÉSIDENT",
        "VICE-PRÉSIDENTE", "MEMBRES", "NOMBRE", "EXERCICE", "VOTANTS", "SIGNÉ", "CERTIFIÉ", "A", "ÉGALEMENT",
        "EGALEMENT", "TP", "BTP", "PRINCIPAL", "PRIMITIF", "TABLEAU", "RÉCAPITULATIF", "FIXATION", "TAUX",
        "ASSOCIATION", "ASSOCIATIONS", "SUBVENTION", "SUBVENTIONS", "TARIFS", "PERSONNEL", "CRÉATION", "INDEMNITÉS",
        "FINANCES", "URBANISME", "MODIFICATIVE", "DM", "PV", "RÉF", "REF", "ÉPOUSE", "EPOUSE", "NÉE", "NEE", "VEUVE",
        "ÉP", "PARTICIPAIENT", "ASSISTAIENT", "ASSISTAIT", "CC", "CA", "CU", "CCAS", "SIVOM", "SMICTOM",
    )
)  # fmt: skip

#: Capitalised words that are not first names although they look like one.
NOT_FIRST_NAMES: frozenset[str] = frozenset(
    (
        "Nom", "Noms", "Prénom", "Prénoms", "Présent", "Présents", "Présente", "Présentes", "Absent", "Absents",
        "Absente", "Absentes", "Excusé", "Excusés", "Excusée", "Excusées", "Pouvoir", "Pouvoirs", "Procuration",
        "Procurations", "Représenté", "Représentés", "Représentée", "Secrétaire", "Séance", "Objet", "Vote", "Pour",
        "Contre", "Abstention", "Abstentions", "Total", "Le", "La", "Les", "Un", "Une", "Vu", "Considérant", "Article",
        "Articles", "Commune", "Ville", "Conseil", "Mairie", "Maire", "Président", "Présidente", "Département",
        "Région", "Budget", "Chapitre", "Compte", "Nature", "Fonction", "Monsieur", "Madame", "Mesdames", "Messieurs",
        "Rapporteur", "Rapporteure", "Délibération", "Décision", "Adopté", "Adoptée", "Et", "De", "Du", "Des", "Au",
        "Aux", "En", "Sur", "Par", "Pôle", "Service", "Direction", "Agence", "Caisse", "Syndicat", "Communauté",
        "Métropole", "Bureau", "Commission", "Membres", "Membre", "Délégué", "Déléguée", "Délégués", "Titulaire",
        "Titulaires", "Suppléant", "Suppléants", "Suppléante", "Ont", "Sont", "Était", "Étaient", "Etaient",
        "Assistaient", "Groupe", "Lot", "Montant", "Taux", "Date", "Fait", "Transmis", "Publié", "Affiché",
        "Reçu", "Identifiant", "Acte", "Vice", "Adjoint", "Adjointe", "Conseiller", "Conseillère", "Conseillers",
        "Premier", "Première", "Elus", "Élus", "Signé", "Signée", "Envoyé", "Envoyée", "Certifié", "Certifiée",
        "Votants", "Exercice", "Ordre", "Convocation", "Présence", "Fonction", "Fonctions", "Élus", "Question",
        "Exposé", "Il", "Elle", "Ils", "Elles", "Rapport", "Dépenses", "Recettes", "Également", "Qualité", "Sujet",
        "Point", "Affaire", "Annexe", "Date", "Vote", "Votes", "Scrutin", "Candidat", "Candidate", "Résultats",
        "Présidence", "Participaient", "Assistait", "Réf", "Mes", "Chers", "Primitif", "Entreprise", "Société",
        "Eau", "Eaux", "Principal", "Annexe",
        # words that open a sentence: ``BRUNEL Pierre⏎Conformément à …``
        "Conformément", "Ainsi", "Afin", "Après", "Avant", "Lors", "Selon", "Suite", "Depuis", "Dans", "Cette", "Ces",
        "Ce", "Cet", "Chaque", "Entendu", "Ouï", "Sans", "Toutefois", "Enfin", "Puis", "Concernant", "Outre",
        # company words: ``BADJI Bâtiment``, ``GUILLAUME Paysages``, ``Établissements SAINT-ÉLOI``
        "Bâtiment", "Bâtiments", "Paysages", "Paysage", "Énergies", "Énergie", "Établissements", "Construction",
        "Constructions", "Travaux", "Services", "Ingénierie", "Immobilier", "Habitat", "Transports", "Environnement",
        "Industries", "Distribution", "Électricité", "Plomberie", "Menuiserie", "Couverture", "Peinture", "Frères",
        "Fils", "Associés", "Conseils", "Développement", "Solutions", "Aménagement", "Espaces", "Verts", "Route",
        "Routes", "Réseaux", "Télécom", "Assainissement", "Propreté", "Nettoyage", "Sécurité", "Informatique",
    )
)  # fmt: skip
