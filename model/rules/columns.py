"""Columns of a page laid out in text: which heading stands above a name in a two-column block.

PDF extraction keeps signature blocks and tables as columns separated by runs of spaces:
``Le Président,          Le Directeur général des services,`` above ``Paul ROCHE          Marc
DUVAL``. The role that governs a name is the one in its column, not the whole line above.

Example:
    >>> text = "Le Président,              Le Directeur général,\\nPaul ROCHE                 Marc DUVAL"
    >>> column_above(text, text.index("Paul"), text.index("Paul") + 10)
    'Le Président,'
    >>> column_above(text, text.index("Marc"), len(text))
    'Le Directeur général,'
    >>> column_above("Le Maire,\\nPaul ROCHE", 10, 20) is None  # no columns: the caller reads the line above
    True
"""

from __future__ import annotations

import re

#: A column gap: three spaces or more, or a tab.
_GAP = re.compile(r" {3,}|\t+")
#: Indentation that places a line's text in a right-hand column.
_INDENT = 8
#: How far a column's start may drift from the name's and still be its column.
_DRIFT = 4
#: The most characters a civility takes before a name opening its piece (``Mme``, ``Monsieur``).
_CIVILITY = 9
#: The longest line of a page laid out in columns.
_LINE = 300
#: The longest heading of a column (``Pour le Président et par délégation,``); longer is prose.
_HEADING = 60


def _segments(line: str) -> list[tuple[int, int, str]]:
    """``(first column, last column, text)`` of each piece of a line, tabs expanded."""
    expanded = line.expandtabs(8)
    pieces = []
    position = 0
    for piece in _GAP.split(expanded):
        start = expanded.index(piece, position) if piece else position
        if piece.strip():
            lead = len(piece) - len(piece.lstrip())
            pieces.append((start + lead, start + len(piece.rstrip()), piece.strip()))
        position = start + len(piece)
    return pieces


def column_above(text: str, start: int, end: int, lines: int = 4) -> str | None:
    """The text of the piece right above ``text[start:end]`` in its column, within ``lines`` non-blank
    lines; ``None`` when the block is not laid out in columns or nothing stands above the name."""
    begin = text.rfind("\n", max(0, start - _LINE), start) + 1
    line_end = text.find("\n", start, start + _LINE)
    if (begin == 0 and start > _LINE) or (line_end < 0 and len(text) > start + _LINE):
        return None  # a line that long is no page layout (and bounding it keeps the rules linear)
    first = len(text[begin:start].expandtabs(8))
    last = first + len(text[start:end].split("\n", 1)[0])
    own = _segments(text[begin : len(text) if line_end < 0 else line_end])
    # The name opens its piece (a civility may come first): ``Paul ROCHE``, ``M. Paul ROCHE``, not a list or prose.
    if not any(low <= first <= low + _CIVILITY and first < high for low, high, _ in own):
        return None
    above = [line for line in text[max(0, begin - 600) : begin].split("\n")[:-1] if line.strip()][-lines:]
    examined = [own, *(_segments(line) for line in above)]
    if not any(len(pieces) > 1 or (pieces and pieces[0][0] >= _INDENT) for pieces in examined):
        return None
    for pieces in reversed(examined[1:]):
        for piece_first, piece_last, piece in pieces:
            if (piece_first < last and first < piece_last) or abs(piece_first - first) <= _DRIFT:
                return piece if len(piece) <= _HEADING else None  # a long piece is prose, not a column's heading
    return None
