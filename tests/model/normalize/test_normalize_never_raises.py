"""``normalize_span`` never raises: unreadable surfaces give ``None`` (the normalizers are also tried raw)."""

from hypothesis import given, settings
from hypothesis import strategies as st

from model.labels import LABELS
from model.normalize import NORMALIZERS, normalize_span
from model.span import Span

_PIECES = st.sampled_from(
    ["12", " 500", ",00", "€", " euros", " HT", "mars", "2023", "/", "-\n", "le ", "deux mille", "vingt-", "n°",
     "article ", "L. ", "du CGCT", "chapitre ", "M€", "ROCHE", "Jean", "d'", "\u00a0", "sept", "1er", "."]
)  # fmt: skip
_SURFACES = st.one_of(st.text(max_size=80), st.lists(_PIECES, max_size=15).map("".join))


def test_every_label_has_a_normalizer():
    assert set(NORMALIZERS) == set(LABELS)


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(LABELS), _SURFACES)
def test_normalizers_never_raise(label, surface):
    value = NORMALIZERS[label](surface)
    assert value is None or isinstance(value, dict)
    span = normalize_span(Span(0, len(surface), label, text=surface))
    assert span.normalized == value
