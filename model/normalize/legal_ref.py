"""LEGAL_REF → ``{"kind", "number", "date", "article", "code"}`` (``None`` where it does not apply).

``kind`` is the type of the text cited (``loi``, ``décret``, ``ordonnance``,
``arrêté``, ``circulaire``, ``règlement``, ``directive``, ``code``, ``constitution``,
``traité``), or ``article`` for an article whose text is not named; codes are
expanded from their abbreviations; named laws and acronyms add a ``name``.

Example:
    >>> normalize_legal_ref("article L. 2121-29 du CGCT")["code"]
    'Code général des collectivités territoriales'
    >>> ref = normalize_legal_ref("article 10 de la loi n° 2000-321 du 12 avril 2000")
    >>> ref["kind"], ref["number"], ref["date"], ref["article"]
    ('loi', '2000-321', '2000-04-12', '10')
"""

from __future__ import annotations

import re
from typing import Any

from model.normalize import register
from model.normalize.date import normalize_date
from model.normalize.text import fold, unbreak
from model.rules.lexicon import CODE_ACRONYMS, CODES, NAMED_LAWS, STANDALONE_ACRONYMS

_KINDS = (
    ("constitution", r"constitution"),
    ("traité", r"traite|tfue"),
    ("loi", r"lois?"),
    ("ordonnance", r"ordonnances?"),
    ("décret", r"decrets?"),
    ("arrêté", r"arretes?"),
    ("circulaire", r"circulaires?"),
    ("règlement", r"reglements?"),
    ("directive", r"directives?"),
    ("code", r"code"),
)
_EU_ACRONYMS = {"RGPD": "2016/679", "RGEC": "651/2014"}
_CODE_BY_FOLDED = {fold(name): name for name in CODES}
_NUMBER = re.compile(r"\bn[°º]\s?([A-Za-z0-9][\w/.-]*[A-Za-z0-9]|\d)|\b(\d{1,4}/\d{1,4}(?:/(?:UE|CE|CEE))?)\b")
_DATE = re.compile(r"\bdu\s+((?:\S+\s+){0,1}\S+\s+\S+\s+\S+)$|\b(\d{1,2}[/.]\d{1,2}[/.]\d{2,4})$")
_ARTICLES = re.compile(r"^(?:articles?|art\.)\s+(.+?)(?:\s+(?:du|de la|de l['’]|des|d['’]|dudit|de ce)\s.*)?$", re.I)


@register("LEGAL_REF")
def normalize_legal_ref(surface: str) -> dict[str, Any] | None:
    """The parts of a legal reference that its surface states."""
    text = unbreak(surface)
    folded = fold(text)
    if text in STANDALONE_ACRONYMS:
        acronym_code = CODE_ACRONYMS.get(text)
        if acronym_code:
            return _value("code", code=acronym_code)
        return _value("règlement", number=_EU_ACRONYMS.get(text), name=text)
    article = _article(text)
    parent = re.split(r"\b(?:du|de la|de l'|des|d')\s", folded, maxsplit=1)[-1] if article else folded
    kind = next((name for name, pattern in _KINDS if re.match(pattern + r"\b", parent.strip())), None)
    code = _code(text)
    if kind is None and code is None and "meme code" not in folded and "dudit code" not in folded:
        kind = "article" if article else None
    elif kind is None:
        kind = "code"
    number = _NUMBER.search(text)
    date = _DATE.search(text)
    date_value = normalize_date(date.group(1) or date.group(2)) if date else None
    name = next((n for n in NAMED_LAWS if re.search(rf"\bloi\s+{re.escape(n)}$", text)), None)
    if name is None and re.fullmatch(r"lois?\s+[A-Z]\S.*", text):
        name = text.split(None, 1)[1]
    return _value(
        kind,
        number=(number.group(1) or number.group(2)) if number else None,
        date=date_value["iso"] if date_value else None,
        article=article,
        code=code,
        name=name,
    )


def _value(kind: str | None, **parts: Any) -> dict[str, Any]:
    value = {"kind": kind, "number": None, "date": None, "article": None, "code": None}
    value.update({key: part for key, part in parts.items() if key != "name"})
    if parts.get("name"):
        value["name"] = parts["name"]
    return value


def _article(text: str) -> str | None:
    """``L. 2121-29 et L. 2311-1`` → ``L2121-29 et L2311-1``; ``None`` for a reference without article."""
    match = _ARTICLES.match(text)
    if match is None:
        return None
    numbers = re.sub(
        r"\b(L\.?\s?O|[LRDA])\.?\s*(?=\d)", lambda m: m.group(1).replace(".", "").replace(" ", ""), match.group(1)
    )
    return " ".join(numbers.split())


def _code(text: str) -> str | None:
    """The full name of the code the reference cites, when it names one."""
    folded = fold(text)
    for folded_name, name in sorted(_CODE_BY_FOLDED.items(), key=lambda item: -len(item[0])):
        if folded_name.replace("'", "['’]") and re.search(re.escape(folded_name).replace("'", "['’]"), folded):
            return name
    acronym = re.search(r"\b(" + "|".join(sorted(CODE_ACRONYMS, key=len, reverse=True)) + r")\b", text)
    return CODE_ACRONYMS[acronym.group(1)] if acronym else None
