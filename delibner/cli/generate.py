"""``delibner generate``: the synthetic training corpus.

Example:
    $ delibner generate --n 10000 --seed 13 --out runs/synthetic.jsonl
    $ delibner generate --n 2000 --seed 13 --stats
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Annotated

import typer


def register(app: typer.Typer) -> None:
    @app.command()
    def generate(
        n: Annotated[int, typer.Option("--n", min=1, help="Number of documents to generate.")] = 1000,
        seed: Annotated[
            int, typer.Option("--seed", help="Random seed; the same seed gives byte-identical output.")
        ] = 0,
        out: Annotated[Path | None, typer.Option("--out", help="Output JSONL file (project format).")] = None,
        noise_rate: Annotated[
            float,
            typer.Option(
                "--noise-rate", min=0.0, max=1.0, help="PDF-like noise: 0 clean, 0.5 default mix, 1 the most."
            ),
        ] = 0.5,
        stats: Annotated[
            bool, typer.Option("--stats", help="Print the distribution of labels, formats and templates.")
        ] = False,
    ) -> None:
        """Generate synthetic annotated deliberations (spans exact by construction)."""
        from training.data.formats.jsonl import write_jsonl
        from training.synthetic.corpus import SyntheticGenerator

        if out is None and not stats:
            raise ValueError("nothing to do: give --out FILE to write the corpus, or --stats to report on it")
        if out is not None and out.is_dir():
            raise IsADirectoryError(f"--out {out} is a directory; give a file name such as {out / 'synthetic.jsonl'}")
        generator = SyntheticGenerator(seed, noise_rate)
        started = time.perf_counter()
        if out is not None:
            out.parent.mkdir(parents=True, exist_ok=True)
            write_jsonl(out, generator.documents(n))
        else:
            for _ in generator.documents(n):
                pass
        elapsed = time.perf_counter() - started
        if stats:
            typer.echo(generator.stats.report())
        where = f" to {out}" if out is not None else ""
        typer.echo(
            f"generated {n} documents{where} in {elapsed:.1f} s (seed {seed}, noise rate {noise_rate})", err=True
        )
