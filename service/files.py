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
from dataclasses import dataclass

TEXT_SUFFIXES = (".txt", ".text", ".md", ".csv")
PDF_MAGIC = b"%PDF-"


class UnsupportedFile(ValueError):
    """Not a PDF and not text (HTTP 415)."""


class UnreadableFile(ValueError):
    """A PDF that is corrupt or encrypted, or text that cannot be decoded (HTTP 422)."""


class TooManyPages(ValueError):
    """A PDF with more pages than allowed (HTTP 413)."""


@dataclass(frozen=True, slots=True)
class ExtractedText:
    text: str
    media_type: str
    pages: int | None = None


def read_upload(data: bytes, filename: str | None, content_type: str | None, max_pages: int) -> ExtractedText:
    """The text of an uploaded file, or one of this module's errors saying what is wrong."""
    name = (filename or "upload").lower()
    declared_pdf = name.endswith(".pdf") or (content_type or "").startswith("application/pdf")
    if data[:1024].lstrip().startswith(PDF_MAGIC):
        return _read_pdf(data, filename or "upload", max_pages)
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


def _read_pdf(data: bytes, filename: str, max_pages: int) -> ExtractedText:
    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    logging.getLogger("pypdf").setLevel(logging.ERROR)  # malformed files warn loudly; the client gets the error
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted and not reader.decrypt(""):
            raise UnreadableFile(f"{filename} is an encrypted PDF; send it unencrypted")
        count = len(reader.pages)
        if count > max_pages:
            raise TooManyPages(f"{filename} has {count} pages; the limit is {max_pages}")
        pages = [page.extract_text() or "" for page in reader.pages]
    except (UnreadableFile, TooManyPages):
        raise
    except (PyPdfError, ValueError, KeyError, TypeError, AttributeError, IndexError, RecursionError, OSError) as error:
        raise UnreadableFile(f"{filename} is not a readable PDF: {type(error).__name__}: {error}") from None
    return ExtractedText("\n\n".join(pages), "application/pdf", count)
