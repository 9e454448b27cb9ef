import pytest

from model.rules.official_context import Context
from model.rules.veto import VETOES, vetoed_by, vetted
from model.span import Span


def span_of(text: str, surface: str, label: str = "OFFICIAL", occurrence: int = 0) -> Span:
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(surface, start + 1)
    return Span(start, start + len(surface), label, surface, 0.99, "model")


def veto_of(text: str, surface: str, label: str = "OFFICIAL") -> str | None:
    return vetoed_by(text, span_of(text, surface, label), Context(text))


@pytest.mark.parametrize(
    ("text", "surface", "label", "veto"),
    [
        # guesses the rules know to be wrong
        ("Vote : 2 abstentions. Quartier [Sin-le-Noble].", "Sin-le-", "OFFICIAL", "cuts_a_word"),
        ("Programme d'incubation 2024-2025 : 60 000 €", "2024-", "DELIB_ID", "cuts_a_word"),
        ("La taxe est perçue du 1er janvier au 31 décembre.", "1er janvier", "DATE", "unreadable"),
        ("Un montant de quelques euros est prévu.", "quelques euros", "AMOUNT", "unreadable"),
        ("Assistaient également : Mme Justine MOREL, directrice.", "Justine MOREL", "OFFICIAL", "not_a_member"),
        ("Absents excusés : PERRAUD Serge (Casson), LOIRAT Josiane.", "Casson", "OFFICIAL", "in_parentheses"),
        ("Présents :\nCasson : LE GOFF Sébastien, MABIT Françoise", "Casson", "OFFICIAL", "heads_a_list"),
        ("La séance s'est tenue à Bar-le-Duc, le 14 juin 2024.", "Bar-le-Duc", "OFFICIAL", "lone_word"),
        ("TARIFS DU PORT – SAISON 2024", "SAISON 2024", "OFFICIAL", "has_digits"),
        ("publié au BOAMP (avis n° 24-112358)", "24-112358", "DELIB_ID", "not_an_act"),
        ("Tarif 2023/24     Tarif 2024/25 (TTC)", "2023/24", "DELIB_ID", "not_an_act"),
        ("Hôtel de Ville – BP 371 – 97232 LE LAMENTIN", "BP 371", "DELIB_ID", "not_an_act"),
        # what they let through
        ("Le 12 mars 2023, le conseil s'est réuni.", "12 mars 2023", "DATE", None),
        ("Vote : 1 CONTRE (DUPONT) ; 2 abstentions.", "DUPONT", "OFFICIAL", None),
        ("Pouvoirs :\nG. Droz : excusé", "G. Droz", "OFFICIAL", None),
        ("Présents : MM. SLIMANI, N'DIAYE, BOUKHRIS", "BOUKHRIS", "OFFICIAL", None),
        ("Mme MARTIN présente le rapport.", "MARTIN", "OFFICIAL", None),
        ("Vu la délibération n° 2023/24 du conseil", "2023/24", "DELIB_ID", None),
        ("Présents : Paul ROCHE, Anne VIDAL", "Anne VIDAL", "OFFICIAL", None),
        ("Vu le code¹ général", "code", "LEGAL_REF", None),  # a footnote mark is not a letter
    ],
)
def test_each_veto_rejects_what_it_names_and_nothing_else(text, surface, label, veto):
    assert veto_of(text, surface, label) == veto


def test_vetoes_are_named_and_pure_functions():
    text = "Absents excusés : PERRAUD Serge (Casson)."
    span = span_of(text, "Casson")
    context = Context(text)
    assert [name for name, veto in VETOES.items() if veto(text, span, context)] == ["in_parentheses"]
    assert [name for name, veto in VETOES.items() if veto(text, span, context)] == ["in_parentheses"]


def test_vetted_drops_model_guesses_but_never_what_the_rules_found_too():
    text = "La taxe est perçue du 1er janvier au 31 décembre 2024 ; vu le 1er janvier."
    first = span_of(text, "1er janvier", "DATE")
    second = span_of(text, "1er janvier", "DATE", occurrence=1)
    kept = span_of(text, "31 décembre 2024", "DATE")
    rules = [second.with_(source="rules")]
    assert vetted(text, [first, kept, second], rules) == [kept, second]
    assert vetted(text, [kept], []) == [kept]
    assert vetted(text, [], rules) == []


def test_vetoes_survive_spans_at_the_edges_of_the_text():
    text = "DUPONT"
    edge = Span(0, 6, "OFFICIAL", text, 0.99, "model")
    assert vetoed_by(text, edge, Context(text)) == "lone_word"
    assert vetoed_by("", Span(0, 0, "DATE", "", 0.99, "model"), Context("")) == "unreadable"
