"""Held-out split and temperature scaling of intent confidences."""

from __future__ import annotations

import torch

from bot.nlu.calibration import calibration_split, fit_temperature


def test_split_is_stratified_and_deterministic() -> None:
    examples = [(f"a{i}", "a", []) for i in range(50)] + [
        (f"b{i}", "b", []) for i in range(30)
    ]
    train, held = calibration_split(examples, 0.25, seed=1)
    assert sorted(train + held) == sorted(examples)
    assert sum(1 for e in held if e[1] == "a") == 12
    assert sum(1 for e in held if e[1] == "b") == 8
    assert calibration_split(examples, 0.25, seed=1) == (train, held)


def test_split_keeps_everything_when_too_few_would_be_held_out() -> None:
    examples = [(f"a{i}", "a", []) for i in range(10)] + [("b", "b", [])]
    assert calibration_split(examples, 0.1, seed=1) == (examples, [])


def test_over_confident_logits_get_a_temperature_above_one() -> None:
    torch.manual_seed(0)
    labels = torch.randint(0, 5, (400,))
    logits = torch.randn(400, 5)
    # right 70 % of the time but with huge margins
    correct = torch.rand(400) < 0.7
    winners = torch.where(correct, labels, (labels + 1) % 5)
    logits[torch.arange(400), winners] += 20.0
    assert fit_temperature(logits, labels) > 3.0


def test_well_calibrated_logits_keep_a_temperature_near_one() -> None:
    torch.manual_seed(0)
    logits = torch.randn(2000, 4) * 2
    labels = torch.multinomial(torch.softmax(logits, -1), 1).squeeze(1)
    assert 0.8 < fit_temperature(logits, labels) < 1.25
