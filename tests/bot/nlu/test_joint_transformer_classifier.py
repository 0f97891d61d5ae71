"""Train → persist → load → process of the joint transformer NLU component."""

from __future__ import annotations

from pathlib import Path
from typing import Any, Dict, List

import pytest
import torch
from rasa.engine.graph import ExecutionContext, GraphSchema
from rasa.engine.storage.local_model_storage import LocalModelStorage
from rasa.engine.storage.resource import Resource
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData
from torch import nn

from bot.exceptions import ConfigError
from bot.models.quantization import CPU_ENGINES, DynamicLinear
from bot.nlu.inference_encoder import InferenceEncoder
from bot.nlu.joint_config import quantize_mode
from bot.nlu.joint_transformer_classifier import JointTransformerClassifier

TINY_CONFIG = {
    "epochs": 12,
    "batch_size": 8,
    "encoder_layers": 4,  # a truncated encoder: faster, and its round trip tested
    "learning_rate": 1e-4,
    "calibration_split": 0.0,
    "ignore_entities": ["order_id"],
}


def _entity(text: str, value: str, entity: str, role: str | None = None) -> Dict:
    start = text.index(value)
    found = {
        "start": start,
        "end": start + len(value),
        "value": value,
        "entity": entity,
    }
    if role:
        found["role"] = role
    return found


def _message(text: str, intent: str, *entities: tuple) -> Message:
    return Message.build(
        text=text, intent=intent, entities=[_entity(text, *e) for e in entities]
    )


def _tiny_data() -> TrainingData:
    examples: List[Message] = []
    for color, zh_color, price in [
        ("red", "红色", "100"),
        ("blue", "蓝色", "200"),
        ("black", "黑色", "50"),
        ("white", "白色", "300"),
        ("green", "绿色", "80"),
    ]:
        examples += [
            _message(
                f"a {color} phone case under {price} yuan",
                "search_product",
                (color, "color"),
                (price, "price", "max"),
            ),
            _message(
                f"我想买{zh_color}的手机壳，{price}元以内",
                "search_product",
                (zh_color, "color"),
                (price, "price", "max"),
            ),
            _message(f"show me {color} shoes", "search_product", (color, "color")),
        ]
    for i, text in enumerate(["hello", "hi there", "你好", "早上好", "hey", "您好"]):
        examples.append(_message(text, "greet"))
        examples.append(
            _message(f"where is order 1002{i}", "track_order", (f"1002{i}", "order_id"))
        )
    return TrainingData(training_examples=examples)


def _component(
    storage: LocalModelStorage, config: Dict[str, Any]
) -> JointTransformerClassifier:
    full = {**JointTransformerClassifier.get_default_config(), **config}
    context = ExecutionContext(GraphSchema({}), "test")
    return JointTransformerClassifier.create(full, storage, Resource("joint"), context)


def _load(
    storage: LocalModelStorage, config: Dict[str, Any]
) -> JointTransformerClassifier:
    full = {**JointTransformerClassifier.get_default_config(), **config}
    context = ExecutionContext(GraphSchema({}), "test")
    return JointTransformerClassifier.load(full, storage, Resource("joint"), context)


@pytest.fixture(scope="module")
def trained(tmp_path_factory: pytest.TempPathFactory) -> LocalModelStorage:
    storage = LocalModelStorage(tmp_path_factory.mktemp("storage"))
    _component(storage, TINY_CONFIG).train(_tiny_data())
    return storage


def _parse(component: JointTransformerClassifier, text: str) -> Message:
    return component.process([Message.build(text=text)])[0]


def test_round_trip_predicts_intents_with_a_ranking(trained: LocalModelStorage) -> None:
    component = _load(trained, TINY_CONFIG)
    encoder = component._predictor.model.encoder
    assert isinstance(encoder, InferenceEncoder)  # the lean serving forward
    assert len(encoder.layers) == 4
    message = _parse(component, "a red phone case under 100 yuan")
    assert message.get("intent")["name"] == "search_product"
    ranking = message.get("intent_ranking")
    assert [r["name"] for r in ranking][0] == "search_product"
    assert len(ranking) == 3
    assert sum(r["confidence"] for r in ranking) == pytest.approx(1.0, abs=1e-4)
    assert _parse(component, "你好").get("intent")["name"] == "greet"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "a blue phone case under 200 yuan",
            {("blue", "color", None), ("200", "price", "max")},
        ),
        (
            "我想买黑色的手机壳，50元以内",
            {("黑色", "color", None), ("50", "price", "max")},
        ),
    ],
)
def test_entities_with_spans_and_roles(
    trained: LocalModelStorage, text: str, expected: set
) -> None:
    message = _parse(_load(trained, TINY_CONFIG), text)
    found = {(e["value"], e["entity"], e.get("role")) for e in message.get("entities")}
    assert found == expected
    for entity in message.get("entities"):
        assert text[entity["start"] : entity["end"]] == entity["value"]
        assert entity["extractor"] == "JointTransformerClassifier"


def test_ignored_entity_types_are_not_extracted(trained: LocalModelStorage) -> None:
    message = _parse(_load(trained, TINY_CONFIG), "where is order 10023")
    assert message.get("intent")["name"] == "track_order"
    assert all(e["entity"] != "order_id" for e in message.get("entities", []))


def test_frozen_embeddings_are_not_stored(trained: LocalModelStorage) -> None:
    files = [p for p in trained._storage_path.rglob("*") if p.is_file()]
    # e5-small without its 96M-parameter (384 MB) word-embedding matrix
    assert sum(p.stat().st_size for p in files) < 150e6
    assert any(p.name == "embedding_source.json" for p in files)


CPU_QUANTIZATION = bool(
    set(CPU_ENGINES) & set(torch.backends.quantized.supported_engines)
)
needs_cpu_quantization = pytest.mark.skipif(
    not CPU_QUANTIZATION, reason="torch has no x86/fbgemm quantized engine here"
)

QUANTIZE_TEXTS = [
    "a red phone case under 100 yuan",
    "show me white shoes",
    "我想买绿色的手机壳，80元以内",
    "hi there",
    "早上好",
    "where is order 10021",
]


@needs_cpu_quantization
@pytest.mark.parametrize("quantize", [True, "per_tensor", "per_channel", "float16"])
def test_quantized_inference_agrees(trained: LocalModelStorage, quantize: Any) -> None:
    float_config = {**TINY_CONFIG, "inference_dtype": "float32"}
    reference = _load(trained, float_config)
    component = _load(trained, {**float_config, "quantize": quantize})
    linears = [
        m for m in component._predictor.model.modules() if isinstance(m, nn.Linear)
    ]
    dynamic = [
        m for m in component._predictor.model.modules() if isinstance(m, DynamicLinear)
    ]
    assert not linears
    assert len(dynamic) == 4 * 4 + 2  # QKV, out, FFN in / out per layer + 2 heads
    assert {m.mode for m in dynamic} == {quantize_mode(quantize)}
    for text in QUANTIZE_TEXTS:
        expected = _parse(reference, text).get("intent")["name"]
        assert _parse(component, text).get("intent")["name"] == expected, text


def test_untrained_component_passes_messages_through(tmp_path: Path) -> None:
    storage = LocalModelStorage(tmp_path)
    component = _component(storage, TINY_CONFIG)
    component.train(TrainingData())
    loaded = _load(storage, TINY_CONFIG)
    message = _parse(loaded, "hello")
    assert message.get("intent") is None
    assert message.get("entities", []) == []


def test_bad_config_is_rejected_at_create(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="'device'"):
        _component(LocalModelStorage(tmp_path), {"device": "gpu0"})
