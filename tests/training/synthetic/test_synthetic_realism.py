"""Realism of the generated forms: French number, date and identifier conventions, grammar around
entities, and names written the way real registers write them."""

from __future__ import annotations

import random
import re
from collections import Counter

import pytest

from training.synthetic.context import draw_context
from training.synthetic.corpus import SyntheticGenerator
from training.synthetic.parts import closing, prose
from training.synthetic.slots import amounts, delib_ids
from training.synthetic.slots.articles import same_section
from training.synthetic.slots.budget_phrases import preposition
from training.synthetic.slots.legal import legal_ref
from training.synthetic.slots.name_pool import NamePool
from training.synthetic.slots.names import Person, name_case, render
from training.synthetic.subjects.governance import delegated_decisions


@pytest.fixture(scope="module")
def docs():
    return [doc for seed in (31, 32) for doc in SyntheticGenerator(seed, pool_size=80).documents(70)]


@pytest.fixture(scope="module")
def pool():
    return NamePool(seed=2, size=60)


def _spans(docs, label):
    return [doc.text[s.start : s.end] for doc in docs for s in doc.spans if s.label == label]


def test_amounts_use_french_number_forms(docs):
    for text in _spans(docs, "AMOUNT"):
        assert not re.search(r"\d['’]\d", text), f"Swiss thousands separator: {text!r}"
        assert not re.search(r"\d,\d{3}", text), f"English thousands separator: {text!r}"
        assert not re.search(r"\d[ \u00a0\u202f]\d{3}\.\d{2}\b", text), (
            f"French grouping with an English decimal: {text!r}"
        )
        assert not text.startswith("€") and "€uros" not in text, text
        assert not re.search(r"\bnet\b|\bbruts?\b", text), f"only tax mentions join an amount (A11): {text!r}"
        if text.startswith("EUR "):
            assert not re.search(r"\b(?:HT|TTC|taxes)\b", text), text


@pytest.mark.parametrize("seed", range(5))
def test_separator_and_decimal_forms(seed):
    rng = random.Random(seed)
    for _ in range(200):
        text, _ = amounts.render_amount(rng, amounts.magnitude(rng, 1000, 5e6), rng.choice(("digits", "cents")))
        number = text.split("€")[0].split("euros")[0].split("EUR")[0].split("Euros")[0].strip()
        assert re.fullmatch(r"\d{1,3}(?:([ \u00a0\u202f.])\d{3})*(?:,\d{2})?|\d+(?:[.,]\d{2})?", number), text


def test_doubled_spaces_never_split_digit_groups(docs):
    for text in _spans(docs, "AMOUNT"):
        assert not re.search(r"\d  +\d", text), text


def test_identifiers_separate_a_prefix_only(docs):
    for text in _spans(docs, "DELIB_ID"):
        flat = " ".join(text.split())
        assert not re.fullmatch(r"\d+ \d+", flat), f"number parts split by a space: {text!r}"
        assert flat.count(" ") <= 1, text
        assert not flat.startswith("AU "), text


def test_act_schemes_never_use_a_space_between_number_parts():
    rng = random.Random(4)
    for _ in range(300):
        scheme = delib_ids.draw_scheme(rng, "CM", act=rng.choice(("", "arrêté", "décision")))
        assert scheme.sep != " "


def test_delegated_decisions_are_numbered_in_sequence_and_written_alike(pool):
    ctx = draw_context(random.Random(8), pool)
    items = delegated_decisions(ctx, 6)
    ids = [p[1] for p in items if isinstance(p, tuple) and p[0] == "DELIB_ID"]
    dates = [p[1] for p in items if isinstance(p, tuple) and p[0] == "DATE"]
    assert len(ids) == len(dates) == 6
    numbers = [int(re.findall(r"\d+", i)[-1]) for i in ids]
    assert numbers == sorted(numbers) and len(set(numbers)) == 6
    kinds = {"/" if "/" in d else "." if "." in d else "words" for d in dates}
    assert len(kinds) == 1, dates  # one date format down the list


def test_running_headers_repeat_the_same_words_on_every_page(pool):
    for seed in range(12):
        ctx = draw_context(random.Random(seed), pool)
        headers = [closing.page_header(ctx, page, 4) for page in (1, 2, 3)]
        words = [[p if isinstance(p, str) else p[1] for p in header] for header in headers]
        if ctx.page_forms[0] in (1, 2, 3, 5):
            assert words[0] == words[1] == words[2]
        if ctx.page_forms[0] in (1, 5):
            assert all(any(isinstance(p, tuple) and p[0] == "DELIB_ID" for p in h) for h in headers)


def test_budget_codes_take_the_article_their_first_word_calls_for(docs):
    bad = re.compile(
        r"\b(?:au|le|du) (?:[Aa]rticles?|[Ii]mputation|[Oo]pération|[Nn]ature|[Ff]onction)\b"
        r"|\bau (?:[Cc]hapitres|[Cc]omptes)\b"
    )
    for doc in docs:
        for span in doc.spans:
            if span.label == "BUDGET_CODE":
                before = doc.text[max(0, span.start - 4) : span.end]
                assert not bad.search(before), before
    assert preposition("", "chapitre 65") == "le "
    assert preposition("de", "nature 6574") == "de la "
    assert preposition("à", "c/6231") == "au "


def test_genders_are_known_so_no_inclusive_brackets_in_roles(docs):
    for doc in docs:
        assert not re.search(r"président\(e\)|directeur\(trice\)|représenté\(e\)|conseiller\(e\)", doc.text), doc.id


