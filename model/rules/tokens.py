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
_PREFIX = re.compile(r"""^[(\[{«"“‘'*_#■•–—:;,>-]""")  # ``:M. Lavoie``: a colon glued to the civility
_PUNCT_SUFFIX = re.compile(r"""[)\]}»"”’',;:!?*_…]$""")
_DOT = re.compile(r"\.$")
_KEPT_WHOLE = frozenset((*CIVILITIES, *PLURAL_CIVILITIES, "Me.", "Mgr.", "MM.", "ép.", "ÉP."))

_SURNAME = re.compile(rf"(?:[NDLO]['’]|d['’])?(?P<core>{_LETTER}(?:{_LETTER}|['’]|-(?={_LETTER}))*{_LETTER}-?)")
_FIRST = re.compile(rf"{_LETTER}{{2,}}(?:-{_LETTER}+)*-?")
#: A title-case piece with an elision or an inner apostrophe: ``N'Diaye``, ``d'Almeida``, ``Floc'h``.
_ELIDED = re.compile(rf"(?:[NDOM]['’]|d['’])?(?P<core>{_LETTER}{{2,}}(?:['’]{_LETTER}+)?)")
#: An elided pronoun or conjunction, not a name's particle: ``S'EST``, ``QU'IL``, ``C'EST``, ``J'AI``.
_ELIDED_WORD = re.compile(r"(?:[SCJ]|QU|JUSQU|LORSQU|PUISQU)['’]", re.IGNORECASE)
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
_PLACES = frozenset(PLACE_WORDS)
_SURNAME_CLOSERS = frozenset({",", ";", ")", "(", "et", "–", "—"})
_ITEM_CLOSERS = frozenset({",", ";", ")", "(", "–", "—", "-", ".", "→", "ET", "à", "À"})
#: Words after which a list item (a name) starts: civilities, ``pouvoir à``, ``représenté par``.
_ITEM_OPENERS = _CIVILITY_WORDS | {"à", "par", "de", "et", "ET", "À", "PAR", "DE", "Docteur", "DOCTEUR"}
#: Words that go on with the sentence a member's name opens (``Mme Van⏎Baelen répond``).
_VERBS_AFTER = frozenset(
    (
        "et", "répond", "précise", "souligne", "rappelle", "indique", "expose", "présente", "a", "donne", "représenté",
        "représentée", "s'est", "s’est", "n'a", "n’a", "ne", "est", "demande", "propose", "explique", "ajoute",
        "estime", "intervient", "souhaite", "informe", "quitte", "pouvoir", "procuration", "excusé", "excusée",
        "s'interroge", "s’interroge", "ayant", "absent", "absente", "par", "suppléé", "suppléée", "remplacé",
        "remplacée", "à",
    )
)  # fmt: skip
_NUMBERING_WORDS = frozenset({"page", "point", "lot", "tranche", "annexe", "article", "question", "affaire"})
#: Classes of the whitespace a name may hold: a line break, a doubled space.
GAPS = frozenset({"BRK", "SP"})
#: Tokens that close one item of a list and open the next.
SEPARATORS = frozenset({",", ";", "–", "—", "-", "|", ":", "(", "•", "→", "/", "*", "o", "▪", "X"})
#: Classes of the tokens that are pieces of a name (not particles, initials or links).
NAME_PIECES = frozenset({"SUR", "FIRST", "CAP"})


def make_nlp() -> Any:
    """``spacy.blank("fr")`` whose tokenizer keeps hyphenated and apostrophe names whole.

    Civilities (``Mme.``, ``ép.``) are kept whole by the suffix search, not by special cases:
    spaCy stops caching a document's chunks once a special case appears in it, and every
    deliberation names a ``M.`` early on.
    """
    import spacy
    from spacy.tokenizer import Tokenizer

    nlp = spacy.blank("fr")
    nlp.tokenizer = Tokenizer(nlp.vocab, prefix_search=_PREFIX.search, suffix_search=_suffix_search)
    return nlp


def _suffix_search(chunk: str) -> re.Match[str] | None:
    """Closing punctuation, or a final dot unless it ends an initial (``J.``); only the tail is searched."""
    if chunk in _KEPT_WHOLE:
        return None
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
        return "SP" if text == " " or text in "\u00a0\u202f" else "O"  # a doubled space; a tab or more parts columns
    if _INITIAL.fullmatch(text) and text.isupper() and text != "M.":
        return "INIT"
    lower = text.lower()
    role = lower in _NOT_NAME_WORDS or any(part in _NOT_NAME_WORDS for part in lower.split("-"))
    if lower in LINKS:  # ``NÉE``, ``ÉPOUSE`` in capitals too
        return "LINK"
    surname = _SURNAME.fullmatch(text)
    core = surname.group("core") if surname else ""
    # ``S'EST``, ``QU'IL`` are verbs and pronouns; ``d'HLM`` a body (``SA d'HLM``)
    elided_word = _ELIDED_WORD.match(text) or _apostrophe_tail(core) in _NOT_SURNAME
    if core.isupper() and text not in _NOT_SURNAME and core not in _NOT_SURNAME and not role and not elided_word:
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


