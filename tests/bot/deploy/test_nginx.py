"""The scaled profile's nginx configuration."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest
import yaml

from bot.deploy.nginx import ACTION_FAILED, nginx_config, write_nginx_config

ROOT = Path(__file__).resolve().parents[3]
PORTS = dict(
    port=5005,
    action_port=5055,
    rasa_servers=["127.0.0.1:5101", "127.0.0.1:5102"],
    action_servers=["127.0.0.1:5201"],
)


def test_config_balances_every_server(tmp_path) -> None:
    text = nginx_config(tmp_path, **PORTS)
    for port in (5101, 5102, 5201):
        assert f"server 127.0.0.1:{port} " in text
    assert "listen 127.0.0.1:5005;" in text and "listen 127.0.0.1:5055;" in text
    assert "access_log off;" in text  # request lines can hold personal data


def test_action_fallback_is_an_action_server_reply_with_a_known_response() -> None:
    reply = json.loads(ACTION_FAILED)
    assert reply["events"] == []
    name = reply["responses"][0]["response"]
    domain = yaml.safe_load((ROOT / "domain.yml").read_text())
    variants = domain["responses"][name]
    assert any("condition" in v for v in variants) and any(
        "condition" not in v for v in variants
    )


@pytest.mark.skipif(shutil.which("nginx") is None, reason="nginx is not installed")
def test_nginx_accepts_the_config(tmp_path) -> None:
    conf = write_nginx_config(tmp_path, **PORTS)
    result = subprocess.run(
        ["nginx", "-t", "-c", str(conf), "-e", str(tmp_path / "error.log")],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr


def test_the_compose_files_nginx_config_is_the_generated_one() -> None:
    # docker/nginx.conf is nginx_config() for the compose service names: no drift
    expected = nginx_config(
        Path("/tmp/nginx"),
        port=5005,
        action_port=5055,
        rasa_servers=["rasa:5005"],
        action_servers=["actions:5055"],
        host="0.0.0.0",
    )
    assert (ROOT / "docker" / "nginx.conf").read_text() == expected
