"""Summary table of a pip-audit JSON report (``make audit``); stdlib only.

Run as a script so the audit needs no installed project:
``python3 bot/privacy/audit_report.py var/audit/pip-audit.json``. Always exits 0:
the audit is a report, never a gate.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any, Dict, List


def summarize(report: Dict[str, Any]) -> List[str]:
    """Lines of a table: one per vulnerability, then audited / skipped counts.

    Args:
        report: pip-audit's ``--format json`` output: ``{"dependencies": [...]}``,
            each ``{"name", "version", "vulns": [...]}`` or with a ``skip_reason``.
    """
    deps = report.get("dependencies") or []
    skipped = [d for d in deps if "skip_reason" in d]
    vulnerable = [d for d in deps if d.get("vulns")]
    lines = [f"{'package':<28} {'version':<14} {'id':<22} fixed in"]
    for dep in vulnerable:
        for vuln in dep["vulns"]:
            fixed = ", ".join(vuln.get("fix_versions") or []) or "-"
            name, version = dep["name"], dep.get("version", "?")
            lines.append(f"{name:<28} {version:<14} {vuln.get('id', '?'):<22} {fixed}")
    audited = len(deps) - len(skipped)
    count = sum(len(d["vulns"]) for d in vulnerable)
    lines.append(
        f"{len(deps)} packages: {audited} audited, {len(skipped)} skipped, "
        f"{count} known vulnerabilities in {len(vulnerable)} packages"
    )
    if skipped:
        lines.append(f"skipped, e.g. {skipped[0]['skip_reason']}")
    return lines


def main(argv: List[str]) -> int:
    """Prints the summary of the report at ``argv[0]``; 0 even when it is missing."""
    path = Path(argv[0]) if argv else Path("var/audit/pip-audit.json")
    try:
        report = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as e:
        print(f"audit: no report at {path} ({type(e).__name__}); see the output above")
        return 0
    print("\n".join(summarize(report)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
