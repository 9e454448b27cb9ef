"""spaCy's blank French pipeline with a tokenizer tuned for names, and the token classes of a name.

The stock French tokenizer splits inside ``N'DIAYE-KANTÉ``, ``VIOLLET-BOSSON`` or
``J.-C.``; names need them whole. This tokenizer only splits punctuation off the
edges of whitespace-separated chunks and keeps civilities (``M.``, ``MM.``) and
initials (``J.``) with their dot. Each token then gets a class in its ``norm_``
so that ``Matcher`` patterns compare integers, not regexes.

Example:
    >>> nlp = make_nlp()
    >>> doc = nlp.make_doc("Mme Fatou N'DIAYE-KANTÉ (pouvoir à J.-C. LE GALL), Mme N'Diaye-Kanté.")
    >>> [t.text for t in doc][:11]
    ['Mme', 'Fatou', "N'DIAYE-KANTÉ", '(', 'pouvoir', 'à', 'J.-C.', 'LE', 'GALL', ')', ',']
    >>> [token_class(t.text) for t in doc][:4], token_class("N'Diaye-Kanté"), token_class("MME")
    (['O', 'FIRST', 'SUR', 'O'], 'CAP', 'O')
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from model.rules.lexicon import CIVILITIES, NOT_FIRST_NAMES, NOT_SURNAMES, PLACE_WORDS, PLURAL_CIVILITIES, ROLE_WORDS
from model.rules.names import known_first_name

_LETTER = r"[^\W\d_]"  # any Unicode letter; case is checked with ``str`` methods (``TRẦN`` too)
_PREFIX = re.compile(r"""^[(\[{«"“‘'*_#■•–—-]""")
_PUNCT_SUFFIX = re.compile(r"""[)\]}»"”’',;:!?*_…]$""")
_DOT = re.compile(r"\.$")
_KEPT_WHOLE = (*CIVILITIES, *PLURAL_CIVILITIES, "Me.", "Mgr.", "MM.", "ép.", "ÉP.")

_SURNAME = re.compile(rf"(?:[NDLO]['’]|d['’])?(?P<core>{_LETTER}(?:{_LETTER}|['’]|-(?={_LETTER}))*{_LETTER}-?)")
_FIRST = re.compile(rf"{_LETTER}{{2,}}(?:-{_LETTER}+)*-?")
#: A title-case piece with an elision or an inner apostrophe: ``N'Diaye``, ``d'Almeida``, ``Floc'h``.
_ELIDED = re.compile(rf"(?:[NDOM]['’]|d['’])?(?P<core>{_LETTER}{{2,}}(?:['’]{_LETTER}+)?)")
_INITIAL = re.compile(rf"{_LETTER}\.(?:-?{_LETTER}\.)*|{_LETTER}-{_LETTER}\.")
_CIVILITY_WORDS = frozenset(CIVILITIES) | frozenset(PLURAL_CIVILITIES)
_NOT_FIRST = NOT_FIRST_NAMES | _CIVILITY_WORDS | {"Me", "Maître", "Mgr"}
_NOT_SURNAME = NOT_SURNAMES | _CIVILITY_WORDS
_NOT_NAME_WORDS = ROLE_WORDS | frozenset(PLACE_WORDS)
PARTICLES = frozenset({"de", "du", "des", "d'", "la", "le", "van", "von", "der", "den", "di", "da", "dos", "del"})
#: Particles that may open a surname written alone or first (``Mme de ROCHEMAURE Hélène``).
OPENING_PARTICLES = frozenset({"de", "du", "des", "d'"})
LINKS = frozenset({"épouse", "ép.", "née", "veuve"})  # compared in lower case
#: Upper-case particles that may start or continue a surname across a line (``VAN⏎DER HEYDEN``).
UPPER_PARTICLES = frozenset({"VAN", "VON", "DER", "DEN", "DE", "DU", "DES", "LE", "LA", "DI", "DA", "DOS", "DEL", "EL"})
#: Classes of the tokens that are pieces of a name (not particles, initials or links).
NAME_PIECES = frozenset({"SUR", "FIRST", "CAP"})


def make_nlp() -> Any:
    """``spacy.blank("fr")`` whose tokenizer keeps hyphenated and apostrophe names whole."""
    import spacy
    from spacy.attrs import ORTH
    from spacy.tokenizer import Tokenizer

    nlp = spacy.blank("fr")
    rules = {word: [{ORTH: word}] for word in _KEPT_WHOLE}
    nlp.tokenizer = Tokenizer(nlp.vocab, rules=rules, prefix_search=_PREFIX.search, suffix_search=_suffix_search)
    return nlp


def _suffix_search(chunk: str) -> re.Match[str] | None:
    """Closing punctuation, or a final dot unless it ends an initial (``J.``); only the tail is searched."""
    tail = max(0, len(chunk) - 1)
    match = _PUNCT_SUFFIX.search(chunk, tail)
    if match or not chunk.endswith(".") or len(chunk) < 2:
        return match
    initial = chunk[-2].isupper() and (len(chunk) == 2 or not chunk[-3].isupper())
    return None if initial else _DOT.search(chunk, tail)


@lru_cache(maxsize=1 << 16)
def token_class(text: str) -> str:
    """The class of a token: ``SUR`` (a name piece in capitals), ``FIRST`` (a capitalised word: a first name or a
    surname in title case), ``CAP`` (a title-case piece with an apostrophe), ``INIT`` (initials), ``DE`` and ``PART``
    (particles), ``LINK``, ``BRK`` (whitespace with one line break), ``SP`` (a doubled space) or ``O``."""
    if text.isspace():
        if "\n" in text:
            return "BRK" if text.count("\n") == 1 else "O"
        return "SP" if len(text) == 1 else "O"  # a doubled space; three or more part columns
    if _INITIAL.fullmatch(text) and text.isupper() and text != "M.":
        return "INIT"
    lower = text.lower()
    role = lower in _NOT_NAME_WORDS or any(part in _NOT_NAME_WORDS for part in lower.split("-"))
    surname = _SURNAME.fullmatch(text)
    if surname and surname.group("core").isupper() and text not in _NOT_SURNAME and not role:
        return "SUR"
    pieces = [part for part in text.split("-") if part]
    if _FIRST.fullmatch(text) and all(map(_capitalised, pieces)) and text not in _NOT_FIRST and not role:
        return "FIRST"
    if ("'" in text or "’" in text) and not role and all(map(_elided_title, pieces)):
        return "CAP"
    if text in OPENING_PARTICLES:
        return "DE"
    if lower in PARTICLES:
        return "PART"
    if lower in LINKS:
        return "LINK"
    return "O"


def _capitalised(word: str) -> bool:
    return word[0].isupper() and (len(word) == 1 or word[1:].islower())


def _elided_title(word: str) -> bool:
    match = _ELIDED.fullmatch(word)
    return bool(match) and _capitalised(match.group("core"))


@dataclass(frozen=True, slots=True)
class Candidate:
    """A name shape over tokens ``[start, end)`` found by the ``Matcher`` pattern family ``kind``."""

    start: int
    end: int
    kind: str
    breaks: int


class NameTokens:
    """Plain lists of a doc's token texts, offsets and classes; the classes also go to ``NORM`` for the matcher.

    Arrays, not ``Token`` objects: building one per token would cost more than all the matching.
    """

    def __init__(self, doc: Any, text: str):
        import numpy

        offsets = doc.to_array(["IDX", "LENGTH"]).tolist() if len(doc) else []
        self.idx = [start for start, _ in offsets]
        self.text = [text[start : start + length] for start, length in offsets]
        self.cls = [token_class(token) for token in self.text]
        self._join_broken_first_names()
        if offsets:
            hashes = {cls: doc.vocab.strings.add(cls) for cls in set(self.cls)}
            norms = numpy.array([hashes[cls] for cls in self.cls], dtype="uint64").reshape(-1, 1)
            doc.from_array(["NORM"], norms)

    def _join_broken_first_names(self) -> None:
        """``Ca-⏎role``: the lower-case end of a first name hyphenated across a line is a name piece too."""
        cls, text = self.cls, self.text
        for i in range(1, len(text) - 1):
            broken = cls[i] == "BRK" and cls[i - 1] == "FIRST" and text[i - 1].endswith("-") and text[i + 1].islower()
            if broken and known_first_name(text[i - 1][:-1] + text[i + 1]):
                cls[i + 1] = "FIRST"

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

    def words(self, cand: Candidate) -> list[str]:
        """The name pieces of ``cand``, a piece hyphenated across a line joined again (``Ca-⏎role`` → ``Carole``)."""
        words: list[str] = []
        for i in range(cand.start, cand.end):
            if self.cls[i] not in NAME_PIECES:
                continue
            word = self.text[i]
            if words and words[-1].endswith("-") and i > cand.start and self.cls[i - 1] == "BRK":
                words[-1] = (words[-1][:-1] if word[0].islower() else words[-1]) + word
            else:
                words.append(word)
        return words
