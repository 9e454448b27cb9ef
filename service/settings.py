"""Service settings, read from ``DELIBNER_*`` environment variables (or a ``.env`` file).

Example:
    >>> Settings(max_text_chars=1000).max_text_chars
    1000
    >>> Settings().engine
    'hybrid'
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from model.merge import DEFAULT_POLICY, get_policy


class Settings(BaseSettings):
    """Everything an operator can tune; each field is ``DELIBNER_<NAME>`` in the environment."""

    model_config = SettingsConfigDict(env_prefix="DELIBNER_", env_file=".env", extra="ignore")

    host: str = "127.0.0.1"
    port: int = Field(8000, ge=1, le=65535)
    model_path: Path | None = Field(None, description="Model directory; default: the promoted or shipped model.")
    load_model: bool = Field(True, description="False serves the rules alone.")
    engine: Literal["hybrid", "model", "rules"] = "hybrid"
    merge: str = Field(DEFAULT_POLICY, description="Merge policy of the hybrid engine.")
    veto: bool = Field(True, description="Hybrid: drop the model's spans the rules veto.")
    quantize: bool = Field(False, description="Dynamic int8 quantization of the model's linear layers.")
    torch_threads: int | None = Field(None, ge=1, description="torch intra-op threads; default: torch's choice.")
    model_budget_s: float | None = Field(10.0, gt=0, description="Model time per request before rules answer.")
    max_text_chars: int = Field(200_000, ge=1, description="Longest text accepted, in characters.")
    max_batch_texts: int = Field(64, ge=1)
    max_body_bytes: int = Field(12_000_000, ge=1024, description="Largest request body, any route.")
    max_file_bytes: int = Field(10_000_000, ge=1, description="Largest uploaded file.")
    max_pdf_pages: int = Field(200, ge=1)
    pdf_budget_s: float = Field(20.0, gt=0, description="Time reading one PDF's text may take before 413.")
    worker_threads: int = Field(2, ge=1, description="Extractions running at once.")
    max_queue: int = Field(32, ge=0, description="Extractions waiting beyond the running ones before 503.")
    api_key: SecretStr | None = Field(None, description="If set, /v1 routes need the X-API-Key header.")
    cors_origins: list[str] = Field(default_factory=list, description="Allowed browser origins; none by default.")
    log_level: Literal["debug", "info", "warning", "error"] = "info"

    @field_validator("merge")
    @classmethod
    def _known_merge(cls, name: str) -> str:
        get_policy(name)  # an unknown policy is a settings error at start-up, naming the choices
        return name
