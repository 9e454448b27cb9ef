"""``delibner evaluate``, ``predict`` and ``bench``."""

from __future__ import annotations

import typer


def register(app: typer.Typer) -> None:
    @app.command()
    def evaluate() -> None:
        """Score engines on annotated data (not yet available)."""
        typer.echo("delibner evaluate: not yet available")
        raise typer.Exit(1)
