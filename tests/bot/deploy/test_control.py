"""`shopbot deploy` settings and the layout of a profile."""

from __future__ import annotations

import argparse

import pytest

from bot.deploy.control import _with_overrides
from bot.deploy.stack import ACTION_BASE_PORT, RASA_BASE_PORT, Layout
from bot.exceptions import ConfigError


def _args(**given) -> argparse.Namespace:
    return argparse.Namespace(
        **{"profile": None, "rasa": None, "actions": None, **given}
    )


def test_flags_take_the_place_of_their_variables(monkeypatch) -> None:
    monkeypatch.delenv("DATABASE_URL", raising=False)
    monkeypatch.setenv("SHOPBOT_PROFILE", "embedded")
    settings = _with_overrides(_args(profile="scaled", rasa=3))
    assert settings.deploy.profile == "scaled"
    assert (settings.deploy.rasa_servers, settings.deploy.action_servers) == (3, 2)
    assert settings.database_url.startswith("postgresql://")  # the profile's default


def test_bad_counts_are_config_errors(monkeypatch) -> None:
    monkeypatch.setenv("SHOPBOT_ACTION_SERVERS", "none")
    with pytest.raises(ConfigError, match="SHOPBOT_ACTION_SERVERS"):
        _with_overrides(_args())


def test_layouts(monkeypatch) -> None:
    monkeypatch.delenv("DATABASE_URL", raising=False)
    embedded = Layout.plan(_with_overrides(_args(profile="embedded")))
    assert embedded.rasa_ports == [5005] and embedded.action_ports == [5055]
    scaled = Layout.plan(_with_overrides(_args(profile="scaled", rasa=2, actions=3)))
    assert scaled.rasa_ports == [RASA_BASE_PORT, RASA_BASE_PORT + 1]
    assert scaled.action_ports == [ACTION_BASE_PORT + i for i in range(3)]
    assert (scaled.port, scaled.action_port) == (5005, 5055)
