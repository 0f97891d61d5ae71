"""The summary table `make audit` prints from pip-audit's JSON."""

from __future__ import annotations

import json
from pathlib import Path

from bot.privacy.audit_report import main, summarize

REPORT = {
    "dependencies": [
        {"name": "sanic", "version": "21.12.2", "vulns": []},
        {
            "name": "jinja2",
            "version": "3.1.2",
            "vulns": [{"id": "GHSA-h5c8-rqwp-cp95", "fix_versions": ["3.1.3"]}],
        },
        {"name": "absl-py", "skip_reason": "Dependency not found on PyPI"},
    ],
    "fixes": [],
}


def test_summary_lists_vulnerabilities_and_counts() -> None:
    lines = summarize(REPORT)
    assert lines[1].split() == ["jinja2", "3.1.2", "GHSA-h5c8-rqwp-cp95", "3.1.3"]
    assert lines[2] == (
        "3 packages: 2 audited, 1 skipped, 1 known vulnerabilities in 1 packages"
    )
    assert lines[3] == "skipped, e.g. Dependency not found on PyPI"


def test_main_never_fails(tmp_path: Path, capsys) -> None:
    assert main([str(tmp_path / "missing.json")]) == 0
    assert "no report" in capsys.readouterr().out
    path = tmp_path / "report.json"
    path.write_text(json.dumps(REPORT))
    assert main([str(path)]) == 0
    assert "GHSA-h5c8-rqwp-cp95" in capsys.readouterr().out
