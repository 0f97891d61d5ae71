"""`shopbot` console entry point: models, database, ingestion, indexes, demo."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any, Callable, List

from bot.exceptions import ShopbotError
from bot.settings import Settings


def _models(args: argparse.Namespace, settings: Settings) -> None:
    from bot.models.prepare import DEFAULT_SOURCES, prepare_models

    names = args.names or list(DEFAULT_SOURCES)
    for name, path in prepare_models(names, settings.model_cache).items():
        print(f"{name}: {path}")


def _db(args: argparse.Namespace, settings: Settings) -> None:
    from bot.db.migrate import upgrade
    from bot.db.session import safe_url

    upgrade(settings.database_url)
    print(f"database schema up to date: {safe_url(settings.database_url)}")


def _db_prune_identity_attempts(args: argparse.Namespace, settings: Settings) -> None:
    from bot.db.repositories.identity_attempts import (
        IdentityAttemptRepository,
        retention_cutoff,
    )
    from bot.db.session import session_scope

    cutoff = retention_cutoff(settings.identity.window)
    with session_scope(settings.database_url) as session:
        deleted = IdentityAttemptRepository(session).delete_before(cutoff)
    print(f"{deleted} identity attempts before {cutoff:%Y-%m-%d %H:%M:%S} UTC deleted")


def _ingest(args: argparse.Namespace, settings: Settings) -> None:
    from bot.catalog.ingest import ingest_catalog, ingest_faq
    from bot.catalog.tagging import ProductTagger, load_vocabulary
    from bot.db.migrate import upgrade
    from bot.retrieval.embedder import make_embedder

    upgrade(settings.database_url)
    # loads its model only if a row has no tags, or for the index update below
    embedder = make_embedder(
        settings.embedder, threads=settings.torch_threads, dtype=settings.embedder_dtype
    )
    tagger = None
    if not args.no_tags:
        vocabulary = load_vocabulary(*[args.vocabulary] if args.vocabulary else [])
        tagger = ProductTagger(embedder, vocabulary, progress=True)
    report = ingest_catalog(
        Path(args.catalog), settings.database_url, tagger=tagger, progress=True
    )
    print(report.summary())
    if args.faq:
        print(ingest_faq(Path(args.faq), settings.database_url).summary())
    if not args.no_index:
        _index_update(settings, embedder, reuse=True)


def _index_update(settings: Settings, embedder: Any = None, reuse: bool = True) -> None:
    """Builds or updates the indexes (``build_indexes``) and prints what it did."""
    from bot.retrieval.build import build_indexes

    report = build_indexes(settings, embedder, reuse=reuse, progress=True)
    for name, info in report.items():
        rows = f"{info['vectors']:.0f} vectors in " if "vectors" in info else ""
        new = f" ({info['embedded']:.0f} embedded)" if "embedded" in info else ""
        print(f"{name}: {rows}{info['seconds']:.1f} s{new}")


def _demo_data(args: argparse.Namespace, settings: Settings) -> None:
    from bot.catalog.demo_data import generate_demo_data

    counts = generate_demo_data(settings.database_url, seed=args.seed)
    print(", ".join(f"{k}: {v}" for k, v in counts.items()))


def _index(args: argparse.Namespace, settings: Settings) -> None:
    _index_update(settings, reuse=not args.full)


def _tickets_export(args: argparse.Namespace, settings: Settings) -> None:
    from bot.privacy.export import export_tickets

    if args.out == "-":
        export_tickets(settings.database_url, sys.stdout)
        return
    with open(args.out, "w", encoding="utf-8") as out:
        count = export_tickets(settings.database_url, out)
    print(f"{count} open tickets written to {args.out} (PII masked)")


def _demo(args: argparse.Namespace, settings: Settings) -> None:
    from bot.deploy.stack import Layout, Stack
    from bot.runner import serve

    layout = Layout.plan(settings, web_port=args.port)
    model = settings.home / "models" / "shopbot.tar.gz"
    run_dir = settings.var_dir / "deploy" / settings.deploy.profile
    serve(Stack(settings, model, run_dir, layout))


def _deploy(args: argparse.Namespace, settings: Settings) -> None:
    from bot.deploy.control import deploy

    deploy(args)


def build_parser() -> argparse.ArgumentParser:
    """The command-line interface."""
    parser = argparse.ArgumentParser(prog="shopbot", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)

    models = sub.add_parser("models", help="offline model sources")
    models_sub = models.add_subparsers(dest="models_command", required=True)
    prepare = models_sub.add_parser("prepare", help="materialize models into the cache")
    prepare.add_argument("names", nargs="*", help="source names (default: all needed)")
    prepare.set_defaults(func=_models)

    db = sub.add_parser("db", help="shop database")
    db_sub = db.add_subparsers(dest="db_command", required=True)
    db_sub.add_parser("upgrade", help="apply migrations").set_defaults(func=_db)
    db_sub.add_parser(
        "prune-identity-attempts",
        help="delete identity proofs older than the limiter counts (2 windows)",
    ).set_defaults(func=_db_prune_identity_attempts)

    ingest = sub.add_parser("ingest", help="validate and load a catalog (+ FAQ)")
    ingest.add_argument("catalog", help="products .csv or .json")
    ingest.add_argument("--faq", help="faq.yml")
    ingest.add_argument(
        "--no-index", action="store_true", help="do not update the indexes after"
    )
    ingest.add_argument(
        "--no-tags", action="store_true", help="store rows without tags as they are"
    )
    ingest.add_argument("--vocabulary", help="tag vocabulary .yml (default: demo)")
    ingest.set_defaults(func=_ingest)

    demo_data = sub.add_parser("demo-data", help="seeded demo customers and orders")
    demo_data.add_argument("--seed", type=int, default=7)
    demo_data.set_defaults(func=_demo_data)

    index = sub.add_parser(
        "index", help="build or update the indexes (embeds new/changed texts only)"
    )
    index.add_argument("--full", action="store_true", help="embed every text again")
    index.set_defaults(func=_index)

    tickets = sub.add_parser("tickets", help="handoff tickets")
    tickets_sub = tickets.add_subparsers(dest="tickets_command", required=True)
    export = tickets_sub.add_parser("export", help="open tickets as JSONL, PII masked")
    export.add_argument("--out", default="-", help="output file (default: stdout)")
    export.set_defaults(func=_tickets_export)

    demo = sub.add_parser("demo", help="serve the demo shop (actions, Rasa, web page)")
    demo.add_argument("--port", type=int, default=8080, help="web page port")
    demo.set_defaults(func=_demo)

    dep = sub.add_parser(
        "deploy", help="start (or --stop) a profile: embedded or scaled (README)"
    )
    dep.add_argument("--profile", choices=["embedded", "scaled"], help="env default")
    dep.add_argument("--rasa", type=int, help="Rasa servers (scaled)")
    dep.add_argument("--actions", type=int, help="action servers (scaled)")
    dep.add_argument("--web-port", type=int, default=8080, help="0: no storefront")
    dep.add_argument("--detach", action="store_true", help="run in the background")
    dep.add_argument("--stop", action="store_true", help="stop a detached profile")
    dep.set_defaults(func=_deploy)
    return parser


def main(argv: List[str] | None = None) -> int:
    """Runs one command; shopbot errors print a message and exit with status 2."""
    args = build_parser().parse_args(argv)
    func: Callable[[argparse.Namespace, Settings], None] = args.func
    try:
        func(args, Settings.from_env())
    except ShopbotError as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
