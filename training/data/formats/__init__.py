"""Converters between the project's JSONL and other annotation formats.

Each format is a reader (path → documents) and a writer (documents → path);
both record in a :class:`~training.data.report.ConversionReport` every span
they cannot carry over. A reader collects every malformed record and raises
one :class:`~training.data.problems.DataError` listing them all once the
good documents are read.

| name | file | what |
|---|---|---|
| ``jsonl`` | ``*.jsonl`` | the project's format |
| ``inline`` | folder or ``*.txt`` | ``[[LABEL|surface]]`` markup of the gold sources |
| ``labelstudio`` | ``*.json`` | Label Studio JSON export / import |
| ``doccano`` | ``*.doccano.jsonl`` | doccano sequence-labelling JSONL |
| ``prodigy`` | ``*.prodigy.jsonl`` | Prodigy / spaCy JSONL (``text``, ``tokens``, ``spans``) |
| ``spacy`` | ``*.spacy`` | spaCy ``DocBin`` |
| ``conll`` | ``*.conll``, ``*.bio``, ``*.iob`` | BIO tags, one token per line |

Example:
    >>> get_format("jsonl").name
    'jsonl'
    >>> guess_format("gold.jsonl"), guess_format("export.json"), guess_format("train.spacy")
    ('jsonl', 'labelstudio', 'spacy')
    >>> guess_format("team.doccano.jsonl")
    'doccano'
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from model.document import Document
from training.data.report import ConversionReport

Reader = Callable[[Path, ConversionReport], Iterator[Document]]
Writer = Callable[[Path, Iterable[Document], ConversionReport], None]


@dataclass(frozen=True)
class Format:
    name: str
    read: Reader
    write: Writer
    suffixes: tuple[str, ...] = ()


_FORMATS: dict[str, Format] = {}


def register(fmt: Format) -> Format:
    _FORMATS[fmt.name] = fmt
    return fmt


def _load_builtin() -> None:
    # Imported here so each converter registers itself without a cycle.
    from training.data.formats import conll, doccano, inline, jsonl, labelstudio, prodigy, spacy_docbin  # noqa: F401


def formats() -> dict[str, Format]:
    _load_builtin()
    return dict(_FORMATS)


def get_format(name: str) -> Format:
    known = formats()
    if name not in known:
        raise ValueError(f"unknown format {name!r}; expected one of {', '.join(sorted(known))}")
    return known[name]


def guess_format(path: str | Path) -> str:
    """The format a file name suggests (``.jsonl`` is ours; a directory is ``inline``).

    An existing ``.jsonl`` file is also sniffed: a first record with doccano's
    ``label``/``labels``/``entities`` or Prodigy's ``tokens`` is read as such.
    """
    path = Path(path)
    name = path.name.lower()
    if path.is_dir() or not path.suffix:
        return "inline"
    for fmt in sorted(formats().values(), key=lambda f: -max((len(s) for s in f.suffixes), default=0)):
        if any(name.endswith(suffix) for suffix in fmt.suffixes):
            return _sniff_jsonl(path) if fmt.name == "jsonl" else fmt.name
    raise ValueError(f"cannot guess the format of {path}; pass --from/--to")


def _sniff_jsonl(path: Path) -> str:
    if not path.is_file():
        return "jsonl"
    with open(path, encoding="utf-8", errors="replace") as handle:
        first = next((line for line in handle if line.strip()), "")
    try:
        record = json.loads(first)
    except json.JSONDecodeError:
        return "jsonl"
    if not isinstance(record, dict) or ("spans" in record and "tokens" not in record):
        return "jsonl"
    if "tokens" in record:
        return "prodigy"
    return "doccano" if {"label", "labels", "entities"} & record.keys() else "jsonl"
