"""Text out of an uploaded file: a PDF (through pypdf) or plain text in UTF-8, UTF-8 with BOM or Latin-1.

Example:
    >>> read_upload("café".encode("latin-1"), "note.txt", "text/plain", max_pages=10).text
    'café'
    >>> read_upload(b"PK\\x03\\x04zip", "x.pdf", "application/pdf", max_pages=10)  # doctest: +IGNORE_EXCEPTION_DETAIL
    Traceback (most recent call last):
    ...
    service.files.UnreadableFile: x.pdf is not a PDF (it does not start with %PDF-)
"""

from __future__ import annotations

import io
import logging
import re
import time
from dataclasses import dataclass
from typing import Any

TEXT_SUFFIXES = (".txt", ".text", ".md", ".csv")
PDF_MAGIC = b"%PDF-"
#: Half surrogate pairs a broken ToUnicode map can produce; each becomes U+FFFD, so offsets do not move.
_SURROGATES = re.compile("[\ud800-\udfff]")
#: Decompressed drawing instructions one page may hold (its content and the forms it draws). Real pages
#: hold tens of kilobytes; a few kilobytes of compressed operators can expand to megabytes that take
#: minutes and gigabytes to interpret.
MAX_PAGE_DRAWING_BYTES = 1_000_000


class UnsupportedFile(ValueError):
    """Not a PDF and not text (HTTP 415)."""


class UnreadableFile(ValueError):
    """A PDF that is corrupt or encrypted, or text that cannot be decoded (HTTP 422)."""


class TooManyPages(ValueError):
    """A PDF with more pages than allowed (HTTP 413)."""


class TooComplex(ValueError):
    """A PDF whose pages would take too long or too much memory to read (HTTP 413)."""


class TextTooLong(ValueError):
    """A PDF whose text runs over the character limit; reading stopped there (HTTP 413)."""


@dataclass(frozen=True, slots=True)
class ExtractedText:
    text: str
    media_type: str
    pages: int | None = None


def read_upload(
    data: bytes,
    filename: str | None,
    content_type: str | None,
    max_pages: int,
    *,
    max_chars: int | None = None,
    budget_s: float | None = None,
) -> ExtractedText:
    """The text of an uploaded file, or one of this module's errors saying what is wrong.

    A PDF is read page by page: it is refused once its text runs over ``max_chars``, once reading
    has taken ``budget_s`` seconds, or at a page that holds more than :data:`MAX_PAGE_DRAWING_BYTES`.
    """
    name = (filename or "upload").lower()
    declared_pdf = name.endswith(".pdf") or (content_type or "").startswith("application/pdf")
    if data[:1024].lstrip().startswith(PDF_MAGIC):
        return _read_pdf(data, filename or "upload", max_pages, max_chars, budget_s)
    if declared_pdf:
        raise UnreadableFile(f"{filename or 'upload'} is not a PDF (it does not start with %PDF-)")
    looks_text = (content_type or "").startswith("text/") or name.endswith(TEXT_SUFFIXES) or "." not in name
    if not looks_text or b"\x00" in data[:8192]:
        raise UnsupportedFile(
            f"unsupported file type for {filename or 'upload'} ({content_type or 'unknown type'}): "
            "send a PDF or a plain-text file"
        )
    return ExtractedText(_decode_text(data), "text/plain")


def _decode_text(data: bytes) -> str:
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="strict")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        # Latin-1 maps every byte, so legacy exports always decode; cp1252 first for its € and quotes.
        try:
            return data.decode("cp1252")
        except UnicodeDecodeError:
            return data.decode("latin-1")


def _read_pdf(
    data: bytes, filename: str, max_pages: int, max_chars: int | None, budget_s: float | None
) -> ExtractedText:
    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    logging.getLogger("pypdf").setLevel(logging.ERROR)  # malformed files warn loudly; the client gets the error
    deadline = time.monotonic() + budget_s if budget_s else None

    def check_time(*_: Any) -> None:  # called before each drawing operator pypdf interprets
        if deadline is not None and time.monotonic() > deadline:
            raise TooComplex(f"{filename} takes over {budget_s:g} s to read; send a simpler PDF or its text")

    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted and not reader.decrypt(""):
            raise UnreadableFile(f"{filename} is an encrypted PDF; send it unencrypted")
        count = len(reader.pages)
        if count > max_pages:
            raise TooManyPages(f"{filename} has {count} pages; the limit is {max_pages}")
        pages, length = [], 0
        for number, page in enumerate(reader.pages, start=1):
            drawing = _drawing_bytes(page, MAX_PAGE_DRAWING_BYTES)
            if drawing > MAX_PAGE_DRAWING_BYTES:
                raise TooComplex(
                    f"{filename}: page {number} holds over {MAX_PAGE_DRAWING_BYTES:,} bytes of drawing "
                    "instructions once decompressed; send a simpler PDF or its text"
                )
            check_time()
            pages.append(page.extract_text(visitor_operand_before=check_time) or "")
            length += len(pages[-1]) + 2
            if max_chars is not None and length > max_chars:
                raise TextTooLong(f"the text of {filename} is over the limit of {max_chars} characters")
    except (UnreadableFile, TooManyPages, TooComplex, TextTooLong):
        raise
    except (PyPdfError, ValueError, KeyError, TypeError, AttributeError, IndexError, RecursionError, OSError) as error:
        raise UnreadableFile(f"{filename} is not a readable PDF: {type(error).__name__}: {error}") from None
    return ExtractedText(_SURROGATES.sub("\ufffd", "\n\n".join(pages)), "application/pdf", count)


def _drawing_bytes(page: Any, limit: int) -> int:
    """Decompressed bytes of a page's content and of the forms it can draw (each once), counted up to
    just past ``limit``; images are not decoded, since text extraction never looks inside them."""
    contents = page.get_contents()
    total = len(contents.get_data()) if contents is not None else 0
    seen: set[object] = set()
    resources = [page.get("/Resources")]
    while resources and total <= limit:
        found = resources.pop()
        found = found.get_object() if found is not None else None
        xobjects = found.get("/XObject") if isinstance(found, dict) else None
        xobjects = xobjects.get_object() if xobjects is not None else None
        for reference in xobjects.values() if isinstance(xobjects, dict) else ():
            # An indirect form is known by its object number: forms may draw each other in a cycle.
            key = (reference.idnum, reference.generation) if hasattr(reference, "idnum") else id(reference)
            form = reference.get_object()
            if key in seen or not isinstance(form, dict) or form.get("/Subtype") != "/Form":
                continue
            seen.add(key)
            total += len(form.get_data())
            resources.append(form.get("/Resources"))
    return total
