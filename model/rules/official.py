"""OFFICIAL: names of elected members, as name shapes over token classes kept by their context.

Tokens of a name-friendly tokenizer carry a class (see :mod:`model.rules.tokens`);
``Matcher`` patterns over those classes give every shape with a surname in capitals:
``Prénom NOM``, ``NOM Prénom``, ``NOM`` alone (or a whole name in capitals), ``J.-P. NOM``,
with particles, ``épouse``/``née`` and line breaks inside; :mod:`model.rules.official_cased`
adds the shapes in title case (``Claire Dubois``, ``Anne de La Tour``). :class:`~model.rules.
official_context.Context` keeps the shapes that name an elected member; plural civilities open
lists of names (:mod:`model.rules.official_lists`); a weighted interval choice keeps, among
overlapping shapes, the tiling that covers the most name tokens. A second pass keeps names with an
unknown first name that a list puts next to kept ones, or that repeat a kept name, and drops a
surname alone that only agents or appointed members bear.

Example:
    >>> rule = OfficialRule()
    >>> text = "Présents : Paul ROCHE – Inès TALBI. Secrétaire : Mme Bernadette N'GUYEN. CONTRE : 2 (Mme ROCHE)"
    >>> [s.text for s in rule(text)]
    ['Paul ROCHE', 'Inès TALBI', "Bernadette N'GUYEN", 'ROCHE']
    >>> [s.text for s in rule("Le Maire, Jean-Pierre Martin ; MME CLAIRE DUBOIS ; Monsieur le Maire")]
    ['Jean-Pierre Martin', 'CLAIRE DUBOIS']
"""

from __future__ import annotations

import bisect
import re
from functools import cached_property
from typing import Any

from model.rules.base import make_span
from model.rules.lexicon import CIVILITIES, PLURAL_CIVILITIES
from model.rules.names import known_first_name
from model.rules.official_cased import (
    CASED_KINDS,
    after_civility,
    cased_breaks_ok,
    cased_score,
    cased_shapes,
    full_name,
)
from model.rules.official_context import Context
from model.rules.official_lists import by_company, outsiders, plural_lists
from model.rules.tokens import GAPS, UPPER_PARTICLES, Candidate, NameTokens, make_nlp
from model.span import Span


def _token(cls: str, op: str | None = None) -> dict[str, Any]:
    return {"NORM": cls, "OP": op} if op else {"NORM": cls}


#: A line break, or a doubled space (``Alexandria  LEFÈVRE-FONTAINE``), inside a name.
_BREAK = {"NORM": {"IN": ["BRK", "SP"]}, "OP": "?"}
_PARTICLE = {"NORM": {"IN": ["PART", "DE"]}, "OP": "?"}
#: One to four surname pieces, a line break allowed between them.
_SURNAMES = [_token("SUR")] + [_BREAK, _token("SUR", "?")] * 3
_FIRSTS = [_token("FIRST"), _BREAK, _token("FIRST", "?")]
_LINKED = [_BREAK, _token("LINK"), _BREAK, *_SURNAMES[:3]]  # ``née⏎NGUYEN``, ``ép. DE LA FONTAINE``


def _opened(*rest: dict[str, Any]) -> list[list[dict[str, Any]]]:
    """Surnames then ``rest``, with or without opening particles (``de ROCHEMAURE``, ``de⏎SAINT-JUST``,
    ``de la CRUZ``)."""
    return [[*_SURNAMES, *rest], [_token("DE"), _BREAK, _PARTICLE, _BREAK, *_SURNAMES, *rest]]


PATTERNS: dict[str, list[list[dict[str, Any]]]] = {
    "first_last": [
        [*_FIRSTS, _BREAK, _PARTICLE, _PARTICLE, _BREAK, *_SURNAMES],
        [*_FIRSTS, _BREAK, _PARTICLE, _PARTICLE, _BREAK, *_SURNAMES, *_LINKED],
    ],
    "last_first": [*_opened(_BREAK, *_FIRSTS), *_opened(_BREAK, *_FIRSTS, *_LINKED)],
    "initials_last": [  # ``J.-P. DURAND``, ``B.-M. de VAULX``, ``G. SANDOZ ép. LEMAIRE``
        [_token("INIT"), _BREAK, _PARTICLE, _PARTICLE, _BREAK, *_SURNAMES],
        [_token("INIT"), _BREAK, _PARTICLE, _PARTICLE, _BREAK, *_SURNAMES, *_LINKED],
    ],
    "last": [*_opened(), *_opened(*_LINKED)],
}
_CIVILITY = frozenset(CIVILITIES)
_LONG_CHUNK = re.compile(r"\S{64,}")
_FUNCTION_WORDS = frozenset({"de", "du", "des", "d'", "la", "le", "les", "en", "sur", "pour", "au", "aux"})
_PLURAL = frozenset(PLURAL_CIVILITIES)
_CASED_OR_LAST = CASED_KINDS | {"last"}
#: The score of a shape that names someone who is not an elected member (an agent, an appointed member).
OUTSIDER = -1.0
#: The score of a shape that names an association's chair: an elected member only if named as one elsewhere.
CHAIR = -2.0


