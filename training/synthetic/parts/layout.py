"""Page layout as text extraction renders it: blocks side by side, right-aligned headers.

Both work on piece lists whose entities hold no line break yet (they are applied
while composing, before the noise re-wraps lines).

Example:
    >>> side_by_side(["COMMUNE DE X\\nDépartement"], ["Séance du ", ("DATE", "5 mai 2024")], gap=4)
    ['COMMUNE DE X', '    ', 'Séance du ', ('DATE', '5 mai 2024'), '\\n', 'Département']
    >>> right_align(["VILLE DE NÎMES"], 20)
    ['      ', 'VILLE DE NÎMES']
"""

from __future__ import annotations

from training.synthetic.builder import Pieces


def lines(pieces: Pieces) -> list[Pieces]:
    """Split pieces at the line breaks of their plain text."""
    out: list[Pieces] = [[]]
    for piece in pieces:
        if not isinstance(piece, str):
            out[-1].append(piece)
            continue
        parts = piece.split("\n")
        for i, part in enumerate(parts):
            if i:
                out.append([])
            if part:
                out[-1].append(part)
    return out


def width(line: Pieces) -> int:
    return sum(len(p) if isinstance(p, str) else len(p[1]) for p in line)


def side_by_side(left: Pieces, right: Pieces, gap: int = 6) -> Pieces:
    """Two blocks in two columns, line by line, as a two-column page header extracts."""
    left_lines, right_lines = lines(left), lines(right)
    column = max((width(line) for line in left_lines), default=0) + gap
    out: Pieces = []
    for i in range(max(len(left_lines), len(right_lines))):
        if i:
            out.append("\n")
        left_line = left_lines[i] if i < len(left_lines) else []
        right_line = right_lines[i] if i < len(right_lines) else []
        out.extend(left_line)
        if right_line:
            out.append(" " * (column - width(left_line)))
            out.extend(right_line)
    return out


def right_align(pieces: Pieces, margin: int) -> Pieces:
    """Lines pushed to a right margin with leading spaces."""
    out: Pieces = []
    for i, line in enumerate(lines(pieces)):
        if i:
            out.append("\n")
        pad = margin - width(line)
        if pad > 0 and line:
            out.append(" " * pad)
        out.extend(line)
    return out
