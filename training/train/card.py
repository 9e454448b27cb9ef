"""What a model directory says about itself: ``metrics.json``, ``delibner.json`` and the ``README.md`` card.

Example:
    >>> row = {"precision": 0.9, "recall": 0.8, "f1": 0.847, "tp": 8, "fp": 1, "fn": 2}
    >>> scores_table({"per_label": {"DATE": row}, "micro": row, "macro": row})[2]
    '| DATE | 0.900 | 0.800 | 0.847 | 10 |'
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from model.labels import LABELS


def write_json(path: Path, data: Any) -> None:
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def scores_table(scores: dict[str, Any]) -> list[str]:
    """Markdown rows (header, rule, one per label, micro, macro) of strict span scores."""
    rows = ["| label | precision | recall | F1 | support |", "|---|---:|---:|---:|---:|"]
    per_label = scores.get("per_label", {})
    ordered = [label for label in LABELS if label in per_label] + sorted(set(per_label) - set(LABELS))
    for name, row in [(label, per_label[label]) for label in ordered] + [
        ("micro", scores["micro"]),
        ("macro", scores["macro"]),
    ]:
        support = row.get("tp", 0) + row.get("fn", 0)
        rows.append(f"| {name} | {row['precision']:.3f} | {row['recall']:.3f} | {row['f1']:.3f} | {support} |")
    return rows


def model_card(meta: dict[str, Any], metrics: dict[str, Any], config: dict[str, Any]) -> str:
    """The ``README.md`` of a model directory: data, sizes, hyper-parameters, scores, intended use, limits."""
    training, shape = config["training"], config["model"]
    lines = [
        f"# {meta['version']}",
        "",
        "Token-classification model of delibner: tags elected officials, legal references,",
        "amounts, budget codes, deliberation identifiers and dates in French local-government deliberations",
        "(labels and boundaries: `annotations/GUIDELINES.md`).",
        "",
        "## Model",
        "",
        f"- Architecture: `{meta['architecture']}`, {meta['parameters']:,} parameters, "
        f"{meta['size_mb']:.1f} MB of safetensors.",
        f"- Base: {meta['base'] or 'none — trained from scratch'}"
        + (
            ""
            if meta["base"]
            else f": {shape['layers']} layers, hidden size {shape['hidden_size']}, {shape['heads']} heads, "
            f"feed-forward {shape['intermediate_size']}, dropout {shape['dropout']}."
        ),
        f"- Tokenizer: {meta['tokenizer']}, {meta['vocab_size']:,} tokens.",
        f"- Windows of {meta['window']} tokens; at inference consecutive windows overlap by {meta['overlap']} tokens.",
        "- Decoding: a Viterbi over words with the IOB2 constraints and the tag transitions of the training data "
        f"(weight {meta.get('transition_weight', 0)}); entity score = mean token probability.",
        "",
        "## Data",
        "",
    ]
    for role in ("train", "dev", "test"):
        sources, counts = meta["sources"].get(role, []), meta["counts"].get(role, {})
        if sources or counts.get("documents"):
            lines.append(
                f"- {role}: {counts.get('documents', 0)} documents, {counts.get('spans', 0)} spans — "
                + "; ".join(f"`{s}`" for s in sources)
            )
    alignment = meta["alignment"]
    lines += [
        f"- Span alignment to tokens: {alignment['misaligned']} of {alignment['spans']} training spans "
        "do not fall on token boundaries.",
        "- The test set is scored once after training; it is never trained or tuned on.",
        "",
        "## Training",
        "",
        f"- Command: `{meta['command']}`",
        f"- Steps: {meta['steps']}, epochs: {meta['epochs']:.2f}, training time: {meta['train_minutes']:.1f} min "
        f"({meta.get('total_minutes', meta['train_minutes']):.1f} min for the whole run) on {meta['threads']} CPU "
        f"thread(s), {meta.get('train_precision', 'fp32')}; early stopping on dev micro-F1 "
        f"(patience {training['patience']}).",
        f"- Learning rate {training['learning_rate']} (linear decay), batch {training['batch_size']} windows, "
        f"weight decay {training['weight_decay']}, warmup {training['warmup_ratio']}, seed {training['seed']}, "
        f"training documents packed end to end: {training['pack']}.",
        "",
        "## Scores",
        "",
        "Strict entity matching (same label, same character offsets), as `delibner evaluate` computes it.",
        "",
    ]
    for role in ("dev", "test"):
        if role in metrics:
            lines += [f"### {role}", "", *scores_table(metrics[role]["strict"]), ""]
    lines += [
        "## Intended use",
        "",
        "Extraction of the six labels from the text of French deliberations (communes, EPCI, métropoles,",
        "départements, régions), behind `delibner serve` / `delibner extract`, with the rule-based",
        "extractor as complement and fallback.",
        "",
        "## Limits",
        "",
        "- Trained from scratch on a small gold set and a synthetic corpus: phrasings, layouts and noise far",
        "  from these (scanned documents with heavy OCR errors, other languages, other genres) are tagged less well.",
        "- Scores above come from hand-written extracts; expect lower figures on raw PDF text.",
        "- Names of non-elected people (agents, citizens) may be tagged `OFFICIAL` by mistake.",
        "",
    ]
    return "\n".join(lines)
