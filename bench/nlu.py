"""NLU benchmark: our pipeline (config.yml) vs the DIET baseline (config-diet.yml).

Per data set (CLINC150, Banking77, shop) and pipeline: trains an NLU-only Rasa model
(config = recipe, language, assistant_id, pipeline), loads it with `Agent.load` and
runs `Agent.parse_message` on every evaluation utterance. Reported per pair:

- clinc150: test in-scope accuracy and out-of-scope recall with the `out_of_scope`
  class alone and with a confidence threshold chosen on val + oos_val (grid
  0.05..0.99: the best val in-scope accuracy with val OOS recall >= 0.75, the
  target). The top intent is read from `intent_ranking` without `nlu_fallback`,
  so the config's FallbackClassifier threshold plays no part;
- banking77: test accuracy;
- shop: per language (bench/data/shop_nlu/{en,zh}.yml) intent accuracy and macro-F1
  over the gold intents, entity micro-F1 on exact (start, end, entity, role);
- training time, model size (.tar.gz), parse latency p50/p95 with one thread.

Models stay in var/bench/nlu/<dataset>-<pipeline>[-quick]/ (`--reuse`: no training
if config, data and bot/nlu are unchanged). Results are merged into the JSON after
every pair, so an interrupted run keeps what it finished.

    python bench/nlu.py [--datasets clinc150,banking77,shop] [--pipelines ours,diet]
        [--quick] [--reuse] [--epochs N] [--out bench/results/nlu.json]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Dict, List, Optional, Tuple

for _var, _value in (
    ("HF_HUB_OFFLINE", "1"),
    ("TRANSFORMERS_OFFLINE", "1"),
    ("USE_TF", "0"),
    ("TF_CPP_MIN_LOG_LEVEL", "2"),
    ("SQLALCHEMY_SILENCE_UBER_WARNING", "1"),
    ("RASA_TELEMETRY_ENABLED", "false"),
    # No training cache: train times stay honest and CLINC150 features do not pile
    # up gigabytes in .rasa/cache.
    ("RASA_MAX_CACHE_SIZE", "0"),
):
    os.environ.setdefault(_var, _value)

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.nlu_data import (  # noqa: E402
    SHOP_HELDOUT,
    Dataset,
    clinc_metrics,
    compact_parse,
    fingerprint,
    intent_accuracy,
    latency,
    load_dataset,
    rows,
    shop_metrics,
    targets,
)

RESULTS = ROOT / "bench" / "results" / "nlu.json"
QUICK_RESULTS = ROOT / "bench" / "results" / "nlu_quick.json"
MODELS = ROOT / "var" / "bench" / "nlu"
CONFIGS = {"ours": ROOT / "config.yml", "diet": ROOT / "config-diet.yml"}
DATASETS = ("clinc150", "banking77", "shop")
QUICK_EPOCH_CAP = {"diet": 20, "ours": 3}  # quick runs: epochs = min(value, cap)
# Ours on the 10k-15k-utterance public sets: 10 epochs of batch 32 (~3,100-4,700
# steps; Banking77 91.9 % at 3 epochs, 92.9 % at 5, 93.6 % at 10: 27 min in bf16 on
# 2 cores), and no calibration hold-out: the OOS threshold is chosen on validation.
LARGE_DATA = {"clinc150", "banking77"}
LARGE_DATA_OVERRIDES = {"epochs": 10, "batch_size": 32, "calibration_split": 0.0}
WARMUP, MIN_TIMED = 10, 200  # parses before timing; fewest timed parses
# One thread for parsing only. TF fixes its thread pools when its runtime starts
# (training already started it here) and torch's setting is process-wide, so
# parsing runs in a fresh subprocess started with these variables (and calling
# torch.set_num_threads(1) / tf.config.threading.set_*(1) before loading the model);
# training keeps every core in this process.
ONE_THREAD_ENV = dict.fromkeys(
    "OMP_NUM_THREADS MKL_NUM_THREADS TF_NUM_INTRAOP_THREADS TF_NUM_INTEROP_THREADS"
    " TF_INTRA_OP_PARALLELISM_THREADS TF_INTER_OP_PARALLELISM_THREADS".split(),
    "1",  # the last two are read by Rasa itself
)


def log(message: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {message}", flush=True)


def quiet_logs(verbose: bool) -> None:
    """Rasa, TF and jieba at WARNING (structlog too); progress lines use print."""
    import logging
    import warnings

    if verbose:
        return
    os.environ["LOG_LEVEL"] = "WARNING"  # Rasa's switch for its epoch progress bars
    import sanic  # noqa: F401  (first: importing it re-enables DeprecationWarning)

    for category in (UserWarning, DeprecationWarning, FutureWarning):
        warnings.filterwarnings("ignore", category=category)
    import jieba
    from rasa.utils.log_utils import configure_structlog

    configure_structlog(logging.WARNING)
    jieba.setLogLevel(logging.WARNING)
    for name in ("rasa", "tensorflow", "absl", "transformers"):
        logging.getLogger(name).setLevel(logging.WARNING)


def pipeline_config(name: str, quick: bool, dataset: str, epochs: int = 0) -> dict:
    """The temporary training config: recipe, language, assistant_id, pipeline
    (``epochs``: our component's epochs instead of the defaults; 0 keeps them)."""
    import yaml

    source = yaml.safe_load(CONFIGS[name].read_text(encoding="utf-8"))
    pipeline = [dict(component) for component in source["pipeline"]]
    for component in pipeline:
        if name != "ours" or not component["name"].endswith(
            "JointTransformerClassifier"
        ):
            continue
        if dataset in LARGE_DATA:
            component.update(LARGE_DATA_OVERRIDES)
        if epochs:
            component["epochs"] = epochs
    if quick:
        for component in pipeline:
            if "epochs" in component:
                component["epochs"] = min(component["epochs"], QUICK_EPOCH_CAP[name])
    return {
        "recipe": "default.v1",
        "language": "en",
        "assistant_id": source.get("assistant_id", "shopbot-bench"),
        "pipeline": pipeline,
    }


def _fingerprint(config: dict, dataset: Dataset) -> str:
    """Config, training data and our component sources (bot/nlu) in one hash."""
    import hashlib

    parts = [json.dumps(config, sort_keys=True), fingerprint(dataset.train_path)]
    parts.append(fingerprint(ROOT / "bot" / "nlu"))
    return hashlib.sha256("\n".join(parts).encode()).hexdigest()


def train(config: dict, dataset: Dataset, model_dir: Path, reuse: bool) -> dict:
    """Trains (or reuses) the model; returns {model, train_s, reused, fingerprint}."""
    import yaml
    from rasa.model_training import train_nlu

    meta_path, model = model_dir / "meta.json", model_dir / "model.tar.gz"
    key = _fingerprint(config, dataset)
    if reuse and meta_path.exists() and model.exists():
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
        if meta.get("fingerprint") == key:
            return {**meta, "model": str(model), "reused": True}
        log("  config, data or bot/nlu changed since the stored model: retraining")
    model_dir.mkdir(parents=True, exist_ok=True)
    for stale in (meta_path, model):  # a failed training must not leave an old model
        stale.unlink(missing_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        config_path = Path(tmp) / "config.yml"
        config_path.write_text(yaml.safe_dump(config, sort_keys=False), "utf-8")
        start = time.perf_counter()
        trained = train_nlu(
            str(config_path), str(dataset.train_path), str(model_dir), "model"
        )
        train_s = time.perf_counter() - start
    if not trained or not model.exists():
        raise RuntimeError(f"training {model_dir.name} produced no model")
    meta = {"fingerprint": key, "train_s": train_s, "date": time.strftime("%F %T")}
    meta_path.write_text(json.dumps(meta, indent=2), encoding="utf-8")
    return {**meta, "model": str(model), "reused": False}


def parse_in_subprocess(model: str, dataset: Dataset, verbose: bool) -> dict:
    """Runs the parse worker (1 thread); returns {split: [parse, …], latency_ms}."""
    with tempfile.TemporaryDirectory() as tmp:
        job, out = Path(tmp) / "job.json", Path(tmp) / "parses.json"
        texts = {s: [e.text for e in exs] for s, exs in dataset.splits.items()}
        spec = {"model": model, "texts": texts, "timed": list(dataset.timed)}
        job.write_text(json.dumps({**spec, "out": str(out), "verbose": verbose}))
        command = [sys.executable, str(Path(__file__).resolve()), "--parse-worker"]
        env = {**os.environ, **ONE_THREAD_ENV}
        subprocess.run([*command, str(job)], cwd=ROOT, env=env, check=True)
        return json.loads(out.read_text(encoding="utf-8"))


def _single_thread() -> None:
    import tensorflow as tf
    import torch

    torch.set_num_threads(1)
    for setter in (
        torch.set_num_interop_threads,
        tf.config.threading.set_intra_op_parallelism_threads,
        tf.config.threading.set_inter_op_parallelism_threads,
    ):
        try:
            setter(1)
        except RuntimeError:  # runtime already started: the environment holds
            pass


async def _parse_all(agent, job: dict) -> dict:
    """Warm-up, then every split in order; timed splits topped up to MIN_TIMED."""
    timed_texts = [t for s in job["timed"] for t in job["texts"][s]]
    for text in timed_texts[:WARMUP]:
        await agent.parse_message(text)
    result: Dict[str, list] = {"latency_ms": []}
    for split, texts in job["texts"].items():
        result[split] = []
        for text in texts:
            start = time.perf_counter()
            parse = await agent.parse_message(text)
            elapsed = (time.perf_counter() - start) * 1000
            result[split].append(compact_parse(parse))
            if split in job["timed"]:
                result["latency_ms"].append(elapsed)
    for i in range(max(0, MIN_TIMED - len(result["latency_ms"]))):
        start = time.perf_counter()
        await agent.parse_message(timed_texts[i % len(timed_texts)])
        result["latency_ms"].append((time.perf_counter() - start) * 1000)
    return result


def parse_worker(job_path: Path) -> None:
    """Subprocess entry: loads the model with one thread and parses the job."""
    job = json.loads(job_path.read_text(encoding="utf-8"))
    quiet_logs(job["verbose"])
    _single_thread()
    from rasa.core.agent import Agent

    agent = Agent.load(job["model"])
    result = asyncio.run(_parse_all(agent, job))
    Path(job["out"]).write_text(json.dumps(result), encoding="utf-8")


def score(dataset: Dataset, parses: dict) -> dict:
    """The data set's quality metrics from the parses."""
    splits = dataset.splits
    if dataset.name == "clinc150":
        return clinc_metrics(
            splits["val"], parses["val"], splits["test"], parses["test"]
        )
    if dataset.name == "banking77":
        return {"accuracy": intent_accuracy(splits["test"], parses["test"])}
    return {lang: shop_metrics(splits[lang], parses[lang]) for lang in splits}


def run_pair(dataset: Dataset, pipeline: str, args: argparse.Namespace) -> dict:
    """Train (or reuse), parse, score one (data set, pipeline) pair."""
    config = pipeline_config(pipeline, args.quick, dataset.name, args.epochs)
    suffix = "-quick" if args.quick else ""
    model_dir = MODELS / f"{dataset.name}-{pipeline}{suffix}"
    log(f"{dataset.name}/{pipeline}: {dataset.n_train} training utterances")
    trained = train(config, dataset, model_dir, args.reuse)
    how = "reused, trained" if trained["reused"] else "trained"
    log(f"{dataset.name}/{pipeline}: {how} in {trained['train_s']:.0f} s; parsing")
    parses = parse_in_subprocess(trained["model"], dataset, args.verbose)
    return {
        "train_s": round(trained["train_s"], 1),
        "reused": trained["reused"],
        "model_mb": round(Path(trained["model"]).stat().st_size / 2**20, 2),
        "model": str(Path(trained["model"]).relative_to(ROOT)),
        "n_train": dataset.n_train,
        "n_eval": {s: len(e) for s, e in dataset.splits.items()},
        "latency": latency(parses["latency_ms"]),
        "metrics": score(dataset, parses),
        "pipeline": config["pipeline"],
        "quick": args.quick,
        "trained_at": trained["date"],
    }


def save(out: Path, dataset: str, pipeline: str, record: dict, quick: bool) -> dict:
    """Merges one record into the JSON file (written atomically) and returns it."""
    payload: dict = {}
    if out.exists():
        payload = json.loads(out.read_text(encoding="utf-8"))
    payload.update(quick=quick, environment=environment(), targets=targets())
    payload.setdefault("results", {}).setdefault(dataset, {})[pipeline] = record
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_suffix(".json.tmp")
    tmp.write_text(json.dumps(payload, indent=2, ensure_ascii=False), "utf-8")
    tmp.replace(out)
    return payload


def _cell(record: Optional[dict], path: Tuple[str, ...], fmt: str, target) -> str:
    value = record
    for key in path:
        value = value.get(key) if isinstance(value, dict) else None
    if value is None:
        return "-  "
    text = f"{100 * value:.2f}" if fmt == "%" else f"{value:{fmt}}"
    if not target:
        return text + "  "  # aligned with the target mark
    met = value >= target[1] if target[0] == ">=" else value <= target[1]
    return text + (" ✓" if met else "  ")


def print_table(payload: dict, datasets: List[str]) -> None:
    """Rows = data set × metric, columns = ours / diet / target (✓ = met)."""
    quick = " (quick subsets)" if payload.get("quick") else ""
    print(f"\nNLU benchmark{quick}")
    head = f"{'data set':<10} {'metric':<28} {'ours':>10} {'diet':>10}  target"
    print(head + "\n" + "-" * len(head))
    for dataset in datasets:
        results = payload["results"].get(dataset, {})
        for label, path, fmt, target in rows(dataset):
            ours = _cell(results.get("ours"), path, fmt, target)
            diet = _cell(results.get("diet"), path, fmt, target)
            goal = "" if not target else _target_text(target, fmt)
            print(f"{dataset:<10} {label:<28} {ours:>10} {diet:>10}  {goal}")


def _target_text(target: Tuple[str, float], fmt: str) -> str:
    op = "≥" if target[0] == ">=" else "≤"
    return f"{op} {100 * target[1]:g}" if fmt == "%" else f"{op} {target[1]:g}"


def environment() -> Dict[str, object]:
    """CPU count, Python, library versions and date of the run."""
    import platform
    from importlib.metadata import PackageNotFoundError, version

    env: Dict[str, object] = {"cpu_count": os.cpu_count()}
    env.update(python=platform.python_version(), platform=platform.platform())
    env["date"] = time.strftime("%Y-%m-%d %H:%M:%S %z")
    for package in ("rasa", "torch", "tensorflow", "transformers", "scikit-learn"):
        try:
            env[package] = version(package)
        except PackageNotFoundError:
            env[package] = None
    return env


def _csv(value: str, allowed: tuple) -> List[str]:
    names = [v.strip() for v in value.split(",") if v.strip()]
    unknown = [n for n in names if n not in allowed]
    if unknown:
        raise argparse.ArgumentTypeError(f"unknown {unknown}; allowed: {allowed}")
    return names


def parse_args(argv: Optional[List[str]] = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--datasets",
        default=",".join(DATASETS),
        type=lambda v: _csv(v, DATASETS),
        help="comma-separated, default: all",
    )
    parser.add_argument(
        "--pipelines",
        default="ours,diet",
        type=lambda v: _csv(v, tuple(CONFIGS)),
        help="comma-separated: ours (config.yml), diet (config-diet.yml)",
    )
    parser.add_argument("--quick", action="store_true", help="small subsets, epochs")
    parser.add_argument("--reuse", action="store_true", help="reuse stored models")
    parser.add_argument(
        "--epochs", type=int, default=0, help="our component's epochs (0: defaults)"
    )
    parser.add_argument("--out", type=Path, help="default bench/results/nlu.json")
    parser.add_argument("--shop-heldout", type=Path, default=SHOP_HELDOUT)
    parser.add_argument("--verbose", action="store_true", help="keep Rasa logs")
    parser.add_argument("--parse-worker", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.out is None:
        args.out = QUICK_RESULTS if args.quick else RESULTS
    return args


def main(argv: Optional[List[str]] = None) -> None:
    args = parse_args(argv)
    if args.parse_worker:
        parse_worker(args.parse_worker)
        return
    os.chdir(ROOT)  # pipelines use repo-relative paths (data/jieba, var/models)
    quiet_logs(args.verbose)
    mode = "quick" if args.quick else "full"
    log(f"NLU benchmark ({mode}): {args.datasets} × {args.pipelines} → {args.out}")
    payload: dict = {}
    with tempfile.TemporaryDirectory() as tmp:  # all data first: fail early
        datasets = [
            load_dataset(name, Path(tmp), args.quick, args.shop_heldout)
            for name in args.datasets
        ]
        for dataset in datasets:
            for pipeline in args.pipelines:
                record = run_pair(dataset, pipeline, args)
                payload = save(args.out, dataset.name, pipeline, record, args.quick)
                log(f"{dataset.name}/{pipeline}: done, wrote {args.out}")
    if payload:
        print_table(payload, args.datasets)


if __name__ == "__main__":
    main()
