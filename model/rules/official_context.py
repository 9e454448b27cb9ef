"""What the text around a name shape says: is it an elected member?

A civility, an attendance section, a proxy, a signature or rapporteur line, or a
known first name make a name shape an ``OFFICIAL``; a section of non-members,
an agent's role after the name or ``Maître`` before it unmake it (guidelines O4, O5).

Example:
    >>> context = Context("Présents : Paul ROCHE\\n\\nAssistaient également : Mme Justine MOREL, directrice")
    >>> context.in_attendance(11), context.allowed(48, 61)
    (True, False)
"""

from __future__ import annotations

import bisect
import re

from model.rules.base import line_start, lowered
from model.rules.lexicon import AGENT_ROLES

# Both openers run on the lower-cased text (much faster than ``re.IGNORECASE``), so they are written in lower case.
_ATTENDANCE = re.compile(
    r"(?m)(?:^|(?<=[.;–—|]\s)|(?<=\s\s))[ \t*#■-]{0,6}"
    r"(?:(?:étaient|etaient|sont|membres?|conseillers?|délégués?)\s{1,3})?"
    r"(?:pr[ée]sent(?:e|s|es|\(e\)s?)?|absent(?:e|s|es|\(e\)s?)?(?:\s{1,3}(?:excus|repr[ée]sent)[\w()]*)?"
    r"(?:\s{1,3}ayant\s{1,3}donn[ée]\s{1,3}(?:pouvoir|procuration))?|excus[ée][\w()]*|repr[ée]sent[ée][\w()]*"
    r"|pouvoirs?|procurations?|secr[ée]taire(?:\s{1,3}de\s{1,3}s[ée]ance)?|ont\s{1,3}donn[ée]\s{1,3}(?:pouvoir|procuration)"
    r"|[ée]tat\s{1,3}des\s{1,3}pr[ée]sences|feuille\s{1,3}d['’][ée]margement|rapporteure?"
    r"|sont\s{1,3}(?:ainsi\s{1,3})?d[ée]sign[ée]s|d[ée]l[ée]gu[ée]s\s{1,3}(?:titulaires|suppl[ée]ants))"
    r"[^\n:]{0,40}(?::|\n)"
)
_NON_MEMBERS = re.compile(
    r"(?:assistai(?:en)?t\s{1,3}(?:[ée]galement|aussi)|en\s{1,3}pr[ée]sence\s{1,3}de|[ée]galement\s{1,3}pr[ée]sents?"
    r"|invit[ée]s?\s{0,3}:|hors\s{1,3}conseil|membres?\s{1,3}nomm[ée]s?|personnalit[ée]s?\s{1,3}qualifi[ée]es?"
    r"|administrateurs?\s{1,3}nomm[ée]s?)"
)
_SECTION_END = re.compile(r"\n[ \t]*\n")
#: The end of a list of non-members: a full stop (not the one of ``M.`` or of an initial), a blank line,
#: or a line opening another heading (``Pouvoirs :``). Runs on the lower-cased text.
_NON_MEMBERS_END = re.compile(
    r"(?<!\bm)(?<!\bmm)(?<!\bmme)(?<!\b[a-zà-ÿ])\.(?:\s|$)|\n[ \t]*\n|\n(?=[ \t]*[\w'’ ()-]{2,40}:)"
)
_PROXY = re.compile(
    r"(?i)(?:pouvoir|procuration|mandat)\s{1,3}(?:à|a|de)\s{0,3}$|repr[ée]sent[ée]e?s?\s{1,3}par\s{0,3}$"
    r"|suppl[ée][ée]e?\s{1,3}par\s{0,3}$|\bpar\s{0,3}:?\s{0,3}$|pouvoir\s{1,3}de\s[^;,\n]{1,60}\s(?:à|a)\s{0,3}$"
)
_ROLE_LINE = re.compile(
    r"(?i)\b(?:maire|pr[ée]sidente?|secr[ée]taire(?:\s{1,3}de\s{1,3}s[ée]ance)?|adjointe?|vice-pr[ée]sidente?"
    r"|conseill[eè]re?|rapporteure?|d[ée]l[ée]gu[ée]e?|par\s{1,3}d[ée]l[ée]gation)\b[^\n:]{0,40},?\s*$"
)
_RAPPORTEUR = re.compile(r"(?i)\s*rapporteure?\s*:")
#: An elected member's role right after the name: ``BENZAKRI Souad, Vice-Présidente``.
_ROLE_AFTER = re.compile(
    r"(?i)\s{0,3}[,–(-]\s{0,3}(?:\d{1,2}(?:er|re|e|ème)\s{1,3})?(?:maire|adjointe?|vice-pr[ée]sidente?"
    r"|conseill[eè]re?\s{1,3}(?:municipal|communautaire|d[ée]partemental|r[ée]gional|m[ée]tropolitain|d[ée]l[ée]gu)"
    r"|d[ée]l[ée]gu[ée]e?\s{1,3}(?:titulaire|suppl[ée]ante?))"
)
#: A vote line before an opening parenthesis of names (possibly after other names of the list).
_VOTE_BEFORE = re.compile(
    r"(?i)\b(?:pour|contre|abstentions?|abstenu\w*|refus\w*)\s{0,3}:?\s{0,3}\d*\s{0,3}\([^()\n]{0,100}$"
)
_AGENT_AFTER = re.compile(
    r"(?i)(?:\s{1,3}[A-ZÀ-Þ][\w'’.-]*){0,3}\s{0,3}(?:,|\(|–|-)\s{0,3}(?:"
    + "|".join(re.escape(role) for role in AGENT_ROLES)
    + r")\b"
)
_NOTARY_BEFORE = re.compile(r"(?i)\b(?:ma[îi]tre|me)\s{1,3}$")
#: Just before the name, words that make it someone else than an elected member (guidelines O5): a State
#: official (``le Préfet de la Haute-Savoie, M. …``), a body's agent (``représentée par son directeur
#: général,⏎M. …``), a citizen (``pour le compte de Mme …``). ``son Président`` may be elected: kept.
_OUTSIDER_BEFORE = re.compile(
    r"(?i)(?:\b(?:sous-)?pr[ée]f[eè]te?(?:\s{1,3}[\w'’-]+){0,5}\s{0,3},?"
    r"|\b(?:son|sa)\s{1,3}(?:directeur|directrice|g[ée]rante?|repr[ée]sentante?|d[ée]l[ée]gu[ée]e?)"
    r"(?:\s{1,3}[\w'’-]+){0,3}\s{0,3},?"
    r"|\bpour\s{1,3}le\s{1,3}compte\s{1,3}de|\bau\s{1,3}profit\s{1,3}de|\bappartenant\s{1,3}[àa])"
    r"\s{0,3}(?:M\.|Mme|Monsieur|Madame|MM\.)?\s{0,3}$"
)
#: The line above names an agent's role: ``Le Directeur général des services,⏎Marc-Antoine RIGAUD``.
_AGENT_LINE = re.compile(
    r"(?i)\b(?:directeur|directrice|secr[ée]taire\s{1,3}g[ée]n[ée]ral|dgs|dga|comptable|tr[ée]sori[eè]re?"
    r"|chef(?:fe)?\s{1,3}de\s{1,3}service|responsable)\b[^\n:]{0,60},?\s*$"
)
#: The line under a name alone on its line gives a role: ``PERON Jean-Charles⏎1er adjoint``.
_ROLE_BELOW = re.compile(
    r"(?i)[ \t]*\n[ \t]*(?:\d{1,2}(?:er|re|e|ème)\s{1,3})?(?:maire|adjointe?|conseill[eè]re?|pr[ée]sidente?"
    r"|vice-pr[ée]sidente?|d[ée]l[ée]gu[ée]e?)\b"
)