class OfficialRule:
    """Names of elected members (guidelines O1–O10)."""

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
        tokens = NameTokens(doc, blanked)
        context = Context(text)
        scored: list[tuple[Candidate, float]] = []
        listed: dict[tuple[int, int], Candidate] = {}  # shapes that lack only a known first name
        bare: dict[tuple[int, int], Candidate] = {}  # name shapes without any evidence around them
        others: list[Candidate] = []  # names of people who are not elected members
        chairs: list[Candidate] = []  # chairs of associations, members or not
        for cand in _candidates(doc, matcher, tokens):
            score = _score(cand, tokens, context)
            if score == OUTSIDER:
                others.append(cand)
            elif score == CHAIR:
                chairs.append(cand)
            elif score is not None:
                scored.append((cand, score))
            elif cand.kind in _CASED_OR_LAST:
                chars = tokens.chars(cand.start, cand.end)
                if _score(cand, tokens, context, known=False) not in (None, OUTSIDER):
                    listed[chars] = cand
                elif full_name(cand, tokens) and context.allowed(*chars):
                    bare[chars] = cand
        for start, end in plural_lists(tokens):
            cand = Candidate(start, end, "last", _gaps(tokens, start, end))
            if context.allowed(*tokens.chars(start, end)):
                scored.append((cand, 0.95))
        chosen = _best_tiling(scored)
        if listed or bare:
            found = [tokens.chars(cand.start, cand.end) for cand, _ in chosen]
            company = by_company(found, list(listed), list(bare), text)
            scored += [(listed.get(chars) or bare[chars], 0.85) for chars in company]
            chosen = _best_tiling(scored)
        if chairs:  # ``Mme Pascale OURLIAC, présidente de l'association …`` listed among the members as well
            members = {frozenset(tokens.words(cand)) for cand, _ in chosen}
            scored += [(cand, 0.85) for cand in chairs if frozenset(tokens.words(cand)) in members]
            others += [cand for cand in chairs if frozenset(tokens.words(cand)) not in members]
            chosen = _best_tiling(scored)
        if others:  # a first name alone inside an agent's name (``M. Arthur JOSEPH, président de l'association``)
            ranges = [(cand.start, cand.end) for cand in others]
            chosen = [item for item in chosen if not _inside_any(item[0], ranges)]
            keep = outsiders([tokens.words(cand) for cand, _ in chosen], [tokens.words(cand) for cand in others])
            chosen = [item for item, kept in zip(chosen, keep, strict=True) if kept]
        return [make_span(text, *tokens.chars(cand.start, cand.end), self.label, score) for cand, score in chosen]


def _inside_any(cand: Candidate, ranges: list[tuple[int, int]]) -> bool:
    return any(
        start <= cand.start and cand.end <= end and (start, end) != (cand.start, cand.end) for start, end in ranges
    )


def _candidates(doc: Any, matcher: Any, tokens: NameTokens) -> list[Candidate]:
    """The longest shape of each kind at each start, one per number of line breaks, each break plausible."""
    longest: dict[tuple[int, int], int] = {}
    strings = doc.vocab.strings
    # A name all in capitals may break a line between first names and surname.
    breaks_ok = {strings[kind]: cased_breaks_ok if kind == "last" else _breaks_ok for kind in PATTERNS}
    for match_id, start, end in matcher(doc):
        while end > start and tokens.cls[end - 1] in GAPS:
            end -= 1
        # One per number of line breaks: ``Bernadette Lacaze`` too, not only ``Bernadette Lacaze⏎Jean-Louis``.
        if end - start > 1 and tokens.text[end - 1] in UPPER_PARTICLES:
            continue  # ``Masse Grégoire⏎LE CONSEIL``: a name does not end on a particle
        key = (start, match_id, _gaps(tokens, start, end))
        if end > longest.get(key, start) and breaks_ok[match_id](tokens, start, end):
            longest[key] = end
    shapes = [Candidate(start, end, strings[match_id], breaks) for (start, match_id, breaks), end in longest.items()]
    return shapes + cased_shapes(tokens)


