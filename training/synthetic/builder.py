"""The composition core: append plain text and labelled pieces, record offsets as they go.

Every part of a synthetic document is a list of *pieces*: a plain ``str``, or a
``(label, surface)`` pair for an entity. Transforms (noise, casing, layout) map
piece lists to piece lists, so a span travels with its surface; only
:class:`Builder` turns pieces into text and offsets, which makes every span exact
by construction.

Example:
    >>> b = Builder()
    >>> b.extend(["Présents : M. ", ent("OFFICIAL", "Paul ROCHE"), ", Maire."])
    >>> doc = b.document("d1")
    >>> doc.text
    'Présents : M. Paul ROCHE, Maire.'
    >>> [(s.start, s.end, s.label, s.text) for s in doc.spans]
    [(14, 24, 'OFFICIAL', 'Paul ROCHE')]
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any, TypeAlias

from model.document import Document
from model.labels import LABELS
from model.span import Span

#: A plain string, or an entity ``(label, surface)``.
Piece: TypeAlias = str | tuple[str, str]
Pieces: TypeAlias = list[Piece]

_LABELS = frozenset(LABELS)
_BAD_START = frozenset(" \t\n\r\f\u00a0\u202f\"'’«»“”()[]{},.;:-–—*_#■•")
_BAD_END = frozenset(" \t\n\r\f\u00a0\u202f\"'’«»“”([{,;:-–—*_#■•")
#: A surface may end with a full stop only when it closes an abbreviation (``H.T.``, ``et suiv.``).
_DOTTED_END = re.compile(r"(?:\b[A-Za-z]\.){2,}$|suiv\.$")


def ent(label: str, surface: str) -> tuple[str, str]:
    """An entity piece (no check here: the builder checks when it places it)."""
    return (label, surface)


def check_surface(label: str, surface: str) -> None:
    """Raise ``ValueError`` when a surface breaks the span-edge rules of the guidelines (G1, G3).

    >>> check_surface("DATE", "14 mars 2023")
    >>> check_surface("AMOUNT", "12 500 €,")
    Traceback (most recent call last):
    ...
    ValueError: AMOUNT span '12 500 €,' ends on ','
    """
    if label not in _LABELS:
        raise ValueError(f"unknown label {label!r}")
    if not surface:
        raise ValueError(f"empty {label} span")
    if surface[0] in _BAD_START:
        raise ValueError(f"{label} span {surface!r} starts on {surface[0]!r}")
    last = surface[-1]
    if last in _BAD_END or (last == "." and not _DOTTED_END.search(surface)):
        raise ValueError(f"{label} span {surface!r} ends on {last!r}")
    if last == ")" and surface.count("(") < surface.count(")"):
        raise ValueError(f"{label} span {surface!r} ends on an unopened ')'")


class Builder:
    """Accumulates pieces into one text and its spans; the only place offsets are computed."""

    __slots__ = ("_chunks", "_length", "_spans")

    def __init__(self) -> None:
        self._chunks: list[str] = []
        self._length = 0
        self._spans: list[tuple[int, int, str]] = []

    def add(self, piece: Piece) -> None:
        if isinstance(piece, str):
            if piece:
                self._chunks.append(piece)
                self._length += len(piece)
            return
        label, surface = piece
        check_surface(label, surface)
        if self._spans and self._spans[-1][1] == self._length:
            # Two entities glued together would read as one: a generator bug, not data.
            raise ValueError(f"{label} span {surface!r} touches the previous span")
        self._chunks.append(surface)
        self._spans.append((self._length, self._length + len(surface), label))
        self._length += len(surface)

    def extend(self, pieces: Iterable[Piece]) -> None:
        for piece in pieces:
            self.add(piece)

    @property
    def text(self) -> str:
        return "".join(self._chunks)

    def spans(self) -> list[tuple[int, int, str]]:
        return list(self._spans)

    def document(self, doc_id: str, meta: dict[str, Any] | None = None) -> Document:
        """The built text and spans as a :class:`~model.document.Document`."""
        text = self.text
        spans = [Span(s, e, label, text=text[s:e]) for s, e, label in self._spans]
        return Document(id=doc_id, text=text, spans=spans, meta=dict(meta or {}))
