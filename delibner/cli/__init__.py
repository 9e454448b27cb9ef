"""The ``delibner`` command: one entry point fronting data, training, evaluation and the service.

Example:
    $ delibner data validate annotations/gold/dev.jsonl
    $ delibner serve
"""

from __future__ import annotations

import sys

import typer

from delibner.cli import data, evaluate, generate, serve, train

app = typer.Typer(
    name="delibner",
    help="Extract officials, legal references, amounts, budget codes, deliberation ids and dates "
    "from French local-government deliberations.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
)
app.add_typer(data.app, name="data", help="Validate, convert, lint and count annotated data.")
app.add_typer(train.model_app, name="model", help="Inspect and promote trained models.")
for module in (generate, train, evaluate, serve):
    module.register(app)


def main() -> None:
    """Run the CLI; known user errors print ``error: …`` and exit 2 instead of a traceback."""
    from training.data.problems import DataError

    try:
        app()
    except DataError as error:
        typer.secho(str(error), err=True, fg=typer.colors.RED)
        sys.exit(2)
    except (ValueError, FileNotFoundError, NotADirectoryError, IsADirectoryError, PermissionError) as error:
        typer.secho(f"error: {error}", err=True, fg=typer.colors.RED)
        sys.exit(2)