def _gaps(tokens: NameTokens, start: int, end: int) -> int:
    """Line breaks and doubled spaces inside ``[start, end)``."""
    return sum(1 for cls in tokens.cls[start:end] if cls in GAPS)


def _breaks_ok(tokens: NameTokens, start: int, end: int) -> bool:
    """A line break inside a name follows a hyphen, touches a particle or ``née``, or separates first and last
    names; a doubled space may part two surname pieces (``BEN  YOUSSEF``)."""
    if tokens.breaks_sentence(start, end):
        return False
    for i in range(start + 1, end - 1):
        if tokens.cls[i] not in GAPS:
            continue
        before, after = tokens.text[i - 1], tokens.text[i + 1]
        # ``Myriam BEN  YOUSSEF``; not two columns ``M. BENSALEM  ROUX Patricia``
        if (
            tokens.cls[i] == "SP"
            and tokens.cls[i - 1] == tokens.cls[i + 1] == "SUR"
            and "FIRST" not in tokens.cls[i:end]
        ):
            continue
        if before.endswith("-") or before.rsplit("-", 1)[-1] in UPPER_PARTICLES or after in UPPER_PARTICLES:
            continue
        if "LINK" in (tokens.cls[i - 1], tokens.cls[i + 1]) or tokens.wrapped(start, end):
            continue
        if (tokens.cls[i - 1] in ("FIRST", "INIT", "PART")) != (tokens.cls[i + 1] == "FIRST"):
            # ``Mirco Cerquiglini⏎EUGÈNE JOUBERT``, ``AURORE BARRE⏎Anaïs Bergeron``: two title-case pieces on one
            # side of the break are a whole name
            side = range(start, i) if tokens.cls[i - 1] == "FIRST" else range(i + 1, end)
            firsts = [tokens.text[k] for k in side if tokens.cls[k] == "FIRST"]
            if len(firsts) < 2 or all(map(known_first_name, firsts)):
                continue
        return False
    return True


def _score(cand: Candidate, tokens: NameTokens, context: Context, *, known: bool = True) -> float | None:
    """The confidence that this shape names an elected member, :data:`OUTSIDER` when it names someone else,
    or ``None``; ``known``: see :func:`cased_score`."""
    score = _context_score(cand, tokens, context) if known else cased_score(cand, tokens, context, known=False)
    if score is None or (score < 1 and _label_like(cand, tokens)):
        return None
    start, end = tokens.chars(cand.start, cand.end)
    if not context.allowed(start, end):
        return OUTSIDER
    return CHAIR if context.chairs_association(end) else score


def _context_score(cand: Candidate, tokens: NameTokens, context: Context) -> float | None:
    """What the words around the shape say, strongest first."""
    previous = tokens.previous(cand.start)
    opening = previous in _CIVILITY or previous in _PLURAL or tokens.opens_item(cand.start)
    if tokens.cls[cand.start] == "DE" and not opening:
        return None  # ``pouvoir de DUPONT Jean``: a preposition, not a particle
    if previous in _CIVILITY or previous in _PLURAL:
        couple = tokens.previous(cand.start, 1) == "et" and tokens.previous(cand.start, 2) in _CIVILITY
        # ``M. et Mme DUPONT`` are citizens in these texts
        return None if couple or not after_civility(cand, tokens) else 1.0
    if cand.kind in _CASED_OR_LAST:
        return cased_score(cand, tokens, context)
    start, end = tokens.chars(cand.start, cand.end)
    if previous == "(":  # ``(APF France handicap)`` is no name; ``CONTRE (DUPONT Jean)`` is
        return 0.95 if context.in_vote(start) else None
    if context.in_attendance(start) or context.after_proxy(start) or context.in_vote(start):
        return 0.95
    if context.signature_or_role(start, end) or context.in_prose(start, end):
        return 0.9
    first = tokens.text[cand.start] if cand.kind == "first_last" else tokens.text[cand.end - 1]
    if cand.kind in ("first_last", "last_first") and not cand.breaks and known_first_name(first):
        return 0.8
    return None


def _label_like(cand: Candidate, tokens: NameTokens) -> bool:
    """A shape that goes on like a label or a sentence is no name.

    ``CTE Châteaubriant-Derval :`` and ``CTE Nantes Métropole :`` label a list; ``CTE Pays de Retz``
    goes on with a preposition; ``MOIGNE⏎Signé électroniquement`` opens the next line's sentence.
    """
    following = []
    for word in tokens.text[cand.end : cand.end + 8]:
        if "\n" in word or (word.isspace() and len(word) > 1):
            break  # the rest of the line only, or of the column (a gap of three spaces or more)
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


def _best_tiling(scored: list[tuple[Candidate, float]]) -> list[tuple[Candidate, float]]:
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
