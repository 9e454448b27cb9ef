"""The retraining loop keeps the data and the model in use safe.

- ``promote`` is atomic: a process killed (SIGKILL) at any step of it leaves the previous default
  model in place and loadable, and the next promotion goes through;
- a model directory is refused unless its weights load through safetensors (a pickle is never opened);
- training writes to a new directory only: an existing one is refused before any work, and a run
  killed while it saves leaves no half-written model where the output should be;
- the files training reads go through the same checks as any import: no span is dropped or
  altered without saying so.
"""

from __future__ import annotations

import json
import os
import pickle
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from model.registry import SHIPPED_MODEL, promote, promoted_model, resolve_model_path, validate_for_promotion
from model.tagger.loading import check_model_dir, load_tagger
from training.data import DataError
from training.data.formats.jsonl import write_jsonl
from training.train.config import load_config
from training.train.data import read_documents as read_training_file
from training.train.run import check_output_dir, train
from training.train.toy import toy_documents

REPO = Path(__file__).resolve().parents[2]
SAMPLE = "Vu la délibération n° DEL-2022-114 du 3 mai 2022 ; M. Paul ROCHE."

#: Runs ``promote`` in a child that kills itself (SIGKILL: no cleanup, no ``finally``) at one step.
#: Validation (which loads the model) is replaced by its answer: what is under test is the file work.
KILL_AT = r"""
import os, shutil, signal, sys
from pathlib import Path
import model.registry as registry
source, home, point, version = sys.argv[1:5]

def die():
    os.kill(os.getpid(), signal.SIGKILL)

registry.validate_for_promotion = lambda directory: version
real_replace, real_copytree, replaced = os.replace, shutil.copytree, []

def replace(src, dst):
    replaced.append(dst)
    if (point, len(replaced)) in (("before the copy is renamed", 1), ("before the link is swapped", 2)):
        die()
    real_replace(src, dst)
    if (point, len(replaced)) == ("after the link is swapped", 2):
        die()

def copytree(src, dst, **options):
    copied = []
    def copy_one(a, b):
        if copied:
            die()
        copied.append(a)
        return shutil.copy2(a, b)
    return real_copytree(src, dst, copy_function=copy_one)

os.replace = replace
if point == "in the middle of the copy":
    shutil.copytree = copytree
if point == "before the link is made":
    Path.symlink_to = lambda *args, **kwargs: die()
registry.promote(source, home=Path(home))
print("promoted")
"""
POINTS = [
    "in the middle of the copy",
    "before the copy is renamed",
    "before the link is made",
    "before the link is swapped",
    "after the link is swapped",
]


def _versioned(tiny_model_dir: Path, folder: Path, version: str) -> Path:
    copy = Path(shutil.copytree(tiny_model_dir, folder))
    (copy / "delibner.json").write_text(json.dumps({"version": version}))
    return copy


def _usable(path: Path) -> str:
    """The version of the model at ``path`` (without the loader's ``+…`` suffixes), after checking
    that it is complete, loads and tags."""
    assert check_model_dir(path) == []
    tagger = load_tagger(path)
    tagger.extract([SAMPLE])
    return tagger.version.split("+")[0]


