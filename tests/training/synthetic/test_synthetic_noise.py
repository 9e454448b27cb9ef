"""Noise transforms carry spans along: after any of them the built spans are still exact."""

from __future__ import annotations

import random
import re

import pytest

from training.synthetic.builder import Builder
from training.synthetic.noise import (
    Noise,
    apply_noise,
    curly_apostrophes,
    double_spaces,
    draw_noise,
    ligatures,
    no_break_spaces,
    paginate,
    trailing_spaces,
    wrap,
)

PIECES = [
    "Vu l'",
    ("LEGAL_REF", "article L. 2121-29 du Code général des collectivités territoriales"),
    " ;\nVu la délibération n° ",
    ("DELIB_ID", "2023-045"),
    " du ",
    ("DATE", "14 mars 2023"),
    " ;\nPrésents : Mme ",
    ("OFFICIAL", "Odile MARCHAND-LEROUX"),
    ", M. ",
    ("OFFICIAL", "Jean-Pierre de LA TOUR"),
    ".\nLa subvention de ",
    ("AMOUNT", "12 500 €"),
    " est imputée au ",
    ("BUDGET_CODE", "chapitre 65, article 6574, fonction 025"),
    " : section de fonctionnement.\n" * 3,
]


def _build(pieces):
    b = Builder()
    b.extend(pieces)
    return b.document("d")


def _squash(text):
    """Text with extraction breaks undone: hyphenated line ends joined, whitespace collapsed."""
    text = re.sub(r"-\n\s*", "-", text)
    return re.sub(r"\s+", " ", text.replace("\u00a0", " ").replace("\u202f", " ")).replace("’", "'")


def _entities(pieces):
    return [p for p in pieces if isinstance(p, tuple)]


@pytest.mark.parametrize("width", [12, 20, 35, 60])
@pytest.mark.parametrize("hyphenate", [0.0, 1.0])
def test_wrap_keeps_every_span_exact(width, hyphenate):
    out = wrap(PIECES, width, hyphenate, random.Random(width))
    doc = _build(out)
    before, after = _entities(PIECES), _entities(out)
    assert [label for label, _ in before] == [s.label for s in doc.spans]
    for (_, original), span in zip(before, doc.spans, strict=True):
        assert doc.text[span.start : span.end] == span.text
        # Only line breaks (and hyphens at the margin) were added inside the entity.
        assert _squash(span.text).replace("-", "") == original.replace("-", "")
    assert max(len(line) for line in doc.text.split("\n")) <= width + 20
    assert len(after) == len(before)


def test_wrap_breaks_inside_entities_as_pdf_extraction_does():
    out = wrap(PIECES, 15, 0.0, random.Random(0))
    legal = next(p for p in out if isinstance(p, tuple) and p[0] == "LEGAL_REF")[1]
    assert "\n" in legal and _squash(legal) == "article L. 2121-29 du Code général des collectivités territoriales"


@pytest.mark.parametrize(
    "transform",
    [
        lambda p: curly_apostrophes(p),
        lambda p: no_break_spaces(p, "\u00a0"),
        lambda p: double_spaces(p, 0.5, random.Random(1)),
        lambda p: trailing_spaces(p, 1.0, random.Random(2)),
        lambda p: ligatures(p),
    ],
)
def test_character_transforms_keep_spans_exact(transform):
    out = transform(PIECES)
    doc = _build(out)
    assert len(doc.spans) == len(_entities(PIECES))
    for span in doc.spans:
        assert doc.text[span.start : span.end] == span.text
        assert not span.text[0].isspace() and not span.text[-1].isspace()


def test_pagination_inserts_furniture_only_between_lines_outside_entities():
    long = PIECES * 6
    header = lambda page, total: ["Délibération n° ", ("DELIB_ID", "2023-045"), f" – page {page}"]  # noqa: E731
    footer = lambda page, total: [f"Page {page}/{total}"]  # noqa: E731
    out = paginate(long, 5, header, footer, random.Random(3))
    doc = _build(out)
    original = _entities(long)
    inserted = len(_entities(out)) - len(original)
    assert inserted > 0
    assert [s.text for s in doc.spans if s.text != "2023-045" or s.label != "DELIB_ID"] == [
        t for label, t in original if not (label == "DELIB_ID" and t == "2023-045")
    ]
    for span in doc.spans:
        assert doc.text[span.start : span.end] == span.text
    assert "Page 1/" in doc.text or "page 2" in doc.text


@pytest.mark.parametrize("seed", range(20))
def test_random_noise_profiles_keep_spans_exact(seed):
    rng = random.Random(seed)
    noise = draw_noise(rng, 1.0, curly_apostrophe=True)
    out = apply_noise(PIECES * 3, noise, rng, header=lambda p, t: [f"En-tête {p}"], footer=lambda p, t: [f"{p}/{t}"])
    doc = _build(out)
    for span in doc.spans:
        assert doc.text[span.start : span.end] == span.text


def test_noise_rate_bounds():
    with pytest.raises(ValueError):
        draw_noise(random.Random(0), 1.5)
    assert draw_noise(random.Random(0), 0.0).switches() == []
    assert Noise(wrap=80).switches() == ["wrap"]


def test_pagination_never_puts_a_page_number_before_a_line_that_opens_on_a_month():
    pieces = ["ligne\n" * 4 + "présenté en\nfévrier 2020 (point 3).\n" + "suite\n" * 10]
    out = paginate(pieces, 5, lambda p, t: ["En-tête"], lambda p, t: [f"Page {p}/{t}"], random.Random(0))
    text = "".join(p if isinstance(p, str) else p[1] for p in out)
    assert "Page 1/" in text or "En-tête" in text
    assert not re.search(r"(?:\d|En-tête)\n\s*février", text)
