import pytest

from bot.generation.prompts import (
    NO_ANSWER,
    build_messages,
    clean_output,
    declined,
    numbered,
)


def test_passages_are_numbered_from_one_on_single_lines() -> None:
    assert numbered(["Free over 99 元.", "Next day\n for 20 元."]) == (
        "[1] Free over 99 元.\n[2] Next day for 20 元."
    )


@pytest.mark.parametrize(
    "language,task,system_has,user_has",
    [
        (
            "en",
            "answer",
            ["ONLY", "[1]", NO_ANSWER, "English"],
            ["Passages:", "Question:"],
        ),
        ("zh", "answer", ["[1]", NO_ANSWER, "简体中文"], ["资料：", "问题："]),
        ("en", "rephrase", ["[1]", "exactly as", "English"], ["Passages:"]),
        ("zh", "rephrase", ["[1]", "完全一致", "简体中文"], ["资料："]),
        ("fr", "answer", ["English"], ["Question:"]),
    ],
)
def test_prompts_demand_citations_in_the_shoppers_language(
    language, task, system_has, user_has
) -> None:
    system, user = build_messages(
        "How much is shipping?", ["Free over 99 元."], language, task
    )
    assert system["role"] == "system" and user["role"] == "user"
    assert all(part in system["content"] for part in system_has)
    assert all(part in user["content"] for part in user_has)
    assert "[1] Free over 99 元." in user["content"]
    assert user["content"].endswith("How much is shipping?")


def test_prompt_rejects_unknown_task_and_missing_passages() -> None:
    with pytest.raises(ValueError, match="Unknown prompt task 'summarize'"):
        build_messages("q", ["p"], "en", "summarize")
    with pytest.raises(ValueError, match="at least one passage"):
        build_messages("q", [], "en")


@pytest.mark.parametrize(
    "raw,clean",
    [
        ('  "Free over 99 元 [1]."  ', "Free over 99 元 [1]."),
        ("Answer: Free [1].", "Free [1]."),
        ("回答：满99元包邮 [1]。", "满99元包邮 [1]。"),
    ],
)
def test_clean_output(raw, clean) -> None:
    assert clean_output(raw) == clean


@pytest.mark.parametrize(
    "text,expected",
    [("NO_ANSWER", True), ("no answer", True), ("", True), ("Free [1].", False)],
)
def test_declined(text, expected) -> None:
    assert declined(text) is expected
