"""DELIB_ID: identifiers of deliberations and of the authority's own acts.

Three ways in: a number sign (``n°``) whose left context names a deliberation
or a local act (or that opens a header/footer), the word ``délibération``
followed directly by an identifier, and identifiers whose own prefix says what
they are (``DEL-2022-114``, ``DCM 2023-28``, ``2023/DEL/031``). The span never
includes ``n°``; report, lot, market, parcel and transmission numbers never match.

Example:
    >>> rule = DelibIdRule()
    >>> text = "Vu la délibération n° DEL-2022-114 du 3 mai 2022 et le marché n° 2023-015 ; Rapport n° 12"
    >>> [s.text for s in rule(text)]
    ['DEL-2022-114']
    >>> [s.text for s in rule("délibération FAG 012-5521/23/BM du 12 octobre 2023 ; n°07-3391/22/CC")]
    ['FAG 012-5521/23/BM', '07-3391/22/CC']
"""

from __future__ import annotations

import re
from functools import cache

from model.rules.base import line_start, make_span, ordered
from model.rules.delib_id_layout import imputation, layout_ids
from model.rules.ids import BUDGET_FORM, ID, plausible_id
from model.span import Span

#: ``n°``, and its shapes after extraction: ``N °``, ``No 12``, ``no CA-2024-031`` (the degree sign lost).
_SIGN = r"(?:[nN][°º]s?|[nN] °|N[o]\.?(?=\s?\d)|(?<![\w])no\.?(?=\s{1,2}[A-Z\d])|num[ée]ro|NUM[ÉE]RO|Num[ée]ro)"
_PREFIXES = r"DELIB|DEL|DCM|DCC|DBC|DCP|DCA|DCS|DEC|CM|CC|CP|CD|DM|DB|DP|DG|ARR|AR|BC|BP|BM"

