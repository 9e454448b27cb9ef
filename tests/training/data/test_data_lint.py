from pathlib import Path

import pytest

from model.document import Document
from model.span import Span
from training.data.formats.inline import parse_inline, read_inline
from training.data.lint import RULES, lint, lint_document
from training.data.report import Origin

# A clean extract with the guidelines' tricky but correct cases: a clean file passes every rule.
CLEAN = """\
Séance du [[DATE|mardi 14 mars 2023]] à 18h30. L'an [[DATE|deux mille vingt-trois, le quatorze mars]].
Présents : M. [[OFFICIAL|J.-P. DURAND]], Mme [[OFFICIAL|Anne de LA TOUR]], [[OFFICIAL|Marie DUPONT épouse MARTIN]].
Rapporteur : Madame [[OFFICIAL|Claire DUBOIS-MARTIN]], adjointe déléguée aux finances.
CONTRE : 2 (Mme [[OFFICIAL|ROCHE]], M. [[OFFICIAL|TALBI]]) ; [[OFFICIAL|Odile MARCHAND-
LEROUX]] n'a pas pris part au vote.
Délibération n° [[DELIB_ID|DEL-2023-045]] ; DCM n° [[DELIB_ID|2023-12]] ; [[DELIB_ID|FAG 012-5521/23/BM]].
Vu le [[LEGAL_REF|Code général des collectivités territoriales]], notamment son [[LEGAL_REF|article L. 2121-29]] ;
Vu la [[LEGAL_REF|loi n° 2019-1461 du 27 décembre 2019]] relative à l'engagement ;
Vu l'[[LEGAL_REF|arrêté préfectoral n° 2021-DRCL-123 du 4 juin 2021]] ; le [[LEGAL_REF|CGCT]] ; le [[LEGAL_REF|RGPD]] ;
Vu les [[LEGAL_REF|articles L. 1411-1 et suivants du CGCT]] et le [[LEGAL_REF|décret n° 2016-360 du 25 mars 2016]] ;
Vu la délibération n° [[DELIB_ID|2022-118]] du [[DATE|12 décembre 2022]] ;
Montants : [[AMOUNT|850 € HT]], [[AMOUNT|9 000 € H.T.]], [[AMOUNT|3,2 M€]], [[AMOUNT|1 million d'euros]],
[[AMOUNT|deux mille cinq cents euros]] ([[AMOUNT|2 500 €]]), [[AMOUNT|0,42 €]] par habitant, - [[AMOUNT|5 000,00 €]],
[[AMOUNT|EUR 12 500]], soit 12 % et 250 m².
Imputation : [[BUDGET_CODE|chapitre 65 article 6574 fonction 025]] de la section de fonctionnement ;
[[BUDGET_CODE|compte N°13912]] ; [[BUDGET_CODE|chapitre 011]] « Charges à caractère général » ;
[[BUDGET_CODE|imputation 204/20422/824]].
Du [[DATE|1er janvier 2024]] au [[DATE|31 décembre 2024]] ; le [[DATE|14/03/2023]] ; reçu le [[DATE|15.03.2023]].
Le Maire, [[OFFICIAL|J.-P. DURAND]]
"""


def _doc(source: str, doc_id: str = "d") -> Document:
    text, triples = parse_inline(source)
    return Document(doc_id, text, [Span(s, e, label, text[s:e]) for s, e, label in triples])


def _rules(source: str) -> list[tuple[str, str]]:
    doc = _doc(source)
    return sorted((hit.rule, doc.text[hit.start : hit.end]) for hit in lint_document(doc))


def test_a_clean_extract_has_no_finding():
    assert list(lint_document(_doc(CLEAN))) == []


