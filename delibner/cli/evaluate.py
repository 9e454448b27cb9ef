"""``delibner evaluate``, ``predict`` and ``bench``."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer

from model.merge import DEFAULT_POLICY

DataOption = Annotated[list[Path], typer.Option("--data", "-d", help="Annotated file(s), any supported format.")]
ModelOption = Annotated[Path | None, typer.Option("--model", help="Model directory (default: the default model).")]
MergeOption = Annotated[str, typer.Option("--merge", help="Merge policy for the hybrid engine.")]
VetoOption = Annotated[
    bool, typer.Option("--veto/--no-veto", help="Hybrid: drop the model's spans the rules veto (model/rules/veto.py).")
]


def _documents(paths: list[Path]):
    from training.data import read_documents

    return [doc for path in paths for doc in read_documents(path)]


def _pipeline(engines: list[str], model: Path | None, merge: str, veto: bool):
    from model.factory import load_pipeline

    needs_model = any(e in ("model", "hybrid") for e in engines)
    return load_pipeline(model, merge=merge, veto=veto, load_model=needs_model)


def register(app: typer.Typer) -> None:
    register_bench(app)

    @app.command()
    def evaluate(
        data: DataOption,
        engine: Annotated[str, typer.Option(help="Comma-separated: hybrid, model, rules, spacy-fr.")] = "hybrid",
        model: ModelOption = None,
        merge: MergeOption = DEFAULT_POLICY,
        veto: VetoOption = True,
        json_out: Annotated[Path | None, typer.Option("--json", help="Write the full report as JSON.")] = None,
        errors: Annotated[Path | None, typer.Option(help="Write every false positive/negative (JSONL).")] = None,
        report: Annotated[Path | None, typer.Option(help="Write report.md and a per-label chart here.")] = None,
    ) -> None:
        """Score engines on annotated data: strict and overlap P/R/F1 per label, micro and macro."""
        from training.evaluate.errors import list_errors
        from training.evaluate.render import as_json, as_text, write_markdown
        from training.evaluate.runner import evaluate as run_evaluation

        engines = [e.strip() for e in engine.split(",") if e.strip()]
        docs = _documents(data)
        result = run_evaluation(docs, engines, _pipeline(engines, model, merge, veto))
        typer.echo(as_text(result))
        if json_out:
            json_out.write_text(json.dumps(as_json(result), indent=2, ensure_ascii=False), encoding="utf-8")
        if errors:
            with errors.open("w", encoding="utf-8") as handle:
                for name, pred in result.predictions.items():
                    for record in list_errors(docs, pred):
                        handle.write(json.dumps({"engine": name, **record}, ensure_ascii=False) + "\n")
        if report:
            typer.echo(f"report: {write_markdown(result, report)}")

    @app.command()
    def predict(
        data: DataOption,
        out: Annotated[Path, typer.Option("--out", "-o", help="Predictions, project JSONL.")],
        engine: Annotated[str, typer.Option(help="hybrid, model, rules or spacy-fr.")] = "hybrid",
        model: ModelOption = None,
        merge: MergeOption = DEFAULT_POLICY,
        veto: VetoOption = True,
    ) -> None:
        """Run an engine over every document and write its entities in the project format."""
        from model.document import Document
        from training.evaluate.runner import check_engines
        from training.evaluate.runner import predict as run_predict

        docs = _documents(data)
        pipeline = _pipeline([engine], model, merge, veto)
        check_engines([engine], pipeline)
        spans = run_predict(engine, [d.text for d in docs], pipeline)
        with out.open("w", encoding="utf-8") as handle:
            for doc, found in zip(docs, spans, strict=True):
                record = Document(doc.id, doc.text, found, doc.meta).to_dict(extra=True)
                handle.write(json.dumps(record, ensure_ascii=False) + "\n")
        typer.echo(f"{len(docs)} documents, {sum(map(len, spans))} entities → {out}")


def _cell(key: str, value: object) -> str:
    if isinstance(value, float):
        return f"{value:.2f}×" if "_vs_" in key else f"{value:.1f}"
    return "-" if value is None else str(value)


def _bench_table(rows: list[dict], keys: list[str]) -> str:
    header = ["engine", *keys]
    body = [[r["engine"], *(_cell(k, r.get(k)) for k in keys)] for r in rows]
    widths = [max(len(x[i]) for x in [header, *body]) for i in range(len(header))]
    return "\n".join(" | ".join(c.rjust(w) for c, w in zip(row, widths, strict=True)) for row in [header, *body])


def register_bench(app: typer.Typer) -> None:
    @app.command()
    def bench(
        data: DataOption,
        engine: Annotated[str, typer.Option(help="Comma-separated: hybrid, model, rules.")] = "hybrid",
        model: ModelOption = None,
        merge: MergeOption = DEFAULT_POLICY,
        veto: VetoOption = True,
        quantize: Annotated[bool, typer.Option(help="Dynamic int8 quantization of the model.")] = False,
        threads: Annotated[int | None, typer.Option(help="torch threads (default: torch's).")] = None,
        batch_size: Annotated[int, typer.Option(help="Texts per batch for throughput.")] = 8,
        repeats: Annotated[int, typer.Option(help="Throughput passes; the median is reported.")] = 3,
        limit: Annotated[int | None, typer.Option(help="Use only the first N documents.")] = None,
        words: Annotated[
            int | None, typer.Option(help="Join consecutive documents into ones of at least N words (e.g. 1200).")
        ] = None,
        http: Annotated[str | None, typer.Option(help="Also load a running service at this loopback URL.")] = None,
        concurrency: Annotated[int, typer.Option(help="HTTP clients.")] = 1,
        requests: Annotated[int, typer.Option(help="HTTP requests at most.")] = 200,
        duration: Annotated[float, typer.Option(help="HTTP seconds at most.")] = 60.0,
        json_out: Annotated[Path | None, typer.Option("--json", help="Write the figures as JSON.")] = None,
    ) -> None:
        """Throughput (docs/s, words/s), latency (p50/p95/p99) and peak RSS, each as a ratio to spaCy."""
        from training.evaluate.bench import bench_in_process, documents_of_length
        from training.evaluate.bench_http import bench_http, check_loopback, http_overhead

        engines = [e.strip() for e in engine.split(",") if e.strip()]
        if http:
            check_loopback(http)
        texts = [d.text for d in _documents(data)]
        texts = (documents_of_length(texts, words) if words else texts)[:limit]
        if not texts:
            raise ValueError("no documents to benchmark")
        options = {
            "model": model,
            "merge": merge,
            "veto": veto,
            "quantize": quantize,
            "threads": threads,
            "batch_size": batch_size,
            "repeats": repeats,
        }
        rows = bench_in_process(engines, texts, options)
        typer.echo(f"in-process, {len(texts)} documents, {rows[0]['words']} words (medians of {repeats} passes)")
        typer.echo(
            _bench_table(
                rows,
                [
                    "words_per_s",
                    "words_per_s_vs_spacy",
                    "docs_per_s",
                    "p50_ms",
                    "p95_ms",
                    "p99_ms",
                    "p50_ms_vs_spacy",
                    "peak_rss_mb",
                ],
            )
        )
        report: dict = {"in_process": rows}
        if http:
            http_rows = [bench_http(http, texts, e, concurrency, requests, duration) for e in engines]
            for row in http_rows:
                row["words_per_s_vs_spacy"] = row["words_per_s"] / rows[0]["words_per_s"]
            typer.echo(f"\nHTTP {http}, concurrency {concurrency}")
            keys = ["ok", "errors_non_503", "docs_per_s", "words_per_s", "words_per_s_vs_spacy", "p50_ms", "p95_ms"]
            typer.echo(_bench_table(http_rows, [*keys, "p99_ms"]))
            paired = [http_overhead(http, texts, e, options, rounds=repeats) for e in engines]
            typer.echo("\nHTTP overhead at concurrency 1 (in-process and HTTP calls alternating, same documents)")
            typer.echo(
                _bench_table(
                    paired, ["documents", "in_process_p50_ms", "http_p50_ms", "http_p95_ms", "p50_ms_vs_in_process"]
                )
            )
            report["http"] = http_rows
            report["http_overhead"] = paired
        if json_out:
            json_out.write_text(json.dumps(report, indent=2, default=str), encoding="utf-8")
