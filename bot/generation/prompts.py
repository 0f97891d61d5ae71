"""Chat prompts for grounded answers, in English and Simplified Chinese.

The passages are numbered ``[1]``, ``[2]``, …; the model must cite them the same
way, copy facts verbatim and reply ``NO_ANSWER`` when the passages do not answer.
Two tasks: ``answer`` (answer from several passages) and ``rephrase`` (reword the
one passage the extractive step selected, nothing else).
"""

from __future__ import annotations

from typing import Dict, List, Sequence

NO_ANSWER = "NO_ANSWER"
TASKS = ("answer", "rephrase")

SYSTEM = {
    ("answer", "en"): (
        "You are the customer service assistant of an online shop. Answer the "
        "customer's question using ONLY the numbered passages. Put the number of "
        "the passage you used in square brackets after each sentence, like [1]. "
        "Copy every number, price, date and name exactly as the passage writes it. "
        f"If the passages do not answer the question, reply only {NO_ANSWER}. "
        "Answer in English, in one or two short sentences."
    ),
    ("answer", "zh"): (
        "你是网店的客服助手。只能根据下面编号的资料回答顾客的问题。每句话后面用方括号"
        "注明所用资料的编号，例如 [1]。数字、价格、日期和名称必须与资料完全一致。"
        f"如果资料没有回答这个问题，只回复 {NO_ANSWER}。请用简体中文回答，一到两句话。"
    ),
    ("rephrase", "en"): (
        "You are the customer service assistant of an online shop. Reword passage "
        "[1] as a short, friendly answer to the customer's question. Use only what "
        "the passage says and keep every number, price, date and name exactly as "
        "written. End the answer with [1]. Answer in English, in one or two "
        "sentences."
    ),
    ("rephrase", "zh"): (
        "你是网店的客服助手。请把资料 [1] 改写成对顾客问题的简短、友好的回答。只能使用"
        "资料里的内容，数字、价格、日期和名称必须与资料完全一致。回答以 [1] 结尾。"
        "请用简体中文回答，一到两句话。"
    ),
}
LABELS = {
    "en": ("Passages:", "Question:"),
    "zh": ("资料：", "问题："),
}


def numbered(passages: Sequence[str]) -> str:
    """``[1] first\\n[2] second``: the passages as the model sees them."""
    return "\n".join(f"[{i}] {' '.join(p.split())}" for i, p in enumerate(passages, 1))


def build_messages(
    question: str, passages: Sequence[str], language: str, task: str = "answer"
) -> List[Dict[str, str]]:
    """Chat messages (system + user) for a grounded answer.

    Args:
        question: the shopper's question.
        passages: passage texts, cited as [1], [2], … in this order.
        language: "en" or "zh" (anything else: English).
        task: "answer" (from all passages) or "rephrase" (reword passage [1]).

    Returns:
        ``[{"role": "system", ...}, {"role": "user", ...}]``.

    Raises:
        ValueError: an unknown task or no passages.
    """
    if task not in TASKS:
        raise ValueError(f"Unknown prompt task {task!r}; allowed: {', '.join(TASKS)}")
    if not passages:
        raise ValueError("A grounded prompt needs at least one passage.")
    lang = "zh" if language == "zh" else "en"
    head, ask = LABELS[lang]
    user = f"{head}\n{numbered(passages)}\n\n{ask} {' '.join(question.split())}"
    return [
        {"role": "system", "content": SYSTEM[(task, lang)]},
        {"role": "user", "content": user},
    ]


def clean_output(text: str) -> str:
    """The model's answer without surrounding quotes, labels or whitespace."""
    text = (text or "").strip().strip('"“”「」').strip()
    for label in ("Answer:", "答案：", "回答：", "Answer：", "A:"):
        if text.startswith(label):
            text = text[len(label) :].strip()
    return text


def declined(text: str) -> bool:
    """Whether the model said the passages do not answer (or said nothing)."""
    return not text.strip() or NO_ANSWER in text.upper().replace(" ", "_")
