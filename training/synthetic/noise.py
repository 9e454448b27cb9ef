"""PDF-extraction noise as transforms of piece lists, so every span travels with its surface.

Line re-wrapping and hyphenation may fall inside an entity, as text extracted
from a PDF does (guidelines G2); running headers and footers are only inserted
at line breaks outside entities; stray markdown is added by the parts around
headings, outside spans (G3).

Example:
    >>> import random
    >>> pieces = ["Vu la ", ("LEGAL_REF", "loi n° 2019-1461 du 27 décembre 2019"), " relative à la proximité."]
    >>> wrapped = wrap(pieces, 20, 0.0, random.Random(0))
    >>> wrapped[1]
    ('LEGAL_REF', 'loi n°\\n2019-1461 du 27\\ndécembre 2019')
    >>> _syllable_cut("collectivités", 9), _syllable_cut("territoriales", 6)
    (8, 5)
"""

from __future__ import annotations

import math
import random
import re
from collections.abc import Callable
from dataclasses import dataclass

from training.synthetic.builder import Piece, Pieces

_NBSP_BEFORE = re.compile(r" (?=[:;!?€%»])|(?<=«) |(?<=\d) (?=\d{3}\b)")
_APOSTROPHE = re.compile(r"(?<=\w)'(?=\w)")
_MONTH_FIRST = re.compile(
    r"[ \t]*(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)\b", re.I
)


@dataclass(frozen=True, slots=True)
class Noise:
    """Which noise a document gets; ``None``/``0`` switches a kind off."""

    wrap: int | None = None  # line width of re-wrapping
    hyphenate: float = 0.0  # chance a word crossing the margin is split with a hyphen
    double_space: float = 0.0  # chance any space is doubled
    nbsp: str | None = None  # what replaces a space before ':', ';', '€', '%' and between digit groups
    page_lines: int | None = None  # lines per page, for running headers/footers
    trailing_space: float = 0.0  # chance a line ends with a stray space
    curly_apostrophe: bool = False
    indent: int = 0  # spaces before a line that re-wrapping continued
    ligatures: bool = False  # "fi" extracted as the ligature "ﬁ"

    def switches(self) -> list[str]:
        on = []
        if self.wrap:
            on.append("wrap")
        if self.hyphenate:
            on.append("hyphenate")
        if self.double_space:
            on.append("double_space")
        if self.nbsp:
            on.append("nbsp")
        if self.page_lines:
            on.append("page_furniture")
        if self.trailing_space:
            on.append("trailing_space")
        if self.curly_apostrophe:
            on.append("curly_apostrophe")
        if self.indent:
            on.append("indent")
        if self.ligatures:
            on.append("ligatures")
        return on


def draw_noise(rng: random.Random, rate: float, *, curly_apostrophe: bool = False) -> Noise:
    """Noise switches for one document; ``rate`` 0 gives clean text, 0.5 the default mix, 1 the most."""
    if not 0.0 <= rate <= 1.0:
        raise ValueError(f"noise rate must be between 0 and 1, got {rate}")

    def on(base: float) -> bool:
        return rng.random() < min(1.0, base * 2 * rate)

    wrap = rng.choice((55, 62, 70, 75, 80, 85, 90, 95, 100, 110)) if on(0.55) else None
    return Noise(
        wrap=wrap,
        hyphenate=rng.choice((0.15, 0.3, 0.5)) if wrap and on(0.45) else 0.0,
        double_space=rng.choice((0.01, 0.03, 0.08)) if on(0.2) else 0.0,
        nbsp=rng.choice(("\u00a0", "\u202f")) if on(0.3) else None,
        page_lines=rng.randint(28, 60) if on(0.45) else None,
        trailing_space=rng.choice((0.1, 0.4, 0.9)) if on(0.15) else 0.0,
        curly_apostrophe=curly_apostrophe,
        indent=rng.choice((1, 2, 2, 4)) if wrap and on(0.1) else 0,
        ligatures=on(0.05),
    )


def _map_text(pieces: Pieces, fn: Callable[[str], str], *, entities: bool = True) -> Pieces:
    out: Pieces = []
    for piece in pieces:
        if isinstance(piece, str):
            out.append(fn(piece))
        elif entities:
            out.append((piece[0], fn(piece[1])))
        else:
            out.append(piece)
    return out


def curly_apostrophes(pieces: Pieces) -> Pieces:
    return _map_text(pieces, lambda text: _APOSTROPHE.sub("’", text) if "'" in text else text)


def no_break_spaces(pieces: Pieces, char: str) -> Pieces:
    return _map_text(pieces, lambda text: _NBSP_BEFORE.sub(char, text) if " " in text else text)


def double_spaces(pieces: Pieces, chance: float, rng: random.Random) -> Pieces:
    def double(text: str) -> str:
        if " " not in text:
            return text
        parts = text.split(" ")
        out = [parts[0]]
        for part in parts[1:]:
            # A space between digit groups is a no-break space in the source: justification never stretches it.
            digits = out[-1][-1:].isdigit() and part[:1].isdigit()
            out.append("  " if not digits and rng.random() < chance else " ")
            out.append(part)
        return "".join(out)

    return _map_text(pieces, double)


def trailing_spaces(pieces: Pieces, chance: float, rng: random.Random) -> Pieces:
    def trail(text: str) -> str:
        if "\n" not in text:
            return text
        lines = text.split("\n")
        return "\n".join(
            line + " " if i < len(lines) - 1 and line and rng.random() < chance else line
            for i, line in enumerate(lines)
        )

    return _map_text(pieces, trail, entities=False)


