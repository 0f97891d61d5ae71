"""What the CPU can do, for choosing inference precision (no heavy imports)."""

from __future__ import annotations

DTYPES = ("auto", "float32", "bfloat16")


def cpu_has_native_bf16() -> bool:
    """True when the CPU computes bfloat16 natively (Linux cpuinfo flags)."""
    try:
        with open("/proc/cpuinfo", encoding="ascii", errors="ignore") as cpuinfo:
            flags = next((ln for ln in cpuinfo if ln.startswith("flags")), "")
    except OSError:
        return False
    return bool({"avx512_bf16", "amx_bf16"} & set(flags.split()))


def resolve_dtype(dtype: str, device: str = "cpu") -> str:
    """``auto`` → ``bfloat16`` on a CPU with native bf16, else ``float32``."""
    if dtype != "auto":
        return dtype
    native = device == "cpu" and cpu_has_native_bf16()
    return "bfloat16" if native else "float32"
