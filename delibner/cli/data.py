"""``delibner data …``: validate, convert, stats, lint.

Every command reads any registered format (guessed from the file name, or
given with ``--format``/``--from``): the project's JSONL, an inline folder or
``.txt`` file, Label Studio, doccano, Prodigy, spaCy ``DocBin``, CoNLL.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer

app = typer.Typer(no_args_is_help=True)

Files = Annotated[list[Path], typer.Argument(help="Data files (or inline folders).", show_default=False)]
FormatOption = Annotated[
    str | None, typer.Option("--format", "-f", help="Format of the files; guessed from their names if omitted.")
]


@app.command()
def convert(
    source: Annotated[Path, typer.Argument(help="Input file (or folder, for the inline format).")],
    target: Annotated[Path, typer.Argument(help="Output file (or folder, for the inline format).")],
    from_: Annotated[str | None, typer.Option("--from", help="Input format; guessed from the name if omitted.")] = None,
    to: Annotated[str | None, typer.Option("--to", help="Output format; guessed from the name if omitted.")] = None,
    strict: Annotated[bool, typer.Option(help="Fail if any span cannot be carried over as is.")] = False,
) -> None:
    """Convert annotated data between formats, reporting every span that cannot be carried over.

    Formats: jsonl, inline, labelstudio, doccano, prodigy, spacy, conll.
    """
    from training.data.formats import get_format, guess_format
    from training.data.report import ConversionReport
    from training.data.validate import read_documents, write_documents

    reader = get_format(from_ or guess_format(source))
    writer = get_format(to or guess_format(target))
    report = ConversionReport()
    docs = read_documents(source, reader.name, report)
    write_report = write_documents(target, docs, writer.name)
    report.losses.extend(write_report.losses)
    report.adjustments.extend(write_report.adjustments)
    for loss in report.losses:
        typer.echo(f"lost: {loss}", err=True)
    for adjustment in report.adjustments:
        typer.echo(f"adjusted: {adjustment}", err=True)
    typer.echo(f"{reader.name} → {writer.name}: {report.summary()}")
    if strict and (report.losses or report.adjustments):
        typer.secho("error: spans were lost or changed (--strict)", err=True, fg=typer.colors.RED)
        raise typer.Exit(1)


@app.command()
def validate(files: Files, fmt: FormatOption = None) -> None:
    """Check data files; print every problem as FILE:LINE: reason and exit 1 if there is any."""
    from training.data.validate import load

    failed = False
    for path in files:
        loaded = load(path, fmt)
        for problem in loaded.problems:
            typer.echo(str(problem))
        _warn_if_empty(path, loaded.documents)
        failed |= bool(loaded.problems)
        status = f"{len(loaded.problems)} problem(s)" if loaded.problems else "ok"
        spans = sum(len(doc.spans) for doc in loaded.documents)
        typer.echo(f"{path}: {status} ({len(loaded.documents)} documents, {spans} spans)", err=True)
    if failed:
        raise typer.Exit(1)


@app.command()
def lint(
    files: Files,
    fmt: FormatOption = None,
    skip: Annotated[list[str] | None, typer.Option(help="A rule to leave out (repeatable).")] = None,
) -> None:
    """Flag likely annotation mistakes (FILE:LINE: doc [start:end] …); exit 1 on any finding.

    Invalid files are reported as by `validate` and count as findings.
    """
    from training.data.lint import RULES
    from training.data.lint import lint as lint_file
    from training.data.validate import load

    unknown = sorted(set(skip or ()) - set(RULES))
    if unknown:
        raise ValueError(f"unknown rule(s) {', '.join(unknown)}; rules are {', '.join(RULES)}")
    total = 0
    for path in files:
        loaded = load(path, fmt)
        findings = [str(p) for p in loaded.problems] or [
            str(f) for f in lint_file(loaded.documents, loaded.origins, skip or ())
        ]
        for line in findings:
            typer.echo(line)
        _warn_if_empty(path, loaded.documents)
        typer.echo(f"{path}: {len(findings)} finding(s) in {len(loaded.documents)} documents", err=True)
        total += len(findings)
    if total:
        raise typer.Exit(1)


@app.command()
def stats(
    files: Files,
    fmt: FormatOption = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON instead of a table.")] = False,
) -> None:
    """Count documents, words and entities per label, per file and in total."""
    from training.data.stats import DataStats, format_table
    from training.data.validate import read_documents

    rows = {str(path): DataStats.of(read_documents(path, fmt)) for path in files}
    total = sum(rows.values(), DataStats())
    if as_json:
        payload = {"files": {name: s.to_dict() for name, s in rows.items()}, "total": total.to_dict()}
        typer.echo(json.dumps(payload, ensure_ascii=False, indent=2))
    else:
        typer.echo(format_table({**rows, "total": total}))


def _warn_if_empty(path: Path, docs: list) -> None:
    if not docs:
        typer.secho(f"warning: {path} holds no documents", err=True, fg=typer.colors.YELLOW)
