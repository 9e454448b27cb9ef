"""The annotation linter: likely mistakes in valid data, located by ``FILE:LINE``, doc id and offsets.

Beyond the span rules of :mod:`training.data.lint_rules`, it looks across
spans: the same surface labelled differently in one file, a tagged surface
left untagged elsewhere in its document, a full date, a sum in euros,
``CGCT`` or ``chapitre 65`` left untagged, a DATE that belongs to the legal
reference before it (``loi n° … du <DATE>``), a LEGAL_REF cut before its date.

Example:
    >>> from model.span import Span
    >>> text = "Vu la loi n° 2019-1461 du 27 décembre 2019. M. Paul ROCHE puis Paul ROCHE."
    >>> doc = Document("d1", text, [Span(6, 22, "LEGAL_REF"), Span(26, 42, "DATE"), Span(47, 57, "OFFICIAL")])
    >>> for hit in lint_document(doc):
    ...     print(hit.start, hit.end, hit.rule)
    26 42 date-in-legal-ref
    63 73 untagged-occurrence
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from model.document import Document
from model.span import Span, sort_spans
from training.data.lint_rules import MONTHS, SPAN_RULES
from training.data.report import Origin

#: Surfaces shorter than this are not searched for untagged repeats (too common: `ROY`, `5 €`).
MIN_REPEAT_LENGTH = 4

_LEGAL_TYPE = (
    r"(?:loi|décret|ordonnance|circulaire|directive|règlement(?:\s*\(\s*(?:UE|CE|CEE)\s*\))?|arrêté"
    r"(?:\s+(?:préfectoral|ministériel|interministériel|interpréfectoral))?)"
)
# A legal text's type word, an optional number, then `du` right before a date.
_LEGAL_BEFORE_DATE = re.compile(
    rf"(?<![\w-]){_LEGAL_TYPE}(?:\s+(?:n°|n °|N°|no)\s*[\w./()-]+)?\s+(?:du|en\s+date\s+du)\s+$", re.IGNORECASE
)
_DATE_AFTER = re.compile(
    rf"^\s+(?:du|en\s+date\s+du)\s+(?:\d{{1,2}}(?:er)?\s+(?:{MONTHS})\s+\d{{4}}|\d{{1,2}}/\d{{1,2}}/\d{{2,4}})",
    re.IGNORECASE,
)
_JOIN = re.compile(r"^\s+(?:du|en\s+date\s+du)\s+$")
#: Entities so patterned that an untagged match is almost surely a missed one.
UNTAGGED_PATTERNS = {
    "DATE": re.compile(
        rf"(?<![\w-])\d{{1,2}}(?:er)?\s+(?:{MONTHS})\s+\d{{4}}(?![\w-])|(?<![\w/.-])\d{{1,2}}/\d{{1,2}}/\d{{4}}(?![\w/-])",
        re.IGNORECASE,
    ),
    "AMOUNT": re.compile(
        r"(?<![\w,.])(?:\d{1,3}(?:[ \u00a0\u202f.]\d{3})+|\d+)(?:,\d+)?\s?(?:[kM]?€|euros?(?!\w)|EUR(?!\w))"
    ),
    "LEGAL_REF": re.compile(r"(?<![\w-])(?:CGCT|CG3P|RGPD)(?![\w-])"),
    "BUDGET_CODE": re.compile(r"(?<![\w-])(?:[Cc]hapitres?|[Cc]omptes?|[Ii]mputation)\s+(?:[nN]°\s*)?\d{2,6}(?![\w-])"),
}


@dataclass(frozen=True, slots=True)
class Hit:
    start: int
    end: int
    label: str
    rule: str
    message: str


@dataclass(frozen=True, slots=True, order=True)
class Finding:
    path: str
    line: int
    doc_id: str
    start: int
    end: int
    label: str
    surface: str
    rule: str
    message: str

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}: {self.doc_id} [{self.start}:{self.end}]"
        return f"{where} {self.label} {self.surface!r}: {self.message} [{self.rule}]"


def lint_document(doc: Document) -> Iterator[Hit]:
    """Likely mistakes within one document, in no particular order."""
    spans = sort_spans(doc.spans)
    for span in spans:
        for rule, check in SPAN_RULES.items():
            message = check(doc, span)
            if message:
                yield Hit(span.start, span.end, span.label, rule, message)
    yield from _dates_of_legal_refs(doc.text, spans)
    yield from _untagged_repeats(doc.text, spans)
    yield from _untagged_patterns(doc.text, spans)


def _dates_of_legal_refs(text: str, spans: list[Span]) -> Iterator[Hit]:
    for n, span in enumerate(spans):
        before = spans[n - 1] if n else None
        if span.label == "DATE":
            if before is not None and before.label == "LEGAL_REF" and _JOIN.match(text[before.end : span.start]):
                yield Hit(
                    span.start, span.end, "DATE", "date-in-legal-ref", "belongs to the LEGAL_REF before it (G4/L1)"
                )
                continue
            window = text[max(before.end if before else 0, span.start - 120) : span.start]
            if match := _LEGAL_BEFORE_DATE.search(window):
                message = f"follows {match.group(0).strip()!r}: the date belongs to an untagged LEGAL_REF (L1)"
                yield Hit(span.start, span.end, "DATE", "date-in-legal-ref", message)
        elif span.label == "LEGAL_REF":
            after = text[span.end : spans[n + 1].start if n + 1 < len(spans) else len(text)]
            if match := _DATE_AFTER.match(after):
                message = f"stops before its date {match.group(0).strip()!r} (L1: the span runs through the date)"
                yield Hit(span.start, span.end, "LEGAL_REF", "legal-ref-date", message)


def _untagged_repeats(text: str, spans: list[Span]) -> Iterator[Hit]:
    tagged: dict[str, Span] = {}
    for span in spans:
        surface = text[span.start : span.end]
        if len(surface) >= MIN_REPEAT_LENGTH:
            tagged.setdefault(surface, span)
    for surface, example in tagged.items():
        pattern = r"\s+".join(re.escape(part) for part in surface.split())
        for match in re.finditer(rf"(?<![\w-]){pattern}(?![\w-])", text):
            if any(s.start < match.end() and match.start() < s.end for s in spans):
                continue
            message = f"left untagged, but tagged {example.label} at [{example.start}:{example.end}]"
            yield Hit(match.start(), match.end(), example.label, "untagged-occurrence", message)


def _untagged_patterns(text: str, spans: list[Span]) -> Iterator[Hit]:
    for label, pattern in UNTAGGED_PATTERNS.items():
        for match in pattern.finditer(text):
            if not any(s.start < match.end() and match.start() < s.end for s in spans):
                yield Hit(match.start(), match.end(), label, "untagged-entity", f"looks like a {label} left untagged")


def _inconsistent_labels(docs: list[Document]) -> Iterator[tuple[int, Hit]]:
    """The same surface labelled differently in one file: flag the less frequent label(s)."""
    by_surface: dict[str, list[tuple[int, Span]]] = defaultdict(list)
    for n, doc in enumerate(docs):
        for span in doc.spans:
            by_surface[" ".join(doc.text[span.start : span.end].split())].append((n, span))
    for surface, uses in by_surface.items():
        counts = Counter(span.label for _, span in uses)
        if len(counts) < 2 or len(surface) < 2:
            continue
        top = max(counts.values())
        majority = sorted(label for label, c in counts.items() if c == top)
        for n, span in uses:
            if counts[span.label] < top or len(majority) > 1:
                others = ", ".join(f"{c}× {label}" for label, c in counts.most_common() if label != span.label)
                yield n, Hit(span.start, span.end, span.label, "inconsistent-label", f"elsewhere labelled {others}")


def lint(docs: list[Document], origins: list[Origin], skip: Iterable[str] = ()) -> list[Finding]:
    """Every finding in one file's documents, sorted; ``skip`` names rules to leave out."""
    skip = set(skip)
    hits: list[tuple[int, Hit]] = [(n, hit) for n, doc in enumerate(docs) for hit in lint_document(doc)]
    hits += list(_inconsistent_labels(docs))
    findings = {
        Finding(
            origins[n].path,
            origins[n].line_of(docs[n].text, hit.start),
            docs[n].id,
            hit.start,
            hit.end,
            hit.label,
            docs[n].text[hit.start : hit.end],
            hit.rule,
            hit.message,
        )
        for n, hit in hits
        if hit.rule not in skip
    }
    return sorted(findings)


#: Every rule name, for ``--skip``.
RULES = (
    *SPAN_RULES,
    "date-in-legal-ref",
    "legal-ref-date",
    "untagged-occurrence",
    "untagged-entity",
    "inconsistent-label",
)
