"""Codes and their articles as clerks write them: article numbers, lists, ranges, paragraphs.

Example:
    >>> import random
    >>> article_number(random.Random(0), "L. 2121-29", "tight")
    'L.2121-29'
    >>> join_items(["L. 2121-29", "L. 2311-1"], random.Random(1))
    'L. 2121-29 et L. 2311-1'
"""

from __future__ import annotations

import random

from training.synthetic import lexicon


def code_name(rng: random.Random, name: str) -> str:
    roll = rng.random()
    if roll < 0.55:
        return name
    if roll < 0.8:
        return name[0].lower() + name[1:]
    if roll < 0.95:
        return " ".join(
            w if w in ("de", "des", "la", "du", "et", "l'", "aux") else w.capitalize() for w in name.split()
        )
    return name.upper()


def number_style(rng: random.Random) -> str:
    """How a clerk writes article numbers, drawn once per reference."""
    return rng.choices(("standard", "tight", "space", "glued"), (58, 28, 9, 5))[0]


def article_key(article: str) -> tuple:
    """Sort key in the code's order: ``L. 2121-7`` before ``L. 2121-29``, legislative part before regulatory."""
    letter, _, number = article.partition(". ")
    parts = tuple(int(p) if p.isdigit() else 0 for p in (number or letter).split()[0].split("-"))
    return ({"L": 0, "R": 1, "D": 2}.get(letter, 3), parts)


def same_section(a: str, b: str) -> bool:
    """``L. 2121-7`` and ``L. 2121-29`` are in one section; ``L. 1311-5`` and ``L. 2321-2`` are not."""
    return "-" in a and a.rsplit("-", 1)[0] == b.rsplit("-", 1)[0]


def article_number(rng: random.Random, article: str, style: str | None = None) -> str:
    """``L. 2121-29`` written as clerks do: ``L.2121-29``, ``L 2121-29``, ``L2121-29``…"""
    if ". " not in article:
        return article  # CGI-style numbers: "1639 A bis"
    style = style or number_style(rng)
    letter, number = article.split(". ", 1)
    return {
        "standard": article,
        "tight": f"{letter}.{number}",
        "space": f"{letter} {number}",
        "glued": f"{letter}{number}",
    }[style]


def article_word(rng: random.Random, plural: bool = False) -> str:
    if plural:
        return rng.choices(("articles", "Articles", "art."), (85, 10, 5))[0]
    return rng.choices(("article", "Article", "art."), (85, 10, 5))[0]


def of_code(rng: random.Random, code: lexicon.Code) -> str:
    if code.abbreviations and rng.random() < 0.4:
        return f"du {rng.choice(code.abbreviations)}"
    return f"du {code_name(rng, code.name)}"


def paragraph(rng: random.Random) -> str:
    """A paragraph number inside an article reference (``L. 332-8 2°``)."""
    return rng.choices(("", " 2°", " (2°)", " 1°", " II", " I, 3°"), (85, 5, 3, 3, 2, 2))[0]


def maybe_range(rng: random.Random, article: str) -> str:
    """``L. 2224-12-1`` → ``L. 2224-12-1 à L. 2224-12-4`` now and then."""
    if rng.random() >= 0.2 or not article[-1].isdigit():
        return article
    head, _, last = article.rpartition("-")
    if not head or not last.isdigit():
        return article
    return f"{article} à {head}-{int(last) + rng.randint(1, 6)}"


def join_items(items: list[str], rng: random.Random) -> str:
    if len(items) == 1:
        return items[0]
    last = rng.choice((" et ", " et ", ", "))
    return ", ".join(items[:-1]) + last + items[-1]
