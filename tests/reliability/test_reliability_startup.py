"""A broken model at start-up: the service starts anyway, answers from the rules, and says why.

Every case goes through the real loader (``load_pipeline`` → ``load_tagger``) of the real app under
uvicorn (``test_reliability_sigterm.py`` checks the same through ``delibner serve``). Model files are
untrusted input: a pickle is never unpickled and code a model directory ships is never run, whatever
its config asks for.
"""

from __future__ import annotations

import json
import pickle
import shutil
from collections.abc import Callable
from pathlib import Path

import httpx
import pytest

from service.main import create_app
from service.settings import Settings

TEXT = "Séance du 12 mars 2023. Présents : M. Paul ROCHE. Vu la délibération n° DEL-2022-114."


class _Tripwire:
    """Unpickling this creates ``path``: the proof that something unpickled it."""

    def __init__(self, path: Path):
        self.path = str(path)

    def __reduce__(self):
        return (open, (self.path, "w"))


def _copy(model_dir: Path, tmp_path: Path) -> Path:
    return Path(shutil.copytree(model_dir, tmp_path / "model"))


def _missing(model_dir: Path, tmp_path: Path) -> Path:
    return tmp_path / "no-such-model"


def _truncated(model_dir: Path, tmp_path: Path) -> Path:
    folder = _copy(model_dir, tmp_path)
    weights = folder / "model.safetensors"
    weights.write_bytes(weights.read_bytes()[: weights.stat().st_size // 2])
    return folder


def _empty_weights(model_dir: Path, tmp_path: Path) -> Path:
    folder = _copy(model_dir, tmp_path)
    (folder / "model.safetensors").write_bytes(b"")
    return folder


def _wrong_labels(model_dir: Path, tmp_path: Path) -> Path:
    folder = _copy(model_dir, tmp_path)
    config = json.loads((folder / "config.json").read_text())
    config["id2label"] = {i: tag.replace("OFFICIAL", "PERSON") for i, tag in config["id2label"].items()}
    (folder / "config.json").write_text(json.dumps(config))
    return folder


def _broken_config(model_dir: Path, tmp_path: Path) -> Path:
    folder = _copy(model_dir, tmp_path)
    (folder / "config.json").write_text('{"model_type": "bert", "id2label": ')
    return folder


def _pickle_only(model_dir: Path, tmp_path: Path) -> Path:
    folder = _copy(model_dir, tmp_path)
    (folder / "model.safetensors").unlink()
    (folder / "pytorch_model.bin").write_bytes(pickle.dumps(_Tripwire(tmp_path / "unpickled")))
    return folder


BROKEN: dict[str, tuple[Callable[[Path, Path], Path], str]] = {
    "missing directory": (_missing, "is not a directory"),
    "truncated weights": (_truncated, "cannot load model"),
    "empty weights": (_empty_weights, "cannot load model"),
    "wrong labels": (_wrong_labels, "labels that are not IOB2 tags"),
    "unreadable config": (_broken_config, "config.json is not valid JSON"),
    "pickle weights only": (_pickle_only, "model.safetensors is missing"),
}


@pytest.mark.parametrize("case", list(BROKEN))
def test_broken_model_leaves_a_rules_only_service_that_says_why(case, tiny_model_dir, tmp_path, live_server, caplog):
    make, why = BROKEN[case]
    folder = make(tiny_model_dir, tmp_path)
    with caplog.at_level("WARNING"), live_server(create_app(Settings(model_path=folder))) as url:
        ready = httpx.get(f"{url}/ready")
        assert ready.status_code == 200
        assert ready.json()["mode"] == "rules-only"
        reason = ready.json()["reason"]
        # the client learns why and which model, not where the server keeps its files
        assert why in reason and f"…/{folder.name}" in reason and str(folder.parent) not in reason
        card = httpx.get(f"{url}/v1/model").json()
        assert card["loaded"] is False and card["reason"] == reason
        answer = httpx.post(f"{url}/v1/extract", json={"text": TEXT})
        assert answer.status_code == 200
        body = answer.json()
        assert body["fallback"] is True and body["fallback_reason"] == reason
        assert {"DATE", "DELIB_ID"} <= {e["label"] for e in body["entities"]}
        assert httpx.post(f"{url}/v1/extract", json={"text": TEXT, "engine": "model"}).json()["fallback"] is True
    logged = [record.getMessage() for record in caplog.records]
    assert any(why in line and str(folder) in line and "serving rules only" in line for line in logged)
    assert not (tmp_path / "unpickled").exists()


def test_a_pickle_next_to_good_weights_is_never_opened(tiny_model_dir, tmp_path, live_server):
    folder = _copy(tiny_model_dir, tmp_path)
    (folder / "pytorch_model.bin").write_bytes(pickle.dumps(_Tripwire(tmp_path / "unpickled")))
    (folder / "training_args.bin").write_bytes(pickle.dumps(_Tripwire(tmp_path / "unpickled-args")))
    with live_server(create_app(Settings(model_path=folder))) as url:
        assert httpx.get(f"{url}/ready").json()["mode"] == "hybrid"
        body = httpx.post(f"{url}/v1/extract", json={"text": TEXT}).json()
        assert body["fallback"] is False and body["model_version"]
    assert not (tmp_path / "unpickled").exists() and not (tmp_path / "unpickled-args").exists()


def test_code_shipped_in_a_model_directory_is_never_run(tiny_model_dir, tmp_path, live_server):
    """A config that points ``AutoModel``/``AutoTokenizer`` at the directory's own Python files."""
    folder = _copy(tiny_model_dir, tmp_path)
    marker = tmp_path / "code-ran"
    payload = f"open({str(marker)!r}, 'w').close()\n"
    (folder / "evil_model.py").write_text(payload + "from transformers import BertForTokenClassification as Evil\n")
    (folder / "evil_tokenizer.py").write_text(payload + "from transformers import PreTrainedTokenizerFast as Evil\n")
    config = json.loads((folder / "config.json").read_text())
    config["auto_map"] = {"AutoModelForTokenClassification": "evil_model.Evil", "AutoConfig": "evil_model.Evil"}
    (folder / "config.json").write_text(json.dumps(config))
    tokenizer_config = json.loads((folder / "tokenizer_config.json").read_text())
    tokenizer_config["auto_map"] = {"AutoTokenizer": [None, "evil_tokenizer.Evil"]}
    (folder / "tokenizer_config.json").write_text(json.dumps(tokenizer_config))
    with live_server(create_app(Settings(model_path=folder))) as url:
        ready = httpx.get(f"{url}/ready").json()
        assert httpx.post(f"{url}/v1/extract", json={"text": TEXT}).status_code == 200
    assert not marker.exists(), "a model directory ran its own code"
    # Whether it then loads (as the plain BERT its model_type names) or is refused, the service is up.
    assert ready["mode"] in ("hybrid", "rules-only")


def test_a_valid_tiny_model_serves_hybrid(tiny_model_dir, live_server):
    with live_server(create_app(Settings(model_path=tiny_model_dir))) as url:
        ready = httpx.get(f"{url}/ready").json()
        assert ready["mode"] == "hybrid" and ready["model_version"]
        card = httpx.get(f"{url}/v1/model").json()
        assert card["loaded"] is True and card["version"] == ready["model_version"] and card["reason"] is None
        body = httpx.post(f"{url}/v1/extract", json={"text": TEXT}).json()
        assert body["fallback"] is False and body["model_version"] == ready["model_version"]
        assert all(TEXT[e["start"] : e["end"]] == e["text"] for e in body["entities"])
