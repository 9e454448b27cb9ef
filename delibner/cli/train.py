"""``delibner train`` and ``delibner model …`` (``info``, ``promote``).

Example:
    $ delibner train --config configs/default.yaml --out runs/model-2024-06
    $ delibner model promote runs/model-2024-06
    $ delibner model info
"""

from __future__ import annotations

import json
import os
import shlex
from pathlib import Path
from typing import Annotated

import typer

model_app = typer.Typer(no_args_is_help=True)


@model_app.command()
def info(
    directory: Annotated[Path | None, typer.Argument(help="Model directory (default: the default model).")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the machine-readable facts as JSON.")] = False,
) -> None:
    """Show a model's version, labels, training facts and scores."""
    from model.registry import resolve_model_path
    from model.tagger.loading import check_model_dir, read_meta

    path = resolve_model_path(directory)
    problems = check_model_dir(path)
    if problems:
        raise ValueError(f"{path} is not a usable model directory: {'; '.join(problems)}")
    meta = read_meta(path)
    metrics_file = path / "metrics.json"
    metrics = json.loads(metrics_file.read_text(encoding="utf-8")) if metrics_file.is_file() else {}
    if as_json:
        typer.echo(json.dumps({"path": str(path), "meta": meta, "metrics": metrics}, ensure_ascii=False, indent=2))
        return
    labels = json.loads((path / "config.json").read_text(encoding="utf-8"))["id2label"]
    typer.echo(f"path:     {path}")
    typer.echo(f"version:  {meta.get('version', path.name)}")
    typer.echo(f"labels:   {', '.join(sorted({t[2:] for t in labels.values() if t != 'O'}))}")
    if meta:
        typer.echo(f"model:    {meta.get('architecture')} ({meta.get('parameters', 0):,} parameters), base: "
                   f"{meta.get('base') or 'none (from scratch)'}, window {meta.get('window')} tokens")  # fmt: skip
        typer.echo(f"training: {meta.get('steps')} steps, {meta.get('train_minutes')} min; {meta.get('command')}")
    for role in ("dev", "test"):
        if role in metrics:
            micro, macro = metrics[role]["strict"]["micro"], metrics[role]["strict"]["macro"]
            typer.echo(f"{role + ':':<9} strict micro-F1 {micro['f1']:.3f}, macro-F1 {macro['f1']:.3f}")
    if (path / "README.md").is_file():
        typer.echo(f"card:     {path / 'README.md'}")


@model_app.command()
def promote(
    directory: Annotated[Path, typer.Argument(help="A trained model directory (the output of delibner train).")],
) -> None:
    """Make a trained model the default, atomically (refuses incomplete directories and mismatched labels)."""
    from model.registry import delibner_home
    from model.registry import promote as promote_model

    target = promote_model(directory)
    typer.echo(f"promoted {directory} → {target} (default model link: {delibner_home() / 'current'})")


def register(app: typer.Typer) -> None:
    @app.command()
    def train(
        config: Annotated[Path, typer.Option(help="Training recipe (YAML), e.g. configs/default.yaml.")],
        out: Annotated[Path, typer.Option(help="New directory to write the model to (never an existing model).")],
        data: Annotated[
            list[Path] | None, typer.Option(help="More training files (project JSONL or any known format); repeatable.")
        ] = None,
        base: Annotated[
            str | None, typer.Option(help="Hugging Face checkpoint (name or local path) to fine-tune.")
        ] = None,
    ) -> None:
        """Train a tagger (from scratch, or fine-tuning --base) and write a self-contained model directory."""
        # Threads that spin while waiting steal the CPU from each other on a shared machine.
        os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")
        from training.train.config import load_config
        from training.train.run import check_output_dir
        from training.train.run import train as run_training

        recipe = load_config(config)
        check_output_dir(out)  # fail before any work
        for file in data or []:
            if not file.exists():
                raise FileNotFoundError(f"data file {file} does not exist")
        words = ["delibner", "train", "--config", str(config)]
        words += [w for file in data or [] for w in ("--data", str(file))]
        words += ["--base", base] if base else []
        command = shlex.join([*words, "--out", str(out)])
        result = run_training(recipe, out, data_files=data or [], base=base, command=command, log=typer.echo)
        for role in ("dev", "test"):
            if role in result.metrics:
                micro = result.metrics[role]["strict"]["micro"]
                typer.echo(f"{role}: strict micro-F1 {micro['f1']:.3f}")
