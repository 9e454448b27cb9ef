"""OFFICIAL evidence from the minutes' prose: what members do in a session, and the words that introduce them.

A name followed by what a member does in the session (``Tarik Tazi précise que``, ``Hanane BOUKHRIS a présenté
le dossier``, ``Sabine Poulain n'a pas pris part au vote``) or introduced as the session's chair or rapporteur
(``sous la présidence de BENJAMIN DELORME``, ``Rapport présenté par Belkacem Bennani``, ``Candidat : André
Bazin``) names an elected member (guidelines O4). Agents and citizens who speak are unmade by their role after
the name (``M. Dupont, directeur général des services, précise``), checked elsewhere.

The patterns run on the lower-cased text.

Example:
    >>> low = "lors de la réunion du 6 mai, ghislaine letchimy a présenté le dossier. sous la présidence de x"
    >>> speaks_after(low, 47), chaired_before(low, len(low) - 1)
    (True, True)
"""

from __future__ import annotations

import re

from model.rules.base import WRAP

_S = r"\s{1,3}"
#: What a member does right after being named; a role between commas may come first
#: (``Lahcen Bouzid, Vice-président à la jeunesse, souligne``).
_SPEECH = (
    r"(?:pr[ée]cise|souligne|rappelle|r[ée]pond|indique|expose|explique|propose|pr[ée]sente|demande|informe|ajoute"
    r"|estime|intervient|souhaite|remercie|s['’]interroge|interroge|signale|confirme|observe|annonce|d[ée]taille"
    r"|regrette|donne\s{1,3}lecture|fait\s{1,3}(?:remarquer|observer|part|savoir)|prend\s{1,3}la\s{1,3}parole"
    r"|a\s{1,3}pr[ée]sent[ée]|(?:est|a\s{1,3}[ée]t[ée])\s{1,3}(?:d[ée]sign[ée]e?|[ée]lue?|nomm[ée]e?|install[ée]e?)"
    r"|s['’]est\s{1,3}retir[ée]e?|n['’]a\s{1,3}pas\s{1,3}pris\s{1,3}part|ne\s{1,3}(?:prend|participe)\s{1,3}pas"
    r"|quitte\s{1,3}la\s{1,3}s(?:alle|[ée]ance)|donne\s{1,3}(?:procuration|pouvoir)"
    r"|a\s{1,3}donn[ée]\s{1,3}(?:procuration|pouvoir)|(?:ayant|a)\s{1,3}obtenu)\b"
)
_SPEAKS_AFTER = re.compile(rf"(?:{_S}|{WRAP}|,[^,;:\n]{{2,60}},(?:{_S}|{WRAP})){_SPEECH}")
#: Words that introduce the chair, the rapporteur or a candidate of the session.
_CHAIRED_BEFORE = re.compile(
    rf"(?:sous{_S}la{_S}pr[ée]sidence{_S}de|pr[ée]sid[ée]e?{_S}par|(?:rapport{_S})?pr[ée]sent[ée]e?{_S}par"
    rf"|sur{_S}le{_S}rapport{_S}de|candidate?s?{_S}?:|est{_S}[ée]lue?(?:{_S}[\w-]+){{0,3}}{_S}?:"
    rf"|(?:le|la){_S}d[ée]put[ée]e?|(?:le|la){_S}s[ée]nat(?:eur|rice))"
    r"(?:\s{1,3}|[ \t]*\n[ \t]*)(?:m\.|mme|monsieur|madame|mr\.?|docteur)?\s{0,3}$"
)


_PROXY_AFTER = re.compile(
    rf"(?:{_S}|{WRAP})(?:(?:a{_S})?donn[ée]e?{_S}(?:procuration|pouvoir)|repr[ée]sent[ée]e?{_S}par)\b"
    r"|\s{0,3}\(pouvoir\s{1,3}[àa]\b|\s{1,3}→"
)


def gives_proxy(low: str, end: int) -> bool:
    """Whether the name ending at ``end`` gives a proxy or is represented: ``… a donné pouvoir à``, ``… →``."""
    return bool(_PROXY_AFTER.match(low, end))


def speaks_after(low: str, end: int) -> bool:
    """Whether the name ending at ``end`` is followed by what a member does in the session."""
    return bool(_SPEAKS_AFTER.match(low, end))


def chaired_before(low: str, start: int) -> bool:
    """Whether the name starting at ``start`` is introduced as the chair, the rapporteur or a candidate."""
    return bool(_CHAIRED_BEFORE.search(low, max(0, start - 60), start))
