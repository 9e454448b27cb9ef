"""LEGAL_REF: laws, ordinances, decrees, State arrêtés, circulars, EU texts, codes and their articles.

A reference runs from its type word to the last of its number, its date and
its code or parent text; titles (``relative à…``) and qualifiers after the date
stay outside. An article is a reference when its number has a code letter
(``L.``, ``R.``, ``D.``), when its code or parent text follows, or when a visa
points back to the text it cites (``Vu la loi …, notamment son article 10``).

Example:
    >>> rule = LegalRefRule()
    >>> text = "Vu la loi n° 2019-1461 du 27 décembre 2019 relative à l'engagement ; l'article 3 de la convention"
    >>> [s.text for s in rule(text)]
    ['loi n° 2019-1461 du 27 décembre 2019']
    >>> [s.text for s in rule("ses articles L.1411-1 et suivants ; l'article 72 de la Constitution")]
    ['articles L.1411-1 et suivants', 'article 72 de la Constitution']
"""

from __future__ import annotations

import re
from functools import cache

from model.rules.base import ACCENT_CLASSES, SPACE, make_span, ordered, soft, words
from model.rules.date import ANY_DATE, DAY_NUM, MONTH
from model.rules.lexicon import CODE_ACRONYMS, CODES, NAMED_LAWS, STANDALONE_ACRONYMS
from model.span import Span

_S = SPACE


def _code_pattern(name: str) -> str:
    """A code's name as PDF extraction may leave it: spaces doubled or broken, long words hyphenated across a line
    (``collectivités ter-⏎ritoriales``), accents lost (``Code general des collectivites``)."""
    pieces = []
    for word in name.split():
        escaped = [ACCENT_CLASSES.get(ch) or re.escape(ch).replace("'", "['’]") for ch in word]
        pieces.append("(?:-\n[ \t]{0,8})?".join(escaped) if len(word) > 5 else "".join(escaped))
    return _S.join(pieces)


