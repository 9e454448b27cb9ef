"""OFFICIAL shapes whose surname is not set apart by capitals: ``Claire Dubois``, ``CLAIRE DUBOIS``.

In title case a name looks like any capitalised words (``Budget Primitif``, ``rue Victor Hugo``),
and in capitals like any heading; so these shapes are names only on evidence. Right after a
civility (``Mme Claire Dubois``, ``MME CLAIRE DUBOIS``, ``M. Le Goff``) the shape is a name
(:func:`after_civility` turns down ``Monsieur le Maire``, ``MONSIEUR LE MAIRE``). Without one,
:func:`cased_score` wants two name pieces, a known first name at one end (``Dubois Claire`` too),
and a list or a line that names elected members: one item of an attendance or vote list, a
proxy, a vote in parentheses, or a role right before it (``Le Maire, Jean-Pierre Martin``).

Example:
    >>> from model.rules.tokens import make_nlp
    >>> text = "Présents : Claire Dubois, Paul Roche"
    >>> tokens = NameTokens(make_nlp().make_doc(text), text)
    >>> [tokens.words(shape) for shape in cased_shapes(tokens)]
    [['Claire', 'Dubois'], ['Dubois'], ['Paul', 'Roche'], ['Roche']]
"""

from __future__ import annotations

import re

from model.rules.names import known_first_name
from model.rules.official_context import Context
from model.rules.tokens import NAME_PIECES, UPPER_PARTICLES, Candidate, NameTokens

_ROMAN = re.compile(r"[IVX]{1,4}\.")
#: Kinds of the shapes: a name in title case, or one after initials (``J.-P. Durand``).
CASED_KINDS = frozenset({"title", "initials_title"})
_TITLE_PIECES = frozenset({"FIRST", "CAP"})
_GLUE = frozenset({"PART", "DE", "BRK", "SP"})
#: A line break, or a doubled space that may part a name (``Paul  Roche``) or two columns (``Paul Roche  Inès Talbi``).
_BREAKS = frozenset({"BRK", "SP"})
#: Between two pieces of a name: two particles and a line break at most (``de La⏎Tour``).
_MAX_GLUE = 3


def cased_shapes(tokens: NameTokens) -> list[Candidate]:
    """Every title-case shape: from each name piece, particle or initial, the longest run of up to four pieces
    (three after initials) with particles, line breaks and one ``épouse``/``née`` between them; one per number
    of line breaks, each break plausible (:func:`cased_breaks_ok`).

    A walk over the token classes rather than ``Matcher`` patterns: optional particles and breaks between
    every piece make the matcher's states explode, and this walk is bounded the same way (linear time).

    Example:
        >>> from model.rules.tokens import make_nlp
        >>> text = "Mme Anne de La Tour épouse Roy"
        >>> tokens = NameTokens(make_nlp().make_doc(text), text)
        >>> [(c.start, c.end) for c in cased_shapes(tokens)][:3]
        [(1, 7), (2, 7), (3, 7)]
    """
    cls, n = tokens.cls, len(tokens.cls)
    shapes = []
    for start in range(n):
        if cls[start] == "INIT":
            kind, i, limit = "initials_title", start + 1, 3
        elif cls[start] in _TITLE_PIECES or cls[start] in ("PART", "DE"):
            kind, i, limit = "title", start, 4
        else:
            continue
        longest: dict[int, int] = {}  # number of line breaks → end
        pieces = breaks = glue = 0
        linked = False
        while i < n and pieces < limit:
            if cls[i] in _TITLE_PIECES:
                pieces, glue, i = pieces + 1, 0, i + 1
                if not breaks or cased_breaks_ok(tokens, start, i):
                    longest[breaks] = i
            elif cls[i] in _GLUE and glue < _MAX_GLUE:
                breaks, glue, i = breaks + (cls[i] in _BREAKS), glue + 1, i + 1
            elif cls[i] == "LINK" and pieces and not linked:
                linked, glue, i = True, 0, i + 1
            else:
                break
        shapes += [Candidate(start, end, kind, count) for count, end in longest.items()]
    return shapes


#: Articles that after a civility open a role, not a name: ``Monsieur le Maire``, ``Madame la Présidente``.
_ARTICLES = frozenset({"le", "la", "les", "l'", "l’"})


def after_civility(cand: Candidate, tokens: NameTokens) -> bool:
    """Whether the shape after a civility is a name: not particles alone, not an article and a role."""
    if not _core(tokens.words(cand)):
        return False  # ``MONSIEUR LE MAIRE``: ``LE`` alone
    return not (cand.kind in CASED_KINDS and tokens.text[cand.start] in _ARTICLES)


