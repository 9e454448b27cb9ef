"""Request and response bodies of the HTTP API (they are the OpenAPI schema)."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, WithJsonSchema

from model.labels import Label

Engine = Literal["hybrid", "model", "rules"]

EXAMPLE_TEXT = (
    "Vu le Code général des collectivités territoriales, notamment son article L. 2121-29 ; "
    "Vu la délibération n° 2023-045 du 14 mars 2023 ; le conseil municipal attribue une subvention "
    "de 12 500 € (chapitre 65 article 6574). Rapporteur : Mme Claire DUBOIS-MARTIN."
)


def _usable_text(text: str) -> str:
    if not text.strip():
        raise ValueError("is empty")
    if not text.isascii():
        try:
            text.encode("utf-8")
        except UnicodeEncodeError as error:  # JSON can escape half a surrogate pair alone
            raise ValueError(
                f"has an unpaired surrogate (U+{ord(text[error.start]):04X}) at character {error.start}; "
                "send valid Unicode"
            ) from None
    return text


#: A text with at least one non-space character (the schema says so too, for generated clients and fuzzers).
Text = Annotated[str, AfterValidator(_usable_text), WithJsonSchema({"type": "string", "pattern": r"\S"})]


class ExtractRequest(BaseModel):
    model_config = ConfigDict(extra="forbid", json_schema_extra={"examples": [{"text": EXAMPLE_TEXT}]})

    text: Text = Field(description="Raw deliberation text (UTF-8).")
    engine: Engine | None = Field(None, description="Default: the service's engine (hybrid).")
    labels: list[Label] | None = Field(None, description="Return only these labels.")


class BatchRequest(BaseModel):
    model_config = ConfigDict(extra="forbid", json_schema_extra={"examples": [{"texts": [EXAMPLE_TEXT]}]})

    texts: list[Text] = Field(min_length=1, description="Raw texts, each within the text limit.")
    engine: Engine | None = None
    labels: list[Label] | None = None


class Entity(BaseModel):
    start: int = Field(description="Offset of the first character, in Unicode code points.")
    end: int = Field(description="Offset after the last character.")
    label: Label
    text: str
    score: float
    source: Literal["model", "rules", "both"]
    normalized: dict[str, Any] | None = None


class ExtractResponse(BaseModel):
    entities: list[Entity]
    engine: Engine
    fallback: bool = Field(description="True when the rules answered because the model could not.")
    fallback_reason: str | None = None
    model_version: str | None = None
    timing_ms: float


class BatchResponse(BaseModel):
    results: list[ExtractResponse]


class FileResponse(ExtractResponse):
    text: str = Field(description="The text extracted from the file; entity offsets index it.")
    filename: str | None = None
    media_type: str
    pages: int | None = None


class ModelCard(BaseModel):
    loaded: bool
    version: str | None = None
    labels: list[str]
    engine_default: Engine
    merge: str
    veto: bool = Field(description="Whether the hybrid drops the model's spans that the rules veto.")
    reason: str | None = Field(None, description="Why no model is loaded, when none is.")
    card: str | None = Field(None, description="The model card (markdown).")
    metrics: dict[str, Any] | None = None
    config: dict[str, Any] | None = None


class Health(BaseModel):
    status: Literal["ok"] = "ok"


class Ready(BaseModel):
    status: Literal["ready"] = "ready"
    mode: Literal["hybrid", "rules-only"]
    model_version: str | None = None
    reason: str | None = None


class ErrorBody(BaseModel):
    error: str = Field(description="A short machine-readable kind, e.g. 'text_too_long'.")
    detail: str = Field(description="What is wrong, for a person.")
