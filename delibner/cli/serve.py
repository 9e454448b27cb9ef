"""``delibner serve`` and ``delibner extract``."""

from __future__ import annotations

import typer


def register(app: typer.Typer) -> None:
    @app.command()
    def serve() -> None:
        """Start the HTTP service (not yet available)."""
        typer.echo("delibner serve: not yet available")
        raise typer.Exit(1)
