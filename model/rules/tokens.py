"""spaCy's blank French pipeline with a tokenizer tuned for names, and the token classes of a name.

The stock French tokenizer splits inside ``N'DIAYE-KANTÉ``, ``VIOLLET-BOSSON`` or
``J.-C.``; names need them whole. This tokenizer only splits punctuation off the
edges of whitespace-separated chunks and keeps civilities (``M.``, ``MM.``) and
initials (``J.``) with their dot. Each token then gets a class in its ``norm_``
so that ``Matcher`` patterns compare integers, not regexes.

Example:
    >>> nlp = make_nlp()
    >>> doc = nlp.make_doc("Mme Fatou N'DIAYE-KANTÉ (pouvoir à J.-C. LE GALL).")
    >>> [t.text for t in doc]
    ['Mme', 'Fatou', "N'DIAYE-KANTÉ", '(', 'pouvoir', 'à', 'J.-C.', 'LE', 'GALL', ')', '.']
    >>> [token_class(t.text) for t in doc][:4]
    ['O', 'FIRST', 'SUR', 'O']
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from model.rules.lexicon import CIVILITIES, NOT_FIRST_NAMES, NOT_SURNAMES, PLURAL_CIVILITIES

_LETTER = r"[^\W\d_]"  # any Unicode letter; case is checked with ``str`` methods (``TRẦN`` too)
_PREFIX = re.compile(r"""^[(\[{«"“‘'*_#■•–—-]""")
_PUNCT_SUFFIX = re.compile(r"""[)\]}»"”’',;:!?*_…]$""")
_DOT = re.compile(r"\.$")
_KEPT_WHOLE = (*CIVILITIES, *PLURAL_CIVILITIES, "Me.", "Mgr.", "MM.")

_SURNAME = re.compile(rf"(?:[NDLO]['’]|d['’])?(?P<core>{_LETTER}(?:{_LETTER}|['’]|-(?={_LETTER}))*{_LETTER}-?)")
_FIRST = re.compile(rf"{_LETTER}{{2,}}(?:-{_LETTER}+)*-?")
_INITIAL = re.compile(rf"{_LETTER}\.(?:-?{_LETTER}\.)*|{_LETTER}-{_LETTER}\.")
_NOT_FIRST = NOT_FIRST_NAMES | set(CIVILITIES) | set(PLURAL_CIVILITIES) | {"Me", "Maître", "Mgr"}
PARTICLES = frozenset({"de", "du", "des", "d'", "la", "le", "van", "von", "der", "di", "da", "dos", "del"})
#: Particles that may open a surname written alone or first (``Mme de ROCHEMAURE Hélène``).
OPENING_PARTICLES = frozenset({"de", "du", "des", "d'"})
LINKS = frozenset({"épouse", "ép.", "née", "veuve"})
#: Upper-case particles that may start or continue a surname across a line (``VAN⏎DER HEYDEN``).
UPPER_PARTICLES = frozenset({"VAN", "VON", "DER", "DEN", "DE", "DU", "DES", "LE", "LA", "DI", "DA", "DOS", "DEL", "EL"})


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
    """The class of a token: ``SUR`` (surname piece), ``FIRST``, ``INIT`` (initials), ``DE`` and ``PART`` (particles),
    ``LINK``,
    ``BRK`` (whitespace with one line break) or ``O``."""
    if text.isspace():
        return "BRK" if text.count("\n") == 1 else "O"
    if _INITIAL.fullmatch(text) and text.isupper() and text != "M.":
        return "INIT"
    surname = _SURNAME.fullmatch(text)
    if surname and surname.group("core").isupper() and text not in NOT_SURNAMES:
        return "SUR"
    capitalised = all(_capitalised(part) for part in text.split("-") if part)
    if _FIRST.fullmatch(text) and capitalised and text not in _NOT_FIRST:
        return "FIRST"
    lower = text.lower()
    if text in OPENING_PARTICLES:
        return "DE"
    if lower in PARTICLES:
        return "PART"
    if lower in LINKS:
        return "LINK"
    return "O"


def _capitalised(word: str) -> bool:
    return word[0].isupper() and (len(word) == 1 or word[1:].islower())
