"""Training recipes: the shipped configs load; mistakes are named with their file and key."""

from __future__ import annotations

from pathlib import Path

import pytest

from training.train.config import load_config

REPO = Path(__file__).resolve().parents[3]


@pytest.mark.parametrize("name", ["default", "tiny"])
def test_shipped_configs_load(name):
    config = load_config(REPO / "configs" / f"{name}.yaml")
    assert config.name.startswith("delibner")
    assert config.training.window + 2 <= 512
    assert config.training.inference_overlap < config.training.window


def test_default_config_never_trains_on_the_test_split():
    data = load_config(REPO / "configs" / "default.yaml").data
    assert data.test is not None and "test" in data.test
    trained_on = [*data.train, data.gold or ""]
    assert not any("test" in path for path in trained_on)
    assert data.synthetic is not None and data.synthetic.n > 0


def test_unknown_key_names_file_and_key(tmp_path):
    path = tmp_path / "bad.yaml"
    path.write_text("training:\n  learning_rat: 0.1\n")
    with pytest.raises(ValueError, match=r"bad\.yaml: unknown key 'learning_rat' in config\.training"):
        load_config(path)


def test_wrong_type_is_refused(tmp_path):
    path = tmp_path / "bad.yaml"
    path.write_text("model:\n  layers: four\n")
    with pytest.raises(ValueError, match=r"config\.model\.layers has the wrong type"):
        load_config(path)


def test_invalid_yaml_and_missing_file(tmp_path):
    path = tmp_path / "broken.yaml"
    path.write_text("model: [\n")
    with pytest.raises(ValueError, match="invalid YAML"):
        load_config(path)
    with pytest.raises(FileNotFoundError, match=r"nope\.yaml"):
        load_config(tmp_path / "nope.yaml")


def test_integers_are_accepted_where_floats_are_expected(tmp_path):
    path = tmp_path / "ok.yaml"
    path.write_text("training:\n  learning_rate: 1\n  time_budget_minutes: 30\ndata:\n  synthetic: {n: 5, seed: 2}\n")
    config = load_config(path)
    assert config.training.learning_rate == 1.0 and config.data.synthetic.n == 5
