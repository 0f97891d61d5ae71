"""The scaled profile's load balancer: an nginx config for Rasa and action servers.

* Rasa servers: least-connections for the REST/HTTP API (every server can take any
  conversation: the trackers are in PostgreSQL, the Redis lock store serializes a
  conversation's turns); socket.io is sticky per client address (its polling
  transport keeps a session on one server) and may upgrade to WebSocket.
* Action servers: least-connections; a server that refuses the connection is
  skipped for the next one. When no action server could run the action (all down,
  or one died mid-request) nginx answers in the action server's own format with
  the response ``utter_action_failed``, so the shopper hears an apology in their
  language instead of silence.
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import List

from bot.exceptions import ShopbotError

ACTION_FAILED = '{"events": [], "responses": [{"response": "utter_action_failed"}]}'

_TEMPLATE = """\
# written by `shopbot deploy`; nginx runs in the foreground as a child process
worker_processes 1;
daemon off;
pid {run}/nginx.pid;
error_log {run}/nginx-error.log warn;
events {{ worker_connections 4096; }}

http {{
  access_log off;  # URLs and bodies can hold personal data
  client_body_temp_path {run}/tmp/body;
  proxy_temp_path {run}/tmp/proxy;
  fastcgi_temp_path {run}/tmp/fastcgi;
  uwsgi_temp_path {run}/tmp/uwsgi;
  scgi_temp_path {run}/tmp/scgi;
  client_max_body_size 1m;

  map $http_upgrade $connection_upgrade {{ default upgrade; "" ""; }}

  upstream rasa {{
    least_conn;
{rasa_servers}
    keepalive 64;
  }}
  upstream rasa_socketio {{
    hash $remote_addr consistent;
{rasa_servers}
  }}
  upstream actions {{
    least_conn;
{action_servers}
    keepalive 32;
  }}

  server {{
    listen {host}:{port};
    location /socket.io/ {{
      proxy_pass http://rasa_socketio;
      proxy_http_version 1.1;
      proxy_set_header Upgrade $http_upgrade;
      proxy_set_header Connection $connection_upgrade;
      proxy_set_header Host $host;
      proxy_read_timeout 1h;
    }}
    location / {{
      proxy_pass http://rasa;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host $host;
      proxy_read_timeout 120s;
      proxy_next_upstream error timeout http_502 http_503;
    }}
  }}

  server {{
    listen {host}:{action_port};
    location / {{
      proxy_pass http://actions;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_read_timeout 60s;
      proxy_next_upstream error timeout http_502 http_503;
      proxy_intercept_errors on;
      error_page 500 502 503 504 =200 /action-failed;
    }}
    location = /action-failed {{
      internal;
      default_type application/json;
      return 200 '{action_failed}';
    }}
  }}
}}
"""


def _servers(ports: List[int]) -> str:
    return "\n".join(
        f"    server 127.0.0.1:{p} max_fails=1 fail_timeout=5s;" for p in ports
    )


def nginx_config(
    run_dir: Path,
    port: int,
    action_port: int,
    rasa_ports: List[int],
    action_ports: List[int],
    host: str = "127.0.0.1",
) -> str:
    """The nginx.conf text for these ports (temp and pid files under run_dir)."""
    return _TEMPLATE.format(
        run=run_dir,
        host=host,
        port=port,
        action_port=action_port,
        rasa_servers=_servers(rasa_ports),
        action_servers=_servers(action_ports),
        action_failed=ACTION_FAILED,
    )


def write_nginx_config(run_dir: Path, **ports: object) -> Path:
    """Writes run_dir/nginx.conf and the temp folders it names."""
    for name in ("body", "proxy", "fastcgi", "uwsgi", "scgi"):
        (run_dir / "tmp" / name).mkdir(parents=True, exist_ok=True)
    path = run_dir / "nginx.conf"
    path.write_text(nginx_config(run_dir, **ports))  # type: ignore[arg-type]
    return path


def nginx_binary() -> str:
    """The nginx executable, or an error saying how to install it."""
    found = shutil.which("nginx") or shutil.which("/usr/sbin/nginx")
    if not found:
        raise ShopbotError(
            "nginx is needed for the scaled profile: install it "
            "(Debian/Ubuntu: `apt-get install nginx-light`) or put it on PATH"
        )
    return found
