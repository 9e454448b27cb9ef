"""Hard negatives stay untagged; tagged surfaces keep the guidelines' boundaries."""

from __future__ import annotations

import random
import re

import pytest

from training.synthetic.context import draw_context
from training.synthetic.corpus import SyntheticGenerator
from training.synthetic.parts import attendance, closing
from training.synthetic.slots import negatives
from training.synthetic.slots.name_pool import NamePool
from training.synthetic.subjects.common import hard_numbers
from training.synthetic.subjects.parties import association, company

_CURRENCY = re.compile(r"€|euros?|EUR", re.IGNORECASE)
_DAY = re.compile(
    r"\d|premier|un|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|vingt|trente",
    re.I,
)


@pytest.fixture(scope="module")
def docs():
    return [doc for seed in (21, 22) for doc in SyntheticGenerator(seed, pool_size=80).documents(60)]


@pytest.fixture(scope="module")
def pool():
    return NamePool(seed=1, size=60)


def _spans(docs, label):
    return [s.text for doc in docs for s in doc.spans if s.label == label]


def test_amounts_carry_a_currency_and_never_a_percent(docs):
    for text in _spans(docs, "AMOUNT"):
        assert _CURRENCY.search(text), text
        assert "%" not in text


def test_dates_are_full_dates_never_years_alone(docs):
    for text in _spans(docs, "DATE"):
        assert not re.fullmatch(r"\d{4}", text.strip()), text
        assert _DAY.search(text), text
        assert not re.search(r"\d{1,2}\s?h\s?\d{0,2}$", text), f"time of day inside a date: {text}"


def test_ids_never_keep_their_numero_word_nor_the_transmission_suffix(docs):
    for text in _spans(docs, "DELIB_ID"):
        assert not re.match(r"(?i)n°|no |numéro|délibération", text), text
        assert not text.endswith("-DE"), text


def test_officials_never_start_with_a_civility_or_hold_a_role(docs):
    for text in _spans(docs, "OFFICIAL"):
        assert not re.match(r"(?:M\.|Mme|Monsieur|Madame|MM\.|Mmes)\s", text), text
        assert not re.search(r"\b(?:Maire|Président|Adjoint)\b", text), text


def test_legal_refs_leave_titles_and_qualifiers_outside(docs):
    for text in _spans(docs, "LEGAL_REF"):
        assert not re.search(r"\b(?:modifiée?|susvisée?|précitée?|relative?|portant)\b", text), text


@pytest.mark.parametrize("seed", range(6))
def test_numbers_that_are_not_entities_stay_untagged(seed):
    rng = random.Random(seed)
    samples = [
        negatives.percent(rng),
        negatives.siret(rng),
        negatives.phone(rng),
        negatives.surface(rng),
        negatives.parcel(rng),
        negatives.agenda_number(rng),
        negatives.contract_number(rng, 2023),
        negatives.index_value(rng),
        negatives.month_year(rng, 2023),
        negatives.day_month(rng),
        negatives.year_phrase(rng, 2023),
    ]
    for sample in samples:
        assert isinstance(sample, str) and sample
        assert not _CURRENCY.search(sample), sample


def test_people_who_are_not_officials_stay_untagged(pool):
    for seed in range(10):
        ctx = draw_context(random.Random(seed), pool)
        assert all(isinstance(p, str) for p in attendance.staff(ctx)), "agents are never OFFICIAL (O5)"
        assert isinstance(company(ctx), str) and isinstance(association(ctx), str)
        assert isinstance(hard_numbers(ctx), str)
        outsider = ctx.outsider()
        member_parts = {w.lower() for m in ctx.members for w in re.split(r"[\s'-]+", m.last)}
        assert not {w.lower() for w in re.split(r"[\s'-]+", outsider.last)} & member_parts - {"de", "la", "le", "du"}


def test_roles_without_names_stay_untagged(pool):
    for seed in range(10):
        ctx = draw_context(random.Random(seed), pool)
        assert isinstance(ctx.head_role(), str) and isinstance(ctx.head_the(), str)


def test_transmission_identifier_and_page_numbers_are_not_ids(pool):
    for seed in range(10):
        ctx = draw_context(random.Random(seed), pool)
        stamp = closing.stamp(ctx)
        ids = [p for p in stamp if isinstance(p, tuple) and p[0] == "DELIB_ID"]
        assert ids == []
        assert any(isinstance(p, str) and "-DE" in p for p in stamp)
        footer = closing.page_footer(ctx, 2, 4)
        assert all(not (isinstance(p, tuple) and "2/4" in p[1]) for p in footer)