@pytest.mark.parametrize("point", POINTS)
def test_promote_killed_at_any_step_leaves_a_usable_default(point, tiny_model_dir, tmp_path):
    home = tmp_path / "home"
    old = _versioned(tiny_model_dir, tmp_path / "old", "old-1")
    new = _versioned(tiny_model_dir, tmp_path / "new", "new-2")
    promote(old, home=home)
    assert _usable(resolve_model_path(home=home)) == "old-1"

    child = subprocess.run(
        [sys.executable, "-c", KILL_AT, str(new), str(home), point, "new-2"],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert child.returncode == -signal.SIGKILL, child.stderr[-2000:]

    expected = "new-2" if point == "after the link is swapped" else "old-1"
    assert _usable(resolve_model_path(home=home)) == expected
    # Whatever the crash left behind, the next promotion goes through and is usable.
    installed = promote(new, home=home)
    assert promoted_model(home) == installed.resolve() and _usable(installed) == "new-2"


def test_promote_through_the_cli_switches_what_a_new_service_loads(tiny_model_dir, tmp_path):
    home = tmp_path / "home"
    new = _versioned(tiny_model_dir, tmp_path / "new", "new-2")
    done = subprocess.run(
        [sys.executable, "-m", "delibner", "model", "promote", str(new)],
        cwd=REPO,
        env={**os.environ, "DELIBNER_HOME": str(home)},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert _usable(resolve_model_path(home=home)) == "new-2"
    assert SHIPPED_MODEL.resolve() not in (promoted_model(home), new.resolve())


def test_a_pickle_only_model_is_refused_for_promotion_without_being_opened(tiny_model_dir, tmp_path):
    class Tripwire:
        def __reduce__(self):
            return (open, (str(tmp_path / "unpickled"), "w"))

    folder = Path(shutil.copytree(tiny_model_dir, tmp_path / "pickled"))
    (folder / "model.safetensors").unlink()
    (folder / "pytorch_model.bin").write_bytes(pickle.dumps(Tripwire()))
    with pytest.raises(ValueError, match=r"refusing to promote.*model\.safetensors is missing"):
        validate_for_promotion(folder)
    with pytest.raises(ValueError, match="refusing to promote"):
        promote(folder, home=tmp_path / "home")
    assert promoted_model(tmp_path / "home") is None and not (tmp_path / "unpickled").exists()


def test_training_refuses_an_existing_output_before_any_work(tmp_path):
    out = tmp_path / "run"
    out.mkdir()
    (out / "keep.txt").write_text("a previous run")
    started = time.monotonic()
    with pytest.raises(ValueError, match="already exists"):
        train(load_config(REPO / "configs" / "tiny.yaml"), out, data_files=[tmp_path / "missing.jsonl"])
    assert time.monotonic() - started < 5
    assert [p.name for p in out.iterdir()] == ["keep.txt"]
    with pytest.raises(ValueError, match="shipped model"):
        check_output_dir(SHIPPED_MODEL)


@pytest.mark.slow
def test_training_killed_while_it_saves_leaves_no_half_model(tmp_path):
    data = tmp_path / "toy.jsonl"
    write_jsonl(data, toy_documents(120, seed=2, sentences=(3, 12)))
    out = tmp_path / "run"
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "delibner",
            "train",
            "--config",
            "configs/tiny.yaml",
            "--data",
            str(data),
            "--out",
            str(out),
        ],
        cwd=REPO,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        for line in process.stdout:  # "trained N steps": the model is being saved and scored now
            if line.startswith("trained "):
                process.send_signal(signal.SIGKILL)
                break
    finally:
        process.kill()
        process.wait(timeout=60)
    assert process.returncode == -signal.SIGKILL
    if out.exists():  # the rename came first: then the model is whole
        assert check_model_dir(out) == [] and (out / "metrics.json").is_file()
    else:
        check_output_dir(out)  # nothing in the way of a new run


def test_training_files_are_checked_like_any_import(tmp_path):
    """``delibner train --data FILE`` must not train on a span it silently dropped, moved or made up.

    The file states a date, an unknown label and an overlapping span; the import path
    (``training.data.read_documents``) refuses such a file naming each problem, and so must training."""
    path = tmp_path / "export.doccano.jsonl"
    record = {
        "id": "x",
        "text": "Le 12 mars 2023 M. Paul ROCHE",
        "label": [[3, 15, "DATE"], [16, 29, "PERSON"], [2, 9, "DATE"]],
    }
    path.write_text(json.dumps(record) + "\n")
    with pytest.raises(DataError, match="PERSON"):
        read_training_file(path)
    gold = tmp_path / "gold.jsonl"
    gold.write_text(
        json.dumps({"id": "y", "text": "Le 12 mars", "spans": [{"start": 0, "end": 2, "label": "DATE", "text": "zz"}]})
        + "\n"
    )
    with pytest.raises(DataError, match="differs"):
        read_training_file(gold)
