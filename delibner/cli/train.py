"""``delibner train`` and ``delibner model …``."""

from __future__ import annotations

import typer

model_app = typer.Typer(no_args_is_help=True)


@model_app.command()
def info() -> None:
    """Show the default model's card (not yet available)."""
    typer.echo("delibner model info: not yet available")
    raise typer.Exit(1)


def register(app: typer.Typer) -> None:
    @app.command()
    def train() -> None:
        """Train a tagger (not yet available)."""
        typer.echo("delibner train: not yet available")
        raise typer.Exit(1)