def test_article_ranges_stay_within_one_section():
    rng = random.Random(2)
    for _ in range(400):
        text = legal_ref(rng, "articles_list").pieces[0][1]
        for low, high in re.findall(r"([LRD]\.? ?\d[\d-]*) à ([LRD]\.? ?\d[\d-]*)", text):
            low, high = (re.sub(r"^([LRD])\.? ?", r"\1. ", a) for a in (low, high))
            assert same_section(low, high), text


def test_name_cases_render_every_convention():
    person = Person("Anne-Sophie", "de La Tour", True, "Roche", "épouse")
    assert render(person, "First LAST") == "Anne-Sophie de LA TOUR épouse ROCHE"
    assert render(person, "First LAST", case="title") == "Anne-Sophie de La Tour épouse Roche"
    assert render(person, "LAST First", case="caps") == "DE LA TOUR ANNE-SOPHIE ÉPOUSE ROCHE"
    assert name_case(render(person, "First LAST", case="caps")) == "capitals"


def test_a_document_keeps_its_case_convention(pool):
    expected = {"upper_last": "capitals_surname", "title": "title", "caps": "capitals"}
    seen = set()
    for seed in range(40):
        ctx = draw_context(random.Random(seed), pool)
        seen.add(ctx.case)
        names = [ctx.name(m, "First LAST")[-1][1] for m in ctx.members * 3]
        share = sum(name_case(n) == expected[ctx.case] for n in names) / len(names)
        assert share >= 0.85, (ctx.case, names[:5])
    assert seen == set(expected)


def test_the_corpus_mixes_the_case_conventions(docs):
    shares = Counter(name_case(doc.text[s.start : s.end]) for doc in docs for s in doc.spans if s.label == "OFFICIAL")
    total = sum(shares.values())
    assert 0.2 < shares["title"] / total < 0.5
    assert 0.05 < shares["capitals"] / total < 0.3


@pytest.mark.parametrize(
    ("family", "foreign"),
    [
        ("staff", r"loyer|Les travaux débuteront|tarif unitaire|net vendeur"),
        ("fees", r"Les travaux débuteront|net vendeur|loyer annuel"),
        ("budget", r"loyer|Les travaux débuteront|net vendeur|riverain"),
        ("governance", r"loyer|tarif unitaire|net vendeur|Les travaux débuteront"),
    ],
)
def test_report_prose_fits_its_subject(pool, family, foreign):
    for seed in range(8):
        ctx = draw_context(random.Random(seed), pool)
        text = "".join(p if isinstance(p, str) else p[1] for p in prose.paragraph(ctx, 12, family))
        assert not re.search(foreign, text), (family, text)


def test_prose_does_not_repeat_its_sentences(pool):
    ctx = draw_context(random.Random(3), pool)
    sentences = []
    for _ in range(6):
        pieces = prose.paragraph(ctx, 5, "grants")
        sentences += [p for p in pieces if isinstance(p, str) and len(p) > 40 and p.endswith(".")]
    repeated = [s for s, n in Counter(sentences).items() if n > 1]
    assert len(repeated) <= 2, repeated


def test_a_local_act_decides_only_what_a_head_may_decide_alone():
    gen = SyntheticGenerator(5, pool_size=60)
    local_acts = [doc for doc in gen.documents(300) if doc.meta["template"] == "local_act"]
    assert local_acts
    for doc in local_acts:
        assert not re.search(r"Nombre de votants|scrutin secret|Titulaires", doc.text), doc.id


def test_cents_that_round_up_carry_into_the_euros():
    rng = random.Random(0)
    text = amounts.render_amount(rng, 5270.999, "cents", tax="")[0]
    assert re.match(r"5[ \u00a0\u202f.]?271,00", text), text
    assert amounts.amount_words(99.999) == "cent euros"


def test_title_case_hard_negatives_never_share_a_word_with_a_member(pool):
    from training.synthetic.parts import places
    from training.synthetic.slots.names import name_parts

    for seed in range(15):
        ctx = draw_context(random.Random(seed), pool)
        member_words = set().union(*(name_parts(m.first, m.last) for m in ctx.members))
        for _ in range(10):
            assert not name_parts(places.famous(ctx)) & member_words
            outsider = ctx.outsider()
            assert not name_parts(outsider.last) & set().union(*(name_parts(m.last) for m in ctx.members))
            assert isinstance(ctx.plain_name(outsider, case="title"), str)


def test_names_that_print_alike_count_as_one():
    from training.synthetic.slots.names import name_parts

    assert name_parts("Yılmaz") == name_parts("YILMAZ") == name_parts("Yilmaz")
    assert name_parts("de La Tour-Martin") == {"TOUR", "MARTIN"}


def test_a_numeric_service_code_is_joined_to_the_number():
    rng = random.Random(9)
    for _ in range(400):
        scheme = delib_ids.draw_scheme(rng, "CM")
        if scheme.service.isdigit() and "{S}" in scheme.template:
            assert "{S} " not in scheme.template, scheme


def test_a_market_number_never_prints_like_an_act_of_the_document(pool):
    for seed in range(30):
        ctx = draw_context(random.Random(seed), pool)
        ids = {ctx.delib_id(ctx.session, n, act=True)[1] for n in range(1, 60)}
        numbers = {ctx.contract_number().split()[-1] for _ in range(40)}
        assert not numbers & ids
        later = {ctx.delib_id(ctx.session, n, act=True)[1] for n in range(60, 120)}
        assert not numbers & later
