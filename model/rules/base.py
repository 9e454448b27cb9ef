"""What every rule component shares: its interface and how it builds spans.

A component is a callable from a raw text to the spans of one label. Spans
always carry their surface, a score and ``source="rules"``.

Example:
    >>> make_span("soit 12 € HT.", 5, 12, "AMOUNT", 0.9)
    Span(start=5, end=12, label='AMOUNT', text='12 € HT', score=0.9, source='rules', normalized=None)
    >>> words("mars|avril")
    '(?:avril|mars)'
    >>> bool(re.fullmatch(soft("nature"), "na-\\nture"))
    True
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Protocol

from model.span import Span, sort_spans

#: A line break that extraction put inside an entity, with the indentation around it (guidelines G2, A7).
WRAP = r"[ \t\u00a0\u202f]{0,20}\n[ \t\u00a0\u202f]{0,20}"
#: Between two words of an entity: a few spaces, or a wrapped line.
SPACE = rf"(?:{WRAP}|\s{{1,3}})"

#: Characters a span never starts or ends with (guidelines G1, G3).
EDGE_JUNK = " \t\r\n\u00a0\u202f\u2009\"'«»“”()[]{}*_#■,;:"


class Component(Protocol):
    """Finds the spans of one label in a text."""

    label: str

    def __call__(self, text: str) -> list[Span]: ...


def make_span(text: str, start: int, end: int, label: str, score: float = 1.0) -> Span:
    """A rules span over ``text[start:end]`` (offsets are trusted, not trimmed)."""
    return Span(start, end, label, text=text[start:end], score=score, source="rules")


def ordered(spans: Iterable[Span]) -> list[Span]:
    """Candidates in reading order, one per range and label (the best-scored one)."""
    best: dict[tuple[int, int, str], Span] = {}
    for span in spans:
        key = (span.start, span.end, span.label)
        if key not in best or span.score > best[key].score:
            best[key] = span
    return sort_spans(list(best.values()))


def line_start(text: str, pos: int, limit: int = 300) -> int:
    """Where the line holding ``pos`` starts, looking back at most ``limit`` characters.

    Rules look at the line around a match; bounding the look-back keeps them linear on texts without
    line breaks (a longer line is taken to start ``limit`` characters back).
    """
    floor = max(0, pos - limit)
    found = text.rfind("\n", floor, pos)
    return found + 1 if found >= 0 else floor


def lowered(text: str) -> str:
    """``text`` in lower case, offset for offset: matching it beats ``re.IGNORECASE`` by about two.

    A few characters grow when lower-cased (``İ``); they are kept as they are.
    """
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(ch if len(ch.lower()) != 1 else ch.lower() for ch in text)


def trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """Offsets without surrounding whitespace, quotes, brackets or trailing punctuation."""
    while start < end and text[start] in EDGE_JUNK:
        start += 1
    while end > start and (text[end - 1] in EDGE_JUNK or (text[end - 1] == "." and not _abbrev_dot(text, end))):
        end -= 1
    return start, end


def _abbrev_dot(text: str, end: int) -> bool:
    """A final dot that belongs to the entity (``H.T.``, ``J.-P.``), not to the sentence."""
    return end >= 3 and text[end - 3] == "." and text[end - 2].isalpha()


def words(alternatives: str | Iterable[str]) -> str:
    """A non-capturing regex alternation, longest alternatives first."""
    items = alternatives.split("|") if isinstance(alternatives, str) else list(alternatives)
    return "(?:" + "|".join(sorted(items, key=len, reverse=True)) + ")"


#: Accented letters and what extraction or typing may leave of them (``general`` for ``général``).
ACCENT_CLASSES = {
    "é": "[ée]", "è": "[èe]", "ê": "[êe]", "û": "[ûu]", "ô": "[ôo]", "î": "[îi]", "à": "[àa]", "ç": "[çc]",
}  # fmt: skip


def soft(word: str) -> str:
    """A regex for ``word`` as PDF extraction may leave it: hyphenated across a line (``na-⏎ture``, also with the
    next line indented), accents lost."""
    pieces = [ACCENT_CLASSES.get(ch, "-\n?" if ch == "-" else re.escape(ch)) for ch in word]
    return "(?:-\n[ \t]{0,8})?".join(pieces)