#: ``délibération``, also when PDF extraction hyphenated it across two lines.
_DELIBERATION = r"d[ée](?:-\n)?li(?:-\n)?b[ée](?:-\n)?ra(?:-\n)?tions?"
_DELIB_WORD = rf"(?:{_DELIBERATION}|d[ée]lib\.?|actes?|(?-i:DCM|DCC|DCP|DBC|DEL|DB|DC|CM))"
_LOCAL_ACT = (
    r"(?:d[ée]cisions?(?:\s{1,3}(?:du|de\s{1,3}la)\s{1,3}(?:maire|pr[ée]sidente?|bureau|commission\s{1,3}permanente))?"
    r"|arr[êe]t[ée]s?(?:\s{1,3}(?:du\s{1,3}maire|municipal|du\s{1,3}pr[ée]sident|de\s{1,3}la\s{1,3}pr[ée]sidente"
    r"|de\s{1,3}(?:monsieur|madame)\s{1,3}(?:le|la)\s{1,3}(?:maire|pr[ée]sidente?)))?)"
)
#: ``délibération du Bureau …``, ``délibération du Conseil départemental …`` before the identifier.
_ASSEMBLY = (
    r"(?:\s{1,3}(?:du|de\s{1,3}la|de\s{1,3}l['’])\s{1,3}(?:bureau|conseil|comit[ée]|commission|assembl[ée]e)"
    r"(?:[ \t]{1,3}(?!n°)[a-zà-ÿ'’-]{2,20}){0,3})?"
)
#: Words that, right before ``n°``, name something that is not an act of the authority (guidelines D4).
_NOT_ACTS = re.compile(
    r"(?:loi|d[ée]cret|ordonnance|pr[ée]fectoral|minist[ée]riel|interminist[ée]riel|interpr[ée]fectoral|conjoint"
    r"|circulaire|r[èe]glement|directive|lot|march[ée]|rapport|point|affaire|section|parcelle|cadastr[ée]e?"
    r"|convention|avenant|contrat|pr[êe]t|modificatives?|page|compte|siret|siren|permis|dossier|facture|mandat"
    r"|titre|AR|accus[ée]|r[ée]ception|t[ée]l\.?|t[ée]l[ée]phone|plan|ticket|question|annexe|pi[èe]ce|emprunt"
    r"|ligne|tranche|bon|DM|chapitre|article|avis|op[ée]ration|programme|AP|CP|cadre|bail|devis|commande|consultation)",
    re.IGNORECASE,
)
#: A State authority deciding (guidelines D8): its decisions' numbers are no DELIB_ID.
_STATE_AUTHORITY = re.compile(
    r"(?i)autorit[ée]\s{1,3}(?:-\n)?en(?:-\n)?vi(?:-\n)?ron|\bmrae\b|mission\s{1,3}r[ée]gionale|\bcnil\b|tribunal"
    r"|\bcour\s|conseil\s{1,3}d['’][ée]tat|chambre\s{1,3}r[ée]gionale|\bministre\b|\bars\b"
)
#: The date part of a transmission receipt right before an id, the id being the act's own repeated (D9).
_RECEIPT_BEFORE = re.compile(r"\d{3}-\d{9}-\d{8}-(?:\w{1,30}-)?\s{0,8}$")
#: A running header or footer line names the assembly: ``Conseil municipal du … – D2023-154``.
_HEADER_LINE = re.compile(
    r"(?i)conseil|bureau|commission|comit[ée]|s[ée]ance|d[ée]lib[ée]ration|assembl[ée]e|r[ée]gion|d[ée]partement"
    r"|commune|ville|m[ée]tropole|communaut[ée]|syndicat|(?-i:\bC[AMCPDS]\b|CCAS|CIAS)"
)
_REFERENCE_BEFORE = re.compile(r"(?i)(?:r[ée]f\.?|r[ée]f[ée]rence|rapport|dossier)\s{0,3}:?\s{0,3}$")
#: A postal box of an address (``BP 371``, ``CS 71223``, ``TSA 30001``), shaped like a prefixed identifier.
_POSTAL_BOX = re.compile(r"(?:BP|B\.P\.|CS|TSA)\s?\d{2,6}")
#: A season or a school year (``2023/24``, ``2024-2025``), shaped like a numeric identifier.
_YEARS = re.compile(r"(?:19|20)(?P<first>\d{2})[/-](?:19|20)?(?P<second>\d{2})")
_SIGNED_BEFORE = re.compile(rf"{_SIGN}\s{{0,3}}$")
#: ``marché n° 2024-T-006``: a prefixed shape numbering something else.
_OTHER_NUMBER_BEFORE = re.compile(r"([\w.]+)\s{0,3}[nN][°º]\s{0,8}$")


@cache
def _patterns() -> tuple[re.Pattern[str], ...]:
    signed = re.compile(rf"{_SIGN}\s{{0,3}}(?P<id>{ID})")
    direct = re.compile(
        rf"(?<![^\W_])(?:{_DELIBERATION}|d[ée]cisions?|{_LOCAL_ACT}){_ASSEMBLY}\s{{1,3}}(?P<id>{ID})", re.IGNORECASE
    )
    prefixed = re.compile(
        rf"(?<![\w/.-])(?P<id>(?:{_PREFIXES})(?:[-_ ]?\d{{2,8}})(?:[-/_.][A-Za-z0-9]{{1,10}}){{1,4}}"
        rf"|\d{{4}}[-/][A-Z]{{1,6}}[-/]\d{{1,5}})(?![\w/-])"
    )
    footer = re.compile(rf"(?<=[–—|] )(?P<id>{ID})(?= {{2,}}| [–—|] |[ \t]*(?:\n|$))")
    continued = re.compile(rf"\s{{0,2}}(?:,|à|au|et)\s{{1,3}}(?:{_SIGN}\s{{0,3}})?(?P<id>{ID})")
    alone = re.compile(rf"(?m)(?:^[ \t]*|(?<=   ))(?P<id>{ID})[ \t]*$")  # alone, or in a right-hand column
    clause_trigger = re.compile(rf"(?<![^\W_])(?:{_DELIB_WORD}|{_LOCAL_ACT})(?![\w])", re.IGNORECASE)
    direct_trigger = re.compile(rf"(?<![^\W_])(?:{_DELIB_WORD}|{_LOCAL_ACT}){_ASSEMBLY}\s{{0,3}}$", re.IGNORECASE)
    return signed, continued, direct, prefixed, footer, alone, clause_trigger, direct_trigger


