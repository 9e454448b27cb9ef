"""Which codes and texts an act on a given subject cites: a staff report cites the statute of the
civil service, a procurement report the public procurement code, not the other way round.

Example:
    >>> "Code général de la fonction publique" in FAMILY_CODES["staff"]
    True
    >>> "84-53" in FAMILY_TEXTS["staff"]
    True
"""

from __future__ import annotations

#: Family → names of the codes its acts cite besides the CGCT.
FAMILY_CODES: dict[str, tuple[str, ...]] = {
    "staff": ("Code général de la fonction publique", "Code du travail"),
    "works": ("Code de la commande publique", "Code de l'environnement", "Code de la voirie routière"),
    "property": (
        "Code de l'urbanisme",
        "Code général de la propriété des personnes publiques",
        "Code de la construction et de l'habitation",
        "Code de l'expropriation pour cause d'utilité publique",
        "Code de la voirie routière",
    ),
    "budget": ("Code général des impôts",),
    "governance": ("Code électoral", "Code des relations entre le public et l'administration"),
    "grants": ("Code du sport", "Code de l'éducation", "Code de l'action sociale et des familles"),
    "fees": ("Code de l'éducation", "Code de l'action sociale et des familles", "Code du tourisme"),
    "loans": ("Code civil", "Code de la construction et de l'habitation"),
    "partners": ("Code de l'environnement", "Code des transports"),
}
#: Family → numbers of the texts (``resources/legal_texts.tsv``) its acts cite.
FAMILY_TEXTS: dict[str, frozenset[str]] = {
    "staff": frozenset(
        {"83-634", "84-53", "2019-828", "88-145", "91-875", "2014-513", "2019-1414", "85-603", "2001-654"}
        | {"2006-781", "2021-1574"}
    ),
    "works": frozenset({"85-704", "2015-899", "2016-360", "2016-86", "2016-65", "2018-1074", "2018-1075"}),
    "budget": frozenset({"2012-1246", "2021-1900", "2022-1726", "2023-1322", "96-142", "82-213"}),
    "property": frozenset({"2000-1208", "2014-366", "2018-1021", "2010-788", "2021-1104", "2016-1087"}),
    "governance": frozenset(
        {"2019-1461", "2015-991", "2014-58", "99-586", "2010-1563", "2021-1310", "2021-1311", "2020-391"}
        | {"2022-217", "92-125", "82-213", "78-17", "2016-1321"}
    ),
    "grants": frozenset({"1901-07-01", "2000-321", "2017-86", "2005-102"}),
    "fees": frozenset({"2000-321", "2016-1321", "2005-102"}),
    "loans": frozenset({"2001-1168", "96-142", "2018-1021"}),
    "partners": frozenset({"2015-991", "99-586", "2014-58", "2019-1428", "2020-105", "2023-175"}),
}
