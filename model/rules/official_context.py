"""What the text around a name shape says: is it an elected member?

A civility, an attendance section and its list items, a proxy, a vote line, a signature,
rapporteur or role line, or a known first name make a name shape an ``OFFICIAL``; a section
of non-members, an agent's role after the name, an agent's title, ``Maître``, a company or a
street before it unmake it (guidelines O4, O5, O8, O10).

Example:
    >>> context = Context("Présents : Paul ROCHE\\n\\nAssistaient également : Mme Justine MOREL, directrice")
    >>> context.in_attendance(11), context.allowed(48, 61), context.list_item(11, 21)
    (True, False, True)
"""

from __future__ import annotations

import bisect
import re

from model.rules.base import line_start, lowered, soft
from model.rules.columns import column_above
from model.rules.lexicon import AGENT_ROLES, PLACE_WORDS
from model.rules.official_prose import chaired_before, gives_proxy, speaks_after

# The patterns run on the lower-cased text (much faster than ``re.IGNORECASE``), so they are written in lower case;
# only ``_AGENT_AFTER``, which looks for capitalised words, runs on the text itself.
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
#: A heading of attendance run into the line before it by extraction: ``… M. MARC⏎YAHIAOUI Absent(e)s : …``.
_ATTENDANCE_INLINE = re.compile(
    r"(?<=[^\W\d_][ \t])(?:pr[ée]sent(?:e|s|es|\(e\)s?)|absent(?:e|s|es|\(e\)s?)?|excus[ée][\w()]*"
    r"|repr[ée]sent[ée](?:e|s|es|\(e\)s?)|pouvoirs|procurations)(?:[ \t]{1,3}[\w()’']{2,20}){0,3}[ \t]{0,3}:"
)
_NON_MEMBERS = re.compile(
    r"(?:assistai(?:en)?t\s{1,3}(?:[ée]galement|aussi)|en\s{1,3}pr[ée]sence\s{1,3}de|[ée]galement\s{1,3}pr[ée]sents?"
    r"|invit[ée]s?\s{0,3}:|hors\s{1,3}conseil|membres?\s{1,3}nomm[ée]s?|personnalit[ée]s?\s{1,3}qualifi[ée]es?"
    r"|administrateurs?\s{1,3}nomm[ée]s?)"
)
_SECTION_END = re.compile(r"\n[ \t]*\n")
#: The rest of a line that heads a list below it.
_HEADING_REST = re.compile(r"[^\n:.]{0,60}:[ \t]*\n")
#: The end of a list of non-members: a full stop (not the one of ``M.`` or of an initial), a blank line,
#: or a line opening another heading (``Pouvoirs :``). Runs on the lower-cased text.
_NON_MEMBERS_END = re.compile(
    r"(?<!\bm)(?<!\bmm)(?<!\bmme)(?<!\b[a-zà-ÿ])\.(?:\s|$)|\n[ \t]*\n|\n(?=[ \t]*[\w'’ ()-]{2,40}:)"
)
_PROXY = re.compile(
    r"(?:pouvoir|procuration|mandat)\s{1,3}(?:à|a|de)\s{0,3}$|repr[ée]sent[ée]e?s?\s{1,3}par\s{0,3}$"
    r"|suppl[ée][ée]e?\s{1,3}par\s{0,3}$|\bpar\s{0,3}:?\s{0,3}$|pouvoir\s{1,3}de\s[^;,\n]{1,60}\s(?:à|a)\s{0,3}$"
)
_STRICT_PROXY = re.compile(
    r"(?:pouvoir|procuration|mandat)\s{1,3}(?:à|a|de)\s{0,3}$|repr[ée]sent[ée]e?s?\s{1,3}par\s{0,3}$"
    r"|suppl[ée][ée]e?\s{1,3}par\s{0,3}$|pouvoir\s{1,3}de\s[^;,\n]{1,60}\s(?:à|a)\s{0,3}$"
)
_ROLE_LINE = re.compile(
    r"\b(?:maire|pr[ée]sidente?|secr[ée]taire(?:\s{1,3}de\s{1,3}s[ée]ance)?|adjointe?|vice-pr[ée]sidente?"
    r"|conseill[eè]re?|rapporteure?|d[ée]l[ée]gu[ée]e?|par\s{1,3}d[ée]l[ée]gation)\b[^\n:]{0,40},?\s*$"
)
_RAPPORTEUR = re.compile(r"\s*rapporteure?\s*:")
#: An elected member's role right after the name: ``BENZAKRI Souad, Vice-Présidente``.
_ORDINAL = r"(?:\d{1,2}\s?(?:er|re|e|ème|eme|ère|ere|è)\s{1,3})"
_ROLE_AFTER = re.compile(
    rf"(?:\s{{0,3}}[,–(|-]\s{{0,3}}|[ \t]{{3,}}|\t[ \t]*){_ORDINAL}?"
    r"(?:maire|adjointe?|vice-pr[ée]sidente?"
    r"|pr[ée]sidente?(?=[ \t]{2,}|\t|\s{0,3}(?:[,.;)|]|\n|$|d[ée]l[ée]gu|de\s{1,3}s[ée]ance))"
    r"|conseill[eè]re?\s{1,3}(?:municipal|communautaire|d[ée]partemental|r[ée]gional|m[ée]tropolitain|d[ée]l[ée]gu)"
    r"|d[ée]l[ée]gu[ée]e?\s{1,3}(?:titulaire|suppl[ée]ante?))"
)
#: A line of a vote that lists names after a colon: ``Contre : …``, ``Se sont abstenus : …`` (lower case).
_VOTE_LINE = re.compile(
    r"[ \t*•–-]{0,6}(?:ont\s{1,3}vot[ée]\s{1,3})?(?:pour|contre|abstentions?|abstenu\w*|se\s{1,3}sont\s{1,3}abstenu\w*"
    r"|(?:ne\s{1,3}prennent|n['’]ont)\s{1,3}pas\s{1,3}(?:pris\s{1,3})?part\s{1,3}au\s{1,3}vote)[^\n:]{0,20}:"
)
#: What may open one item of a list of names (lower case, searched just before it): a separator, a line start or
#: the gap before a column (two spaces or a tab: inside a list, a doubled space parts names).
_ITEM_BEFORE = re.compile(
    r"(?:[,;–—/(•*→>-]|\bet|\bà|\ba|\bpar|\bde)[ \t\u00a0\u202f]{0,3}$|(?:^|\n)[ \t]*$|[ \t]{2}$|\t$"
)
#: What may close it (lower case, matched right after it).
_ITEM_AFTER = re.compile(
    r"[ \t]{2}|\t|[ \t\u00a0\u202f]{0,3}(?:[,;–—.)(/•:→|-]|\n|$|(?:et|à|a|par|repr[ée]sent[ée]e?s?|excus[ée]e?s?"
    r"|absente?s?|pouvoir"
    r"|procuration|donne|donn[ée]|suppl[ée][ée]e?|remplac[ée]e?|jusqu|arriv[ée]e?|partie?|quitte)\b)"
)
#: A role right before the name, closed by a comma, a colon or a table's column gap: ``Le Maire, …``,
#: ``La Présidente :``, ``2e vice-présidente      Nathalie Fer``; or ``Signé électroniquement par :``.
_ROLE_BEFORE = re.compile(
    r"\b(?:maire|pr[ée]sidente?|secr[ée]taire(?:\s{1,3}de\s{1,3}s[ée]ance)?|adjointe?|vice-pr[ée]sidente?"
    r"|conseill[eè]re?|rapporteure?|d[ée]l[ée]gu[ée]e?|par\s{1,3}d[ée]l[ée]gation)\b"
    r"[^\n:,.]{0,40}(?:[,:]\s*|[ \t]{3}|\t)$|\bsign[ée]e?\s{1,3}(?:[ée]lectroniquement\s{1,3})?par\s{0,3}:?\s{0,3}$"
)
#: A vote line before an opening parenthesis of names (possibly after other names of the list).
_VOTE_BEFORE = re.compile(
    r"\b(?:pour|contre|abstentions?|abstenu\w*|refus\w*)\s{0,3}:?\s{0,3}\d*\s{0,3}\([^()]{0,150}$"
)
#: An agent's role after the name (guidelines O5), its words possibly hyphenated across a line (``commis-⏎saire``).
_AGENT_AFTER = re.compile(
    r"(?i)(?:[ \t]{1,3}[A-ZÀ-Þ][\w'’.-]*){0,3}[ \t]{0,3}(?:(?:,|\(|–|-)\s{0,8}(?:"
    + "|".join(r"\s{1,3}".join(soft(word).replace("'", "['’]") for word in role.split()) for role in AGENT_ROLES)
    # ``en qualité de représentante de la commune`` designates an elected member: only agents' duties here
    + r")|en\s{1,3}qualit[ée]\s{1,3}d['’e]\s?\s{0,3}(?:d[ée]l[ée]gu[ée]e?\s{1,3}[àa]\s{1,3}la\s{1,3}protection|dpo"
    + r"|r[ée]gisseu[rs]e?|agent|directeur|directrice|responsable|commissaire|mandataire))\b"
)
#: The chair of an association, a club or a company: a citizen, unless the text names an elected member so.
_CHAIR_AFTER = re.compile(
    r"\s{0,3}[,(–-]\s{0,3}pr[ée]sidente?\s{1,3}(?:de\s{1,3}l['’]|du|de\s{1,3}la|des)\s{0,3}(?:association|amicale|club"
    r"|comit[ée]\s{1,3}des\s{1,3}f[êe]tes|amis|soci[ée]t[ée]|union|f[ée]d[ée]ration|ligue|cercle|banque|secours|restos"
    r"|croix|office\s{1,3}de\s{1,3}tourisme|syndicat\s{1,3}d['’]initiative)"
)
#: A list of names closed by a plural role of non-members (guidelines O8): ``Mme A, M. B, membres nommés``,
#: ``M. A et Mme B, propriétaires``.
_GROUP_AFTER = re.compile(
    r"(?:[ \t]*(?:,|\set)[ \t]*(?:m\.|mme|monsieur|madame)[ \t]+[^,;:.()\n]{2,40}){0,12}[ \t]*,[ \t]*"
    r"(?:membres\s{1,3}nomm|personnalit[ée]s\s{1,3}qualifi|personnes\s{1,3}qualifi|repr[ée]sentants\s{1,3}d"
    r"|propri[ée]taires|acqu[ée]reurs|domicili[ée]s|demeurant)"
)
#: Titles of agents and State officials that may stand before the name: ``le payeur départemental, M. …``.
_AGENT_TITLES = (
    "directeur", "directrice", "payeur", "payeuse", "comptable", "tr[ée]sori[eè]re?", "receveur", "receveuse",
    "commissaire", "notaire", "architecte", "g[ée]om[èe]tre", "avocate?", "dgs", "dga",
    "secr[ée]taire\\s{1,3}g[ée]n[ée]rale?", "ing[ée]nieure?", "technicienne?", "responsable", "chef(?:fe)?",
    "g[ée]rante?", "inspect(?:eur|rice)",
)  # fmt: skip
#: A street, a school or a facility named after a person (guidelines O10): ``rue Victor Hugo``, ``stade du Docteur X``.
_PLACE_BEFORE = re.compile(
    r"\b(?:" + "|".join(PLACE_WORDS) + r"|maison|centre|parc|jardin|pont|port|fondation|prix|cours|cité)"
    r"\s{1,3}(?:(?:du|de\s{1,3}la|des|de)\s{1,3})?(?:(?:saint|sainte|général|maréchal|président|présidente|docteur"
    r"|professeur|abbé|père|commandant|colonel|capitaine|lieutenant|amiral)\s{1,3})?"
    r"(?:[\w'’-]{2,20}\s{1,3}et\s{1,3})?$"  # ``gymnase Pierre et Marie Curie``
)
_NOTARY_BEFORE = re.compile(r"\b(?:ma[îi]tre|me)\s{1,3}$")
#: Just before the name, words that make it someone else than an elected member (guidelines O5): a State
#: official (``le Préfet de la Haute-Savoie, M. …``), a body's agent (``représentée par son directeur
#: général,⏎M. …``), a citizen (``pour le compte de Mme …``). ``son Président`` may be elected: kept.
_OUTSIDER_BEFORE = re.compile(
    r"(?:\b(?:sous-)?pr[ée]f[eè]te?(?:\s{1,3}[\w'’-]+){0,5}\s{0,3},?"
    r"|\b(?:son|sa)\s{1,3}(?:directeur|directrice|g[ée]rante?|repr[ée]sentante?|d[ée]l[ée]gu[ée]e?)"
    r"(?:\s{1,3}[\w'’-]+){0,3}\s{0,3},?"
    r"|\bpour\s{1,3}le\s{1,3}compte\s{1,3}de|\bau\s{1,3}profit\s{1,3}de|\bappartenant\s{1,3}[àa]"
    # a buyer, and whoever follows a file for the administration (``Affaire suivie par : Mme …``)
    r"|\b(?:cession|vente)\s{1,3}[àa]|\b(?:affaire|dossier)\s{1,3}suivie?\s{1,3}par\s{0,3}:?"
    # a company named after its founder: ``la société VEOLIA Eau``, ``l'entreprise Mathieu TP``,
    # ``aux Établissements X``
    r"|\b(?:soci[ée]t[ée]|entreprises?|sarl|sas|sasu|eurl|scop|[ée]tablissements|cabinet|groupe|ateliers?)"
    r"|\b(?:soci[ée]t[ée]|sas|sasu|sarl|eurl|spl|sem|scic|scop|entreprise|groupement|cabinet|bureau|ateliers?"
    r"|association|fondation|banque|caisse|office|bailleur|mutuelle|compagnie|ing[ée]nierie|club|comit[ée]"
    r"|f[ée]d[ée]ration|ligue|union|amicale|chambre|basket|football|rugby|handball|tennis)\b[^;:]{0,80}"
    # ``l'association X, représentée par son président, M. …``: a body's chair or manager is a citizen
    r"repr[ée]-?\n?[ \t]{0,8}sent[ée]e?s?\s{1,3}par"
    r"(?:\s{1,3}(?:son|sa|leur)\s{1,3}[\w'’-]+(?:\s{1,3}[\w'’-]+){0,3}\s{0,3},?)?"
    r"|\bresponsable\s{0,3}:"
    r"|\b(?:le|la|son|sa|notre|au|aux|du|des|[àa]\s{1,3}la)\s{1,3}(?:"
    + "|".join(_AGENT_TITLES)
    + r")\b(?:\s{1,3}[\w'’-]+){0,4}\s{0,3},)"
    r"\s{0,3}(?:m\.|mme|monsieur|madame|mm\.)?\s{0,3}$"
)
#: The line above a signature: a role and nothing that looks like a table row (figures).
_SIGNATORY_LINE = re.compile(
    r"(?:pour\s{1,3})?(?:(?:le|la|l['’])\s{1,3})?[^\d\n]{0,40}?\b(?:maire|pr[ée]sidente?|vice-pr[ée]sidente?|adjointe?"
    r"|secr[ée]taire\s{1,3}de\s{1,3}s[ée]ance|rapporteure?)\b[^\d\n]{0,40}?[,:]?"
)
#: The rest of a line after a name: nothing, or a column gap.
_LINE_REST = re.compile(r"[ \t]*(?:\n|$)|[ \t]{3}|\t")
#: The line above names an agent's role: ``Le Directeur général des services,⏎Marc-Antoine RIGAUD``.
_AGENT_LINE = re.compile(
    r"\b(?:directeur|directrice|secr[ée]taire\s{1,3}g[ée]n[ée]ral|dgs|dga|comptable|tr[ée]sori[eè]re?"
    r"|chef(?:fe)?\s{1,3}de\s{1,3}service|responsable)\b[^\n:]{0,60},?\s*$"
)
#: The line under a name alone on its line gives a role: ``PERON Jean-Charles⏎1er adjoint``.
_ROLE_BELOW = re.compile(
    rf"[ \t]*\n[ \t]*{_ORDINAL}?(?:maire|adjointe?|conseill[eè]re?|pr[ée]sidente?"
    r"|vice-pr[ée]sidente?|d[ée]l[ée]gu[ée]e?)\b"
)


