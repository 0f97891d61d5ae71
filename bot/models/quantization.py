"""Linear layers with packed float16 or int8 weights for CPU inference.

Used by the NLU component's ``quantize`` option (``bot.nlu.joint_config``) and the
retrieval embedder's ``float16`` dtype: every ``nn.Linear`` of a served model is
swapped for a ``DynamicLinear``: float16 weights with float32 math,
or int8 weights (one scale per output channel, or per matrix) with activations
quantized at each call. Built on torch's packed quantized ops, because
``torch.ao.quantization.quantize_dynamic`` is deprecated in torch 2.12 and always
uses 7-bit activations, which cost 2 points of Chinese intent accuracy here even
on CPUs whose VNNI instructions make 8 bits exact. Imported only when serving
(torch is heavy).
"""

from __future__ import annotations

import logging
from typing import Any

import torch
from torch import nn

logger = logging.getLogger(__name__)
CPU_ENGINES = ("x86", "fbgemm")  # torch's quantized engines with these kernels


def select_engine(device: str, mode: str, name: str) -> bool:
    """Selects a CPU engine able to run ``mode`` for component ``name``; False
    (logged) when the device is not a CPU or torch has no x86/fbgemm engine."""
    if device != "cpu":
        logger.info(
            "%s: quantize=%s is for CPUs; %s uses inference_dtype.", name, mode, device
        )
        return False
    engines = torch.backends.quantized.supported_engines
    engine = next((e for e in CPU_ENGINES if e in engines), None)
    if engine is None:
        logger.warning(
            "%s: quantize=%s needs torch's x86/fbgemm quantized engine (this CPU "
            "has %s); serving in inference_dtype instead.",
            name,
            mode,
            engines,
        )
        return False
    torch.backends.quantized.engine = engine
    return True


def quantize_linears(model: Any, mode: str, full_range: bool = False) -> Any:
    """Replaces every ``nn.Linear`` of model (in place) by a CPU dynamic one.

    Args:
        model: a float32 model.
        mode: one of ``QUANTIZE_MODES``.
        full_range: int8 modes quantize activations to 8 bits instead of 7
            (exact only on CPUs with VNNI, ``bot.models.hardware.cpu_has_vnni``).

    Returns:
        model.
    """
    for name, child in list(model.named_children()):
        if isinstance(child, nn.Linear):
            setattr(model, name, DynamicLinear(child, mode, full_range))
        else:
            quantize_linears(child, mode, full_range)
    return model


class DynamicLinear(nn.Module):
    """A frozen CPU Linear with packed float16 or int8 weights (bias float32).

    int8 weights are symmetric, with one scale per output channel
    (``per_channel``) or one per matrix (``per_tensor``); the input is quantized
    at each call from its own range (torch's dynamic quantized linear).
    """

    def __init__(self, linear: nn.Linear, mode: str, full_range: bool) -> None:
        super().__init__()
        self.in_features, self.out_features = linear.in_features, linear.out_features
        self.mode = mode
        weight = linear.weight.detach().float().cpu()
        bias = None if linear.bias is None else linear.bias.detach().float().cpu()
        # int8 only: 7-bit activations avoid the int16 overflow of non-VNNI kernels
        self.reduce_range = mode != "float16" and (
            mode == "per_tensor" or not full_range
        )
        if mode == "float16":
            self._packed = torch.ops.quantized.linear_prepack_fp16(weight, bias)
            return
        if mode == "per_channel":
            scales = (weight.abs().amax(dim=1).double() / 127.5).clamp(min=1e-12)
            zeros = torch.zeros(len(scales), dtype=torch.long)
            qweight = torch.quantize_per_channel(weight, scales, zeros, 0, torch.qint8)
        elif mode == "per_tensor":
            scale = max(float(weight.abs().max()) / 127.5, 1e-12)
            qweight = torch.quantize_per_tensor(weight, scale, 0, torch.qint8)
        else:
            raise ValueError(f"unknown quantize mode {mode!r}")
        self._packed = torch.ops.quantized.linear_prepack(qweight, bias)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        if self.mode == "float16":
            y = torch.ops.quantized.linear_dynamic_fp16(x.float(), self._packed)
        else:
            y = torch.ops.quantized.linear_dynamic(
                x.float(), self._packed, reduce_range=self.reduce_range
            )
        return y.to(x.dtype)

    def extra_repr(self) -> str:
        return (
            f"in_features={self.in_features}, out_features={self.out_features}, "
            f"mode={self.mode}, reduce_range={self.reduce_range}"
        )
