"""What the CPU can do, for choosing inference precision (no heavy imports)."""

from __future__ import annotations

DTYPES = ("auto", "float32", "bfloat16")
# the retrieval embedder also serves float16 weights packed for CPU matmuls
EMBEDDER_DTYPES = (*DTYPES, "float16")


def cpu_flags() -> frozenset:
    """The CPU's feature flags (Linux /proc/cpuinfo; empty elsewhere)."""
    try:
        with open("/proc/cpuinfo", encoding="ascii", errors="ignore") as cpuinfo:
            flags = next((ln for ln in cpuinfo if ln.startswith("flags")), "")
    except OSError:
        return frozenset()
    return frozenset(flags.split(":", 1)[-1].split())


def cpu_has_native_bf16() -> bool:
    """True when the CPU computes bfloat16 natively."""
    return bool({"avx512_bf16", "amx_bf16"} & cpu_flags())


def cpu_has_vnni() -> bool:
    """True when int8 dot products accumulate without 16-bit saturation (VNNI)."""
    return bool({"avx512_vnni", "avx_vnni", "amx_int8"} & cpu_flags())


def cpu_has_packed_fp16() -> bool:
    """True when torch's x86/fbgemm engine can run packed float16 linears (AVX2)."""
    import platform

    return platform.machine().lower() in ("x86_64", "amd64") and "avx2" in cpu_flags()


def resolve_embedder_dtype(dtype: str) -> str:
    """``auto`` → ``float16`` (packed, float32 math) on an AVX2 x86 CPU, else
    bfloat16 on a CPU with native bf16, else ``float32``."""
    if dtype != "auto":
        return dtype
    return "float16" if cpu_has_packed_fp16() else resolve_dtype(dtype)


def resolve_dtype(dtype: str, device: str = "cpu") -> str:
    """``auto`` → ``bfloat16`` on a CPU with native bf16, else ``float32``."""
    if dtype != "auto":
        return dtype
    native = device == "cpu" and cpu_has_native_bf16()
    return "bfloat16" if native else "float32"
