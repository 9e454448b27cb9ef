from pathlib import Path

import pytest

from model.document import Document
from model.span import Span
from training.data.formats import get_format, guess_format
from training.data.formats.inline import MarkupError, parse_inline, read_inline, to_inline, write_inline
from training.data.problems import DataError


def test_parse_inline_computes_offsets_across_line_breaks():
    text, spans = parse_inline(
        "Vu la [[LEGAL_REF|loi n° 2019-1461 du\n27 décembre 2019]], le [[DATE|1er juillet 2022]]."
    )
    assert text == "Vu la loi n° 2019-1461 du\n27 décembre 2019, le 1er juillet 2022."
    assert [text[s:e] for s, e, _ in spans] == ["loi n° 2019-1461 du\n27 décembre 2019", "1er juillet 2022"]


@pytest.mark.parametrize(
    ("source", "line", "message"),
    [
        ("ok\n[[PERSON|Paul]]", 2, "unknown label"),
        ("ok\nok\n[[DATE|12 mars 2023", 3, "unbalanced"),
        ("x]] y", 1, "unbalanced"),
        ("[[DATE| 12 mars 2023]]", 1, "outer whitespace"),
    ],
)
def test_parse_inline_rejects_bad_markup_with_its_line(source, line, message):
    with pytest.raises(MarkupError, match=message) as info:
        parse_inline(source)
    assert info.value.line == line


def test_inline_folder_round_trip(tmp_path: Path):
    text = "Mme Claire DUBOIS vote 12 500 €."
    doc = Document(
        "doc-1", text, [Span(4, 17, "OFFICIAL", text[4:17]), Span(23, 31, "AMOUNT", text[23:31])], {"kind": "commune"}
    )
    write_inline(tmp_path, [doc])
    assert (tmp_path / "doc-1.txt").read_text(encoding="utf-8").startswith("---\nid: doc-1\nkind: commune\n---\n")
    [back] = read_inline(tmp_path)
    assert back == doc
    assert to_inline(back) == "Mme [[OFFICIAL|Claire DUBOIS]] vote [[AMOUNT|12 500 €]]."


def test_read_inline_reports_file_and_body_line(tmp_path: Path):
    (tmp_path / "bad.txt").write_text("---\nid: bad\n---\nfirst\nsecond [[FOO|x]]\n", encoding="utf-8")
    with pytest.raises(DataError) as info:
        list(read_inline(tmp_path))
    assert str(info.value) == f"{tmp_path / 'bad.txt'}:5: unknown label 'FOO' in '[[FOO|x]]'"


def test_formats_are_guessed_from_names(tmp_path: Path):
    assert guess_format("gold.jsonl") == "jsonl"
    assert guess_format(tmp_path) == "inline"
    assert get_format("inline").name == "inline"
    with pytest.raises(ValueError, match="unknown format"):
        get_format("xml")