@pytest.mark.parametrize(
    ("source", "rule", "surface"),
    [
        ("Présents : [[OFFICIAL|M. Paul ROCHE]].", "civility", "M. Paul ROCHE"),
        ("Présents : [[OFFICIAL|Madame Léa FAURE]].", "civility", "Madame Léa FAURE"),
        ("Présents : [[OFFICIAL|ROCHE et Mme FAURE]].", "civility", "ROCHE et Mme FAURE"),
        ("Présents : [[OFFICIAL|M. ROCHE]], [[OFFICIAL|Inès TALBI]].", "civility", "M. ROCHE"),
        ("Le [[OFFICIAL|Maire Jean DUPONT]] ouvre.", "role-word", "Maire Jean DUPONT"),
        ("Présents : [[OFFICIAL|Paul ROCHE, Inès TALBI]].", "several-names", "Paul ROCHE, Inès TALBI"),
        ("Délibération [[DELIB_ID|n° 2023-045]].", "numero", "n° 2023-045"),
        ("Vu la [[DELIB_ID|délibération 2023-045]].", "numero", "délibération 2023-045"),
        ("Montant : [[AMOUNT|12 500 €.]]", "punctuation", "12 500 €."),
        ("Vote « [[OFFICIAL|Paul ROCHE»]] »", "punctuation", "Paul ROCHE»"),
        ("Vu le [[LEGAL_REF|(CGCT]].", "punctuation", "(CGCT"),
        ("[[DELIB_ID|**2023-045**]]", "punctuation", "**2023-045**"),
        ("Vu [[LEGAL_REF|la loi NOTRe]].", "determiner", "la loi NOTRe"),
        ("Fait [[DATE|le 1er juillet 2022]].", "determiner", "le 1er juillet 2022"),
        (
            "Vu la [[LEGAL_REF|loi n° 84-53 du 26 janvier 1984 modifiée]].",
            "legal-title",
            "loi n° 84-53 du 26 janvier 1984 modifiée",
        ),
        (
            "Vu le [[LEGAL_REF|décret du 4 juin 2021 portant statut]].",
            "legal-title",
            "décret du 4 juin 2021 portant statut",
        ),
        ("Total [[AMOUNT|12 500]].", "amount-shape", "12 500"),
        (
            "Soit [[AMOUNT|2 500 € (deux mille cinq cents euros)]].",
            "amount-shape",
            "2 500 € (deux mille cinq cents euros)",
        ),
        ("Taux [[AMOUNT|12 % soit 5 €]].", "amount-shape", "12 % soit 5 €"),
        ("Tarif [[AMOUNT|45 €/jour]].", "amount-shape", "45 €/jour"),
        ("Au [[BUDGET_CODE|budget principal chapitre 65]].", "budget-section", "budget principal chapitre 65"),
        ("En [[DATE|mars 2023]].", "date-shape", "mars 2023"),
        ("Convoqué le [[DATE|20 mai]].", "date-shape", "20 mai"),
        ("Le [[DATE|12 mars 2023 à 18h30]].", "date-shape", "12 mars 2023 à 18h30"),
        ("[[DATE|du 1er janvier au 31 décembre 2024]]", "date-shape", "du 1er janvier au 31 décembre 2024"),
        ("Par [[OFFICIAL|le maire]].", "name-case", "le maire"),
    ],
)
def test_each_span_rule_flags_its_mistake(source: str, rule: str, surface: str):
    assert (rule, surface) in _rules(source)


def test_initial_m_is_not_taken_for_a_civility():
    # `M. FAUCHER` is Michel FAUCHER where names are written with initials, or after a civility.
    assert _rules("Présents : [[OFFICIAL|L. CHAMBAREL]], [[OFFICIAL|M. FAUCHER]].") == []
    assert _rules("Pouvoir de Mme [[OFFICIAL|M. CHOMETTE]] à [[OFFICIAL|Jean M. DUPONT]].") == []


def test_text_broken_by_pdf_extraction_is_read_through():
    assert _rules("Soit [[AMOUNT|cent mille eu-\nros]] le [[DATE|1er jan-\nvier 2025]].") == []


