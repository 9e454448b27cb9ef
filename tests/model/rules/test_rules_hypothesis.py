"""On arbitrary text the extractor never raises and every span lies inside the text."""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from model.rules import RulesExtractor

RULES = RulesExtractor()

#: Pieces of the genre, so that random texts also reach deep into the patterns.
_PIECES = st.sampled_from(
    [
        "n° ", "N°", "délibération ", "DEL-2023-", "Mme ", "M. ", "MM. ", "Paul ", "ROCHE", "LE ", "-\n", "\n", " ",
        "article ", "L. 2121-", "du CGCT", "loi ", "du ", "14 mars 2023", "14/03/", "€", " euros", " HT", "12 500",
        ",00", "chapitre ", "65", "/", "6574", "deux mille ", "vingt-", "L'an ", ", le ", "Présents : ", "(", ")",
        "\u00a0", "\u202f", "ʼ", "’", "É", "ﬀ", "\x00", "\u2028",
    ]
)  # fmt: skip
_TEXTS = st.one_of(st.text(max_size=300), st.lists(st.one_of(_PIECES, st.text(max_size=5)), max_size=60).map("".join))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_TEXTS)
def test_never_raises_and_spans_are_within_the_text(text):
    spans = RULES.extract([text])[0]
    previous_end = 0
    for span in spans:
        assert 0 <= span.start < span.end <= len(text)
        assert span.text == text[span.start : span.end]
        assert span.start >= previous_end  # flat
        previous_end = span.end
