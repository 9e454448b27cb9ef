"""The composition core: offsets come from the builder, and bad surfaces are refused."""

from __future__ import annotations

import pytest

from training.synthetic.builder import Builder, check_surface, ent


def test_builder_places_entities_where_their_surface_is():
    b = Builder()
    b.extend(
        [
            "Vu la ",
            ent("LEGAL_REF", "loi n° 2019-1461 du 27 décembre 2019"),
            " ; M. ",
            ent("OFFICIAL", "Paul ROCHE"),
            ".",
        ]
    )
    doc = b.document("d", {"source": "synthetic"})
    assert [doc.text[s.start : s.end] for s in doc.spans] == ["loi n° 2019-1461 du 27 décembre 2019", "Paul ROCHE"]
    assert [s.label for s in doc.spans] == ["LEGAL_REF", "OFFICIAL"]
    assert doc.meta == {"source": "synthetic"}


@pytest.mark.parametrize(
    ("label", "surface"),
    [
        ("DATE", " 14 mars 2023"),
        ("AMOUNT", "12 500 €,"),
        ("OFFICIAL", "Paul ROCHE."),
        ("DELIB_ID", "(2023-045)"),
        ("LEGAL_REF", "« CGCT »"),
        ("DATE", ""),
        ("PERSON", "Paul ROCHE"),
        ("BUDGET_CODE", "chapitre 65\n"),
    ],
)
def test_bad_surfaces_are_refused(label, surface):
    with pytest.raises(ValueError):
        check_surface(label, surface)


@pytest.mark.parametrize(
    ("label", "surface"),
    [
        ("AMOUNT", "9 000 € H.T."),
        ("LEGAL_REF", "articles L. 1411-1 et suiv. du CGCT"),
        ("LEGAL_REF", "règlement (UE) 2016/679"),
    ],
)
def test_abbreviations_and_inner_punctuation_are_allowed(label, surface):
    check_surface(label, surface)


def test_entities_glued_together_are_refused():
    b = Builder()
    b.add(ent("DATE", "14/03/2023"))
    with pytest.raises(ValueError, match="touches"):
        b.add(ent("DELIB_ID", "2023-045"))
