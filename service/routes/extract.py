"""``/v1/extract``: entities from raw text, from many texts, or from an uploaded file."""

from __future__ import annotations

from collections.abc import Sequence
from functools import partial
from typing import Annotated

from fastapi import APIRouter, File, Form, Request, UploadFile

from model.labels import LABELS
from model.pipeline import Extraction
from service.deps import GateDep, PipelineDep, SettingsDep
from service.errors import ApiError
from service.files import TextTooLong, TooComplex, TooManyPages, UnreadableFile, UnsupportedFile, read_upload
from service.gate import Overloaded
from service.schemas import (
    BatchRequest,
    BatchResponse,
    Engine,
    ErrorBody,
    ExtractRequest,
    ExtractResponse,
    FileResponse,
)
from service.settings import Settings

router = APIRouter(prefix="/v1/extract", tags=["extract"])

ERRORS = {
    status: {"model": ErrorBody, "description": description}
    for status, description in {
        401: "Missing or wrong API key",
        413: "Text, body, file, page count or PDF complexity over the limit",
        415: "Unsupported file type",
        422: "Empty text, wrong types, unknown engine or label, unreadable file",
        503: "Too many extractions in progress; retry after the delay given",
    }.items()
}


def _overloaded() -> ApiError:
    return ApiError(503, "overloaded", "too many extractions in progress; retry shortly", {"Retry-After": "1"})


def _check_text(text: str, settings: Settings, where: str = "text") -> None:
    if not text.strip():
        raise ApiError(422, "empty_text", f"{where} is empty")
    if len(text) > settings.max_text_chars:
        raise ApiError(
            413, "text_too_long", f"{where} has {len(text)} characters; the limit is {settings.max_text_chars}"
        )


def _response(extraction: Extraction) -> ExtractResponse:
    return ExtractResponse(
        entities=[
            {
                "start": s.start,
                "end": s.end,
                "label": s.label,
                "text": s.text,
                "score": round(s.score, 4),
                "source": s.source,
                "normalized": s.normalized,
            }
            for s in extraction.entities
        ],
        engine=extraction.engine,
        fallback=extraction.fallback,
        fallback_reason=extraction.fallback_reason,
        model_version=extraction.model_version,
        timing_ms=extraction.timing_ms,
    )


async def _extract(
    request: Request,
    texts: Sequence[str],
    engine: Engine | None,
    labels: Sequence[str] | None,
    pipeline: PipelineDep,
    gate: GateDep,
    settings: Settings,
) -> list[Extraction]:
    engine = engine or settings.engine
    try:
        results = await gate.run(pipeline.run, list(texts), engine, labels)
    except Overloaded:
        raise _overloaded() from None
    request.state.log.update(
        engine=engine,
        text_length=sum(map(len, texts)),
        texts=len(texts),
        fallback=any(r.fallback for r in results),
    )
    return results


@router.post("", response_model=ExtractResponse, responses=ERRORS, summary="Extract entities from a text")
async def extract(
    body: ExtractRequest, request: Request, pipeline: PipelineDep, gate: GateDep, settings: SettingsDep
) -> ExtractResponse:
    """Tag the six entity types in one raw text; offsets index that text."""
    _check_text(body.text, settings)
    [result] = await _extract(request, [body.text], body.engine, body.labels, pipeline, gate, settings)
    return _response(result)


@router.post("/batch", response_model=BatchResponse, responses=ERRORS, summary="Extract entities from many texts")
async def extract_batch(
    body: BatchRequest, request: Request, pipeline: PipelineDep, gate: GateDep, settings: SettingsDep
) -> BatchResponse:
    """Tag several texts in one call; results come in the order of the texts."""
    if len(body.texts) > settings.max_batch_texts:
        raise ApiError(413, "too_many_texts", f"{len(body.texts)} texts; the limit is {settings.max_batch_texts}")
    for i, text in enumerate(body.texts):
        _check_text(text, settings, where=f"texts[{i}]")
    results = await _extract(request, body.texts, body.engine, body.labels, pipeline, gate, settings)
    return BatchResponse(results=[_response(r) for r in results])


@router.post("/file", response_model=FileResponse, responses=ERRORS, summary="Extract entities from a PDF or text file")
async def extract_file(
    request: Request,
    pipeline: PipelineDep,
    gate: GateDep,
    settings: SettingsDep,
    file: Annotated[UploadFile, File(description="A PDF or a plain-text file (UTF-8, UTF-8 with BOM, Latin-1).")],
    engine: Annotated[Engine | None, Form()] = None,
    labels: Annotated[str | None, Form(description="Comma-separated labels to keep.")] = None,
) -> FileResponse:
    """Extract the file's text (returned too, since offsets index it), then tag it."""
    wanted = [name.strip() for name in labels.split(",") if name.strip()] if labels else None
    unknown = [name for name in wanted or [] if name not in LABELS]
    if unknown:
        raise ApiError(422, "unknown_label", f"unknown label(s) {', '.join(unknown)}; expected {', '.join(LABELS)}")
    data = await file.read(settings.max_file_bytes + 1)
    if len(data) > settings.max_file_bytes:
        raise ApiError(413, "file_too_large", f"file is over the limit of {settings.max_file_bytes} bytes")
    if not data:
        raise ApiError(422, "empty_file", f"{file.filename or 'upload'} is empty")
    try:
        extracted = await gate.run(
            partial(read_upload, max_chars=settings.max_text_chars, budget_s=settings.pdf_budget_s),
            data,
            file.filename,
            file.content_type,
            settings.max_pdf_pages,
        )
    except Overloaded:
        raise _overloaded() from None
    except UnsupportedFile as error:
        raise ApiError(415, "unsupported_file", str(error)) from None
    except UnreadableFile as error:
        raise ApiError(422, "unreadable_file", str(error)) from None
    except TooManyPages as error:
        raise ApiError(413, "too_many_pages", str(error)) from None
    except TooComplex as error:
        raise ApiError(413, "pdf_too_complex", str(error)) from None
    except TextTooLong as error:
        raise ApiError(413, "text_too_long", str(error)) from None
    if extracted.media_type == "application/pdf" and not extracted.text.strip():
        raise ApiError(422, "no_text_layer", f"{file.filename or 'upload'} has no text layer (a scan?); OCR it first")
    _check_text(extracted.text, settings, where=f"the text of {file.filename or 'upload'}")
    [result] = await _extract(request, [extracted.text], engine, wanted, pipeline, gate, settings)
    return FileResponse(
        **_response(result).model_dump(),
        text=extracted.text,
        filename=file.filename,
        media_type=extracted.media_type,
        pages=extracted.pages,
    )
