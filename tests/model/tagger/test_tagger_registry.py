"""Which model is the default, and promotion: validated, copied, swapped atomically."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from model import registry
from model.registry import SHIPPED_MODEL, delibner_home, promote, promoted_model, resolve_model_path


@pytest.fixture
def home(tmp_path, monkeypatch) -> Path:
    folder = tmp_path / "home"
    monkeypatch.setenv("DELIBNER_HOME", str(folder))
    return folder


def test_home_comes_from_the_environment(home):
    assert delibner_home() == home


def test_home_defaults_to_the_user_data_dir(monkeypatch, tmp_path):
    monkeypatch.delenv("DELIBNER_HOME", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    assert delibner_home() == tmp_path / "delibner"


def test_resolution_order_explicit_then_promoted_then_shipped(home, random_model_dir):
    assert resolve_model_path() == SHIPPED_MODEL
    installed = promote(random_model_dir)
    assert resolve_model_path() == installed.resolve()
    assert resolve_model_path("/explicit/model") == Path("/explicit/model")


def test_promote_copies_and_swaps_the_link(home, tmp_path, make_random_model):
    first = make_random_model(tmp_path / "first")
    second = make_random_model(tmp_path / "second")
    one = promote(first)
    assert (home / "current").is_symlink() and promoted_model() == one.resolve()
    two = promote(second)
    assert promoted_model() == two.resolve() != one.resolve()
    # the copy does not depend on the training output
    shutil.rmtree(second)
    assert (promoted_model() / "model.safetensors").is_file()
    # no temporary link is left behind
    assert sorted(p.name for p in home.iterdir()) == ["current", "models"]


def test_promoting_the_same_model_twice_reuses_its_copy(home, random_model_dir):
    assert promote(random_model_dir) == promote(random_model_dir)
    assert len(list((home / "models").iterdir())) == 1


def test_swap_is_one_atomic_replace(home, random_model_dir, monkeypatch):
    calls = []
    real_replace = os.replace

    def spy(src, dst):
        calls.append((Path(src).name, Path(dst).name))
        return real_replace(src, dst)

    monkeypatch.setattr(registry.os, "replace", spy)
    promote(random_model_dir)
    assert calls[-1][1] == "current" and calls[-1][0].startswith(".current.")


def test_incomplete_directory_is_refused(home, random_model_dir):
    (random_model_dir / "tokenizer.json").unlink()
    with pytest.raises(ValueError, match=r"refusing to promote.*tokenizer\.json is missing"):
        promote(random_model_dir)
    assert promoted_model() is None


def test_directory_with_other_labels_is_refused(home, tmp_path, make_random_model):
    partial = make_random_model(tmp_path / "dates-only", labels=["O", "B-DATE", "I-DATE"])
    with pytest.raises(ValueError, match=r"labels do not match.*missing: B-AMOUNT"):
        promote(partial)
    assert promoted_model() is None


def test_promotion_never_touches_the_shipped_model(home, random_model_dir):
    before = sorted(p.name for p in SHIPPED_MODEL.iterdir()) if SHIPPED_MODEL.is_dir() else []
    promote(random_model_dir)
    after = sorted(p.name for p in SHIPPED_MODEL.iterdir()) if SHIPPED_MODEL.is_dir() else []
    assert before == after
    assert not promoted_model().is_relative_to(SHIPPED_MODEL)
