"""Packed float16 / int8 linear layers for CPU inference (bot.models.quantization)."""

from __future__ import annotations

import logging

import pytest
import torch
from torch import nn

from bot.models.hardware import cpu_has_vnni
from bot.models.quantization import (
    CPU_ENGINES,
    DynamicLinear,
    quantize_linears,
    select_engine,
)

CPU_QUANTIZATION = bool(
    set(CPU_ENGINES) & set(torch.backends.quantized.supported_engines)
)
needs_cpu_quantization = pytest.mark.skipif(
    not CPU_QUANTIZATION, reason="torch has no x86/fbgemm quantized engine here"
)


def _linear_with_uneven_rows() -> nn.Linear:
    torch.manual_seed(0)
    linear = nn.Linear(64, 32)
    with torch.no_grad():  # rows of very different magnitudes, like fine-tuned FFNs
        linear.weight.mul_(torch.logspace(-2, 0, 32).unsqueeze(1))
        linear.bias.zero_()
    return linear


@needs_cpu_quantization
@pytest.mark.parametrize(
    ("mode", "full_range", "tolerance"),
    [
        ("float16", False, 1e-3),
        pytest.param(
            "per_channel",
            True,
            0.02,
            marks=pytest.mark.skipif(
                not cpu_has_vnni(), reason="8-bit activations saturate without VNNI"
            ),
        ),
        ("per_channel", False, 0.03),
        ("per_tensor", False, 0.1),
    ],
)
def test_dynamic_linear_is_close_to_float(
    mode: str, full_range: bool, tolerance: float
) -> None:
    linear = _linear_with_uneven_rows()
    x = torch.randn(3, 10, 64)
    expected = linear(x).detach()
    quantized = DynamicLinear(linear, mode, full_range)
    expected_reduce = mode == "per_tensor" or (mode == "per_channel" and not full_range)
    assert quantized.reduce_range == expected_reduce
    error = (quantized(x) - expected).norm() / expected.norm()
    assert error < tolerance


@needs_cpu_quantization
def test_per_channel_beats_per_tensor_on_uneven_rows() -> None:
    linear = _linear_with_uneven_rows()
    x = torch.randn(3, 10, 64)
    expected = linear(x).detach().flatten(0, 1)

    def worst_output_error(mode: str) -> float:
        out = DynamicLinear(linear, mode, full_range=False)(x).flatten(0, 1)
        per_output = (out - expected).norm(dim=0) / expected.norm(dim=0)
        return float(per_output.max())

    # one scale per matrix wipes out the small rows; one per row keeps them
    assert worst_output_error("per_channel") < 0.05
    assert worst_output_error("per_tensor") > 5 * worst_output_error("per_channel")


@needs_cpu_quantization
def test_quantize_linears_keeps_bfloat16_inputs_working() -> None:
    model = nn.Sequential(nn.Linear(8, 8), nn.ReLU(), nn.Linear(8, 2))
    quantize_linears(model, "per_channel", full_range=True)
    out = model(torch.randn(2, 8, dtype=torch.bfloat16))
    assert out.dtype == torch.bfloat16 and out.shape == (2, 2)


def test_quantize_falls_back_to_float_off_cpu(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="bot.models.quantization")
    assert select_engine("cuda", "per_channel", "Joint") is False
    assert "quantize=per_channel is for CPUs" in caplog.text
    assert select_engine("cpu", "per_channel", "Joint") is CPU_QUANTIZATION
