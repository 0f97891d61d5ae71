"""Slack and Telegram channels from env vars: configured, or inert with a warning."""

from __future__ import annotations

import logging

import pytest

from bot.channels.slack import SlackChannel
from bot.channels.slack_output import SlackOutput
from bot.channels.telegram import TelegramChannel
from bot.channels.telegram_output import TelegramBot
from bot.settings import Settings, SlackSettings, TelegramSettings

TOKEN = "123456789:AAH-test_token"
SLACK_ENV = {
    "SLACK_BOT_TOKEN": " xoxb-1 ",
    "SLACK_SIGNING_SECRET": "s3cret",
    "SLACK_API_URL": "http://127.0.0.1:9/api/",
}
TELEGRAM_ENV = {
    "TELEGRAM_BOT_TOKEN": TOKEN,
    "TELEGRAM_SECRET_TOKEN": "abc_DEF-123",
    "TELEGRAM_WEBHOOK_URL": "https://shop.example/webhooks/telegram/webhook",
    "TELEGRAM_API_URL": "http://127.0.0.1:9",
}


def test_settings_read_the_channel_variables() -> None:
    settings = Settings.from_env({**SLACK_ENV, **TELEGRAM_ENV, "SHOPBOT_HOME": "/x"})
    assert settings.slack == SlackSettings(
        "xoxb-1", "s3cret", "http://127.0.0.1:9/api/"
    )
    assert settings.telegram.bot_token == TOKEN
    assert settings.telegram.api_url == "http://127.0.0.1:9"
    assert settings.public_url == "http://localhost:8080"
    assert "s3cret" not in repr(settings) and TOKEN not in repr(settings)


def test_defaults_point_at_the_real_apis() -> None:
    settings = Settings.from_env({"SHOPBOT_HOME": "/x"})
    assert settings.slack.api_url == "https://slack.com/api/"
    assert settings.telegram.api_url == "https://api.telegram.org"
    assert settings.slack.bot_token == "" and settings.telegram.secret_token == ""


def test_unconfigured_slack_is_inert_with_one_warning(caplog) -> None:
    with caplog.at_level(logging.WARNING, logger="bot.channels.slack"):
        channel = SlackChannel(SlackSettings())
    assert not channel.configured
    assert channel.problems == [
        "SLACK_BOT_TOKEN is unset",
        "SLACK_SIGNING_SECRET is unset",
    ]
    assert len(caplog.records) == 1 and "not configured" in caplog.text
    channel.blueprint(on_new_message=None)  # builds without credentials or I/O


def test_configured_slack_replies_through_the_configured_api() -> None:
    channel = SlackChannel(SlackSettings.from_env(SLACK_ENV), "https://shop.example")
    assert channel.configured
    output = channel.get_output_channel("D123", None)
    assert isinstance(output, SlackOutput)
    assert output.client.base_url == "http://127.0.0.1:9/api/"
    assert (
        output.slack_channel == "D123" and output.public_url == "https://shop.example"
    )


@pytest.mark.parametrize(
    "changes, problem",
    [
        ({"TELEGRAM_BOT_TOKEN": ""}, "TELEGRAM_BOT_TOKEN"),
        ({"TELEGRAM_BOT_TOKEN": "not-a-token"}, "TELEGRAM_BOT_TOKEN"),
        ({"TELEGRAM_SECRET_TOKEN": ""}, "TELEGRAM_SECRET_TOKEN"),
        ({"TELEGRAM_SECRET_TOKEN": "has spaces"}, "TELEGRAM_SECRET_TOKEN"),
        ({"TELEGRAM_SECRET_TOKEN": "x" * 257}, "TELEGRAM_SECRET_TOKEN"),
        ({"TELEGRAM_API_URL": "api.telegram.org"}, "TELEGRAM_API_URL"),
    ],
)
def test_telegram_names_what_is_missing_or_malformed(changes, problem: str) -> None:
    channel = TelegramChannel(TelegramSettings.from_env({**TELEGRAM_ENV, **changes}))
    assert not channel.configured
    assert len(channel.problems) == 1 and channel.problems[0].startswith(problem)


def test_configured_telegram_talks_to_the_configured_bot_api() -> None:
    channel = TelegramChannel(TelegramSettings.from_env(TELEGRAM_ENV))
    assert channel.configured and channel.problems == []
    bot = channel.get_output_channel()
    assert isinstance(bot, TelegramBot) and channel.get_output_channel() is bot
    assert bot.server.api_url(TOKEN, "sendMessage") == (
        f"http://127.0.0.1:9/bot{TOKEN}/sendMessage"
    )
