"""OFFICIAL evidence from lists and from the whole text rather than from one name's surroundings.

- :func:`plural_lists`: the names a plural civility governs (``MM. LECONTE, LAMORT et DE SAINT-JORES``).
- :func:`by_company`: a name with an unknown first name is kept when a list puts it next to a name, or when the
  text names the same person elsewhere (``Erwan Jacopin, Solenn Le Guellec``).
- :func:`outsiders`: a surname alone after a civility (``M. Ginestet``) is dropped when the text showed the
  person as an agent or an appointed member (``M. Jean Ginestet (associations de retraités)``) and no elected
  member bears that surname (guidelines O5, O8).
"""

from __future__ import annotations

import bisect
import re

from model.rules.lexicon import PLURAL_CIVILITIES
from model.rules.names import known_first_name
from model.rules.tokens import NAME_PIECES, UPPER_PARTICLES, NameTokens

_PLURAL = frozenset(PLURAL_CIVILITIES)


def plural_lists(tokens: NameTokens) -> list[tuple[int, int]]:
    """Names listed under a plural civility: ``MM. LECONTE, LAMORT et DE SAINT-JORES``, ``Mmes Dubois et Le Goff``."""
    runs = []
    cls, text, n = tokens.cls, tokens.text, len(tokens.text)
    for index, word in enumerate(text):
        if word not in _PLURAL:
            continue
        i = index + 1
        while i < n:
            while i < n and (cls[i] == "BRK" or text[i] in ("le", "Dr", "Dr.")):  # ``…, le Dr ROCHARD, …``
                i += 1
            j = _name_run(tokens, i)
            if j == i:
                break
            runs.append((i, j))
            k = j
            while k < n and cls[k] == "BRK":
                k += 1
            if k < n and text[k] in (",", "et", "ET"):
                i = k + 1
                continue
            break
    return runs


def _name_run(tokens: NameTokens, i: int) -> int:
    """The end of the name pieces from ``i`` on, with particles and line breaks inside (``Le⏎Goff``)."""
    cls, n = tokens.cls, len(tokens.cls)
    j = i
    while j < n:
        before_piece = j + 1 < n and cls[j + 1] in NAME_PIECES
        # ``de la TORRE``, ``de⏎MONTALEMBERT``: particles (and a line break) before a piece
        k = j
        while k < n and k - j < 3 and (cls[k] in ("PART", "DE") or (cls[k] == "BRK" and k > j)):
            k += 1
        particle = k > j and k < n and cls[k] in NAME_PIECES and (j > i or tokens.text[j] not in ("le", "la"))
        linked = j > i and cls[j] == "LINK" and before_piece  # ``GREGOIRE Océane née RICHARD``
        joining = particle or linked or (before_piece and j > i and cls[j] == "BRK" and _joins(tokens, j))
        if cls[j] not in NAME_PIECES and not joining:
            break
        j += 1
    return j


def _joins(tokens: NameTokens, index: int) -> bool:
    """Whether the line break at ``index`` continues a surname (``VAN⏎DER``, ``TANGUY-⏎ROBIN``)."""
    before, after = tokens.text[index - 1], tokens.text[index + 1]
    particle = tokens.cls[index - 1] in ("PART", "DE")  # ``de⏎MONTALEMBERT``
    return before.endswith("-") or before in UPPER_PARTICLES or after in UPPER_PARTICLES or particle


#: Between two items of a list: spaces, one separator, at most one line break.
_LIST_GAP = re.compile(r"[ \t]*(?:[,;–—/→-]|et|ET)?[ \t]*\n?[ \t]*(?:[-•*o▪–—][ \t]*)?")


def by_company(
    found: list[tuple[int, int]], listed: list[tuple[int, int]], bare: list[tuple[int, int]], text: str
) -> list[tuple[int, int]]:
    """Shapes kept for the company they keep rather than for their own evidence.

    ``found`` are the character ranges of the names kept. ``listed`` are shapes that had all the evidence of a
    name but a known first name (``Solenn Le Guellec`` in a list): one is kept when it is the next or the previous
    item of a list after a kept name (``Erwan Jacopin, Solenn Le Guellec``), or when its words are those of a name
    kept elsewhere in the text. ``bare`` are shapes with no evidence around them (``en réponse à Mancini Luca``):
    one is kept only when its words are those of a kept name.

    Example:
        >>> text = "Présents : Erwan Jacopin, Solenn Le Guellec, Aziza Meftah ; pouvoir à Solenn Le Guellec"
        >>> by_company([(11, 24)], [(26, 43), (45, 57), (70, 87)], [], text)
        [(26, 43), (45, 57), (70, 87)]
    """
    spans = sorted(found)
    names = {_words(text, span) for span in found}
    kept: set[tuple[int, int]] = set()
    listed = sorted(listed)
    for order in (listed, listed[::-1]):  # forward for the next items, backward for the previous ones
        for start, end in order:
            if (start, end) in kept:
                continue
            i = bisect.bisect_left(spans, (start, end))
            after_name = i > 0 and _adjacent(text, spans[i - 1][1], start)
            before_name = i < len(spans) and _adjacent(text, end, spans[i][0])
            if after_name or before_name or _words(text, (start, end)) in names:
                kept.add((start, end))
                bisect.insort(spans, (start, end))
                names.add(_words(text, (start, end)))
    kept.update(span for span in bare if _words(text, span) in names)
    return sorted(kept)


def _words(text: str, span: tuple[int, int]) -> str:
    return " ".join(text[span[0] : span[1]].split())


def _adjacent(text: str, end: int, start: int) -> bool:
    return 0 <= start - end <= 12 and bool(_LIST_GAP.fullmatch(text, end, start))


def outsiders(members: list[list[str]], others: list[list[str]]) -> list[bool]:
    """For each name of ``members`` (its pieces), whether it stays: not a surname alone that ``others`` bear.

    Example:
        >>> outsiders([["Ginestet"], ["Jean", "Dupont"], ["Dupont"]], [["Jean", "Ginestet"], ["Paul", "Dupont"]])
        [False, True, True]
    """
    surnames = {piece for words in others for piece in _surnames(words)}
    shared = {piece for words in members if len(words) > 1 for piece in _surnames(words)}
    return [not (len(words) == 1 and words[0] in surnames - shared) for words in members]


def _surnames(words: list[str]) -> list[str]:
    return [word for word in words if word not in UPPER_PARTICLES and not known_first_name(word)]
