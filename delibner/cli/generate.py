"""``delibner generate``: the synthetic training corpus."""

from __future__ import annotations

import typer


def register(app: typer.Typer) -> None:
    @app.command()
    def generate() -> None:
        """Generate a synthetic annotated corpus (not yet available)."""
        typer.echo("delibner generate: not yet available")
        raise typer.Exit(1)
