"""BUDGET_CODE: budget imputations, as component chains or slash/dash forms.

One span runs from the first component word to the last code across commas,
dashes and slashes (``chapitre 65 – article 6574 – fonction 025``, ``compte 2313 / fonction 020``); labels, section
words and budget years stay outside. ``article`` opens a chain only in a budget
context with a nature-like code, so ``Article 1`` of the act never matches.

Example:
    >>> rule = BudgetCodeRule()
    >>> [s.text for s in rule("imputés au chapitre 011, article 615231 (entretien) et à l'imputation 204/20422/824")]
    ['chapitre 011, article 615231', 'imputation 204/20422/824']
    >>> [s.text for s in rule("Article 1 : du chapitre 21 au chapitre 23 ; comptes 1641 et 66111.")]
    ['chapitre 21', 'chapitre 23', 'comptes 1641 et 66111']
"""

from __future__ import annotations

import re
from functools import cache

from model.rules.base import SPACE, WRAP, lowered, make_span, ordered, soft, words
from model.span import Span

_FIRST_WORDS = (
    "chapitre", "chapitres", "nature", "natures", "compte", "comptes", "fonction", "fonctions", "sous-fonction",
    "sous-fonctions", "programme", "programmes", "opération", "opérations", "sous-politique", "sous-politiques",
    "article", "articles",
)  # fmt: skip
_NEXT_WORDS = ("politique", "politiques", "service", "services", "antenne", "antennes")
_FIRST = words([*(soft(w) for w in _FIRST_WORDS), r"chap\.", r"op\.", r"art\."])
_NEXT = words([*(soft(w) for w in _FIRST_WORDS + _NEXT_WORDS), r"chap\.", r"art\.", r"fonct\.", r"nat\.", r"op\."])
#: A code; the patterns run on lower-cased text (``p511``, ``ess-24``).
_CODE = r"(?:n[°º]\s?)?(?:[a-z]{1,5}[.-]?\d[\da-z]{0,9}(?:-\d{1,6})?|\d{1,10}(?:-\d{1,4})?[a-z]?)(?![\w/]|[.,]\d)"
_CODES = rf"{_CODE}(?:\s{{0,2}}(?:,|et)\s{{1,4}}{_CODE}){{0,8}}"
_LINK = rf"(?:{WRAP}|\s{{0,3}}[,–/-]?(?:{WRAP}|\s{{0,3}}))"
#: ``Article 3`` of the act opening the next line is no nature (natures have three digits or more).
_NOT_A_NATURE = r"(?!(?:articles?|art\.)\s{1,3}\d{1,2}(?!\d))"
_COMPONENT_NEXT = rf"(?:{_NOT_A_NATURE}(?:{_NEXT}){SPACE}(?::\s{{0,2}})?{_CODES}|c/\s?\d{{3,6}}(?![\w/]))"
#: ``204/20422/824``, ``13/1321``, ``23/2313-108``, ``74/7478-2023-16``, ``10/10226-ess-01``, ``65-6574-025``
#: (also hyphenated across a line), the chapter-function-nature order ``65-32-6574`` and the spaced form
#: ``77 / 7788 / 213``; two dash-joined parts only open a table row (``73-73111 Impôts directs``).
_SLASH = (
    r"\d{2,3}/\d{3,8}(?:/\d{1,4})?(?:-[\da-z]{1,6}){0,3}|\d{2,3}-\n?\d{2,8}-\n?\d{1,8}"
    r"|\d{2,3}[ \t]{1,2}/[ \t]{1,2}\d{3,8}[ \t]{1,2}/\s{1,2}\d{1,4}"
    r"|(?:(?<=^)|(?<=\n)|(?<=\n[ \t*•–-]))\d{2,3}-\d{4,8}(?=[ \t]+[^\W\d_])"
)
#: ``125/2021``: a number and a year is an act's number, not a chapter and a nature (no nature lies in 1990–2029).
_NUMBER_AND_YEAR = re.compile(r"\d{1,3}/(?:199\d|20[0-2]\d)")
_NUMERIC_DATE = re.compile(r"(?:3[01]|[12]\d|0?[1-9])-(?:1[0-2]|0?[1-9])-(?:\d{2}|\d{4})")
#: After ``Imputation :`` or ``imputé en``, any run of codes joined by dashes or slashes is an imputation.
_IMPUTED = (
    r"(?:imputations?(?:\s{1,3}budg[ée]taires?)?\s{0,3}:\s{0,3}|imput[ée]e?s?\s{1,3}(?:en|sur|au|à)\s{1,3})"
    r"(?P<code>\d{2,8}(?:\s{0,2}[-–/]\s{0,2}\d{2,8}){1,4})(?![\w/]|[.,-]\d)"
)