_NUMBER = (
    rf"(?:n[°º]|no\.?)(?:{_S}|\s?)[A-Z0-9][A-Za-z0-9]{{0,12}}(?:(?:[-/.]|-\n[ \t]{{0,8}})[A-Za-z0-9]{{1,12}}){{0,5}}"
    r"(?![\w-])"
)
#: A text's number written without ``n°``: ``loi 2004-809``, ``décret 2019-1414``, ``loi 83-8``.
_BARE_NUMBER = r"(?:\d{2}|\d{4})-(?:\n[ \t]{0,8})?\d{1,5}(?![\w-])"
#: The text's date; inside a reference a date cut by a page break keeps its day and month (``du 24 août⏎⏎…``).
_DATE_PART = rf"(?:{_S}(?:du|en{_S}date{_S}du){_S}(?:{ANY_DATE}|{DAY_NUM}{_S}{MONTH}(?=\s*\n)))"
#: Who signed it, between number and date: ``circulaire n° 5811/SG du Premier ministre du …``.
_ISSUER = rf"(?:{_S}(?:du|de{_S}la){_S}(?:Premier{_S}ministre|ministre(?:{_S}[\w'’-]+){{0,6}}?))"
#: A State arrêté: qualified, or bare but dated (a bare numbered arrêté is the authority's own act, L6).
_STATE_ARRETE = (
    rf"arr[êe]t[ée]s?{_S}(?:pr[ée]fectoral|minist[ée]riel|interminist[ée]riel|interpr[ée]fectoral|inter-pr[ée]fectoral"
    rf"|conjoint)"
)
_TYPE = (
    rf"(?:lois?(?:{_S}(?:organique|constitutionnelle))?|d[ée]crets?(?:{_S}en{_S}Conseil{_S}d['’][ÉE]tat)?"
    rf"|ordonnances?|circulaires?(?:{_S}(?:minist[ée]rielle|interminist[ée]rielle|pr[ée]fectorale))?"
    rf"|{_STATE_ARRETE})"
)
_FINANCE_LAW = (
    rf"lois?{_S}de{_S}(?:fi|ﬁ)nances(?:{_S}rectificative)?{_S}pour{_S}(?:l['’]ann[ée]e{_S})?\d{{4}}"
    rf"(?:{_S}{_NUMBER})?{_DATE_PART}?"
)
_NAMED_LAWS = words(re.escape(name).replace("\\ ", _S) for name in NAMED_LAWS)
#: A law known by a name: listed ones, or a capitalised name after ``loi`` (``loi Galland``, ``loi ASV``,
#: ``loi EGAlim``).
_NAMED = (
    rf"lois?{_S}(?-i:{_NAMED_LAWS}|(?!(?:Le|La|Les|Un|Une|Du|De|Des|En)\b)(?:[A-Z][a-zà-ÿ]{{2,}}|[A-Z0-9]{{2,}}[a-z]{{0,4}})"
    rf"(?:{_S}et{_S}[A-Z][a-zà-ÿ]{{2,}})?)(?![\w])(?:{_S}{_NUMBER})?{_DATE_PART}?"
)
#: A law named by its title before its number (L11): ``loi d'orientation des mobilités n° 2019-1428 du …``.
_TITLED_LAW = (
    rf"lois?{_S}(?:d['’]\s?|de{_S}|du{_S}|des{_S}|pour{_S})[\w'’-]+(?:{_S}[\w'’-]+){{0,6}}?"
    rf"{_S}(?:n[°º]|no\.?)\s{{0,2}}\d{{2,4}}-\d{{1,5}}(?![\w-]){_DATE_PART}?"
)
_RGPD = rf"r[èe]glement{_S}g[ée]n[ée]ral{_S}sur{_S}la{_S}protection{_S}des{_S}donn[ée]es(?:{_S}personnelles)?"
TEXT_REF = (
    rf"(?:{_TYPE}(?:{_S}modifi[ée]e?)?{_ISSUER}?(?:{_S}(?:{_NUMBER}|{_BARE_NUMBER}){_ISSUER}?{_DATE_PART}?|{_DATE_PART})"
    rf"|arr[êe]t[ée]s?{_DATE_PART}|{_FINANCE_LAW}|{_TITLED_LAW}|{_NAMED}|{_RGPD})"
)
EU_REF = (
    # ``décision d'exécution de la Commission C(2022) 5627 du 27 juillet 2022``
    rf"(?:d[ée]cision{_S}d['’]ex[ée]cution{_S}de{_S}la{_S}Commission{_S}C\(\d{{4}}\){_S}?\d{{1,5}}{_DATE_PART}?"
    rf"|(?:r[èe]glement|directive)(?:{_S}(?:d['’]ex[ée]cution|d[ée]l[ée]gu[ée]))?{_S}(?:\((?:UE|CE|CEE|Euratom)\){_S})?"
    r"(?:n[°º]\s{0,2})?\d{1,4}/\d{1,4}(?:/(?:UE|CE|CEE))?(?![\w/])"
    rf"(?:{_S}(?:du{_S}Parlement{_S}europ[ée]en{_S}et{_S}du{_S}Conseil|de{_S}la{_S}Commission|du{_S}Conseil))?"
    rf"{_DATE_PART}?)"
)
#: EU treaties, cited like codes.
TREATY = rf"trait[ée]{_S}sur{_S}(?:le{_S}fonctionnement{_S}de{_S})?l['’]Union{_S}europ[ée]enne|TFUE"
#: ``articles 107 et 108 du traité`` once the treaty has been named (not ``traité de concession``, a contract).
_TREATY_AGAIN = rf"trait[ée](?!{_S}de\b)(?![\w-])"
CODE_NAME = words(_code_pattern(name) for name in CODES)
_ACRONYM = rf"(?-i:{words(CODE_ACRONYMS)}|CSP|CU|CE|CT|RGPD|RGEC)(?![\w-])"
_LATIN = r"(?:bis|ter|quater|quinquies|sexies|septies|octies|nonies|decies)"
#: An article number, with the letter and Latin suffixes of the tax code: ``1636 B sexies``, ``1609 nonies C``,
#: ``279 b quater``.
_ART_NUM = (
    r"(?:(?:L\.?\s?O|L|R|D)\s{0,2}\.?\s{0,3}\*?\s{0,2})?(?:1er|\d{1,5}(?:-(?:\n[ \t]{0,8})?\d{1,5}){0,4})"
    rf"(?:\s{{1,2}}{_LATIN}(?:\s{{1,2}}(?-i:[A-Z])(?![\w.]))?|\s{{1,2}}(?-i:[A-Z])(?:\s{{1,2}}{_LATIN})?(?![\w.])"
    rf"|\s{{1,2}}(?-i:[a-z])\s{{1,2}}{_LATIN})?"
)
#: An article number with its paragraph marks: ``L. 332-8 2°``, ``L. 332-8 (2°)``, ``L. 5216-5 VI``.
_ART_ITEM = (
    rf"{_ART_NUM}(?:\s{{0,2}}\(\d{{1,2}}°\)|,?\s\d{{1,2}}°|\s(?-i:I{{1,3}}|IV|VI{{0,3}}|IX|X)(?![\w.])(?:,?\s\d{{1,2}}°)?)?"
    rf"(?:{_S}et{_S}(?:sui(?:-\n)?vants|suiv\.?))?"
)
#: A list of article numbers; a footnote mark may follow (``R. 4311-9¹``), outside the span.
_ART_LIST = rf"{_ART_ITEM}(?:(?:\s{{0,2}},\s{{0,3}}|{_S}(?:et|à|au|ou){_S}){_ART_ITEM}){{0,12}}(?![0-9A-Za-zÀ-ÿ_-])"
_TARGET = (
    rf"(?:{_S}(?:(?:du|de{_S}la|de{_S}l['’]|des|d['’])\s{{0,3}}"
    rf"(?:{CODE_NAME}|{_ACRONYM}|m[êe]me{_S}code|pr[ée]sent{_S}code|Constitution|{TREATY}|{_TREATY_AGAIN}|{TEXT_REF}"
    rf"|{EU_REF})"
    rf"|dudit{_S}code|de{_S}ce{_S}code))"
)
ARTICLE = rf"(?:{soft('article')}s?|art\.){_S}(?P<numbers>{_ART_LIST})(?P<target>{_TARGET})?"

