"""Span rules of the annotation linter: each looks at one span and says what is likely wrong.

A rule is a named function ``(document, span) -> message | None`` keyed to the
guideline it enforces (``annotations/GUIDELINES.md``). They aim at few false
alarms: a clean gold file passes them all.

Example:
    >>> from model.span import Span
    >>> doc = Document("d", "Présents : M. Paul ROCHE, Maire.")
    >>> civility(doc, Span(11, 24, "OFFICIAL"))
    "starts with the civility 'M.' (civility is outside the name)"
    >>> edge_punctuation(doc, Span(14, 25, "OFFICIAL"))
    "ends with ',' (G1: surrounding punctuation is outside)"
    >>> civility(doc, Span(14, 24, "OFFICIAL")) is None
    True
"""

from __future__ import annotations

import re
from collections.abc import Callable

from model.document import Document
from model.span import Span

SpanRule = Callable[[Document, Span], str | None]

MONTHS = "janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre"
_CIVILITY = re.compile(
    r"^(M\.|MM\.|Mme|Mmes|Mlle|Mlles|Madame|Monsieur|Mesdames|Messieurs|Mademoiselle|Dr|Docteur|Maître|Me|Pr)\.?(?=\s|$)"
)
_AFTER_CIVILITY = re.compile(r"(?:M\.|MM\.|Mmes?|Madame|Monsieur)\s+$")
_INITIAL_NAME = re.compile(r"^[A-ZÀ-Ý]\.(?:-[A-ZÀ-Ý]\.)?\s")
_CIVILITY_INSIDE = re.compile(r"(?<=\s)(MM\.|Mme|Mmes|Madame|Monsieur)(?=\s)")  # a middle `M.` is an initial
# Role words in running text (capitalized or not); a surname in capitals (MAIRE) is not one.
_ROLE = re.compile(
    r"(?<![\w-])([Mm]aire|[Aa]djointe?|[Pp]r[ée]sidente?|[Vv]ice-[Pp]r[ée]sidente?|[Cc]onseill(?:er|ère)|"
    r"[Rr]apporteure?|[Dd][ée]l[ée]gu[ée]e?|[Ss]ecr[ée]taire|[Ss][ée]nat(?:eur|rice)|[Dd][ée]put[ée]e?|[Pp]r[ée]fète?)"
    r"(?![\w-])"
)
_NUMERO = re.compile(r"(?<!\w)[nN]\s?[°º]|(?<!\w)[Nn]um[ée]ro(?!\w)")
_DELIB_WORD = re.compile(r"^(d[ée]lib[ée]ration|D[ée]lib[ée]ration|DÉLIBÉRATION|DELIBERATION)(?!\w)")
_LEADING = set("«\"“”‘’'([{,;:.!?*_■#+-–—•·/")
_TRAILING = set("»\"“”‘’',;:!?*_■#(-–—•·/")
_CLOSERS = {")": "(", "]": "[", "}": "{"}
_ABBREVIATION_END = re.compile(r"(?:^|\s)(?:[^\W\d_]{1,2}\.(?:-?[^\W\d_]{1,2}\.)*|suiv\.)$")
_DETERMINER = re.compile(r"^(?:[lLdD]['’]|(?:[Dd]u|[Dd]e|[Dd]es|[Ll]e|[Ll]a|[Ll]es|[Aa]u|[Aa]ux)\s)")
_MARKDOWN = re.compile(r"\*\*|__|■")
_CURRENCY = re.compile(r"€|(?<![^\W\d_])(?:euros?|EUR|EUROS?|Euros?)(?![^\W\d_])")
_PERCENT = re.compile(r"%|pour\s?cent", re.IGNORECASE)
_UNIT_AFTER = re.compile(r"(?:€|euros?)\s*(?:/|par\s|le\s+m)", re.IGNORECASE)
_LEGAL_TAIL = re.compile(
    r"(?:\s(?:modifi[ée]e?s?|susvis[ée]e?s?|pr[ée]cit[ée]e?s?|ci-dessus|ci-apr[èe]s))$"
    r"|\s(?:relati(?:f|ve|fs|ves)\s+(?:à|au|aux)|portant|fixant|pris\s+pour)\s",
)
_SECTION = re.compile(r"^(?:section|budget)(?!\w)|section\s+(?:de\s+fonctionnement|d['’]investissement)", re.I)
_MONTH = re.compile(rf"(?<![^\W\d_])(?:{MONTHS})(?![^\W\d_])", re.IGNORECASE)
_NUMERIC_DATE = re.compile(r"\b\d{1,2}\s?[/.-]\s?\d{1,2}\s?[/.-]\s?\d{2,4}\b|\b\d{4}-\d{2}-\d{2}\b")
_YEAR = re.compile(r"\b(?:1[89]|20)\d{2}\b|(?<![^\W\d_])(?:mille|mil)(?![^\W\d_])", re.IGNORECASE)
_TIME = re.compile(r"\b\d{1,2}\s?h\s?(?:\d{2})?\b|(?<![^\W\d_])heures?(?![^\W\d_])", re.IGNORECASE)
_NAME_SEPARATOR = re.compile(r",|\s(?:et|-|–)\s")


