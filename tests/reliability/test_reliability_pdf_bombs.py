"""PDF bombs and disguised files: each gets its expected answer, fast, without the memory it asks for.

The hostile PDFs are built here byte by byte: a page tree of thousands of pages, one thousands of
levels deep, one that loops, a few kilobytes of compressed drawing operators that expand to
megabytes, a 100,000 × 100,000 image, forms drawing forms, a broken cross-reference table, a
truncated file, and zip archives dressed as PDFs.
"""

from __future__ import annotations

import io
import time
import zipfile
import zlib

import httpx
import pytest

from service.files import TooComplex, read_upload

TEXT_PAGE = b"BT /F1 11 Tf 50 800 Td (Seance du 12 mars 2023, 12 500 EUR) Tj ET"
FONT = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"


def assemble(objects: list[bytes]) -> bytes:
    """A PDF of ``objects`` (object 1 is the catalog) with a correct cross-reference table."""
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(f"{number} 0 obj\n".encode() + body + b"\nendobj\n")
    xref = out.tell()
    out.write(f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode())
    out.writelines(f"{offset:010d} 00000 n \n".encode() for offset in offsets)
    out.write(f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode())
    return out.getvalue()


def stream(data: bytes, entries: bytes = b"") -> bytes:
    return b"<< /Length %d %s >>\nstream\n" % (len(data), entries) + data + b"\nendstream"


def one_page(content: bytes, resources: bytes = b"/Font << /F1 4 0 R >>", extra: list[bytes] = ()) -> bytes:
    """Catalog, pages, a page drawing object 3, the font as object 4, then ``extra`` objects (5, 6…)."""
    return assemble(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [5 0 R] /Count 1 >>",
            content,
            FONT,
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 3 0 R /Resources << %s >> >>" % resources,
            *extra,
        ]
    )


def many_pages(count: int) -> bytes:
    kids = b" ".join(b"%d 0 R" % (5 + i) for i in range(count))
    pages = [b"<< /Type /Page /Parent 2 0 R /Contents 3 0 R /Resources << /Font << /F1 4 0 R >> >> >>"] * count
    return assemble(
        [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, count),
         stream(TEXT_PAGE), FONT, *pages]
    )  # fmt: skip


def deep_page_tree(depth: int) -> bytes:
    nodes = [b"<< /Type /Pages /Kids [%d 0 R] /Count 1 >>" % (3 + i) for i in range(depth)]
    return assemble([b"<< /Type /Catalog /Pages 2 0 R >>", *nodes, b"<< /Type /Page /MediaBox [0 0 595 842] >>"])


def looping_page_tree() -> bytes:
    return assemble(
        [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 2 >>",
         b"<< /Type /Pages /Kids [2 0 R 4 0 R] /Count 1 >>", b"<< /Type /Page /MediaBox [0 0 595 842] >>"]
    )  # fmt: skip


