"""Word lists and nomenclatures the generator draws from (``resources/``), loaded once per process.

Example:
    >>> departements()["33"].name
    'Gironde'
    >>> natures()[0].chapter
    '011'
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib import resources


def _rows(name: str) -> list[list[str]]:
    text = resources.files("training.synthetic").joinpath("resources", name).read_text(encoding="utf-8")
    return [line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")]


def _values(cell: str) -> list[str]:
    return [value.strip() for value in cell.split(",") if value.strip()]


@dataclass(frozen=True, slots=True)
class Departement:
    number: str
    name: str
    of: str  # "de la Gironde"


@dataclass(frozen=True, slots=True)
class Nature:
    code: str
    chapter: str
    section: str  # F or I
    direction: str  # D or R
    label: str


@dataclass(frozen=True, slots=True)
class LegalText:
    kind: str
    number: str
    date: str  # ISO
    nickname: str  # "" when the text has none
    title: str


@dataclass(frozen=True, slots=True)
class Code:
    name: str
    abbreviations: tuple[str, ...]
    articles: tuple[str, ...]


@cache
def departements() -> dict[str, Departement]:
    return {row[0]: Departement(row[0], row[1], row[2]) for row in _rows("departements.tsv")}


@cache
def regions() -> list[tuple[str, tuple[str, ...]]]:
    return [(row[0], tuple(_values(row[1]))) for row in _rows("regions.tsv")]


@cache
def communes() -> list[tuple[str, str]]:
    """``(name, departement number)`` of real communes."""
    return [(name, row[0]) for row in _rows("communes.tsv") for name in _values(row[1])]


@cache
def territories() -> list[str]:
    return [row[0] for row in _rows("territories.txt")]


@cache
def metropoles() -> list[tuple[str, str]]:
    return [(row[0], row[1]) for row in _rows("metropoles.tsv")]


@cache
def famous_people() -> list[str]:
    return [row[0] for row in _rows("people_famous.txt")]


@cache
def names_by_origin() -> dict[tuple[str, str], list[str]]:
    """``(kind, origin) → values`` with kind ``F``/``M`` (first names) or ``S`` (surnames)."""
    return {(row[0], row[1]): _values(row[2]) for row in _rows("names.tsv")}


@cache
def compound_first_names() -> dict[str, list[str]]:
    return {row[0]: _values(row[1]) for row in _rows("compound_first.tsv")}


@cache
def natures() -> list[Nature]:
    return [Nature(*row[:5]) for row in _rows("budget_natures.tsv")]


@cache
def chapters() -> dict[str, str]:
    return {row[0]: row[1] for row in _rows("budget_chapters.tsv")}


@cache
def functions() -> list[tuple[str, str]]:
    return [(row[0], row[1]) for row in _rows("budget_functions.tsv")]


@cache
def legal_texts() -> list[LegalText]:
    return [
        LegalText(row[0], row[1], row[2], "" if row[3] == "-" else row[3], row[4]) for row in _rows("legal_texts.tsv")
    ]


@cache
def codes() -> list[Code]:
    return [Code(row[0], tuple(_values(row[1])), tuple(_values(row[2]))) for row in _rows("codes.tsv")]