class Context:
    """Regions and lines of one text, queried by character offset."""

    def __init__(self, text: str):
        self.text = text
        low = lowered(text)
        self.attendance = _regions(low, _ATTENDANCE, _SECTION_END)
        self.excluded = _regions(low, _NON_MEMBERS, _NON_MEMBERS_END)

    def allowed(self, start: int, end: int) -> bool:
        """Not among non-members, not followed by an agent's role, not a notary (guidelines O5)."""
        if _inside(start, self.excluded) or _AGENT_AFTER.match(self.text, end):
            return False
        before = max(0, start - 80)
        if _NOTARY_BEFORE.search(self.text, before, start) or _OUTSIDER_BEFORE.search(self.text, before, start):
            return False
        begin = line_start(self.text, start)
        above = self.text[max(0, begin - 200) : begin].rstrip().rpartition("\n")[2]
        return not (self.text[begin:start].strip() == "" and _AGENT_LINE.search(above))

    def in_attendance(self, start: int) -> bool:
        return _inside(start, self.attendance)

    def after_proxy(self, start: int) -> bool:
        """``pouvoir à …``, ``représenté par …``."""
        return bool(_PROXY.search(self.text, max(0, start - 80), start))

    def signature_or_role(self, start: int, end: int) -> bool:
        """``Le Maire, …`` on the same line or the last line above, ``Rapporteur : …``, or a role next to the name."""
        text = self.text
        begin = line_start(text, start)
        before = text[begin:start]
        above = text[max(0, begin - 200) : begin].rstrip().rpartition("\n")[2]
        # Under a role line the name opens its line, or a column of it (``Le Maire,      La secrétaire,``).
        opens_line = not before.strip() or before.endswith("   ")
        if _ROLE_LINE.search(before) or (opens_line and _ROLE_LINE.search(above)) or _RAPPORTEUR.match(before):
            return True
        if _ROLE_AFTER.match(text, end):
            return True
        return not before.strip() and bool(_ROLE_BELOW.match(text, end))

    def in_vote(self, start: int) -> bool:
        """``CONTRE (DUPONT Jean)``, ``1 ABSTENTION (…, …)``: the names of a vote line in parentheses."""
        return bool(_VOTE_BEFORE.search(self.text, max(0, start - 120), start))


def _regions(text: str, opener: re.Pattern[str], closer: re.Pattern[str]) -> list[tuple[int, int]]:
    """Merged, sorted character ranges from each ``opener`` match to the next ``closer`` match."""
    regions: list[tuple[int, int]] = []
    for match in opener.finditer(text):
        if regions and match.start() < regions[-1][1]:
            continue  # inside the previous region, which ends at the same closer
        end = closer.search(text, match.end())
        regions.append((match.start(), end.start() if end else len(text)))
    return regions


def _inside(offset: int, regions: list[tuple[int, int]]) -> bool:
    index = bisect.bisect_right(regions, (offset, float("inf"))) - 1
    return index >= 0 and regions[index][0] <= offset < regions[index][1]
