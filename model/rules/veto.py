"""What the rules know a span is not: vetoes on the model's spans that the rules did not find.

The rules are precise but miss what their patterns do not foresee; the model fills those
gaps in the hybrid engine, and sometimes fills them with things the guidelines exclude and
the rules know to be excluded. Each veto is a named pure function of the text, a span and
the text's :class:`~model.rules.official_context.Context`; :func:`vetted` drops the model's
spans that any veto rejects, except those the rules found too.

Example:
    >>> text = "La taxe est perçue du 1er janvier au 31 décembre 2024."
    >>> spans = [Span(22, 33, "DATE", text="1er janvier"), Span(37, 53, "DATE", text="31 décembre 2024")]
    >>> [s.text for s in vetted(text, spans, [])]
    ['31 décembre 2024']
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence

from model.normalize import NORMALIZERS
from model.rules.delib_id import numbers_something_else
from model.rules.lexicon import CIVILITIES, PLURAL_CIVILITIES
from model.rules.official_context import Context
from model.span import Span

Veto = Callable[[str, Span, Context], bool]

_CIVILITIES = sorted({*CIVILITIES, *PLURAL_CIVILITIES}, key=len, reverse=True)
#: A civility just before a name (searched in the few characters before it).
_CIVILITY_BEFORE = re.compile(r"(?:^|[\s(])(?:" + "|".join(map(re.escape, _CIVILITIES)) + r")\s*$")
#: The rest of the line is a colon: a heading or a label (``Casson : LE GOFF Sébastien, …``), not a name.
_COLON_AFTER = re.compile(r"[ \t\u00a0\u202f]{0,3}:")


def unreadable(text: str, span: Span, context: Context) -> bool:
    """A patterned entity its label's normalizer cannot read: ``du 1er janvier au 31 décembre``
    has no year, so neither end is a date (guidelines T3). Names are not patterned."""
    normalizer = NORMALIZERS.get(span.label)
    if span.label == "OFFICIAL" or normalizer is None:
        return False
    try:
        return normalizer(text[span.start : span.end]) is None
    except Exception:  # a normalizer that breaks cannot read the span either
        return True


def not_an_act(text: str, span: Span, context: Context) -> bool:
    """``avis n° 24-112358``, ``BP 371``: a number the words around it give to something other than an
    act of the authority (guidelines D4, D9)."""
    return span.label == "DELIB_ID" and numbers_something_else(text, span.start, span.end)


def not_a_member(text: str, span: Span, context: Context) -> bool:
    """A name among non-members (``Assistaient également``, a CCAS's appointed members), followed by an
    agent's role, or after a notary or an owner's mention (guidelines O4, O5)."""
    return span.label == "OFFICIAL" and not context.allowed(span.start, span.end)


def in_parentheses(text: str, span: Span, context: Context) -> bool:
    """``PERRAUD Serge (Casson)``: one word alone in parentheses is a place or a body, unless a vote line
    lists names that way (``CONTRE (DUPONT)``)."""
    if not _one_word(text, span) or text[span.start - 1 : span.start] != "(" or text[span.end : span.end + 1] != ")":
        return False
    return not context.in_vote(span.start)


def heads_a_list(text: str, span: Span, context: Context) -> bool:
    """``Casson : LE GOFF Sébastien``: one word without a civility, followed by a colon, labels what
    comes next (the members of one commune, a column); ``G. Droz : excusé`` is a name."""
    if not _one_word(text, span) or not _COLON_AFTER.match(text, span.end):
        return False
    return not _CIVILITY_BEFORE.search(text, max(0, span.start - 16), span.start)


def _one_word(text: str, span: Span) -> bool:
    """An ``OFFICIAL`` span of a single word (hyphens allowed): what a place name looks like."""
    return span.label == "OFFICIAL" and not any(c.isspace() or c == "." for c in text[span.start : span.end])


def cuts_a_word(text: str, span: Span, context: Context) -> bool:
    """``[Sin-le-]Noble``, ``[2024-]2025``: an entity starts and ends on word edges (guidelines G);
    a span that cuts a word is a piece of a word-piece model's guess."""
    before = text[span.start - 1] if span.start > 0 else " "
    after = text[span.end] if span.end < len(text) else " "
    return any(c.isalpha() or c.isdecimal() for c in (before, after))


def has_digits(text: str, span: Span, context: Context) -> bool:
    """``[SAISON 2024]``: a name has no digits."""
    return span.label == "OFFICIAL" and any(c.isdigit() for c in text[span.start : span.end])


def lone_word(text: str, span: Span, context: Context) -> bool:
    """``à [Bar-le-Duc]``, ``[Membre]``: one word outside any list of members or of votes and without a
    civility has nothing to make it a surname."""
    if not _one_word(text, span) or _CIVILITY_BEFORE.search(text, max(0, span.start - 16), span.start):
        return False
    return not (context.in_attendance(span.start) or context.in_vote(span.start))


VETOES: Mapping[str, Veto] = {
    "cuts_a_word": cuts_a_word,
    "unreadable": unreadable,
    "not_an_act": not_an_act,
    "not_a_member": not_a_member,
    "in_parentheses": in_parentheses,
    "heads_a_list": heads_a_list,
    "lone_word": lone_word,
    "has_digits": has_digits,
}


def vetoed_by(text: str, span: Span, context: Context) -> str | None:
    """The name of the first veto that rejects ``span``, or ``None``."""
    return next((name for name, veto in VETOES.items() if veto(text, span, context)), None)


def vetted(text: str, model_spans: Sequence[Span], rules_spans: Sequence[Span]) -> list[Span]:
    """The model's spans of ``text`` less those a veto rejects; a span the rules found too is always kept."""
    found = {(s.start, s.end, s.label) for s in rules_spans}
    alone = [s for s in model_spans if (s.start, s.end, s.label) not in found]
    if not alone:
        return list(model_spans)
    context = Context(text)
    rejected = {id(s) for s in alone if vetoed_by(text, s, context)}
    return [s for s in model_spans if id(s) not in rejected]