def _surface(doc: Document, span: Span) -> str:
    return doc.text[span.start : span.end]


def _unbroken(surface: str) -> str:
    """The surface with PDF line-break hyphenation undone (``jan-⏎vier`` → ``janvier``)."""
    return " ".join(re.sub(r"-[^\S\n]*\n\s*", "", surface).split())


def civility(doc: Document, span: Span) -> str | None:
    """O3: civility (M., Mme, Madame, Monsieur…) is outside every span.

    ``M.`` is also an initial (``M. FAUCHER`` for Michel FAUCHER): it is not
    flagged after a civility, nor in a document that writes names with initials.
    """
    surface = _surface(doc, span)
    match = _CIVILITY.match(surface)
    if (
        match
        and match.group(1) == "M."
        and (_AFTER_CIVILITY.search(doc.text[max(0, span.start - 20) : span.start]) or _initials(doc))
    ):
        match = None
    if match:
        return f"starts with the civility {match.group(0)!r} (civility is outside the name)"
    if span.label == "OFFICIAL" and (match := _CIVILITY_INSIDE.search(surface)):
        return f"holds the civility {match.group(0)!r} (one span per name, civility outside)"
    return None


def _initials(doc: Document) -> bool:
    return any(
        s.label == "OFFICIAL" and _INITIAL_NAME.match(_surface(doc, s)) and not _surface(doc, s).startswith("M.")
        for s in doc.spans
    )


def role_word(doc: Document, span: Span) -> str | None:
    """O3: a role (Maire, adjointe, Président…) is outside an OFFICIAL span."""
    match = _ROLE.search(_surface(doc, span)) if span.label == "OFFICIAL" else None
    return f"holds the role word {match.group(0)!r} (O3: the span is the name only)" if match else None


def several_names(doc: Document, span: Span) -> str | None:
    """O6: each name of a list is its own span."""
    surface = _surface(doc, span)
    if span.label == "OFFICIAL" and _NAME_SEPARATOR.search(surface):
        return "looks like several names in one span (O6: one span per name)"
    return None


def numero(doc: Document, span: Span) -> str | None:
    """D1: ``n°`` and the word délibération are outside a DELIB_ID; nor belong in a name, date or amount."""
    surface = _surface(doc, span)
    if span.label in ("LEGAL_REF", "BUDGET_CODE"):  # `loi n° …` and `compte N°13912` keep it
        return None
    if match := _NUMERO.search(surface):
        return f"holds {match.group(0)!r} (D1: the identifier is without n°)"
    if span.label == "DELIB_ID" and (match := _DELIB_WORD.match(surface)):
        return f"starts with {match.group(0)!r} (D1: the identifier only)"
    return None


