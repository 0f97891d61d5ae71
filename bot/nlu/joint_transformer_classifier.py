"""Intent classifier + entity extractor on one fine-tuned transformer encoder."""

from __future__ import annotations

import logging
import time
from typing import Any, Dict, List, Optional, Text, Tuple

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.classifiers.classifier import IntentClassifier
from rasa.nlu.extractors.extractor import EntityExtractorMixin
from rasa.shared.nlu.constants import ENTITIES, INTENT, INTENT_RANKING_KEY, TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from bot.models.hardware import cpu_has_vnni, resolve_dtype
from bot.nlu.joint_config import (
    CALIBRATION_SPLIT,
    DEVICE,
    IGNORE_ENTITIES,
    INFERENCE_DTYPE,
    INFERENCE_THREADS,
    MODEL,
    QUANTIZE,
    RANKING_LENGTH,
    SEED,
    default_config,
    quantize_mode,
    resolve_device,
    training_params,
    validate_config,
)

logger = logging.getLogger(__name__)

Example = Tuple[str, str, List[Dict[str, Any]]]


@DefaultV1Recipe.register(
    [
        DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER,
        DefaultV1Recipe.ComponentType.ENTITY_EXTRACTOR,
    ],
    is_trainable=True,
)
class JointTransformerClassifier(
    GraphComponent, IntentClassifier, EntityExtractorMixin
):
    """Fine-tunes a multilingual encoder (e5-small by default) for intents + entities.

    One forward pass per message gives the calibrated intent ranking (softmax
    with a temperature fitted on held-out training examples, so Rasa's
    FallbackClassifier threshold is meaningful) and BIO entity tags over
    sub-tokens, mapped back to character spans with role and group. Entity
    types listed in ``ignore_entities`` are left to RegexEntityExtractor.
    """

    MODEL_DIR = "joint_model"

    @staticmethod
    def get_default_config() -> Dict[Text, Any]:
        """The documented defaults (see ``bot.nlu.joint_config``)."""
        return default_config()

    @staticmethod
    def required_packages() -> List[Text]:
        return ["torch", "transformers", "safetensors"]

    def __init__(
        self,
        config: Dict[Text, Any],
        model_storage: ModelStorage,
        resource: Resource,
        predictor: Optional[Any] = None,
    ) -> None:
        validate_config(config)
        self.component_config = config
        self._model_storage = model_storage
        self._resource = resource
        self._predictor = predictor
        self._warned = False

    @classmethod
    def create(
        cls,
        config: Dict[Text, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> JointTransformerClassifier:
        """A new, untrained component (config checked here)."""
        return cls(config, model_storage, resource)

    # ---- training ---------------------------------------------------------

    def train(self, training_data: TrainingData) -> Resource:
        """Fine-tunes on the intent examples, calibrates, persists."""
        examples = self._examples(training_data)
        if not examples:
            logger.warning(
                "%s: no intent examples in the training data; nothing is trained "
                "and the component passes messages through.",
                self.__class__.__name__,
            )
            return self._resource
        started = time.perf_counter()
        self._predictor = self._fit(examples)
        logger.info(
            "%s trained on %d examples in %.0f s (temperature %.2f)",
            self.__class__.__name__,
            len(examples),
            time.perf_counter() - started,
            self._predictor.temperature,
        )
        self.persist()
        return self._resource

    def _examples(self, training_data: TrainingData) -> List[Example]:
        ignored = set(self.component_config[IGNORE_ENTITIES])
        messages = self.filter_trainable_entities(training_data.intent_examples)
        return [
            (
                m.get(TEXT),
                m.get(INTENT),
                [e for e in m.get(ENTITIES, []) if e["entity"] not in ignored],
            )
            for m in messages
            if m.get(TEXT)
        ]

    def _fit(self, examples: List[Example]) -> Any:
        import torch

        from bot.nlu.calibration import calibrate, calibration_split
        from bot.nlu.joint_predictor import new_predictor
        from bot.nlu.training import fine_tune

        config = self.component_config
        train, held_out = calibration_split(
            examples, config[CALIBRATION_SPLIT], config[SEED]
        )
        predictor = new_predictor(examples, config)
        device = torch.device(resolve_device(config[DEVICE]))
        encoded = [predictor.encode(*example) for example in train]
        pad_id = predictor.tokenizer.pad_token_id
        fine_tune(predictor.model, encoded, training_params(config), pad_id, device)
        if held_out:
            held = [predictor.encode(*example) for example in held_out]
            predictor.temperature = calibrate(predictor.model, held, pad_id, device)
        predictor.model.to("cpu").eval()
        return predictor

    def persist(self) -> None:
        """Writes the model through Rasa's model storage."""
        if self._predictor is None:
            return
        with self._model_storage.write_to(self._resource) as folder:
            target = folder / self.MODEL_DIR
            target.mkdir()
            self._predictor.save(target, self.component_config[MODEL])

    @classmethod
    def load(
        cls,
        config: Dict[Text, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
        **kwargs: Any,
    ) -> JointTransformerClassifier:
        """Loads a trained model; an untrained one loads as a pass-through."""
        from bot.nlu.joint_predictor import JointPredictor

        validate_config(config)
        try:
            with model_storage.read_from(resource) as folder:
                path = folder / cls.MODEL_DIR
                predictor = JointPredictor.load(path) if path.is_dir() else None
        except ValueError:
            predictor = None
        if predictor is None:
            logger.warning("%s: no trained model found; passing through.", cls.__name__)
            return cls(config, model_storage, resource)
        _prepare_for_inference(predictor, config)
        return cls(config, model_storage, resource, predictor)

    # ---- inference --------------------------------------------------------

    def process(self, messages: List[Message]) -> List[Message]:
        """Sets intent, intent ranking and entities on each message."""
        if self._predictor is None:
            if not self._warned:
                logger.warning(
                    "%s is not trained; passing through.", self.__class__.__name__
                )
                self._warned = True
            return messages
        texts = [m.get(TEXT) or "" for m in messages]
        predictions = self._predictor.predict(
            texts, self.component_config[RANKING_LENGTH]
        )
        ignored = set(self.component_config[IGNORE_ENTITIES])
        for message, prediction in zip(messages, predictions, strict=True):
            ranking = [{"name": n, "confidence": c} for n, c in prediction.ranking]
            message.set(INTENT, ranking[0], add_to_output=True)
            message.set(INTENT_RANKING_KEY, ranking, add_to_output=True)
            found = [e for e in prediction.entities if e["entity"] not in ignored]
            entities = message.get(ENTITIES, []) + self.add_extractor_name(found)
            message.set(ENTITIES, entities, add_to_output=True)
        return messages


def _prepare_for_inference(predictor: Any, config: Dict[Text, Any]) -> None:
    """Threads, device, the lean encoder forward and weight precision (int8 /
    float16 / bfloat16 / float32)."""
    import torch

    from bot.models.quantization import quantize_linears, select_engine
    from bot.nlu.inference_encoder import inference_encoder

    torch.set_num_threads(config[INFERENCE_THREADS])
    device = resolve_device(config[DEVICE])
    lean = inference_encoder(predictor.model.encoder)
    if lean is not None:  # same states, a third less time per message
        predictor.model.encoder = lean
    mode = quantize_mode(config[QUANTIZE])
    name = JointTransformerClassifier.__name__
    if mode and select_engine(device, mode, name):
        quantize_linears(predictor.model, mode, cpu_has_vnni())
    else:
        dtype = resolve_dtype(config[INFERENCE_DTYPE], device)
        predictor.model.to(dtype=getattr(torch, dtype))
    predictor.model.to(device)
