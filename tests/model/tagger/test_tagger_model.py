"""The tagger on real (tiny) models: long documents, odd text, save/load, quantization, deadlines, errors."""

from __future__ import annotations

import json
import random
import shutil
import time
from pathlib import Path

import pytest

from model.extractor import BudgetExceeded, Extractor
from model.labels import bio_tags
from model.tagger import ModelLoadError, TransformerTagger, load_tagger
from model.tagger.windows import plan_windows
from training.train.toy import toy_text

REPO = Path(__file__).resolve().parents[3]


def keyed(spans):
    return [(s.start, s.end, s.label) for s in spans]


def test_tagger_is_an_extractor(toy_tagger):
    assert isinstance(toy_tagger, Extractor)
    assert toy_tagger.name == "model"
    assert toy_tagger.version.startswith("delibner-tiny-")
    assert toy_tagger.labels == bio_tags()


def test_toy_model_finds_the_toy_entities(toy_tagger):
    text, gold = toy_text(random.Random(42), 12)
    [spans] = toy_tagger.extract([text])
    found = set(keyed(spans)) & set(keyed(gold))
    assert len(found) >= 0.8 * len(gold)
    assert all(s.text == text[s.start : s.end] and 0 < s.score <= 1 and s.source == "model" for s in spans)


def test_long_document_is_stitched_whole_with_exact_offsets(toy_tagger):
    rng = random.Random(7)
    sentences = [toy_text(rng, 1) for _ in range(3700)]  # ≈ 20,000 words
    text, gold, cursor = "", [], 0
    for sentence, spans in sentences:
        gold += [s.with_(start=s.start + cursor, end=s.end + cursor) for s in spans]
        text += sentence + " "
        cursor = len(text)
    assert len(text.split()) >= 19_000
    n_tokens = len(toy_tagger.tokenizer(text, add_special_tokens=False)["input_ids"])
    windows = plan_windows(n_tokens, toy_tagger.window, toy_tagger.overlap)
    assert len(windows) > 100

    [long_spans] = toy_tagger.extract([text])
    # the same sentences tagged one by one give the same entities, shifted
    one_by_one = toy_tagger.extract([sentence for sentence, _ in sentences])
    expected, cursor = [], 0
    for (sentence, _), spans in zip(sentences, one_by_one, strict=True):
        expected += [(s.start + cursor, s.end + cursor, s.label) for s in spans]
        cursor += len(sentence) + 1
    assert all(s.text == text[s.start : s.end] for s in long_spans)
    agreement = len(set(keyed(long_spans)) & set(expected)) / len(expected)
    assert agreement >= 0.97
    # entities at the very end are found at their exact offsets
    assert keyed(gold)[-1] in keyed(long_spans)


def test_entity_across_a_window_cut_comes_out_whole(toy_tagger):
    rng = random.Random(3)
    sentences = [toy_text(rng, 1) for _ in range(60)]
    text = " ".join(sentence for sentence, _ in sentences)
    encoded = toy_tagger.tokenizer(text, add_special_tokens=False, return_offsets_mapping=True)
    windows = plan_windows(len(encoded["input_ids"]), toy_tagger.window, toy_tagger.overlap)
    cuts = [encoded["offset_mapping"][end - 1][1] for _, end in windows[:-1]]
    # entities the model finds in their sentence alone, placed in the long text
    alone, cursor = [], 0
    for (sentence, _), spans in zip(sentences, toy_tagger.extract([s for s, _ in sentences]), strict=True):
        alone += [(s.start + cursor, s.end + cursor, s.label) for s in spans]
        cursor += len(sentence) + 1
    crossing = [key for key in alone if any(key[0] < cut < key[1] for cut in cuts)]
    assert len(crossing) >= 2, "the text should have entities across window edges"
    [spans] = toy_tagger.extract([text])
    assert set(crossing) <= set(keyed(spans))


@pytest.mark.parametrize(
    "noise",
    ["\u00a0", "\u202f", "\t", "\r\n", "  ", "\x07 ", " \U0001f600 ", "\u200b "],
    ids=["nbsp", "narrow-nbsp", "tab", "crlf", "double-space", "control", "emoji", "zero-width"],
)
def test_odd_characters_keep_offsets_on_the_raw_string(toy_tagger, noise):
    text = f"Présent : M. Paul{noise}ROCHE.{noise}Séance du 7 mars 2014.\r\nVu la délibération n° DEL-2021-044"
    [spans] = toy_tagger.extract([text])
    assert all(s.text == text[s.start : s.end] and s.text == s.text.strip() for s in spans)
    found = {(s.label, s.text) for s in spans}
    assert {("DATE", "7 mars 2014"), ("DELIB_ID", "DEL-2021-044")} <= found
    if noise in ("\u00a0", "\u202f", "  "):  # the tokenizer reads these as a space
        assert ("OFFICIAL", f"Paul{noise}ROCHE") in found


def test_empty_and_blank_texts(toy_tagger):
    assert toy_tagger.extract([]) == []
    assert toy_tagger.extract(["", "   \n "]) == [[], []]


def test_non_string_input_is_refused(toy_tagger):
    with pytest.raises(ValueError, match="text 1 is a int"):
        toy_tagger.extract(["ok", 3])


