"""Text helpers the normalizers share: undo PDF breaks, read French number words.

Example:
    >>> unbreak("1 2 0 0 0 ,0 0\u202f€ soixante-\\nquinze")
    '1 2 0 0 0 ,0 0 € soixante-quinze'
    >>> words_to_number("deux mil vingt-quatre"), words_to_number("premier"), words_to_number("douze bis")
    (2024, 1, None)
"""

from __future__ import annotations

import re
import unicodedata

_BROKEN_HYPHEN = re.compile(r"-[ \t]*\n[ \t]*")


def unbreak(text: str) -> str:
    """One line: a hyphen at a line break is kept and joined, every run of whitespace becomes one space."""
    return " ".join(_BROKEN_HYPHEN.sub("-", text).split())


def fold(text: str) -> str:
    """Lower case without accents (``Décembre`` → ``decembre``)."""
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def words_to_number(words: str) -> int | None:
    """A French cardinal written in words (``mil`` and ``premier`` accepted), or ``None``."""
    from text_to_num import text2num

    cleaned = re.sub(r"\bmils?\b", "mille", words.strip().lower())
    if cleaned in ("premier", "première", "1er"):
        return 1
    try:
        return int(text2num(cleaned, "fr"))
    except (ValueError, TypeError, IndexError):
        return None
