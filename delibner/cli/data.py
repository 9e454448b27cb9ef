"""``delibner data …``: validate, convert, stats, lint."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

app = typer.Typer(no_args_is_help=True)


@app.command()
def convert(
    source: Annotated[Path, typer.Argument(help="Input file (or folder, for the inline format).")],
    target: Annotated[Path, typer.Argument(help="Output file (or folder, for the inline format).")],
    from_: Annotated[str | None, typer.Option("--from", help="Input format; guessed from the name if omitted.")] = None,
    to: Annotated[str | None, typer.Option("--to", help="Output format; guessed from the name if omitted.")] = None,
    strict: Annotated[bool, typer.Option(help="Fail if any span cannot be carried over.")] = False,
) -> None:
    """Convert annotated data between formats, reporting every span that cannot be carried over."""
    from training.data.formats import get_format, guess_format
    from training.data.report import ConversionReport

    if not source.exists():
        raise FileNotFoundError(f"{source} does not exist")
    reader = get_format(from_ or guess_format(source))
    writer = get_format(to or guess_format(target))
    report = ConversionReport()
    docs = list(reader.read(source, report))
    write_report = ConversionReport()
    writer.write(target, docs, write_report)
    report.losses.extend(write_report.losses)
    for line in report.lines():
        typer.echo(f"lost: {line}", err=True)
    typer.echo(f"{reader.name} → {writer.name}: {report.summary()}")
    if strict and report.losses:
        raise typer.Exit(1)