def _cut(word: str, room: int, chance: float, rng: random.Random) -> int:
    """Where to split ``word`` at the margin (0: don't); after a hyphen, or inside a long word."""
    if room < 3 or not chance or rng.random() >= chance:
        return 0
    hyphen = word.rfind("-", 0, room)
    if hyphen >= 1 and hyphen < len(word) - 1:
        return hyphen + 1
    if len(word) >= 7 and word.isalpha():
        return _syllable_cut(word, min(room - 1, len(word) - 3))
    return 0


_VOWELS = frozenset("aeiouyàâäéèêëîïôöùûüœAEIOUYÀÂÉÈÊÎÔÛ")


def _syllable_cut(word: str, last: int) -> int:
    """The rightmost place up to ``last`` where French hyphenation may break ``word``: before a consonant
    that opens a syllable (``collecti-vités``) or between a doubled consonant (``col-lectivités``); 0 if none."""
    for cut in range(last, 2, -1):
        before, at, after = word[cut - 1], word[cut], word[cut + 1] if cut + 1 < len(word) else ""
        if at in _VOWELS:
            continue
        if (before in _VOWELS and after in _VOWELS) or (before == at and before not in _VOWELS):
            return cut
    return 0


def ligatures(pieces: Pieces) -> Pieces:
    return _map_text(pieces, lambda text: text.replace("fi", "ﬁ").replace("fl", "ﬂ") if "f" in text else text)


def wrap(pieces: Pieces, width: int, hyphenate: float, rng: random.Random, indent: int = 0) -> Pieces:
    """Re-wrap lines longer than ``width`` at spaces (a space becomes a line break) or inside words;
    ``indent`` spaces start each continued line."""
    pad = " " * indent
    out: Pieces = []
    col = 0
    for piece in pieces:
        label, text = (None, piece) if isinstance(piece, str) else piece
        buf: list[str] = []
        for li, line in enumerate(text.split("\n")):
            if li:
                buf.append("\n")
                col = 0
            for wi, word in enumerate(line.split(" ")):
                if wi:
                    if col > 0 and col + 1 + len(word) > width:
                        cut = _cut(word, width - col - 1, hyphenate, rng)
                        if cut:
                            head, tail = word[:cut], word[cut:]
                            buf.append(" " + head + ("" if head.endswith("-") else "-") + "\n" + pad + tail)
                            col = indent + len(tail)
                            continue
                        buf.append("\n" + pad)
                        col = indent
                    else:
                        buf.append(" ")
                        col += 1
                buf.append(word)
                col += len(word)
        new = "".join(buf)
        out.append(new if label is None else (label, new))
    return out


def paginate(
    pieces: Pieces,
    lines_per_page: int,
    header: Callable[[int, int], Pieces],
    footer: Callable[[int, int], Pieces],
    rng: random.Random,
) -> Pieces:
    """Insert a footer and the next page's header every ``lines_per_page`` lines, at breaks outside entities."""
    total_lines = 1 + sum((p if isinstance(p, str) else p[1]).count("\n") for p in pieces)
    pages = math.ceil(total_lines / lines_per_page)
    if pages < 2:
        return pieces
    use_header, use_footer = rng.choice(((True, True), (True, False), (False, True)))
    form_feed = rng.random() < 0.3
    out: Pieces = []
    line, page = 0, 1
    for piece in pieces:
        if not isinstance(piece, str):
            line += piece[1].count("\n")
            out.append(piece)
            continue
        start = 0
        index = piece.find("\n")
        while index >= 0:
            line += 1
            # A page number right before a line opening on a month would read as a date (``1/3⏎février 2020``).
            if line >= page * lines_per_page and page < pages and not _MONTH_FIRST.match(piece, index + 1):
                out.append(piece[start : index + 1])
                out.extend(_furniture(page, pages, header, footer, use_header, use_footer, form_feed))
                page += 1
                start = index + 1
            index = piece.find("\n", index + 1)
        out.append(piece[start:])
    return out


def _furniture(
    page: int, pages: int, header, footer, use_header: bool, use_footer: bool, form_feed: bool
) -> list[Piece]:
    block: list[Piece] = []
    if use_footer:
        block += [*footer(page, pages), "\n"]
    if form_feed:
        block.append("\f")
    if use_header:
        block += [*header(page + 1, pages), "\n"]
    return block


def apply_noise(
    pieces: Pieces,
    noise: Noise,
    rng: random.Random,
    header: Callable[[int, int], Pieces] | None = None,
    footer: Callable[[int, int], Pieces] | None = None,
) -> Pieces:
    """All switched-on transforms, in the order extraction would cause them."""
    if noise.curly_apostrophe:
        pieces = curly_apostrophes(pieces)
    if noise.nbsp:
        pieces = no_break_spaces(pieces, noise.nbsp)
    if noise.double_space:
        pieces = double_spaces(pieces, noise.double_space, rng)
    if noise.ligatures:
        pieces = ligatures(pieces)
    if noise.wrap:
        pieces = wrap(pieces, noise.wrap, noise.hyphenate, rng, noise.indent)
    if noise.trailing_space:
        pieces = trailing_spaces(pieces, noise.trailing_space, rng)
    if noise.page_lines and header and footer:
        pieces = paginate(pieces, noise.page_lines, header, footer, rng)
    return pieces