def test_deadline_is_checked_between_batches(toy_tagger):
    with pytest.raises(BudgetExceeded):
        toy_tagger.extract(["Séance du 7 mars 2014."] * 3, deadline=time.monotonic() - 1)


def test_save_load_gives_the_same_predictions(tmp_path, make_random_model):
    from transformers import AutoModelForTokenClassification

    folder = make_random_model(tmp_path / "m")
    loaded = load_tagger(folder, batch_size=3, precision="fp32")
    model = AutoModelForTokenClassification.from_pretrained(folder)
    model.eval()
    in_memory = TransformerTagger(model, loaded.tokenizer, window=loaded.window, overlap=loaded.overlap)
    texts = [toy_text(random.Random(i), 9)[0] for i in range(5)]
    first = loaded.extract(texts)
    # copy the directory elsewhere and load it again
    copy = shutil.copytree(folder, tmp_path / "copy")
    again = load_tagger(copy, batch_size=16, precision="fp32").extract(texts)
    assert first == in_memory.extract(texts) == again
    assert any(first)  # a random model tags something, so the comparison is not vacuous


def test_batch_size_does_not_change_results(toy_model_dir):
    texts = [toy_text(random.Random(i), 30)[0] for i in range(4)]
    assert load_tagger(toy_model_dir, batch_size=1).extract(texts) == load_tagger(toy_model_dir, batch_size=32).extract(
        texts
    )


def test_bf16_holds_weights_in_bfloat16_and_still_tags(toy_model_dir):
    import torch

    tagger = load_tagger(toy_model_dir, precision="bf16")
    assert tagger.precision == "bf16" and tagger.version.endswith("+bf16")
    assert next(tagger.model.parameters()).dtype == torch.bfloat16
    text, gold = toy_text(random.Random(6), 10)
    [spans] = tagger.extract([text])
    assert len(set(keyed(spans)) & set(keyed(gold))) >= 0.7 * len(gold)


def test_auto_precision_is_bf16_only_where_the_cpu_has_it(toy_model_dir, monkeypatch):
    from model.tagger.loading import fast_bf16

    monkeypatch.delenv("DELIBNER_PRECISION", raising=False)
    assert load_tagger(toy_model_dir).precision == ("bf16" if fast_bf16() else "fp32")


def test_precision_can_be_set_for_the_whole_process(toy_model_dir, monkeypatch):
    monkeypatch.setenv("DELIBNER_PRECISION", "int8")
    assert load_tagger(toy_model_dir).precision == "int8"
    assert load_tagger(toy_model_dir, precision="fp32").precision == "fp32"  # explicit beats the environment


def test_unknown_precision_is_refused(toy_model_dir):
    with pytest.raises(ValueError, match="unknown precision 'fp8'"):
        load_tagger(toy_model_dir, precision="fp8")


def test_int8_quantization_quantizes_linears_and_still_tags(toy_model_dir, toy_tagger):
    quantized = load_tagger(toy_model_dir, quantize=True, threads=1)
    assert "DynamicQuantizedLinear" in repr(quantized.model)
    assert quantized.version.endswith("+int8")
    text, gold = toy_text(random.Random(5), 10)
    [spans] = quantized.extract([text])
    assert len(set(keyed(spans)) & set(keyed(gold))) >= 0.7 * len(gold)


def test_missing_directory_is_a_clear_error(tmp_path):
    with pytest.raises(ModelLoadError, match="is not a directory"):
        load_tagger(tmp_path / "nothing")


def test_incomplete_directory_names_the_missing_file(random_model_dir):
    (random_model_dir / "model.safetensors").unlink()
    with pytest.raises(ModelLoadError, match=r"model\.safetensors is missing"):
        load_tagger(random_model_dir)


def test_pickled_weights_are_never_loaded(random_model_dir):
    (random_model_dir / "model.safetensors").rename(random_model_dir / "pytorch_model.bin")
    with pytest.raises(ModelLoadError, match=r"model\.safetensors is missing"):
        load_tagger(random_model_dir)


def test_truncated_weights_are_a_clear_error(random_model_dir):
    weights = random_model_dir / "model.safetensors"
    weights.write_bytes(weights.read_bytes()[: weights.stat().st_size // 2])
    with pytest.raises(ModelLoadError, match="cannot load model"):
        load_tagger(random_model_dir)


def test_foreign_labels_are_refused(random_model_dir):
    config_file = random_model_dir / "config.json"
    config = json.loads(config_file.read_text())
    config["id2label"] = {"0": "O", "1": "B-PER", "2": "I-PER"}
    config_file.write_text(json.dumps(config))
    with pytest.raises(ModelLoadError, match="B-PER"):
        load_tagger(random_model_dir)


def test_shipped_default_model_loads_and_tags_an_entity():
    from model.registry import SHIPPED_MODEL

    assert (SHIPPED_MODEL / "model.safetensors").stat().st_size <= 40_000_000
    tagger = load_tagger(SHIPPED_MODEL)
    text = "Vu la délibération n° 2023-045 du 12 mars 2023, M. Paul ROCHE, Maire, propose 12 500 € HT."
    [spans] = tagger.extract([text])
    found = {(s.label, s.text) for s in spans}
    assert ("DATE", "12 mars 2023") in found
    assert ("AMOUNT", "12 500 € HT") in found
