"""OFFICIAL: names of elected members, as spaCy ``Matcher`` name shapes kept by their context.

Tokens of a name-friendly tokenizer carry a class (see :mod:`model.rules.tokens`);
``Matcher`` patterns over those classes give every name shape: ``Prénom NOM``,
``NOM Prénom``, ``NOM`` alone, ``J.-P. NOM``, with particles, ``épouse``/``née``
and line breaks inside. :class:`~model.rules.official_context.Context` keeps
the shapes that name an elected member; plural civilities open lists of
surnames; a weighted interval choice keeps, among overlapping shapes, the
tiling that covers the most name tokens.

Example:
    >>> rule = OfficialRule()
    >>> text = "Présents : Paul ROCHE – Inès TALBI. Secrétaire : Mme Bernadette N'GUYEN. CONTRE : 2 (Mme ROCHE)"
    >>> [s.text for s in rule(text)]
    ['Paul ROCHE', 'Inès TALBI', "Bernadette N'GUYEN", 'ROCHE']
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import cached_property
from typing import Any

from model.rules.base import make_span
from model.rules.lexicon import CIVILITIES, PLURAL_CIVILITIES
from model.rules.names import known_first_name
from model.rules.official_context import Context
from model.rules.tokens import UPPER_PARTICLES, make_nlp, token_class
from model.span import Span


def _token(cls: str, op: str | None = None) -> dict[str, Any]:
    return {"NORM": cls, "OP": op} if op else {"NORM": cls}


_BREAK = _token("BRK", "?")
_PARTICLE = {"NORM": {"IN": ["PART", "DE"]}, "OP": "?"}
#: One to four surname pieces, a line break allowed between them.
_SURNAMES = [_token("SUR")] + [_BREAK, _token("SUR", "?")] * 3
_OPENED_SURNAMES = [_token("DE", "?"), *_SURNAMES]  # ``de ROCHEMAURE``
_FIRSTS = [_token("FIRST"), _BREAK, _token("FIRST", "?")]
PATTERNS: dict[str, list[list[dict[str, Any]]]] = {
    "first_last": [
        [*_FIRSTS, _BREAK, _PARTICLE, _PARTICLE, *_SURNAMES],
        [*_FIRSTS, _BREAK, *_SURNAMES, _token("LINK"), *_SURNAMES[:3]],
    ],
    "last_first": [[*_OPENED_SURNAMES, _BREAK, *_FIRSTS]],
    "initials_last": [[_token("INIT"), _BREAK, *_SURNAMES]],
    "last": [_OPENED_SURNAMES],
}
_CIVILITY = frozenset(CIVILITIES)
_LONG_CHUNK = re.compile(r"\S{64,}")
_FUNCTION_WORDS = frozenset({"de", "du", "des", "d'", "la", "le", "les", "et", "en", "sur", "pour", "au", "aux"})
_PLURAL = frozenset(PLURAL_CIVILITIES)


@dataclass(frozen=True, slots=True)
class _Candidate:
    start: int  # token indices, ``end`` exclusive
    end: int
    kind: str
    breaks: int


class _Tokens:
    """Plain lists of a doc's token texts, offsets and classes; the classes also go to ``NORM`` for the matcher.

    Arrays, not ``Token`` objects: building one per token would cost more than all the matching.
    """

    def __init__(self, doc: Any, text: str):
        import numpy

        offsets = doc.to_array(["IDX", "LENGTH"]).tolist() if len(doc) else []
        self.idx = [start for start, _ in offsets]
        self.text = [text[start : start + length] for start, length in offsets]
        self.cls = [token_class(token) for token in self.text]
        if offsets:
            hashes = {cls: doc.vocab.strings.add(cls) for cls in set(self.cls)}
            norms = numpy.array([hashes[cls] for cls in self.cls], dtype="uint64").reshape(-1, 1)
            doc.from_array(["NORM"], norms)

    def chars(self, start: int, end: int) -> tuple[int, int]:
        return self.idx[start], self.idx[end - 1] + len(self.text[end - 1])

    def previous(self, index: int, skip: int = 0) -> str:
        """The ``skip``-th non-space token before ``index``."""
        index -= 1
        while index >= 0:
            if not self.text[index].isspace():
                if skip == 0:
                    return self.text[index]
                skip -= 1
            index -= 1
        return ""


class OfficialRule:
    """Names of elected members (guidelines O1–O7)."""

    label = "OFFICIAL"

    @cached_property
    def _pipeline(self) -> tuple[Any, Any]:
        from spacy.matcher import Matcher

        nlp = make_nlp()
        matcher = Matcher(nlp.vocab)
        for kind, patterns in PATTERNS.items():
            matcher.add(kind, patterns)
        return nlp, matcher

    def __call__(self, text: str) -> list[Span]:
        nlp, matcher = self._pipeline
        # No name is that long; blanking such runs (offsets kept) spares the tokenizer a quadratic affix loop.
        blanked = _LONG_CHUNK.sub(lambda match: " " * len(match.group()), text)
        doc = nlp.make_doc(blanked)
        tokens = _Tokens(doc, blanked)
        context = Context(text)
        scored: list[tuple[_Candidate, float]] = []
        for cand in _candidates(doc, matcher, tokens):
            score = _score(cand, tokens, context)
            if score is not None:
                scored.append((cand, score))
        for start, end in _plural_lists(tokens):
            cand = _Candidate(start, end, "last", tokens.cls[start:end].count("BRK"))
            if context.allowed(*tokens.chars(start, end)):
                scored.append((cand, 0.95))
        return [
            make_span(text, *tokens.chars(cand.start, cand.end), self.label, score)
            for cand, score in _best_tiling(scored)
        ]


def _candidates(doc: Any, matcher: Any, tokens: _Tokens) -> list[_Candidate]:
    """The longest shape of each kind at each start whose line breaks are plausible inside a name."""
    longest: dict[tuple[int, int], int] = {}
    for match_id, start, end in matcher(doc):
        while end > start and tokens.cls[end - 1] == "BRK":
            end -= 1
        key = (start, match_id)
        if end > longest.get(key, start) and _breaks_ok(tokens, start, end):
            longest[key] = end
    strings = doc.vocab.strings
    return [
        _Candidate(start, end, strings[match_id], tokens.cls[start:end].count("BRK"))
        for (start, match_id), end in longest.items()
    ]


def _breaks_ok(tokens: _Tokens, start: int, end: int) -> bool:
    """A line break inside a name follows a hyphen, touches a particle, or separates first and last names."""
    for i in range(start + 1, end - 1):
        if tokens.cls[i] != "BRK":
            continue
        before, after = tokens.text[i - 1], tokens.text[i + 1]
        if before.endswith("-") or before.rsplit("-", 1)[-1] in UPPER_PARTICLES or after in UPPER_PARTICLES:
            continue
        if (tokens.cls[i - 1] in ("FIRST", "INIT", "PART")) != (tokens.cls[i + 1] == "FIRST"):
            continue
        return False
    return True


def _score(cand: _Candidate, tokens: _Tokens, context: Context) -> float | None:
    """The confidence that this shape names an elected member, or ``None``."""
    score = _context_score(cand, tokens, context)
    if score is None or (score < 1 and _label_like(cand, tokens)):
        return None
    return score if context.allowed(*tokens.chars(cand.start, cand.end)) else None


def _context_score(cand: _Candidate, tokens: _Tokens, context: Context) -> float | None:
    """What the words around the shape say, strongest first."""
    previous = tokens.previous(cand.start)
    if tokens.cls[cand.start] == "DE" and previous not in _CIVILITY and previous not in _PLURAL:
        return None  # ``pouvoir de DUPONT Jean``: a preposition, not a particle
    if previous in _CIVILITY or previous in _PLURAL:
        couple = tokens.previous(cand.start, 1) == "et" and tokens.previous(cand.start, 2) in _CIVILITY
        return None if couple else 1.0  # ``M. et Mme DUPONT`` are citizens in these texts
    if cand.kind == "last":
        return None
    start, end = tokens.chars(cand.start, cand.end)
    if previous == "(":  # ``(APF France handicap)`` is no name; ``CONTRE (DUPONT Jean)`` is
        return 0.95 if context.in_vote(start) else None
    if context.in_attendance(start) or context.after_proxy(start) or context.in_vote(start):
        return 0.95
    if context.signature_or_role(start, end):
        return 0.9
    first = tokens.text[cand.start] if cand.kind == "first_last" else tokens.text[cand.end - 1]
    if cand.kind in ("first_last", "last_first") and not cand.breaks and known_first_name(first):
        return 0.8
    return None


def _label_like(cand: _Candidate, tokens: _Tokens) -> bool:
    """A shape that goes on like a label or a sentence is no name.

    ``CTE Châteaubriant-Derval :`` and ``CTE Nantes Métropole :`` label a list; ``CTE Pays de Retz``
    goes on with a preposition; ``MOIGNE⏎Signé électroniquement`` opens the next line's sentence.
    """
    following = []
    for word in tokens.text[cand.end : cand.end + 8]:
        if "\n" in word:
            break  # the rest of the line only
        if not word.isspace():
            following.append(word)
    for word in following[:4]:
        if word == ":":
            return True
        if not word[:1].isalpha() or word in _CIVILITY or word in _PLURAL:
            break
    if cand.kind != "last_first":
        return False
    if not following:  # ``MOIGNE⏎Signé électroniquement``: the first name is the next line's first word
        following = [t for t in tokens.text[cand.end : cand.end + 3] if not t.isspace()]
        split_by_line = any(
            tokens.cls[i] == "BRK" and tokens.cls[i - 1] == "SUR" and tokens.cls[i + 1] == "FIRST"
            for i in range(cand.start + 1, cand.end - 1)
        )
        return split_by_line and bool(following) and following[0][:1].islower()
    return following[0] in _FUNCTION_WORDS


def _plural_lists(tokens: _Tokens) -> list[tuple[int, int]]:
    """Surnames listed under a plural civility: ``MM. LECONTE, LAMORT et DE SAINT-JORES``."""
    runs = []
    cls, text, n = tokens.cls, tokens.text, len(tokens.text)
    for index, word in enumerate(text):
        if word not in _PLURAL:
            continue
        i = index + 1
        while i < n:
            while i < n and (cls[i] == "BRK" or text[i] in ("le", "Dr", "Dr.")):  # ``…, le Dr ROCHARD, …``
                i += 1
            j = i
            while j < n and (cls[j] == "SUR" or (cls[j] == "BRK" and j > i and j + 1 < n and _joins(tokens, j))):
                j += 1
            if j == i:
                break
            runs.append((i, j))
            k = j
            while k < n and cls[k] == "BRK":
                k += 1
            if k < n and text[k] in (",", "et"):
                i = k + 1
                continue
            break
    return runs


def _joins(tokens: _Tokens, index: int) -> bool:
    """Whether the line break at ``index`` continues a surname (``VAN⏎DER``, ``TANGUY-⏎ROBIN``)."""
    before, after = tokens.text[index - 1], tokens.text[index + 1]
    surname_next = tokens.cls[index + 1] == "SUR"
    return surname_next and (before.endswith("-") or before in UPPER_PARTICLES or after in UPPER_PARTICLES)


def _best_tiling(scored: list[tuple[_Candidate, float]]) -> list[tuple[_Candidate, float]]:
    """Non-overlapping candidates covering the most name tokens (weighted interval scheduling)."""
    items = sorted(scored, key=lambda item: (item[0].end, item[0].start))
    ends = [cand.end for cand, _ in items]
    best = [0.0] * (len(items) + 1)
    take = [False] * len(items)
    for j, (cand, score) in enumerate(items):
        # Coverage first; then fewer line breaks and fewer, surer spans.
        weight = 10 * (cand.end - cand.start - cand.breaks) - 3 * cand.breaks - 5 + score
        with_it = best[bisect.bisect_right(ends, cand.start, 0, j)] + weight
        take[j] = with_it > best[j]
        best[j + 1] = with_it if take[j] else best[j]
    chosen = []
    j = len(items) - 1
    while j >= 0:
        if take[j]:
            chosen.append(items[j])
            j = bisect.bisect_right(ends, items[j][0].start, 0, j) - 1
        else:
            j -= 1
    return sorted(chosen, key=lambda item: item[0].start)
