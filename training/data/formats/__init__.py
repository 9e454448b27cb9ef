"""Converters between the project's JSONL and other annotation formats.

Each format is a reader (path → documents) and a writer (documents → path);
both record in a :class:`~training.data.report.ConversionReport` every span
they cannot carry over.

Example:
    >>> get_format("jsonl").name
    'jsonl'
    >>> guess_format("gold.jsonl")
    'jsonl'
"""

from __future__ import annotations

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
    from training.data.formats import inline, jsonl  # noqa: F401


def formats() -> dict[str, Format]:
    _load_builtin()
    return dict(_FORMATS)


def get_format(name: str) -> Format:
    known = formats()
    if name not in known:
        raise ValueError(f"unknown format {name!r}; expected one of {', '.join(sorted(known))}")
    return known[name]


def guess_format(path: str | Path) -> str:
    """The format a file name suggests (``.jsonl`` is ours; a directory is ``inline``)."""
    path = Path(path)
    name = path.name.lower()
    if path.is_dir() or not path.suffix:
        return "inline"
    for fmt in sorted(formats().values(), key=lambda f: -max((len(s) for s in f.suffixes), default=0)):
        if any(name.endswith(suffix) for suffix in fmt.suffixes):
            return fmt.name
    raise ValueError(f"cannot guess the format of {path}; pass --from/--to")
