"""CPU time per role of a running stack, read from /proc (Linux).

``CpuAccount.snapshot()`` sums user + system time of the Rasa servers, the action
servers (each with its child processes), and of every nginx, postgres and
redis-server process, plus the machine's busy and total time; the difference of two
snapshots divided by the turns served is the CPU cost of a turn per role. It shows
where a profile's time goes and how much of the machine was left idle.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Dict, Iterable, List, Mapping

CLOCK_TICKS = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100
BY_NAME = {"nginx": "nginx", "postgres": "postgres", "redis-server": "redis"}


def _stat(pid: int) -> List[str] | None:
    """Fields of /proc/<pid>/stat after the command name (None: process gone)."""
    try:
        raw = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    end = raw.rfind(")")
    return [raw[raw.find("(") + 1 : end], *raw[end + 2 :].split()]


def _processes() -> Dict[int, List[str]]:
    found = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            fields = _stat(int(entry.name))
            if fields is not None:
                found[int(entry.name)] = fields
    return found


def _seconds(fields: List[str]) -> float:
    # after the name: state ppid ... utime (index 12), stime (13)
    return (int(fields[12]) + int(fields[13])) / CLOCK_TICKS


def _machine() -> Dict[str, float]:
    values = [int(v) for v in Path("/proc/stat").read_text().split("\n")[0].split()[1:]]
    idle = values[3] + values[4]  # idle + iowait
    return {
        "busy": (sum(values[:8]) - idle) / CLOCK_TICKS,
        "all": sum(values[:8]) / CLOCK_TICKS,
    }


class CpuAccount:
    """Per-role CPU seconds of a stack.

    Args:
        roles: role name → root process ids (their descendants count too).
    """

    def __init__(self, roles: Mapping[str, Iterable[int]]) -> None:
        self.roles = {role: set(pids) for role, pids in roles.items()}

    def snapshot(self) -> Dict[str, float]:
        """CPU seconds so far per role, ``machine_busy`` and ``machine_all``."""
        procs = _processes()
        owner: Dict[int, str] = {}
        for role, roots in self.roles.items():
            owner.update({pid: role for pid in roots})
        totals = {role: 0.0 for role in [*self.roles, *BY_NAME.values()]}
        for pid, fields in procs.items():
            # by name first: nginx is a child of whoever started it
            role, parent = BY_NAME.get(fields[0]) or owner.get(pid), pid
            while role is None and parent in procs and parent > 1:
                parent = int(procs[parent][2])
                role = owner.get(parent)
            if role is not None:
                totals[role] += _seconds(fields)
        machine = _machine()
        totals.update(machine_busy=machine["busy"], machine_all=machine["all"])
        return totals

    @staticmethod
    def per_turn(
        before: Mapping[str, float], after: Mapping[str, float], turns: int
    ) -> Dict[str, float]:
        """CPU ms per turn per role, the machine's busy share and idle cores."""
        delta = {k: after[k] - before.get(k, 0.0) for k in after}
        wall_cores = delta.pop("machine_all")
        busy = delta.pop("machine_busy")
        out = {
            f"{k}_cpu_ms_per_turn": round(1000 * v / max(1, turns), 1)
            for k, v in delta.items()
        }
        out["machine_cpu_ms_per_turn"] = round(1000 * busy / max(1, turns), 1)
        out["machine_busy_share"] = round(busy / wall_cores, 3) if wall_cores else 0.0
        return out