def drawing_bomb(decompressed: int) -> bytes:
    """A few kilobytes of Flate that expand to ``decompressed`` bytes of text-drawing operators."""
    operators = b"BT /F1 11 Tf " + b"(a) Tj " * (decompressed // 7) + b"ET"
    return one_page(stream(zlib.compress(operators, 9), b"/Filter /FlateDecode"))


def huge_image() -> bytes:
    pixels = zlib.compress(b"\x00" * 20_000_000, 9)
    image = stream(
        pixels,
        b"/Type /XObject /Subtype /Image /Width 100000 /Height 100000 /ColorSpace /DeviceRGB "
        b"/BitsPerComponent 8 /Filter /FlateDecode",
    )
    content = stream(b"q 595 0 0 842 0 0 cm /Im Do Q " + TEXT_PAGE)
    return one_page(content, b"/Font << /F1 4 0 R >> /XObject << /Im 6 0 R >>", [image])


def form_fan_out(levels: int, fan: int) -> bytes:
    """Forms drawing forms, ``fan`` times each, ``levels`` deep: fan ** levels drawings of one text."""
    forms = []
    for level in range(levels):
        number = 6 + level
        inner = b"/XObject << /X %d 0 R >>" % (number + 1) if level < levels - 1 else b""
        body = b"/X Do " * fan if level < levels - 1 else TEXT_PAGE
        forms.append(stream(body, b"/Type /XObject /Subtype /Form /BBox [0 0 595 842] /Resources << "
                            b"/Font << /F1 4 0 R >> %s >>" % inner))  # fmt: skip
    return one_page(stream(b"/X Do " * fan), b"/Font << /F1 4 0 R >> /XObject << /X 6 0 R >>", forms)


def operators_without_text(pages: int, per_page: int) -> bytes:
    """Pages of drawing operators that show no text (each just under the per-page limit)."""
    content = stream(zlib.compress(b"1 0 0 1 0 0 cm " * (per_page // 15), 9), b"/Filter /FlateDecode")
    kids = b" ".join(b"%d 0 R" % (5 + i) for i in range(pages))
    page = b"<< /Type /Page /Parent 2 0 R /Contents 3 0 R /Resources << /Font << /F1 4 0 R >> >> >>"
    return assemble(
        [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, pages),
         content, FONT, *[page] * pages]
    )  # fmt: skip


def drawing_many_texts(pages: int) -> bytes:
    """``pages`` pages, each showing 70 KB of text (their text is ten times the default limit)."""
    line = b"(Seance du 12 mars 2023, subvention de 12 500 EUR au titre du chapitre 65.) Tj T* "
    content = stream(zlib.compress(b"BT /F1 11 Tf 14 TL " + line * 900 + b"ET", 9), b"/Filter /FlateDecode")
    kids = b" ".join(b"%d 0 R" % (5 + i) for i in range(pages))
    page = b"<< /Type /Page /Parent 2 0 R /Contents 3 0 R /Resources << /Font << /F1 4 0 R >> >> >>"
    return assemble(
        [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, pages),
         content, FONT, *[page] * pages]
    )  # fmt: skip


def broken_xref() -> bytes:
    """A valid one-page PDF whose cross-reference table points past the end of the file."""
    data = one_page(stream(TEXT_PAGE))
    table = data.index(b"xref\n")
    return data[:table] + data[table:].replace(b"\n00000", b"\n99999")


def zip_archive(prefix: bytes = b"") -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("deliberation.txt", "Séance du 12 mars 2023. " * 200)
    return prefix + out.getvalue()


def _upload(service, name: str, data: bytes, media: str = "application/pdf") -> tuple[httpx.Response, float, float]:
    """The answer, the seconds it took, and how much the server's peak memory grew (MB)."""
    before = service.memory()["VmHWM"]
    started = time.monotonic()
    response = httpx.post(f"{service.url}/v1/extract/file", files={"file": (name, data, media)}, timeout=120)
    assert response.status_code < 500, response.text[:500]
    return response, time.monotonic() - started, service.memory()["VmHWM"] - before


@pytest.mark.parametrize(
    ("name", "build", "status", "error", "detail"),
    [
        ("5,000 pages", lambda: many_pages(5000), 413, "too_many_pages", "5000 pages; the limit is 200"),
        ("a page tree 3,000 levels deep", lambda: deep_page_tree(3000), 422, "unreadable_file", "depth"),
        ("a page tree that loops", looping_page_tree, 422, "unreadable_file", "cyclic"),
        ("8 KB of Flate expanding to 5 MB of operators", lambda: drawing_bomb(5_000_000), 413, "pdf_too_complex",
         "page 1 holds over 1,000,000 bytes"),
        ("150 pages of 70 KB of text each", lambda: drawing_many_texts(150), 413, "text_too_long",
         "over the limit of 200000 characters"),
        ("truncated in its first object", lambda: many_pages(3)[:200], 422, "unreadable_file", "not a readable PDF"),
        ("a zip named .pdf", zip_archive, 422, "unreadable_file", "is not a PDF"),
        ("a zip behind a %PDF- header", lambda: zip_archive(b"%PDF-1.7\n"), 422, "unreadable_file",
         "not a readable PDF"),
    ],
)  # fmt: skip
def test_pdf_bombs_are_refused_fast_and_small(tiny_service, name, build, status, error, detail):
    response, seconds, grown_mb = _upload(tiny_service, "bomb.pdf", build())
    assert response.status_code == status, response.text[:500]
    assert response.json()["error"] == error and detail in response.json()["detail"], response.json()
    assert seconds < 20 and grown_mb < 100, (seconds, grown_mb)


@pytest.mark.parametrize(
    ("name", "build"),
    [
        ("a 100,000 × 100,000 image", huge_image),
        ("forms drawing forms, 10 ** 5 times", lambda: form_fan_out(5, 10)),
        ("a cross-reference table with wrong offsets", lambda: broken_xref()),
    ],
)
def test_odd_but_harmless_pdfs_give_their_text(tiny_service, name, build):
    response, seconds, grown_mb = _upload(tiny_service, "odd.pdf", build())
    assert response.status_code == 200, response.text[:500]
    body = response.json()
    assert "12 mars 2023" in body["text"]
    assert all(body["text"][e["start"] : e["end"]] == e["text"] for e in body["entities"])
    assert seconds < 20 and grown_mb < 100, (seconds, grown_mb)


def test_a_zip_sent_as_text_is_refused(tiny_service):
    response, _, _ = _upload(tiny_service, "archive.txt", zip_archive(), "text/plain")
    assert response.status_code == 415 and response.json()["error"] == "unsupported_file"


def test_reading_a_pdf_stops_at_its_time_budget():
    """Pages of text-free operators, each under the per-page limit: only the time budget can stop them
    (the service answers 413 ``pdf_too_complex``, as for the drawing bomb above)."""
    bomb = operators_without_text(pages=200, per_page=300_000)
    started = time.monotonic()
    with pytest.raises(TooComplex, match="takes over 1 s to read"):
        read_upload(bomb, "slow.pdf", "application/pdf", max_pages=200, budget_s=1.0)
    assert time.monotonic() - started < 10