#: Words around ``article NNNN`` that make it a budget nature rather than an article of a text.
_BUDGET_CONTEXT = re.compile(
    r"budg[ée]t|chapitre|compte|imputation|imput[ée]|cr[ée]dits|nature|d[ée]penses?|recettes?|section|inscrit"
    r"|enveloppe|disponible|abonder",
    re.IGNORECASE,
)
#: A nature and its list under ``articles``: ``articles 66112, 6688 et 6615``.
_NATURES = re.compile(r"\d{3,8}(?:\s{0,2}(?:,|et)\s{1,4}\d{3,8}){0,8}")
_YEAR = re.compile(r"(?:19|20)\d{2}")
_AFTER_NUMBER_SIGN = re.compile(r"(?:[nN][°º]|[Dd][ée]lib[ée]ration)\s{0,3}$")


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    chain = re.compile(
        rf"(?<![\w-])(?<!\ben\s)(?P<first>{_FIRST}){SPACE}(?::\s{{0,2}})?(?P<code>{_CODES})(?:{_LINK}{_COMPONENT_NEXT}){{0,8}}"
        rf"|(?<![\w/])c/\s?\d{{3,6}}(?![\w/])(?:{_LINK}{_COMPONENT_NEXT}){{0,8}}",
    )
    bare = re.compile(
        rf"(?<![\w/.-])(?:imputation\s{{1,3}})?(?:{_SLASH})(?![\w/]|[.,-]\d)(?:{_LINK}{_COMPONENT_NEXT}){{0,8}}",
    )
    imputed = re.compile(rf"{_IMPUTED}(?P<tail>(?:{_LINK}{_COMPONENT_NEXT}){{0,8}})")
    return chain, bare, imputed


class BudgetCodeRule:
    """Budget imputations (guidelines B1–B6)."""

    label = "BUDGET_CODE"

    def __call__(self, text: str) -> list[Span]:
        chain, bare, imputed = _patterns()
        low = lowered(text)
        spans = [make_span(text, m.start("code"), m.end("tail"), self.label) for m in imputed.finditer(low)]
        for match in chain.finditer(low):
            if self._plausible(text, match):
                spans.append(make_span(text, match.start(), match.end(), self.label))
        for match in bare.finditer(low):
            if _NUMERIC_DATE.fullmatch(match.group()) or _NUMBER_AND_YEAR.fullmatch(match.group()):
                continue
            if not _AFTER_NUMBER_SIGN.search(text, max(0, match.start() - 20), match.start()):
                spans.append(make_span(text, match.start(), match.end(), self.label, 0.9))
        return ordered(spans)

    @staticmethod
    def _plausible(text: str, match: re.Match[str]) -> bool:
        first = (match.group("first") or "c/").lower()
        single = match.end() == match.end("code") if match.group("code") else False
        code = (match.group("code") or "").lstrip("nN°º ")
        if first.startswith(("compte", "nature", "article")) and code.isdigit() and len(code) < 3:
            return False  # natures and accounts have three digits or more: ``la commune compte 1 652 habitants``
        if first.startswith(("article", "art.")):
            if single and not _NATURES.fullmatch(code):
                return False
            return not single or bool(_BUDGET_CONTEXT.search(text, max(0, match.start() - 150), match.start()))
        # ``le programme 2024`` is a year, not a code.
        return not (single and first.startswith(("programme", "opération", "operation")) and _YEAR.fullmatch(code))