#: An abbreviation in parentheses right after a code's name.
_PAREN_ACRONYM = re.compile(r"\s{0,3}\(\s?(?P<acronym>[A-Z][A-Z0-9]{1,7})\s?\)")
#: A visa continuing on the text it cites: ``Vu la loi …, notamment son article 10``.
_BACK_REFERENCE = re.compile(r"\b(?:son|ses|leur|leurs)\s{1,3}$", re.IGNORECASE)
_CITED_TEXT = re.compile(
    r"\b(?:loi|d[ée]cret|ordonnance|code|r[èe]glement|directive|arr[êe]t[ée]|trait[ée]|"
    + "|".join(CODE_ACRONYMS)
    + r")\b",
    re.I,
)


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    flags = re.IGNORECASE
    texts = re.compile(rf"(?<![\w])(?:{ARTICLE}|{TEXT_REF}|{EU_REF})", flags)
    codes = re.compile(rf"(?<![\w])(?:{CODE_NAME}|{TREATY})(?![\w])", flags)
    acronyms = re.compile(rf"(?<![\w-]){words(STANDALONE_ACRONYMS)}(?![\w-])")
    return texts, codes, acronyms


class LegalRefRule:
    """References to legal texts (guidelines L1–L8)."""

    label = "LEGAL_REF"

    def __call__(self, text: str) -> list[Span]:
        texts, codes, acronyms = _patterns()
        spans = []
        for match in texts.finditer(text):
            if match.group("numbers") is not None and not self._article_is_reference(text, match):
                continue
            spans.append(make_span(text, match.start(), match.end(), self.label))
            # ``loi d'orientation des mobilités n° 2019-1428 du 24 décembre 2019 (LOM)`` (L12)
            if match.group("numbers") is None and (acronym := _PAREN_ACRONYM.match(text, match.end())):
                spans.append(make_span(text, acronym.start("acronym"), acronym.end("acronym"), self.label, 0.9))
        for match in codes.finditer(text):
            spans.append(make_span(text, match.start(), match.end(), self.label))
            # ``Code de justice administrative (CJA)``: the abbreviation the text gives the code (L3, L10)
            if acronym := _PAREN_ACRONYM.match(text, match.end()):
                spans.append(make_span(text, acronym.start("acronym"), acronym.end("acronym"), self.label, 0.9))
        spans += [make_span(text, m.start(), m.end(), self.label, 0.9) for m in acronyms.finditer(text)]
        return ordered(spans)

    @staticmethod
    def _article_is_reference(text: str, match: re.Match[str]) -> bool:
        """Articles of the act itself, of a convention or a budget nature are not references (L8, B5)."""
        if match.group("target") or re.match(r"(?:L\.?\s?O|L|R|D)\b|[LRD]\.?\s*\d", match.group("numbers")):
            return True
        before = text[max(0, match.start() - 600) : match.start()]
        if not _BACK_REFERENCE.search(before):
            return False
        # The cited text is in the same visa (``Vu …``) or, failing one, the same sentence.
        visa = re.split(r"(?:^|\n)\s*Vu\b|;|\.\s", before, flags=re.IGNORECASE)[-1]
        return bool(_CITED_TEXT.search(visa))