def _apostrophe_tail(word: str) -> str:
    return word.replace("’", "'").rsplit("'", 1)[-1]


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
        self._unname_numbered_words()
        if offsets:
            hashes = {cls: doc.vocab.strings.add(cls) for cls in set(self.cls)}
            norms = numpy.array([hashes[cls] for cls in self.cls], dtype="uint64").reshape(-1, 1)
            doc.from_array(["NORM"], norms)

    def _join_broken_first_names(self) -> None:
        """``Ca-⏎role``, ``Tomás Tei-⏎xeira,``: the lower-case end of a name hyphenated across a line is a name piece
        too, when it makes a known first name or closes a list item."""
        cls, text = self.cls, self.text
        for i in range(1, len(text) - 1):
            broken = cls[i] == "BRK" and cls[i - 1] == "FIRST" and text[i - 1].endswith("-") and text[i + 1].islower()
            closes = i + 2 < len(text) and text[i + 2] in (",", ";", ")", "–")
            if broken and (closes or known_first_name(text[i - 1][:-1] + text[i + 1])):
                cls[i + 1] = "FIRST"

    def _unname_numbered_words(self) -> None:
        """``Page 2``, ``POINT 3``: a word numbering something is no name piece (``Le Page`` is a surname)."""
        cls, text = self.cls, self.text
        for i in range(len(text) - 2):
            if cls[i] in NAME_PIECES and text[i].lower() in _NUMBERING_WORDS and text[i + 1][:1].isdigit():
                cls[i] = "O"
        # ``Yannick Le Du,``, ``Mme Xiaoli Le et …``: capitalised particles closing a name are its surname
        for i in range(1, len(text) - 1):
            if cls[i] in ("PART", "DE") and text[i][:1].isupper() and text[i + 1] in _SURNAME_CLOSERS:
                j = i - 1 if cls[i - 1] in ("PART", "DE") and text[i - 1][:1].isupper() else i
                if j > 0 and cls[j - 1] == "FIRST":
                    for k in range(j, i + 1):
                        cls[k] = "FIRST"
        # ``LA SALLE``, ``La Salle``, ``Germaine QUARTIER``: after a capitalised particle or a first name, a place
        # word is a surname
        for i in range(1, len(text)):
            if cls[i] == "O" and text[i].lower() in _PLACES:
                previous = i - 2 if cls[i - 1] in GAPS and i > 1 else i - 1  # ``Victoire LA⏎  SALLE``
                after_particle = text[previous] in ("LA", "La")
                if text[i].isupper() and (after_particle or cls[previous] == "FIRST"):
                    cls[i] = "SUR"
                elif after_particle and _capitalised(text[i]):
                    cls[i] = "FIRST"

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

    def opens_item(self, index: int) -> bool:
        """Whether the token at ``index`` opens a line, a table cell or a list item (``– de CHABOT Laure``)."""
        i = index - 1
        while i >= 0 and self.text[i].isspace():
            if "\n" in self.text[i] or "\t" in self.text[i] or len(self.text[i]) >= 2:
                return True
            i -= 1
        return i < 0 or self.text[i] in SEPARATORS

    def breaks_sentence(self, start: int, end: int) -> bool:
        """A shape with a line break that runs into a sentence or a label: ``LÉGER Adrien⏎Approbation du …``,
        ``GODARD Sylvie⏎Rendue exécutoire``, ``M. MANSOURI⏎Participaient :``."""
        if "BRK" not in self.cls[start:end] or end >= len(self.text):
            return False
        after = self.text[end]
        if after == " " and end + 1 < len(self.text):
            after = self.text[end + 1]
        return after == ":" or (after.islower() and after not in _VERBS_AFTER and after not in (",", ";", ")", "("))

    def wrapped(self, start: int, end: int) -> bool:
        """A name of three pieces at most that one line break cuts, its item going on after it on the same line:
        ``M. Hung⏎Bui, Mme …``, ``Mme Van⏎Baelen répond``; not a list of one name a line (``Paul Roche⏎Inès Talbi``).
        """
        pieces = [i for i in range(start, end) if self.cls[i] in NAME_PIECES]
        if len(pieces) > 3 or self.cls[start:end].count("BRK") != 1 or end >= len(self.text):
            return False
        if not self.opens_item(start) and self.previous(start) not in _ITEM_OPENERS:
            return False
        # ``M. Cissé⏎Nabila Lakhdar a été désignée``: a whole name on the next line, a surname before it
        cut = self.cls.index("BRK", start, end)
        before, after_break = [i for i in pieces if i < cut], [i for i in pieces if i > cut]
        if len(after_break) > 1 and not any(known_first_name(self.text[i]) for i in before):
            return False
        after = self.text[end]
        if after == " " and end + 1 < len(self.text):  # a doubled space
            after = self.text[end + 1]
        # a separator, or a verb (``répond``, ``représentée par``); not a label (``⏎CTE Estuaire :``, ``⏎Assistait :``)
        return after in _ITEM_CLOSERS or after in _VERBS_AFTER

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