def _state_decision(text: str, start: int) -> bool:
    """``la Mission régionale d'autorité environnementale, par décision n° …``: a State authority's decision (D8)."""
    before = text[max(0, start - 200) : start]
    if not re.search(r"(?i)d[ée]cisions?\s{0,3}(?:n[°º]\s{0,3})?$", before):
        return False
    return bool(_STATE_AUTHORITY.search(re.split(r"[.;]\s", before)[-1]))


def numbers_something_else(text: str, start: int, end: int) -> bool:
    """``avis n° 24-112358``, ``marché n° 2024-017``, ``BP 371``, ``Tarif 2023/24``, the act's id repeated in a
    transmission receipt: a number shaped like an identifier that the words around it give to something else
    (D4, D9).

    Example:
        >>> text = "publié au BOAMP (avis n° 24-112358) ; délibération n° 24-118"
        >>> numbers_something_else(text, 24, 33), numbers_something_else(text, 53, 59)
        (True, False)
    """
    before = text[max(0, start - 30) : start]
    years = _YEARS.fullmatch(text[start:end])
    return (
        bool(years and int(years["second"]) == (int(years["first"]) + 1) % 100 and not _SIGNED_BEFORE.search(before))
        or _numbered_by_other(before)
        or _address_or_receipt(text, start, end)
    )


def _numbered_by_other(before: str) -> bool:
    """``marché n° …``, ``avis n° …``: the words before the number sign give the number to something else (D4)."""
    other = _OTHER_NUMBER_BEFORE.search(before)
    return bool(other and _NOT_ACTS.fullmatch(other.group(1)))


def _address_or_receipt(text: str, start: int, end: int) -> bool:
    """A postal box of an address, or the act's id repeated inside a transmission receipt (D9)."""
    return bool(_POSTAL_BOX.fullmatch(text[start:end]) or _RECEIPT_BEFORE.search(text, max(0, start - 40), start))