def edge_punctuation(doc: Document, span: Span) -> str | None:
    """G1/G3: surrounding quotes, brackets, markup and trailing , . ; : are outside."""
    surface = _surface(doc, span)
    first, last = surface[0], surface[-1]
    if first in _LEADING or (first in "([{" and surface.count(first) > surface.count(_closer(first))):
        return f"starts with {first!r} (G1: surrounding punctuation is outside)"
    if last in _TRAILING or (last in _CLOSERS and surface.count(last) > surface.count(_CLOSERS[last])):
        return f"ends with {last!r} (G1: surrounding punctuation is outside)"
    if last == "." and not _ABBREVIATION_END.search(surface):
        return "ends with '.' (G1: a trailing full stop is outside)"
    if match := _MARKDOWN.search(surface):
        return f"holds markup {match.group(0)!r} (G3)"
    return None


def _closer(opener: str) -> str:
    return next(close for close, open_ in _CLOSERS.items() if open_ == opener)


def determiner(doc: Document, span: Span) -> str | None:
    """L1/T1/B1: an article or preposition before the entity (``la loi``, ``le 1er juillet``) is outside."""
    match = _DETERMINER.match(_surface(doc, span)) if span.label != "OFFICIAL" else None
    return f"starts with {match.group(0).strip()!r} (the entity starts at its own first word)" if match else None


def legal_tail(doc: Document, span: Span) -> str | None:
    """L1: the title (relative à…, portant…) and qualifiers (modifiée, susvisée) are outside a LEGAL_REF."""
    match = _LEGAL_TAIL.search(_surface(doc, span)) if span.label == "LEGAL_REF" else None
    return f"holds {match.group(0).strip()!r} (L1: title and qualifiers are outside)" if match else None


def amount_shape(doc: Document, span: Span) -> str | None:
    """A3/A5/A6/A4: an AMOUNT has one currency, no unit after it, and is not a percentage."""
    if span.label != "AMOUNT":
        return None
    surface = _unbroken(_surface(doc, span))
    currencies = len(_CURRENCY.findall(surface))
    if currencies == 0:
        return "has no currency (A3: € / euros / EUR is required)"
    if currencies > 1:
        return "holds two currency mentions (A4: words and figures are two spans)"
    if _PERCENT.search(surface):
        return "holds a percentage (A6)"
    if _UNIT_AFTER.search(surface):
        return "holds a unit after the currency (A5: '0,42 €' par habitant)"
    return None


def budget_section(doc: Document, span: Span) -> str | None:
    """B3: the section word and the budget name are outside a BUDGET_CODE."""
    match = _SECTION.search(_surface(doc, span)) if span.label == "BUDGET_CODE" else None
    return f"holds {match.group(0)!r} (B3: section and budget are outside)" if match else None


def date_shape(doc: Document, span: Span) -> str | None:
    """T1/T3/T4: a DATE has a day, a month and a year, no time of day, and is one date."""
    if span.label != "DATE":
        return None
    surface = _unbroken(_surface(doc, span))
    numeric = _NUMERIC_DATE.findall(surface)
    months = list(_MONTH.finditer(surface))
    if len(numeric) + len(months) > 1:
        return "holds two dates (T4: a range gives two spans)"
    if _TIME.search(surface):
        return "holds a time of day (T3: the time is outside)"
    if numeric:
        return None
    if not months:
        return "has no month (T1: a full calendar date)"
    if not _YEAR.search(surface):
        return "has no year (T3: a day and month alone is not a date)"
    if not re.search(r"\w", surface[: months[0].start()]):
        return "has no day (T3: a month and year alone is not a date)"
    return None


def name_case(doc: Document, span: Span) -> str | None:
    """A name has a capital letter; a lowercase OFFICIAL is likely a role or a common word."""
    surface = _surface(doc, span)
    if span.label == "OFFICIAL" and not any(ch.isupper() for ch in surface):
        return "has no capital letter (is it a name?)"
    return None


SPAN_RULES: dict[str, SpanRule] = {
    "civility": civility,
    "role-word": role_word,
    "several-names": several_names,
    "numero": numero,
    "punctuation": edge_punctuation,
    "determiner": determiner,
    "legal-title": legal_tail,
    "amount-shape": amount_shape,
    "budget-section": budget_section,
    "date-shape": date_shape,
    "name-case": name_case,
}