def cased_score(cand: Candidate, tokens: NameTokens, context: Context, *, known: bool = True) -> float | None:
    """The confidence that a title-case or all-capitals shape without a civility names an elected member.

    ``known=False`` scores the shapes that have no known first name at either end instead (see :func:`by_company`).
    """
    if not full_name(cand, tokens):
        return None
    pieces = _core(tokens.words(cand))
    initials = cand.kind == "initials_title"  # ``S. Coulibaly``: the initial stands for the first name
    start, end = tokens.chars(cand.start, cand.end)
    if (initials or known_first_name(pieces[0]) or known_first_name(pieces[-1])) != known:
        # A name the lists do not know is still one in a members' table (``Iribarne Amaia | 3e Vice-présidente``)
        # or when it gives or holds a proxy (``Kaci Messaoud donne procuration à …``).
        strong = (
            context.role_after(start, end)
            or context.signs_below_role(start, end)
            or context.proxy_after(end)
            or context.after_proxy(start, strict=True)
            or context.chaired(start)
        )
        return 0.85 if known and strong else None
    if tokens.previous(cand.start) == "(":
        return 0.95 if context.in_vote(start) else None
    if (context.in_attendance(start) or context.in_vote(start)) and context.list_item(start, end):
        return 0.95
    if context.after_proxy(start, strict=True) or context.in_prose(start, end):
        return 0.9
    # not ``I. Tarification`` under a role line; but ``La Présidente,⏎D. Lebrun``
    signed = len(pieces) > 1 or (initials and not _ROMAN.fullmatch(tokens.text[cand.start]))
    if signed and (context.role_before(start) or context.role_after(start, end)):
        return 0.9
    return None


def full_name(cand: Candidate, tokens: NameTokens) -> bool:
    """Whether the shape could be a whole name on its own: two to four pieces (or initials and a surname),
    no name piece touching it."""
    least = 1 if cand.kind == "initials_title" else 2
    return least <= len(_core(tokens.words(cand))) <= 4 and _maximal(cand, tokens)


def cased_breaks_ok(tokens: NameTokens, start: int, end: int) -> bool:
    """A line break inside the shape follows a hyphen, touches a particle, or parts first names from the rest."""
    pieces = [i for i in range(start, end) if tokens.cls[i] in NAME_PIECES]
    if tokens.breaks_sentence(start, end):
        return False
    for i in range(start + 1, end - 1):
        if tokens.cls[i] not in _BREAKS:
            continue
        before, after = tokens.text[i - 1], tokens.text[i + 1]
        if before.endswith("-") or before in UPPER_PARTICLES or after in UPPER_PARTICLES:
            continue
        split = sum(1 for p in pieces if p < i)
        # ``Anne de⏎La Tour``, ``Anne⏎de La Tour``; not ``Forget Emmanuelle⏎de Montalembert Raymond`` (two names)
        particle_after = tokens.cls[i + 1] in ("PART", "DE") and split <= 1
        if tokens.cls[i - 1] in ("PART", "DE", "LINK") or tokens.cls[i + 1] == "LINK" or particle_after:
            continue
        if (tokens.cls[i] == "SP" and len(pieces) == 2) or tokens.wrapped(start, end):
            continue  # ``GILLES  LEROY``; ``M. Hung⏎Bui, …``
        # ``Marie-Thérèse⏎Coïc``, ``Roux⏎Denis``: one first name on one side; but ``Yves Nicolas⏎Malo Kergoat``
        # and ``LAKHDAR MALIKA⏎LECONTE MARIE-PAULE`` are two names, one a line.
        known = [known_first_name(tokens.text[p]) for p in pieces]
        first_then_rest = split == 1 < len(known) and known[0] and not known[1]
        rest_then_first = 0 < split == len(known) - 1 and known[-1] and not known[0]
        if not (first_then_rest or rest_then_first):
            return False
    return True


def _core(words: list[str]) -> list[str]:
    """Name pieces without upper-case particles (``LE GALL`` has one: ``GALL``)."""
    return [word for word in words if word not in UPPER_PARTICLES]


def _maximal(cand: Candidate, tokens: NameTokens) -> bool:
    """No name piece touches the shape on its line: ``Dubois`` alone is no name inside ``Claire Dubois``."""
    before = tokens.cls[cand.start - 1] if cand.start else "O"
    after = tokens.cls[cand.end] if cand.end < len(tokens.cls) else "O"
    return before not in NAME_PIECES and before != "INIT" and after not in NAME_PIECES
