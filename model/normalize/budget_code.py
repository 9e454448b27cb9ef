"""BUDGET_CODE → its named components: ``{"chapitre": "65", "nature": "6574", "fonction": "025"}``.

Keys are the component words in ASCII (``chapitre``, ``article``, ``nature``,
``compte``, ``fonction``, ``sous_fonction``, ``programme``, ``operation``,
``politique``, ``sous_politique``, ``service``, ``antenne``); slash and dash
forms read as chapter / nature / function (an opening nature of four digits or
more reads as nature / function). Several codes under one word are joined by ``, ``.

Example:
    >>> normalize_budget_code("Chapitre 012 nature 64111, fonction 020, sous-politique A230")
    {'chapitre': '012', 'nature': '64111', 'fonction': '020', 'sous_politique': 'A230'}
    >>> normalize_budget_code("imputation 204/20422/824")
    {'chapitre': '204', 'nature': '20422', 'fonction': '824'}
"""

from __future__ import annotations

import re
from typing import Any

from model.normalize import register
from model.normalize.text import fold, unbreak

_KEYS = {
    "chapitre": "chapitre", "chap": "chapitre", "article": "article", "art": "article", "nature": "nature",
    "nat": "nature", "compte": "compte", "c/": "compte", "fonction": "fonction", "fonct": "fonction",
    "sousfonction": "sous_fonction", "programme": "programme", "operation": "operation", "op": "operation",
    "politique": "politique", "souspolitique": "sous_politique", "service": "service", "antenne": "antenne",
}  # fmt: skip
_COMPONENT = re.compile(
    r"(?P<word>sousfonction|souspolitique|chapitre|article|nature|compte|fonction|programme|operation|politique"
    r"|service|antenne|chap|art|nat|fonct|op|c/)s?\.?\s*:?\s*(?P<codes>(?:n[°º]\s?)?"
    r"(?:\d[\w-]*|[a-z]{1,5}-?\d[\w-]*)(?:\s*(?:,|et)\s*(?:\d[\w-]*|[a-z]{1,5}-?\d[\w-]*))*)",
)
_POSITIONAL = re.compile(r"(\d{2,8})\s*([/–-])\s*(\d{2,8})(?:\s*\2\s*(\d{1,8}))?(?:-(\d{1,4}))?")


@register("BUDGET_CODE")
def normalize_budget_code(surface: str) -> dict[str, Any] | None:
    """Components of a budget imputation, or ``None`` when none can be read."""
    text = unbreak(surface)
    # Hyphens between letters are line-break hyphenation (``na-tures``) or inside a key (``sous-fonction``).
    folded = re.sub(r"(?<=[a-z])-(?=[a-z])", "", fold(text))
    parts: dict[str, str] = {}
    positional = _POSITIONAL.match(folded.removeprefix("imputation").strip())
    if positional:
        first, _, second, third, operation = positional.groups()
        keys = ("nature", "fonction", "") if len(first) >= 4 else ("chapitre", "nature", "fonction")
        for key, code in zip(keys, (first, second, third), strict=True):
            if key and code:
                parts[key] = code
        if operation:
            parts["operation"] = operation
        folded = folded[positional.end() :]
    original = {fold(token): token for token in re.findall(r"[\w-]+", text)}
    for match in _COMPONENT.finditer(folded):
        key = _KEYS[match.group("word")]
        codes = [
            original.get(code, code).upper() if code[0].isalpha() else code
            for code in re.split(r"\s*(?:,|\bet\b)\s*", re.sub(r"^n[°º]\s?", "", match.group("codes")))
        ]
        parts[key] = ", ".join(codes)
    return parts or None
