"""Evaluation results as a terminal table, a JSON report, and a markdown report with a chart.

Example:
    >>> from training.evaluate.metrics import PRF
    >>> _row("DATE", PRF.from_counts(9, 1, 0))
    ['DATE', '0.900', '1.000', '0.947', '9']
"""

from __future__ import annotations

from dataclasses import asdict
from pathlib import Path
from typing import Any

from model.labels import LABELS
from training.evaluate.metrics import PRF, Scores
from training.evaluate.runner import Evaluation

HEADERS = ["label", "precision", "recall", "F1", "support"]


def _row(name: str, prf: PRF) -> list[str]:
    return [name, f"{prf.precision:.3f}", f"{prf.recall:.3f}", f"{prf.f1:.3f}", str(prf.support)]


def score_rows(scores: Scores) -> list[list[str]]:
    """Rows for each label (in guide order), then micro and macro averages."""
    rows = [_row(label, scores.per_label[label]) for label in LABELS if label in scores.per_label]
    rows += [_row(name, prf) for name, prf in scores.per_label.items() if name not in LABELS]
    return [*rows, _row("micro", scores.micro), _row("macro", scores.macro)]


def as_text(result: Evaluation, worst: int = 5) -> str:
    """Human-readable tables: strict and overlap per engine, normalization, the weakest documents."""
    out = []
    for engine, report in result.reports.items():
        for mode, scores in (("strict", report.strict), ("overlap", report.overlap)):
            out.append(f"\n{engine} — {mode} ({report.documents} documents)")
            out.append(_table(HEADERS, score_rows(scores)))
        out.append("normalization: " + _normalization(result.normalization[engine]))
        weakest = sorted(result.per_document[engine], key=lambda d: d.strict.f1)[:worst]
        out.append("weakest documents (strict F1): " + ", ".join(f"{d.id} {d.strict.f1:.2f}" for d in weakest))
    return "\n".join(out)


def _normalization(norm: dict[str, Any]) -> str:
    """``12/13 right (0.923)``, or why there is nothing to say."""
    if not norm["checked"]:
        return "not measured (no gold normalized values in this data)"
    return f"{norm['right']}/{norm['checked']} right ({norm['accuracy']:.3f})"


def _table(headers: list[str], rows: list[list[str]]) -> str:
    widths = [max(len(r[i]) for r in [headers, *rows]) for i in range(len(headers))]
    lines = [
        " | ".join(c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in enumerate(zip(r, widths, strict=True)))
        for r in [headers, *rows]
    ]
    lines.insert(1, "-+-".join("-" * w for w in widths))
    return "\n".join(lines)


def as_json(result: Evaluation) -> dict[str, Any]:
    """The full report: scores, normalization accuracy and per-document scores for each engine."""
    return {
        engine: {
            **report.to_dict(),
            "normalization": result.normalization[engine],
            "per_document": [asdict(d) for d in result.per_document[engine]],
        }
        for engine, report in result.reports.items()
    }


def write_markdown(result: Evaluation, folder: Path) -> Path:
    """``report.md`` with per-label tables and ``f1_per_label.png`` (strict F1 per label and engine)."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    folder.mkdir(parents=True, exist_ok=True)
    engines = list(result.reports)
    fig, ax = plt.subplots(figsize=(9, 4))
    width = 0.8 / max(len(engines), 1)
    for i, engine in enumerate(engines):
        per_label = result.reports[engine].strict.per_label
        values = [per_label[label].f1 if label in per_label else 0.0 for label in LABELS]
        ax.bar([x + i * width for x in range(len(LABELS))], values, width, label=engine)
    ax.set_xticks([x + width * (len(engines) - 1) / 2 for x in range(len(LABELS))], LABELS, fontsize=8)
    ax.set_ylim(0, 1)
    ax.set_ylabel("strict F1")
    ax.legend()
    fig.tight_layout()
    fig.savefig(folder / "f1_per_label.png", dpi=120)
    plt.close(fig)

    lines = ["# delibner evaluation", "", "![strict F1 per label](f1_per_label.png)", ""]
    for engine, report in result.reports.items():
        for mode, scores in (("strict", report.strict), ("overlap", report.overlap)):
            lines += [f"## {engine} — {mode}", "", "| " + " | ".join(HEADERS) + " |", "|" + "---|" * len(HEADERS)]
            lines += ["| " + " | ".join(row) + " |" for row in score_rows(scores)]
            lines.append("")
        lines += ["Normalization: " + _normalization(result.normalization[engine]) + ".", ""]
    path = folder / "report.md"
    path.write_text("\n".join(lines), encoding="utf-8")
    return path
