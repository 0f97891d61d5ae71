"""Tokens for lexical (BM25) matching of English and Simplified Chinese text.

English words and model codes stay whole ("xr-200", "usb-c", "3.5"), Chinese runs are
segmented with jieba and also cut into character bigrams, so that near-synonyms that
jieba segments differently ("退换货" / "退货") still share some tokens.
"""

from __future__ import annotations

import re
import threading
import unicodedata
from typing import List

# A Chinese run (CJK unified ideographs + extension A), or a Latin/digit word whose
# inner "-", "_", ".", "/", "'" are kept so codes and contractions stay whole.
_TOKEN_RE = re.compile(
    r"(?P<zh>[\u3400-\u4dbf\u4e00-\u9fff]+)"
    r"|(?P<word>[a-z0-9\u00c0-\u024f]+(?:[-_./'][a-z0-9\u00c0-\u024f]+)*)"
)
_ZH_RE = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]")

STOPWORDS_EN = frozenset(
    """a an the is are am was were be been do does did i me my we our you your u
    it its it's i'm this that these those to of in on at by for from with and or
    but if so as can could would will should shall may might there here what
    what's which who how when where why hi hello hey please pls any some have has
    had get got just""".split()
)
STOPWORDS_ZH = frozenset(
    """的 了 吗 呢 吧 啊 呀 么 嘛 哦 哈 啦 我 你 您 他 她 它 我们 你们 他们 是 在 和
    与 就 都 也 还 这 那 这个 那个 个 亲 请 请问 一下 呗 嗯 哪 得 地 着 过 我要 我想
    想要""".split()
)

_JIEBA_LOCK = threading.Lock()
_JIEBA_READY = False


def _jieba_cut(text: str) -> List[str]:
    """jieba.lcut with its dictionary loaded once and its log line silenced."""
    global _JIEBA_READY
    import jieba

    if not _JIEBA_READY:
        with _JIEBA_LOCK:
            if not _JIEBA_READY:
                import logging

                jieba.setLogLevel(logging.WARNING)
                jieba.initialize()
                _JIEBA_READY = True
    return jieba.lcut(text)


def _stem_en(word: str) -> str:
    """A deliberately light stemmer: plural "s" only (returns → return)."""
    if word.isalpha() and len(word) > 3 and word.endswith("s"):
        if not word.endswith(("ss", "us", "is")):
            return word[:-1]
    return word


def _chinese_tokens(run: str, bigrams: bool = True) -> List[str]:
    """jieba words of a Chinese run plus (``bigrams``) the character bigrams of its
    stopword-free stretches."""
    tokens: List[str] = []
    stretch: List[str] = []  # consecutive non-stopword jieba words
    for word in [*_jieba_cut(run), ""]:  # "" flushes the last stretch
        if word and word not in STOPWORDS_ZH and _ZH_RE.search(word):
            tokens.append(word)
            stretch.append(word)
            continue
        if word and word not in STOPWORDS_ZH:  # digits/latin jieba kept inside
            tokens.append(word)
        text = "".join(stretch)
        if bigrams:
            pairs = (text[i : i + 2] for i in range(len(text) - 1))
            tokens += [pair for pair in pairs if pair not in stretch]
        stretch = []
    return tokens


def tokenize(text: str, bigrams: bool = True) -> List[str]:
    """Splits text into lexical tokens for BM25.

    Lowercases and NFKC-normalizes (full-width → ASCII), keeps Latin words and codes
    whole ("xr-200"), drops punctuation and stopwords of both languages, segments
    Chinese with jieba and adds character bigrams of Chinese stretches.

    Args:
        text: any text, possibly mixing English and Chinese.
        bigrams: add the Chinese character bigrams (False: words only).

    Returns:
        The tokens in text order (may repeat; empty for empty text).
    """
    if not text:
        return []
    text = unicodedata.normalize("NFKC", text).lower()
    tokens: List[str] = []
    for match in _TOKEN_RE.finditer(text):
        if match.group("zh"):
            tokens += _chinese_tokens(match.group("zh"), bigrams)
            continue
        word = match.group("word").strip("'")
        if word and word not in STOPWORDS_EN:
            tokens.append(_stem_en(word))
    return tokens