def test_date_tagged_inside_a_legal_reference_is_flagged():
    assert _rules("Vu la [[LEGAL_REF|loi n° 2019-1461]] du [[DATE|27 décembre 2019]].") == [
        ("date-in-legal-ref", "27 décembre 2019")
    ]
    assert _rules("Vu la loi n° 2019-1461 du [[DATE|27 décembre 2019]].") == [("date-in-legal-ref", "27 décembre 2019")]
    assert _rules("Vu le décret du [[DATE|4 juin 2021]].") == [("date-in-legal-ref", "4 juin 2021")]
    # A local act's date is a DATE: the deliberation cited, the Maire's arrêté with its number.
    assert _rules("Vu la délibération du [[DATE|4 juin 2021]].") == []
    assert _rules("Vu l'arrêté n° [[DELIB_ID|2021-12]] du [[DATE|4 juin 2021]].") == []


def test_legal_reference_cut_before_its_date_is_flagged():
    rules = _rules("Vu le [[LEGAL_REF|décret n° 2016-360]] du 25 mars 2016.")
    assert ("legal-ref-date", "décret n° 2016-360") in rules


def test_surface_tagged_once_and_left_untagged_elsewhere_in_the_document():
    rules = _rules("[[OFFICIAL|Paul ROCHE]] et Paul ROCHE ; ROCHE-MARTIN ; Paul ROCHET ; [[DATE|12 mars 2023]].")
    assert rules == [("untagged-occurrence", "Paul ROCHE")]
    # Short surfaces are not searched, nor occurrences inside another span.
    assert _rules("Mme [[OFFICIAL|ROY]] et ROY.") == []
    assert _rules("le [[DATE|4 juin 2021]] et l'[[LEGAL_REF|arrêté préfectoral du 4 juin 2021]]") == []


def test_untagged_patterned_entities_are_flagged():
    rules = _rules("Le [[DATE|3 mai 2024]], 1 200 € au lieu de [[AMOUNT|900 €]] ; vu le CGCT ; le 04/05/2024.")
    assert rules == [("untagged-entity", "04/05/2024"), ("untagged-entity", "1 200 €"), ("untagged-entity", "CGCT")]
    assert _rules("imputée au compte 6574 ; chapitre 3 du rapport") == [("untagged-entity", "compte 6574")]
    assert _rules("soit 3,2 M€ ou 12.500,00 euros ; 2024, 15 €") == [
        ("untagged-entity", "12.500,00 euros"),
        ("untagged-entity", "15 €"),
        ("untagged-entity", "3,2 M€"),
    ]


def test_same_surface_labelled_differently_in_one_file_is_located(tmp_path: Path):
    (tmp_path / "a.txt").write_text("---\nid: a\n---\nVu le [[LEGAL_REF|CGCT]].\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("---\nid: b\n---\nun\nVu le [[LEGAL_REF|CGCT]].\n", encoding="utf-8")
    (tmp_path / "c.txt").write_text("---\nid: c\n---\nun\ndeux\nVu le [[DELIB_ID|CGCT]].\n", encoding="utf-8")
    docs = list(read_inline(tmp_path))
    origins = [Origin(str(tmp_path / f"{d.id}.txt"), 4, verbatim=True) for d in docs]
    [finding] = lint(docs, origins)
    assert str(finding) == (
        f"{tmp_path / 'c.txt'}:6: c [14:18] DELIB_ID 'CGCT': elsewhere labelled 2× LEGAL_REF [inconsistent-label]"
    )


def test_rules_can_be_skipped():
    doc = _doc("Présents : [[OFFICIAL|M. Paul ROCHE]].")
    origin = [Origin("x.jsonl", 3)]
    assert [f.rule for f in lint([doc], origin)] == ["civility"]
    assert lint([doc], origin, skip=["civility"]) == []
    assert "civility" in RULES and "untagged-occurrence" in RULES
