"""The service with the shipped default model: golden responses for a fixed extract, model card, readiness.

The golden files hold the whole response but ``timing_ms``; scores are compared to
two decimals' tolerance, since float rounding differs between CPUs. Regenerate them
after retraining the default model with ``DELIBNER_UPDATE_GOLDEN=1 make test``
(then read the diff: it is the behaviour change users will see).
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import httpx
import pytest

from service.main import create_app
from service.settings import Settings

GOLDEN = Path(__file__).parent / "golden"

EXTRACT = (
    "COMMUNE DE SAINT-AUBIN-LES-VIGNES\n"
    "Extrait du registre des délibérations du conseil municipal\n"
    "Séance du mardi 9 avril 2024 – Délibération n° 2024-037\n\n"
    "L'an deux mille vingt-quatre, le neuf avril à 19 heures, le conseil municipal s'est réuni "
    "sous la présidence de Mme Claire DUVERNOY, maire.\n"
    "Présents : M. Jean-Marc LEFEBVRE, Mme Sophie N'GUYEN, M. Karim BENSALAH, Mme Odile LE DISSES.\n"
    "Pouvoir : M. Thierry VASSEUR à Mme Claire DUVERNOY.\n"
    "Secrétaire de séance : Mme Sophie N'GUYEN.\n\n"
    "Objet : subvention exceptionnelle à l'association « Les Amis du Patrimoine »\n\n"
    "Vu le code général des collectivités territoriales, notamment son article L. 2121-29 ;\n"
    "Vu la délibération n° 2023-112 du 12 décembre 2023 approuvant le budget primitif ;\n"
    "Considérant la demande de l'association reçue le 4 mars 2024 ;\n\n"
    "Le conseil municipal, après en avoir délibéré, à l'unanimité :\n"
    "- ATTRIBUE une subvention exceptionnelle de 2 500,00 € (deux mille cinq cents euros) à l'association ;\n"
    "- DIT que la dépense sera imputée au chapitre 65, article 6574 du budget 2024.\n"
)


def _compare(name: str, response: dict) -> None:
    response = {key: value for key, value in response.items() if key != "timing_ms"}
    path = GOLDEN / f"{name}.json"
    if os.environ.get("DELIBNER_UPDATE_GOLDEN"):
        path.parent.mkdir(exist_ok=True)
        path.write_text(json.dumps(response, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    expected = json.loads(path.read_text(encoding="utf-8"))
    assert [_without_score(e) for e in response["entities"]] == [_without_score(e) for e in expected["entities"]]
    for got, want in zip(response["entities"], expected["entities"], strict=True):
        assert got["score"] == pytest.approx(want["score"], abs=0.02), got
    rest = {key: value for key, value in response.items() if key != "entities"}
    assert rest == {key: value for key, value in expected.items() if key != "entities"}


def _without_score(entity: dict) -> dict:
    return {key: value for key, value in entity.items() if key != "score"}


@pytest.fixture(scope="module")
def default_url(serve_app):
    """The service exactly as ``make serve`` starts it (shipped model, hybrid), in fp32 for stable scores."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("DELIBNER_PRECISION", "fp32")
        with serve_app(create_app(Settings(torch_threads=1))) as url:
            yield url


@pytest.mark.parametrize("engine", ["hybrid", "model", "rules"])
def test_extract_matches_golden_response(default_url, engine):
    response = httpx.post(f"{default_url}/v1/extract", json={"text": EXTRACT, "engine": engine}, timeout=60)
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["fallback"] is False and body["engine"] == engine
    for entity in body["entities"]:
        assert EXTRACT[entity["start"] : entity["end"]] == entity["text"]
    _compare(f"extract_{engine}", body)


def test_hybrid_finds_every_fact_of_the_extract(default_url):
    """The facts a clerk would check by eye, whatever the scores."""
    body = httpx.post(f"{default_url}/v1/extract", json={"text": EXTRACT}, timeout=60).json()
    found = {(e["label"], e["text"]) for e in body["entities"]}
    assert {
        ("DELIB_ID", "2024-037"),
        ("DELIB_ID", "2023-112"),
        ("DATE", "mardi 9 avril 2024"),
        ("DATE", "deux mille vingt-quatre, le neuf avril"),
        ("OFFICIAL", "Claire DUVERNOY"),
        ("OFFICIAL", "Odile LE DISSES"),
        ("OFFICIAL", "Sophie N'GUYEN"),
        ("LEGAL_REF", "article L. 2121-29"),
        ("AMOUNT", "2 500,00 €"),
        ("BUDGET_CODE", "chapitre 65, article 6574"),
    } <= found
    assert {e["source"] for e in body["entities"]} <= {"model", "rules", "both"}
    assert "both" in {e["source"] for e in body["entities"]}


def test_model_card_and_readiness_describe_the_shipped_model(default_url):
    card = httpx.get(f"{default_url}/v1/model", timeout=30).json()
    assert card["loaded"] is True and card["version"].startswith("delibner-default")
    assert "## " in card["card"] and card["metrics"]["test"]["strict"]["micro"]["f1"] > 0.5
    assert card["config"]["id2label"]["0"] == "O"
    assert card["merge"] == "rules_first_confident" and card["veto"] is True
    ready = httpx.get(f"{default_url}/ready", timeout=30)
    assert ready.status_code == 200 and ready.json()["mode"] == "hybrid"