class DelibIdRule:
    """Identifiers of deliberations and local acts (guidelines D1–D4)."""

    label = "DELIB_ID"

    def __call__(self, text: str) -> list[Span]:
        signed, continued, direct, prefixed, footer, alone, clause_trigger, direct_trigger = _patterns()
        spans = []
        for match in signed.finditer(text):
            ident = match.group("id")
            if self._signed_context(text, match.start(), ident, clause_trigger, direct_trigger):
                spans.append(make_span(text, match.start("id"), match.end("id"), self.label))
                # ``arrêtés n° AP24/0211 à AP24/0217``, ``n° 2023-01, 2023-02 et 2023-03``
                spans += self._listed_after(text, match.end("id"), continued)
        for match in direct.finditer(text):
            ident = match.group("id")
            # ``délibération DEL-2022-114``, ``DÉLIBÉRATION CC20201891`` (letters glued to a long number)
            if plausible_id(ident, strict=True) and re.search(r"\w[-/_.]\w|^[A-Z]{2,6}\d{4,}$", ident):
                spans.append(make_span(text, match.start("id"), match.end("id"), self.label))
                # ``Décisions DSTRAT/2024/312 à DSTRAT/2024/316``
                spans += self._listed_after(text, match.end("id"), continued)
        for match in prefixed.finditer(text):
            before = text[max(0, match.start() - 30) : match.start()]
            if _numbered_by_other(before) or _state_decision(text, match.start()):
                continue
            if plausible_id(match.group("id"), strict=True) and not _REFERENCE_BEFORE.search(before):
                spans.append(make_span(text, match.start("id"), match.end("id"), self.label, 0.9))
        for match in footer.finditer(text):
            ident = match.group("id")
            line = text[line_start(text, match.start()) : match.start()]
            if imputation(ident):
                continue
            if plausible_id(ident, strict=True) and re.search(r"\d{2}", ident) and _HEADER_LINE.search(line):
                spans.append(make_span(text, match.start("id"), match.end("id"), self.label, 0.8))
        for match in alone.finditer(text):
            # A header line or column holding nothing but an identifier: ``24_DFB_04``, ``MOB 004-16822/24/BM``.
            ident = match.group("id")
            letters = any(ch.isalpha() for ch in ident) and not BUDGET_FORM.fullmatch(ident)
            referenced = _REFERENCE_BEFORE.search(text, max(0, match.start() - 30), match.start())
            parts = len(re.findall(r"[-/_.]", ident))
            if letters and not referenced and plausible_id(ident, strict=True) and parts >= 2:
                spans.append(make_span(text, match.start("id"), match.end("id"), self.label, 0.7))
        spans += layout_ids(text)
        return ordered(span for span in spans if not _address_or_receipt(text, span.start, span.end))

    def _listed_after(self, text: str, end: int, continued: re.Pattern[str]) -> list[Span]:
        """The identifiers that continue a list after the one ending at ``end`` (``… à …``, ``…, … et …``)."""
        listed = []
        while (more := continued.match(text, end)) and plausible_id(more.group("id"), strict=True):
            listed.append(make_span(text, more.start("id"), more.end("id"), self.label))
            end = more.end("id")
        return listed

    @staticmethod
    def _signed_context(
        text: str, sign: int, ident: str, clause_trigger: re.Pattern[str], direct_trigger: re.Pattern[str]
    ) -> bool:
        """Whether the ``n°`` at ``sign`` numbers a deliberation or a local act."""
        if not plausible_id(ident, strict=False, date_like=True):
            return False
        start = line_start(text, sign)
        if text[start - 2 : start] == "-\n":  # a word hyphenated across the line break
            start = line_start(text, start - 1)
        left = text[max(start, sign - 160) : sign]
        if not left.strip():  # ``(marché⏎n° 2024-067)``: the word numbering it ends the line above
            above = re.search(r"([\w.]+)[ \t(]*\n[ \t]*$", text[max(0, start - 40) : sign])
            if above and _NOT_ACTS.fullmatch(above.group(1)):
                return False
        stripped = left.rstrip(" \t*_#■").replace("-\n", "")
        if _state_decision(text, sign):
            return False
        previous = re.search(r"[\w.°]+$", stripped)
        previous_word = previous.group(0) if previous else ""
        if previous_word and _NOT_ACTS.fullmatch(previous_word):
            return False
        if direct_trigger.search(stripped + " "):
            return True
        if re.fullmatch(r"\d{1,2}", ident):  # an ordinal (``décisions modificatives n° 1``), not an identifier
            return False
        if not previous_word or left.endswith("  ") or stripped.endswith(("–", "—", "(", "|", "-")):
            # A header, a footer or a table cell: only identifiers that look like one.
            return plausible_id(ident, strict=True) and not re.fullmatch(r"\d{1,3}", ident)
        if re.search(r"\b(?:section|cadastr\w*)(?:\s+\w+){0,2}\s*$", stripped, re.IGNORECASE):
            return False
        clause = re.split(r"[;.]\s|\bVu\b", left)[-1]
        triggers = list(clause_trigger.finditer(clause))
        if not triggers:
            return False
        # ``délibération du bureau de l'EPF 44 n° …`` (no year, date or other number in between),
        # or a list: ``délibérations n° … du … et n° …``.
        between = clause[triggers[-1].end() :]
        return previous_word == "et" or stripped.endswith(",") or not re.search(r"\d{4}|[nN]°|/", between)
