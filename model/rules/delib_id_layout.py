"""DELIB_ID found by where it stands in the page rather than by the words before it (guidelines D3, G5).

- :data:`INTRODUCED`: a labelled field of the header or the signature box: ``Réf. : DLB 2019/164``,
  ``Numéro : 85/2025``, ``N° de la délibération : DL-22-91 EN DATE DU 16/03/22``.
- :data:`LISTED`: an item of the list of decisions the head took by delegation, the id first and its date after:
  ``- DP_RH_2024_0071 | 19.12.2024 | signature…``, ``AP 2016-1211 : 14/03/16 :``.
- :data:`ALONE`: a line of a running header or footer holding nothing but the id, or the id and the page:
  ``2023-072      1/2``, ``DC 22-130``.

A report reference that goes on with a service (``Réf. 2024-FIN-044 – Finances``) is no identifier; bare
budget imputations, years, pages, phone numbers and receipts alone on a line are not either.

Example:
    >>> text = "Réf. : 2019_101\\n- DEC-2024-001 | 08.01.2024 | avenant\\n2023-072      1/2\\n65-6574\\n2023-2024"
    >>> [span.text for span in layout_ids(text)]
    ['2019_101', 'DEC-2024-001', '2023-072']
"""

from __future__ import annotations

import re

from model.rules.base import make_span
from model.rules.ids import BUDGET_FORM, ID, plausible_id
from model.span import Span

_LABEL = "DELIB_ID"
_MARKUP = r"[ \t*_#■•]{0,8}"
#: What may follow an identifier on its line: nothing, its date, or the session it belongs to.
_AFTER_FIELD = (
    r"(?=[ \t*_]{0,40}(?:\n|$)|\s{1,3}(?:du|DU|en\s{1,3}date\s{1,3}du|EN\s{1,3}DATE\s{1,3}DU)\s"
    r"|\s{1,3}[–—-]\s{1,3}(?:[Ss][ée]ance|SÉANCE|\d))"
)
INTRODUCED = re.compile(
    rf"(?:^|(?<=\n)|(?<=  ))[ \t*_#■]{{0,8}}"
    rf"(?i:r[ée]f\.?|r[ée]f[ée]rence|num[ée]ro|n[°º]\s{{0,2}}de\s{{1,3}}la\s{{1,3}}"
    rf"d[ée]lib[ée]ration|n[°º]\s{{0,2}}d['’]ordre)\s{{0,3}}:\s{{0,3}}(?P<id>{ID}){_AFTER_FIELD}"
)
_DATE = r"(?:\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}-\d{2}-\d{2}|\d{1,2}(?:er)?\s[a-zA-Zéû]{3,9}\.?\s\d{4})"
_SP = r"[ \t\u00a0\u202f]"
LISTED = re.compile(rf"(?m)^{_SP}{{0,8}}(?:[-•*o▪–—]{_SP}{{0,3}})?(?P<id>{ID}){_SP}{{0,3}}[:|–—-]{_SP}{{0,3}}{_DATE}")
ALONE = re.compile(
    rf"(?m)(?:^{_MARKUP}|(?P<column>(?<=   )))(?P<id>{ID})[ \t*_]{{0,8}}"
    r"(?P<page>[ \t]{3,60}(?:[Pp]age\s{1,2})?\d{1,3}\s?/\s?\d{1,3})?[ \t]{0,40}$"
)
_YEAR = r"(?:19|20)\d{2}"
_YEAR_RANGE = re.compile(rf"{_YEAR}\s?[-/]\s?{_YEAR}")
#: ``L.2122-22``: an article number wrapped onto its own line.
_ARTICLE_NUMBER = re.compile(r"[A-Z]\.")


def layout_ids(text: str) -> list[Span]:
    """Identifiers in header fields, lists of decisions and running headers or footers."""
    spans = []
    for pattern, score in ((INTRODUCED, 0.85), (LISTED, 0.8), (ALONE, 0.75)):
        for match in pattern.finditer(text):
            labelled = pattern is INTRODUCED or (pattern is ALONE and match.group("page") is not None)
            if pattern is ALONE and match.group("column") is not None and not re.search("[A-Za-z]", match.group("id")):
                continue  # a figure in a table's right-hand column
            if _looks_like_id(match.group("id"), labelled=labelled):
                spans.append(make_span(text, match.start("id"), match.end("id"), _LABEL, score))
    return spans


def _looks_like_id(ident: str, *, labelled: bool) -> bool:
    """An act's number: a separator inside, and not a budget imputation, a range of years or an article number;
    unless a label names it (``Réf. : DCM20-8``), a part of three digits or more and no bare imputation shape."""
    prefixed = " " in ident or "\n" in ident
    core = ident.rsplit(" ", 1)[-1].rsplit("\n", 1)[-1]
    if not plausible_id(ident, strict=True) or not re.search(r"[-/_.]", core):
        return False
    if _YEAR_RANGE.fullmatch(core) or _ARTICLE_NUMBER.match(ident):
        return False
    return labelled or (bool(re.search(r"\d{3}", core)) and (prefixed or not imputation(core)))


def imputation(core: str) -> bool:
    """``65-6574``, ``011/6231/020``: a chapter and a nature (natures never start with 0 nor read as a year)."""
    if not BUDGET_FORM.fullmatch(core):
        return False
    nature = re.split(r"[-/]", core)[1]
    return not nature.startswith("0") and not re.fullmatch(r"(?:199\d|20[0-2]\d)", nature)
