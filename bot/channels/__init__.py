"""Rasa input channels for Slack and Telegram, configured from environment variables.

Register them in credentials.yml by module path (``bot.channels.slack.SlackChannel``,
``bot.channels.telegram.TelegramChannel``). Unconfigured channels stay inert: one
warning at startup, their webhooks answer 404, no network calls.
"""