class Context:
    """Regions and lines of one text, queried by character offset."""

    def __init__(self, text: str):
        self.text = text
        self.low = low = lowered(text)
        self.attendance = _merged(
            _regions(low, _ATTENDANCE, _SECTION_END), _regions(low, _ATTENDANCE_INLINE, _SECTION_END)
        )
        self.excluded = _regions(low, _NON_MEMBERS, _NON_MEMBERS_END, _SECTION_END)
        self._columns: dict[tuple[int, int], str | None] = {}

    def allowed(self, start: int, end: int) -> bool:
        """Not among non-members, not followed by an agent's role, not a notary (guidelines O5)."""
        if _inside(start, self.excluded) or _AGENT_AFTER.match(self.text, end):
            return False
        low, before = self.low, max(0, start - 160)
        if _GROUP_AFTER.match(low, end):
            return False
        if _NOTARY_BEFORE.search(low, before, start) or _OUTSIDER_BEFORE.search(low, before, start):
            return False
        if _PLACE_BEFORE.search(low, max(0, start - 60), start):
            return False
        column = self.column_above(start, end)
        if column is not None:  # a two-column signature block: the role in the name's own column
            return not _AGENT_LINE.search(column)
        begin = line_start(low, start)
        above = low[max(0, begin - 200) : begin].rstrip().rpartition("\n")[2]
        return not (low[begin:start].strip() == "" and _AGENT_LINE.search(above))

    def column_above(self, start: int, end: int) -> str | None:
        """The heading above the name in its column (see :func:`model.rules.columns.column_above`), looked up
        once per name: both the member test and the signature test ask for it."""
        key = (start, end)
        if key not in self._columns:
            self._columns[key] = column_above(self.low, start, end)
        return self._columns[key]

    def chairs_association(self, end: int) -> bool:
        """``Arthur JOSEPH, président de l'association …``: a citizen unless named elsewhere as a member."""
        return bool(_CHAIR_AFTER.match(self.low, end))

    def in_attendance(self, start: int) -> bool:
        return _inside(start, self.attendance)

    def after_proxy(self, start: int, *, strict: bool = False) -> bool:
        """``pouvoir à …``, ``représenté par …``; ``strict`` leaves out a bare ``par`` (``instruit par …``)."""
        return bool((_STRICT_PROXY if strict else _PROXY).search(self.low, max(0, start - 80), start))

    def role_after(self, start: int, end: int) -> bool:
        """An elected member's role right after the name, or below a name that opens its line."""
        if _ROLE_AFTER.match(self.low, end):
            return True
        return not self.low[line_start(self.low, start) : start].strip() and bool(_ROLE_BELOW.match(self.low, end))

    def signature_or_role(self, start: int, end: int) -> bool:
        """``Le Maire, …`` on the same line or the last line above, ``Rapporteur : …``, or a role next to the name."""
        text = self.low
        column = self.column_above(start, end)
        if column is not None and _SIGNATORY_LINE.fullmatch(column) and not _AGENT_LINE.search(column):
            return True
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

    def proxy_after(self, end: int) -> bool:
        """``… donne procuration à``, ``… représenté par``, ``… (pouvoir à``, ``… →``: a member giving a proxy."""
        return gives_proxy(self.low, end)

    def signs_below_role(self, start: int, end: int) -> bool:
        """A name alone on its line (or its column) under a signatory's role: ``La Présidente,⏎D. Lebrun``."""
        low = self.low
        begin = line_start(low, start)
        if low[begin:start].strip() or not _LINE_REST.match(low, end):
            return False
        above = low[max(0, begin - 200) : begin].rstrip().rpartition("\n")[2]
        return bool(_SIGNATORY_LINE.fullmatch(above.split("   ")[-1].strip()))

    def chaired(self, start: int) -> bool:
        """``sous la présidence de …``, ``Rapport présenté par …``, ``Candidat : …``."""
        return chaired_before(self.low, start)

    def in_prose(self, start: int, end: int) -> bool:
        """What a member does in the session after the name, or the chair's or rapporteur's words before it."""
        return speaks_after(self.low, end) or chaired_before(self.low, start)

    def in_vote(self, start: int) -> bool:
        """``CONTRE (DUPONT Jean)``, ``1 ABSTENTION (…, …)``, ``Contre : …``: the names of a vote line."""
        if _VOTE_BEFORE.search(self.low, max(0, start - 120), start):
            return True
        vote = _VOTE_LINE.match(self.low, line_start(self.low, start))
        return bool(vote) and vote.end() <= start

    def list_item(self, start: int, end: int) -> bool:
        """The name fills one item of an attendance or vote list: a separator or a line edge on both sides.

        A colon before it counts only when it ends the list's heading (``Présents :``), not another label
        (``Objet : Vente Terrain``).
        """
        if not _ITEM_AFTER.match(self.low, end):
            return False
        floor = max(0, start - 40)
        before = self.low[floor:start].rstrip(" \t")
        if not before.endswith(":"):
            return bool(_ITEM_BEFORE.search(self.low, floor, start))
        after_colon = floor + len(before)
        begin = line_start(self.low, after_colon - 1)
        vote = _VOTE_LINE.match(self.low, begin)
        if vote and vote.end() == after_colon:
            return True
        headings = (
            *_ATTENDANCE.finditer(self.low, begin, after_colon),
            *_ATTENDANCE_INLINE.finditer(self.low, begin, after_colon),
        )
        return any(match.end() == after_colon for match in headings)

    def role_before(self, start: int) -> bool:
        """A role right before the name (``Le Maire, …``, ``2e adjoint     …``), or on the line above its column."""
        low = self.low
        begin = line_start(low, start)
        if _ROLE_BEFORE.search(low, begin, start):
            return True
        above = low[max(0, begin - 200) : begin].rstrip().rpartition("\n")[2]
        before = low[begin:start]
        opens_column = not before.strip() or before.endswith("   ")  # ``Le Maire,      La secrétaire,``
        return opens_column and bool(_ROLE_LINE.search(above))


def _regions(
    text: str, opener: re.Pattern[str], closer: re.Pattern[str], block: re.Pattern[str] | None = None
) -> list[tuple[int, int]]:
    """Merged, sorted character ranges from each ``opener`` match to the next ``closer`` match.

    With ``block``, an opener heading its own line (``Membres nommés par le Président :⏎``) runs to the next
    ``block`` match instead: its list may have sub-headings (``Présents :``, ``Excusé :``).
    """
    regions: list[tuple[int, int]] = []
    for match in opener.finditer(text):
        if regions and match.start() < regions[-1][1]:
            continue  # inside the previous region, which ends at the same closer
        heading = block is not None and _HEADING_REST.match(text, match.end())
        end = (block if heading and block else closer).search(text, match.end())
        regions.append((match.start(), end.start() if end else len(text)))
    return regions


def _merged(first: list[tuple[int, int]], second: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sorted ranges covering both lists, overlapping ones joined."""
    merged: list[tuple[int, int]] = []
    for start, end in sorted(first + second):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def _inside(offset: int, regions: list[tuple[int, int]]) -> bool:
    index = bisect.bisect_right(regions, (offset, float("inf"))) - 1
    return index >= 0 and regions[index][0] <= offset < regions[index][1]
