"""``delibner serve`` (the HTTP service) and ``delibner extract`` (one file, on the command line)."""

from __future__ import annotations

import json
import logging
import signal
import sys
from pathlib import Path
from typing import Annotated

import typer


def _configure_logging(level: str) -> None:
    logging.basicConfig(level=level.upper(), format="%(message)s", stream=sys.stderr)


def register(app: typer.Typer) -> None:
    @app.command()
    def serve(
        host: Annotated[str | None, typer.Option(help="Interface (default 127.0.0.1, or DELIBNER_HOST).")] = None,
        port: Annotated[int | None, typer.Option(help="Port (default 8000, or DELIBNER_PORT).")] = None,
        model: Annotated[Path | None, typer.Option(help="Model directory (default: the default model).")] = None,
        rules_only: Annotated[bool, typer.Option("--rules-only", help="Serve the rules alone.")] = False,
    ) -> None:
        """Start the HTTP API and web page (settings also come from DELIBNER_* variables)."""
        import uvicorn

        from service.main import create_app
        from service.settings import Settings

        overrides = {k: v for k, v in {"host": host, "port": port, "model_path": model}.items() if v is not None}
        if rules_only:
            overrides["load_model"] = False
        settings = Settings(**overrides)
        _configure_logging(settings.log_level)
        typer.echo(f"delibner on http://{settings.host}:{settings.port}  (API docs: /docs)", err=True)
        # uvicorn drains in-flight requests on SIGTERM, then raises the signal again to end the process:
        # this handler makes that end a clean exit (status 0) instead of a death by signal.
        signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
        uvicorn.run(
            create_app(settings),
            host=settings.host,
            port=settings.port,
            log_level=settings.log_level,
            access_log=False,  # our own JSON access log replaces uvicorn's
            timeout_graceful_shutdown=30,
        )

    @app.command()
    def extract(
        source: Annotated[str, typer.Argument(help="A PDF or text file, or - for standard input.")],
        engine: Annotated[str, typer.Option(help="hybrid, model or rules.")] = "hybrid",
        model: Annotated[Path | None, typer.Option(help="Model directory (default: the default model).")] = None,
        output: Annotated[str, typer.Option("--format", "-f", help="json or table.")] = "json",
    ) -> None:
        """Extract entities from one document and print them as JSON or as a table."""
        from model.factory import load_pipeline
        from service.files import TooManyPages, UnreadableFile, UnsupportedFile, read_upload

        if output not in ("json", "table"):
            raise ValueError(f"unknown format {output!r}; expected json or table")
        if source == "-":
            data, name = sys.stdin.buffer.read(), "stdin.txt"
        else:
            path = Path(source)
            if not path.is_file():
                raise FileNotFoundError(f"{source} is not a file")
            data, name = path.read_bytes(), path.name
        try:
            text = read_upload(data, name, None, 10_000).text
        except (UnsupportedFile, UnreadableFile, TooManyPages) as error:
            raise ValueError(str(error)) from None
        pipeline = load_pipeline(model, load_model=engine != "rules")
        [result] = pipeline.run([text], engine=engine)
        if output == "json":
            payload = {
                "entities": [s.to_dict() for s in result.entities],
                "engine": result.engine,
                "fallback": result.fallback,
                "fallback_reason": result.fallback_reason,
                "model_version": result.model_version,
            }
            typer.echo(json.dumps(payload, ensure_ascii=False, indent=2))
            return
        if result.fallback:
            typer.echo(f"(fallback to rules: {result.fallback_reason})", err=True)
        for s in result.entities:
            surface = s.text.replace("\n", "⏎")
            typer.echo(f"{s.start:>7} {s.end:>7}  {s.label:<12} {s.source:<6} {s.score:.2f}  {surface}")
