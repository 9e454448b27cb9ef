"""No rule is super-linear: each label's patterns, run through ``RulesExtractor``, on adversarial strings.

For every label and every motif — runs of what some pattern repeats or backtracks over (digits, digit
groups, number words, day and month words, article lists, ``n°``, budget chains, name shapes, elisions,
civilities, separators, invisible characters) — a string 8× longer must take about 8× the time, not
64× (quadratic) or worse. Each size is timed several times and the fastest run kept, so that a busy
machine does not fake a failure, and a motif over the bound is measured again before it counts; the
bound (24×) sits far from both 8× and 64×. The short time is floored at 5 ms, so only growth that costs
real time counts (a run of 24,000 characters must take over 120 ms to fail).

The timing runs in a child process that the test kills once a long run overstays what the bound
allows, so a catastrophic pattern fails the test in seconds instead of hanging it.
"""

from __future__ import annotations

import itertools
import json
import queue
import subprocess
import sys
import tempfile
import threading

import pytest

from model.labels import LABELS
from model.rules import RulesExtractor

#: Adversarial motifs, each repeated to the length under test.
MOTIFS: dict[str, str] = {
    "digits": "1",
    "spaced digits": "1 ",
    "digit groups": "123 456 ",
    "decimals": "1,5 ",
    "dotted numbers": "1.",
    "slashes": "12/",
    "dashes": "-1",
    "euro signs": "€ ",
    "number words": "deux mille ",
    "hyphenated number words": "vingt-et-un-",
    "millions": "millions d'",
    "days and months": "1er mars ",
    "weekdays": "mardi ",
    "written years": "l'an deux mil ",
    "numeric dates": "12/03/",
    "article lists": "article L. 1 et ",
    "article numbers": "articles 1, ",
    "laws": "loi n° 1 du ",
    "codes": "du code ",
    "number signs": "n° ",
    "identifiers": "n°1-",
    "deliberations": "délibération ",
    "prefixed ids": "DEL-1/",
    "local acts": "décision du Maire n° ",
    "budget chains": "chapitre 65, ",
    "chapter words": "chapitre ",
    "slash imputations": "12/345/",
    "nature codes": "c/ 1 ",
    "first and last names": "Paul ROCHE, ",
    "surnames": "ROCHE ",
    "surnames on lines": "ROCHE\n",
    "civilities": "M. ",
    "civility lists": "MM. ROCHE, ",
    "attendance": "Présents : ",
    "initials": "J.-P. ",
    "elisions": "N'",
    "particles": "de la ",
    "proxies": "pouvoir à ",
    "sentences": ". ",
    "spaces": " ",
    "newlines": "\n",
    "zero-width joiners": "\u200d",
    "right-to-left marks": "a\u200f",
    "apostrophes": "'",
}
SHORT, LONG = 3_000, 24_000
GROWTH_BOUND = 24.0
FLOOR_S = 0.005
#: Whatever the short time, a long run over this many seconds fails (over 600 µs a character).
LONG_CAP_S = 15.0
#: Seconds the child may take to start and build the rules.
START_S = 120.0

#: The child: builds the label's rules, then for each motif prints its short time, then its long time.
CHILD = r"""
import json, sys, time
from model.rules import RulesExtractor
label, motifs, short_len, long_len, floor = json.loads(sys.argv[1])
rules = RulesExtractor(labels=[label])
rules.extract(["Présents : M. Paul ROCHE, Inès TALBI. Vu la loi n° 2019-1461 du 27 décembre 2019 ; 12 500 € HT."])
print(json.dumps({"ready": True}), flush=True)

def fastest(text, runs):
    best = float("inf")
    for _ in range(runs):
        started = time.perf_counter()
        rules.extract([text])
        best = min(best, time.perf_counter() - started)
    return best

for name, motif in motifs:
    print(json.dumps({"short": max(fastest((motif * short_len)[:short_len], 3), floor)}), flush=True)
    print(json.dumps({"long": fastest((motif * long_len)[:long_len], 1)}), flush=True)
"""


def _lines(process: subprocess.Popen) -> queue.Queue:
    lines: queue.Queue = queue.Queue()

    def pump() -> None:
        for line in process.stdout:
            lines.put(json.loads(line))
        lines.put({"exited": True})

    threading.Thread(target=pump, daemon=True).start()
    return lines


def _next(lines: queue.Queue, key: str, timeout: float, errors) -> float | None:
    """The child's next figure under ``key``; an error carrying its stderr if it exited instead."""
    line = lines.get(timeout=timeout)
    if key not in line:
        errors.seek(0)
        raise AssertionError(f"the timing process exited:\n{errors.read()[-2000:]}")
    return line[key]


def measure(label: str, motifs: dict[str, str]) -> dict[str, tuple[float, float | None]]:
    """``motif → (short s, long s)`` for ``label``'s rules; the long time is ``None`` when the run
    overstayed what the bound allows (the child is then killed and a fresh one goes on)."""
    times: dict[str, tuple[float, float | None]] = {}
    todo = list(motifs.items())
    while todo:
        job = json.dumps([label, todo, SHORT, LONG, FLOOR_S])
        with tempfile.TemporaryFile("w+") as errors:
            process = subprocess.Popen(
                [sys.executable, "-c", CHILD, job], stdout=subprocess.PIPE, stderr=errors, text=True
            )
            lines = _lines(process)
            try:
                _next(lines, "ready", START_S, errors)
                while todo:
                    name = todo.pop(0)[0]
                    short = _next(lines, "short", START_S, errors)
                    allowed = min(GROWTH_BOUND * short * 1.5 + 1.0, LONG_CAP_S)
                    try:
                        times[name] = (short, _next(lines, "long", allowed, errors))
                    except queue.Empty:
                        times[name] = (short, None)
                        break
            finally:
                process.kill()
                process.wait()
    return times


def _offence(short: float, long: float | None) -> str | None:
    if long is None:
        return f"{short * 1000:.1f} ms for {SHORT} characters, unfinished for {LONG}"
    if long / short > GROWTH_BOUND:
        return f"{short * 1000:.1f} ms → {long * 1000:.0f} ms ({long / short:.0f}× for 8×)"
    return None


def time_motifs(label: str, motifs: dict[str, str]) -> list[str]:
    """The motifs on which ``label``'s rules grow faster than :data:`GROWTH_BOUND`, with their figures.

    A motif over the bound is measured again in a fresh process; it counts only if it offends twice."""
    first = measure(label, motifs)
    suspects = {name: motifs[name] for name, times in first.items() if _offence(*times)}
    second = measure(label, suspects) if suspects else {}
    return [
        f"{name!r}: {_offence(*first[name])}, then {_offence(*second[name])}"
        for name in suspects
        if _offence(*second[name])
    ]


@pytest.mark.parametrize("label", LABELS)
def test_rule_time_grows_linearly_on_adversarial_strings(label: str):
    offenders = time_motifs(label, MOTIFS)
    assert not offenders, f"{label} rules grow super-linearly on: " + "; ".join(offenders)


def test_every_rule_together_on_every_motif_gives_valid_flat_spans():
    """All rules at once, on all motifs in a row: every span indexes the text and none overlaps another."""
    text = "".join((motif * 200)[:200] for motif in MOTIFS.values())
    [spans] = RulesExtractor().extract([text])
    assert all(text[s.start : s.end] == s.text and s.start < s.end for s in spans)
    assert all(a.end <= b.start for a, b in itertools.pairwise(spans))
